"""The question before a case is closed (walk 7, W7-1: Status -> Closed and Save closed a case
with 49 open tasks and no outcome, without a word). It says how many tasks are still open and
whether the outcome is recorded, asks the outcome (required), and offers to mark the open tasks
not applicable with a reason; Cancel leaves the case open with Closed still chosen, unsaved."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.domain import cases as dc
from adviser_desk.domain import clock
from adviser_desk.domain.conversations import type_label
from adviser_desk.domain.timeline import render
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common import theme
from adviser_desk.ui.common.form_dialog import FormDialog
from adviser_desk.ui.common.widgets import ChoiceCombo, tr_label

if TYPE_CHECKING:  # the lock page imports this module, and is shown before the services load
    from adviser_desk.services.case_closing import OpenConversation
    from adviser_desk.services.case_service import CaseService
    from adviser_desk.services.case_views import CaseDetail
    from adviser_desk.services.save_undo import Undone
    from adviser_desk.ui.case.overview_tab import OverviewTab


def closes(stored: dc.CaseDraft, chosen: dc.CaseStatus) -> bool:
    """Whether saving ``chosen`` closes a case that is not closed yet (reopening, and editing a
    closed case, ask nothing)."""
    return chosen == dc.CaseStatus.CLOSED and stored.status != dc.CaseStatus.CLOSED


def reopens(stored: dc.CaseDraft, chosen: dc.CaseStatus) -> bool:
    """Whether saving ``chosen`` reopens a closed case (walk 12, W12-2: it asks first)."""
    return stored.status == dc.CaseStatus.CLOSED and chosen != dc.CaseStatus.CLOSED


def hold_close(overview: OverviewTab) -> dc.CaseOutcome | None:
    """Before the lock: takes a change to Closed out of the Overview's edits (the lock cannot
    ask the closing question) and returns the outcome chosen with it, or None."""
    stored = overview.detail
    if stored is None or not closes(stored.draft, overview.status.value()):
        return None
    outcome = overview.outcome.value()
    overview.status.set_value(stored.draft.status)
    return outcome


def choose_close(overview: OverviewTab, outcome: dc.CaseOutcome | None) -> None:
    """Closed (with ``outcome``) chosen again on the Overview, unsaved: after unlocking."""
    if outcome is not None:
        overview.status.set_value(dc.CaseStatus.CLOSED)
        overview.outcome.set_value(outcome)


def gains_sexual_images(before: dc.CaseDraft, after: dc.CaseDraft) -> bool:
    """Whether saving ``after`` makes the case one of sexting/exposing, sextortion or
    manipulated images: its files stored before then wait for the question about minors
    (services/minor_pending.py marks them in the same save). Closing or reopening the case in
    that save must ask them at once, as a plain save does (guardE: only the Evidence tab and
    the export asked, later)."""
    gained = set(after.incident_types) - set(before.incident_types)
    return bool(gained & dc.SEXUAL_IMAGE_TYPES)


@dataclass
class SavedChange:
    """What Undo of a closing or reopening needs beyond the case's fields: the incident types
    the same save changed and the protocol tasks it added with them (walk I, finding 16:
    the undo unticked sextortion without a word and left its 7 tasks open)."""

    case_id: int
    number: str
    before: dc.CaseDraft
    after: dc.CaseDraft | None = field(default=None, init=False)
    added: frozenset[int] = field(default=frozenset(), init=False)
    waits: bool = field(default=False, init=False)
    # When it was saved: originals removed after it stay removed, and Undo says so.
    since: datetime | None = field(default=None, init=False)

    def _saving(self, cases: CaseService, draft: dc.CaseDraft) -> frozenset[int]:
        self.after = draft
        self.since = clock.now()
        self.waits = gains_sexual_images(self.before, draft)
        return cases.task_ids(self.case_id)

    def _saved(self, cases: CaseService, ids: frozenset[int]) -> bool:
        self.added = cases.task_ids(self.case_id) - ids
        return self.waits

    def types_unticked(self) -> list[dc.IncidentType]:
        """The types the save ticked, which its Undo unticks."""
        after = [] if self.after is None else self.after.incident_types
        return [t for t in after if t not in self.before.incident_types]

    def types_ticked(self) -> list[dc.IncidentType]:
        """The types the save unticked, which its Undo ticks again."""
        after = [] if self.after is None else self.after.incident_types
        return [t for t in self.before.incident_types if t not in after]


@dataclass
class Closing(SavedChange):
    """The adviser's answer, and after saving what Undo needs to put the case back."""

    outcome: dc.CaseOutcome = dc.CaseOutcome.NOT_RECORDED
    tasks_reason: str | None = None  # None: the open tasks stay as they are
    task_ids: tuple[int, ...] = field(default=())

    def save(self, cases: CaseService, draft: dc.CaseDraft) -> bool:
        """Closes the case; True when files it holds now wait for the question about minors
        (see gains_sexual_images)."""
        ids = self._saving(cases, draft)
        self.task_ids = cases.close_case(self.case_id, draft, self.tasks_reason)
        return self._saved(cases, ids)

    def undo(self, cases: CaseService) -> Undone:
        """Puts the case back, the tasks the save added taken back."""
        return cases.undo_close(self.case_id, self.before, self.task_ids, self.added, self.since)

    def said(self, marked: str) -> str:
        """The undo bar's sentence after closing; ``marked`` says how many tasks it marked
        (a plural form, translated where lupdate sees it: in the case view)."""
        said = QCoreApplication.translate("CaseView", "Case {number} closed.")
        return said.format(number=self.number) + (" " + marked if self.task_ids else "")


@dataclass
class Reopening(SavedChange):
    """The adviser's answer to the reopening question, and what Undo needs to close the case
    again as it was."""

    reopen_tasks: bool = False
    reasons: dict[int, str] = field(default_factory=dict)

    def save(self, cases: CaseService, draft: dc.CaseDraft) -> bool:
        """Reopens the case; True as for Closing.save."""
        ids = self._saving(cases, draft)
        self.reasons = cases.reopen_case(self.case_id, draft, self.reopen_tasks)
        return self._saved(cases, ids)

    def undo(self, cases: CaseService) -> Undone:
        """Closes the case again, the tasks the save added taken back."""
        return cases.undo_reopen(self.case_id, self.before, self.reasons, self.added, self.since)

    def said(self, reopened: str) -> str:
        """The undo bar's sentence after reopening (walk 12, W12-2: reopening said nothing);
        ``reopened`` says how many tasks are open again (a plural form, as in Closing.said)."""
        said = QCoreApplication.translate("CaseView", "Case {number} reopened.")
        return said.format(number=self.number) + (" " + reopened if self.reasons else "")


class ReopenQuestion(QMessageBox):
    """Reopen case N?: the outcome cleared and kept in the timeline, and a tick (on) for
    opening again the tasks the closing marked not applicable."""

    def __init__(self, detail: CaseDetail, status: str, marked: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("reopen_case")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Reopen case {number}").format(number=detail.number))
        lines = [
            self.tr("Case {number} becomes “{status}” again.").format(
                number=detail.number, status=status
            )
        ]
        outcome = detail.draft.outcome
        if outcome != dc.CaseOutcome.NOT_RECORDED:
            # Quoted, not bracketed: an outcome's label may hold brackets of its own (walk 13,
            # W13-2: "(Beelden verwijderd (offline halen gelukt))").
            lines.append(
                self.tr(
                    "The outcome recorded at closing, “{outcome}”, is cleared from the case; "
                    "the timeline keeps it. Closing the case again asks for the outcome."
                ).format(outcome=tr_label("cases", dc.OUTCOME_LABELS[outcome]))
            )
        self.setText("\n\n".join(lines))
        self.tasks: QCheckBox | None = None
        if marked:
            self.tasks = QCheckBox(
                self.tr("&Open again the %n task(s) that closing marked not applicable", "", marked)
            )
            self.tasks.setChecked(True)
            self.setCheckBox(self.tasks)
        self.reopen = self.addButton(self.tr("&Reopen case"), QMessageBox.ButtonRole.AcceptRole)
        cancel = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.reopen)
        self.setEscapeButton(cancel)


def ask_to_reopen(overview: OverviewTab, quiet: bool = False) -> Reopening | None:
    """Reopen case N? What happens to its outcome and to the tasks the closing marked not
    applicable (opened again unless the adviser unticks it); None for Cancel. ``quiet`` (the
    lock, nobody to ask): reopened, the tasks left as they are."""
    detail, cases = overview.detail, overview.cases
    if detail is None or cases is None:
        return None
    if quiet:
        return Reopening(detail.case_id, detail.number, detail.draft, reopen_tasks=False)
    marked = len(cases.closing_marked(detail.case_id))
    status = tr_label("cases", dc.STATUS_LABELS[overview.status.value()])
    box = ReopenQuestion(detail, status, marked, overview)
    try:
        box.exec()
        if box.clickedButton() is not box.reopen:
            return None
        chosen = box.tasks is not None and box.tasks.isChecked()
        return Reopening(detail.case_id, detail.number, detail.draft, reopen_tasks=chosen)
    finally:
        box.deleteLater()


@dataclass(frozen=True)
class Saving:
    """What the closing question says beyond the case's tasks and conversations: the files
    waiting for the question about minors, and the protocol tasks the same save adds."""

    waiting: tuple[str, ...] = ()
    adds: int = 0


@dataclass
class PlainSave:
    """A save that neither closes nor reopens the case. A closed case that gains protocol
    tasks (a type ticked) gets them not applicable; ``told`` says so for the case view's bar
    (walk J, finding 8: only the timeline said it)."""

    case_id: int
    before: dc.CaseDraft
    told: str = ""

    def save(self, cases: CaseService, draft: dc.CaseDraft) -> bool:
        """Saves ``draft``; True when files now wait for the question about minors."""
        closed = self.before.status == dc.CaseStatus.CLOSED
        ids = cases.task_ids(self.case_id) if closed else frozenset()
        waits = bool(cases.update_case(self.case_id, draft))
        if closed and (added := len(cases.task_ids(self.case_id) - ids)):
            line = render("protocol.added_closed", {"count": added}, QCoreApplication.translate)
            self.told = line + "."
        return waits


class CloseCaseDialog(FormDialog):
    """Close case N: the open tasks and the outcome, with Close case and Cancel."""

    def __init__(
        self,
        detail: CaseDetail,
        outcome: dc.CaseOutcome,
        parent: QWidget | None = None,
        talks: list[OpenConversation] | None = None,
        saving: Saving | None = None,
    ) -> None:
        super().__init__(self.tr("Close case {number}").format(number=detail.number), parent)
        self.setObjectName("close_case_dialog")
        saving = saving or Saving()
        self.open_tasks = sum(1 for t in detail.tasks if t.status == dc.TaskStatus.OPEN)
        lines = [
            self.tr("%n task(s) of this case are still open.", "", self.open_tasks)
            if self.open_tasks
            else self.tr("No task of this case is open.")
        ]
        if saving.adds:  # counted with the open ones (walk J, finding 8)
            lines[0] += " " + self.tr(
                "The incident types ticked with it add %n protocol task(s), not applicable as "
                "the case is closed.",
                "",
                saving.adds,
            )
        lines += self._talks(talks or [])
        self.points = lines
        # First: what may hold a sexual image of a minor comes before the case's tasks.
        self.waiting = QLabel(self._waiting(saving.waiting), self)
        self.waiting.setObjectName("close_waiting")
        self.waiting.setWordWrap(True)
        theme.set_role(self.waiting, "warning")
        if saving.waiting:
            self.form.addRow(self.waiting)
        else:
            self.waiting.hide()
        self.summary = QLabel(self._summary(), self)
        self.summary.setObjectName("close_summary")
        self.summary.setWordWrap(True)
        self.form.addRow(self.summary)
        self.outcome = ChoiceCombo(dc.OUTCOME_LABELS, self)
        self.outcome.setObjectName("close_outcome")
        self.outcome.set_value(outcome)
        self.form.addRow(self.tr("&Outcome:"), self.outcome)
        # Under the choice it asks for, hidden once an outcome is chosen, its space kept: the
        # dialog shrank by it and Close case moved up under the pointer (walk I, finding 18).
        self.hint = QLabel(
            self.tr("How the case ended is not recorded yet: choose the outcome."), self
        )
        self.hint.setObjectName("close_outcome_hint")
        self.hint.setWordWrap(True)
        policy = self.hint.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.hint.setSizePolicy(policy)
        # In a box of its own: the form drops a hidden row's space, a box layout keeps it.
        hint_box = QWidget(self)
        box = QVBoxLayout(hint_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.hint)
        self.form.addRow("", hint_box)
        self.mark = QCheckBox(
            self.tr("&Mark the %n open task(s) not applicable", "", self.open_tasks), self
        )
        self.mark.setObjectName("close_mark_tasks")
        self.mark.setChecked(True)
        self.mark.setToolTip(
            self.tr("Each is recorded in the timeline and the audit log with the reason below")
        )
        self.reason = QLineEdit(self.tr("Case closed"), self)
        self.reason.setObjectName("close_reason")
        if self.open_tasks:
            self.form.addRow(self.mark)
            self.form.addRow(self.tr("&Reason:"), self.reason)
        else:
            self.mark.hide()
            self.reason.hide()
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Close case"))
        self.outcome.currentIndexChanged.connect(self._update)
        self.mark.toggled.connect(self._update)
        self.reason.textChanged.connect(self._update)
        self.finish_layout()
        self._update()

    def _waiting(self, numbers: tuple[str, ...]) -> str:
        """The files still waiting for the question about minors (walk J, finding 15: closing
        said nothing of them, and a closed case's Evidence tab is not where anyone looks).
        Closing may go on: it answers nothing, and the hand-over and the police export still
        hold the case back until they are answered."""
        return self.tr(
            "%n file(s) still wait for the question about minors: {numbers}. Closing does not "
            "answer it: the files keep waiting, and the case cannot be handed over or exported "
            "for the police until each is answered. To answer first, choose Cancel and go to "
            "the Evidence tab.",
            "",
            len(numbers),
        ).format(numbers=", ".join(numbers))

    def _talks(self, talks: list[OpenConversation]) -> list[str]:
        """The conversations still open, each by date and who, that they stay open, and where
        to close them (walk 10, W10-3): closing one writes its record and may change the case,
        which only its own closing dialog asks about. One block, a sentence before and after
        the list (walk 11, W11-5: a fragment, a semicolon and a parenthesis before it)."""
        if not talks:
            return []
        one = len(talks) == 1
        lines = [
            self.tr("This interview is still open and stays open when you close the case:")
            if one
            else self.tr("These interviews are still open and stay open when you close the case:")
        ]
        for talk in talks:
            who = QCoreApplication.translate("conversations", type_label(talk.with_role))
            who = f"{talk.person_name} ({who})" if talk.person_name else who
            line = f"• {fmt.date_time_text(talk.held_at)} · {who}"
            if talk.has_draft:
                line += " · " + self.tr("its closing typed, not finished")
            lines.append(line)
        lines.append(
            self.tr("Close it first on the Interviews tab, so its record is complete.")
            if one
            else self.tr("Close them first on the Interviews tab, so each record is complete.")
        )
        return ["\n".join(lines)]

    def _summary(self) -> str:
        """The points above the outcome. The outcome itself shows in its choice below; said
        here as well, it was there twice (walk 15, W15-9). That none is recorded is said
        under the choice while none is chosen (walk 16, W16-3: it stayed after one was)."""
        lines = [
            *self.points,
            self.tr("The retention period starts today. A closed case can be reopened later."),
        ]
        # A blank line between the points, so the blocks do not run together (W11-5).
        return "\n\n".join(lines)

    @Slot()
    def _update(self) -> None:
        """Close case waits for an outcome, and for a reason when tasks are to be marked."""
        marking = self.mark.isChecked() and self.open_tasks > 0
        self.reason.setEnabled(marking)
        chosen = self.outcome.value() != dc.CaseOutcome.NOT_RECORDED
        self.hint.setVisible(not chosen)
        self.ok.setEnabled(chosen and (not marking or bool(self.reason.text().strip())))
        self.ok.setToolTip("" if chosen else self.tr("Choose how the case ended first."))

    def apply(self) -> None:
        """Nothing is saved here: the Overview saves the case with the answer."""

    def tasks_reason(self) -> str | None:
        marking = self.mark.isChecked() and self.open_tasks > 0
        return self.reason.text().strip() if marking else None


def ask_to_close(overview: OverviewTab, outcome: dc.CaseOutcome) -> Closing | None:
    """The adviser's answer to the closing question about the Overview's case, or None for
    Cancel."""
    detail, cases = overview.detail, overview.cases
    if detail is None or cases is None:
        return None  # no case on the Overview: nothing to close
    talks = cases.open_conversations(detail.case_id)
    saving = Saving(
        cases.waiting_files(detail.case_id), cases.tasks_to_add(detail.case_id, overview.draft())
    )
    dialog = CloseCaseDialog(detail, outcome, overview, talks, saving)
    try:
        if not dialog.exec():
            return None
        return Closing(
            detail.case_id,
            detail.number,
            detail.draft,
            outcome=dialog.outcome.value(),
            tasks_reason=dialog.tasks_reason(),
        )
    finally:
        dialog.deleteLater()


def held_close_sentence(number: str, unlocked: bool = False) -> str:
    """What the lock page, and after unlocking the undo bar, say of a change to Closed the lock
    did not save."""
    if unlocked:
        return QCoreApplication.translate(
            "case_closing",
            "Case {number} was not closed by the lock: Closed is chosen again on its Overview, "
            "not saved. Press Save to answer the closing question.",
        ).format(number=number)
    return QCoreApplication.translate(
        "case_closing",
        "Case {number} was not closed: closing asks a question first. Closed is chosen again "
        "after unlocking.",
    ).format(number=number)
