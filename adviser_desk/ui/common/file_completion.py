"""Qt's own file dialog: a click on a button while the typed path's completion list is open
does what it says, at once.

Where the desktop offers no file dialog of its own (a bare window manager, Xvfb), Qt shows
its widget dialog, whose file name field lists completions in a popup. A click outside a
popup only closes it: the first click on Open or Choose after typing a path did nothing (walk
10, W10-7, three times in one journey). Completing in the field instead (24085a6) made Enter
open the first folder instead of saving under the proposed name (walk 11, W11-1), so the
popup stays, and the keys work as Qt has them; only a press on a button of the dialog while
the list is open closes the list and clicks that button. The desktop's own dialogs (Windows,
macOS, GNOME and KDE portals) are not touched.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QCompleter, QFileDialog, QWidget

from adviser_desk.ui.common.window_shown import WindowShownFilter


class _ClickThrough(QObject):
    """On a completion list: a press outside it, on an enabled button of its dialog, hides
    the list and clicks the button (the completer would only hide the list)."""

    def __init__(self, dialog: QFileDialog, popup: QWidget) -> None:
        super().__init__(popup)
        self._dialog = dialog
        self._popup = popup

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.MouseButtonPress or not isinstance(event, QMouseEvent):
            return False
        where = event.globalPosition().toPoint()
        if self._popup.geometry().contains(where):
            return False  # a click in the list picks a completion, as before
        target = QApplication.widgetAt(where)
        if (
            not isinstance(target, QAbstractButton)
            or target.window() is not self._dialog
            or not target.isEnabled()
        ):
            return False  # the completer hides the list, as before
        self._popup.hide()
        QTimer.singleShot(0, target.click)  # once the list has let go of the mouse
        return True


class FileDialogClickThrough(WindowShownFilter):
    NAME = "file_dialog_click_through"

    def shown(self, window: QWidget) -> None:
        if not isinstance(window, QFileDialog):
            return
        for completer in window.findChildren(QCompleter):
            popup = completer.popup()  # made now if need be, with the completer's own filter
            if popup is None or popup.property(self.NAME):
                continue
            popup.setProperty(self.NAME, True)
            # Installed after the completer's filter, so it sees the press first.
            popup.installEventFilter(_ClickThrough(window, popup))


def install(app: QApplication) -> None:
    FileDialogClickThrough.install(app)
