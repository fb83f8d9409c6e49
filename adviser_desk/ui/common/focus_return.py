"""After a dialog closes, the focus is back where the adviser was, and shows.

Qt hands the focus back to the widget that had it in the window below, but the focus ring
shows only after the keyboard moved the focus in that window: an adviser who clicked "New
case…" and closed the dialog with Escape found no focus anywhere on screen (re-walk). So when
a dialog is closed from the keyboard, the window below shows its focus; and when the widget
that had the focus is gone (hidden, disabled, on a page no longer shown), the widget that
opened the dialog, or else the window's first field, gets it.

Walk 9 (W9-1): the recovery sheet closed with Alt+I and Alt+D left the focus on "New case…"
without its ring: a key that works as a shortcut (a mnemonic) never arrives as a key press,
only as a shortcut override, so the sheet counted as closed by mouse. And the backup's message
box, after File > Make backup… chosen from the keyboard, left no focus at all: the menu bar had
taken the focus while its menu was open, no usable widget held it when the box closed, and
the window's first field (the outer tabs) got it; the widget that had it before is now
remembered per window.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from adviser_desk.ui.common.focus_show import show_focus

_NAME = "focus_return"
# Input to a dialog: a key that a shortcut takes (Alt+D) comes as a shortcut override only.
_INPUT = (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.MouseButtonPress)


def _usable(widget: QWidget | None) -> bool:
    return (
        widget is not None
        and shiboken6.isValid(widget)
        and widget.isVisible()
        and widget.isEnabled()
        and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
    )


def _instead(
    opener: QWidget | None, below: QWidget | None, before: QWidget | None = None
) -> QWidget | None:
    """Where the focus goes when no widget has it, or the one that had it is gone: the window's
    own focus widget, where Qt puts the focus back once the window is active again (the
    dialog's caller may have moved it there, as to a case just created: walk 7, W7-6, it went
    back to the button that opened the dialog), else the widget that opened the dialog, else
    the last widget that had the focus in that window (``before``: not the menu bar), else
    the window's first field."""
    visible = below is not None and shiboken6.isValid(below) and below.isVisible()
    if visible and below is not None and _usable(below.focusWidget()):
        return below.focusWidget()
    if opener is not None and _usable(opener):
        return opener
    if visible and before is not None and _usable(before) and before.window() is below:
        return before
    if below is None or not visible:
        return None
    focus = below.focusWidget()
    if focus is None or not _usable(focus):
        below.focusNextChild()
        focus = below.focusWidget()
    return focus if focus is not None and _usable(focus) else None


def _key(widget: QWidget) -> int:
    """The widget's address: the same for every Python wrapper of it (a message box made by
    Qt gets a new wrapper each time it is asked for)."""
    return int(shiboken6.getCppPointer(widget)[0])


class FocusReturn(QObject):
    """Application-wide: remembers who opened each dialog and whether the keyboard closed it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Per open dialog: the widget that had the focus when it opened, and whether the
        # last input to the dialog came from the keyboard.
        self._opened: dict[int, tuple[QWidget | None, bool]] = {}
        # Per window: the last usable widget that had the focus in it.
        self._last: dict[int, QWidget] = {}

    def focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and _usable(new):
            self._last[_key(new.window())] = new
            if len(self._last) > 32:  # windows come and go: forget those gone
                self._last = {k: w for k, w in self._last.items() if shiboken6.isValid(w)}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT:
            if isinstance(watched, QWidget):
                key = _key(watched.window())
                if key in self._opened:
                    opener, _ = self._opened[key]
                    self._opened[key] = (opener, kind != QEvent.Type.MouseButtonPress)
        elif (
            kind in (QEvent.Type.Show, QEvent.Type.Hide)
            and isinstance(watched, QDialog)
            and watched.isWindow()
        ):
            key = _key(watched)
            if kind == QEvent.Type.Show:
                self._opened[key] = (QApplication.focusWidget(), False)
            elif kind == QEvent.Type.Hide and key in self._opened:
                opener, by_key = self._opened.pop(key)
                parent = watched.parentWidget()
                below = parent.window() if parent is not None else None
                before = self._last.get(_key(below)) if below is not None else None
                QTimer.singleShot(0, self, lambda: self._back(opener, below, by_key, before))
        return False

    @staticmethod
    def _back(
        opener: QWidget | None, below: QWidget | None, by_key: bool, before: QWidget | None
    ) -> None:
        focus = QApplication.focusWidget()
        if focus is not None and isinstance(focus.window(), QDialog) and focus.isVisible():
            return  # another dialog is open: it has the focus
        if focus is None or not _usable(focus):
            focus = _instead(opener, below, before)
            if focus is None:
                return
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        if by_key:
            # The adviser is on the keyboard: the window shows where the focus is, as it
            # does after Tab (a click in the window hides the ring again); once it is active
            # again, if it is not yet (Qt turns the ring off on activation).
            show_focus(focus)


def install(app: QApplication) -> None:
    if app.findChild(FocusReturn, _NAME) is None:
        keeper = FocusReturn(app)
        keeper.setObjectName(_NAME)
        app.installEventFilter(keeper)
        app.focusChanged.connect(keeper.focus_changed)
