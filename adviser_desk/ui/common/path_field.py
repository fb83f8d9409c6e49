"""A field holding a file's path, that shows both ends of a long path.

A line edit shows the end of a text too long for it, so "/home/marieke/Documents/Adviser
Desk/Case files.adcase" lost its start, which says where the file goes (walk 10, W10-8:
"valk10home/Documents/…" at 1.5x). Not being edited, the field shows the path cut in the
middle with "…", and its tooltip has the whole path; while it has the focus, it is an ordinary
field, to edit the whole path.

It asks for the width of the whole path, up to most of the screen, so its dialog opens (and,
after Browse, grows) wide enough to show it whole: "/tmp/walkC-home/Docum…ser Desk/
Zaken.adcase" was cut in the middle with room on the screen to spare (walk 16, W16-3).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame, QWidget

from adviser_desk.ui.common import fit

_MARGIN = 2  # QLineEdit's own horizontal text margin inside its contents rectangle
# The most of the screen's free width a path asks for; a longer one is cut in the middle.
_SCREEN_SHARE = 0.6


class PathField(QLineEdit):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.textChanged.connect(self.setToolTip)
        self.textChanged.connect(self._widen)
        self.setToolTip(text)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        frame = self.width() - self._text_rect().width() if self.isVisible() else 16
        wanted = self.fontMetrics().horizontalAdvance(self.text()) + frame + 2 * _MARGIN
        area = fit.available(self)
        if area is not None:
            wanted = min(wanted, int(area.width() * _SCREEN_SHARE))
        return QSize(max(hint.width(), wanted), hint.height())

    def _widen(self) -> None:
        """A longer path (after Browse) widens the window, when the screen has room."""
        self.updateGeometry()
        window = self.window()
        if window.isVisible() and self.sizeHint().width() > self.width():
            wanted = window.width() + self.sizeHint().width() - self.width()
            window.resize(max(window.width(), wanted), window.height())
            fit.keep_on_screen(window)

    def elided_text(self) -> str:
        """What the field shows while not edited: the path, cut in the middle if too long."""
        width = self._text_rect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle, width)

    def _text_rect(self) -> QRect:
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        rect = self.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, self)
        return rect.marginsRemoved(self.textMargins()).adjusted(_MARGIN, 0, -_MARGIN, 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        shown = self.elided_text()
        if self.hasFocus() or shown == self.text():
            super().paintEvent(event)
            return
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        painter = QPainter(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelLineEdit, option, painter, self)
        group = QPalette.ColorGroup.Active if self.isEnabled() else QPalette.ColorGroup.Disabled
        painter.setPen(self.palette().color(group, QPalette.ColorRole.Text))
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(self._text_rect(), int(flags), shown)
        painter.end()
