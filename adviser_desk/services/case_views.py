"""Plain data the case services hand to the UI, the reports and the CLI."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from adviser_desk.domain.cases import (
    CaseDraft,
    CaseStatus,
    IncidentType,
    PersonInCase,
    Role,
    TaskStatus,
)


@dataclass(frozen=True)
class CaseRow:
    case_id: int
    number: str
    title: str
    status: CaseStatus
    incident_types: tuple[IncidentType, ...]
    opened_on: date
    open_tasks: int
    first_open_due: date | None
    today: date
    retention_until: date | None = None
    handed_over: bool = False
    closed_on: date | None = None

    @property
    def next_due(self) -> date | None:
        """The earliest due date of an open task, for the list: none once the case is closed
        (its open tasks are left, not due)."""
        return None if self.status == CaseStatus.CLOSED else self.first_open_due

    @property
    def overdue(self) -> bool:
        """An open task is past its due date. A handed-over case's tasks are the receiver's
        now: the sender can no longer tick them, so they must not nag as overdue. A closed
        case has ended: tasks left open in it are not due (walk 7, W7-1)."""
        if self.handed_over or self.status == CaseStatus.CLOSED:
            return False
        return self.first_open_due is not None and self.first_open_due < self.today


@dataclass(frozen=True)
class TaskRow:
    task_id: int
    item_key: str | None
    section: str
    title: str
    assignee_role: str
    assignee_person_id: int | None
    assignee_name: str
    due_on: date | None
    status: TaskStatus
    done_at: datetime | None
    note: str
    na_reason: str
    referrals: tuple[str, ...]
    warning: bool
    overdue: bool
    position: int


@dataclass(frozen=True)
class NoteRow:
    note_id: int
    recorded_at: datetime
    observed_at: datetime | None
    author: str
    text: str


@dataclass(frozen=True)
class TimelineRow:
    recorded_at: datetime
    observed_at: datetime | None
    kind: str
    details: dict[str, object]


@dataclass
class CaseDetail:
    case_id: int
    number: str
    draft: CaseDraft
    people: list[PersonInCase]
    tasks: list[TaskRow]
    notes: list[NoteRow]
    created_at: datetime
    retention_until: date | None
    transfer: Transfer | None = None

    @property
    def read_only(self) -> bool:
        """Handed over: kept here to look at, no longer to change."""
        return self.transfer is not None and self.transfer.handed_over_at is not None


@dataclass(frozen=True)
class Transfer:
    """Where a case went, or came from (hand-over between case files)."""

    handed_over_at: datetime | None = None
    handed_over_to: str = ""
    received_at: datetime | None = None
    received_from: str = ""
    previous_number: str = ""  # its number in the file it came from, when that was taken here


@dataclass
class PersonInput:
    name: str
    role: Role
    anonymous: bool = False
    email: str = ""
    phone: str = ""
    school: str = ""
    class_name: str = ""
    attends_this_school: bool = True
    note: str = ""


@dataclass
class TaskInput:
    title: str
    due_on: date | None = None
    assignee_role: str = ""
    assignee_person_id: int | None = None
    note: str = ""


@dataclass
class TaskUpdate:
    status: TaskStatus
    due_on: date | None
    assignee_role: str
    assignee_person_id: int | None
    note: str
    na_reason: str = ""


@dataclass(frozen=True)
class SearchHit:
    case_id: int
    number: str
    title: str
    snippets: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class KnownPerson:
    """For picking an existing person into another case: name and contact, never roles."""

    person_id: int
    name: str
    school: str
    class_name: str
