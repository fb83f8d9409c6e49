"""The mouse wheel scrolls the page under the pointer; it never changes a choice, number or
date the adviser has not clicked or tabbed into.

Qt's combo boxes, spin boxes and date fields take the wheel (and the focus) as soon as the
pointer passes over them, so scrolling down a long form such as a case's Overview silently
changed a field on the way: the victim's contact person became the distributor (walker F5).
Installed application-wide, so every form behaves alike."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

# Widgets whose value a wheel turn changes.
VALUE_FIELDS = (QComboBox, QAbstractSpinBox)


def _bar_to_scroll(field: QWidget, event: QWheelEvent) -> QScrollBar | None:
    """The scroll bar of the nearest enclosing scrolling page that can move this way."""
    delta = event.angleDelta()
    horizontal = abs(delta.x()) > abs(delta.y())
    parent = field.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            bar = parent.horizontalScrollBar() if horizontal else parent.verticalScrollBar()
            if bar.maximum() > bar.minimum():
                return bar
        parent = parent.parentWidget()
    return None


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, VALUE_FIELDS):
            return False
        if event.type() == QEvent.Type.Polish:
            # Focus comes by click or Tab only, never by the wheel passing over.
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif event.type() == QEvent.Type.Wheel and not watched.hasFocus():
            assert isinstance(event, QWheelEvent)
            bar = _bar_to_scroll(watched, event)
            if bar is not None:
                QCoreApplication.sendEvent(bar, event.clone())
            return True  # the field keeps its value
        return False


def install(app: QApplication) -> None:
    guard = WheelGuard(app)
    guard.setObjectName("wheel_guard")
    app.installEventFilter(guard)
