"""How printed documents write dates and times, without Qt.

The screens format through ``QLocale`` (``ui/format.py``); the PDFs, the manifest and the
command line are made below the UI and use this module, so every date in a document follows
the document's language: "2 december 2026" in Dutch, "2 December 2026" in English, in the
computer's local time. Forensic records (evidence log items, custody, the police manifest)
are the exception: they stay in UTC and say so, offset included, whatever the local zone, so
a police officer in another zone reads the same moment.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP

# Short month names as each language writes them ("mrt", not "maa").
SHORT_MONTHS = {
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}

MONTHS = {
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}

# The language of a translation catalogue, asked through the catalogue itself (Qt does the
# same for its layout direction): the Dutch catalogue translates this to "nl", and the English
# source (the command line's untranslated output) stays "en".
LANGUAGE_CODE = QT_TRANSLATE_NOOP("dates", "en")
NO_DATE = "—"


def language_of(translate: Callable[[str, str], str]) -> str:
    """The language a report's translate hook writes in ("nl" or "en")."""
    code = translate("dates", LANGUAGE_CODE)
    return code if code in MONTHS else "en"


def _local(moment: datetime) -> datetime:
    # Stored moments are timezone-aware UTC; a naive one is taken as local already.
    return moment.astimezone() if moment.tzinfo is not None else moment


def long_date(value: date | None, language: str) -> str:
    """2 december 2026 / 2 December 2026 (a datetime in local time); "—" for none.

    A no-break space keeps day and month together at the end of a line."""
    if value is None:
        return NO_DATE
    if isinstance(value, datetime):
        value = _local(value).date()
    months = MONTHS.get(language, MONTHS["en"])
    return f"{value.day}\u00a0{months[value.month - 1]} {value.year}"


def time_of_day(moment: datetime) -> str:
    """The local time of day, 24-hour in both languages: 14:05."""
    local = _local(moment)
    return f"{local.hour:02d}:{local.minute:02d}"


def date_and_time(moment: datetime | None, language: str) -> str:
    """2 december 2026, 14:05 in local time; "—" for none."""
    if moment is None:
        return NO_DATE
    return f"{long_date(moment, language)}, {time_of_day(moment)}"


def utc_stamp(moment: datetime | None) -> str:
    """A forensic moment: 2026-12-02 13:05:09 UTC (+00:00), the same in every language and
    zone; "" for none."""
    if moment is None:
        return ""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC (+00:00)")


def file_stamp(moment: datetime) -> str:
    """A moment in a file or folder name (2026-12-02 140509): sorts by time, no colons."""
    return moment.strftime("%Y-%m-%d %H%M%S")
