"""What the evidence services share: the case file, the limit on a file's size, the custody
event, the numbering context of a transaction, the messages."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from adviser_desk.domain import evidence as de
from adviser_desk.domain.cases import IncidentType
from adviser_desk.domain.clock import now
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.services.actor import actor
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.evidence_intake import (
    EvidenceError,
    Intake,
    make_thumbnail,
    read_file,
)
from adviser_desk.services.evidence_rows import ItemRow, item_row
from adviser_desk.storage.casefile import CaseFile
from adviser_desk.storage.models import (
    Case,
    CustodyEvent,
    EvidenceItem,
)

BAD_URL = QT_TRANSLATE_NOOP(
    "errors", "“{url}” is not a web address (it should look like https://…). Nothing was stored."
)

EMPTY_MESSAGE = QT_TRANSLATE_NOOP("errors", "The message text is empty; nothing was stored.")

EMPTY_CONTACT = QT_TRANSLATE_NOOP(
    "errors",
    "Give the contact details or the account name of the person or account; nothing was stored.",
)

NOT_A_URL = QT_TRANSLATE_NOOP(
    "errors", "Only web addresses can be reported for removal or checked for being online."
)

RECHECK_BEFORE = QT_TRANSLATE_NOOP(
    "errors", "The re-check date lies before the date of this step; choose a later date."
)

NO_RECEIVER = QT_TRANSLATE_NOOP(
    "errors", "Say to whom the evidence was handed over; nothing was recorded."
)

NO_CASE = QT_TRANSLATE_NOOP("errors", "Case {ref} does not exist (any more).")

# Items stored per transaction in a batch: one commit (and fsync) per item would cost more
# than the encryption itself; a failed commit loses only its own batch, never half an item.
BATCH_ITEMS = 32

BATCH_BYTES = 64 * 2**20

PNG_SIGNATURE = b"\x89PNG"

THUMB_BATCH = 16  # originals read per step when making thumbnails after intake


def _thumbnail_or_empty(data: bytes) -> bytes:
    try:
        return make_thumbnail(data)
    except Exception:  # a thumbnail is optional; the original stays as received
        return b""


@dataclass
class IntakeContext:
    """What every new item in one transaction shares: its case, who records it, the next
    number (read once per transaction instead of once per item)."""

    case: Case
    actor: str
    next_number: int


class EvidenceBase:
    """The parts of the evidence services share one case service and one size limit."""

    def __init__(self, cases: CaseService, max_bytes: int = de.DEFAULT_MAX_BYTES) -> None:
        self.cases = cases
        self.max_bytes = max_bytes

    @property
    def case_file(self) -> CaseFile:
        return self.cases.case_file

    def _context(self, session: Session, case_id: int) -> IntakeContext:
        case = session.get(Case, case_id)
        if case is None:
            raise EvidenceError(NO_CASE, ref=case_id)
        numbers = session.scalars(
            select(EvidenceItem.number).where(EvidenceItem.case_id == case_id)
        )
        highest = max((de.parse_evidence_number(n) for n in numbers), default=0)
        return IntakeContext(case, actor(session), highest + 1)

    def add_custody(
        self, session: Session, item: EvidenceItem, action: str, by: str = "", **extra: str
    ) -> None:
        """A custody event for ``item`` in the caller's transaction."""
        session.add(
            CustodyEvent(
                item_id=item.id,
                at=now(),
                action=action,
                actor=by or actor(session),
                receiver=extra.get("receiver", ""),
                note=extra.get("note", ""),
            )
        )

    def case_types(self, case_id: int) -> frozenset[IncidentType]:
        # One column, not the whole case with its tasks: this runs for every file at intake.
        with self.case_file.reading() as session:
            types = session.scalar(select(Case.incident_types).where(Case.id == case_id))
        return frozenset(IncidentType(value) for value in types or ())

    def _asks_minor(self, case_id: int, intake: Intake) -> bool:
        return de.needs_minor_question(self.case_types(case_id), intake.marked_sexual)

    def read_file(self, path: Path) -> bytes:
        return read_file(path, self.max_bytes)

    def _row(self, session: Session, item: EvidenceItem) -> ItemRow:
        return item_row(session, item)
