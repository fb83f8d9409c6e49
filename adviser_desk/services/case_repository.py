"""Cases, their tasks and their timeline, inside the caller's transaction.

Every method takes the session of the use case that calls it, so a use case that touches a
case in several ways (closing an interview: the interview, the case's fields, follow-up
tasks; a takedown step: the step and its re-check task) commits all of it or nothing. The
use cases themselves (one transaction each) live in the services; this is the shared part.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from adviser_desk.domain import app_tasks
from adviser_desk.domain import cases as dc
from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.domain.clock import now
from adviser_desk.domain.errors import KnownError
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.domain.protocol import Protocol, ProtocolItem
from adviser_desk.services import minor_pending, search_index
from adviser_desk.services.actor import actor
from adviser_desk.services.case_views import TaskInput
from adviser_desk.storage import audit_log
from adviser_desk.storage.models import Case, CaseEvent, CasePerson, Person, Task


class CaseNotFoundError(KnownError):
    def __init__(self, ref: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "Case {ref} does not exist (any more)."), ref=str(ref)
        )


def _bool_or_none(value: object) -> bool | None:
    return None if value is None else bool(value)


class CaseRepository:
    """``language`` picks the protocol text for new tasks."""

    def __init__(self, protocol: Protocol, language: str = "nl") -> None:
        self.protocol = protocol
        self.language = language

    # -- rows, timeline and audit ----------------------------------------------------------
    def get(self, session: Session, case_id: int) -> Case:
        row = session.get(Case, case_id)
        if row is None:
            raise CaseNotFoundError(case_id)
        return row

    def number(self, session: Session, case_id: int) -> str:
        return self.get(session, case_id).number

    def event(
        self,
        session: Session,
        case_id: int,
        kind: str,
        details: dict[str, Any] | None = None,
        observed_at: datetime | None = None,
    ) -> None:
        session.add(
            CaseEvent(
                case_id=case_id,
                recorded_at=now(),
                observed_at=observed_at,
                kind=kind,
                details=details or {},
            )
        )

    def audit(self, session: Session, action: AuditAction, number: str, **details: Any) -> None:
        audit_log.append(session, actor(session), action, number, details)

    # -- the case's fields -----------------------------------------------------------------
    def draft(self, row: Case) -> dc.CaseDraft:
        return dc.CaseDraft(
            title=row.title,
            incident_types=[dc.IncidentType(t) for t in row.incident_types],
            description=row.description,
            status=dc.CaseStatus(row.status),
            outcome=dc.CaseOutcome(row.outcome),
            opened_on=row.opened_on,
            closed_on=row.closed_on,
            platforms=list(row.platforms),
            images=dc.ImagesState(row.images),
            reach=dc.Reach(row.reach),
            still_spreading=_bool_or_none(row.still_spreading),
            offence_suspected=_bool_or_none(row.offence_suspected),
            police_consulted=_bool_or_none(row.police_consulted),
            police_report=dc.PoliceReport(row.police_report),
            police_report_by=row.police_report_by,
            psychological_help=_bool_or_none(row.psychological_help),
            media_expected=_bool_or_none(row.media_expected),
            escalation=dc.Escalation(row.escalation),
            contact_person_id=row.contact_person_id,
            may_tell=[dc.Audience(a) for a in row.may_tell],
            publicity=dc.Publicity(row.publicity),
            secrecy_statement=row.secrecy_statement,
            retention_years=row.retention_years,
        )

    def apply_draft(self, row: Case, draft: dc.CaseDraft) -> list[str]:
        """Copies the draft onto the row; returns the names of the fields that changed."""
        values: dict[str, Any] = {
            "title": draft.title.strip(),
            "description": draft.description,
            "status": dc.CaseStatus(draft.status).value,
            # A case that is not closed has not ended: reopening it forgets the outcome.
            "outcome": (
                dc.CaseOutcome(draft.outcome).value
                if dc.CaseStatus(draft.status) == dc.CaseStatus.CLOSED
                else dc.CaseOutcome.NOT_RECORDED.value
            ),
            "incident_types": sorted({dc.IncidentType(t).value for t in draft.incident_types}),
            "platforms": [p.strip() for p in draft.platforms if p.strip()],
            "images": dc.ImagesState(draft.images).value,
            "reach": dc.Reach(draft.reach).value,
            "still_spreading": draft.still_spreading,
            "offence_suspected": draft.offence_suspected,
            "police_consulted": draft.police_consulted,
            "police_report": dc.PoliceReport(draft.police_report).value,
            "police_report_by": draft.police_report_by,
            "psychological_help": draft.psychological_help,
            "media_expected": draft.media_expected,
            "escalation": dc.Escalation(draft.escalation).value,
            "contact_person_id": draft.contact_person_id,
            "may_tell": sorted({dc.Audience(a).value for a in draft.may_tell}),
            "publicity": dc.Publicity(draft.publicity).value,
            "secrecy_statement": draft.secrecy_statement,
            "retention_years": draft.retention_years,
        }
        if draft.opened_on is not None:
            values["opened_on"] = draft.opened_on
        changed = [key for key, value in values.items() if getattr(row, key, None) != value]
        for key in changed:
            setattr(row, key, values[key])
        return changed

    def update_case(
        self, session: Session, case_id: int, draft: dc.CaseDraft, today: date
    ) -> list[str]:
        """Writes the draft's changes with their timeline entries, new protocol tasks, search
        rows and audit event; nothing when nothing changed. Returns the numbers of the stored
        files that now wait for the question about minors (the case became a sexual case)."""
        row = self.get(session, case_id)
        old_status = row.status
        old_types = frozenset(dc.IncidentType(t) for t in row.incident_types)
        changed = self.apply_draft(row, draft)
        if not changed:
            return []
        if "status" in changed:
            # Closed again by an undo: the draft keeps the day it was closed, from which the
            # retention counts (walk 13: the undo of a reopening the lock saved used today).
            closed = draft.closed_on or today
            row.closed_on = closed if row.status == dc.CaseStatus.CLOSED else None
            self.event(session, case_id, "case.status", {"status": row.status})
        if set(changed) - {"status"}:
            details: dict[str, Any] = {"fields": changed}
            # Which types, so the timeline says when the case became e.g. an exposing case
            # (walk I, finding 28: "Case details changed" alone).
            new_types = frozenset(dc.IncidentType(t) for t in row.incident_types)
            if new_types != old_types:
                details["ticked"] = sorted(new_types - old_types)
                details["unticked"] = sorted(old_types - new_types)
            self.event(session, case_id, "case.updated", details)
        session.flush()
        self.add_protocol_tasks(session, row, today)
        self.refresh_task_summary(session, case_id)
        search_index.index_case(session, row)
        self.audit(
            session,
            AuditAction.CASE_UPDATED,
            row.number,
            fields=changed,
            **({"from": old_status, "to": row.status} if "status" in changed else {}),
        )
        new_types = frozenset(dc.IncidentType(t) for t in row.incident_types)
        if minor_pending.gains_sexual_type(old_types, new_types):
            # Files stored without the question now wait for it (walk G, finding 2).
            return minor_pending.mark_pending(session, row)
        return []

    # -- protocol tasks --------------------------------------------------------------------
    def facts(self, session: Session, row: Case) -> dc.CaseFacts:
        distributors = session.execute(
            select(Person.attends_this_school)
            .join(CasePerson, CasePerson.person_id == Person.id)
            .where(CasePerson.case_id == row.id, CasePerson.role == dc.Role.DISTRIBUTOR)
        ).all()
        return dc.CaseFacts(
            incident_types=frozenset(dc.IncidentType(t) for t in row.incident_types),
            images=dc.ImagesState(row.images),
            distributor_known=bool(distributors),
            distributor_at_other_school=any(not attends for (attends,) in distributors),
            offence_suspected=row.offence_suspected,
        )

    def add_protocol_tasks(self, session: Session, row: Case, base: date) -> int:
        """Adds the protocol items that now apply and are not in the case yet. A closed case
        gets them not applicable, reason "Case closed" (walk I, finding 17: ticking sextortion
        on a closed case added 7 open tasks with due dates, while its Tasks tab said a closed
        case's tasks stay as they are); reopening it offers to open them, as the closing's."""
        present = set(
            session.scalars(
                select(Task.item_key).where(Task.case_id == row.id, Task.item_key.is_not(None))
            )
        )
        section_order = {s.key: s.order for s in self.protocol.sections}
        closed = row.status == dc.CaseStatus.CLOSED
        added: list[Task] = []
        for index, item in enumerate(self.protocol.applicable(self.facts(session, row))):
            if item.key in present:
                continue
            task = self._task_from_item(row.id, item, base, section_order, index)
            if closed:
                task.status = dc.TaskStatus.NOT_APPLICABLE.value
                task.na_reason = app_tasks.CLOSING_REASON
            session.add(task)
            added.append(task)
        if added and closed:
            session.flush()
            # "marked": the ids a reopening opens again (services/case_closing.py, MARKED).
            details = {"count": len(added), "marked": [task.id for task in added]}
            self.event(session, row.id, "protocol.added_closed", details)
        elif added:
            self.event(session, row.id, "protocol.added", {"count": len(added)})
        return len(added)

    def _task_from_item(
        self,
        case_id: int,
        item: ProtocolItem,
        base: date,
        section_order: dict[str, int],
        index: int,
    ) -> Task:
        return Task(
            case_id=case_id,
            item_key=item.key,
            section=item.section,
            title=item.title(self.language),
            assignee_role=item.assignee_role,
            due_on=None if item.due_days is None else base + timedelta(days=item.due_days),
            status=dc.TaskStatus.OPEN,
            note="",
            na_reason="",
            referrals=list(item.referrals),
            warning=item.warning,
            position=section_order.get(item.section, 99) * 1000 + index,
        )

    def refresh_task_summary(self, session: Session, case_id: int) -> None:
        """Keeps the case's open-task count and earliest open due date in step with its tasks."""
        session.flush()
        count, first_due = session.execute(
            select(func.count(), func.min(Task.due_on)).where(
                Task.case_id == case_id, Task.status == dc.TaskStatus.OPEN
            )
        ).one()
        row = self.get(session, case_id)
        row.open_tasks = int(count)
        row.first_open_due = first_due

    # -- own tasks -------------------------------------------------------------------------
    def insert_task(
        self, session: Session, case_id: int, data: TaskInput, section: str = "own"
    ) -> Task:
        """A task of the adviser's own (or planned by another use case, e.g. a re-check)."""
        row = self.get(session, case_id)
        last = session.scalar(select(func.max(Task.position)).where(Task.case_id == case_id))
        task = Task(
            case_id=case_id,
            item_key=None,
            section=section,
            title=data.title.strip(),
            assignee_role=data.assignee_role,
            assignee_person_id=data.assignee_person_id,
            due_on=data.due_on,
            status=dc.TaskStatus.OPEN,
            note=data.note,
            na_reason="",
            referrals=[],
            warning=False,
            position=(last or 0) + 1,
        )
        session.add(task)
        session.flush()
        self.event(session, case_id, "task.added", {"title": task.title})
        self.refresh_task_summary(session, case_id)
        search_index.index_task(session, task)
        self.audit(session, AuditAction.TASK_ADDED, row.number, task=task.id)
        return task

    def finish_task(self, session: Session, task_id: int, note: str) -> None:
        """Marks an open task done, e.g. when the re-check it asked for has been recorded."""
        task = session.get(Task, task_id)
        if task is None or task.status != dc.TaskStatus.OPEN:
            return
        task.status = dc.TaskStatus.DONE.value
        task.done_at = now()
        task.note = "\n".join(x for x in (task.note, note) if x)
        self.event(session, task.case_id, "task.done", {"title": task.title, "reason": ""})
        search_index.index_task(session, task)
        self.refresh_task_summary(session, task.case_id)
        self.audit(
            session,
            AuditAction.TASK_UPDATED,
            self.number(session, task.case_id),
            task=task_id,
            status="done",
        )


def delete_orphan_persons(session: Session) -> int:
    """People no longer in any case are removed with their details."""
    result = session.execute(
        text("DELETE FROM persons WHERE id NOT IN (SELECT person_id FROM case_people)")
    )
    return int(getattr(result, "rowcount", 0) or 0)


def people_in_case(session: Session, case_id: int) -> list[dc.PersonInCase]:
    """The people in a case with their role in it (read by the people tab, the case's
    detail and the interview checker)."""
    rows = session.execute(
        select(CasePerson, Person)
        .join(Person, CasePerson.person_id == Person.id)
        .where(CasePerson.case_id == case_id)
        .order_by(CasePerson.id)
    ).all()
    return [
        dc.PersonInCase(
            link_id=link.id,
            person_id=person.id,
            name=person.name,
            role=dc.Role(link.role),
            anonymous=link.anonymous,
            email=person.email,
            phone=person.phone,
            school=person.school,
            class_name=person.class_name,
            attends_this_school=person.attends_this_school,
            note=link.note,
        )
        for link, person in rows
    ]
