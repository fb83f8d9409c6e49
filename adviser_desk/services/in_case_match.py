"""A file already stored in the case is refused before the intake form (walk K, finding 15: it was
refused only after its form was filled in, and the typed description was thrown away).

Only files of the size of a stored item of the case can be one, so only those are hashed before
the form (in the worker); the rest are hashed once, when stored. The check when storing stays:
it also catches two identical files chosen together, and a file changed after the look.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.services.evidence_intake import EvidenceError, QuickLook
from adviser_desk.storage.models import EvidenceItem

ALREADY_HERE = QT_TRANSLATE_NOOP(
    "errors", "{name} is already {number} in this case; it is not added twice."
)
# A file that may hold a picture: adding it again was also the way to answer the question about
# minors for it; the item itself is where that is done now.
ALREADY_HERE_PICTURE = QT_TRANSLATE_NOOP(
    "errors",
    "{name} is already {number} in this case; it is not added twice. If it may show someone "
    "under 18 naked or sexually, select {number} and choose “Mark as possibly sexual image…”.",
)


def stored_sizes(session: Session, case_id: int) -> frozenset[int]:
    """The sizes of the case's stored originals: a file of another size is none of them."""
    return frozenset(
        size
        for size in session.scalars(
            select(EvidenceItem.size)
            .where(EvidenceItem.case_id == case_id, EvidenceItem.stored.is_(True))
            .distinct()
        )
        if size
    )


def stored_numbers(session: Session, case_id: int, digests: list[str]) -> dict[str, str]:
    """The number of the case's stored item holding each of ``digests`` that one holds."""
    wanted = sorted({d for d in digests if d})
    if not wanted:
        return {}
    rows = session.execute(
        select(EvidenceItem.sha256, EvidenceItem.number)
        .where(
            EvidenceItem.case_id == case_id,
            EvidenceItem.stored.is_(True),
            EvidenceItem.sha256.in_(wanted),
        )
        .order_by(EvidenceItem.id)
    ).all()
    found: dict[str, str] = {}
    for digest, number in rows:
        found.setdefault(digest or "", number)
    return found


def refusal(name: str, number: str, may_hold_picture: bool) -> EvidenceError:
    return EvidenceError(
        ALREADY_HERE_PICTURE if may_hold_picture else ALREADY_HERE, name=name, number=number
    )


def refuse_in_look(session: Session, case_id: int, look: QuickLook) -> None:
    """The files of ``look`` already stored in the case are refused there, naming the item;
    one refused already (damaged, or recorded as withheld) keeps that refusal."""
    refused = {path for path, _exc in look.refused}
    digests = {p: d for p, d in look.digests.items() if p not in refused}
    found = stored_numbers(session, case_id, list(digests.values()))
    for path, digest in digests.items():
        if digest in found:
            picture = path not in look.plain_text
            look.refused.append((path, refusal(path.name, found[digest], picture)))
