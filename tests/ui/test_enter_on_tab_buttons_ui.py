"""Return presses the focused button in a case's tabs, as Space does, and opens a menu button's
menu (walks 8 and 9, W8-6, W9-3: Alt+S put the focus on "New conversation…" with its ring
shown, and Enter did nothing; outside a dialog Qt gives Enter to no button)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.ui.case.case_dialogs import PersonDialog
from adviser_desk.ui.common import mnemonics
from adviser_desk.ui.interview.conversation_dialogs import NewInterviewDialog
from tests.ui.conftest import exposing_case_on_tab
from tests.ui.drive import FileDialogs, Modals, activate, press_cancel


def alt(qtbot: QtBot, text: str) -> None:
    letter = mnemonics.mnemonic_of(text)
    assert letter, text
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)


def tab_to(qtbot: QtBot, button: QWidget) -> None:
    """Tab until ``button`` has the focus, as the adviser does."""
    for _ in range(20):
        if button.hasFocus():
            return
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    assert button.hasFocus(), QApplication.focusWidget()


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_return_on_a_focused_tab_button_presses_it_or_opens_its_menu(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    people = [("Sanne de Vries", dc.Role.VICTIM)]
    window, _ = exposing_case_on_tab(qtbot, closed_case[0], modals, files, people, "Overview")
    view = window.page.case_view
    activate(qtbot, window)
    view.overview.title.setFocus()
    # Interviews by its letter: the focus goes to New conversation… (no conversation yet).
    alt(qtbot, view.tabs.tabText(view.tabs.indexOf(view.interviews)))
    qtbot.waitUntil(view.interviews.new_button.hasFocus)
    modals.expect(NewInterviewDialog, press_cancel(qtbot))
    qtbot.keyClick(view.interviews.new_button, Qt.Key.Key_Return)
    modals.wait_done()
    activate(qtbot, window)  # offscreen, activation does not come back by itself
    # People by its letter: the focus goes to Add person… (walk 11, W11-2); keypad Enter.
    alt(qtbot, view.tabs.tabText(view.tabs.indexOf(view.people)))
    qtbot.waitUntil(lambda: view.people.isAncestorOf(QApplication.focusWidget()))
    tab_to(qtbot, view.people.add_button)
    modals.expect(PersonDialog, press_cancel(qtbot))
    qtbot.keyClick(view.people.add_button, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    modals.wait_done()
    activate(qtbot, window)  # offscreen, activation does not come back by itself
    # Evidence: Tab to the evidence log's button; Return opens its menu.
    alt(qtbot, view.tabs.tabText(view.tabs.indexOf(view.evidence)))
    qtbot.waitUntil(lambda: view.evidence.isAncestorOf(QApplication.focusWidget()))
    log = view.evidence.findChild(QPushButton, "evidence_log")
    assert isinstance(log, QPushButton)
    tab_to(qtbot, log)
    menu = log.menu()
    assert menu is not None
    qtbot.keyClick(log, Qt.Key.Key_Return)
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not menu.isVisible())
    window.act_close.trigger()
