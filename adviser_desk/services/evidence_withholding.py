"""A stored original that may be a sexual image of a minor is not kept (walk W21).

The adviser may learn only later what an image shows: when the same file is added again and
answered "yes, or not sure", or when they mark a stored item so on the evidence tab. Then the
stored original goes and the item stays as a "deliberately not kept" record: its number,
description, SHA-256, file name and type, where it is and who saw it. Every stored item with the
same bytes goes with it (in any case: one copy kept would keep the image). One transaction: the
items change, a custody event per item and an audit event per case are written, and the
originals no owner holds any more are deleted through the blob-owner registry
(storage/blobs.py), their thumbnails with them. ``secure_delete`` zeroes the freed pages and a
checkpoint then writes the zeros into the file, as the purge does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from adviser_desk.domain import evidence as de
from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.domain.clock import now
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.domain.timeline import (
    DESCRIPTION_CHANGED,
    REMOVAL_REASON,
    REMOVED_ANSWERED,
    REMOVED_AT_INTAKE,
    REMOVED_SAME_FILE,
)
from adviser_desk.services import search_index, withheld_match
from adviser_desk.services.actor import actor
from adviser_desk.services.evidence_base import EvidenceBase
from adviser_desk.services.evidence_intake import EvidenceError
from adviser_desk.services.handed_over import WITHHOLDING
from adviser_desk.services.retention_service import compact
from adviser_desk.storage import audit_log, blobs
from adviser_desk.storage.models import Case, CaseEvent, EvidenceItem

NOT_STORED = QT_TRANSLATE_NOOP(
    "errors", "This item has no stored original (any more); nothing was changed."
)


@dataclass(frozen=True)
class StoredCopy:
    """A stored item holding a given original."""

    item_id: int
    case_id: int
    case_number: str
    number: str
    original_name: str
    sha256: str


class EvidenceWithholding(EvidenceBase):
    """Finding stored copies of an image that may be sexual, and removing their originals."""

    def stored_copies(self, digests: Iterable[str]) -> list[StoredCopy]:
        """Every stored item, in any case of the file, whose original has one of ``digests``."""
        wanted = sorted({d for d in digests if d})
        if not wanted:
            return []
        with self.case_file.reading() as session:
            rows = session.execute(
                select(
                    EvidenceItem.id,
                    EvidenceItem.case_id,
                    Case.number,
                    EvidenceItem.number,
                    EvidenceItem.original_name,
                    EvidenceItem.sha256,
                )
                .join(Case, Case.id == EvidenceItem.case_id)
                .where(EvidenceItem.stored.is_(True), EvidenceItem.sha256.in_(wanted))
                .order_by(Case.number, EvidenceItem.number)
            ).all()
        return [StoredCopy(r[0], r[1], r[2], r[3], r[4] or "", r[5] or "") for r in rows]

    def check_exportable(self, case_id: int) -> None:
        """Raises, naming them, when the case holds stored copies of bytes recorded as
        withheld (a case file made before intake refused them, or "Keep for now"), or stored
        files still waiting for the answer about minors: the police package never writes them
        out (walk G)."""
        with self.case_file.reading() as session:
            refusal = withheld_match.handout_refusal(session, [case_id])
        if refusal is not None:
            raise refusal

    def stored_copies_of_withheld(self, case_id: int, numbers: Sequence[str]) -> list[StoredCopy]:
        """The stored items holding the same bytes as the case's withheld items ``numbers``
        (just recorded after the answer "yes, or not sure")."""
        if not numbers:
            return []
        with self.case_file.reading() as session:
            digests = list(
                session.scalars(
                    select(EvidenceItem.sha256).where(
                        EvidenceItem.case_id == case_id,
                        EvidenceItem.number.in_(list(numbers)),
                        EvidenceItem.kind == de.EvidenceKind.WITHHELD.value,
                    )
                )
            )
        return self.stored_copies(d for d in digests if d)

    def withhold_stored(
        self,
        item_id: int,
        where: str = "",
        seen_by: str = "",
        description: str = "",
        at_intake: bool = False,
    ) -> list[StoredCopy]:
        """Removes the stored original of ``item_id`` and of every stored item with the same
        bytes; they stay as records of an image deliberately not kept. ``where`` and
        ``seen_by`` fill those fields where given; who provided it (``source``) always stays.
        ``description`` fills the description of those that have none: with the bytes gone it
        is what is left to say what the image showed (walk I, finding 13); unless
        ``at_intake``, it also replaces the description of ``item_id`` and of every copy, as
        corrected in the removal form (walk K, finding 30; walk L, finding 20: the same bytes,
        the same description, as Where and Who), each old text kept in its own case's history
        (never in the audit chain, which outlives the case). ``at_intake``: the
        same bytes were just added again and answered "yes, or not sure" at intake; else the
        question was answered for ``item_id`` itself. Why each went is kept for the timeline
        (walk I, finding 28). Returns the items changed."""
        with self.case_file.transaction() as session:
            # Keeping the image is an offence, also in a case handed over (read-only here).
            session.info[WITHHOLDING] = True
            try:
                item = session.get(EvidenceItem, item_id)
                if item is None or not item.stored or not item.sha256:
                    raise EvidenceError(NOT_STORED)
                digest = item.sha256
                copies = session.scalars(
                    select(EvidenceItem)
                    .where(EvidenceItem.stored.is_(True), EvidenceItem.sha256 == digest)
                    .order_by(EvidenceItem.case_id, EvidenceItem.number)
                ).all()
                by = actor(session)
                changed: list[StoredCopy] = []
                for copy in copies:
                    # What it was stored as goes in the custody event, so the history can
                    # still say it was stored (and as what) after the kind changes (walk 5, W5-3).
                    self.add_custody(session, copy, "withheld", by, note=copy.kind)
                    copy.kind = de.EvidenceKind.WITHHELD.value
                    copy.stored = False
                    # Nothing stored is left to ask about: it waits no more (walk J, 10). A
                    # "no" given is history and stays: the timeline's "added" line says it
                    # (walk K, finding 10).
                    if copy.minor_answer == de.MINOR_PENDING:
                        copy.minor_answer = ""
                    copy.size = None
                    copy.width = None
                    copy.height = None
                    if where.strip():
                        copy.location = where.strip()
                    if seen_by.strip():
                        copy.seen_by = seen_by.strip()
                    if description.strip() and not copy.description.strip():
                        copy.description = description.strip()
                    elif not at_intake and description.strip():
                        # The removal form's description, corrected (walk K, finding 30): it is
                        # what the police log shows once the bytes are gone. Every copy holds
                        # the same bytes, so it gets the same text, as it gets Where and Who
                        # (walk L, finding 20: another case's log still said "meisje in
                        # bikini" of a nude image). Each old text stays in its own case's
                        # history, purged with that case.
                        _redescribe(session, copy, description.strip(), by)
                session.flush()
                numbers = {c.case_id: session.get(Case, c.case_id) for c in copies}
                for copy in copies:
                    case = numbers[copy.case_id]
                    changed.append(
                        StoredCopy(
                            copy.id,
                            copy.case_id,
                            case.number if case else "",
                            copy.number,
                            copy.original_name,
                            digest,
                        )
                    )
                _record_why(session, item, changed, by, at_intake)
                # The original (and its thumbnail, which cascades) goes once nobody holds it.
                blobs.delete_unowned(session)
                for case_id, case in numbers.items():
                    audit_log.append(
                        session,
                        by,
                        AuditAction.EVIDENCE_ORIGINAL_REMOVED,
                        case.number if case else "",
                        {
                            "numbers": ", ".join(c.number for c in changed if c.case_id == case_id),
                            "sha256": digest,
                        },
                    )
                session.flush()  # while the flag above is set
            finally:
                session.info.pop(WITHHOLDING, None)
        # Committed: the zeroed pages now go over the old ones in the file, the WAL emptied.
        compact(self.cases)
        return changed


def _redescribe(session: Session, item: EvidenceItem, description: str, by: str) -> None:
    """Sets ``item``'s description as corrected in the removal form. The audit chain says
    only that the description of that number changed; the texts, old and new, go into the
    case's own history (the timeline, the evidence log's chain of custody)."""
    old = item.description
    if old.strip() == description:
        return
    item.description = description
    session.flush()
    search_index.index_case_evidence(session, item.case_id)  # found by its new words
    case = session.get(Case, item.case_id)
    # The chain outlives a purged case and promises no names (README, the audit tab), and a
    # description is where "naaktfoto van Noor (2B)" is written (walk L, finding 14): no text,
    # and no SHA-256 of it either, which would confirm a guessed short sentence for good.
    audit_log.append(
        session,
        by,
        AuditAction.EVIDENCE_DESCRIPTION_CHANGED,
        case.number if case else "",
        {"number": item.number},
    )
    # The case's own history keeps both texts and goes with the case at the purge.
    session.add(
        CaseEvent(
            case_id=item.case_id,
            recorded_at=now(),
            kind=DESCRIPTION_CHANGED,
            details={"number": item.number, "old": old, "new": description, "by": by},
        )
    )


def _record_why(
    session: Session, item: EvidenceItem, changed: list[StoredCopy], by: str, at_intake: bool
) -> None:
    """One timeline note per case saying why its originals went: the question answered for
    ``item`` itself, the same file as ``item`` (named with its case when it is in another),
    or the same file added again and answered at intake. The timeline joins it to the
    removal's line (services/case_timeline.py); it names numbers and cases, nothing the
    image shows."""
    source_case = next((c.case_number for c in changed if c.item_id == item.id), "")
    for case_id in dict.fromkeys(c.case_id for c in changed):
        here = [c for c in changed if c.case_id == case_id]
        details: dict[str, object] = {"numbers": [c.number for c in here], "by": by}
        if at_intake:
            details["why"] = REMOVED_AT_INTAKE
        elif any(c.item_id == item.id for c in here):
            details["why"] = REMOVED_ANSWERED
        else:
            details["why"] = REMOVED_SAME_FILE
        details["source"] = item.number
        if case_id != item.case_id:
            details["source_case"] = source_case
        session.add(
            CaseEvent(
                case_id=case_id,
                recorded_at=now(),
                kind=REMOVAL_REASON,
                details=details,
            )
        )
