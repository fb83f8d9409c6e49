"""The one clock every record is stamped with: aware UTC, so files move between time zones."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from adviser_desk.domain.errors import KnownError
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP


def now() -> datetime:
    return datetime.now(UTC)


class FutureTimeError(KnownError):
    """An earlier moment ("happened earlier, on", "seen on") that lies in the future."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The moment it happened lies in the future. Choose a moment up to now; "
                "nothing was saved.",
            )
        )


# A clock a minute apart (another computer, the field rounded to the minute) is not the future.
FUTURE_SLACK = timedelta(minutes=1)


def not_in_future(at: datetime | None) -> datetime | None:
    """``at`` itself, or FutureTimeError when it lies after now (walk 7, W7-2)."""
    if at is not None and at > now() + FUTURE_SLACK:
        raise FutureTimeError()
    return at
