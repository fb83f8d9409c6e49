"""Where the keyboard focus lands, and that it shows (walk 7, W7-5 and W7-6): the welcome page
after closing a file and on a fresh start, the lock page, a new case, a case tab chosen by
its letter, and the Interviews list after a conversation's window closed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.storage import kdf
from adviser_desk.ui.case_file.unlock_dialog import UnlockDialog
from adviser_desk.ui.common import settings as prefs
from adviser_desk.ui.shell.main_window import MainWindow
from tests.conftest import PASSWORD
from tests.ui.conftest import open_window
from tests.ui.drive import FileDialogs, Modals, activate, type_and_enter


def focus_shows_on(qtbot: QtBot, widget: QWidget) -> None:
    """``widget`` has the keyboard focus and its window draws the ring (as after Tab)."""
    ring = Qt.WidgetAttribute.WA_KeyboardFocusChange
    qtbot.waitUntil(
        lambda: QApplication.focusWidget() is widget and widget.window().testAttribute(ring)
    )


def tab_walk(qtbot: QtBot, steps: int) -> list[QWidget | None]:
    seen = []
    for _ in range(steps):
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_after_closing_the_file_the_welcome_page_starts_on_it_and_tabs_down_the_screen(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    path, _ = closed_case
    window = open_window(qtbot, path, modals, files)
    window.act_close.trigger()  # File > Close case file
    welcome = window.welcome
    assert window.stack.currentWidget() is welcome
    focus_shows_on(qtbot, welcome.reopen_button)
    assert welcome.reopen_button.text() == "Open Zaken.adcase"
    # Tab follows the screen from the file shown on top; the demo comes last.
    order = [welcome.create_button, welcome.open_button, welcome.demo_button]
    assert tab_walk(qtbot, 4) == [*order, welcome.reopen_button]
    # Enter reopens the adviser's own file (it used to start the demo after one Tab).
    modals.expect(UnlockDialog, type_and_enter(qtbot, "password", PASSWORD))
    qtbot.keyClick(welcome.reopen_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.service is not None, timeout=20_000)
    assert window.service is not None and window.service.path == path
    window.act_close.trigger()


def test_a_fresh_start_starts_on_the_last_file_or_on_create(
    qtbot: QtBot, closed_case: tuple[Path, str]
) -> None:
    path, _ = closed_case
    settings = prefs.Settings()
    settings.set(prefs.LAST_CASE_FILE, str(path))
    window = MainWindow(settings, kdf.MINIMUM)
    qtbot.addWidget(window)
    activate(qtbot, window)
    focus_shows_on(qtbot, window.welcome.reopen_button)
    settings.set(prefs.LAST_CASE_FILE, "")
    first = MainWindow(settings, kdf.MINIMUM)
    qtbot.addWidget(first)
    activate(qtbot, first)
    assert not first.welcome.reopen_button.isVisible()
    focus_shows_on(qtbot, first.welcome.create_button)
    assert tab_walk(qtbot, 2) == [first.welcome.open_button, first.welcome.demo_button]


def test_the_lock_page_shows_the_focus_on_unlock(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    path, _ = closed_case
    window = open_window(qtbot, path, modals, files)
    qtbot.keyClick(window.page.case_list.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.locked
    focus_shows_on(qtbot, window.locked.unlock_button)
    modals.expect(UnlockDialog, type_and_enter(qtbot, "password", PASSWORD))
    qtbot.keyClick(window.locked.unlock_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.service is not None, timeout=20_000)
    window.act_close.trigger()
