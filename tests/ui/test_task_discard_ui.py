"""Walk 18, W18-2: Escape (or Cancel) in the task dialog and in Add own task threw away a typed
note or task without asking, where New case asks. Now both ask, with Keep typing the default."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QPoint, Qt, QTime
from PySide6.QtWidgets import QDateEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.ui.case.case_dialogs import TaskDialog
from adviser_desk.ui.common import i18n
from tests.ui.drive import FileDialogs, Modals, activate, click, click_row, click_tab, press_cancel
from tests.ui.test_data_safety import row_of, with_two_cases

TEXTS = {
    "en": ("Tasks", "What you typed in this window has not been saved. Discard it?", "Keep typing"),
    "nl": (
        "Taken",
        "Wat je in dit venster typte, is nog niet opgeslagen. Weggooien?",
        "Verder typen",
    ),
}


@pytest.fixture(params=["en", "nl"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    assert i18n.install(request.param)
    yield request.param
    i18n.install("en")


def keep_by_enter(qtbot: QtBot, seen: list[str]) -> object:
    """Reads the question's default button, then presses Enter on it."""

    def handler(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.defaultButton().text().replace("&", ""))
        qtbot.keyClick(box, Qt.Key.Key_Return)

    return handler


def test_escape_asks_before_a_typed_note_or_own_task_is_thrown_away(
    qtbot: QtBot,
    language: str,
    closed_case: tuple[Path, str],
    modals: Modals,
    files: FileDialogs,
) -> None:
    tab, question, keep = TEXTS[language]
    window = with_two_cases(qtbot, closed_case[0], modals, files)
    click_row(qtbot, window.page.case_list.table, row_of(window, "Eerste zaak"))
    view = window.page.case_view
    cases = window.cases
    assert cases is not None and view.case_id is not None
    case_id = view.case_id
    click_tab(qtbot, view.tabs, tab)
    click_row(qtbot, view.tasks.table, 0)
    task_id = view.tasks.selected_task_id()
    before = {t.task_id: t.note for t in cases.tasks(case_id)}
    defaults: list[str] = []
    seen: dict[str, object] = {}

    # An opened task, nothing typed: Escape closes at once, as before (no question).
    modals.expect(TaskDialog, lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape))
    click(qtbot, view.tasks.open_button)
    modals.wait_done()
    assert modals.texts == []

    # A note typed, Escape: the question, Enter keeps the dialog and the note; Escape again,
    # Discard: closed, and the task's note is as it was.
    def type_note(dialog: QWidget) -> None:
        assert isinstance(dialog, TaskDialog)
        activate(qtbot, dialog)
        dialog.note.setFocus()
        qtbot.keyClicks(dialog.note, "Ouders gebeld, terugbellen vrijdag")
        qtbot.keyClick(dialog.note, Qt.Key.Key_Escape)  # answered by Enter: kept
        seen["note kept"] = dialog.isVisible() and dialog.note.toPlainText()
        qtbot.keyClick(dialog.note, Qt.Key.Key_Escape)  # answered: Discard
        seen["note closed"] = not dialog.isVisible()

    modals.expect(TaskDialog, type_note)
    modals.expect(QMessageBox, keep_by_enter(qtbot, defaults))
    modals.answer(QMessageBox.StandardButton.Discard)
    click(qtbot, view.tasks.open_button)
    modals.wait_done()
    assert seen["note kept"] == "Ouders gebeld, terugbellen vrijdag"
    assert seen["note closed"] is True
    assert modals.texts == [question, question] and defaults == [keep]
    assert {t.task_id: t.note for t in cases.tasks(case_id)} == before and task_id in before

    # Add own task: the typed task, Escape asks and Enter keeps it; Cancel, Discard: no task.
    def type_own(dialog: QWidget) -> None:
        assert isinstance(dialog, TaskDialog)
        activate(qtbot, dialog)
        qtbot.keyClicks(dialog.title, "Mentor bellen")
        qtbot.keyClick(dialog.title, Qt.Key.Key_Escape)  # answered by Enter: kept
        seen["own kept"] = dialog.isVisible() and dialog.title.text()
        press_cancel(qtbot)(dialog)  # answered: Discard
        seen["own closed"] = not dialog.isVisible()

    modals.expect(TaskDialog, type_own)
    modals.expect(QMessageBox, keep_by_enter(qtbot, defaults))
    modals.answer(QMessageBox.StandardButton.Discard)
    click(qtbot, view.tasks.add_button)
    modals.wait_done()
    assert seen["own kept"] == "Mentor bellen" and seen["own closed"] is True
    assert modals.texts[2:] == [question, question] and defaults == [keep, keep]
    assert {t.task_id: t.note for t in cases.tasks(case_id)} == before  # nothing added
    window.act_close.trigger()


def test_escape_in_a_meldcode_step_asks_before_a_typed_note_is_thrown_away(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    """The same question in Record step, whose note may open with saved text: only typing
    since counts."""
    from adviser_desk.ui.case.meldcode_tab import MeldcodeStepDialog
    from tests.ui.test_meldcode_ui import meldcode_window

    window = meldcode_window(qtbot, closed_case[0], modals, files)
    tab = window.page.case_view.meldcode
    before = tab.model.row_at(0)
    defaults: list[str] = []
    seen: list[object] = []

    def type_note(dialog: QWidget) -> None:
        assert isinstance(dialog, MeldcodeStepDialog)
        activate(qtbot, dialog)
        dialog.note.setFocus()
        qtbot.keyClicks(dialog.note, "Collega geraadpleegd")
        qtbot.keyClick(dialog.note, Qt.Key.Key_Escape)  # answered by Enter: kept
        seen.append(dialog.isVisible() and dialog.note.toPlainText())
        qtbot.keyClick(dialog.note, Qt.Key.Key_Escape)  # answered: Discard
        seen.append(dialog.isVisible())

    modals.expect(MeldcodeStepDialog, type_note)
    modals.expect(QMessageBox, keep_by_enter(qtbot, defaults))
    modals.answer(QMessageBox.StandardButton.Discard)
    click_row(qtbot, tab.table, 0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    modals.wait_done()
    assert seen == ["Collega geraadpleegd", False] and defaults == ["Keep typing"]
    assert len(modals.texts) == 2 and tab.model.row_at(0) == before
    window.act_close.trigger()


def type_date(qtbot: QtBot, field: QDateEdit, day: QDate) -> None:
    """A click in the date field (its first part), ``day`` typed as the field shows dates,
    Tab: taken, as the adviser's typing is."""
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(12, field.height() // 2))
    qtbot.keyClicks(field, field.textFromDateTime(QDateTime(day, QTime())))
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def test_escape_asks_before_a_changed_due_date_is_thrown_away(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    """Walk 18 (rest of W18-2): a due date typed in the task dialog, then Escape, closed it
    without the question typed text gets, and the date was gone. A changed date counts as
    typed: Enter on the question keeps the dialog and the date, Discard closes, nothing
    saved."""
    window = with_two_cases(qtbot, closed_case[0], modals, files)
    click_row(qtbot, window.page.case_list.table, row_of(window, "Eerste zaak"))
    view = window.page.case_view
    cases = window.cases
    assert cases is not None and view.case_id is not None
    case_id = view.case_id
    click_tab(qtbot, view.tabs, "Tasks")
    click_row(qtbot, view.tasks.table, 0)
    before = {t.task_id: t.due_on for t in cases.tasks(case_id)}
    defaults: list[str] = []
    seen: dict[str, object] = {}
    new_due = QDate.currentDate().addDays(9)

    def change_due(dialog: QWidget) -> None:
        assert isinstance(dialog, TaskDialog)
        activate(qtbot, dialog)
        if not dialog.due.enabled.isChecked():  # a task with no due date yet: switched on
            click(qtbot, dialog.due.enabled)
        type_date(qtbot, dialog.due.edit, new_due)
        seen["typed"] = dialog.due.edit.date()
        qtbot.keyClick(dialog.note, Qt.Key.Key_Escape)  # answered by Enter: kept
        seen["kept"] = dialog.isVisible() and dialog.due.edit.date()
        qtbot.keyClick(dialog.note, Qt.Key.Key_Escape)  # answered: Discard
        seen["closed"] = not dialog.isVisible()

    modals.expect(TaskDialog, change_due)
    modals.expect(QMessageBox, keep_by_enter(qtbot, defaults))
    modals.answer(QMessageBox.StandardButton.Discard)
    click(qtbot, view.tasks.open_button)
    modals.wait_done()
    assert seen == {"typed": new_due, "kept": new_due, "closed": True}, seen
    assert len(modals.texts) == 2 and defaults == ["Keep typing"]
    assert modals.texts[0] == TEXTS["en"][1]
    assert {t.task_id: t.due_on for t in cases.tasks(case_id)} == before  # nothing saved
    window.act_close.trigger()


def test_escape_asks_before_a_changed_opened_on_date_in_new_case_is_thrown_away(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    """The same in New case with only Opened on changed (walk 18: it closed unasked); with
    nothing changed, Escape still closes at once."""
    from adviser_desk.ui.case.case_dialogs import NewCaseDialog
    from tests.ui.new_case_steps import new_case_by_ctrl_n, opened_with_cases

    window, cases, ids = opened_with_cases(qtbot, closed_case[0], modals, files)
    defaults: list[str] = []
    seen: list[object] = []

    def escape_untouched(dialog: QWidget) -> None:
        assert isinstance(dialog, NewCaseDialog)
        activate(qtbot, dialog)
        qtbot.keyClick(dialog.title, Qt.Key.Key_Escape)
        seen.append(dialog.isVisible())

    new_case_by_ctrl_n(qtbot, modals, window, escape_untouched)
    assert seen == [False] and modals.texts == []

    def change_date(dialog: QWidget) -> None:
        assert isinstance(dialog, NewCaseDialog)
        activate(qtbot, dialog)
        type_date(qtbot, dialog.opened, QDate.currentDate().addDays(-3))
        qtbot.keyClick(dialog.description, Qt.Key.Key_Escape)  # answered by Enter: kept
        seen.append(dialog.isVisible() and dialog.opened.date())
        qtbot.keyClick(dialog.description, Qt.Key.Key_Escape)  # answered: Discard
        seen.append(dialog.isVisible())

    modals.expect(NewCaseDialog, change_date)
    modals.expect(QMessageBox, keep_by_enter(qtbot, defaults))
    modals.answer(QMessageBox.StandardButton.Discard)
    activate(qtbot, window)
    qtbot.keyClick(window.page.case_list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.wait_done()
    assert seen == [False, QDate.currentDate().addDays(-3), False], seen
    assert modals.texts == [TEXTS["en"][1]] * 2 and defaults == ["Keep typing"]
    assert {row.case_id for row in cases.list_cases()} == ids  # no case made
    window.act_close.trigger()


def test_escape_in_a_meldcode_step_asks_before_a_changed_date_is_thrown_away(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    """The same in Record step, whose date is today's when the step is new: a date typed
    there, then Escape, asks; Discard leaves the step as it was."""
    from adviser_desk.ui.case.meldcode_tab import MeldcodeStepDialog
    from tests.ui.test_meldcode_ui import meldcode_window

    window = meldcode_window(qtbot, closed_case[0], modals, files)
    tab = window.page.case_view.meldcode
    before = tab.model.row_at(0)
    defaults: list[str] = []
    seen: list[object] = []
    day = QDate.currentDate().addDays(-2)

    def change_date(dialog: QWidget) -> None:
        assert isinstance(dialog, MeldcodeStepDialog)
        activate(qtbot, dialog)
        type_date(qtbot, dialog.done_on.edit, day)
        qtbot.keyClick(dialog.note, Qt.Key.Key_Escape)  # answered by Enter: kept
        seen.append(dialog.isVisible() and dialog.done_on.edit.date())
        qtbot.keyClick(dialog.note, Qt.Key.Key_Escape)  # answered: Discard
        seen.append(dialog.isVisible())

    modals.expect(MeldcodeStepDialog, change_date)
    modals.expect(QMessageBox, keep_by_enter(qtbot, defaults))
    modals.answer(QMessageBox.StandardButton.Discard)
    click_row(qtbot, tab.table, 0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    modals.wait_done()
    assert seen == [day, False] and defaults == ["Keep typing"]
    assert len(modals.texts) == 2 and tab.model.row_at(0) == before
    window.act_close.trigger()
