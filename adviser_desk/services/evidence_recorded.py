"""The one rule for when a piece of evidence counts as recorded, whichever way it enters
(a file, a batch of files, a web address, a message, a contact, a withheld image):

- it has the next number of its case, its kind, the moment it was recorded, who recorded it
  and which version of the app did (``stamp``), and
- a "recorded" custody event and an ``evidence.recorded`` audit event are written with it, in
  the same transaction (``record``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlalchemy import insert
from sqlalchemy.orm import Session

from adviser_desk import APP_NAME, __version__
from adviser_desk.domain import evidence as de
from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.services import search_index
from adviser_desk.services.evidence_base import IntakeContext
from adviser_desk.storage import audit_log
from adviser_desk.storage.models import CustodyEvent


def stamp(context: IntakeContext, kind: de.EvidenceKind, at: datetime) -> dict[str, object]:
    """The columns every new item gets; takes the case's next evidence number."""
    number = de.evidence_number(context.next_number)
    context.next_number += 1
    return {
        "case_id": context.case.id,
        "number": number,
        "kind": kind.value,
        "recorded_at": at,
        "collector": context.actor,
        "app_version": f"{APP_NAME} {__version__}",
    }


def record(
    session: Session,
    context: IntakeContext,
    items: Sequence[tuple[int, Mapping[str, object]]],
    at: datetime,
) -> None:
    """The custody and audit events of new items (their id and stamped columns, with their
    ``sha256`` if any), in the caller's transaction, one statement per table."""
    if not items:
        return
    session.execute(
        insert(CustodyEvent),
        [
            {
                "item_id": item_id,
                "at": at,
                "action": "recorded",
                "actor": context.actor,
                "receiver": "",
                "note": "",
            }
            for item_id, _row in items
        ],
    )
    search_index.index_evidence(session, items)
    audit_log.append_many(
        session,
        context.actor,
        [
            (
                AuditAction.EVIDENCE_RECORDED,
                context.case.number,
                {"number": row["number"], "kind": row["kind"], "sha256": row.get("sha256") or ""},
            )
            for _item_id, row in items
        ],
    )
