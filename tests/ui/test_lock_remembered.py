"""A locked window asks for a password even when the key is remembered on this computer (walk
W18: Ctrl+L, then one click on Unlock brought every case back). The remembered key only saves
typing when a file is opened. Through the real wiring, with the real Secret Service keyring."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.services import case_file_service as svc
from adviser_desk.services.session import CaseFileSession
from adviser_desk.storage import kdf
from adviser_desk.ui.case_file.unlock_dialog import UnlockDialog
from adviser_desk.ui.common import settings as prefs
from adviser_desk.ui.shell.main_window import MainWindow
from tests.conftest import NEW_PASSWORD, PASSWORD
from tests.ui.drive import FileDialogs, Modals, activate, click

pytestmark = pytest.mark.keyring

BRAM = "Bram Jansen"


def _needs_secret_service() -> None:
    from tests.storage.test_keyring import SecretService

    if not isinstance(keyring.get_keyring(), SecretService.Keyring):
        pytest.fail("run with `make test`, which starts the Secret Service keyring")


def _type_and_enter(qtbot: QtBot, dialog: QWidget, text: str) -> None:
    field = dialog.findChild(QLineEdit, "password")
    assert field is not None and field.isVisible()
    field.setFocus()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _open_remembering(qtbot: QtBot, path: Path, modals: Modals, files: FileDialogs) -> MainWindow:
    """Ctrl+O, the file, the password, *Remember on this computer* ticked, Enter."""
    window = MainWindow(prefs.Settings(), kdf.MINIMUM)
    qtbot.addWidget(window)
    activate(qtbot, window)
    files.open(path)

    def unlock(dialog: QWidget) -> None:
        remember = dialog.findChild(QCheckBox, "remember")
        assert remember is not None and remember.isEnabled()
        click(qtbot, remember)
        assert remember.isChecked()
        _type_and_enter(qtbot, dialog, PASSWORD)

    modals.expect(UnlockDialog, unlock)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.service is not None, timeout=20_000)
    assert window.service is not None and window.service.remembered_here()
    activate(qtbot, window)
    return window


def _still_asks(qtbot: QtBot, window: MainWindow, dialog: QWidget) -> None:
    """The unlock dialog is up, asking for the password, and stays so: the remembered key is
    not tried behind it (that took well under a second when it was)."""
    assert isinstance(dialog, UnlockDialog)
    field = dialog.findChild(QLineEdit, "password")
    assert field is not None and field.isVisible() and field.text() == ""
    qtbot.wait(1500)
    assert dialog.isVisible() and dialog.service is None
    assert window.service is None and window.stack.currentWidget() is window.locked


def test_ctrl_l_then_unlock_asks_for_the_password_though_it_is_remembered(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    _needs_secret_service()
    path, _ = closed_case
    window = _open_remembering(qtbot, path, modals, files)
    qtbot.keyClick(window.page.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.locked
    seen: list[str] = []

    def wrong_then_right(dialog: QWidget) -> None:
        _still_asks(qtbot, window, dialog)
        seen.append("asked")
        _type_and_enter(qtbot, dialog, "not the password")
        assert isinstance(dialog, UnlockDialog)
        qtbot.waitUntil(lambda: dialog.error.isVisible() and not dialog.working, timeout=20_000)
        assert window.service is None
        field = dialog.findChild(QLineEdit, "password")
        assert field is not None
        field.clear()
        _type_and_enter(qtbot, dialog, PASSWORD)

    modals.expect(UnlockDialog, wrong_then_right)
    click(qtbot, window.locked.unlock_button)
    qtbot.waitUntil(lambda: window.service is not None, timeout=20_000)
    assert seen == ["asked"]
    assert window.stack.currentWidget() is window.page
    # Opening the file (not a lock) still uses the remembered key: that is what it is for.
    assert window.service is not None and window.service.remembered_here()
    window.act_close.trigger()
    activate(qtbot, window)
    files.open(path)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.service is not None, timeout=20_000)
    window.service.forget_here()


def test_the_idle_lock_asks_who_you_are_and_a_password_with_two_advisers(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    _needs_secret_service()
    path, _ = closed_case
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as session:
        session.advisers.add(BRAM, NEW_PASSWORD, kdf.MINIMUM)
    # Marieke (first in the list) opens the file and ticks Remember.
    window = _open_remembering(qtbot, path, modals, files)
    window.idle.set_interval_ms(150)
    window.idle.start()
    qtbot.waitUntil(lambda: window.service is None, timeout=5000)
    assert window.stack.currentWidget() is window.locked
    choices: list[list[str]] = []

    def as_bram(dialog: QWidget) -> None:
        _still_asks(qtbot, window, dialog)
        combo = dialog.findChild(QComboBox, "adviser")
        assert combo is not None and combo.isVisible()
        choices.append([combo.itemText(i) for i in range(combo.count())])
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # Bram: choosing an adviser opens nothing
        qtbot.keyClick(combo, Qt.Key.Key_Up)  # back to Marieke, whose key is remembered
        qtbot.wait(1500)
        assert window.service is None and dialog.isVisible()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        _type_and_enter(qtbot, dialog, NEW_PASSWORD)

    modals.expect(UnlockDialog, as_bram)
    click(qtbot, window.locked.unlock_button)
    qtbot.waitUntil(lambda: window.session is not None, timeout=20_000)
    assert choices == [["Marieke Jansen", BRAM]]
    assert window.session is not None and window.session.identity.name == BRAM
    window.act_close.trigger()
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as session:
        session.file.forget_here()
