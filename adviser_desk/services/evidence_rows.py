"""What the evidence services hand out: plain rows, built in one place (``item_row``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from adviser_desk.domain import evidence as de
from adviser_desk.domain.errors import KnownError
from adviser_desk.storage.models import (
    CustodyEvent,
    EvidenceItem,
    TakedownEvent,
)


@dataclass(frozen=True)
class TakedownRow:
    happened_on: date
    action: str  # "reported" or "checked"
    channel: str  # a TakedownChannel value when reported
    status: str  # an OnlineStatus value when checked
    reference: str
    note: str
    recheck_on: date | None


@dataclass(frozen=True)
class ItemRow:
    item_id: int
    number: str
    kind: de.EvidenceKind
    description: str
    source: str
    observed_at: datetime | None
    recorded_at: datetime
    collector: str
    sha256: str | None
    stored: bool
    size: int | None
    mime: str
    width: int | None
    height: int | None
    original_name: str
    url: str
    platform: str
    handle: str
    message_text: str
    sender: str
    seen_by: str
    location: str = ""  # where an image not kept is; ``source`` is who provided it
    sent_at: datetime | None = None  # when a message was sent, as told (walk 14, W14-12)
    custody: tuple[tuple[datetime, str, str, str], ...] = ()
    takedown: tuple[TakedownRow, ...] = ()
    minor_answer: str = ""  # "no", "pending" or "" (see EvidenceItem.minor_answer)

    @property
    def waits_for_answer(self) -> bool:
        """A stored file that waits for the answer about minors (walk G, finding 2)."""
        return de.waits_for_answer(self.stored, self.minor_answer)

    @property
    def online_status(self) -> str:
        """The last checked status of a web address ("" when never checked)."""
        checks = [t.status for t in self.takedown if t.action == "checked"]
        return checks[-1] if checks else ""

    @property
    def recheck_on(self) -> date | None:
        """The re-check the latest step planned (None once a check planned none)."""
        return self.takedown[-1].recheck_on if self.takedown else None


@dataclass
class ImportResult:
    added: list[str] = field(default_factory=list)  # evidence numbers
    failed: list[tuple[str, KnownError]] = field(default_factory=list)  # file name, why


# A whole case is read as plain rows of the same columns (no ORM objects: building 5,000 of
# them cost a second), a single item as its mapped object; the builder takes either.
ItemRecord = EvidenceItem | Row[Any]
CustodyRecord = CustodyEvent | Row[Any]
TakedownRecord = TakedownEvent | Row[Any]


def item_row(
    session: Session,
    item: ItemRecord,
    custody_by_item: dict[int, list[CustodyRecord]] | None = None,
    takedown_by_item: dict[int, list[TakedownRecord]] | None = None,
) -> ItemRow:
    """The one row builder: an item with its custody and takedown steps (read here, or taken
    from the given maps when a whole case is read at once)."""
    events: Sequence[CustodyRecord] = (
        custody_by_item.get(item.id, [])
        if custody_by_item is not None
        else session.scalars(
            select(CustodyEvent).where(CustodyEvent.item_id == item.id).order_by(CustodyEvent.id)
        ).all()
    )
    custody = tuple((event.at, event.action, event.receiver, event.note) for event in events)
    takedowns: Sequence[TakedownRecord] = (
        takedown_by_item.get(item.id, [])
        if takedown_by_item is not None
        else session.scalars(
            select(TakedownEvent)
            .where(TakedownEvent.item_id == item.id)
            .order_by(TakedownEvent.happened_on, TakedownEvent.id)
        ).all()
    )
    takedown = tuple(
        TakedownRow(t.happened_on, t.action, t.channel, t.status, t.reference, t.note, t.recheck_on)
        for t in takedowns
    )
    return ItemRow(
        item_id=item.id,
        number=item.number,
        kind=de.EvidenceKind(item.kind),
        description=item.description,
        source=item.source,
        observed_at=item.observed_at,
        recorded_at=item.recorded_at,
        collector=item.collector,
        sha256=item.sha256,
        stored=item.stored,
        size=item.size,
        mime=item.mime,
        width=item.width,
        height=item.height,
        original_name=item.original_name,
        url=item.url,
        platform=item.platform,
        handle=item.handle,
        message_text=item.message_text,
        sender=item.sender,
        seen_by=item.seen_by,
        location=item.location,
        sent_at=item.sent_at,
        custody=custody,
        takedown=takedown,
        minor_answer=item.minor_answer,
    )
