"""Walk 17, W17-1: Tab in a date field went on to the field's next part (Qt's way), so a date
typed with the keyboard and Tab left the focus in the field with the month selected, and the
next words typed changed the month and were lost. Tab and Shift+Tab now leave every date field
(a plain date, a date behind a tick box, a date and time) with the typed date taken; digits
typed after Ctrl+A, or after the field's Alt letter with the year already selected, start a
whole date too. Driven by key presses only, in Dutch and English."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QLabel, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.services.protocol_data import protocol
from adviser_desk.ui.case.case_dialogs import TaskDialog
from adviser_desk.ui.common import i18n, mnemonics
from tests.ui.conftest import Opened, demo_file, open_window
from tests.ui.drive import FileDialogs, Modals, activate, click_into, press_ok
from tests.ui.message_steps import add_message, begin_message, message_action, the_one_item
from tests.ui.new_case_steps import begin_new_case, made_case, new_case_by_ctrl_n

WORDS = "Klas 2b appgroep"


@pytest.fixture(params=["nl", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    assert i18n.install(request.param)
    yield request.param
    i18n.install("en")


def alt_letter(qtbot: QtBot, field: QWidget) -> None:
    """Presses Alt and the letter of the label whose buddy is ``field``, where the focus is."""
    window = field.window()
    (label,) = [lab for lab in window.findChildren(QLabel) if lab.buddy() is field]
    letter = mnemonics.mnemonic_of(label.text())
    assert letter, label.text()
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)
    assert field.hasFocus(), label.text()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab(qtbot: QtBot, field: QWidget, back: bool = False) -> None:
    """Tab (or Shift+Tab) where the focus is, which is ``field``."""
    assert field.hasFocus()
    if back:
        qtbot.keyClick(focused(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    else:
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)


def test_tab_after_a_date_typed_into_opened_on_goes_on_to_the_description(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs, language: str
) -> None:
    """Ctrl+N, a subject, Alt+letter of Opened on, 07112026, Tab, words: the words are the
    description and the case is opened on 07-11-2026 (a past day: New case refuses a future
    one). Ctrl+A then 02-11-2026 and the year
    selected then the letter and 06112026 replace the whole date too."""
    path, _ = demo_file(case_dir / "Demo.adcase", language)
    window = open_window(qtbot, path, modals, files)
    seen: dict[str, object] = {}

    def fill(widget: QWidget) -> None:
        dialog = begin_new_case(qtbot, widget)
        opened, description = dialog.opened, dialog.description
        alt_letter(qtbot, opened)
        qtbot.keyClicks(opened, "07112026")
        tab(qtbot, opened)
        seen["left"] = description.hasFocus()
        qtbot.keyClicks(focused(), WORDS)
        seen["first"] = (opened.date(), description.toPlainText())
        # Back by Shift+Tab, Ctrl+A, a date with dashes, Shift+Tab: it leaves backwards.
        tab(qtbot, description, back=True)
        seen["back in"] = opened.hasFocus()
        qtbot.keyClick(opened, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(opened, "02-11-2026")
        seen["ctrl a shown"] = opened.text()
        tab(qtbot, opened, back=True)
        seen["back out"] = not opened.hasFocus() and dialog.isAncestorOf(QApplication.focusWidget())
        seen["ctrl a"] = opened.date()
        # The year selected (a click on it, then Up), the label's letter, 06112026, Tab.
        text = opened.text()
        click_into(qtbot, opened, text.rindex(str(opened.date().year())))
        qtbot.keyClick(opened, Qt.Key.Key_Up)
        seen["stepped"] = opened.date()
        alt_letter(qtbot, opened)
        qtbot.keyClicks(opened, "06112026")
        seen["year shown"] = opened.text()
        tab(qtbot, opened)
        seen["year"] = (opened.date(), description.hasFocus())
        press_ok(qtbot)(dialog)

    new_case_by_ctrl_n(qtbot, modals, window, fill)
    assert seen == {
        "left": True,
        "first": (QDate(2026, 11, 7), WORDS),
        "back in": True,
        "ctrl a shown": "02-11-2026",
        "back out": True,
        "ctrl a": QDate(2026, 11, 2),
        "stepped": QDate(2027, 11, 2),
        "year shown": "06112026",
        "year": (QDate(2026, 11, 6), True),
    }, seen
    draft = made_case(window)
    assert draft.opened_on == date(2026, 11, 6) and draft.description == WORDS
    window.act_close.trigger()


def test_tab_and_shift_tab_leave_a_due_date_with_the_typed_date(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs, language: str
) -> None:
    """The task's Due date (behind a tick box): Tab into it, 29022028, Tab goes on to Who;
    Shift+Tab back, 3-3-2028, Shift+Tab goes back to the tick box. The note typed after it
    lands in Note, and the task is due on 03-03-2028."""
    path, ids = demo_file(case_dir / "Demo.adcase", language)
    window = open_window(qtbot, path, modals, files)
    cases = window.cases
    assert cases is not None
    case_id = ids[0]
    task = next(t for t in cases.tasks(case_id) if t.status == dc.TaskStatus.OPEN)
    dialog = TaskDialog(cases, case_id, task, cases.people(case_id), protocol())
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    due = dialog.due
    due.set_value(None)
    due.enabled.setFocus()
    qtbot.keyClick(due.enabled, Qt.Key.Key_Space)
    assert due.enabled.isChecked()
    tab(qtbot, due.enabled)
    assert due.edit.hasFocus()
    qtbot.keyClicks(due.edit, "29022028")
    tab(qtbot, due.edit)
    assert dialog.who.hasFocus() and due.edit.date() == QDate(2028, 2, 29)
    tab(qtbot, dialog.who, back=True)
    assert due.edit.hasFocus()
    qtbot.keyClicks(due.edit, "3-3-2028")
    tab(qtbot, due.edit, back=True)
    assert due.enabled.hasFocus() and due.edit.date() == QDate(2028, 3, 3)
    for widget in (due.enabled, due.edit, dialog.who):
        tab(qtbot, widget)
    assert dialog.note.hasFocus()
    qtbot.keyClicks(focused(), WORDS)
    press_ok(qtbot)(dialog)
    updated = next(t for t in cases.tasks(case_id) if t.task_id == task.task_id)
    assert updated.due_on == date(2028, 3, 3) and updated.note.endswith(WORDS)
    window.act_close.trigger()


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
@pytest.mark.parametrize("language", ["nl", "en"])
def test_tab_after_a_sent_at_typed_goes_on_to_the_description(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    modals: Modals,
    language: str,
    request: pytest.FixtureRequest,
) -> None:
    """A message's Sent at (a date and time): its box ticked, Tab, the moment's digits, Tab:
    the words typed next are the message's description (the form's next row)."""
    opened = open_tab(None, dc.IncidentType.SEXTORTION)  # opens in English
    message = message_action(opened, language, request)  # the dialog opens in ``language``
    moment = QDateTime(QDate(2026, 11, 30), QTime(21, 14))
    seen: dict[str, object] = {}

    def fill(widget: QWidget) -> None:
        dialog = begin_message(qtbot, widget)
        tab(qtbot, dialog.sent)
        field: QDateTimeEdit = dialog.sent_at
        assert field.hasFocus()
        qtbot.keyClicks(field, "301120262114")
        tab(qtbot, field)
        seen["left"] = dialog.description.hasFocus()
        qtbot.keyClicks(focused(), WORDS)
        seen["moment"] = field.dateTime()
        press_ok(qtbot)(dialog)

    add_message(qtbot, modals, message, fill)
    assert seen == {"left": True, "moment": moment}, seen
    item = the_one_item(qtbot, opened)
    assert item.description == WORDS and item.sent_at is not None
