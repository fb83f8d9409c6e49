"""Letters for a case: facts gathered from the case, drafts, saved versions (encrypted in the
case file), PDFs on the school's letterhead, and a record of every printed or exported PDF
with its SHA-256.

The anonymous reporter never reaches a letter: facts are taken from the victim, the
distributor, a parent and the evidence only.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from adviser_desk.domain import audit_actions
from adviser_desk.domain import cases as dc
from adviser_desk.domain import evidence as de
from adviser_desk.domain import letters as dl
from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.domain.clock import now
from adviser_desk.domain.errors import KnownError
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.reports import letter_pdf
from adviser_desk.services.actor import actor, adviser_name
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.evidence_service import EvidenceService
from adviser_desk.services.protocol_data import legal_data, letter_templates
from adviser_desk.storage import audit_log
from adviser_desk.storage.atomic import write_atomic
from adviser_desk.storage.casefile import CaseFile
from adviser_desk.storage.errors import from_os_error
from adviser_desk.storage.models import Case, Letter, LetterOutput, LetterVersion
from adviser_desk.storage.repositories import profile

EMPTY_LETTER = QT_TRANSLATE_NOOP("errors", "The letter is empty; nothing was saved.")
NO_LETTER = QT_TRANSLATE_NOOP("errors", "This letter no longer exists.")


class LetterError(KnownError):
    """A letter that cannot be saved or printed as asked."""


@dataclass(frozen=True)
class VersionRow:
    version_id: int
    letter_id: int
    number: int
    saved_at: datetime
    author: str
    html: str
    checked: bool
    outputs: tuple[tuple[datetime, str, str], ...]  # at, action, sha256


@dataclass(frozen=True)
class LetterRow:
    letter_id: int
    kind: dl.LetterKind
    language: str
    title: str
    created_at: datetime
    versions: tuple[VersionRow, ...]


@dataclass(frozen=True)
class DraftResult:
    draft: dl.Draft
    facts: dl.LetterFacts
    warnings: list[str]  # message ids, context "letters"
    school_letter: bool


class LetterService:
    def __init__(self, cases: CaseService, evidence: EvidenceService) -> None:
        self.cases = cases
        self.evidence = evidence

    @property
    def case_file(self) -> CaseFile:
        return self.cases.case_file

    # -- facts and drafts -----------------------------------------------------------------------
    def facts(
        self,
        case_id: int,
        language: str,
        sender: dl.Sender = dl.Sender.STUDENT,
        today: date | None = None,
    ) -> dl.LetterFacts:
        """What the case knows that a letter may say. Anonymous people are left out."""
        detail = self.cases.get_case(case_id)
        people = [p for p in detail.people if not p.anonymous]

        def first(role: dc.Role) -> dc.PersonInCase | None:
            return next((p for p in people if p.role == role), None)

        victim, distributor = first(dc.Role.VICTIM), first(dc.Role.DISTRIBUTOR)
        parent = first(dc.Role.PARENT)
        items = self.evidence.items(case_id)
        urls = [i.url for i in items if i.kind == de.EvidenceKind.URL and i.url]
        accounts = [
            (i.handle, i.platform)
            for i in items
            if i.kind in (de.EvidenceKind.URL, de.EvidenceKind.CONTACT) and i.handle
        ]
        senders = [(i.sender, i.platform) for i in items if i.kind == de.EvidenceKind.MESSAGE]
        recipient, platform = "", ""
        if distributor is not None:
            recipient = distributor.name
        elif accounts:
            recipient, platform = accounts[0]
        elif senders and senders[0][0]:
            recipient, platform = senders[0]
        if not platform and detail.draft.platforms:
            platform = detail.draft.platforms[0]
        # Evidence seen, or a note of something that happened earlier: when it started.
        moments = [i.observed_at for i in items] + [n.observed_at for n in detail.notes]
        since = dl.started_on(moments, today or date.today())
        url_platforms = [i.platform for i in items if i.kind == de.EvidenceKind.URL and i.platform]
        types = list(detail.draft.incident_types)
        acts = {dl.Act.KEEP, dl.Act.SPREAD}
        if dc.IncidentType.SEXTORTION in types:
            acts.add(dl.Act.BLACKMAIL)
        with self.case_file.reading() as session:
            prof = profile(session)
            school, adviser, place = prof.school_name, adviser_name(session), prof.school_place
        other_school = (
            distributor.school if distributor and not distributor.attends_this_school else ""
        )
        return dl.LetterFacts(
            language=language,
            on=today or date.today(),
            since=since,
            student=victim.name if victim else "",
            recipient=recipient,
            platform=platform,
            acts=frozenset(acts),
            sender=sender,
            parent=parent.name if parent else "",
            place=place,
            urls=urls,
            url_platform=url_platforms[0] if url_platforms else "",
            incident_types=types,
            images_spread=detail.draft.images == dc.ImagesState.SPREAD,
            distributor=distributor.name if distributor else "",
            other_school=other_school,
            case_number=detail.number,
            school_name=school,
            adviser_name=adviser,
            consent_parents=dc.Audience.PARENTS in detail.draft.may_tell,
        )

    def default_kind(self, case_id: int) -> dl.LetterKind:
        """The letter that fits the case's images: the stop letter for images spread or only
        threatened; without (known) images none of the stop letters fits (both say the recipient
        has the pupil's photos), so the letter to the victim's parents."""
        images = self.cases.get_case(case_id).draft.images
        if images == dc.ImagesState.SPREAD:
            return dl.LetterKind.STOP_SPREAD
        if images == dc.ImagesState.THREATENED:
            return dl.LetterKind.STOP_THREATENED
        return dl.LetterKind.PARENTS_VICTIM

    def draft(
        self,
        case_id: int,
        kind: dl.LetterKind,
        language: str,
        sender: dl.Sender = dl.Sender.STUDENT,
        today: date | None = None,
        facts: dl.LetterFacts | None = None,
    ) -> DraftResult:
        facts = facts or self.facts(case_id, language, sender, today)
        template = letter_templates()[kind]
        if kind == dl.LetterKind.TAKEDOWN_REQUEST and facts.url_platform:
            # Addressed to the platform that shows the content, not to a person.
            facts = replace(facts, platform=facts.url_platform)
        known = bool(facts.distributor)
        return DraftResult(
            dl.draft(template, facts, legal_data()),
            facts,
            dl.warnings(kind, facts, known),
            template.school_letter,
        )

    # -- versions -------------------------------------------------------------------------------
    def save_version(
        self,
        case_id: int,
        kind: dl.LetterKind,
        language: str,
        html: str,
        checked: bool,
        letter_id: int | None = None,
    ) -> VersionRow:
        """Stores the editor's text as the next version of a letter (a new letter if none)."""
        if not letter_pdf.body_blocks(html):
            raise LetterError(EMPTY_LETTER)
        with self.case_file.transaction() as session:
            case = session.get(Case, case_id)
            if case is None:
                raise LetterError(NO_LETTER)
            by = actor(session)
            if letter_id is None:
                title = letter_templates()[kind].title
                letter = Letter(
                    case_id=case_id,
                    kind=kind.value,
                    language=language,
                    title=title.get(language, title["en"]),
                    created_at=now(),
                )
                session.add(letter)
                session.flush()
            else:
                found = session.get(Letter, letter_id)
                if found is None or found.case_id != case_id:
                    raise LetterError(NO_LETTER)
                letter = found
            number = (
                session.scalar(
                    select(func.max(LetterVersion.number)).where(
                        LetterVersion.letter_id == letter.id
                    )
                )
                or 0
            ) + 1
            version = LetterVersion(
                letter_id=letter.id,
                number=number,
                saved_at=now(),
                author=by,
                html=html,
                checked=checked,
            )
            session.add(version)
            session.flush()
            audit_log.append(
                session,
                by,
                AuditAction.LETTER_SAVED,
                case.number,
                {"letter": letter.id, "kind": letter.kind, "version": number},
            )
            return self._version_row(session, version)

    def _version_row(self, session: Session, version: LetterVersion) -> VersionRow:
        outputs = session.scalars(
            select(LetterOutput)
            .where(LetterOutput.version_id == version.id)
            .order_by(LetterOutput.id)
        ).all()
        return VersionRow(
            version.id,
            version.letter_id,
            version.number,
            version.saved_at,
            version.author,
            version.html,
            version.checked,
            tuple((o.at, o.action, o.sha256) for o in outputs),
        )

    def letters(self, case_id: int) -> list[LetterRow]:
        with self.case_file.reading() as session:
            out = []
            for letter in session.scalars(
                select(Letter).where(Letter.case_id == case_id).order_by(Letter.id)
            ):
                versions = session.scalars(
                    select(LetterVersion)
                    .where(LetterVersion.letter_id == letter.id)
                    .order_by(LetterVersion.number)
                ).all()
                out.append(
                    LetterRow(
                        letter.id,
                        dl.LetterKind(letter.kind),
                        letter.language,
                        letter.title,
                        letter.created_at,
                        tuple(self._version_row(session, v) for v in versions),
                    )
                )
            return out

    def title(self, kind: dl.LetterKind, language: str) -> str:
        title = letter_templates()[kind].title
        return title.get(language, title["en"])

    # -- output ---------------------------------------------------------------------------------
    def letterhead(self) -> letter_pdf.Letterhead:
        with self.case_file.reading() as session:
            prof = profile(session)
            return letter_pdf.Letterhead(prof.school_name, prof.school_address, prof.school_logo)

    def render(self, kind: dl.LetterKind, html: str, title: str) -> bytes:
        """The PDF of a letter; school letters carry the letterhead, stop letters do not (the
        student sends those in their own name)."""
        head = self.letterhead() if letter_templates()[kind].school_letter else None
        return letter_pdf.render(html, title, head)

    def save_pdf(self, version: VersionRow, kind: dl.LetterKind, title: str, target: Path) -> str:
        """Writes a saved version as PDF (atomically) and records it; returns the SHA-256."""
        pdf = self.render(kind, version.html, title)
        try:
            write_atomic(target, pdf)
        except OSError as exc:
            raise from_os_error(exc, target.parent) from exc
        return self.record_output(version.version_id, "exported", pdf)

    def record_output(self, version_id: int, action: str, pdf: bytes) -> str:
        """Records that a saved version was printed or exported, with that PDF's SHA-256."""
        digest = hashlib.sha256(pdf).hexdigest()
        with self.case_file.transaction() as session:
            version = session.get(LetterVersion, version_id)
            if version is None:
                raise LetterError(NO_LETTER)
            letter = session.get(Letter, version.letter_id)
            assert letter is not None
            case = session.get(Case, letter.case_id)
            by = actor(session)
            session.add(
                LetterOutput(
                    version_id=version_id, at=now(), action=action, sha256=digest, actor=by
                )
            )
            audit_log.append(
                session,
                by,
                audit_actions.letter_output(action),
                case.number if case else str(letter.case_id),
                {"letter": letter.id, "version": version.number, "sha256": digest},
            )
        return digest
