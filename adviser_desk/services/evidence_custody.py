"""Chain of custody beyond intake: hand-over to the police, and verification of the stored
originals."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from sqlalchemy import select

from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.domain.work import (
    Cancelled,
    CancelRequested,
    Progress,
    never_cancelled,
    no_progress,
)
from adviser_desk.services.actor import actor
from adviser_desk.services.evidence_base import (
    NO_RECEIVER,
    EvidenceBase,
)
from adviser_desk.services.evidence_intake import EvidenceError
from adviser_desk.storage import audit_log
from adviser_desk.storage.models import (
    Case,
    EvidenceBlob,
    EvidenceItem,
)


class EvidenceCustody(EvidenceBase):
    """Hand-over and verification."""

    def record_handover(
        self, case_id: int, item_ids: Sequence[int], receiver: str, note: str = ""
    ) -> int:
        """A "handed over" custody event (to whom, with a receipt note) for the given items, or
        for every item of the case when none are given. Returns how many were recorded."""
        if not receiver.strip():
            raise EvidenceError(NO_RECEIVER)
        with self.case_file.transaction() as session:
            query = select(EvidenceItem).where(EvidenceItem.case_id == case_id)
            if item_ids:
                query = query.where(EvidenceItem.id.in_(item_ids))
            items = session.scalars(query.order_by(EvidenceItem.id)).all()
            by = actor(session)
            for item in items:
                self.add_custody(
                    session, item, "handed_over", by, receiver=receiver.strip(), note=note.strip()
                )
            case = session.get(Case, case_id)
            audit_log.append(
                session,
                by,
                AuditAction.EVIDENCE_HANDED_OVER,
                case.number if case else str(case_id),
                {"items": [item.number for item in items]},
            )
            return len(items)

    def verify(
        self,
        case_id: int | None = None,
        progress: Progress = no_progress,
        cancelled: CancelRequested = never_cancelled,
        record: bool = True,
    ) -> list[str]:
        """Evidence numbers whose stored bytes no longer match their recorded hash.

        Cancel raises Cancelled and records nothing; otherwise, with ``record``, every intact
        item gets a "verified" custody event (printing the log records its check once, for
        the log, instead)."""
        bad: list[str] = []
        with self.case_file.transaction() as session:
            by = actor(session)
            query = (
                select(EvidenceItem.id, EvidenceItem.number, EvidenceItem.sha256, Case.number)
                .join(Case, Case.id == EvidenceItem.case_id)
                .where(EvidenceItem.stored.is_(True))
            )
            if case_id is not None:
                query = query.where(EvidenceItem.case_id == case_id)
            rows = session.execute(query).all()
            for index, (item_id, number, digest, case_number) in enumerate(rows):
                if cancelled():
                    raise Cancelled()
                progress(index, len(rows))
                blob = session.get(EvidenceBlob, digest)
                actual = hashlib.sha256(blob.data).hexdigest() if blob is not None else ""
                if actual != digest:
                    bad.append(f"{case_number} {number}")
                elif record:
                    item = session.get(EvidenceItem, item_id)
                    assert item is not None
                    self.add_custody(session, item, "verified", by)
                # The blob's bytes are not needed any more; a thousand of them would add up.
                if blob is not None:
                    session.expunge(blob)
            progress(len(rows), len(rows))
        return bad
