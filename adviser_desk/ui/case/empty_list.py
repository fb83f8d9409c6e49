"""A line in the middle of an empty list that says why it is empty (walk 7, W7-8: a search
that found nothing left a blank list with no hint)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel

from adviser_desk.ui.common import theme


class EmptyNote(QLabel):
    """Shown over the list's viewport while the list is empty and there is something to say."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view.viewport())
        self.setObjectName("empty_note")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        theme.set_role(self, "hint")
        self.hide()
        view.viewport().installEventFilter(self)

    def say(self, text: str) -> None:
        """Shows ``text`` (an empty text hides the note)."""
        self.setText(text)
        self._fit()
        self.setVisible(bool(text))

    def _fit(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect().adjusted(12, 12, -12, -12))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._fit()
        return False
