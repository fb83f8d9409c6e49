"""Tables whose text can be read: cut-off cells show their whole text as a tooltip, and a
column's width can be taken from a few known texts instead of from every row.

Long Dutch texts at 150 % still meet a narrow column now and then (a case title in the list
beside the case, a long description); the adviser then hovers to read the rest instead of
widening columns one by one.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
)


def needed_width(view: QAbstractItemView, row: int, column: int) -> int:
    """The width a cell needs to show its text whole on one line (icon and margins included)."""
    model = view.model()
    if model is None:
        return 0
    index = model.index(row, column)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = view.font()
    icon = view.iconSize()
    option.decorationSize = icon if icon.isValid() else QSize(16, 16)
    option.textElideMode = Qt.TextElideMode.ElideNone
    option.features = QStyleOptionViewItem.ViewItemFeature.None_
    delegate = view.itemDelegateForIndex(index)
    return delegate.sizeHint(option, index).width() if delegate is not None else 0


def is_cut_off(view: QTableView, row: int, column: int) -> bool:
    """Whether the cell shows less than its text: wider than its column on one line; in a
    table that wraps, a word wider than the column, or more lines than a fixed row holds."""
    model = view.model()
    index = model.index(row, column) if model is not None else None
    text = index.data(Qt.ItemDataRole.DisplayRole) if index is not None else None
    if index is None or not isinstance(text, str) or not text:
        return False
    needed, width = needed_width(view, row, column), view.columnWidth(column)
    if not view.wordWrap():
        return needed > width
    font = index.data(Qt.ItemDataRole.FontRole)
    metrics = QFontMetrics(font if isinstance(font, QFont) else view.font())
    room = max(1, width - (needed - metrics.horizontalAdvance(text)))  # less icon and margins
    if max(metrics.horizontalAdvance(word) for word in text.split()) > room:
        return True  # one word does not wrap
    if view.verticalHeader().sectionResizeMode(row) == QHeaderView.ResizeMode.ResizeToContents:
        return False  # rows grow to their wrapped text
    lines = metrics.boundingRect(QRect(0, 0, room, 10**6), Qt.TextFlag.TextWordWrap, text)
    return lines.height() > view.rowHeight(row) - 2


class CutOffTips(QObject):
    """Shows a cut-off cell's whole text as its tooltip, above the cell's own tooltip."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        index = self.view.indexAt(event.pos())
        if not index.isValid():
            return False
        own = index.data(Qt.ItemDataRole.ToolTipRole)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not (
            isinstance(text, str) and text and is_cut_off(self.view, index.row(), index.column())
        ):
            return False  # the model's own tooltip, if any, as usual
        if isinstance(own, str) and own and text not in own:
            text = f"{text}\n{own}"  # the whole text first, then what the cell says about it
        elif isinstance(own, str) and own:
            text = own
        QToolTip.showText(event.globalPos(), text, self.view.viewport())
        return True


def tips_for_cut_off(view: QTableView) -> CutOffTips:
    return CutOffTips(view)


def width_for(view: QTableView, texts: Iterable[str], minimum: int = 0) -> int:
    """A column width that shows each of ``texts`` whole (with the view's cell margins),
    measured once from the texts instead of from every row."""
    metrics = view.fontMetrics()
    margin = 2 * view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin) + 8
    return max([minimum, *(metrics.horizontalAdvance(text) + margin for text in texts)])
