"""The field that gets the keyboard focus is scrolled into view, in every scroll area around it.

Qt's QScrollArea scrolls to the focus only when Tab moves it there. A field reached by its
Alt letter, or given the focus by the program, stayed scrolled out of sight: at 1.5x a case's
Overview is two screens tall, and after a Tab walk down to Retention, Alt+U put the focus on
Status with no ring anywhere on screen; Alt+Down opened its list at the screen's top edge and
the case was set to Closed blind (walk L, finding 11). The same held for the scrolling forms
and windows (ui/common/fit.ScrollingArea), the main window's page among them.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

_NAME = "focus_scroll"

# A click gives the focus where the pointer is (scrolling then would move the field away
# under it); the window becoming active again, or a popup or menu closing, gives it back to
# a field the adviser may have scrolled away from on purpose.
_MOVED = (
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
    Qt.FocusReason.OtherFocusReason,
)


def bring_into_view(widget: QWidget) -> None:
    """Scrolls each scroll area holding ``widget`` so it shows, the innermost first (an
    outer area measures where the inner one has put it)."""
    if not shiboken6.isValid(widget) or not widget.isVisible():
        return
    area = widget.parentWidget()
    while area is not None and not area.isWindow():
        content = area.widget() if isinstance(area, QScrollArea) else None
        if isinstance(area, QScrollArea) and content is not None and content.isAncestorOf(widget):
            area.ensureWidgetVisible(widget)
        area = area.parentWidget()


class FocusScroll(QObject):
    """Application-wide: a focus moved by the keyboard or the program brings its field into
    view, now and once more after the layouts pending at that moment are done (a tab just
    shown may still be laid out)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.FocusIn
            and isinstance(event, QFocusEvent)
            and event.reason() in _MOVED
            and isinstance(watched, QWidget)
        ):
            bring_into_view(watched)
            QTimer.singleShot(0, watched, lambda: _again(watched))
        elif event.type() == QEvent.Type.Shortcut and isinstance(watched, QWidget):
            # A letter (a label's, a section's) whose field has the focus already moves no
            # focus: the adviser scrolled away from it and pressed its letter to get back.
            QTimer.singleShot(0, self, _focus_again)
        return False


def _again(widget: QWidget) -> None:
    if shiboken6.isValid(widget) and widget.hasFocus():
        bring_into_view(widget)


def _focus_again() -> None:
    focus = QApplication.focusWidget()
    if focus is not None:
        bring_into_view(focus)


def install(app: QApplication) -> None:
    if app.findChild(FocusScroll, _NAME) is None:
        keeper = FocusScroll(app)
        keeper.setObjectName(_NAME)
        app.installEventFilter(keeper)
