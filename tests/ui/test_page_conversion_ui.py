"""Issue 15 in the main window: a case file made with 4 KiB pages opened by Ctrl+O is converted
to 16 KiB pages; when the drive has no room for the converted copy the file opens as it was and
the adviser is told why, in a message (the free-space query is the OS boundary patched)."""

from __future__ import annotations

from collections import namedtuple
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from adviser_desk.storage import engine, kdf, repage
from adviser_desk.ui.case_file.unlock_dialog import UnlockDialog
from adviser_desk.ui.common import settings as prefs
from adviser_desk.ui.shell.main_window import MainWindow
from tests.conftest import PASSWORD
from tests.storage.legacy import legacy_case_file
from tests.ui.conftest import open_window
from tests.ui.drive import FileDialogs, Modals, activate, type_and_enter


def test_ctrl_o_converts_a_4_kib_file(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    path, raw_key, _ = legacy_case_file(case_dir)
    window = open_window(qtbot, path, modals, files)
    assert window.service is not None and window.service.page_size() == 16384
    assert modals.texts == []  # nothing to tell: the conversion went through
    window.release_current(ask=False)
    assert engine.page_size_of(path, raw_key) == 16384


def test_no_room_for_the_conversion_opens_the_file_and_says_so(
    qtbot: QtBot,
    case_dir: Path,
    modals: Modals,
    files: FileDialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, raw_key, _ = legacy_case_file(case_dir)
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(repage.shutil, "disk_usage", lambda _folder: usage(10**12, 10**12, 0))
    window = MainWindow(prefs.Settings(), kdf.MINIMUM)
    qtbot.addWidget(window)
    activate(qtbot, window)
    files.open(path)
    modals.expect(UnlockDialog, type_and_enter(qtbot, "password", PASSWORD)).accept_box()
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    modals.wait_done()
    assert "could not be converted" in modals.texts[0] and "free space" in modals.texts[0]
    assert window.service is not None and window.service.page_size() == 4096
    assert not repage.staging_path(path).exists()
    window.release_current(ask=False)
    assert engine.page_size_of(path, raw_key) == 4096
