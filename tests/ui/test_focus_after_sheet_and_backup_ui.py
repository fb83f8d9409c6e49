"""The focus shows where it is after the recovery sheet and after the backup's message (walk 9,
W9-1): Alt+I and Alt+D on the sheet left "New case…" focused without its ring (shortcut keys
never arrive as key presses, so the sheet counted as closed by mouse), and after File > Make
backup… chosen from the keyboard and the message's OK the focus was nowhere (the menu bar had
it while its menu was open)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.services import case_file_service as svc
from adviser_desk.storage import kdf
from adviser_desk.ui.case_file.recovery_dialog import RecoveryKeyDialog
from adviser_desk.ui.case_file.unlock_dialog import UnlockDialog
from adviser_desk.ui.common import mnemonics
from adviser_desk.ui.common import settings as prefs
from adviser_desk.ui.shell.main_window import MainWindow
from tests.conftest import PASSWORD
from tests.ui.conftest import demo_file, open_case, open_window
from tests.ui.drive import FileDialogs, Modals, activate, click_tab, type_and_enter


def alt(qtbot: QtBot, target: QWidget, text: str) -> None:
    letter = mnemonics.mnemonic_of(text)
    assert letter, text
    qtbot.keyClick(target, Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)


def ring_on(window: QWidget) -> bool:
    return window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)


def test_continue_on_the_recovery_sheet_by_its_letter_shows_the_focus(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    service, _ = svc.create_case_file(case_dir / "Zaken.adcase", PASSWORD, kdf.MINIMUM)
    service.update_profile("Marieke Jansen", "Het Baken College")  # the sheet still waits
    path = service.path
    service.close()

    def sheet(dialog: QWidget) -> None:
        assert isinstance(dialog, RecoveryKeyDialog)
        activate(qtbot, dialog)
        alt(qtbot, QApplication.focusWidget() or dialog, dialog.confirm.text())
        qtbot.waitUntil(dialog.ok.isEnabled)  # the box ticks as a click would, a bit later
        alt(qtbot, QApplication.focusWidget() or dialog, dialog.ok.text())

    window = MainWindow(prefs.Settings(), kdf.MINIMUM)
    qtbot.addWidget(window)
    activate(qtbot, window)
    files.open(path)
    modals.expect(UnlockDialog, type_and_enter(qtbot, "password", PASSWORD))
    modals.expect(RecoveryKeyDialog, sheet)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    modals.wait_done()
    activate(qtbot, window)  # offscreen, activation does not come back by itself
    new_case = window.page.case_list.new_button
    qtbot.waitUntil(lambda: new_case.hasFocus() and ring_on(window))
    window.act_close.trigger()


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_after_a_backup_chosen_from_the_menu_the_focus_is_back_where_it_was(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs, stick: Path
) -> None:
    path, ids = demo_file(case_dir / "Demo.adcase")
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[0])
    view = window.page.case_view
    click_tab(qtbot, view.tabs, view.tabs.tabText(view.tabs.indexOf(view.letters)).replace("&", ""))
    letters = view.letters.list
    letters.setFocus()
    files.folder(stick)
    modals.expect(QMessageBox, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))
    # File by its letter, then Make backup… by its letter in the open menu.
    alt(qtbot, letters, window.menuBar().actions()[0].text())
    menu = window.act_backup.associatedObjects()
    file_menu = next(m for m in menu if isinstance(m, QMenu))
    qtbot.waitUntil(file_menu.isVisible)
    key = Qt.Key(ord(mnemonics.mnemonic_of(window.act_backup.text()).upper()))
    qtbot.keyClick(file_menu, key)
    modals.wait_done(30_000)
    activate(qtbot, window)
    qtbot.waitUntil(lambda: letters.hasFocus() and ring_on(window))
    window.act_close.trigger()
