"""The "… Undo" line of the case view, after closing or reopening a case, marking a task done or
removing a person, with Ctrl+Z; and of the interview window, after the lock added a note.

The case view's offer is in the window's Edit menu (ui/shell/undo_menu.py), named, and lasts
until that case changes again or the file is locked or closed, also while another case is
shown (walk J, finding 11: it lasted 20 seconds and was in no menu). Its line goes after a
while; the menu keeps the offer. The line's time does not run while a question is open (the
question about minors after a reopening used it up).

Files that wait for the question about minors are said on a line of their own, built from the
case (ui/case/waiting_line.py; walk K, finding 11: said here after Later, the sentence went
with another case)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QWidget

from adviser_desk.ui.common import mnemonics
from adviser_desk.ui.common.elided_label import ElidedLabel
from adviser_desk.ui.common.errors import known_errors

# How long the line offers Undo, how long it then says what it undid, and how long it says
# there is nothing to undo: time with no question (modal dialog) open.
OFFERED_MS = 20_000
TOLD_MS = 12_000
NOTHING_MS = 5_000
TICK_MS = 100
MESSAGE_LINES = 2  # the case view's


class UndoBar(QWidget):
    """Offers to undo the last step; emits ``undone`` once it is undone. ``action`` is the
    Undo, enabled while one is offered, its text naming what it undoes."""

    undone = Signal()

    def __init__(
        self,
        parent: QWidget,
        case_of: Callable[[], int | None] | None = None,
        lines: int | None = None,
    ) -> None:
        """``case_of`` (the case view's: the case it shows): the window's Edit menu holds the
        Undo and Ctrl+Z (ui/shell/undo_menu.py) and the offer lasts until that case changes
        (:meth:`end_offer`); otherwise Ctrl+Z anywhere in ``parent`` undoes while the line
        offers it. ``lines``: the bar is that many lines high whatever it says, a longer
        message cut (the case view's, above its Save buttons); None: as high as its text."""
        super().__init__(parent)
        self.setObjectName("undo_bar")
        self.case_of = case_of
        self.in_menu = case_of is not None
        # In the case view two lines at most, the rest cut with "…" and whole in the tooltip:
        # four lines of an Undo's message made the tabs above shrink and the Overview's Save
        # jump up under the pointer (walk K, finding 24). At the top of an interview window it
        # moves nothing below a pointer, so it says all. Never wider than its place.
        self.lines = lines
        self.message = ElidedLabel(lines, self) if lines else QLabel(self)
        self.message.setWordWrap(not lines)  # a long task title must not widen the window
        self.message.setObjectName("undo_message")
        # Ctrl+Z is its key, named on the button, and it takes no Alt letter: it comes and goes
        # apart from the window's other texts, so a letter was not reliably its own (walk 8,
        # W8-1: in the interview Alt+O went to "N&otitie"), and beside a case's tabs none was
        # left for it (walk 9, W9-5: the main window's bar named neither, the interview's did).
        self.button = QPushButton(self.tr("Undo (Ctrl+Z)"), self)
        self.button.setObjectName("undo")
        self.button.setToolTip(self.tr("Undo this (Ctrl+Z)"))
        mnemonics.none_for(self.button)
        self.button.clicked.connect(self.undo)
        self.action = QAction(self._plain(), parent)
        self.action.setEnabled(False)
        self.action.triggered.connect(self.undo)
        if not self.in_menu:
            # Ctrl+Z anywhere in the parent (a text field being edited keeps its own undo).
            self.action.setShortcut(QKeySequence.StandardKey.Undo)
            self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            parent.addAction(self.action)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.message, 1)
        row.addWidget(self.button)
        # The bar keeps its place while hidden, so nothing moves when it comes or goes: its
        # 20 or 12 seconds ran out as the adviser clicked Save (Ctrl+S) below the Overview,
        # the buttons moved down under the pointer, and the click was lost (walk 17, W17-3).
        # With ``lines``, its height is fixed (the lines, or the button if that is higher).
        self._fix_height()
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.hide()
        self._undo: Callable[[], object] | None = None
        self._case: int | None = None  # the case the offer is for
        self._stays = True  # the offer stays while another case is shown
        self._left = 0  # the line's time left, counted only with no question open
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._tick)

    def _fix_height(self) -> None:
        if self.lines:
            self.setFixedHeight(max(self.message.height(), self.button.sizeHint().height()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fix_height()

    def offer(
        self, message: str, undo: Callable[[], object], what: str = "", stays: bool = True
    ) -> None:
        """``undo`` may return a sentence saying what it undid: the bar then shows it for a
        while, without the button (walk 13, W13-5: Undo of a reopening said nothing).
        ``what`` names it in the menu: "close case 2026-004" gives "Undo: close case …".
        ``stays``: still offered while another case is shown (False: it undoes what the view
        shows, as what the lock kept)."""
        self._undo = undo
        self._case = None if self.case_of is None else self.case_of()
        self._stays = stays
        self.action.setText(self.tr("&Undo: {what}").format(what=what) if what else self._plain())
        self.action.setEnabled(True)
        self._line(message, OFFERED_MS, offered=True)

    def offers(self, undo: Callable[[], object]) -> bool:
        """``undo`` is what the bar offers now."""
        return self._undo is undo

    def _plain(self) -> str:
        return self.tr("&Undo")

    @Slot()
    def forget(self) -> None:
        """Nothing offered any more: the bar hides."""
        self._drop()
        self._rest()

    @Slot()
    def end_offer(self) -> None:
        """The shown case changed: if the offer is for it, it is no longer offered (a change
        to another case leaves it). A line saying something else stays for its time."""
        if self.case_of is None or self._case == self.case_of():
            self._drop()

    def _drop(self) -> None:
        if self._showing_offer():
            self._rest()
        self._undo = None
        self.action.setEnabled(False)
        self.action.setText(self._plain())

    def _rest(self) -> None:
        """The line's time is over: the bar hides."""
        self._ticker.stop()
        self.hide()

    def away(self) -> None:
        """Another case is shown: the line goes; the offer stays in the menu, unless it was
        for what the view showed."""
        if not self._stays:
            self._drop()
        self._rest()
        self.message.clear()
        self.button.show()

    def leave(self) -> None:
        """No case any more (the file locked or closed): nothing offered, and the bar back to
        its one-line place."""
        self.forget()
        self.message.clear()
        self.button.show()

    @Slot()
    def undo(self) -> None:
        action = self._undo
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

    def _line(self, text: str, shown_ms: int, offered: bool = False) -> None:
        self.message.setText(text)
        self.button.setVisible(offered)
        self.show()
        self._left = shown_ms
        self._ticker.start()

    @Slot()
    def _tick(self) -> None:
        if QApplication.activeModalWidget() is not None:
            return  # a question is open: the line's time waits for it (walk J, finding 11)
        self._left -= TICK_MS
        if self._left <= 0:
            self.time_up()

    @Slot()
    def time_up(self) -> None:
        """The line's time is over: it goes. The offer goes with it unless the menu has it."""
        if self.in_menu:
            self._rest()
        else:
            self.forget()

    def _showing_offer(self) -> bool:
        return self._undo is not None and not self.isHidden() and not self.button.isHidden()

    def _tell(self, said: str, shown_ms: int = TOLD_MS) -> None:
        """What the undo did, shown where the offer was; nothing left to undo."""
        self._line(said, shown_ms)

    @Slot(str)
    def tell(self, said: str) -> None:
        """A short word on the bar (Save with nothing to save); an Undo on offer on the line
        stays offered, with the word on a line above its sentence."""
        if not self._showing_offer():
            self._tell(said, NOTHING_MS)
        elif not self.message.text().startswith(said):
            self.message.setText(f"{said}\n{self.message.text()}")

    @Slot()
    def say_nothing(self) -> None:
        """Ctrl+Z with nothing to undo says so (walk 17, W17-2: the key said nothing at all)."""
        if self._undo is None:
            self._tell(self.tr("Nothing to undo."), NOTHING_MS)
