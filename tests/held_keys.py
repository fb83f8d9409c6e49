"""No keyboard modifier outlives the test that pressed it (see tests/conftest.py).

Qt has one application-wide modifier state, read by QGuiApplication.keyboardModifiers(). Item
views read it when the program selects (selectRow, setCurrentIndex: with Ctrl "held" they
toggle the row, with Shift they extend), so a modifier left over from one test changed what a
later test in the same process selected: under pytest-xdist a Ctrl from an earlier test made a
later test's selectRow toggle its row off (07e5fe7).

That state cannot tell which test leaves a modifier held: QApplication copies into it the
modifiers of every synthetic key and mouse event QTest sends, and QTest releases a key with its
modifiers still set, as a keyboard does (the Ctrl key's own release still says Ctrl). So after
an ordinary keyClick(Ctrl+L), or a mouseClick with Ctrl, it says Ctrl until the next event
without one, although the test released everything. This module therefore

- keeps its own account of the modifier keys pressed and not released (QTest presses and
  releases them as keys of their own around a key given with modifiers): one still down at
  the end is the test's fault (a keyPress without its keyRelease), and fails it;
- and after every test releases whatever Qt's state still says is held, so the next test
  starts with no modifier, whatever the last event of this one carried.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

M, K = Qt.KeyboardModifier, Qt.Key
# Each modifier with its key, in the order QTest releases them (Shift last).
MODIFIER_KEYS = (
    (M.MetaModifier, K.Key_Meta, "Meta"),
    (M.AltModifier, K.Key_Alt, "Alt"),
    (M.ControlModifier, K.Key_Control, "Ctrl"),
    (M.ShiftModifier, K.Key_Shift, "Shift"),
)
_NAMES = {int(key): name for _, key, name in MODIFIER_KEYS}
_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)


class HeldKeys(QObject):
    """The modifier keys pressed and not yet released, seen as the application delivers them
    (an application-wide filter: it sees every key event QTest sends, whatever its target)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("tests_held_keys")
        self.down: set[int] = set()
        app.installEventFilter(self)

    @classmethod
    def of(cls, app: QApplication) -> HeldKeys:
        """The application's one account (made on first use: the application lives as long as
        the test process, and so does its filter)."""
        found = app.findChild(HeldKeys, "tests_held_keys")
        return found if isinstance(found, HeldKeys) else cls(app)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only spontaneous events move Qt's state: QTest's are (as the platform's would be);
        # a QKeyEvent a test sends itself with sendEvent is not.
        if event.type() in _KEY_EVENTS and event.spontaneous() and isinstance(event, QKeyEvent):
            key = event.key()
            if key in _NAMES:
                if event.type() == QEvent.Type.KeyPress:
                    self.down.add(key)
                else:
                    self.down.discard(key)
        return False

    def names(self) -> list[str]:
        return [_NAMES[key] for key in sorted(self.down)]


def release_all() -> None:
    """Releases each modifier key Qt's state says is held, ending with none held (a modifier
    with no key of its own, Keypad, goes with any release). Sent to a widget of its own, never
    shown: whatever the test left on screen is gone by now."""
    held = QGuiApplication.keyboardModifiers()
    if held == M.NoModifier:
        return
    target = QWidget()  # Python's: deleted when this returns
    keys = [key for flag, key, _ in MODIFIER_KEYS if held & flag] or [K.Key_Control]
    for key in keys:
        QTest.keyRelease(target, key, M.NoModifier)
