"""Work done on every window as it is shown, application-wide: keeping it on its screen
(fit.py), giving it its mnemonics (mnemonics.py)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget


class WindowShownFilter(QObject):
    """An application event filter that hands each top-level window and dialog to
    :meth:`shown` when it is shown; a subclass says what to do with it."""

    NAME = ""  # the filter's object name, so a test can find the one installed

    def shown(self, window: QWidget) -> None:
        raise NotImplementedError

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)
        ):
            self.shown(watched)
        return False

    @classmethod
    def install(cls, app: QApplication) -> None:
        shown = cls(app)
        shown.setObjectName(cls.NAME)
        app.installEventFilter(shown)
