"""Dates in printed documents: the document's language, local time; forensic moments in UTC."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest

from adviser_desk.domain import dates


@pytest.fixture
def amsterdam(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_long_dates_in_dutch_and_english() -> None:
    assert dates.long_date(date(2026, 12, 2), "nl") == "2\u00a0december 2026"
    assert dates.long_date(date(2026, 12, 2), "en") == "2\u00a0December 2026"
    assert dates.long_date(date(2027, 3, 31), "nl") == "31\u00a0maart 2027"
    assert dates.long_date(None, "nl") == "—"


def test_moments_are_shown_in_local_time(amsterdam: None) -> None:
    late = datetime(2026, 11, 30, 23, 30, tzinfo=UTC)  # already 1 December in Amsterdam
    assert dates.long_date(late, "nl") == "1\u00a0december 2026"
    assert dates.date_and_time(late, "en") == "1\u00a0December 2026, 00:30"
    assert dates.time_of_day(late) == "00:30"
    summer = datetime(2026, 7, 1, 12, 5, tzinfo=UTC)  # daylight saving time: +2
    assert dates.date_and_time(summer, "nl") == "1\u00a0juli 2026, 14:05"


def test_forensic_moments_stay_utc_with_the_offset(amsterdam: None) -> None:
    moment = datetime(2026, 11, 30, 23, 30, 9, tzinfo=UTC)
    assert dates.utc_stamp(moment) == "2026-11-30 23:30:09 UTC (+00:00)"
    assert dates.utc_stamp(moment.astimezone()) == "2026-11-30 23:30:09 UTC (+00:00)"
    assert dates.utc_stamp(None) == ""


def test_the_language_comes_from_the_catalogue() -> None:
    assert dates.language_of(lambda context, text: text) == "en"
    assert dates.language_of(lambda context, text: "nl" if context == "dates" else text) == "nl"
    # A catalogue that answers nonsense falls back to English rather than failing.
    assert dates.language_of(lambda context, text: "xx") == "en"
