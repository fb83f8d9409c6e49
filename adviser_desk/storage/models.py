"""ORM models of the case file. Later features add their tables here and an Alembic revision."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as naive UTC and gives them back aware (design: times in UTC)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where UTC is required")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    pass


class CaseFileMeta(Base):
    """One row: identity and provenance of this case file."""

    __tablename__ = "case_file_meta"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_file_id: Mapped[str] = mapped_column(String(36), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    created_by_version: Mapped[str] = mapped_column(String(32), nullable=False)
    # Kept inside the encrypted file only until the adviser confirms the recovery sheet is
    # stored; then wiped (secure_delete is on).
    pending_recovery_secret: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class Profile(Base):
    """Who keeps this case file: printed on reports."""

    __tablename__ = "profile"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    adviser_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    school_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    retention_years: Mapped[int] = mapped_column(Integer, nullable=False, default=2)
    school_address: Mapped[str] = mapped_column(Text, nullable=False, default="")
    school_place: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    school_logo: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class Adviser(Base):
    """An adviser with their own password slot in the key file (the slot's id is ``id``).
    The name here is the one records carry; the key file only keeps a copy to list at unlock.
    ``public_key`` (X25519, derived from the adviser's password slot) lets a re-key seal the
    new database key to an adviser who is not there to type their password."""

    __tablename__ = "advisers"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    added_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    last_unlocked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    public_key: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class AuditEvent(Base):
    """Append-only, hash-linked. Rows are never updated or deleted (triggers enforce it)."""

    __tablename__ = "audit_events"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(32), nullable=False)
    actor: Mapped[str] = mapped_column(String(200), nullable=False)
    action: Mapped[str] = mapped_column(String(100), nullable=False)
    subject: Mapped[str] = mapped_column(String(200), nullable=False)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)


# -- cases (revision 0003) ------------------------------------------------------------------------


class Case(Base):
    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(16), nullable=False, unique=True)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="open")
    opened_on: Mapped[date] = mapped_column(Date, nullable=False)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    incident_types: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    platforms: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    images: Mapped[str] = mapped_column(String(20), nullable=False, default="unknown")
    reach: Mapped[str] = mapped_column(String(20), nullable=False, default="unknown")
    still_spreading: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    offence_suspected: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    police_consulted: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    police_report: Mapped[str] = mapped_column(String(20), nullable=False, default="none")
    police_report_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    psychological_help: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    media_expected: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    escalation: Mapped[str] = mapped_column(String(30), nullable=False, default="none")
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", ondelete="SET NULL"), nullable=True
    )
    may_tell: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    publicity: Mapped[str] = mapped_column(String(20), nullable=False, default="undecided")
    secrecy_statement: Mapped[str] = mapped_column(Text, nullable=False, default="")
    retention_years: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    open_tasks: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    first_open_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    # Hand-over (revision 0011). The sender keeps a handed-over case read-only: to whom and
    # when. The receiver keeps where it came from and, when its number was taken here, the
    # number it had there; ``origin`` names the sending file and case, so an interrupted
    # hand-over is finished instead of copied twice.
    handed_over_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    handed_over_to: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    received_from: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    previous_number: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    origin: Mapped[str] = mapped_column(String(120), nullable=False, default="", index=True)
    # How a closed case ended (revision 0013); "not_recorded" for open cases and older ones.
    outcome: Mapped[str] = mapped_column(String(30), nullable=False, default="not_recorded")


class Person(Base):
    """A person once, whatever their roles in different cases."""

    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    email: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    school: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    class_name: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    attends_this_school: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class CasePerson(Base):
    """A person's role in one case: roles never leak from one case to another."""

    __tablename__ = "case_people"
    __table_args__ = (UniqueConstraint("case_id", "person_id", "role"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20), nullable=False)
    anonymous: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Task(Base):
    __tablename__ = "tasks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    item_key: Mapped[str | None] = mapped_column(String(100), nullable=True)
    section: Mapped[str] = mapped_column(String(50), nullable=False, default="own")
    title: Mapped[str] = mapped_column(Text, nullable=False)
    assignee_role: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    assignee_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", ondelete="SET NULL"), nullable=True
    )
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="open")
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    na_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    referrals: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    warning: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class Note(Base):
    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    observed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    author: Mapped[str] = mapped_column(String(200), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)


class CaseEvent(Base):
    """The case's own timeline, in words; deleted with the case (unlike the audit chain)."""

    __tablename__ = "case_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    observed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    kind: Mapped[str] = mapped_column(String(50), nullable=False)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)


# -- interviews (revision 0004) -------------------------------------------------------------------


class Interview(Base):
    __tablename__ = "interviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    with_role: Mapped[str] = mapped_column(String(20), nullable=False)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", ondelete="SET NULL"), nullable=True
    )
    held_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    place: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    present: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    language: Mapped[str] = mapped_column(String(2), nullable=False, default="nl")
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="open")
    agreements: Mapped[str] = mapped_column(Text, nullable=False, default="")
    wishes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # Revision 0010: the student's age band (empty: the guide's base wording), and from the
    # closing the follow-up task titles and who may be told (None: not asked here).
    age_band: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    follow_up: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    may_tell: Mapped[list[str] | None] = mapped_column(JSON, nullable=True)
    # The adviser who held the conversation (who started it); None for those held before
    # case files had more than one adviser.
    held_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    # Revision 0017: what was typed and chosen for closing it and not saved, as the lock or
    # the file's closing kept it (domain.interview_closing.ClosingDraft.stored); None once
    # closed, or when nothing was kept.
    closing_draft: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)


class InterviewLine(Base):
    """One utterance, verbatim: the adviser's question, the student's answer, or a note."""

    __tablename__ = "interview_lines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    speaker: Mapped[str] = mapped_column(String(10), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    # Each kind found once: {"kind": ..., "layer": "rule" | "semantic"}; lines written
    # before the semantic layer hold plain kind names (rule-based).
    findings: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)


class InterviewCheck(Base):
    __tablename__ = "interview_checks"
    __table_args__ = (UniqueConstraint("interview_id", "item_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), index=True
    )
    item_key: Mapped[str] = mapped_column(String(50), nullable=False)
    ticked_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)


# -- evidence (revision 0005) ---------------------------------------------------------------------


class EvidenceBlob(Base):
    """Original bytes, stored once per content and never altered."""

    __tablename__ = "evidence_blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    data: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)


class EvidenceThumbnail(Base):
    """The small JPEG (older files: PNG) shown in lists and printed in the log (revision 0008).

    Kept apart from the original: reading a column after a large blob in the same row walks the
    blob's overflow pages. Empty ``data`` means no thumbnail can be made (a damaged image).
    (Files older than revision 0008 keep an unused ``thumbnail`` column in evidence_blobs.)"""

    __tablename__ = "evidence_thumbnails"

    sha256: Mapped[str] = mapped_column(
        ForeignKey("evidence_blobs.sha256", ondelete="CASCADE"), primary_key=True
    )
    data: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)


class EvidenceItem(Base):
    __tablename__ = "evidence_items"
    __table_args__ = (UniqueConstraint("case_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(String(12), nullable=False)
    kind: Mapped[str] = mapped_column(String(12), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    source: Mapped[str] = mapped_column(Text, nullable=False, default="")
    observed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    collector: Mapped[str] = mapped_column(String(200), nullable=False)
    app_version: Mapped[str] = mapped_column(String(40), nullable=False)
    sha256: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    stored: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    size: Mapped[int | None] = mapped_column(Integer, nullable=True)
    mime: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    width: Mapped[int | None] = mapped_column(Integer, nullable=True)
    height: Mapped[int | None] = mapped_column(Integer, nullable=True)
    original_name: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    url: Mapped[str] = mapped_column(Text, nullable=False, default="")
    platform: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    handle: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    message_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    sender: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    contact_details: Mapped[str] = mapped_column(Text, nullable=False, default="")
    seen_by: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # Where an image not kept is (URL, platform, phones); ``source`` is who provided it and how.
    location: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # The answer about minors for a stored file: "no", "pending" (its case became a sexual
    # case after it was stored: it waits for the answer), or "" (not asked; see 0020).
    minor_answer: Mapped[str] = mapped_column(
        String(8), nullable=False, default="", server_default=""
    )


class TakedownEvent(Base):
    """A web address reported for removal, or checked for whether it is still online."""

    __tablename__ = "takedown_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("evidence_items.id", ondelete="CASCADE"), index=True
    )
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    happened_on: Mapped[date] = mapped_column(Date, nullable=False)
    action: Mapped[str] = mapped_column(String(12), nullable=False)  # reported | checked
    channel: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="")
    reference: Mapped[str] = mapped_column(Text, nullable=False, default="")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    actor: Mapped[str] = mapped_column(String(200), nullable=False)
    recheck_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    recheck_task_id: Mapped[int | None] = mapped_column(
        ForeignKey("tasks.id", ondelete="SET NULL"), nullable=True
    )


class CustodyEvent(Base):
    __tablename__ = "custody_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("evidence_items.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    action: Mapped[str] = mapped_column(String(20), nullable=False)
    actor: Mapped[str] = mapped_column(String(200), nullable=False)
    receiver: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class EvidenceLogPrint(Base):
    """The evidence log printed or saved once: one line in the log's own custody section
    (revision 0008), instead of a line on every item. ``how``: "printed" or "saved" (as PDF);
    "" before revision 0019, when which it was was not recorded (walk 14, W14-10)."""

    __tablename__ = "evidence_log_prints"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    actor: Mapped[str] = mapped_column(String(200), nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    items: Mapped[int] = mapped_column(Integer, nullable=False)
    verification: Mapped[str] = mapped_column(Text, nullable=False, default="")
    how: Mapped[str] = mapped_column(String(10), nullable=False, default="", server_default="")


class Letter(Base):
    """A letter drafted for a case; its text lives in its versions."""

    __tablename__ = "letters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30), nullable=False)
    language: Mapped[str] = mapped_column(String(5), nullable=False)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)


class LetterVersion(Base):
    __tablename__ = "letter_versions"
    __table_args__ = (UniqueConstraint("letter_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letters.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    author: Mapped[str] = mapped_column(String(200), nullable=False)
    html: Mapped[str] = mapped_column(Text, nullable=False)
    checked: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class LetterOutput(Base):
    """A version printed or saved as PDF, with the SHA-256 of exactly that PDF."""

    __tablename__ = "letter_outputs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("letter_versions.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    action: Mapped[str] = mapped_column(String(20), nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    actor: Mapped[str] = mapped_column(String(200), nullable=False)


# -- the Meldcode (revision 0009) -----------------------------------------------------------------


class MeldcodeEntry(Base):
    """One step of the Meldcode for a case: when, by whom, its answer and a note."""

    __tablename__ = "meldcode_entries"
    __table_args__ = (UniqueConstraint("case_id", "step"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    step: Mapped[str] = mapped_column(String(30), nullable=False)
    done_on: Mapped[date] = mapped_column(Date, nullable=False)
    by: Mapped[str] = mapped_column(String(200), nullable=False)
    answer: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    recorded_by: Mapped[str] = mapped_column(String(200), nullable=False)
