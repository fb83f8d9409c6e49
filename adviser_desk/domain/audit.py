"""The audit chain's rules: how an event is hashed and how a chain is checked.

Each event carries the SHA-256 of the previous event, so removing, reordering or editing any
event breaks every link after it. Storage keeps the rows; this module only knows the arithmetic.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

GENESIS_HASH = "0" * 64


def utc_now() -> datetime:
    return datetime.now(UTC)


def format_utc(moment: datetime) -> str:
    """One fixed spelling of a UTC moment, so the hash does not depend on how it was stored."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


@dataclass(frozen=True)
class AuditRecord:
    seq: int
    at: str
    actor: str
    action: str
    subject: str
    details: Mapping[str, Any]
    prev_hash: str
    hash: str


def event_hash(
    seq: int,
    at: str,
    actor: str,
    action: str,
    subject: str,
    details: Mapping[str, Any],
    prev_hash: str,
) -> str:
    payload = canonical_json([seq, at, actor, action, subject, dict(details), prev_hash])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def seal(
    seq: int,
    at: datetime,
    actor: str,
    action: str,
    subject: str,
    details: Mapping[str, Any],
    prev_hash: str,
) -> AuditRecord:
    stamp = format_utc(at)
    digest = event_hash(seq, stamp, actor, action, subject, details, prev_hash)
    return AuditRecord(seq, stamp, actor, action, subject, dict(details), prev_hash, digest)


@dataclass(frozen=True)
class ChainReport:
    events: int
    head: str
    broken_at: int | None = None
    reason: str = ""

    @property
    def intact(self) -> bool:
        return self.broken_at is None


def verify_chain(records: Iterable[AuditRecord]) -> ChainReport:
    """Walks the chain in order and reports the first link that does not hold."""
    expected_prev = GENESIS_HASH
    expected_seq = 1
    count = 0
    for record in records:
        if record.seq != expected_seq:
            return ChainReport(count, expected_prev, record.seq, "sequence gap")
        if record.prev_hash != expected_prev:
            return ChainReport(count, expected_prev, record.seq, "previous hash does not match")
        recomputed = event_hash(
            record.seq,
            record.at,
            record.actor,
            record.action,
            record.subject,
            record.details,
            record.prev_hash,
        )
        if recomputed != record.hash:
            return ChainReport(count, expected_prev, record.seq, "event content was altered")
        expected_prev = record.hash
        expected_seq += 1
        count += 1
    return ChainReport(count, expected_prev)
