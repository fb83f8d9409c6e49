"""A label of a fixed number of lines: a longer text is cut at the end of its last line with "…",
and the whole text is in its tooltip and its accessible description (walk K, finding 24: the
case view's Undo message took four lines, the tabs above it shrank, and the Overview's Save
buttons jumped up under a pointer aimed at them)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent, QTextLayout
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

ELLIPSIS = "…"


class ElidedLabel(QLabel):
    """Always ``lines`` lines high, whatever its text; never wider than its place. ``text()``
    gives the whole text, the label shows what fits."""

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = lines
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._fix_height()

    def text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:
        self._full = text
        self.setAccessibleDescription(text)
        self._fit()

    def clear(self) -> None:
        self.setText("")

    def shown_text(self) -> str:
        """What the label shows: the text, or as much of it as fits, ending in "…"."""
        return super().text()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fix_height()
            self._fit()

    def _fix_height(self) -> None:
        margins = self.contentsMargins()
        spacing = QFontMetrics(self.font()).lineSpacing()
        self.setFixedHeight(self._lines * spacing + margins.top() + margins.bottom())

    def _fit(self) -> None:
        shown, cut = fit(self._full, self, self.contentsRect().width(), self._lines)
        super().setText(shown)
        # The whole text on hovering, when some of it is hidden.
        self.setToolTip(self._full if cut else "")


def fit(text: str, label: QLabel, width: int, lines: int) -> tuple[str, bool]:
    """``text`` broken into lines at ``width`` as the label's font breaks them (its own line
    breaks kept), and whether some was cut: beyond ``lines`` lines, the last one shown ends
    in "…"."""
    if width <= 0 or not text:
        return text, False
    broken: list[str] = []  # the lines, each as it is shown
    starts: list[tuple[int, int]] = []  # (paragraph, offset) where each line starts
    paragraphs = text.split("\n")
    for number, paragraph in enumerate(paragraphs):
        layout = QTextLayout(paragraph, label.font(), label)
        layout.beginLayout()
        made = len(broken)
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            start, length = line.textStart(), line.textLength()
            broken.append(paragraph[start : start + length].rstrip())
            starts.append((number, start))
        layout.endLayout()
        if len(broken) == made:  # an empty paragraph is an empty line
            broken.append("")
            starts.append((number, 0))
    if len(broken) <= lines:
        return "\n".join(broken), False
    number, start = starts[lines - 1]
    rest = " ".join([paragraphs[number][start:], *paragraphs[number + 1 :]])
    last = label.fontMetrics().elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return "\n".join([*broken[: lines - 1], last]), True
