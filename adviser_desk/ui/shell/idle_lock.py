"""Locks the case file after a period without keyboard or mouse input."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Install on the QApplication; emits ``idle`` once after ``minutes`` of no input."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._shared: QAction | None = None
        self.set_minutes(minutes)

    def share_action(self, action: QAction) -> None:
        """Adds ``action`` to every window as it is shown, so its shortcut (Ctrl+L) works in
        whichever window has the focus: a main-window shortcut does not reach a dialog."""
        self._shared = action

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(minutes * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        self._timer.setInterval(ms)
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        elif (
            kind == QEvent.Type.Show
            and self._shared is not None
            and isinstance(watched, QWidget)
            and watched.isWindow()
            # A menu is a window too, but an action added to it becomes one of its items
            # ("Lock" at the end of the evidence tab's Add menu).
            and not isinstance(watched, QMenu)
            and self._shared not in watched.actions()
        ):
            watched.addAction(self._shared)
        return False
