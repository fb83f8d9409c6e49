"""Ctrl+O on a damaged case file whose key file did not come along (walk 7, W7-3): the
dialog asks for the recovery key, and the right key must lead to 'damaged, restore it from a
backup', never to 'this key may belong to another case file'."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain.recovery_key import RecoveryKey
from adviser_desk.storage import kdf
from adviser_desk.ui.case_file.unlock_dialog import UnlockDialog
from adviser_desk.ui.common import settings as prefs
from adviser_desk.ui.shell.main_window import MainWindow
from tests.ui.drive import FileDialogs, Modals, activate, press_cancel


def test_the_right_recovery_key_of_a_cut_off_file_says_damaged_and_backup(
    qtbot: QtBot, closed_case: tuple[Path, str], tmp_path: Path, modals: Modals,
    files: FileDialogs,
) -> None:  # fmt: skip
    path, recovery = closed_case
    stick = tmp_path / "stick"
    stick.mkdir()
    damaged = stick / "kapot.adcase"
    damaged.write_bytes(path.read_bytes()[:8192])  # the .adcase alone, cut off at 8 KB
    window = MainWindow(prefs.Settings(), kdf.MINIMUM)
    qtbot.addWidget(window)
    activate(qtbot, window)
    seen: dict[str, str] = {}

    def try_keys(dialog: QWidget) -> None:
        assert isinstance(dialog, UnlockDialog)
        assert dialog.recovery.isVisible() and dialog.recovery.hasFocus()
        seen["asked"] = dialog.error.text()
        for name, key in (("other", RecoveryKey.generate().formatted()), ("right", recovery)):
            dialog.recovery.selectAll()
            qtbot.keyClicks(dialog.recovery, key)
            qtbot.keyClick(dialog.recovery, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: dialog.error.isVisible() and not dialog.working, timeout=20_000)
            seen[name] = dialog.error.text()
        press_cancel(qtbot)(dialog)

    files.open(damaged)
    modals.expect(UnlockDialog, try_keys)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    modals.wait_done()
    assert "is missing" in seen["asked"]
    assert "is damaged" in seen["right"] and "Restore it from a backup" in seen["right"]
    assert "another case file" not in seen["right"]
    # Another key: nothing tells the two causes apart, so both are named, with the way out.
    assert "may belong to another case file" in seen["other"]
    assert "may be damaged" in seen["other"] and "restore it from a backup" in seen["other"]
    assert window.service is None and window.stack.currentWidget() is window.welcome
    assert sorted(p.name for p in stick.iterdir() if "-lock" not in p.name) == ["kapot.adcase"]
