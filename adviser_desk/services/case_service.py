"""Use cases for cases, their people, tasks, notes and timeline.

Every change writes, in the same transaction: the change, an entry in the case's own timeline
(which may name people and is deleted with the case), the search index rows, and an audit-chain
event that carries only numbers and kinds, never personal data, because the chain outlives a
purged case.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from adviser_desk.domain import app_tasks
from adviser_desk.domain import cases as dc
from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.domain.clock import now
from adviser_desk.domain.errors import KnownError
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.domain.protocol import Protocol
from adviser_desk.services import search_index
from adviser_desk.services.actor import actor
from adviser_desk.services.case_repository import CaseNotFoundError as CaseNotFoundError
from adviser_desk.services.case_repository import CaseRepository, delete_orphan_persons
from adviser_desk.services.case_views import (
    CaseDetail,
    CaseRow,
    KnownPerson,
    NoteRow,
    PersonInput,
    SearchHit,
    TaskInput,
    TaskRow,
    TaskUpdate,
    TimelineRow,
)
from adviser_desk.storage import audit_log
from adviser_desk.storage.casefile import CaseFile
from adviser_desk.storage.models import Case, CaseEvent, CasePerson, Note, Person, Task
from adviser_desk.storage.repositories import profile


class DuplicateRoleError(KnownError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "This person already has that role in this case. Nothing was added."
            )
        )


# Field names are translated like the message they go into (see ui.i18n.text).
FIELD_TITLE = QT_TRANSLATE_NOOP("errors", "the title")
FIELD_NAME = QT_TRANSLATE_NOOP("errors", "the name")
FIELD_NOTE = QT_TRANSLATE_NOOP("errors", "the note")


class EmptyFieldError(KnownError):
    def __init__(self, field: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "Please fill in: {field}."), field=field)


class ReasonRequiredError(KnownError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "Give a reason when a task does not apply, so the file shows why."
            )
        )


def _who(role: str, anonymous: bool, name: str) -> dict[str, Any]:
    """Timeline values for a person: an anonymous reporter's name is never stored in them."""
    return {"role": role, "anonymous": True} if anonymous else {"role": role, "name": name}


class CaseService:
    """Cases in one open case file. ``language`` picks the protocol text for new tasks."""

    def __init__(self, case_file: CaseFile, protocol: Protocol, language: str = "nl") -> None:
        self.case_file = case_file
        self.protocol = protocol
        self.language = language
        # The steps other use cases share (tasks, case updates) in their own transaction.
        self.repository = CaseRepository(protocol, language)

    # -- helpers ------------------------------------------------------------------------------
    def _case(self, session: Session, case_id: int) -> Case:
        return self.repository.get(session, case_id)

    def _event(
        self,
        session: Session,
        case_id: int,
        kind: str,
        details: dict[str, Any] | None = None,
        observed_at: datetime | None = None,
    ) -> None:
        self.repository.event(session, case_id, kind, details, observed_at)

    def _audit(self, session: Session, action: AuditAction, number: str, **details: Any) -> None:
        self.repository.audit(session, action, number, **details)

    def _next_number(self, session: Session, year: int) -> str:
        numbers = session.scalars(select(Case.number).where(Case.number.like(f"{year:04d}-%")))
        highest = max((dc.parse_case_number(n)[1] for n in numbers), default=0)
        return dc.case_number(year, highest + 1)

    def _retention_until(self, session: Session, row: Case, default_years: int) -> date | None:
        if row.closed_on is None:
            return None
        years = row.retention_years if row.retention_years is not None else default_years
        return dc.retention_end(row.closed_on, years)

    # -- cases ----------------------------------------------------------------------------------
    def list_cases(self, today: date | None = None, limit: int | None = None) -> list[CaseRow]:
        """Cases, newest number first (``limit`` gives the first page). Reads only the cases
        table (task counts are kept on each case), with plain SQL: the list must appear at
        once even with 10,000 cases."""
        today = today or date.today()
        with self.case_file.reading() as session:
            default_years = profile(session).retention_years
            rows = session.execute(
                text(
                    "SELECT id, number, title, status, incident_types, opened_on, closed_on, "
                    "retention_years, open_tasks, first_open_due FROM cases ORDER BY number DESC "
                    "LIMIT :n"
                ),
                {"n": -1 if limit is None else limit},
            ).all()
        out = []
        for case_id, number, title, status, types, opened, closed, years, open_count, due in rows:
            closed_on = date.fromisoformat(closed) if closed else None
            until = None
            if closed_on is not None:
                until = dc.retention_end(closed_on, years if years is not None else default_years)
            out.append(
                CaseRow(
                    case_id=case_id,
                    number=number,
                    title=title,
                    status=dc.CaseStatus(status),
                    incident_types=tuple(dc.IncidentType(t) for t in json.loads(types)),
                    opened_on=date.fromisoformat(opened),
                    open_tasks=open_count,
                    first_open_due=date.fromisoformat(due) if due else None,
                    today=today,
                    retention_until=until,
                )
            )
        return out

    def create_case(self, draft: dc.CaseDraft, today: date | None = None) -> int:
        if not draft.title.strip():
            raise EmptyFieldError(FIELD_TITLE)
        opened = draft.opened_on or today or date.today()
        with self.case_file.transaction() as session:
            number = self._next_number(session, opened.year)
            row = Case(number=number, opened_on=opened, created_at=now())
            self.repository.apply_draft(row, draft)
            row.opened_on = opened
            session.add(row)
            session.flush()
            self._event(session, row.id, "case.opened", {"number": number, "title": row.title})
            self.repository.add_protocol_tasks(session, row, opened)
            self.repository.refresh_task_summary(session, row.id)
            search_index.index_case(session, row)
            self._audit(
                session, AuditAction.CASE_CREATED, number, incident_types=list(row.incident_types)
            )
            return row.id

    def update_case(self, case_id: int, draft: dc.CaseDraft, today: date | None = None) -> None:
        if not draft.title.strip():
            raise EmptyFieldError(FIELD_TITLE)
        with self.case_file.transaction() as session:
            self.repository.update_case(session, case_id, draft, today or date.today())

    def get_case(self, case_id: int, today: date | None = None) -> CaseDetail:
        today = today or date.today()
        with self.case_file.reading() as session:
            row = self._case(session, case_id)
            default_years = profile(session).retention_years
            return CaseDetail(
                case_id=row.id,
                number=row.number,
                draft=self.repository.draft(row),
                people=self._people(session, case_id),
                tasks=self._tasks(session, case_id, today),
                notes=self._notes(session, case_id),
                created_at=row.created_at,
                retention_until=self._retention_until(session, row, default_years),
            )

    def case_id_for_number(self, number: str) -> int:
        with self.case_file.reading() as session:
            case_id = session.scalar(select(Case.id).where(Case.number == number.strip()))
        if case_id is None:
            raise CaseNotFoundError(number)
        return case_id

    # -- people ---------------------------------------------------------------------------------
    def _people(self, session: Session, case_id: int) -> list[dc.PersonInCase]:
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

    def people(self, case_id: int) -> list[dc.PersonInCase]:
        with self.case_file.reading() as session:
            return self._people(session, case_id)

    def known_persons(self, name_part: str = "", limit: int = 50) -> list[KnownPerson]:
        """People already in the case file, to add to another case; roles are not shown."""
        with self.case_file.reading() as session:
            anonymous_only = (
                select(CasePerson.person_id)
                .group_by(CasePerson.person_id)
                .having(func.min(CasePerson.anonymous) == 1)
            )
            query = select(Person).where(Person.id.not_in(anonymous_only)).order_by(Person.name)
            if name_part.strip():
                query = query.where(Person.name.like(f"%{name_part.strip()}%"))
            return [
                KnownPerson(p.id, p.name, p.school, p.class_name)
                for p in session.scalars(query.limit(limit))
            ]

    def add_person(self, case_id: int, data: PersonInput, person_id: int | None = None) -> int:
        if not data.name.strip() and person_id is None:
            raise EmptyFieldError(FIELD_NAME)
        role = dc.Role(data.role)
        anonymous = data.anonymous and role == dc.Role.REPORTER
        try:
            with self.case_file.transaction() as session:
                row = self._case(session, case_id)
                if person_id is None:
                    person = Person(
                        name=data.name.strip(),
                        email=data.email.strip(),
                        phone=data.phone.strip(),
                        school=data.school.strip(),
                        class_name=data.class_name.strip(),
                        attends_this_school=data.attends_this_school,
                    )
                    session.add(person)
                    session.flush()
                else:
                    found = session.get(Person, person_id)
                    if found is None:
                        raise EmptyFieldError(FIELD_NAME)
                    person = found
                link = CasePerson(
                    case_id=case_id,
                    person_id=person.id,
                    role=role.value,
                    anonymous=anonymous,
                    note=data.note,
                )
                session.add(link)
                session.flush()
                self._event(
                    session,
                    case_id,
                    "person.added",
                    _who(role.value, anonymous, person.name),
                )
                self.repository.add_protocol_tasks(session, row, date.today())
                self.repository.refresh_task_summary(session, case_id)
                search_index.index_person(session, case_id, link, person)
                self._audit(
                    session, AuditAction.PERSON_ADDED, row.number, role=role.value, link=link.id
                )
                return link.id
        except IntegrityError as exc:
            raise DuplicateRoleError() from exc

    def update_person(self, link_id: int, data: PersonInput) -> None:
        if not data.name.strip():
            raise EmptyFieldError(FIELD_NAME)
        with self.case_file.transaction() as session:
            link = session.get(CasePerson, link_id)
            if link is None:
                raise CaseNotFoundError(link_id)
            person = session.get(Person, link.person_id)
            assert person is not None
            row = self._case(session, link.case_id)
            role = dc.Role(data.role)
            link.role = role.value
            link.anonymous = data.anonymous and role == dc.Role.REPORTER
            link.note = data.note
            person.name = data.name.strip()
            person.email = data.email.strip()
            person.phone = data.phone.strip()
            person.school = data.school.strip()
            person.class_name = data.class_name.strip()
            person.attends_this_school = data.attends_this_school
            self._event(
                session,
                link.case_id,
                "person.changed",
                _who(role.value, link.anonymous, person.name),
            )
            session.flush()
            self.repository.add_protocol_tasks(session, row, date.today())
            self.repository.refresh_task_summary(session, row.id)
            # The same person may appear in other cases: keep their search rows current too.
            for other in session.scalars(
                select(CasePerson).where(CasePerson.person_id == person.id)
            ):
                search_index.index_person(session, other.case_id, other, person)
            self._audit(session, AuditAction.PERSON_CHANGED, row.number, link=link_id)

    def remove_person(self, link_id: int) -> None:
        with self.case_file.transaction() as session:
            link = session.get(CasePerson, link_id)
            if link is None:
                return
            person = session.get(Person, link.person_id)
            row = self._case(session, link.case_id)
            self._event(
                session,
                link.case_id,
                "person.removed",
                _who(link.role, link.anonymous, person.name if person else "?"),
            )
            if row.contact_person_id == link.person_id:
                row.contact_person_id = None
            search_index.remove(session, search_index.PERSON, link.id)
            session.delete(link)
            session.flush()
            delete_orphan_persons(session)
            self._audit(session, AuditAction.PERSON_REMOVED, row.number, link=link_id)

    def restore_person(self, case_id: int, removed: dc.PersonInCase) -> int:
        """Undoes :meth:`remove_person`: the same person back in the same role (made again
        from the removed row's details if the removal deleted them); recorded as an addition."""
        data = PersonInput(
            name=removed.name,
            role=removed.role,
            anonymous=removed.anonymous,
            email=removed.email,
            phone=removed.phone,
            school=removed.school,
            class_name=removed.class_name,
            attends_this_school=removed.attends_this_school,
            note=removed.note,
        )
        with self.case_file.transaction() as session:
            still_known = session.get(Person, removed.person_id) is not None
        return self.add_person(case_id, data, removed.person_id if still_known else None)

    # -- tasks ----------------------------------------------------------------------------------
    def _tasks(self, session: Session, case_id: int, today: date) -> list[TaskRow]:
        names = dict(
            session.execute(
                select(Person.id, Person.name)
                .join(CasePerson, CasePerson.person_id == Person.id)
                .where(CasePerson.case_id == case_id)
            ).all()
        )
        rows = session.scalars(
            select(Task).where(Task.case_id == case_id).order_by(Task.position, Task.id)
        )
        out = []
        for task in rows:
            item = self.protocol.item(task.item_key) if task.item_key else None
            status = dc.TaskStatus(task.status)
            out.append(
                TaskRow(
                    task_id=task.id,
                    item_key=task.item_key,
                    section=task.section,
                    title=item.title(self.language)
                    if item
                    else app_tasks.render(task.title, self.language),
                    assignee_role=task.assignee_role,
                    assignee_person_id=task.assignee_person_id,
                    assignee_name=names.get(task.assignee_person_id, "")
                    if task.assignee_person_id
                    else "",
                    due_on=task.due_on,
                    status=status,
                    done_at=task.done_at,
                    note=task.note,
                    na_reason=task.na_reason,
                    referrals=tuple(task.referrals),
                    warning=task.warning,
                    overdue=dc.is_overdue(status, task.due_on, today),
                    position=task.position,
                )
            )
        return out

    def tasks(self, case_id: int, today: date | None = None) -> list[TaskRow]:
        with self.case_file.reading() as session:
            return self._tasks(session, case_id, today or date.today())

    def add_task(self, case_id: int, data: TaskInput) -> int:
        if not data.title.strip():
            raise EmptyFieldError(FIELD_TITLE)
        with self.case_file.transaction() as session:
            return self.repository.insert_task(session, case_id, data).id

    def update_task(self, task_id: int, update: TaskUpdate) -> None:
        status = dc.TaskStatus(update.status)
        if status == dc.TaskStatus.NOT_APPLICABLE and not update.na_reason.strip():
            raise ReasonRequiredError()
        with self.case_file.transaction() as session:
            task = session.get(Task, task_id)
            if task is None:
                raise CaseNotFoundError(task_id)
            row = self._case(session, task.case_id)
            previous = dc.TaskStatus(task.status)
            task.due_on = update.due_on
            task.assignee_role = update.assignee_role
            task.assignee_person_id = update.assignee_person_id
            task.note = update.note
            task.na_reason = (
                update.na_reason.strip() if status == dc.TaskStatus.NOT_APPLICABLE else ""
            )
            if status != previous:
                task.status = status.value
                task.done_at = now() if status == dc.TaskStatus.DONE else None
                item = self.protocol.item(task.item_key) if task.item_key else None
                title = item.title(self.language) if item else task.title
                kind = {
                    dc.TaskStatus.DONE: "task.done",
                    dc.TaskStatus.NOT_APPLICABLE: "task.not_applicable",
                    dc.TaskStatus.OPEN: "task.reopened",
                }[status]
                self._event(session, task.case_id, kind, {"title": title, "reason": task.na_reason})
            search_index.index_task(session, task)
            self.repository.refresh_task_summary(session, task.case_id)
            self._audit(
                session,
                AuditAction.TASK_UPDATED,
                row.number,
                task=task_id,
                status=status.value,
            )

    # -- notes and timeline ---------------------------------------------------------------------
    def _notes(self, session: Session, case_id: int) -> list[NoteRow]:
        return [
            NoteRow(n.id, n.recorded_at, n.observed_at, n.author, n.text)
            for n in session.scalars(
                select(Note).where(Note.case_id == case_id).order_by(Note.recorded_at, Note.id)
            )
        ]

    def add_note(self, case_id: int, body: str, observed_at: datetime | None = None) -> int:
        if not body.strip():
            raise EmptyFieldError(FIELD_NOTE)
        with self.case_file.transaction() as session:
            row = self._case(session, case_id)
            note = Note(
                case_id=case_id,
                recorded_at=now(),
                observed_at=observed_at,
                author=actor(session),
                text=body.strip(),
            )
            session.add(note)
            session.flush()
            excerpt = note.text if len(note.text) <= 120 else note.text[:117] + "…"
            self._event(
                session,
                case_id,
                "note.added",
                {"author": note.author, "text": excerpt},
                observed_at=observed_at,
            )
            search_index.index_note(session, note)
            self._audit(session, AuditAction.NOTE_ADDED, row.number, note=note.id)
            return note.id

    def timeline(self, case_id: int) -> list[TimelineRow]:
        with self.case_file.reading() as session:
            self._case(session, case_id)
            events = session.scalars(
                select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.id)
            ).all()
        rows = [TimelineRow(e.recorded_at, e.observed_at, e.kind, dict(e.details)) for e in events]
        # In the order things happened: what the student said happened, else when it was written.
        return sorted(rows, key=lambda r: r.observed_at or r.recorded_at)

    # -- search --------------------------------------------------------------------------------
    def search(self, user_text: str, limit: int = 50) -> list[SearchHit]:
        """Cases matching every word (as a prefix) in number, title, people, notes, tasks."""
        with self.case_file.reading() as session:
            hits = search_index.search(session, user_text)
            order: list[int] = []
            snippets: dict[int, list[str]] = {}
            for case_id, snippet in hits:
                if case_id not in snippets:
                    order.append(case_id)
                    snippets[case_id] = []
                if len(snippets[case_id]) < 3:
                    snippets[case_id].append(snippet)
            order = order[:limit]
            if not order:
                return []
            titles = {
                case_id: (number, title)
                for case_id, number, title in session.execute(
                    select(Case.id, Case.number, Case.title).where(Case.id.in_(order))
                )
            }
        return [
            SearchHit(case_id, *titles[case_id], tuple(snippets[case_id]))
            for case_id in order
            if case_id in titles
        ]

    def matching_case_ids(self, user_text: str) -> set[int]:
        """The ids of all cases that match: for filtering the case list."""
        with self.case_file.reading() as session:
            return search_index.matching_cases(session, user_text)

    # -- profile -------------------------------------------------------------------------------
    def default_retention_years(self) -> int:
        with self.case_file.reading() as session:
            return profile(session).retention_years

    def set_default_retention_years(self, years: int) -> None:
        with self.case_file.transaction() as session:
            prof = profile(session)
            if prof.retention_years != years:
                prof.retention_years = years
                audit_log.append(
                    session, actor(session), AuditAction.RETENTION_CHANGED, "", {"years": years}
                )


def as_plain(draft: dc.CaseDraft) -> dict[str, Any]:
    """The draft as JSON-ready values (dates as ISO text)."""
    out = asdict(draft)
    for key, value in list(out.items()):
        if isinstance(value, date):
            out[key] = value.isoformat()
    return out


def incident_values(types: Iterable[dc.IncidentType]) -> list[str]:
    return [dc.IncidentType(t).value for t in types]
