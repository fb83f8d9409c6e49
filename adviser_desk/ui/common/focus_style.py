"""Keyboard focus that shows in light and dark: a solid ring in the palette's highlight colour,
and check and radio boxes with an edge that stands out from the window.

Fusion (the style on Linux desktops without their own) draws the focus frame in the highlight
colour at about a third of its strength and the boxes' edges a shade darker than the window:
on a dark palette both all but vanish (walker: faint focus and radio buttons in dark mode). A
proxy style redraws only those primitives and leaves everything else to the platform's style.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QPlainTextEdit,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionFocusRect,
    QTextEdit,
    QWidget,
)

from adviser_desk.ui.common import theme

PE = QStyle.PrimitiveElement
CE = QStyle.ControlElement
State = QStyle.StateFlag
ROW_PADDING = 2  # logical pixels above and below the text of a list or table row


def _keyboard_focus(option: QStyleOption) -> bool:
    """Focused, and the adviser has used the keyboard to move focus in this window."""
    state = option.state
    return bool(state & State.State_HasFocus) and bool(state & State.State_KeyboardFocusChange)


def _edge(palette: QPalette) -> QColor:
    """A box's edge: text and window mixed half and half, about 3:1 against the window."""
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    return QColor(
        (text.red() + back.red()) // 2,
        (text.green() + back.green()) // 2,
        (text.blue() + back.blue()) // 2,
    )


def _ring_role(option: QStyleOption) -> QPalette.ColorRole:
    """The ring's colour: the highlight, except on a selected row of a list or table, which is
    painted in the highlight itself. There the ring vanished, so the focus in the People,
    Interviews and Evidence lists could not be seen (walk 11, W11-2); it takes the selected
    text's colour instead, as readable on the row as its text is."""
    if isinstance(option, QStyleOptionFocusRect) and option.state & State.State_Selected:
        return QPalette.ColorRole.HighlightedText
    return QPalette.ColorRole.Highlight


class FocusStyle(QProxyStyle):
    """The application's style with a visible focus ring and visible box edges."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == PE.PE_FrameFocusRect:
            # A row of a list or table is only as tall as its text: a thin ring on its very
            # edge, or it covers the descenders (walker F22: "gedeeld" cut at 150 %).
            self._focus_ring(
                option, painter, thin=isinstance(widget, QAbstractItemView), role=_ring_role(option)
            )
            return
        super().drawPrimitive(element, option, painter, widget)
        if element in (PE.PE_IndicatorCheckBox, PE.PE_IndicatorRadioButton) and theme.is_dark(
            option.palette
        ):
            self._edge(element, option, painter)

    def sizeFromContents(
        self,
        kind: QStyle.ContentsType,
        option: QStyleOption,
        size: QSize,
        widget: QWidget | None = None,
    ) -> QSize:
        size = super().sizeFromContents(kind, option, size, widget)  # type: ignore[arg-type]
        if kind == QStyle.ContentsType.CT_ItemViewItem:
            # Room above and below a row's text for the focus ring (and the descenders).
            size = size + QSize(0, 2 * ROW_PADDING)
        return size

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        # Fusion marks a focused button like the default one, and a focused tab not at all:
        # a ring inside tells which button or tab Space or the arrows act on.
        if element in (CE.CE_PushButton, CE.CE_TabBarTab) and _keyboard_focus(option):
            ring = QStyleOption(option)
            ring.rect = option.rect.adjusted(3, 3, -3, -3)
            self._focus_ring(ring, painter)
        # A multi-line field showed only its caret when Tab reached it, no frame (walk 7,
        # W7-6: the closing dialog's fields): its frame gets the ring, as a button does.
        if (
            element == CE.CE_ShapedFrame
            and isinstance(widget, QPlainTextEdit | QTextEdit)
            and _keyboard_focus(option)
        ):
            self._focus_ring(option, painter)

    @staticmethod
    def _focus_ring(
        option: QStyleOption,
        painter: QPainter,
        thin: bool = False,
        role: QPalette.ColorRole = QPalette.ColorRole.Highlight,
    ) -> None:
        if option.rect.width() < 4 or option.rect.height() < 4:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        width, inset = (1.0, 0.5) if thin else (2.0, 1.0)
        painter.setPen(QPen(option.palette.color(role), width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        box = QRectF(option.rect).adjusted(inset, inset, -inset, -inset)
        painter.drawRoundedRect(box, 2, 2)
        painter.restore()

    @staticmethod
    def _edge(element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(_edge(option.palette), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        box = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if element == PE.PE_IndicatorRadioButton:
            painter.drawEllipse(box)
        else:
            painter.drawRoundedRect(box, 1.5, 1.5)
        painter.restore()


_installed: list[FocusStyle] = []  # the one instance, kept alive with the application


def install(app: QApplication) -> None:
    """Wraps the application's style once (before the palette is set: a new style resets it)."""
    if not _installed:
        _installed.append(FocusStyle())
        app.setStyle(_installed[0])
