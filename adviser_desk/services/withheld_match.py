"""A file recorded as "may be a sexual image of a minor, not kept" is never stored later (walk G,
finding 1).

The answer "yes, or not sure" is remembered by the SHA-256 of what was received. Any later
intake of the same bytes, in any case of the case file and whatever the later answer or the
case's types, is refused naming the record that withheld it: one "no" after a "yes" would
otherwise keep the image. A wrongly withheld harmless picture then stays a description; that
is the safe side of the error, and the record still tells the police where the picture is.

Case files made before this rule may hold stored copies of withheld bytes; ``stored_copies``
finds them so the police export does not write them out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, exists, select
from sqlalchemy.orm import Session, aliased

from adviser_desk.domain import cases as dc
from adviser_desk.domain import evidence as de
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.services import minor_pending
from adviser_desk.services.evidence_intake import EvidenceError, QuickLook
from adviser_desk.storage.models import Case, EvidenceItem

WITHHELD_BEFORE = QT_TRANSLATE_NOOP(
    "errors",
    "{name} is the same file (identical SHA-256) as {records}, recorded as possibly a nude or "
    "sexual image of someone under 18 and deliberately not kept. Such a file is never stored. "
    "Nothing was stored.",
)
# The case on screen is "this case", as the refusal of a file already stored here says (walk L,
# finding 26a: one box said "in this case" for one file and "as B-001 in 2026-004" for another).
WITHHELD_HERE = QT_TRANSLATE_NOOP(
    "errors",
    "{name} is the same file (identical SHA-256) as {here} in this case, recorded as possibly a "
    "nude or sexual image of someone under 18 and deliberately not kept. Such a file is never "
    "stored. Nothing was stored.",
)
WITHHELD_HERE_AND_ELSEWHERE = QT_TRANSLATE_NOOP(
    "errors",
    "{name} is the same file (identical SHA-256) as {here} in this case and {records}, recorded "
    "as possibly a nude or sexual image of someone under 18 and deliberately not kept. Such a "
    "file is never stored. Nothing was stored.",
)
STORED_COPIES = QT_TRANSLATE_NOOP(
    "errors",
    "The stored original of {items} is the same file (identical SHA-256) as {records}, "
    "recorded as possibly a nude or sexual image of someone under 18 and deliberately not kept. "
    "Such a file must not be handed out. Remove the stored original first: select the item on "
    "the Evidence tab and choose “Mark as possibly sexual image…”. {outcome}",
)
STORED_COPIES_MANY = QT_TRANSLATE_NOOP(
    "errors",
    "The stored originals of {items} are the same files (identical SHA-256) as {records}, "
    "recorded as possibly a nude or sexual image of someone under 18 and deliberately not kept. "
    "Such files must not be handed out. Remove the stored originals first: select the items on "
    "the Evidence tab one by one and choose “Mark as possibly sexual image…”. {outcome}",
)


@dataclass(frozen=True)
class WithheldRecord:
    case_number: str
    number: str


def withheld_records(session: Session, digests: Iterable[str]) -> dict[str, list[WithheldRecord]]:
    """The withheld records, in any case of the file, of each of ``digests`` that has one."""
    wanted = sorted({d for d in digests if d})
    found: dict[str, list[WithheldRecord]] = {}
    if not wanted:
        return found
    rows = session.execute(
        select(EvidenceItem.sha256, Case.number, EvidenceItem.number)
        .join(Case, Case.id == EvidenceItem.case_id)
        .where(
            EvidenceItem.kind == de.EvidenceKind.WITHHELD.value,
            EvidenceItem.sha256.in_(wanted),
        )
        .order_by(Case.number, EvidenceItem.id)
    ).all()
    for digest, case_number, number in rows:
        found.setdefault(digest or "", []).append(WithheldRecord(case_number, number))
    return found


def any_withheld(session: Session) -> bool:
    """Whether the case file holds any withheld record (most hold none: then files need not
    be hashed before the intake dialog)."""
    return bool(
        session.scalar(select(exists().where(EvidenceItem.kind == de.EvidenceKind.WITHHELD.value)))
    )


def refuse_in_look(session: Session, look: QuickLook, case_id: int | None = None) -> None:
    """The files of ``look`` whose bytes are recorded as withheld are refused there, naming
    the record, before the intake dialog (guardE: the refusal came only after the description,
    the source and the answer were filled in). A damaged one is refused as withheld, not as
    damaged, and is not offered to be marked as possibly sexual."""
    records = withheld_records(session, look.digests.values())
    hits = {path: records[d] for path, d in look.digests.items() if d in records}
    if not hits:
        return
    look.refused = [(p, e) for p, e in look.refused if p not in hits]
    here = case_number(session, case_id)
    look.refused += [(path, refusal(path.name, found, here)) for path, found in hits.items()]
    look.may_be_picture -= set(hits)


def not_withheld() -> ColumnElement[bool]:
    """A condition on ``EvidenceItem``: no withheld record has its bytes. The list and the
    log show no thumbnail of a stored copy of withheld bytes."""
    twin = aliased(EvidenceItem)
    return ~exists().where(
        twin.sha256 == EvidenceItem.sha256, twin.kind == de.EvidenceKind.WITHHELD.value
    )


def records_text(records: Iterable[WithheldRecord]) -> str:
    """ "B-009 in 2026-002, B-003 in 2026-001": the same words in English and Dutch, so the
    message it goes into needs no second translation."""
    return ", ".join(f"{r.number} in {r.case_number}" for r in records)


def case_number(session: Session, case_id: int | None) -> str:
    """The number of the case on screen ("" for none), which a refusal calls "this case"."""
    if case_id is None:
        return ""
    return session.scalar(select(Case.number).where(Case.id == case_id)) or ""


def refusal(name: str, records: list[WithheldRecord], this_case: str = "") -> EvidenceError:
    """The refusal naming the records; those in case ``this_case`` (its number) as "in this
    case"."""
    here = [r for r in records if this_case and r.case_number == this_case]
    others = [r for r in records if r not in here]
    if not here:
        return EvidenceError(WITHHELD_BEFORE, name=name, records=records_text(records))
    numbers = ", ".join(r.number for r in here)
    if not others:
        return EvidenceError(WITHHELD_HERE, name=name, here=numbers)
    return EvidenceError(
        WITHHELD_HERE_AND_ELSEWHERE, name=name, here=numbers, records=records_text(others)
    )


@dataclass(frozen=True)
class StoredWithheld:
    """A stored item of a case whose bytes are also recorded as withheld."""

    number: str
    records: list[WithheldRecord]


def stored_copies(session: Session, case_id: int) -> list[StoredWithheld]:
    """The case's stored items whose SHA-256 a withheld record (in any case) has."""
    stored = session.execute(
        select(EvidenceItem.number, EvidenceItem.sha256)
        .where(
            EvidenceItem.case_id == case_id,
            EvidenceItem.stored.is_(True),
            EvidenceItem.sha256.is_not(None),
        )
        .order_by(EvidenceItem.id)
    ).all()
    withheld = withheld_records(session, (digest or "" for _number, digest in stored))
    return [
        StoredWithheld(number, withheld[digest or ""])
        for number, digest in stored
        if (digest or "") in withheld
    ]


def export_refusal(
    copies: list[StoredWithheld], outcome: str = minor_pending.NOTHING_EXPORTED
) -> EvidenceError:
    records: list[WithheldRecord] = []
    for copy in copies:
        records += [r for r in copy.records if r not in records]
    return EvidenceError(
        STORED_COPIES if len(copies) == 1 else STORED_COPIES_MANY,
        items=", ".join(c.number for c in copies),
        records=records_text(records),
        outcome=outcome,
    )


def handout_refusal(
    session: Session, case_ids: list[int], outcome: str = minor_pending.NOTHING_EXPORTED
) -> EvidenceError | None:
    """Why the cases' files must not leave the case file (the police export, the hand-over to
    a colleague; walk G and G2), or None: stored copies of bytes recorded as withheld (a case
    file made before intake refused them, or "Keep for now"), then stored files still waiting
    for the answer about minors. With more than one case each item names its case."""
    copies: list[StoredWithheld] = []
    waiting: list[str] = []
    sexual_now = True  # every case with a waiting file is a sexual case now
    for case_id in case_ids:
        case_number = session.scalar(select(Case.number).where(Case.id == case_id)) or ""
        types = session.scalar(select(Case.incident_types).where(Case.id == case_id)) or []

        def named(number: str, case_number: str = case_number) -> str:
            return f"{number} in {case_number}" if len(case_ids) > 1 else number

        copies += [
            StoredWithheld(named(c.number), c.records) for c in stored_copies(session, case_id)
        ]
        waits = [
            named(number)
            for number in session.scalars(
                select(EvidenceItem.number)
                .where(
                    EvidenceItem.case_id == case_id,
                    minor_pending.waiting(),
                )
                .order_by(EvidenceItem.id)
            )
        ]
        if waits and not set(types) & set(dc.SEXUAL_IMAGE_TYPES):
            sexual_now = False  # the save that made it one was undone (walk I, finding 21)
        waiting += waits
    if copies:
        return export_refusal(copies, outcome)
    if waiting:  # the case became a sexual case after they were stored (walk G)
        return minor_pending.waiting_refusal(waiting, outcome, sexual_now)
    return None
