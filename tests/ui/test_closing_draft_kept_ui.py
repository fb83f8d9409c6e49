"""What was typed for closing a conversation and cancelled is kept in the file: closing the
file asks nothing and adds no note (walk 10, W10-2: it asked "not saved… keep as a note?" and
added a false note), the closing dialog has it after the file is reopened (issue 11), and
locking with that draft unchanged adds no note either. Driven through clicks and keys."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.ui.case_file.unlock_dialog import UnlockDialog
from adviser_desk.ui.interview.conversation_dialogs import ClosingDialog
from adviser_desk.ui.interview.interview_window import InterviewWindow, NewInterviewDialog
from adviser_desk.ui.shell.main_window import MainWindow
from tests.conftest import PASSWORD
from tests.ui.drive import (
    FileDialogs,
    Handler,
    Modals,
    activate,
    click,
    click_row,
    click_tab,
    press_ok,
    type_and_enter,
    unlock,
)
from tests.ui.test_data_safety import read_closing, row_of, type_closing, with_two_cases
from tests.ui.test_lock_note_ui import close_window, notes_with

AGREED = "Donderdag samen naar de mentor"


def in_closing_dialog(qtbot: QtBot, modals: Modals, then: Handler) -> Handler:
    """For the interview window: Close the interview…, ``then`` in the closing dialog."""

    def opened(dialog: QDialog) -> None:
        activate(qtbot, dialog)
        assert isinstance(dialog, InterviewWindow)
        modals.expect(ClosingDialog, then)  # type: ignore[arg-type]
        click(qtbot, dialog.close_button)

    return opened  # type: ignore[return-value]


def open_interviews(qtbot: QtBot, window: MainWindow) -> None:
    activate(qtbot, window)
    click_row(qtbot, window.page.case_list.table, row_of(window, "Eerste zaak"))
    click_tab(qtbot, window.page.case_view.tabs, "Interviews")


def test_a_closing_draft_kept_when_the_file_closed_is_back_after_reopening(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    path = closed_case[0]
    window = with_two_cases(qtbot, path, modals, files)
    open_interviews(qtbot, window)
    view = window.page.case_view
    seen: list[int] = []

    def type_and_escape(dialog: QDialog) -> None:
        type_closing(qtbot, dialog, AGREED)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)

    def started(dialog: QDialog) -> None:
        assert isinstance(dialog, InterviewWindow)
        seen.append(dialog.interview_id)
        in_closing_dialog(qtbot, modals, type_and_escape)(dialog)
        qtbot.waitUntil(lambda: dialog.closing_draft is not None)
        close_window(qtbot, dialog)

    modals.expect(NewInterviewDialog, press_ok(qtbot))  # type: ignore[arg-type]
    modals.expect(InterviewWindow, started)  # type: ignore[arg-type]
    click(qtbot, view.findChild(QPushButton, "new_interview"))  # type: ignore[arg-type]
    modals.wait_done()
    # File > Close case file: nothing to ask, the file holds the draft.
    window.act_close.trigger()
    assert window.service is None and not modals.texts

    # Reopened with the password (Ctrl+O): the closing dialog has the draft, ticks included;
    # Ctrl+L there with it unchanged.
    activate(qtbot, window)
    files.open(path)
    modals.expect(UnlockDialog, type_and_enter(qtbot, "password", PASSWORD))
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.service is not None, timeout=20_000)
    open_interviews(qtbot, window)
    refilled: list[tuple[str, str, list[dc.Audience], bool | None]] = []

    def read_then_lock(dialog: QDialog) -> None:
        activate(qtbot, dialog)
        refilled.append(read_closing(dialog))
        qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    modals.expect(InterviewWindow, in_closing_dialog(qtbot, modals, read_then_lock))
    view.interviews.list.setCurrentRow(0)
    click(qtbot, view.findChild(QPushButton, "open_interview"))  # type: ignore[arg-type]
    modals.wait_done()
    qtbot.waitUntil(lambda: window.service is None, timeout=5000)
    assert refilled == [(AGREED, "Niet de hele klas", [dc.Audience.PARENTS], True)]

    # Unlocked: the window is back, closed; closing the file asks nothing, and no note says
    # the draft was not saved.
    unlock(qtbot, window, modals, (InterviewWindow, lambda dialog: close_window(qtbot, dialog)))
    modals.wait_done()
    qtbot.waitUntil(lambda: view.interviews.interview_window is None)
    asked = len(modals.texts)
    window.act_close.trigger()
    assert window.service is None and len(modals.texts) == asked
    notes = notes_with(path, seen[0], AGREED)
    assert notes == [], notes
