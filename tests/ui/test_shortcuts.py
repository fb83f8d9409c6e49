"""Every keyboard shortcut of the main window (on each case tab), the interview window and the
letter editor really fires when pressed, and none is ambiguous within its window.

An application-wide filter takes the shortcut event Qt sends to the action, QShortcut or button
a key press matched, records who got it, and swallows it: what the shortcut would do is tested
elsewhere; here it is only whether the key reaches it (a shortcut set on a button on a hidden
page, or two actions with one key, never fires)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShortcutEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.services import case_file_service as svc
from adviser_desk.services.demo import fill_demo
from adviser_desk.services.session import CaseFileSession
from adviser_desk.storage import kdf
from tests.conftest import PASSWORD
from tests.ui.conftest import open_case, open_window
from tests.ui.drive import FileDialogs, Modals, activate, click_row, click_tab

Holder = QAction | QShortcut | QAbstractButton
# Keys only some keyboards have (a Paste key), which the test driver cannot type.
SPECIAL_KEYS = {
    Qt.Key.Key_Paste,
    Qt.Key.Key_Copy,
    Qt.Key.Key_Cut,
    Qt.Key.Key_Print,
    Qt.Key.Key_Undo,
}


class Catcher(QObject):
    """Records (receiver, ambiguous) of each shortcut event and keeps it from acting."""

    def __init__(self) -> None:
        super().__init__()
        self.got: list[tuple[QObject, bool]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut:
            assert isinstance(event, QShortcutEvent)
            self.got.append((watched, event.isAmbiguous()))
            return True
        return False


@pytest.fixture
def catcher(qapp: QApplication) -> Iterator[Catcher]:
    """Installed by the test once its windows are open (opening takes Ctrl+O itself)."""
    found = Catcher()
    yield found
    qapp.removeEventFilter(found)


def keys_of(holder: Holder) -> list[QKeySequence]:
    if isinstance(holder, QAction):
        return [k for k in holder.shortcuts() if not k.isEmpty()]
    if isinstance(holder, QShortcut):
        return [k for k in holder.keys() if not k.isEmpty()]  # noqa: SIM118 (a method)
    return [] if holder.shortcut().isEmpty() else [holder.shortcut()]


def _owner(holder: Holder) -> QWidget | None:
    if isinstance(holder, QAbstractButton):
        return holder
    if isinstance(holder, QShortcut):
        parent = holder.parent()
        return parent if isinstance(parent, QWidget) else None
    widgets = [w for w in holder.associatedObjects() if isinstance(w, QWidget)]
    if holder.shortcutContext() in (
        Qt.ShortcutContext.WidgetShortcut,
        Qt.ShortcutContext.WidgetWithChildrenShortcut,
    ):
        # Only while that widget (the Evidence tab for Ctrl+P) has the focus.
        own = [w for w in widgets if not isinstance(w, QMenu)]
        return own[0] if own else None
    for widget in widgets:
        if widget.isVisible() and not isinstance(widget, QMenu):
            return widget
    for widget in widgets:
        if isinstance(widget, QMenu):
            # A menu's action (File > Lock) is pressed in the window its menu bar is in.
            parent = widget.parentWidget()
            while isinstance(parent, QMenu):
                parent = parent.parentWidget()
            if parent is not None:
                return parent.window()
    return widgets[0] if widgets else None


def live(window: QWidget) -> list[Holder]:
    """The shortcuts a user can press now: enabled, and their widget on screen."""
    found: list[Holder] = []
    for holder in [
        *window.findChildren(QAction),
        *window.findChildren(QShortcut),
        *window.findChildren(QAbstractButton),
    ]:
        if not keys_of(holder) or not holder.isEnabled():
            continue
        # Mnemonics (Alt+letter) are tested apart; here the Ctrl, F and plain keys.
        owner = _owner(holder)
        if owner is None or not owner.isVisible() or owner.window() is not window:
            continue
        found.append(holder)
    return found


def press(qtbot: QtBot, window: QWidget, holder: Holder, key: QKeySequence) -> None:
    activate(qtbot, window)
    owner = _owner(holder)
    context = (
        holder.shortcutContext()
        if isinstance(holder, QAction)
        else holder.context()
        if isinstance(holder, QShortcut)
        else None
    )
    target: QWidget = window
    if owner is not None and context in (
        Qt.ShortcutContext.WidgetShortcut,
        Qt.ShortcutContext.WidgetWithChildrenShortcut,
    ):
        owner.setFocus()
        target = owner
    combination = key[0]
    qtbot.keyClick(target, combination.key(), combination.keyboardModifiers())


def check_all(qtbot: QtBot, window: QWidget, catcher: Catcher, where: str) -> list[str]:
    failures = []
    for holder in live(window):
        for key in keys_of(holder):
            if key[0].keyboardModifiers() & Qt.KeyboardModifier.AltModifier:
                continue
            if key[0].key() in SPECIAL_KEYS:
                continue
            catcher.got.clear()
            press(qtbot, window, holder, key)
            name = key.toString(QKeySequence.SequenceFormat.PortableText)
            what = holder.text() if hasattr(holder, "text") else type(holder).__name__
            if not catcher.got:
                failures.append(f"{where}: {name} ({what!r}) does not fire")
            elif any(ambiguous for _r, ambiguous in catcher.got):
                failures.append(f"{where}: {name} ({what!r}) is ambiguous")
            elif catcher.got[0][0] is not holder:
                failures.append(f"{where}: {name} ({what!r}) reached {catcher.got[0][0]!r}")
    return failures


@pytest.fixture
def demo_file(case_dir: Path) -> tuple[Path, list[int]]:
    service, _ = svc.create_case_file(case_dir / "K.adcase", PASSWORD, kdf.MINIMUM)
    service.confirm_recovery_key_stored()
    service.update_profile("Marieke Jansen", "Het Baken College")
    path = service.path
    with CaseFileSession(service) as session:
        ids = fill_demo(session.cases, datetime.now(UTC).date())
    return path, ids


def test_every_shortcut_of_the_main_window_fires_on_every_case_tab(
    qtbot: QtBot,
    demo_file: tuple[Path, list[int]],
    modals: Modals,
    files: FileDialogs,
    catcher: Catcher,
) -> None:
    path, ids = demo_file
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[0])
    QApplication.instance().installEventFilter(catcher)
    tabs = window.page.case_view.tabs
    assert isinstance(tabs, QTabWidget)
    failures: list[str] = []
    tested: set[str] = set()
    for index in range(tabs.count()):
        title = tabs.tabText(index).replace("&", "")
        click_tab(qtbot, tabs, title)
        if tabs.currentWidget() is window.page.case_view.tasks:
            click_row(qtbot, window.page.case_view.tasks.table, 0)  # Mark done needs a task
        failures += check_all(qtbot, window, catcher, title)
        tested |= {
            k.toString(QKeySequence.SequenceFormat.PortableText)
            for h in live(window)
            for k in keys_of(h)
        }
    assert not failures, "\n".join(failures)
    # The shortcuts the menus and tooltips promise are among those pressed.
    assert {"Ctrl+N", "Ctrl+O", "Ctrl+L", "Ctrl+B", "Ctrl+S", "Ctrl+D"} <= tested, tested


def test_interview_window_and_letter_editor_shortcuts_fire(
    qtbot: QtBot,
    demo_file: tuple[Path, list[int]],
    case_dir: Path,
    catcher: Catcher,
) -> None:
    from adviser_desk.ui.interview.interview_window import InterviewWindow
    from adviser_desk.ui.letters.letter_editor import LetterEditor

    path, ids = demo_file
    service = svc.unlock_with_password(path, PASSWORD)
    with CaseFileSession(service) as session:
        interview = session.interviews.start(ids[0], "victim")
        QApplication.instance().installEventFilter(catcher)
        failures: list[str] = []
        for name, window in (
            ("interview", InterviewWindow(session.interviews, interview)),
            ("letter", LetterEditor(session.letters, ids[0])),
        ):
            qtbot.addWidget(window)
            activate(qtbot, window)
            assert live(window), f"{name}: no shortcuts found"
            failures += check_all(qtbot, window, catcher, name)
            window.close()
        assert not failures, "\n".join(failures)


# The offscreen platform cannot raise a popup or grab the keyboard for it; the menu opens.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_menus_do_not_get_the_lock_action_as_an_item(
    qtbot: QtBot, demo_file: tuple[Path, list[int]], modals: Modals, files: FileDialogs
) -> None:
    """Ctrl+L is added to every window so it works everywhere; a drop-down menu is a window
    too, and must not list "Lock" among its items (the walker found it under Add)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QPushButton

    path, ids = demo_file
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[0], "Evidence")
    add = window.page.case_view.evidence.findChild(QPushButton, "add")
    assert add is not None and add.menu() is not None
    seen: list[list[str]] = []

    def look() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        seen.append([a.text().replace("&", "") for a in menu.actions() if a.isVisible()])
        menu.close()

    QTimer.singleShot(300, look)
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] == ["Files…", "Web address…", "Message…"]
