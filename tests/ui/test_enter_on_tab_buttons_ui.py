"""Enter presses the focused button in a case's tabs, as Space does (walk 8, W8-6: Alt+S put the
focus on "New conversation…" with its ring shown, and Enter did nothing; outside a dialog Qt
gives Enter to no button)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.ui.interview.conversation_dialogs import NewInterviewDialog
from tests.ui.conftest import exposing_case_on_tab
from tests.ui.drive import FileDialogs, Modals, activate, press_cancel


def test_enter_on_the_focused_new_conversation_button_opens_its_dialog(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    people = [("Sanne de Vries", dc.Role.VICTIM)]
    window, _ = exposing_case_on_tab(qtbot, closed_case[0], modals, files, people, "Interviews")
    button = window.page.case_view.findChild(QPushButton, "new_interview")
    assert isinstance(button, QPushButton)
    activate(qtbot, window)
    button.setFocus()
    assert button.hasFocus()
    modals.expect(NewInterviewDialog, press_cancel(qtbot))
    qtbot.keyClick(button, Qt.Key.Key_Return)
    modals.wait_done()
    # Every button in the tabs answers Enter, each exactly once (two shortcuts would be
    # ambiguous and fire neither).
    buttons = window.page.case_view.tabs.findChildren(QPushButton)
    assert buttons and all(b.property("enter_presses") for b in buttons)
    window.act_close.trigger()
