"""The Interviews tab of a case: its conversations, opened in the interview window."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.domain.conversations import type_label
from adviser_desk.domain.errors import KnownError
from adviser_desk.services.interview_service import InterviewService
from adviser_desk.ui.case.lock_note_undo import LockNoteUndo
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common import theme
from adviser_desk.ui.common.focus_show import set_first_action, show_focus
from adviser_desk.ui.common.keyboard import screen_order
from adviser_desk.ui.common.read_only import allow_edits
from adviser_desk.ui.common.selection import row_buttons
from adviser_desk.ui.interview.closing_kept import (
    KeptClosing,
    LockedNote,
    ask_keep_closings,
    keep_once,
    restore_drafts,
)
from adviser_desk.ui.interview.conversation_dialogs import ClosingDraft
from adviser_desk.ui.interview.interview_window import InterviewWindow, NewInterviewDialog
from adviser_desk.ui.interview.typed_kept import KeptLine, put_back_all
from adviser_desk.ui.interview.window_place import ConversationPlace, place_of, restore

if TYPE_CHECKING:
    from adviser_desk.ui.case.case_view import CaseView


class InterviewsTab(QWidget):
    """The list of interviews; New interview… and Open… (or Enter, or a double click)."""

    def __init__(self, view: CaseView) -> None:
        super().__init__(view)
        self.view = view
        self.interview_window: InterviewWindow | None = None
        # Closing drafts of conversations whose window was closed (walk 4, W4): back when it
        # opens again; forgotten on lock (clear), which keeps them as notes first.
        self.closing_drafts: dict[int, ClosingDraft] = {}
        # The drafts as the lock kept them as notes, read back on unlocking: closing the file
        # asks only about a draft changed since (walk 6, W6-8: it was offered, and kept, twice).
        # A later lock with the same draft keeps that note rather than adding it again.
        self.kept_by_lock: dict[int, LockedNote] = {}
        self._shown_last: int | None = None  # selected when the list is read again
        # A line typed in Said when the file locked, put back when its window opens again.
        self.typed_back: tuple[KeptLine, ...] = ()
        self.list = QListWidget(self)
        self.list.setObjectName("interview_list")
        # Enter and the double click both activate (a double click also emits
        # itemDoubleClicked: connecting that too opened the conversation again once closed).
        self.list.itemActivated.connect(
            lambda item: self.show_interview(int(item.data(Qt.ItemDataRole.UserRole)))
        )
        self.new_button = new_interview = QPushButton(self.tr("New interview…"), self)
        set_first_action(self, self.new_button)  # its letter starts here (W11-2)
        new_interview.setObjectName("new_interview")
        new_interview.clicked.connect(self.new_interview)
        open_interview = QPushButton(self.tr("Open…"), self)
        open_interview.setObjectName("open_interview")
        open_interview.clicked.connect(self.open_interview)
        # Open… opens the selected conversation: off while none is selected.
        row_buttons(self.list, open_interview)
        buttons = QHBoxLayout()
        buttons.addWidget(new_interview)
        buttons.addWidget(open_interview)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.list)
        screen_order(new_interview, open_interview, self.list)

    def set_read_only(self, read_only: bool) -> None:
        allow_edits((self.new_button,), not read_only)

    def service(self) -> InterviewService | None:
        session = self.view.session
        return None if session is None else session.interviews

    def load(self, case_id: int) -> None:
        """The case's conversations; the one selected stays selected when the list is read
        again (after its window closed)."""
        service = self.service()
        kept = [item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]
        if self._shown_last is not None:
            # The conversation whose window just closed, new ones too (walk 7, W7-6: a new
            # one's window closed onto the first conversation in the list).
            kept, self._shown_last = [self._shown_last], None
        self.list.clear()
        if service is None:
            return
        for row in service.list_for_case(case_id):
            who = QCoreApplication.translate("conversations", type_label(row.with_role))
            if row.person_name:
                who = f"{row.person_name} ({who})"
            if row.status == "open":
                state = self.tr("open")
            else:
                # Visibly closed, not only a word in the middle (walk 5, W5-26).
                state = self.tr("closed on {date}, read-only").format(
                    date=fmt.date_time_text(row.closed_at)
                )
            item = QListWidgetItem(
                f"{fmt.date_time_text(row.held_at)} · {who} · {state} · "
                + self.tr("%n line(s)", "", len(row.lines))
            )
            if row.status != "open":
                item.setForeground(QBrush(theme.color("done")))
            item.setData(Qt.ItemDataRole.UserRole, row.interview_id)
            self.list.addItem(item)
            if row.interview_id in kept:
                self.list.setCurrentItem(item)

    @Slot()
    def new_interview(self) -> None:
        service = self.service()
        case_id = self.view.case_id
        if service is None or case_id is None:
            return
        dialog = NewInterviewDialog(service, case_id, service.cases.language, self.view)
        try:
            accepted = dialog.exec()
        finally:
            dialog.deleteLater()
        if accepted and dialog.interview_id is not None:
            self.show_interview(dialog.interview_id)

    @Slot()
    def open_interview(self) -> None:
        # The selected conversation, the one the enabled Open… button stands for.
        items = self.list.selectedItems()
        item = items[0] if items else None
        if item is not None:
            self.show_interview(int(item.data(Qt.ItemDataRole.UserRole)))

    def open_place(self) -> ConversationPlace | None:
        """The conversation open in its window, to open again after a lock; None if none."""
        return None if self.interview_window is None else place_of(self.interview_window)

    def reopen_soon(self, place: ConversationPlace | None) -> None:
        """Opens the conversation again where it was, once the unlock that called this has
        finished (the window runs its own event loop)."""
        if place is not None:
            QTimer.singleShot(0, self, lambda: self._reopen(place))

    def _reopen(self, place: ConversationPlace) -> None:
        # Only on its own case (it may have been purged meanwhile), and never a second window.
        if self.view.case_id == place.case_id and self.interview_window is None:
            self.show_interview(place.interview_id, place)
        self.typed_back = ()  # put back, or its conversation is not there: the notes stay

    def kept_typed(self) -> tuple[KeptLine, ...]:
        """After keep_closing_drafts: what was typed in Said and Note that the lock kept as
        notes."""
        window = self.interview_window
        return () if window is None else window.kept_lines

    def keep_closing_drafts(self) -> tuple[KeptClosing, ...]:
        """Before locking: what was typed for closing a conversation, in its open window or
        kept here after the window closed, is added to the conversation as a note, then
        forgotten; returns where each went, to fill the dialog in again after unlocking."""
        window = self.interview_window
        kept = []
        if window is not None:
            window.keep_unsaved()  # its closing draft and a line typed but not entered
            kept.append(window.kept_closing)
        kept += self._note_drafts(locked=True)
        return tuple(closing for closing in kept if closing is not None)

    def _note_drafts(self, locked: bool) -> list[KeptClosing | None]:
        service = self.service()
        drafts, self.closing_drafts = self.closing_drafts, {}
        before, self.kept_by_lock = self.kept_by_lock, {}
        if service is None:
            return []
        return [
            keep_once(self, service, i, draft, before.get(i), locked) for i, draft in drafts.items()
        ]

    def kept_sentence(self, kept: tuple[KeptClosing, ...]) -> str | None:
        """What the lock page says about closing drafts kept as notes."""
        if not kept:
            return None
        return self.tr(
            "What you typed for closing an interview was added to the conversation as a note; "
            "after unlocking, Close the interview… shows it again."
        )

    def restore_closings(self, kept: tuple[KeptClosing, ...]) -> None:
        """After unlocking: the closing drafts the lock kept are back, read from their notes,
        for the closing dialog (before the conversation's window opens again)."""
        service = self.service()
        if service is not None and kept:
            restored = restore_drafts(service, kept)
            self.closing_drafts.update(restored)
            self.kept_by_lock = {
                k.interview_id: LockedNote(k, restored[k.interview_id])
                for k in kept
                if k.interview_id in restored
            }

    def confirm_close(self) -> bool:
        """Before the case file closes or the app quits: closings typed but not saved are
        asked about, as unsaved Overview edits are (walk 4: they were dropped without a word):
        kept as a note in their conversation, discarded, or Cancel (False)."""
        service = self.service()
        unkept = {i: d for i, d in self.closing_drafts.items() if not self._kept_as_is(i, d)}
        if service is None or not unkept:
            self.closing_drafts.clear()  # none, or each already a note as the lock kept it
            return True
        names = []
        for interview_id in unkept:
            with contextlib.suppress(KnownError):
                row = service.get(interview_id)
                who = QCoreApplication.translate("conversations", type_label(row.with_role))
                number = service.cases.get_case(row.case_id).number
                name = f"{who}: {row.person_name}" if row.person_name else who
                names.append(f"{number} · {name}, {fmt.date_time_text(row.held_at)}")
        answer = ask_keep_closings(self, names)
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Save:
            self.closing_drafts = unkept
            self._note_drafts(locked=False)
        self.closing_drafts.clear()
        return True

    def _kept_as_is(self, interview_id: int, draft: ClosingDraft) -> bool:
        """The draft is the one the lock kept as a note, unchanged, or the one the
        conversation keeps from before the file was last closed."""
        before = self.kept_by_lock.get(interview_id)
        if before is not None and before.draft == draft:
            return True
        service = self.service()
        with contextlib.suppress(KnownError):
            return service is not None and service.get(interview_id).closing_draft == draft
        return False

    @Slot(int)
    def _lock_note_undone(self, interview_id: int) -> None:
        """The lock's note is gone: its draft counts as unsaved again (closing asks)."""
        self.kept_by_lock.pop(interview_id, None)

    def show_interview(self, interview_id: int, place: ConversationPlace | None = None) -> None:
        service = self.service()
        if service is None:
            return
        draft = self.closing_drafts.pop(interview_id, None)
        window = InterviewWindow(service, interview_id, self.view, draft)
        window.kept_before = self.kept_by_lock.get(interview_id)
        if window.kept_before is not None and window.record.status == "open":
            # The lock's note of the closing draft, with Undo (walk 6, item 24).
            LockNoteUndo(window, window.kept_before).undone.connect(self._lock_note_undone)
        if place is not None:
            restore(window, place)
        typed, self.typed_back = self.typed_back, ()
        if window.record.status == "open":
            put_back_all(window, typed)  # the lock's notes of typed lines: back (W7-7)
        self.interview_window = window
        try:
            window.exec()
        finally:
            self.interview_window = None
            if window.closing_draft is not None and self.service() is not None:
                self.closing_drafts[interview_id] = window.closing_draft
            window.deleteLater()
        self._shown_last = interview_id
        self.view.after_change()
        if self.list.currentItem() is not None and self.isVisible():
            show_focus(self.list)
