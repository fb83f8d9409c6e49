"""One case: a heading and one tab per part, each its own class and module (overview,
people, tasks, timeline and notes, interviews, evidence, letters, Meldcode), and the Undo
bar."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.domain.cases import CaseDraft, CaseOutcome, CaseStatus
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.case_views import CaseDetail
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.case.case_closing import choose_close, held_close_sentence, hold_close
from adviser_desk.ui.case.closing_undo import ClosingUndo
from adviser_desk.ui.case.interviews_tab import InterviewsTab
from adviser_desk.ui.case.meldcode_tab import MeldcodeTab
from adviser_desk.ui.case.overview_tab import OverviewTab
from adviser_desk.ui.case.people_tab import PeopleTab
from adviser_desk.ui.case.tasks_tab import TasksTab
from adviser_desk.ui.case.timeline_tab import KeptNote, TimelineTab
from adviser_desk.ui.case.transfer_note import TransferNote
from adviser_desk.ui.case.undo_bar import UndoBar
from adviser_desk.ui.common import theme
from adviser_desk.ui.common.selection import select_current_or_first
from adviser_desk.ui.evidence.evidence_tab import EvidenceTab
from adviser_desk.ui.letters.letters_tab import LettersTab


@dataclass(frozen=True)
class KeptEdits:
    """Overview edits the lock saved: which case, and the case as it was before them. A change
    to Closed is not saved by the lock (closing asks a question): ``close_outcome`` holds it, to
    be chosen again after unlocking; ``saved`` says whether other edits were saved."""

    case_id: int
    number: str
    before: CaseDraft
    saved: bool = True
    close_outcome: CaseOutcome | None = None

    @property
    def saved_number(self) -> str | None:
        """The case number for the lock page's "were saved" line, if anything was saved."""
        return self.number if self.saved else None


# The bar's offer after unlocking with a held back Closed: its undo, sentences, steps and
# which of them is the Closed's.
HeldOffer = tuple[Callable[[], None], list[str], list[Callable[[], object]], int]


class CaseView(QWidget):
    """Shows one case; emits ``changed`` after any edit so the list can refresh."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: CaseFileSession | None = None
        self.detail: CaseDetail | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("case_heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.badge = QLabel(self)
        theme.set_role(self.badge, "danger")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("case_tabs")

        self.overview = OverviewTab(self)
        self.overview.saved.connect(self.after_change)
        self.people = PeopleTab(self)
        self.tasks = TasksTab(self)
        self.timeline = TimelineTab(self)
        self.interviews = InterviewsTab(self)
        self.evidence = EvidenceTab(self)
        self.evidence.changed.connect(self.after_change)
        self.letters = LettersTab(self)
        self.meldcode = MeldcodeTab(self)
        self.meldcode.changed.connect(self.after_change)
        # The English letters are written, as the Dutch ones are: handed out, they moved
        # whenever a text elsewhere on screen changed (walk 9's fixes moved them all).
        for page, title in (
            (self.overview, self.tr("Ove&rview")),
            (self.people, self.tr("&People")),
            (self.tasks, self.tr("Tas&ks")),
            (self.timeline, self.tr("&Timeline and notes")),
            (self.interviews, self.tr("Inter&views")),
            (self.evidence, self.tr("Ev&idence")),
            (self.letters, self.tr("&Letters")),
            (self.meldcode, self.tr("&Meldcode")),
        ):
            self.tabs.addTab(page, title)
        # A tab with a list opens with a row selected, so Enter and its row buttons act at
        # once (re-walk N1: the Evidence tab opened with none, and Enter did nothing).
        self.tabs.currentChanged.connect(self._tab_shown)
        # The "… Undo" line after closing, marking a task done or removing a person (made
        # after the tabs, so Tab reaches its button last).
        self.undo_bar = UndoBar(self, lambda: self.case_id)  # in Edit > Undo (undo_menu.py)
        self.undo_bar.undone.connect(self.after_change)
        closing_undo = ClosingUndo(self)
        self.overview.closed.connect(closing_undo.offer_reopen)
        self.overview.reopened.connect(closing_undo.offer_reclose)
        self._held_offer: HeldOffer | None = None
        self.overview.revert_button.clicked.connect(self._discarded)
        self.overview.said.connect(self.undo_bar.tell)
        # Now a sexual case holding files stored without the question (walk G): asked once
        # the Overview's save is over (queued) and the tabs show the saved case.
        self.overview.files_wait_for_answer.connect(
            self.evidence.pending.ask_all, Qt.ConnectionType.QueuedConnection
        )
        self.evidence.pending.tell_on(self.undo_bar.tell_until_closed, self.undo_bar.withdraw)
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.badge)
        # Where a handed-over or received case went or came from, above its tabs.
        self.transfer_note = TransferNote(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.transfer_note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.undo_bar)

    @property
    def busy(self) -> bool:
        """Evidence work is running in the background (the case file must stay open)."""
        return self.evidence.busy

    @property
    def cases(self) -> CaseService | None:
        return None if self.session is None else self.session.cases

    @property
    def case_id(self) -> int | None:
        return self.detail.case_id if self.detail else None

    # -- loading ----------------------------------------------------------------------------
    def show_case(self, session: CaseFileSession, case_id: int) -> None:
        self.session = session
        self.tasks.use_protocol(session.cases)
        self.reload(case_id)

    def reload(self, case_id: int | None = None) -> None:
        if self.session is None or self.cases is None:
            return
        case_id = case_id if case_id is not None else self.case_id
        if case_id is None:
            return
        same_case = case_id == self.case_id
        if not same_case:
            self.undo_bar.away()
        detail = self.cases.get_case(case_id)
        self.detail = detail
        self.heading.setText(f"{detail.number} · {detail.draft.title}")
        self.transfer_note.show_detail(detail)
        # Before the lists are read again, so buttons that follow a selection ask it anew.
        self.set_read_only(detail.read_only)
        self.tasks.set_closed(detail.draft.status == CaseStatus.CLOSED and not detail.read_only)
        overdue = sum(1 for task in detail.tasks if task.overdue)
        self.badge.setText(self.tr("%n overdue task(s)", "", overdue) if overdue else "")
        if same_case and self.overview.is_dirty():
            # Unsaved Overview edits survive a change made on another tab (a task, a note), but
            # what they are compared with and saved against is the case as it is now: an Undo
            # of a reopening under unsaved edits left the stored copy Open, so Discard changes
            # showed Open and Save saw no reopening and asked nothing (walk 17, W17-3).
            self.overview.detail = detail
        else:
            self.overview.show_case(self.cases, detail)
        self.people.show_people(detail.people)
        self.tasks.show_tasks(detail.tasks)
        self.timeline.show_timeline(self.cases.timeline(case_id))
        self.interviews.load(case_id)
        self.evidence.show_case(self.session.evidence, case_id)
        self.letters.show_case(self.session.letters, case_id)
        self.meldcode.show_case(self.session.meldcode, case_id, self.session.identity.name)
        self.tasks.offer_meldcode()

    def set_read_only(self, read_only: bool) -> None:
        """A handed-over case kept here: every control that would change it is off or
        read-only; looking, verifying and printing stay (walk W14: the Overview invited
        typing and refused only at Save)."""
        for tab in (
            self.overview,
            self.people,
            self.tasks,
            self.timeline,
            self.interviews,
            self.evidence,
            self.letters,
            self.meldcode,
        ):
            tab.set_read_only(read_only)

    def confirm_leave(self) -> bool:
        """Before the shown case goes away (another case, closing, quitting): unsaved
        Overview edits are saved or discarded as the adviser says; False means Cancel."""
        if not self.overview.is_dirty() or self.detail is None:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Case {number} has unsaved changes on its Overview. Save them?").format(
                number=self.detail.number
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.overview.save_changes()
        if answer == QMessageBox.StandardButton.Discard:
            self.overview.revert()
            return True
        return False

    def keep_unsaved(self) -> tuple[bool, KeptEdits | None]:
        """Before locking: unsaved Overview edits are saved without asking (an idle lock has
        nobody to ask). Returns whether nothing is left unsaved (False: the edits could not
        be saved, so the lock must wait) and what was saved, to tell the adviser (re-walk N3:
        the save was silent)."""
        if not self.overview.is_dirty() or self.detail is None:
            return True, None
        # The case as it was, taken before saving: saving shows the saved case (Undo's target).
        case_id, number, before = self.detail.case_id, self.detail.number, self.detail.draft
        # Closing waits for its question (walk 7, W7-1): the other edits are saved without it.
        held = hold_close(self.overview)
        saved = self.overview.is_dirty()
        if saved and not self.overview.save_changes(quiet=True):
            choose_close(self.overview, held)
            return False, None
        return True, KeptEdits(case_id, number, before, saved, held)

    def tell_kept(self, kept: KeptEdits | None, note: KeptNote | None = None) -> None:
        """After unlocking: says that the lock saved the Overview edits of the case on screen
        and added the note being typed, with one Undo that puts the case back as it was before
        the edits and the note's text back in its field (walk 4: the note had no Undo)."""
        cases = self.cases
        if cases is None:
            return
        said: list[str] = []
        undo: list[Callable[[], object]] = []
        if kept is not None and self.case_id == kept.case_id and kept.saved:
            said.append(
                self.tr(
                    "Your unsaved changes on the Overview of case {number} were saved when the "
                    "case file was locked."
                ).format(number=kept.number)
            )
            # A reopening the lock saved goes back as an Undo of a reopening does: the day it
            # was closed, and the closing's marks still its own (walk 13).
            if kept.before.status == CaseStatus.CLOSED:
                undo.append(partial(cases.undo_reopen, kept.case_id, kept.before, {}))
            else:
                undo.append(partial(cases.update_case, kept.case_id, kept.before))
        held: int | None = None
        if kept is not None and self.case_id == kept.case_id and kept.close_outcome is not None:
            held = len(said)
            choose_close(self.overview, kept.close_outcome)  # unsaved, as it was before the lock
            said.append(held_close_sentence(kept.number, unlocked=True))
            undo.append(self.overview.revert)
        if note is not None and self.case_id == note.case_id:
            said.append(self.timeline.kept_sentence(note, unlocked=True))
            undo.append(partial(self.timeline.undo_kept, note))
        self._offer_kept(said, undo, held)

    def _offer_kept(
        self, said: list[str], undo: list[Callable[[], object]], held: int | None
    ) -> None:
        """The bar after unlocking: one sentence and one step per thing the lock kept;
        ``held`` is the one of a held back Closed, which Discard changes takes out."""
        if not said:
            return

        def offered() -> None:
            for step in undo:
                step()

        self.undo_bar.offer("\n".join(said), offered, self.tr("what the lock kept"), False)
        self._held_offer = None if held is None else (offered, said, undo, held)

    @Slot()
    def _discarded(self) -> None:
        """Discard changes dropped a held back Closed: the bar no longer says it is chosen
        and its Undo no longer covers it; what else the lock kept stays offered (walk 8,
        W8-2: the bar stayed, with an Undo of what was already discarded)."""
        offer, self._held_offer = self._held_offer, None
        if offer is None or not self.undo_bar.offers(offer[0]):
            return
        _, said, undo, held = offer
        rest = [i for i in range(len(said)) if i != held]
        if rest:
            self._offer_kept([said[i] for i in rest], [undo[i] for i in rest], None)
        else:
            self.undo_bar.forget()

    def clear(self) -> None:
        self.undo_bar.leave()
        self.session = None
        self.detail = None
        self.heading.clear()
        self.badge.clear()
        self.transfer_note.show_detail(None)
        self.set_read_only(False)
        self.people.show_people([])
        self.tasks.show_tasks([])
        self.timeline.clear()
        self.interviews.list.clear()
        self.interviews.closing_drafts.clear()
        self.evidence.clear()
        self.letters.clear()
        self.meldcode.clear()

    def _tab_shown(self, _index: int) -> None:
        lists: dict[QWidget, QAbstractItemView] = {
            self.people: self.people.table,
            self.tasks: self.tasks.table,
            self.interviews: self.interviews.list,
            self.evidence: self.evidence.table,
            self.letters: self.letters.list,
            self.meldcode: self.meldcode.table,
        }
        view = lists.get(self.tabs.currentWidget())
        if view is not None:
            select_current_or_first(view)

    @Slot()
    def show_meldcode(self) -> None:
        self.tabs.setCurrentWidget(self.meldcode)
        self.meldcode.table.setFocus()

    def after_change(self) -> None:
        """Something of the case changed (any tab): show it again, and tell the list. What
        Undo offered can no longer be undone as offered (walk J, finding 11)."""
        self.undo_bar.end_offer()
        self.reload()
        self.changed.emit()

    def run_dialog(self, dialog: QDialog) -> bool:
        """A modal dialog that changes the case when accepted; True when it was."""
        try:
            accepted = bool(dialog.exec())
        finally:
            dialog.deleteLater()
        if accepted:
            self.after_change()
        return accepted
