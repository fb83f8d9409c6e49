"""Long work (intake, backup, verify, export, purge): how it reports progress and hears
Cancel. Declared once here so every layer means the same thing."""

from __future__ import annotations

from collections.abc import Callable

from adviser_desk.domain.errors import Cancelled as Cancelled

Progress = Callable[[int, int], None]  # (done, total)
CancelRequested = Callable[[], bool]  # asked between steps; True: stop and raise Cancelled


def no_progress(_done: int, _total: int) -> None:
    return None


def never_cancelled() -> bool:
    return False
