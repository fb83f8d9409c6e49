"""One case: a heading and one tab per part, each its own class and module (overview,
people, tasks, timeline and notes, interviews, evidence, letters, Meldcode), and the Undo
bar."""

from __future__ import annotations

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

from adviser_desk.domain.cases import CaseStatus
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.case_views import CaseDetail
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.case.closing_undo import ClosingUndo
from adviser_desk.ui.case.interviews_tab import InterviewsTab
from adviser_desk.ui.case.lock_keep import KeptEdits, LockKeep
from adviser_desk.ui.case.meldcode_tab import MeldcodeTab
from adviser_desk.ui.case.overview_tab import OverviewTab
from adviser_desk.ui.case.people_tab import PeopleTab
from adviser_desk.ui.case.tasks_tab import TasksTab
from adviser_desk.ui.case.timeline_tab import KeptNote, TimelineTab
from adviser_desk.ui.case.transfer_note import TransferNote
from adviser_desk.ui.case.undo_bar import MESSAGE_LINES, UndoBar
from adviser_desk.ui.case.waiting_line import WaitingLine
from adviser_desk.ui.common import theme
from adviser_desk.ui.common.selection import select_current_or_first
from adviser_desk.ui.evidence.evidence_tab import EvidenceTab
from adviser_desk.ui.letters.letters_tab import LettersTab


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
        # The line saying that files wait, made before the tabs: Tab reaches its Dismiss where
        # it is drawn, between the case list and the tabs (walk L, 23a: made after them, it
        # came after Save and Discard changes, ~40 Tabs away; setTabOrder cannot move it there).
        self.waiting = WaitingLine(self)
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
        # In Edit > Undo (undo_menu.py); two lines high, so Save never moves (walk K, 24).
        self.undo_bar = UndoBar(self, lambda: self.case_id, MESSAGE_LINES)
        self.undo_bar.undone.connect(self.after_change)
        closing_undo = ClosingUndo(self)
        self.overview.closed.connect(closing_undo.offer_reopen)
        self.overview.reopened.connect(closing_undo.offer_reclose)
        # The Overview edits a lock saves, and their Undo after unlocking.
        self.lock_keep = LockKeep(self)
        self.overview.said.connect(self.undo_bar.tell)
        # Now a sexual case holding files stored without the question (walk G): asked once
        # the Overview's save is over (queued) and the tabs show the saved case.
        self.overview.files_wait_for_answer.connect(
            self.evidence.pending.ask_all, Qt.ConnectionType.QueuedConnection
        )
        # Files of the case that wait for that question, said above the tabs while they wait.
        self.waiting.follow(self.evidence, self.tabs)
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.badge)
        # Where a handed-over or received case went or came from, above its tabs.
        self.transfer_note = TransferNote(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.transfer_note)
        layout.addWidget(self.waiting)
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
        """Before locking (ui/case/lock_keep.py)."""
        return self.lock_keep.keep_unsaved()

    def tell_kept(self, kept: KeptEdits | None, note: KeptNote | None = None) -> None:
        """After unlocking (ui/case/lock_keep.py)."""
        self.lock_keep.tell_kept(kept, note)

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
