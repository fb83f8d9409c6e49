"""Interviews in a case: recording lines verbatim, checking the adviser's questions as they
are written, ticking the checklist, and closing the interview into the case."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from adviser_desk.domain import cases as dc
from adviser_desk.domain import dates, questions
from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.domain.checker_profiles import NAMES_VICTIM, profile_for
from adviser_desk.domain.clock import now
from adviser_desk.domain.conversations import (
    AGE_BAND_LABELS,
    AgeBand,
    normalise_type,
    respondent_label,
    type_label,
)
from adviser_desk.domain.errors import KnownError
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.domain.interview_closing import Closing as Closing
from adviser_desk.domain.interview_closing import ClosingDraft, for_conversation, merge_closing
from adviser_desk.domain.interview_guide import CheckItem, GuideBook, InterviewGuide
from adviser_desk.reports import interview_record
from adviser_desk.reports.interview_record import (
    NOBODY_YET,
    NOT_ASKED,
    NOT_TICKED,
    InterviewRecordData,
    RecordLine,
)
from adviser_desk.services import question_checking, search_index
from adviser_desk.services.actor import actor
from adviser_desk.services.case_repository import people_in_case
from adviser_desk.services.case_service import FIELD_NOTE, CaseService, EmptyFieldError
from adviser_desk.services.case_views import TaskInput
from adviser_desk.storage import audit_log
from adviser_desk.storage.atomic import write_atomic
from adviser_desk.storage.casefile import CaseFile
from adviser_desk.storage.models import (
    CaseEvent,
    CasePerson,
    Interview,
    InterviewCheck,
    InterviewLine,
    Person,
)

Translate = Callable[[str, str], str]
ADVISER, STUDENT, NOTE = "adviser", "student", "note"
SPEAKERS = (ADVISER, STUDENT, NOTE)


class InterviewClosedError(KnownError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This interview is closed; its record cannot change. Start a new interview to "
                "add to it.",
            )
        )


@dataclass(frozen=True)
class LineRow:
    line_id: int
    at: datetime
    speaker: str
    text: str
    findings: tuple[str, ...]  # the kinds found, each once
    semantic: tuple[str, ...] = ()  # of those, the kinds only the semantic layer found


def stored_findings(findings: list[questions.Finding]) -> list[dict[str, str]]:
    """What a line keeps of its findings: each kind once, with the layer that found it (a
    kind found by a rule counts as rule-based)."""
    layers: dict[str, str] = {}
    for finding in findings:
        if layers.get(finding.kind) != questions.RULE:
            layers[finding.kind] = finding.layer
    return [{"kind": kind, "layer": layers[kind]} for kind in sorted(layers)]


def read_findings(stored: object) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(kinds, semantic kinds) from a stored line; lines written before the semantic layer
    hold plain kind names, all rule-based."""
    kinds: list[str] = []
    semantic: list[str] = []
    for entry in stored if isinstance(stored, list) else []:
        if isinstance(entry, str):
            kinds.append(entry)
        elif isinstance(entry, dict) and isinstance(entry.get("kind"), str):
            kinds.append(entry["kind"])
            if entry.get("layer") == questions.SEMANTIC:
                semantic.append(entry["kind"])
    return tuple(kinds), tuple(semantic)


@dataclass(frozen=True)
class InterviewRow:
    interview_id: int
    case_id: int
    with_role: str
    person_name: str
    held_at: datetime
    place: str
    present: str
    language: str
    status: str
    agreements: str
    wishes: str
    closed_at: datetime | None
    lines: tuple[LineRow, ...] = ()
    checks: dict[str, datetime] = field(default_factory=dict)
    age_band: str = ""  # an AgeBand value, or empty: not given (the guide's base wording)
    follow_up: tuple[str, ...] = ()  # the closing's follow-up task titles
    may_tell: tuple[str, ...] | None = None  # Audience values; None: not asked here
    held_by: str = ""  # the adviser who held it (empty for conversations from before)
    # What was typed for closing it and kept by a lock or the file's closing (revision 0017).
    closing_draft: ClosingDraft | None = None


class InterviewService:
    def __init__(self, cases: CaseService, guides: GuideBook) -> None:
        self.cases = cases
        self.guides = guides

    def guide_for(self, conversation_type: str) -> InterviewGuide:
        """The guide of a stored conversation type (see ``domain.conversations``)."""
        return self.guides.for_type(conversation_type)

    @property
    def case_file(self) -> CaseFile:
        return self.cases.case_file

    def _interview(self, session: Session, interview_id: int, writable: bool = True) -> Interview:
        row = session.get(Interview, interview_id)
        if row is None:
            raise EmptyFieldError(FIELD_NOTE)
        if writable and row.status != "open":
            raise InterviewClosedError()
        return row

    def _number(self, session: Session, case_id: int) -> str:
        return self.cases.repository.number(session, case_id)

    def start(
        self,
        case_id: int,
        with_role: str,
        person_id: int | None = None,
        place: str = "",
        present: str = "",
        language: str = "nl",
        held_at: datetime | None = None,
        age_band: str = "",
    ) -> int:
        """Starts a conversation of a type (``domain.conversations``); any number of each
        may be held (several distributors are common)."""
        band = age_band if age_band in {str(b) for b in AgeBand} else ""
        with self.case_file.transaction() as session:
            number = self._number(session, case_id)
            row = Interview(
                case_id=case_id,
                with_role=normalise_type(with_role),
                person_id=person_id,
                held_at=held_at or now(),
                place=place,
                present=present,
                language=language if language in ("nl", "en") else "nl",
                status="open",
                agreements="",
                wishes="",
                age_band=band,
                follow_up=[],
                may_tell=None,
                held_by=actor(session),
            )
            session.add(row)
            session.flush()
            session.add(
                CaseEvent(
                    case_id=case_id,
                    recorded_at=now(),
                    observed_at=None,
                    kind="interview.started",
                    details={"with": row.with_role},
                )
            )
            audit_log.append(
                session,
                actor(session),
                AuditAction.INTERVIEW_STARTED,
                number,
                {"interview": row.id},
            )
            return row.id

    def checklist(self, interview_id: int) -> list[CheckItem]:
        """The checklist of this conversation's guide that applies to its case now."""
        with self.case_file.reading() as session:
            row = self._interview(session, interview_id, writable=False)
            repository = self.cases.repository
            facts = repository.facts(session, repository.get(session, row.case_id))
            kind = row.with_role
        return self.guide_for(kind).items_for(facts)

    def _earlier(self, session: Session, interview_id: int, before: int | None = None) -> list[str]:
        query = select(InterviewLine).where(InterviewLine.interview_id == interview_id)
        if before is not None:  # the lines before this one (a line checked again)
            query = query.where(InterviewLine.id < before)
        lines = session.scalars(query.order_by(InterviewLine.id))
        prefix = {ADVISER: "Q: ", STUDENT: "A: ", NOTE: "Q: "}
        return [prefix[line.speaker] + line.text for line in lines]

    def check(self, interview_id: int, text: str) -> list[questions.Finding]:
        """The live check of a question being typed, with this interview's earlier lines,
        through the profile of its kind of conversation."""
        with self.case_file.reading() as session:
            row = self._interview(session, interview_id, writable=False)
            language, earlier = row.language, self._earlier(session, interview_id)
            profile = profile_for(row.with_role)
            victims = self._victim_names(session, row.case_id)
        found = question_checking.checker().check(text, language, earlier)
        return profile.apply(found, text, victims, language)

    def _victim_names(self, session: Session, case_id: int) -> list[str]:
        """The names of the case's (named) victims, which a class must not hear."""
        return [
            p.name
            for p in people_in_case(session, case_id)
            if p.role == dc.Role.VICTIM and not p.anonymous
        ]

    def add_line(self, interview_id: int, speaker: str, text: str) -> LineRow:
        if not text.strip():
            raise EmptyFieldError(FIELD_NOTE)
        speaker = speaker if speaker in SPEAKERS else NOTE
        with self.case_file.transaction() as session:
            row = self._interview(session, interview_id)
            stored = self._stored_check(session, row, speaker, text)
            line = InterviewLine(
                interview_id=interview_id, at=now(), speaker=speaker, text=text, findings=stored
            )
            session.add(line)
            session.flush()
            search_index.index_line(session, row.case_id, line)
            return LineRow(line.id, line.at, speaker, text, *read_findings(stored))

    def _stored_check(
        self, session: Session, row: Interview, speaker: str, text: str, before: int | None = None
    ) -> list[dict[str, str]]:
        """The findings a line keeps: the adviser's questions are checked (with the lines
        before it), answers and notes never are."""
        if speaker != ADVISER:
            return []
        earlier = self._earlier(session, row.id, before)
        found = question_checking.checker().check(text, row.language, earlier)
        victims = self._victim_names(session, row.case_id)
        profile = profile_for(row.with_role)
        return stored_findings(profile.apply(found, text, victims, row.language))

    def change_speaker(self, interview_id: int, line_id: int, speaker: str, note: str) -> LineRow:
        """Corrects who said a line (a question kept as the answer, or the other way round):
        its findings are checked again for the new speaker, the change is written into the
        conversation as ``note`` and into the audit, in one transaction. Returns the note."""
        if speaker not in (ADVISER, STUDENT):
            raise EmptyFieldError(FIELD_NOTE)
        with self.case_file.transaction() as session:
            row = self._interview(session, interview_id)
            line = session.get(InterviewLine, line_id)
            if line is None or line.interview_id != interview_id or line.speaker == NOTE:
                raise EmptyFieldError(FIELD_NOTE)
            was = line.speaker
            line.speaker = speaker
            line.findings = self._stored_check(session, row, speaker, line.text, before=line.id)
            record = InterviewLine(
                interview_id=interview_id, at=now(), speaker=NOTE, text=note, findings=[]
            )
            session.add(record)
            session.flush()
            audit_log.append(
                session,
                actor(session),
                AuditAction.INTERVIEW_SPEAKER_CHANGED,
                self._number(session, row.case_id),
                {"interview": interview_id, "line": line_id, "from": was, "to": speaker},
            )
            return LineRow(record.id, record.at, NOTE, note, (), ())

    def tick(self, interview_id: int, item_key: str, ticked: bool = True) -> None:
        with self.case_file.transaction() as session:
            self._interview(session, interview_id)
            existing = session.scalar(
                select(InterviewCheck).where(
                    InterviewCheck.interview_id == interview_id,
                    InterviewCheck.item_key == item_key,
                )
            )
            if ticked and existing is None:
                session.add(
                    InterviewCheck(interview_id=interview_id, item_key=item_key, ticked_at=now())
                )
            elif not ticked and existing is not None:
                session.delete(existing)

    def get(self, interview_id: int) -> InterviewRow:
        with self.case_file.reading() as session:
            row = self._interview(session, interview_id, writable=False)
            name = ""
            if row.person_id is not None:
                person = session.get(Person, row.person_id)
                link = session.scalar(
                    select(CasePerson).where(
                        CasePerson.case_id == row.case_id, CasePerson.person_id == row.person_id
                    )
                )
                if person is not None and not (link is not None and link.anonymous):
                    name = person.name
            lines = tuple(
                LineRow(line.id, line.at, line.speaker, line.text, *read_findings(line.findings))
                for line in session.scalars(
                    select(InterviewLine)
                    .where(InterviewLine.interview_id == interview_id)
                    .order_by(InterviewLine.id)
                )
            )
            checks = {
                check.item_key: check.ticked_at
                for check in session.scalars(
                    select(InterviewCheck).where(InterviewCheck.interview_id == interview_id)
                )
            }
            return InterviewRow(
                row.id,
                row.case_id,
                row.with_role,
                name,
                row.held_at,
                row.place,
                row.present,
                row.language,
                row.status,
                row.agreements,
                row.wishes,
                row.closed_at,
                lines,
                checks,
                row.age_band or "",
                tuple(row.follow_up or ()),
                None if row.may_tell is None else tuple(row.may_tell),
                row.held_by or "",
                ClosingDraft.from_stored(row.closing_draft) if row.status == "open" else None,
            )

    def last_age_band(self, case_id: int) -> str:
        """The age band of the case's latest conversation that has one (empty if none): a new
        conversation in the case starts with it."""
        with self.case_file.reading() as session:
            band = session.scalar(
                select(Interview.age_band)
                .where(Interview.case_id == case_id, Interview.age_band != "")
                .order_by(Interview.id.desc())
                .limit(1)
            )
        return band or ""

    def list_for_case(self, case_id: int) -> list[InterviewRow]:
        with self.case_file.reading() as session:
            ids = list(
                session.scalars(
                    select(Interview.id).where(Interview.case_id == case_id).order_by(Interview.id)
                )
            )
        return [self.get(i) for i in ids]

    def close(self, interview_id: int, closing: Closing, today: date | None = None) -> None:
        """Closes the record and carries its outcome into the case (wishes, impact, follow-up
        tasks), all in one transaction: a failure anywhere leaves the interview open and the
        case as it was."""
        repository = self.cases.repository
        with self.case_file.transaction() as session:
            row = self._interview(session, interview_id)
            closing = for_conversation(closing, self.guide_for(row.with_role).asks_consent)
            row.status = "closed"
            row.closed_at = now()
            row.agreements = closing.agreements.strip()
            row.wishes = closing.wishes.strip()
            row.follow_up = closing.follow_up_titles()
            row.may_tell = None if closing.may_tell is None else [str(a) for a in closing.may_tell]
            row.closing_draft = None  # closed: no draft to fill in any more
            case_id = row.case_id
            number = self._number(session, case_id)
            repository.event(
                session,
                case_id,
                "interview.closed",
                {"with": row.with_role, "agreements": row.agreements[:200]},
            )
            audit_log.append(
                session,
                actor(session),
                AuditAction.INTERVIEW_CLOSED,
                number,
                {"interview": interview_id},
            )
            merged = merge_closing(repository.draft(repository.get(session, case_id)), closing)
            if merged is not None:
                repository.update_case(session, case_id, merged, today or date.today())
            for title in closing.follow_up_titles():
                repository.insert_task(session, case_id, TaskInput(title))

    def statistics(self, interview_id: int) -> dict[str, float]:
        """Shares of open and flagged questions, plus how many findings each layer made
        (``rule_findings`` and ``semantic_findings``, as counts)."""
        row = self.get(interview_id)
        asked = [line for line in row.lines if line.speaker == ADVISER]
        stats = questions.statistics(line.findings for line in asked)
        semantic = sum(len(line.semantic) for line in asked)
        stats["semantic_findings"] = float(semantic)
        stats["rule_findings"] = float(sum(len(line.findings) for line in asked) - semantic)
        return stats


SPEAKER_LABELS = {
    ADVISER: QT_TRANSLATE_NOOP("interviews", "Adviser"),
    STUDENT: QT_TRANSLATE_NOOP("interviews", "Student"),
    NOTE: QT_TRANSLATE_NOOP("interviews", "Note"),
}
LAYER_LABELS = {
    questions.RULE: QT_TRANSLATE_NOOP("interviews", "{kind} (rule)"),
    questions.SEMANTIC: QT_TRANSLATE_NOOP("interviews", "{kind} (semantic)"),
}
KIND_LABELS = {
    questions.OPTION_POSING: QT_TRANSLATE_NOOP("interviews", "yes/no"),
    questions.SUGGESTIVE: QT_TRANSLATE_NOOP("interviews", "suggestive"),
    questions.BLAMING: QT_TRANSLATE_NOOP("interviews", "blaming"),
    questions.SECRECY_PROMISE: QT_TRANSLATE_NOOP("interviews", "secrecy promise"),
    NAMES_VICTIM: QT_TRANSLATE_NOOP("interviews", "names the victim"),
}
HEADING = {
    "case": QT_TRANSLATE_NOOP("interviews", "Case"),
    "kind": QT_TRANSLATE_NOOP("interviews", "Conversation"),
    "with": QT_TRANSLATE_NOOP("interviews", "Conversation with"),
    "age_band": QT_TRANSLATE_NOOP("interviews", "Age band"),
    "when": QT_TRANSLATE_NOOP("interviews", "Date and time"),
    "place": QT_TRANSLATE_NOOP("interviews", "Place"),
    # Who took part and who else was there, in one line (the ticks of "Taking part" too).
    "present": QT_TRANSLATE_NOOP("interviews", "Present"),
    "adviser": QT_TRANSLATE_NOOP("interviews", "Adviser"),
    "language": QT_TRANSLATE_NOOP("interviews", "Language"),
}


def speaker_label(speaker: str, conversation_type: str, translate: Translate) -> str:
    """ "Adviser", "Note", or who answers in this kind of conversation (a parent, the class)."""
    if speaker == STUDENT:
        return translate("conversations", respondent_label(conversation_type))
    return translate("interviews", SPEAKER_LABELS.get(speaker, SPEAKER_LABELS[NOTE]))


def finding_labels(line: LineRow, t: Callable[[str], str]) -> str:
    """ "yes/no (rule), secrecy promise (semantic)": each kind with the layer that found it."""
    return ", ".join(
        t(LAYER_LABELS[questions.SEMANTIC if kind in line.semantic else questions.RULE]).format(
            kind=t(KIND_LABELS[kind])
        )
        for kind in line.findings
        if kind in KIND_LABELS
    )


def _record_items(
    service: InterviewService, interview_id: int, row: InterviewRow
) -> list[CheckItem]:
    """The items that apply to the case, and any ticked item that no longer does."""
    items = service.checklist(interview_id)
    shown = {item.key for item in items}
    ticked = [
        item
        for item in service.guide_for(row.with_role).checklist
        if item.key in row.checks and item.key not in shown
    ]
    return items + ticked


def record_data(
    service: InterviewService, interview_id: int, translate: Translate
) -> InterviewRecordData:
    """The interview as plain data for the record PDF (an anonymous reporter is not named)."""
    row = service.get(interview_id)
    number = service.cases.get_case(row.case_id).number

    def t(text: str) -> str:
        return translate("interviews", text)

    kind = translate("conversations", type_label(row.with_role))
    language = dates.language_of(translate)
    heading = [
        (t(HEADING["case"]), number),
        (t(HEADING["kind"]), kind),
        (t(HEADING["with"]), row.person_name or "—"),
    ]
    if row.age_band:
        band = AGE_BAND_LABELS[AgeBand(row.age_band)]
        heading.append((t(HEADING["age_band"]), translate("conversations", band)))
    heading += [
        (t(HEADING["when"]), dates.date_and_time(row.held_at, language)),
        (t(HEADING["place"]), row.place or "—"),
        (t(HEADING["present"]), row.present or "—"),
        *([(t(HEADING["adviser"]), row.held_by)] if row.held_by else []),
        (t(HEADING["language"]), "Nederlands" if row.language == "nl" else "English"),
    ]
    lines = [
        RecordLine(
            dates.time_of_day(line.at),
            speaker_label(line.speaker, row.with_role, translate),
            line.text,
            finding_labels(line, t),
        )
        for line in row.lines
    ]
    checklist = [
        (
            item.label(row.language),
            dates.time_of_day(row.checks[item.key])
            if item.key in row.checks
            else translate("interview_record", NOT_TICKED),
        )
        for item in _record_items(service, interview_id, row)
    ]
    if row.may_tell is None:
        may_tell = translate("interview_record", NOT_ASKED)
    elif not row.may_tell:
        may_tell = translate("interview_record", NOBODY_YET)
    else:
        may_tell = ", ".join(
            translate("cases", dc.AUDIENCE_LABELS[dc.Audience(a)])
            for a in row.may_tell
            if a in {str(x) for x in dc.Audience}
        )
    with service.case_file.reading() as session:
        head = audit_log.head(session)
    return InterviewRecordData(
        case_number=number,
        heading=heading,
        lines=lines,
        checklist=checklist,
        agreements=row.agreements,
        wishes=row.wishes,
        stats=service.statistics(interview_id),
        chain_head=head,
        conversation=kind,
        follow_up=list(row.follow_up),
        may_tell=may_tell,
        closed=row.status != "open",
    )


def render_record(service: InterviewService, interview_id: int, translate: Translate) -> bytes:
    """The record PDF, in memory (for the print preview or a file)."""
    return interview_record.render(record_data(service, interview_id, translate), translate)


def export_record(
    service: InterviewService, interview_id: int, target: Path, translate: Translate
) -> str:
    """Writes the record PDF (unencrypted, on request) and records it; returns its SHA-256."""
    pdf = render_record(service, interview_id, translate)
    write_atomic(target, pdf)
    return _record_output(
        service, interview_id, pdf, AuditAction.INTERVIEW_RECORD_EXPORTED, {"file": target.name}
    )


def record_printed(service: InterviewService, interview_id: int, pdf: bytes) -> str:
    """Records that this record PDF went to a printer; returns its SHA-256."""
    return _record_output(service, interview_id, pdf, AuditAction.INTERVIEW_RECORD_PRINTED, {})


def _record_output(
    service: InterviewService,
    interview_id: int,
    pdf: bytes,
    action: AuditAction,
    details: dict[str, str],
) -> str:
    # The audit event names the exact document (its SHA-256), as the letters' outputs do.
    digest = hashlib.sha256(pdf).hexdigest()
    row = service.get(interview_id)
    with service.case_file.transaction() as session:
        number = service.cases.repository.number(session, row.case_id)
        audit_log.append(
            session,
            actor(session),
            action,
            number,
            {"interview": interview_id, "sha256": digest, **details},
        )
    return digest
