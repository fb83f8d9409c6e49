"""Closing a case: its fields saved as Closed and, when the adviser says so, its open tasks
marked not applicable with one reason, in one transaction; and the undo of both (walk 7, W7-1:
a closed case still listed 49 open tasks as due)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from adviser_desk.domain import app_tasks
from adviser_desk.domain import cases as dc
from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.services import save_undo, search_index
from adviser_desk.services.case_base import (
    FIELD_TITLE,
    CaseBase,
    EmptyFieldError,
    ReasonRequiredError,
)
from adviser_desk.storage.models import CaseEvent, CasePerson, Interview, Person, Task

# The timeline's summary of the tasks a closing marked not applicable, by id: what reopening
# opens again (the events before walk 13 said it per task, with "closing" and "task").
MARKED = "marked"
# (protocol.added_closed: tasks a closed case gained, added not applicable; walk I, 17.)
SUMMARIES_WITH_MARKS = ("task.closed_with_case", "case.reopening_undone", "protocol.added_closed")


@dataclass(frozen=True)
class OpenConversation:
    """A conversation of the case not closed yet, as the closing question names it."""

    with_role: str
    person_name: str  # empty: nobody chosen, or an anonymous reporter
    held_at: datetime
    has_draft: bool  # its closing was typed and kept, not finished


class CaseClosing(CaseBase):
    def open_conversations(self, case_id: int) -> list[OpenConversation]:
        """The case's conversations still open: closing the case leaves them open, and the
        closing question says so (walk 10, W10-3: it named the open tasks only)."""
        with self.case_file.reading() as session:
            rows = session.scalars(
                select(Interview)
                .where(Interview.case_id == case_id, Interview.status == "open")
                .order_by(Interview.id)
            ).all()
            found = []
            for row in rows:
                person = None if row.person_id is None else session.get(Person, row.person_id)
                link = session.scalar(
                    select(CasePerson).where(
                        CasePerson.case_id == case_id, CasePerson.person_id == row.person_id
                    )
                )
                hidden = person is None or (link is not None and link.anonymous)
                name = "" if hidden or person is None else person.name
                draft = row.closing_draft is not None
                found.append(OpenConversation(row.with_role, name, row.held_at, draft))
            return found

    def close_case(
        self,
        case_id: int,
        draft: dc.CaseDraft,
        tasks_reason: str | None,
        today: date | None = None,
    ) -> tuple[int, ...]:
        """Saves ``draft`` (status Closed) and, given ``tasks_reason``, marks every task still
        open not applicable with it: each in the audit log as a task change, all of them as
        one line of the timeline. Returns the ids of the tasks marked, for :meth:`undo_close`."""
        if not draft.title.strip():
            raise EmptyFieldError(FIELD_TITLE)
        # The proposed reason, left as it was, is kept in the app's own wording (W12-12).
        reason = app_tasks.stored_reason(tasks_reason or "")
        if tasks_reason is not None and not reason:
            raise ReasonRequiredError()
        with self.case_file.transaction() as session:
            self.repository.update_case(session, case_id, draft, today or date.today())
            if not reason:
                return ()
            marked = session.scalars(
                select(Task).where(Task.case_id == case_id, Task.status == dc.TaskStatus.OPEN)
            ).all()
            for task in marked:
                self._set_status(session, task, dc.TaskStatus.NOT_APPLICABLE, reason)
            # Marked by the closing: reopening the case opens these again (W12-2).
            ids = [task.id for task in marked]
            if ids:
                details = {"count": len(ids), "reason": reason, MARKED: ids}
                self._event(session, case_id, "task.closed_with_case", details)
            self.repository.refresh_task_summary(session, case_id)
            return tuple(ids)

    def undo_close(
        self,
        case_id: int,
        before: dc.CaseDraft,
        task_ids: Sequence[int],
        added: Collection[int] = (),
        since: datetime | None = None,
    ) -> save_undo.Undone:
        """Puts the case back as it was before :meth:`close_case`: its fields, the tasks it
        marked open again (those changed since are left as they are) and the protocol tasks
        the save ``added`` (a type ticked with it) taken back. Returns what it did; ``since``
        (the save's moment) names the originals removed after it, which stay removed."""
        with self.case_file.transaction() as session:
            removed, kept = self._take_back(session, case_id, added)
            tasks: Sequence[Task] = []
            if task_ids:
                tasks = session.scalars(
                    select(Task).where(
                        Task.id.in_(task_ids), Task.status == dc.TaskStatus.NOT_APPLICABLE
                    )
                ).all()
                for task in tasks:
                    self._set_status(session, task, dc.TaskStatus.OPEN, "")
            self.repository.update_case(session, case_id, before, date.today())
            self._event(session, case_id, "case.closing_undone", {"count": len(tasks)})
            self.repository.refresh_task_summary(session, case_id)
            return save_undo.undone(session, case_id, len(tasks), (removed, kept), since)

    def waiting_files(self, case_id: int) -> tuple[str, ...]:
        """The case's files waiting for the question about minors: the closing question names
        them (walk J, finding 15: closing said nothing of them)."""
        with self.case_file.reading() as session:
            return save_undo.waiting(session, case_id)

    def tasks_to_add(self, case_id: int, draft: dc.CaseDraft) -> int:
        """How many protocol tasks saving ``draft`` adds (a type ticked with it): the closing
        question counts them with the open ones (walk J, finding 8)."""
        with self.case_file.reading() as session:
            row = self.repository.get(session, case_id)
            facts = replace(
                self.repository.facts(session, row),
                incident_types=frozenset(draft.incident_types),
                images=draft.images,
                offence_suspected=draft.offence_suspected,
            )
            present = set(
                session.scalars(
                    select(Task.item_key).where(Task.case_id == case_id, Task.item_key.is_not(None))
                )
            )
            items = self.repository.protocol.applicable(facts)
            return sum(1 for item in items if item.key not in present)

    def task_ids(self, case_id: int) -> frozenset[int]:
        """The ids of the case's tasks: compared before and after a save, the ones it added."""
        with self.case_file.reading() as session:
            return frozenset(save_undo.task_ids(session, case_id))

    def _take_back(self, session: Session, case_id: int, added: Collection[int]) -> tuple[int, int]:
        """The tasks an undone save added, deleted unless changed since: in the audit log each,
        in the timeline one line. Returns how many went and how many stayed."""
        removed, kept = save_undo.remove_added(session, added)
        number = self.repository.number(session, case_id)
        for task in removed:
            self._audit(session, AuditAction.TASK_UPDATED, number, task=task.id, status="removed")
        if removed:
            self._event(session, case_id, "protocol.removed", {"count": len(removed)})
        return len(removed), kept

    def closing_marked(self, case_id: int) -> tuple[int, ...]:
        """The tasks the last closing marked not applicable (still so): the ones reopening
        the case opens again."""
        with self.case_file.reading() as session:
            return tuple(task.id for task in self._closing_marked(session, case_id))

    def _closing_marked(self, session: Session, case_id: int) -> list[Task]:
        events = session.scalars(
            select(CaseEvent)
            .where(
                CaseEvent.case_id == case_id,
                CaseEvent.kind.in_(("case.status", "task.not_applicable", *SUMMARIES_WITH_MARKS)),
            )
            .order_by(CaseEvent.id)
        ).all()
        marked: set[int] = set()
        ever = False
        for event in events:
            details = event.details or {}
            if event.kind == "case.status" and details.get("status") == dc.CaseStatus.CLOSED:
                marked = set()  # a new closing: only its own marks count
            elif details.get("closing") and isinstance(details.get("task"), int):
                marked.add(details["task"])  # one event per task, as written before walk 13
                ever = True
            elif isinstance(details.get(MARKED), list) and details[MARKED]:
                marked.update(i for i in details[MARKED] if isinstance(i, int))
                ever = True
        tasks = session.scalars(
            select(Task).where(Task.case_id == case_id, Task.status == dc.TaskStatus.NOT_APPLICABLE)
        ).all()
        if ever:
            return [task for task in tasks if task.id in marked]
        # Closed by a version that did not mark its tasks: those with the closing's own reason.
        return [
            task
            for task in tasks
            if app_tasks.stored_reason(task.na_reason) == app_tasks.CLOSING_REASON
        ]

    def reopen_case(
        self, case_id: int, draft: dc.CaseDraft, reopen_tasks: bool, today: date | None = None
    ) -> dict[int, str]:
        """Saves ``draft`` (no longer Closed; its outcome cleared, the timeline keeping the one
        recorded) and, with ``reopen_tasks``, opens again the tasks the closing marked not
        applicable (walk 12, W12-2: reopening was silent, dropped the outcome without a word
        and left 53 tasks marked). Returns those tasks' reasons by id, for :meth:`undo_reopen`."""
        if not draft.title.strip():
            raise EmptyFieldError(FIELD_TITLE)
        with self.case_file.transaction() as session:
            row = self.repository.get(session, case_id)
            outcome = row.outcome
            tasks = self._closing_marked(session, case_id) if reopen_tasks else []
            reasons = {task.id: task.na_reason for task in tasks}
            self.repository.update_case(session, case_id, draft, today or date.today())
            # One line says how many tasks are open again, not one line per task (W13-5).
            count = len(tasks)
            details = {"outcome": outcome, "tasks": count, "count": count}
            self._event(session, case_id, "case.reopened", details)
            for task in tasks:
                self._set_status(session, task, dc.TaskStatus.OPEN, "")
            self.repository.refresh_task_summary(session, case_id)
            return reasons

    def undo_reopen(
        self,
        case_id: int,
        before: dc.CaseDraft,
        reasons: dict[int, str],
        added: Collection[int] = (),
        since: datetime | None = None,
    ) -> save_undo.Undone:
        """Closes the case again as it was before :meth:`reopen_case`: its fields with the
        outcome and closing date (the retention counts from then; ``before`` keeps it), the
        tasks it opened marked again (unless changed since) and the protocol tasks the save
        ``added`` taken back (walk I, finding 16). Also the undo of a reopening the lock saved
        (``reasons`` empty: it opened no task). ``since`` as for :meth:`undo_close`."""
        with self.case_file.transaction() as session:
            reopened = (
                before.status == dc.CaseStatus.CLOSED
                and self.repository.get(session, case_id).status != dc.CaseStatus.CLOSED
            )
            removed, kept = self._take_back(session, case_id, added)
            # The closing's marks the reopening left (it was told to, or the lock saved it):
            # still the closing's, so a later reopening offers them again.
            left = self._closing_marked(session, case_id) if reopened else []
            self.repository.update_case(session, case_id, before, date.today())
            tasks = session.scalars(
                select(Task).where(Task.id.in_(reasons), Task.status == dc.TaskStatus.OPEN)
            ).all()
            for task in tasks:
                self._set_status(session, task, dc.TaskStatus.NOT_APPLICABLE, reasons[task.id])
            if reopened:
                marked = sorted({task.id for task in [*tasks, *left]})
                details = {"count": len(tasks), MARKED: marked}
                self._event(session, case_id, "case.reopening_undone", details)
            self.repository.refresh_task_summary(session, case_id)
            return save_undo.undone(session, case_id, len(tasks), (removed, kept), since)

    def _set_status(self, session: Session, task: Task, status: dc.TaskStatus, reason: str) -> None:
        """One task changed by closing, reopening or their undo: in the audit log, as any task
        change is. The timeline gets one line for all of them, written by the caller (walk
        13, W13-5: closing, reopening and Undo wrote about 150 task lines, one per task,
        burying the case's own events)."""
        task.status = status.value
        task.na_reason = reason
        task.done_at = None
        search_index.index_task(session, task)
        number = self.repository.number(session, task.case_id)
        self._audit(session, AuditAction.TASK_UPDATED, number, task=task.id, status=status.value)
