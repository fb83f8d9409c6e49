"""The transient "… Undo" line of the case view, after marking a task done or removing a
person, with Ctrl+Z. It also carries a sentence that stays until the adviser acts on it or
closes it (files put off with Later, walk I, finding 4: said for 12 seconds, it was gone by
the time the adviser looked, and the Overview then showed no sign that files wait)."""

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
        # Closes a sentence that stays (tell_until_closed); no letter, as Undo has none.
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("close_message")
        self.close_button.setToolTip(self.tr("Close this message"))
        mnemonics.none_for(self.close_button)
        self.close_button.clicked.connect(self.close_kept)
        self.close_button.hide()
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
        row.addWidget(self.close_button)
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
        self._kept = ""  # the sentence that stays until acted on or closed
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.forget)

    def offer(self, message: str, undo: Callable[[], object]) -> None:
        """``undo`` may return a sentence saying what it undid: the bar then shows it for a
        while, without the button (walk 13, W13-5: Undo of a reopening said nothing)."""
        self._undo = undo
        self.message.setText(self._with_kept(message))
        self.button.show()
        self.close_button.hide()
        self.show()
        self.action.setEnabled(True)
        self._timer.start(OFFERED_MS)

    def offers(self, undo: Callable[[], object]) -> bool:
        """``undo`` is what the bar offers now."""
        return self._undo is undo

    @Slot()
    def forget(self) -> None:
        """Nothing offered any more; a sentence that stays is shown again, else the bar hides."""
        self._undo = None
        self._timer.stop()
        self.action.setEnabled(False)
        if self._kept:
            self.message.setText(self._kept)
            self.button.hide()
            self.close_button.show()
            self.show()
        else:
            self.hide()

    def leave(self) -> None:
        """Another case, or none: nothing offered, and the bar back to its one-line place."""
        self._kept = ""
        self.forget()
        self.message.clear()
        self.close_button.hide()
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
        self.message.setText(self._with_kept(said))
        self.button.hide()
        self.close_button.setVisible(bool(self._kept))
        self.show()
        self._timer.start(shown_ms)

    def _with_kept(self, text: str) -> str:
        """``text`` under the sentence that stays, if there is one."""
        return f"{self._kept}\n{text}" if self._kept and text != self._kept else text

    @Slot(str)
    def tell(self, said: str) -> None:
        """A short word on the bar (Save with nothing to save); an Undo on offer stays offered,
        with the word on a line above its sentence."""
        if self._undo is None:
            self._tell(said, NOTHING_MS)
        elif not self.message.text().startswith(said):
            self.message.setText(f"{said}\n{self.message.text()}")

    @Slot(str)
    def tell_until_closed(self, said: str) -> None:
        """A sentence that stays on the bar, above what an Undo offers or did, until it is
        withdrawn (no longer true), closed with Close, or another case is shown."""
        if self._kept and self.message.text().startswith(f"{self._kept}\n"):
            self.message.setText(self.message.text().removeprefix(f"{self._kept}\n"))
        self._kept = said
        if self._undo is None:
            self.forget()  # shows it, with Close
        elif not self.message.text().startswith(said):
            self.message.setText(f"{said}\n{self.message.text()}")

    @Slot()
    def close_kept(self) -> None:
        """Close: the sentence that stays goes; an Undo on offer stays offered."""
        self.withdraw(self._kept)

    @Slot(str)
    def withdraw(self, said: str) -> None:
        """``said`` is no longer true: gone from the bar (an Undo on offer stays)."""
        if said and said == self._kept:
            self._kept = ""
            self.close_button.hide()
        text = self.message.text()
        if self._undo is None and (text == said or text.startswith(f"{said}\n")):
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
