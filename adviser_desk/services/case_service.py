"""Use cases for cases, their people, tasks, notes and timeline.

Every change writes, in the same transaction: the change, an entry in the case's own timeline
(which may name people and is deleted with the case), the search index rows, and an audit-chain
event that carries only numbers and kinds, never personal data, because the chain outlives a
purged case.
"""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from adviser_desk.domain import cases as dc
from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.domain.clock import now
from adviser_desk.services import search_index
from adviser_desk.services.actor import actor
from adviser_desk.services.case_base import FIELD_NAME as FIELD_NAME
from adviser_desk.services.case_base import FIELD_NOTE as FIELD_NOTE
from adviser_desk.services.case_base import FIELD_TITLE as FIELD_TITLE
from adviser_desk.services.case_base import CaseBase
from adviser_desk.services.case_base import DuplicateRoleError as DuplicateRoleError
from adviser_desk.services.case_base import EmptyFieldError as EmptyFieldError
from adviser_desk.services.case_base import IncidentTypeRequiredError as IncidentTypeRequiredError
from adviser_desk.services.case_base import OpenedInFutureError as OpenedInFutureError
from adviser_desk.services.case_base import ReasonRequiredError as ReasonRequiredError
from adviser_desk.services.case_base import as_plain as as_plain
from adviser_desk.services.case_base import incident_values as incident_values
from adviser_desk.services.case_closing import CaseClosing
from adviser_desk.services.case_notes import CaseNotes
from adviser_desk.services.case_people import CasePeople, PersonLinks
from adviser_desk.services.case_repository import CaseNotFoundError as CaseNotFoundError
from adviser_desk.services.case_repository import people_in_case
from adviser_desk.services.case_tasks import CaseTasks
from adviser_desk.services.case_views import (
    CaseDetail,
    CaseRow,
    PersonInput,
    SearchHit,
    Transfer,
)
from adviser_desk.storage import audit_log
from adviser_desk.storage.models import Case, CasePerson, Interview, Person, Task
from adviser_desk.storage.repositories import profile


def transfer(row: Case) -> Transfer | None:
    """A case's hand-over facts, or None for a case that never moved between files."""
    if row.handed_over_at is None and row.received_at is None:
        return None
    return Transfer(
        row.handed_over_at,
        row.handed_over_to,
        row.received_at,
        row.received_from,
        row.previous_number,
    )


class CaseService(CaseClosing, CasePeople, CaseTasks, CaseNotes, CaseBase):
    """Cases in one open case file: the cases themselves here; their people, tasks, notes
    and timeline in the parts this class is made of (case_people, case_tasks, case_notes,
    case_closing).
    ``language`` picks the protocol text for new tasks."""

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
                    "retention_years, open_tasks, first_open_due, handed_over_at FROM cases "
                    "ORDER BY number DESC "
                    "LIMIT :n"
                ),
                {"n": -1 if limit is None else limit},
            ).all()
        out = []
        for row in rows:
            case_id, number, title, status, types, opened, closed, years, open_count, due = row[:10]
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
                    handed_over=row[10] is not None,
                    closed_on=closed_on,
                )
            )
        return out

    def create_case(self, draft: dc.CaseDraft, today: date | None = None) -> int:
        if not draft.title.strip():
            raise EmptyFieldError(FIELD_TITLE)
        if not draft.incident_types:
            raise IncidentTypeRequiredError()
        opened = draft.opened_on or today or date.today()
        if opened > (today or date.today()):
            raise OpenedInFutureError()
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

    def update_case(
        self, case_id: int, draft: dc.CaseDraft, today: date | None = None
    ) -> list[str]:
        """Saves the draft; returns the stored files that now wait for the question about
        minors (see minor_pending)."""
        if not draft.title.strip():
            raise EmptyFieldError(FIELD_TITLE)
        with self.case_file.transaction() as session:
            return self.repository.update_case(session, case_id, draft, today or date.today())

    def get_case(self, case_id: int, today: date | None = None) -> CaseDetail:
        today = today or date.today()
        with self.case_file.reading() as session:
            row = self._case(session, case_id)
            default_years = profile(session).retention_years
            return CaseDetail(
                case_id=row.id,
                number=row.number,
                draft=self.repository.draft(row),
                people=people_in_case(session, case_id),
                tasks=self._tasks(session, case_id, today),
                notes=self._notes(session, case_id),
                created_at=row.created_at,
                retention_until=self._retention_until(session, row, default_years),
                transfer=transfer(row),
            )

    def case_id_for_number(self, number: str) -> int:
        with self.case_file.reading() as session:
            case_id = session.scalar(select(Case.id).where(Case.number == number.strip()))
        if case_id is None:
            raise CaseNotFoundError(number)
        return case_id

    def restore_person(
        self, case_id: int, removed: dc.PersonInCase, links: PersonLinks | None = None
    ) -> int:
        """Undoes :meth:`remove_person`: the same person back in the same role (made again
        from the removed row's details if the removal deleted them), recorded as an addition,
        and, given the removal's ``links``, again the case's contact person, the student of
        its interviews and the assignee of its tasks they were."""
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
        link_id = self.add_person(case_id, data, removed.person_id if still_known else None)
        if links is not None:
            self._relink(case_id, link_id, links)
        return link_id

    def _relink(self, case_id: int, link_id: int, links: PersonLinks) -> None:
        with self.case_file.transaction() as session:
            person_id = session.scalar(select(CasePerson.person_id).where(CasePerson.id == link_id))
            if links.contact:
                self._case(session, case_id).contact_person_id = person_id
            for interview_id in links.interview_ids:
                interview = session.get(Interview, interview_id)
                if interview is not None and interview.case_id == case_id:
                    interview.person_id = person_id
            for task_id in links.task_ids:
                task = session.get(Task, task_id)
                if task is not None and task.case_id == case_id:
                    task.assignee_person_id = person_id

    # -- search --------------------------------------------------------------------------------
    def search(self, user_text: str, limit: int = 50) -> list[SearchHit]:
        """Cases matching every word (as a prefix) in number, title, people, notes, tasks and
        evidence (description, web address, account, sender)."""
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
