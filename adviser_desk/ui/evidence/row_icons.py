"""The evidence list's type icons, drawn from the palette in use (walk H, finding 11).

The style's standard icons are pictures of one colour: Fusion's film icon is near-black, which
on the dark scheme's rows was all but invisible (1.1:1). These are drawn as the row is painted,
in the palette's text colour, and in its highlighted-text colour on a selected row, so they read
in light and dark, selected or not, and follow a change of scheme at once (as theme.py's colours
do). A file waiting for the question about minors has the warning triangle in the signal colour
of the orange line that counts them; a record of an image deliberately not kept has a struck-out
page of its own (walk H, finding 10: both showed the same warning sign).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)

from adviser_desk.ui.common import theme

# Each glyph is drawn on a 24-unit square, scaled to most of the rectangle asked for (the rest
# is a margin, as the style's icons have: filling a 40-pixel row they looked heavy).
UNITS = 24.0
FILL = 0.8

Draw = Callable[[QPainter, QColor, QColor, bool], None]  # painter, ink, paper, selected


def _page(painter: QPainter, ink: QColor) -> None:
    """A sheet with a folded corner."""
    path = QPainterPath()
    path.moveTo(6, 3)
    path.lineTo(14, 3)
    path.lineTo(19, 8)
    path.lineTo(19, 21)
    path.lineTo(6, 21)
    path.closeSubpath()
    path.moveTo(14, 3)
    path.lineTo(14, 8)
    path.lineTo(19, 8)
    painter.setPen(_pen(ink))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)


def _pen(ink: QColor, width: float = 1.8) -> QPen:
    pen = QPen(ink, width)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def _file(painter: QPainter, ink: QColor, _paper: QColor, _selected: bool) -> None:
    _page(painter, ink)
    painter.drawLine(QPointF(9, 13), QPointF(16, 13))
    painter.drawLine(QPointF(9, 16.5), QPointF(16, 16.5))


def _video(painter: QPainter, ink: QColor, _paper: QColor, _selected: bool) -> None:
    """A film frame with a play triangle."""
    painter.setPen(_pen(ink))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(3, 5, 18, 14), 2.5, 2.5)
    triangle = QPainterPath()
    triangle.moveTo(10, 8.5)
    triangle.lineTo(16, 12)
    triangle.lineTo(10, 15.5)
    triangle.closeSubpath()
    painter.setBrush(ink)
    painter.drawPath(triangle)


def _audio(painter: QPainter, ink: QColor, _paper: QColor, _selected: bool) -> None:
    """A loudspeaker with two sound arcs."""
    speaker = QPainterPath()
    speaker.moveTo(4, 9.5)
    speaker.lineTo(8, 9.5)
    speaker.lineTo(12.5, 5.5)
    speaker.lineTo(12.5, 18.5)
    speaker.lineTo(8, 14.5)
    speaker.lineTo(4, 14.5)
    speaker.closeSubpath()
    painter.setPen(_pen(ink))
    painter.setBrush(ink)
    painter.drawPath(speaker)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for radius in (3.5, 7.0):
        arc = QRectF(12.5 - radius, 12 - radius, 2 * radius, 2 * radius)
        painter.drawArc(arc, -50 * 16, 100 * 16)


def _archive(painter: QPainter, ink: QColor, _paper: QColor, _selected: bool) -> None:
    """A folder."""
    path = QPainterPath()
    path.moveTo(3, 6)
    path.lineTo(9, 6)
    path.lineTo(11, 8.5)
    path.lineTo(21, 8.5)
    path.lineTo(21, 19)
    path.lineTo(3, 19)
    path.closeSubpath()
    painter.setPen(_pen(ink))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.drawLine(QPointF(3, 11), QPointF(21, 11))


def _link(painter: QPainter, ink: QColor, _paper: QColor, _selected: bool) -> None:
    """A globe: a web address (walk I, finding 2: its row had no sign at all)."""
    painter.setPen(_pen(ink, 1.6))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QRectF(3, 3, 18, 18))
    painter.drawEllipse(QRectF(8.5, 3, 7, 18))
    painter.drawLine(QPointF(3, 12), QPointF(21, 12))
    painter.drawLine(QPointF(4.8, 7.5), QPointF(19.2, 7.5))
    painter.drawLine(QPointF(4.8, 16.5), QPointF(19.2, 16.5))


def _message(painter: QPainter, ink: QColor, _paper: QColor, _selected: bool) -> None:
    """A speech bubble with two lines of text: a message."""
    bubble = QPainterPath()
    bubble.addRoundedRect(QRectF(3, 4, 18, 12.5), 3, 3)
    tail = QPainterPath()
    tail.moveTo(7, 16)
    tail.lineTo(6.5, 21)
    tail.lineTo(12, 16)
    painter.setPen(_pen(ink))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(bubble.united(tail))
    painter.drawLine(QPointF(7, 8.5), QPointF(17, 8.5))
    painter.drawLine(QPointF(7, 12), QPointF(14, 12))


def _contact(painter: QPainter, ink: QColor, _paper: QColor, _selected: bool) -> None:
    """Head and shoulders: contact details."""
    painter.setPen(_pen(ink))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QRectF(8.5, 3.5, 7, 7))
    shoulders = QPainterPath()
    shoulders.moveTo(4.5, 20.5)
    shoulders.cubicTo(4.5, 14, 8, 12.5, 12, 12.5)
    shoulders.cubicTo(16, 12.5, 19.5, 14, 19.5, 20.5)
    shoulders.closeSubpath()
    painter.drawPath(shoulders)


def _not_kept(painter: QPainter, ink: QColor, _paper: QColor, _selected: bool) -> None:
    """A page struck through: the record stays, the file is not kept."""
    _page(painter, ink)
    painter.setPen(_pen(ink, 2.2))
    painter.drawLine(QPointF(3.5, 20.5), QPointF(21, 3.5))


def _waiting(painter: QPainter, ink: QColor, paper: QColor, selected: bool) -> None:
    """The warning triangle in the orange line's colour (the selected row's text colour on a
    selected row, where orange on the highlight read poorly), with the mark in the row's
    background colour."""
    fill = ink if selected else theme.color("warning")
    triangle = QPainterPath()
    triangle.moveTo(12, 2.5)
    triangle.lineTo(22, 20.5)
    triangle.lineTo(2, 20.5)
    triangle.closeSubpath()
    painter.setPen(_pen(fill, 1.5))
    painter.setBrush(fill)
    painter.drawPath(triangle)
    painter.setPen(_pen(paper, 2.4))
    painter.drawLine(QPointF(12, 8.5), QPointF(12, 13.5))
    painter.drawPoint(QPointF(12, 17))


class _Engine(QIconEngine):
    """Paints a glyph in the palette's colours each time it is asked for."""

    def __init__(self, draw: Draw) -> None:
        super().__init__()
        self._draw = draw

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        palette = QGuiApplication.palette()
        roles = QPalette.ColorRole
        selected = mode == QIcon.Mode.Selected
        group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else None
        if selected:
            ink, paper = palette.color(roles.HighlightedText), palette.color(roles.Highlight)
        elif group is not None:
            ink, paper = palette.color(group, roles.Text), palette.color(roles.Base)
        else:
            ink, paper = palette.color(roles.Text), palette.color(roles.Base)
        side = min(rect.width(), rect.height()) * FILL
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(
            rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2
        )
        painter.scale(side / UNITS, side / UNITS)
        self._draw(painter, ink, paper, selected)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        copy = _Engine(self._draw)
        _engines.append(copy)  # Qt owns it; the Python side must not collect it under Qt
        return copy


_GLYPHS: dict[str, Draw] = {
    "file": _file,
    "video": _video,
    "audio": _audio,
    "archive": _archive,
    "link": _link,
    "message": _message,
    "contact": _contact,
    "not_kept": _not_kept,
    "waiting": _waiting,
}
_made: dict[str, QIcon] = {}
_engines: list[_Engine] = []


def icon(name: str) -> QIcon:
    """The icon ``name`` (file, video, audio, archive, link, message, contact, not_kept,
    waiting)."""
    if name not in _made:
        engine = _Engine(_GLYPHS[name])
        _engines.append(engine)
        _made[name] = QIcon(engine)
    return _made[name]
