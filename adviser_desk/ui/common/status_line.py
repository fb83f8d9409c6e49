"""A tab's status line: the outcome of the latest action, such as where a file went."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class StatusLine(QLabel):
    """Wraps, and never makes its tab wider: as a plain label, 'Exported to <folder>' after a
    police export to a stick with a long folder name made the case view wider than the
    window, which then scrolled sideways with the evidence list cut off at the right
    (issue 11). A word longer than the line (a path without spaces) is shown in full in the
    tooltip."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("status_line")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        self.setSizePolicy(policy)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def clear(self) -> None:
        super().clear()
        self.setToolTip("")
