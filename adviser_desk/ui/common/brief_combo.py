"""A filter combo box whose closed box leaves out the explanation in brackets."""

from __future__ import annotations

from PySide6.QtCore import QSize, Slot
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QWidget


def brief(text: str) -> str:
    """An entry without its explanation in brackets: "Manipulated images" for "Manipulated
    images (photoshop, deepfake)"."""
    head, bracket, _ = text.partition(" (")
    return head if bracket and head else text


class BriefCombo(QComboBox):
    """Shows the chosen entry without its explanation in brackets and is as wide as the
    longest entry so shortened: the open list and the tooltip give the whole entry.

    Sized for its "All ..." entry, the case list's incident filter cut "Ongewenste sexting /
    exposing (shame sexting, wraakporno)" off to "Ongewenste sexting / exposing (sha" at
    150 % (walk 7, W7-9); sized for the whole entry, it would push the filters past a 1280
    pixel window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentIndexChanged.connect(self._tell_whole)

    def initStyleOption(self, option: QStyleOptionComboBox) -> None:
        super().initStyleOption(option)
        option.currentText = brief(option.currentText)  # what the closed box paints

    @Slot()
    def _tell_whole(self) -> None:
        text = self.currentText()
        self.setToolTip(text if brief(text) != text else "")

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        texts = [brief(self.itemText(i)) for i in range(self.count())]
        width = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        # The text's height as QComboBox takes it; the style adds the frame and the arrow.
        contents = QSize(width, max(metrics.height(), 14) + 2)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return self.style().sizeFromContents(
            QStyle.ContentsType.CT_ComboBox, option, contents, self
        )

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()
