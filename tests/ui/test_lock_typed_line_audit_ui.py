"""The audit log after a lock in the middle of typing an interview line records only what
happened (walk: Ctrl+L with a line typed in Said but not entered, then unlocking, left
"Interview note undone" in the audit log with no note ever added). The lock keeps the typed
line in the file until it is back in Said; putting it back is no undo of anything the adviser
did, so nothing about it is logged. A note typed in Note but not added is kept the same way
(it was lost). Driven through clicks and keys, read from the audit tab."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton
from pytestqt.qtbot import QtBot

from adviser_desk.domain import audit_actions
from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.interview.interview_window import InterviewWindow, NewInterviewDialog
from adviser_desk.ui.shell.audit_model import COL_ACTION
from adviser_desk.ui.shell.main_window import MainWindow
from tests.conftest import PASSWORD
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
NOTE = "Leerling huilt, even pauze"
UNDONE = audit_actions.label(AuditAction.INTERVIEW_NOTE_REMOVED)


def lock_while_typing(
    qtbot: QtBot, path: Path, modals: Modals, files: FileDialogs, note: str = ""
) -> MainWindow:
    """A new interview on the first case; the student's answer typed in Said (and ``note``
    typed in Note), neither entered; Ctrl+L where the typing ended."""
    window = with_two_cases(qtbot, path, modals, files)
    click_row(qtbot, window.page.case_list.table, row_of(window, "Eerste zaak"))
    view = window.page.case_view
    click_tab(qtbot, view.tabs, "Interviews")

    def type_then_lock(dialog: QDialog) -> None:
        activate(qtbot, dialog)
        assert isinstance(dialog, InterviewWindow)
        qtbot.keyClick(dialog.input, Qt.Key.Key_F2)  # the student answers next
        qtbot.keyClicks(dialog.input, TYPED)  # typed, not entered
        field = dialog.input
        if note:
            field = dialog.note
            qtbot.keyClick(dialog.input, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
            assert field.hasFocus()
            qtbot.keyClicks(field, note)  # typed, not added
        qtbot.keyClick(field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    modals.expect(NewInterviewDialog, press_ok(qtbot))  # type: ignore[arg-type]
    modals.expect(InterviewWindow, type_then_lock)  # type: ignore[arg-type]
    click(qtbot, view.findChild(QPushButton, "new_interview"))  # type: ignore[arg-type]
    modals.wait_done()
    qtbot.waitUntil(lambda: window.service is None, timeout=5000)
    return window


def audit_actions_shown(qtbot: QtBot, window: MainWindow) -> list[str]:
    """The Action column of the audit tab, as the adviser reads it."""
    activate(qtbot, window)
    click_tab(qtbot, window.page.tabs, "Case file and audit log")
    model = window.page.model
    return [model.index(row, COL_ACTION).data() for row in range(model.rowCount())]


def test_a_typed_line_put_back_after_unlocking_leaves_no_undo_in_the_audit_log(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    window = lock_while_typing(qtbot, closed_case[0], modals, files)
    view = window.page.case_view
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
    shown = audit_actions_shown(qtbot, window)
    assert "Interview started" in shown, shown  # the audit tab is filled: the check means it
    assert UNDONE not in shown, shown


def test_a_note_typed_but_not_added_is_kept_by_the_lock_and_back_in_note_after_unlocking(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    """Ctrl+L with a note typed in Note (Alt+O) but not added: the lock closed the window and
    the note was gone, with nothing said (the line typed in Said was kept). Now the lock page
    says it kept it, and after unlocking it is back in Note (the line back in Said), Enter
    adds it; the audit log shows no undo."""
    window = lock_while_typing(qtbot, closed_case[0], modals, files, note=NOTE)
    view = window.page.case_view
    said = window.locked.saved_note.text()
    assert "note you typed in the interview" in said and "back in Note" in said, said
    assert "back in Said" in said, said
    back: dict[str, object] = {}

    def add_the_note(dialog: QDialog) -> None:
        assert isinstance(dialog, InterviewWindow)
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(dialog.input.hasFocus)  # Said, where the conversation goes on
        back.update(note=dialog.note.text(), typed=dialog.input.text(), rows=dialog.model.rows)
        dialog.note.setFocus()
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)  # added now, as the adviser meant
        dialog.input.clear()  # the answer is not what this test is about
        back["lines"] = [(line.speaker, line.text) for line in dialog.model.rows]
        close_window(qtbot, dialog)

    unlock(qtbot, window, modals, (InterviewWindow, add_the_note))  # type: ignore[arg-type]
    modals.wait_done()
    qtbot.waitUntil(lambda: view.interviews.interview_window is None)
    assert back == {"note": NOTE, "typed": TYPED, "rows": [], "lines": [("note", NOTE)]}, back
    shown = audit_actions_shown(qtbot, window)
    assert "Interview started" in shown and UNDONE not in shown, shown


def test_closing_the_file_from_the_lock_page_leaves_what_the_page_said(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    """Walk F: Close case file on the lock page turned the typed answer and note into two
    notes of the conversation, while the page only said they would be back after unlocking.
    The page now says what closing the file from there does, and the file holds just that:
    the two notes, the answer marked with its speaker (in lower case mid-sentence); the audit
    log shows no undo of anything."""
    path = closed_case[0]
    window = lock_while_typing(qtbot, path, modals, files, note=NOTE)
    said = window.locked.saved_note.text()
    assert said.count("If you close the case file here instead, it stays in the conversation") == 2
    assert "typed in the interview (student)" in said, said
    click(qtbot, window.locked.close_button)  # Close case file, under Unlock…
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome)
    assert window.locked_path is None and window.service is None
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as session:
        (record,) = session.interviews.list_for_case(
            next(c.case_id for c in session.cases.list_cases() if c.title == "Eerste zaak")
        )
        stored = session.interviews.get(record.interview_id).lines
        lines = [(line.speaker, line.text) for line in stored]
        actions = [row.action for row in session.file.audit_rows()]
    assert lines == [
        ("note", f"Typed but not added when the file was locked (student): {TYPED}"),
        ("note", f"Note typed but not added when the file was locked: {NOTE}"),
    ], lines
    assert "interview.started" in actions and "interview.note_removed" not in actions, actions
