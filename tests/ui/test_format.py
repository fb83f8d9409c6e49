"""Dates and times in the UI follow the chosen language, in local time."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtWidgets import QApplication

from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common import i18n


@pytest.fixture
def language(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.install("en")


def test_dates_follow_the_language(language: None) -> None:
    moment = datetime(2026, 11, 30, 13, 5, 7, tzinfo=UTC)
    local = moment.astimezone()
    i18n.install("nl")
    assert fmt.date_text(date(2026, 11, 30)) == "30-11-2026"
    assert fmt.date_time_text(moment) == f"{local:%d-%m-%Y %H:%M}"
    assert fmt.time_text(moment, seconds=True) == f"{local:%H:%M:%S}"
    i18n.install("en")
    assert fmt.date_text(date(2026, 11, 30)) == "30/11/2026"
    assert fmt.date_time_text(moment, seconds=True) == f"{local:%d/%m/%Y %H:%M:%S}"
    assert fmt.date_edit_format() == "dd/MM/yyyy"
    assert fmt.date_text(None) == "" and fmt.date_time_text(None) == ""


def test_moments_are_shown_in_local_time(language: None, monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    try:
        i18n.install("nl")
        # 23:30 UTC on 30 November is 00:30 on 1 December in Amsterdam (UTC+1).
        assert fmt.date_time_text(datetime(2026, 11, 30, 23, 30, tzinfo=UTC)) == "01-12-2026 00:30"
        assert fmt.date_text(datetime(2026, 11, 30, 23, 30, tzinfo=UTC)) == "01-12-2026"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_a_date_in_a_message_is_written_in_the_advisers_language(language: None) -> None:
    """A KnownError carries a date as a date; the window writes it as it writes every date
    (the hand-over refusal once wrote its own 'dd-mm-yyyy' in English too)."""
    from adviser_desk.services.handed_over import CaseHandedOverError

    refused = CaseHandedOverError("2026-014", "Carla Visser", date(2026, 11, 30))
    assert "on 2026-11-30 " in str(refused)  # a command's message: ISO, as its other dates
    i18n.install("nl")
    assert " 30-11-2026 " in i18n.error_text(refused)
    i18n.install("en")
    assert " on 30/11/2026 " in i18n.error_text(refused)
