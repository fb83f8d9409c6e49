"""A table whose one long-text column keeps room to be read, however narrow the table gets.

Qt's own mix (the other columns ResizeToContents, the long one Stretch) gives the long column
whatever the others leave: beside the case list at 2x on a 1920 x 1080 screen (960 x 540
logical pixels) that was about 20 pixels, and every task wrapped one cut word a line ("F… …
is …", walk 14, W14-3). Here the other columns take their contents' width while there is room;
when there is not, the widest of them give way first (their text wraps, down to their longest
word and their header), and the long column never gets less than a readable minimum: below
that the table scrolls sideways instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyleOptionViewItem, QTableView

# The long column's least width, in average character widths: a few words a line.
MINIMUM_CHARS = 24
# Rows measured for the other columns' widths (as QHeaderView's resize precision does).
MEASURED_ROWS = 200


def _give_way(wanted: list[int], floors: list[int], excess: int) -> list[int]:
    """Lowers the widest of ``wanted`` to one common cap until ``excess`` is freed, none
    below its floor (water-filling from the top)."""
    widths = list(wanted)
    while excess > 0:
        movable = [i for i, w in enumerate(widths) if w > floors[i]]
        if not movable:
            break
        top = max(widths[i] for i in movable)
        at_top = [i for i in movable if widths[i] == top]
        below = [widths[i] for i in movable if widths[i] < top]
        next_level = max([*below, *(floors[i] for i in at_top)])
        step = min(top - next_level, -(-excess // len(at_top)))
        for i in at_top:
            cut = min(step, widths[i] - floors[i], excess)
            widths[i] -= cut
            excess -= cut
    return widths


class StretchWithMinimum(QObject):
    """Sizes the columns of ``table`` on every resize and change of its rows (see module)."""

    def __init__(self, table: QTableView, stretch: int, chars: int = MINIMUM_CHARS) -> None:
        super().__init__(table)
        self.table = table
        self.stretch = stretch
        self.chars = chars
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.fit)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        table.viewport().installEventFilter(self)
        model = table.model()
        if model is not None:
            for signal in (
                model.modelReset,
                model.rowsInserted,
                model.rowsRemoved,
                model.dataChanged,
                model.layoutChanged,
            ):
                signal.connect(self._pending.start)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.fit()  # at once: what the tab shows first is already fitted
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._pending.start()
        return False

    def minimum(self) -> int:
        """The long column's least width: its header, and a few words a line."""
        chars = self.table.fontMetrics().averageCharWidth() * self.chars
        return max(chars, self.table.horizontalHeader().sectionSizeHint(self.stretch))

    def measure(self, column: int) -> tuple[int, int]:
        """The column's width for its texts on one line, and its least width: its header, and
        its longest word in a table that wraps. The cell's margins are asked of the delegate
        once; the texts are measured with font metrics (asking the delegate for every cell
        made opening a case with 500 tasks and 500 notes six times slower)."""
        header = self.table.horizontalHeader()
        one_line = floor = header.sectionSizeHint(column)
        model = self.table.model()
        if model is None:
            return one_line, floor
        grid = 1 if self.table.showGrid() else 0  # the grid line takes a pixel of the cell
        wraps = self.table.wordWrap()
        metrics: dict[str, QFontMetrics] = {}
        margin: int | None = None
        for row in range(min(model.rowCount(), MEASURED_ROWS)):
            if self.table.isRowHidden(row):
                continue
            index = model.index(row, column)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if not isinstance(text, str) or not text.strip():
                continue
            font = index.data(Qt.ItemDataRole.FontRole)  # overdue dates are bold
            font = font if isinstance(font, QFont) else self.table.font()
            fm = metrics.setdefault(font.key(), QFontMetrics(font))
            advance = fm.horizontalAdvance(text)
            if margin is None:
                margin = self._margin(index, advance) + grid
            one_line = max(one_line, margin + advance)
            if wraps:
                word = max(fm.horizontalAdvance(w) for w in text.split())
                floor = max(floor, margin + word)
            else:
                floor = max(floor, margin + advance)
        return one_line, min(floor, one_line)

    def _margin(self, index: QModelIndex, advance: int) -> int:
        """What a cell adds to its text's width: padding, and an icon if it has one."""
        option = QStyleOptionViewItem()
        option.initFrom(self.table)
        option.font = self.table.font()
        delegate = self.table.itemDelegateForIndex(index)
        if delegate is None:
            return 0
        return max(0, delegate.sizeHint(option, index).width() - advance)

    def fit(self) -> None:
        if not self.table.isVisible():
            return  # fitted when shown: a hidden tab costs nothing when its rows change
        columns = self.table.horizontalHeader().count()
        others = [
            c for c in range(columns) if c != self.stretch and not self.table.isColumnHidden(c)
        ]
        measured = [self.measure(c) for c in others]
        wanted = [m[0] for m in measured]
        room = self.table.viewport().width()
        least = self.minimum()
        excess = sum(wanted) + least - room
        widths = _give_way(wanted, [m[1] for m in measured], excess) if excess > 0 else wanted
        for column, width in zip(others, widths, strict=True):
            if self.table.columnWidth(column) != width:
                self.table.setColumnWidth(column, width)
        long_width = max(least, room - sum(widths))
        if self.table.columnWidth(self.stretch) != long_width:
            self.table.setColumnWidth(self.stretch, long_width)


def stretch_with_minimum(
    table: QTableView, stretch: int, chars: int = MINIMUM_CHARS
) -> StretchWithMinimum:
    """Call once the table has its model."""
    return StretchWithMinimum(table, stretch, chars)
