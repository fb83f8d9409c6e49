"""Appending to and reading the audit chain inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from adviser_desk.domain import audit
from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.storage.models import AuditEvent


def append(
    session: Session,
    actor: str,
    action: AuditAction,
    subject: str = "",
    details: Mapping[str, Any] | None = None,
) -> audit.AuditRecord:
    """Adds an event linked to the current head; commits with the caller's transaction."""
    head = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    seq, prev = (1, audit.GENESIS_HASH) if head is None else (head[0] + 1, head[1])
    record = audit.seal(seq, audit.utc_now(), actor, action, subject, details or {}, prev)
    session.add(
        AuditEvent(
            seq=record.seq,
            at=record.at,
            actor=record.actor,
            action=record.action,
            subject=record.subject,
            details=dict(record.details),
            prev_hash=record.prev_hash,
            hash=record.hash,
        )
    )
    session.flush()
    return record


def append_many(
    session: Session,
    actor: str,
    events: Sequence[tuple[AuditAction, str, Mapping[str, Any]]],
) -> None:
    """Adds several events (action, subject, details) in order, in one statement."""
    if not events:
        return
    head = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    seq, prev = (1, audit.GENESIS_HASH) if head is None else (head[0] + 1, head[1])
    at = audit.utc_now()
    rows = []
    for action, subject, details in events:
        record = audit.seal(seq, at, actor, action, subject, details, prev)
        rows.append(
            {
                "seq": record.seq,
                "at": record.at,
                "actor": record.actor,
                "action": record.action,
                "subject": record.subject,
                "details": dict(record.details),
                "prev_hash": record.prev_hash,
                "hash": record.hash,
            }
        )
        seq, prev = seq + 1, record.hash
    session.execute(insert(AuditEvent), rows)


def _as_record(row: AuditEvent) -> audit.AuditRecord:
    return audit.AuditRecord(
        row.seq, row.at, row.actor, row.action, row.subject, row.details, row.prev_hash, row.hash
    )


def records(session: Session, batch: int = 500) -> Iterator[audit.AuditRecord]:
    """All events in order, read in batches so a long history does not fill memory."""
    last = 0
    while True:
        rows = session.scalars(
            select(AuditEvent).where(AuditEvent.seq > last).order_by(AuditEvent.seq).limit(batch)
        ).all()
        if not rows:
            return
        for row in rows:
            yield _as_record(row)
        last = rows[-1].seq


def head(session: Session) -> str:
    value = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1))
    return audit.GENESIS_HASH if value is None else value


def verify(session: Session) -> audit.ChainReport:
    return audit.verify_chain(records(session))


def find_head(session: Session, head: str) -> int | None:
    """The event whose hash is ``head`` (or starts with it, for a typed-in head of at least 16
    hex digits); None when no event has it. Found in an intact chain, it proves the history up
    to that event is what it was when the head was printed."""
    head = head.strip().lower()
    if len(head) < 16 or any(ch not in "0123456789abcdef" for ch in head):
        return None
    rows = session.execute(
        select(AuditEvent.seq).where(AuditEvent.hash.startswith(head, autoescape=True)).limit(2)
    ).all()
    return int(rows[0][0]) if len(rows) == 1 else None
