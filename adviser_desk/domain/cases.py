"""Cases, people and their roles: the vocabulary and the rules that need no database."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP, Translate, untranslated

CTX = "cases"


class IncidentType(StrEnum):
    CYBERBULLYING = "cyberbullying"
    THREATS = "threats"
    SEXTORTION = "sextortion"
    FAKE_ACCOUNT = "fake_account"
    EXPOSING = "exposing"  # unwanted sexting / shame sexting / revenge porn
    MANIPULATED_IMAGES = "manipulated_images"  # photoshop, deepfake
    GROOMING = "grooming"
    OTHER = "other"


INCIDENT_LABELS = {
    IncidentType.CYBERBULLYING: QT_TRANSLATE_NOOP("cases", "Cyberbullying"),
    IncidentType.THREATS: QT_TRANSLATE_NOOP("cases", "Threats"),
    IncidentType.SEXTORTION: QT_TRANSLATE_NOOP("cases", "Extortion / sextortion"),
    IncidentType.FAKE_ACCOUNT: QT_TRANSLATE_NOOP("cases", "Fake account"),
    IncidentType.EXPOSING: QT_TRANSLATE_NOOP(
        "cases", "Unwanted sexting / exposing (shame sexting, revenge porn)"
    ),
    IncidentType.MANIPULATED_IMAGES: QT_TRANSLATE_NOOP(
        "cases", "Manipulated images (photoshop, deepfake)"
    ),
    IncidentType.GROOMING: QT_TRANSLATE_NOOP("cases", "Grooming"),
    IncidentType.OTHER: QT_TRANSLATE_NOOP("cases", "Other"),
}

# Incident types that, by their nature, involve sexual images.
SEXUAL_IMAGE_TYPES = frozenset(
    {IncidentType.SEXTORTION, IncidentType.EXPOSING, IncidentType.MANIPULATED_IMAGES}
)


class CaseStatus(StrEnum):
    OPEN = "open"
    MONITORING = "monitoring"
    CLOSED = "closed"


STATUS_LABELS = {
    CaseStatus.OPEN: QT_TRANSLATE_NOOP("cases", "Open"),
    CaseStatus.MONITORING: QT_TRANSLATE_NOOP("cases", "Monitoring"),
    CaseStatus.CLOSED: QT_TRANSLATE_NOOP("cases", "Closed"),
}


class CaseOutcome(StrEnum):
    """How a closed case ended: the main way, one choice, for the annual report's "how they
    ended". The choices follow the seed pages' routes (the school's own measures, taking
    images down with Helpwanted, care and Veilig Thuis, the police, the other school or a
    colleague); cases closed before the field existed read as "not recorded"."""

    NOT_RECORDED = "not_recorded"
    RESOLVED_IN_SCHOOL = "resolved_in_school"
    IMAGES_REMOVED = "images_removed"
    REFERRED_TO_CARE = "referred_to_care"
    POLICE_REPORT = "police_report"
    HANDED_OVER = "handed_over"
    OTHER = "other"


OUTCOME_LABELS = {
    CaseOutcome.NOT_RECORDED: QT_TRANSLATE_NOOP("cases", "Not recorded"),
    CaseOutcome.RESOLVED_IN_SCHOOL: QT_TRANSLATE_NOOP("cases", "Resolved within the school"),
    CaseOutcome.IMAGES_REMOVED: QT_TRANSLATE_NOOP("cases", "Images removed (takedown succeeded)"),
    CaseOutcome.REFERRED_TO_CARE: QT_TRANSLATE_NOOP(
        "cases", "Referred to care (e.g. Helpwanted, GGD, Veilig Thuis)"
    ),
    CaseOutcome.POLICE_REPORT: QT_TRANSLATE_NOOP("cases", "Police report made"),
    CaseOutcome.HANDED_OVER: QT_TRANSLATE_NOOP(
        "cases", "Handed over to another school or colleague"
    ),
    CaseOutcome.OTHER: QT_TRANSLATE_NOOP("cases", "Other outcome"),
}


class ImagesState(StrEnum):
    NONE = "none"
    THREATENED = "threatened"  # threatened, not (known to be) spread
    SPREAD = "spread"
    UNKNOWN = "unknown"


IMAGES_LABELS = {
    ImagesState.NONE: QT_TRANSLATE_NOOP("cases", "No images involved"),
    ImagesState.THREATENED: QT_TRANSLATE_NOOP("cases", "Only threatened, not spread"),
    ImagesState.SPREAD: QT_TRANSLATE_NOOP("cases", "Spread"),
    ImagesState.UNKNOWN: QT_TRANSLATE_NOOP("cases", "Not known yet"),
}


class Reach(StrEnum):
    UNKNOWN = "unknown"
    FEW = "few"
    CLASS = "class"
    SCHOOL = "school"
    PUBLIC = "public"


REACH_LABELS = {
    Reach.UNKNOWN: QT_TRANSLATE_NOOP("cases", "Not known"),
    Reach.FEW: QT_TRANSLATE_NOOP("cases", "A few people (under 10)"),
    Reach.CLASS: QT_TRANSLATE_NOOP("cases", "A class or group (10 to 50)"),
    Reach.SCHOOL: QT_TRANSLATE_NOOP("cases", "Much of the school (over 50)"),
    Reach.PUBLIC: QT_TRANSLATE_NOOP("cases", "Public, beyond the school"),
}


class PoliceReport(StrEnum):
    NONE = "none"
    NOTICE = "notice"  # melding
    REPORT = "report"  # aangifte


POLICE_REPORT_LABELS = {
    PoliceReport.NONE: QT_TRANSLATE_NOOP("cases", "None (yet)"),
    PoliceReport.NOTICE: QT_TRANSLATE_NOOP("cases", "Notice (melding)"),
    PoliceReport.REPORT: QT_TRANSLATE_NOOP("cases", "Police report (aangifte)"),
}


class Escalation(StrEnum):
    NONE = "none"
    SLB = "slb"
    CARE_COORDINATOR = "care_coordinator"
    CARE_TEAM = "care_team"
    EXTERNAL = "external"


ESCALATION_LABELS = {
    Escalation.NONE: QT_TRANSLATE_NOOP("cases", "Not escalated"),
    # SLB: schoolloopbaanbegeleider, explained in English (walk 14, W14-15).
    Escalation.SLB: QT_TRANSLATE_NOOP("cases", "Mentor / student counsellor (SLB)"),
    Escalation.CARE_COORDINATOR: QT_TRANSLATE_NOOP("cases", "Care coordinator (zorgcoördinator)"),
    Escalation.CARE_TEAM: QT_TRANSLATE_NOOP("cases", "Care advisory team (zorgadviesteam)"),
    Escalation.EXTERNAL: QT_TRANSLATE_NOOP("cases", "External"),
}


class Publicity(StrEnum):
    UNDECIDED = "undecided"
    APOLOGY = "apology"
    NO_ATTENTION = "no_attention"


PUBLICITY_LABELS = {
    Publicity.UNDECIDED: QT_TRANSLATE_NOOP("cases", "Not discussed yet"),
    Publicity.APOLOGY: QT_TRANSLATE_NOOP("cases", "Wants a public apology from the distributor"),
    Publicity.NO_ATTENTION: QT_TRANSLATE_NOOP("cases", "Wants as little attention as possible"),
}


class Audience(StrEnum):
    PARENTS = "parents"
    MENTOR = "mentor"
    TEAM = "team"
    CLASSMATES = "classmates"
    POLICE = "police"


AUDIENCE_LABELS = {
    Audience.PARENTS: QT_TRANSLATE_NOOP("cases", "Parents"),
    Audience.MENTOR: QT_TRANSLATE_NOOP("cases", "Mentor"),
    Audience.TEAM: QT_TRANSLATE_NOOP("cases", "Team"),
    Audience.CLASSMATES: QT_TRANSLATE_NOOP("cases", "Classmates"),
    Audience.POLICE: QT_TRANSLATE_NOOP("cases", "Police"),
}


class Role(StrEnum):
    VICTIM = "victim"
    DISTRIBUTOR = "distributor"
    REPORTER = "reporter"
    PARENT = "parent"
    WITNESS = "witness"
    CLASSMATE = "classmate"
    STAFF = "staff"
    EXTERNAL = "external"


ROLE_LABELS = {
    Role.VICTIM: QT_TRANSLATE_NOOP("cases", "Victim"),
    Role.DISTRIBUTOR: QT_TRANSLATE_NOOP("cases", "Distributor / perpetrator"),
    Role.REPORTER: QT_TRANSLATE_NOOP("cases", "Reporter"),
    Role.PARENT: QT_TRANSLATE_NOOP("cases", "Parent or guardian"),
    Role.WITNESS: QT_TRANSLATE_NOOP("cases", "Witness"),
    Role.CLASSMATE: QT_TRANSLATE_NOOP("cases", "Classmate"),
    Role.STAFF: QT_TRANSLATE_NOOP("cases", "Staff member"),
    Role.EXTERNAL: QT_TRANSLATE_NOOP("cases", "External contact"),
}

# Roles a school and class belong to: students, and a reporter (often a classmate). A parent,
# a staff member or an external contact has no class, and "attends another school" means
# nothing for them (walk 5, W5-7: a parent was marked as attending another school).
SCHOOL_ROLES = frozenset(
    {Role.VICTIM, Role.DISTRIBUTOR, Role.REPORTER, Role.WITNESS, Role.CLASSMATE}
)

ANONYMOUS_LABEL = QT_TRANSLATE_NOOP("cases", "Anonymous reporter")


class TaskStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"


TASK_STATUS_LABELS = {
    TaskStatus.OPEN: QT_TRANSLATE_NOOP("cases", "Open"),
    TaskStatus.DONE: QT_TRANSLATE_NOOP("cases", "Done"),
    TaskStatus.NOT_APPLICABLE: QT_TRANSLATE_NOOP("cases", "Not applicable"),
}

_NUMBER = re.compile(r"^(\d{4})-(\d{3,})$")


def case_number(year: int, sequence: int) -> str:
    """Stable, human-readable: the year the case was opened and its place in that year."""
    return f"{year:04d}-{sequence:03d}"


def parse_case_number(number: str) -> tuple[int, int]:
    match = _NUMBER.match(number.strip())
    if not match:
        raise ValueError(f"not a case number: {number!r}")
    return int(match.group(1)), int(match.group(2))


def is_overdue(status: TaskStatus, due: date | None, today: date) -> bool:
    return status == TaskStatus.OPEN and due is not None and due < today


def retention_end(closed_on: date, years: int) -> date:
    """The day a closed case may be purged: ``years`` after closing (29 Feb -> 28 Feb)."""
    try:
        return closed_on.replace(year=closed_on.year + years)
    except ValueError:
        return closed_on.replace(year=closed_on.year + years, day=28)


@dataclass(frozen=True)
class CaseFacts:
    """What the protocol's conditions look at."""

    incident_types: frozenset[IncidentType]
    images: ImagesState = ImagesState.UNKNOWN
    distributor_known: bool = False
    distributor_at_other_school: bool = False
    offence_suspected: bool | None = None

    @property
    def sexual_images(self) -> bool:
        return bool(self.incident_types & SEXUAL_IMAGE_TYPES)


@dataclass
class PersonInCase:
    """A person as seen in one case (the role belongs to the case, not the person)."""

    link_id: int
    person_id: int
    name: str
    role: Role
    anonymous: bool = False
    email: str = ""
    phone: str = ""
    school: str = ""
    class_name: str = ""
    attends_this_school: bool = True
    note: str = ""

    def display_name(self, unmasked: bool = False, translate: Translate = untranslated) -> str:
        """Never the name of an anonymous reporter unless explicitly unmasked; then the label
        in the language ``translate`` speaks (walker: English in a Dutch summary)."""
        if self.anonymous and not unmasked:
            return translate("cases", ANONYMOUS_LABEL)
        return self.name


@dataclass
class TimelineEntry:
    recorded_at: datetime
    observed_at: datetime | None
    kind: str
    text: str


@dataclass
class CaseDraft:
    """The editable fields of a case, as plain data for the UI and reports."""

    title: str
    incident_types: list[IncidentType]
    description: str = ""
    status: CaseStatus = CaseStatus.OPEN
    outcome: CaseOutcome = CaseOutcome.NOT_RECORDED  # only a closed case has one
    opened_on: date | None = None
    closed_on: date | None = None
    platforms: list[str] = field(default_factory=list)
    images: ImagesState = ImagesState.UNKNOWN
    reach: Reach = Reach.UNKNOWN
    still_spreading: bool | None = None
    offence_suspected: bool | None = None
    police_consulted: bool | None = None
    police_report: PoliceReport = PoliceReport.NONE
    police_report_by: str = ""
    psychological_help: bool | None = None
    media_expected: bool | None = None
    escalation: Escalation = Escalation.NONE
    contact_person_id: int | None = None
    may_tell: list[Audience] = field(default_factory=list)
    publicity: Publicity = Publicity.UNDECIDED
    secrecy_statement: str = ""
    retention_years: int | None = None
