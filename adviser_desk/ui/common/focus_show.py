"""The keyboard focus put where the adviser's next step is, with its ring showing.

Walk 7 (W7-5, W7-6) found screens with no focus anywhere, or with the focus left behind in
the search field: the welcome page after closing a file (a first Tab reached the demo, and
Enter started it), the lock page, the main window after the recovery sheet, a new case, and a
case tab chosen by its letter (Alt+T) while arrows and typing still went to the search field.
Qt shows the focus ring only after the keyboard moved the focus in a window, so a focus set
by the program is invisible until then: these moments show it as Tab would.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget


def show_focus(widget: QWidget) -> None:
    """Gives ``widget`` the focus, with the ring showing as after Tab (a click in the window
    hides it again, as Qt does)."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    window = widget.window()
    _ring_on(window)
    if not window.isActiveWindow() and window.findChild(_RingOnActivation) is None:
        # Qt turns the ring off when a window is shown and when it becomes active.
        window.installEventFilter(_RingOnActivation(window))


def _ring_on(window: QWidget) -> None:
    window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
    focus = window.focusWidget()
    if focus is not None:
        focus.update()


class _RingOnActivation(QObject):
    """Turns the ring on again once its window has become active, then goes."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate and isinstance(watched, QWidget):
            watched.removeEventFilter(self)
            QTimer.singleShot(0, watched, lambda: _ring_on(watched))
            self.deleteLater()
        return False


def show_focus_soon(widget: QWidget) -> None:
    """show_focus once the event loop runs again: from a showEvent, since a window being shown
    turns its ring off after its children's showEvents (a fresh start showed no focus)."""
    QTimer.singleShot(0, widget, lambda: show_focus(widget) if widget.isVisible() else None)
