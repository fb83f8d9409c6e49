"""Return and Enter press the focused button in the main window, as Space does.

Outside a dialog Qt gives Enter to no button: after Alt+S the focus ring sat on "New
conversation…" and Enter did nothing (walks 8 and 9, W8-6, W9-3). Giving each button a Return
shortcut of its own (33f5349, reverted) took Return from the main window's own shortcuts (a
list's Enter opens its row) and moved the focus after dialogs. So this filter acts only on a
key press that reaches a focused button: Qt delivers a key press only when no shortcut took
it, so whatever claims Return keeps it. Dialogs are left alone: their buttons answer Enter
themselves (autoDefault) or Enter goes to the dialog's default button.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QToolButton

_NAME = "enter_key"
_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# Enter on the number pad carries the keypad modifier: still a plain Enter.
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


def _presses(watched: QObject, event: QEvent) -> QPushButton | QToolButton | None:
    """The button a plain Return or Enter should press, if this key press is one."""
    if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
        return None
    if event.key() not in _KEYS or event.modifiers() not in _PLAIN or event.isAutoRepeat():
        return None
    if not isinstance(watched, QPushButton | QToolButton) or not watched.hasFocus():
        return None
    if isinstance(watched.window(), QDialog) or not watched.isEnabled():
        return None
    return watched


class EnterPresses(QObject):
    """Application-wide: Return or Enter on a focused button outside a dialog clicks it, or
    opens its menu (the evidence log's button)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        button = _presses(watched, event)
        if button is None:
            return False
        if button.menu() is not None:
            # Later: the menu runs its own event loop, not inside this key press.
            QTimer.singleShot(0, button, button.showMenu)
        else:
            button.animateClick()
        return True


def install(app: QApplication) -> None:
    if app.findChild(EnterPresses, _NAME) is None:
        keeper = EnterPresses(app)
        keeper.setObjectName(_NAME)
        app.installEventFilter(keeper)
