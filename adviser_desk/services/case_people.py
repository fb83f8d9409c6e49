"""The people in a case: added (new or known from another case), changed, removed; an
anonymous reporter's name never reaches the timeline or the audit chain."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from adviser_desk.domain import cases as dc
from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.services import search_index
from adviser_desk.services.case_base import (
    FIELD_NAME,
    CaseBase,
    DuplicateRoleError,
    EmptyFieldError,
    who_values,
)
from adviser_desk.services.case_repository import CaseNotFoundError as CaseNotFoundError
from adviser_desk.services.case_repository import delete_orphan_persons, people_in_case
from adviser_desk.services.case_views import (
    KnownPerson,
    PersonInput,
)
from adviser_desk.storage.models import CasePerson, Interview, Person, Task


@dataclass(frozen=True)
class PersonLinks:
    """What pointed at a person in one case when they were removed from it, for the removal's
    Undo: removing the last link deletes the person, and the foreign keys then clear the
    interviews' student and the tasks' assignee (walk 16, W16-5); the case's contact person is
    cleared by the removal itself."""

    contact: bool = False
    interview_ids: tuple[int, ...] = ()
    task_ids: tuple[int, ...] = ()


class CasePeople(CaseBase):
    # -- people ---------------------------------------------------------------------------------
    def people(self, case_id: int) -> list[dc.PersonInCase]:
        with self.case_file.reading() as session:
            return people_in_case(session, case_id)

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
                    who_values(role.value, anonymous, person.name),
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
                who_values(role.value, link.anonymous, person.name),
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

    def other_case_count(self, link_id: int) -> int:
        """In how many other cases the person of this link appears (removing them from the
        last one deletes their details)."""
        with self.case_file.reading() as session:
            link = session.get(CasePerson, link_id)
            if link is None:
                return 0
            others = session.scalars(
                select(CasePerson.case_id).where(
                    CasePerson.person_id == link.person_id, CasePerson.case_id != link.case_id
                )
            )
            return len(set(others))

    def remove_person(self, link_id: int) -> PersonLinks:
        """Removes a person from a case; returns what pointed at them there, for the Undo."""
        with self.case_file.transaction() as session:
            link = session.get(CasePerson, link_id)
            if link is None:
                return PersonLinks()
            person = session.get(Person, link.person_id)
            row = self._case(session, link.case_id)
            links = PersonLinks(
                contact=row.contact_person_id == link.person_id,
                interview_ids=tuple(
                    session.scalars(
                        select(Interview.id).where(
                            Interview.case_id == link.case_id,
                            Interview.person_id == link.person_id,
                        )
                    )
                ),
                task_ids=tuple(
                    session.scalars(
                        select(Task.id).where(
                            Task.case_id == link.case_id,
                            Task.assignee_person_id == link.person_id,
                        )
                    )
                ),
            )
            self._event(
                session,
                link.case_id,
                "person.removed",
                who_values(link.role, link.anonymous, person.name if person else "?"),
            )
            if row.contact_person_id == link.person_id:
                row.contact_person_id = None
            search_index.remove(session, search_index.PERSON, link.id)
            session.delete(link)
            session.flush()
            delete_orphan_persons(session)
            self._audit(session, AuditAction.PERSON_REMOVED, row.number, link=link_id)
        return links
