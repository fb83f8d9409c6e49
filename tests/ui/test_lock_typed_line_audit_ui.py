"""The audit log after a lock in the middle of typing an interview line records only what
happened (walk: Ctrl+L with a line typed in Said but not entered, then unlocking, left
"Interview note undone" in the audit log with no note ever added). The lock keeps the typed
line in the file until it is back in Said; putting it back is no undo of anything the adviser
did, so nothing about it is logged. Driven through clicks and keys, read from the audit tab."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton
from pytestqt.qtbot import QtBot

from adviser_desk.domain import audit_actions
from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.ui.interview.interview_window import InterviewWindow, NewInterviewDialog
from adviser_desk.ui.shell.audit_model import COL_ACTION
from tests.ui.drive import (
    FileDialogs,
    Modals,
    activate,
    click,
    click_row,
    click_tab,
    press_ok,
    unlock,
)
from tests.ui.test_data_safety import row_of, with_two_cases
from tests.ui.test_lock_note_ui import close_window

TYPED = "Ja dat was ik"


def test_a_typed_line_put_back_after_unlocking_leaves_no_undo_in_the_audit_log(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    window = with_two_cases(qtbot, closed_case[0], modals, files)
    click_row(qtbot, window.page.case_list.table, row_of(window, "Eerste zaak"))
    view = window.page.case_view
    click_tab(qtbot, view.tabs, "Interviews")
    seen: dict[str, int] = {}

    def type_then_lock(dialog: QDialog) -> None:
        activate(qtbot, dialog)
        assert isinstance(dialog, InterviewWindow)
        seen["interview"] = dialog.interview_id
        qtbot.keyClick(dialog.input, Qt.Key.Key_F2)  # the student answers next
        qtbot.keyClicks(dialog.input, TYPED)  # typed, not entered
        qtbot.keyClick(dialog.input, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    modals.expect(NewInterviewDialog, press_ok(qtbot))  # type: ignore[arg-type]
    modals.expect(InterviewWindow, type_then_lock)  # type: ignore[arg-type]
    click(qtbot, view.findChild(QPushButton, "new_interview"))  # type: ignore[arg-type]
    modals.wait_done()
    qtbot.waitUntil(lambda: window.service is None, timeout=5000)

    back: dict[str, object] = {}

    def enter_it(dialog: QDialog) -> None:
        assert isinstance(dialog, InterviewWindow)
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(dialog.input.hasFocus)
        back["typed"] = dialog.input.text()
        qtbot.keyClick(dialog.input, Qt.Key.Key_Return)  # entered now, as the student's line
        back["lines"] = [(line.speaker, line.text) for line in dialog.model.rows]
        close_window(qtbot, dialog)

    unlock(qtbot, window, modals, (InterviewWindow, enter_it))  # type: ignore[arg-type]
    modals.wait_done()
    qtbot.waitUntil(lambda: view.interviews.interview_window is None)
    assert back == {"typed": TYPED, "lines": [("student", TYPED)]}, back

    # The audit tab, as the adviser reads it: no undo of a note that was never added.
    activate(qtbot, window)
    click_tab(qtbot, window.page.tabs, "Case file and audit log")
    model = window.page.model
    shown = [model.index(row, COL_ACTION).data() for row in range(model.rowCount())]
    assert "Interview started" in shown, shown  # the audit tab is filled: the check means it
    undone = audit_actions.label(AuditAction.INTERVIEW_NOTE_REMOVED)
    assert undone not in shown, shown
