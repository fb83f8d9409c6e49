"""The transient "… Undo" line of the case view, after marking a task done or removing a
person, with Ctrl+Z."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from adviser_desk.ui.common import mnemonics
from adviser_desk.ui.common.errors import known_errors

# How long Undo is offered, and how long the bar then says what it undid.
OFFERED_MS = 20_000
TOLD_MS = 12_000


class UndoBar(QWidget):
    """Offers to undo the last step for 20 seconds; emits ``undone`` once it is undone."""

    undone = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("undo_bar")
        self.message = QLabel(self)
        self.message.setWordWrap(True)  # a long task title must not widen the window
        # Ctrl+Z is its key, named on the button, and it takes no Alt letter: it comes and goes
        # apart from the window's other texts, so a letter was not reliably its own (walk 8,
        # W8-1: in the interview Alt+O went to "N&otitie"), and beside a case's tabs none was
        # left for it (walk 9, W9-5: the main window's bar named neither, the interview's did).
        self.button = QPushButton(self.tr("Undo (Ctrl+Z)"), self)
        self.button.setObjectName("undo")
        self.button.setToolTip(self.tr("Undo this (Ctrl+Z)"))
        mnemonics.none_for(self.button)
        self.button.clicked.connect(self.undo)
        # Ctrl+Z anywhere in the parent (a text field being edited keeps its own undo).
        self.action = QAction(self.tr("Undo"), parent)
        self.action.setShortcut(QKeySequence.StandardKey.Undo)
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.setEnabled(False)
        self.action.triggered.connect(self.undo)
        parent.addAction(self.action)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.message, 1)
        row.addWidget(self.button)
        self.hide()
        self._undo: Callable[[], object] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.forget)

    def offer(self, message: str, undo: Callable[[], object]) -> None:
        """``undo`` may return a sentence saying what it undid: the bar then shows it for a
        while, without the button (walk 13, W13-5: Undo of a reopening said nothing)."""
        self._undo = undo
        self.message.setText(message)
        self.button.show()
        self.show()
        self.action.setEnabled(True)
        self._timer.start(OFFERED_MS)

    def offers(self, undo: Callable[[], object]) -> bool:
        """``undo`` is what the bar offers now."""
        return self._undo is undo

    @Slot()
    def forget(self) -> None:
        self._undo = None
        self._timer.stop()
        self.hide()
        self.action.setEnabled(False)

    @Slot()
    def undo(self) -> None:
        action, self._undo = self._undo, None
        self.forget()
        if action is None:
            return
        with known_errors(self.parentWidget(), self.tr("Not undone")) as attempt:
            said = action()
        if attempt.failed:
            return
        if isinstance(said, str) and said:
            self._tell(said)
        self.undone.emit()

    def _tell(self, said: str) -> None:
        """What the undo did, shown where the offer was; nothing left to undo."""
        self.message.setText(said)
        self.button.hide()
        self.show()
        self._timer.start(TOLD_MS)
