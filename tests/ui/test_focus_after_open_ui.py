"""Enter on the case list right after a case file opened (walks 15 and 16, W15-8 and W16-4).

Opened by File > Open, restored from a backup, or unlocked after Ctrl+L with no case shown,
the case list has the focus with its ring on the current row and no case selected (no case
opens by itself). Enter then sent the focus to the case's tabs, which were hidden behind
"Select a case on the left": the ring vanished, nothing was selected, and Space and Down did
nothing. Enter and Space now open the case under the focus, and the focus never goes to a
widget that is not on screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.ui.case.case_models import ID_ROLE
from adviser_desk.ui.shell.main_window import MainWindow
from tests.ui.conftest import demo_file, open_window
from tests.ui.drive import FileDialogs, Modals, activate, unlock
from tests.ui.test_focus_landing_ui import focus_shows_on
from tests.ui.test_restore_messages_ui import _make_backup


def landed_on_the_list(qtbot: QtBot, window: MainWindow) -> int:
    """The focus shows on the case list, on a current row, with no case open; returns the
    case under the focus."""
    table = window.page.case_list.table
    focus_shows_on(qtbot, table)
    assert table.currentIndex().isValid()
    assert window.page.case_stack.currentWidget() is window.page.placeholder
    return int(table.currentIndex().siblingAtColumn(0).data(ID_ROLE))


def visible_focus() -> QWidget:
    focus = QApplication.focusWidget()
    assert focus is not None and focus.isVisible(), f"the focus is on {focus!r}, not on screen"
    return focus


def key_opens_the_focused_case(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    case_id = landed_on_the_list(qtbot, window)
    page = window.page
    qtbot.keyClick(page.case_list.table, key)
    qtbot.waitUntil(lambda: page.case_view.case_id == case_id)
    assert page.case_stack.currentWidget() is page.case_view
    assert page.case_list.selected_case() == case_id
    visible_focus()


def test_enter_after_file_open_opens_the_case_under_the_focus(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    path, _ids = demo_file(case_dir / "Demo.adcase")
    window = open_window(qtbot, path, modals, files)  # Ctrl+O, the file, the password, Enter
    key_opens_the_focused_case(qtbot, window, Qt.Key.Key_Return)
    # Enter took the focus into the case, onto its tabs (the keyboard route from the list),
    # with the ring showing there (it did not, after setFocus alone).
    focus_shows_on(qtbot, window.page.case_view.tabs.tabBar())
    window.act_close.trigger()


def test_space_after_file_open_opens_the_case_and_down_the_next(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    path, _ids = demo_file(case_dir / "Demo.adcase")
    window = open_window(qtbot, path, modals, files)
    key_opens_the_focused_case(qtbot, window, Qt.Key.Key_Space)
    table = window.page.case_list.table
    assert visible_focus() is table
    first = window.page.case_view.case_id
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.page.case_view.case_id not in (None, first))
    assert window.page.case_list.selected_case() == window.page.case_view.case_id
    window.act_close.trigger()


def test_enter_after_restoring_a_backup_opens_the_case_under_the_focus(
    qtbot: QtBot, case_dir: Path, stick: Path, modals: Modals, files: FileDialogs
) -> None:
    path, _ids = demo_file(case_dir / "Demo.adcase")
    window = open_window(qtbot, path, modals, files)
    assert window.session is not None
    window.session.file.remember_here()  # the copy then opens without a password dialog
    backup = _make_backup(window, stick, modals, files)
    files.open(backup).save(case_dir / "Demo (restored).adcase")
    modals.accept_box()  # "Backup restored"
    window.act_restore.trigger()  # File > Restore from backup…
    modals.wait_done(60_000)
    assert window.service is not None and window.service.path.name == "Demo (restored).adcase"
    activate(qtbot, window)  # the offscreen platform does not hand activation back by itself
    key_opens_the_focused_case(qtbot, window, Qt.Key.Key_Return)
    window.service.forget_here()
    window.act_close.trigger()


def test_enter_after_unlocking_opens_the_case_under_the_focus(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    path, _ids = demo_file(case_dir / "Demo.adcase")
    window = open_window(qtbot, path, modals, files)
    landed_on_the_list(qtbot, window)
    qtbot.keyClick(window.page.case_list.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.service is None)
    unlock(qtbot, window, modals)
    activate(qtbot, window)
    key_opens_the_focused_case(qtbot, window, Qt.Key.Key_Return)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    window.act_close.trigger()
