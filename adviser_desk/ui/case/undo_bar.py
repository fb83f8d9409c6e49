"""The transient "… Undo" line of the case view, after marking a task done or removing a
person, with Ctrl+Z."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from adviser_desk.ui.common import mnemonics
from adviser_desk.ui.common.errors import known_errors

# How long Undo is offered, how long the bar then says what it undid, and how long it says
# there is nothing to undo.
OFFERED_MS = 20_000
TOLD_MS = 12_000
NOTHING_MS = 5_000


class UndoBar(QWidget):
    """Offers to undo the last step for 20 seconds; emits ``undone`` once it is undone."""

    undone = Signal()

    def __init__(self, parent: QWidget, says_nothing: bool = False) -> None:
        """``says_nothing``: Ctrl+Z with nothing to undo says so on the bar (a parent with
        one bar only: a second bar's Ctrl+Z would make the key ambiguous)."""
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
        # Ctrl+Z while Undo is off: the key said nothing at all, as if it had not been
        # pressed (walk 17, W17-2). Enabled exactly while Undo is not, so only one of the two
        # has the key at a time.
        self.nothing = QAction(self.tr("Nothing to undo"), parent)
        self.nothing.setShortcut(QKeySequence.StandardKey.Undo)
        self.nothing.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.nothing.setEnabled(says_nothing)
        self.nothing.triggered.connect(self._say_nothing)
        if says_nothing:
            parent.addAction(self.nothing)
            self.action.enabledChanged.connect(self._undo_enabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.message, 1)
        row.addWidget(self.button)
        # The bar keeps its place while hidden, so nothing moves when it comes or goes: its
        # 20 or 12 seconds ran out as the adviser clicked Save (Ctrl+S) below the Overview,
        # the buttons moved down under the pointer, and the click was lost (walk 17, W17-3).
        # Its text stays when it hides, so it keeps the height it had; a new offer or
        # another case changes that.
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
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

    def leave(self) -> None:
        """Another case, or none: nothing offered, and the bar back to its one-line place."""
        self.forget()
        self.message.clear()
        self.button.show()  # its height is the bar's (the bar itself stays hidden)

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

    def _tell(self, said: str, shown_ms: int = TOLD_MS) -> None:
        """What the undo did, shown where the offer was; nothing left to undo."""
        self.message.setText(said)
        self.button.hide()
        self.show()
        self._timer.start(shown_ms)

    @Slot(str)
    def tell(self, said: str) -> None:
        """A short word on the bar (Save with nothing to save); an Undo on offer stays offered,
        with the word on a line above its sentence."""
        if self._undo is None:
            self._tell(said, NOTHING_MS)
        elif not self.message.text().startswith(said):
            self.message.setText(f"{said}\n{self.message.text()}")

    @Slot(str)
    def tell_longer(self, said: str) -> None:
        """As ``tell``, for a sentence to read rather than a word (shown as long as what an
        undo did)."""
        if self._undo is None:
            self._tell(said)
        elif not self.message.text().startswith(said):
            self.message.setText(f"{said}\n{self.message.text()}")

    @Slot(str)
    def withdraw(self, said: str) -> None:
        """``said`` is no longer true: gone from the bar (an Undo on offer stays)."""
        text = self.message.text()
        if self._undo is None and text == said:
            self.forget()
        elif self._undo is not None and text.startswith(f"{said}\n"):
            self.message.setText(text.removeprefix(f"{said}\n"))

    @Slot(bool)
    def _undo_enabled(self, enabled: bool) -> None:
        self.nothing.setEnabled(not enabled)

    @Slot()
    def _say_nothing(self) -> None:
        if self._undo is None:
            self._tell(self.tr("Nothing to undo."), NOTHING_MS)
