"""Ticking off tasks by keyboard (walk 5, W5-5 and W5-6): after Mark done and its Undo the
task list keeps a selected task and the keyboard focus, and after the 'give a reason' warning
for Not applicable the typing goes into Reason."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.ui.case.case_dialogs import TaskDialog
from adviser_desk.ui.case.case_models import ID_ROLE
from tests.ui.drive import FileDialogs, Modals, activate, click, click_row, click_tab, press_ok
from tests.ui.test_data_safety import row_of, with_two_cases


def test_mark_done_and_undo_keep_the_list_selected_and_focused(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    window = with_two_cases(qtbot, closed_case[0], modals, files)
    click_row(qtbot, window.page.case_list.table, row_of(window, "Eerste zaak"))
    view = window.page.case_view
    cases = window.cases
    assert cases is not None and view.case_id is not None
    case_id = view.case_id
    click_tab(qtbot, view.tabs, "Tasks")
    tasks = view.tasks
    table = tasks.table

    def shown() -> list[int]:
        model = table.model()
        return [int(model.index(r, 0).data(ID_ROLE)) for r in range(model.rowCount())]

    click_row(qtbot, table, 1)
    activate(qtbot, window)
    first = tasks.selected_task_id()
    ids = shown()
    # Ctrl+Z with nothing to undo says so on the bar, and changes nothing (walk 17, W17-2:
    # it said nothing).
    assert not view.undo_bar.isVisible()
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.undo_bar.isVisible() and view.undo_bar.message.text() == "Nothing to undo."
    assert not view.undo_bar.button.isVisible() and shown() == ids
    # Ctrl+D in the list: the task is done and hidden; the one now in its row is selected and
    # the list keeps the focus, so Ctrl+D again ticks off that one.
    qtbot.keyClick(table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: first not in shown())
    second = tasks.selected_task_id()
    assert second == ids[2] and table.hasFocus()
    assert tasks.done_button.isEnabled() and tasks.open_button.isEnabled()
    # Undo (Ctrl+Z): the task is back, selected, with the focus in the list; Down moves on.
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: first in shown())
    assert {t.task_id: t.status for t in cases.tasks(case_id)}[first] == dc.TaskStatus.OPEN
    assert tasks.selected_task_id() == first and table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # once undone
    assert view.undo_bar.message.text() == "Nothing to undo." and shown() == ids
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert tasks.selected_task_id() == shown()[shown().index(first) + 1]
    # The Undo button clicked with the mouse does the same.
    click_row(qtbot, table, 0)
    top = tasks.selected_task_id()
    click(qtbot, tasks.done_button)
    click(qtbot, view.undo_bar.button)
    assert tasks.selected_task_id() == top and table.hasFocus()
    window.act_close.trigger()


def test_the_reason_warning_leaves_the_typing_in_reason(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    window = with_two_cases(qtbot, closed_case[0], modals, files)
    click_row(qtbot, window.page.case_list.table, row_of(window, "Eerste zaak"))
    view = window.page.case_view
    cases = window.cases
    assert cases is not None and view.case_id is not None
    click_tab(qtbot, view.tabs, "Tasks")
    click_row(qtbot, view.tasks.table, 0)
    task_id = view.tasks.selected_task_id()
    focus: list[QWidget | None] = []

    def not_applicable_without_reason(dialog: QWidget) -> None:
        assert isinstance(dialog, TaskDialog)
        activate(qtbot, dialog)
        dialog.status.setFocus()
        index = dialog.status.findData(dc.TaskStatus.NOT_APPLICABLE.value)
        assert index >= 0
        dialog.status.setCurrentIndex(index)
        press_ok(qtbot)(dialog)  # refused with a warning, answered below
        activate(qtbot, dialog)
        qtbot.wait(50)  # the focus is handed back on the next turns of the event loop
        focus.append(QApplication.focusWidget())
        if focus[0] is not dialog.reason:
            dialog.reject()  # typing elsewhere would open Status or press OK: checked below
            return
        qtbot.keyClicks(dialog.reason, "Geen klasgenoten betrokken")
        press_ok(qtbot)(dialog)

    modals.expect(TaskDialog, not_applicable_without_reason)
    modals.accept_box()  # "Give a reason …"
    click(qtbot, view.tasks.open_button)
    modals.wait_done()
    assert focus and focus[0] is not None and focus[0].objectName() == "reason", focus
    task = next(t for t in cases.tasks(view.case_id) if t.task_id == task_id)
    assert task.status == dc.TaskStatus.NOT_APPLICABLE
    assert task.na_reason == "Geen klasgenoten betrokken"
    window.act_close.trigger()
