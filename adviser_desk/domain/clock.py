"""The one clock every record is stamped with: aware UTC, so files move between time zones."""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> datetime:
    return datetime.now(UTC)
