"""How the UI writes dates and times, and its one translate helper.

Dates and times are shown through the QLocale of the language the adviser chose, in local
time. Forensic outputs (evidence log, manifest, custody) are written by the services in UTC
with the offset stated, and are not formatted here.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject, QTime

from adviser_desk.ui.common.language import current_language

_LOCALES = {
    "nl": QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def translate(context: str, text: str) -> str:
    """Translates text kept as data (marked with QT_TRANSLATE_NOOP where it is defined)."""
    return QCoreApplication.translate(context, text)


def mid_sentence(label: str) -> str:
    """A label such as "Archief (zip, rar, …)" in the middle of a sentence: its first letter
    lower case, unless it starts an abbreviation ("PDF")."""
    if len(label) > 1 and label[1].isupper():
        return label
    return label[:1].lower() + label[1:]


class _Units(QObject):
    """Plural units (lupdate takes %n plurals from self.tr in a class only)."""

    def byte_count(self, count: int) -> str:
        return self.tr("%n byte(s)", "", count)


def data_size(size: int) -> str:
    """A file size in the adviser's language, in bytes, kB or MB as fits. Under 1 kB Qt's own
    formatter says "733 byte" in Dutch, where "733 bytes" is right (walk M, finding 8)."""
    if size < 1024:
        return _Units().byte_count(size)
    return locale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def locale() -> QLocale:
    """The locale of the chosen language (Dutch or British English)."""
    return _LOCALES.get(current_language(), _LOCALES["en"])


def _local(moment: datetime) -> datetime:
    # Stored moments are timezone-aware UTC; show them in the computer's own time zone.
    return moment.astimezone() if moment.tzinfo is not None else moment


def date_text(value: date | None) -> str:
    """A calendar date: 2-12-2026 in Dutch, 02/12/2026 in English; '' for none."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = _local(value).date()
    return locale().toString(QDate(value.year, value.month, value.day), _date_format())


def date_time_text(value: datetime | None, seconds: bool = False) -> str:
    """A moment in local time, to the minute (or second)."""
    if value is None:
        return ""
    local = _local(value)
    moment = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )
    return locale().toString(moment, f"{_date_format()} {_time_format(seconds=seconds)}")


def date_edit_format(with_time: bool = False) -> str:
    """The display format for date (and time) input fields, in the chosen language."""
    return f"{_date_format()} {_time_format()}" if with_time else _date_format()


def time_text(value: datetime, seconds: bool = False) -> str:
    """The local time of day (14:05, or 14:05:33 with seconds)."""
    local = _local(value)
    return locale().toString(
        QTime(local.hour, local.minute, local.second), _time_format(seconds=seconds)
    )


def _date_format() -> str:
    # The locale's short date with a four-digit year (Qt's English short format has two).
    short = locale().dateFormat(QLocale.FormatType.ShortFormat)
    return short.replace("yyyy", "yy").replace("yy", "yyyy")


def _time_format(seconds: bool = False) -> str:
    short = locale().timeFormat(QLocale.FormatType.ShortFormat)
    return short.replace("mm", "mm:ss") if seconds and "ss" not in short else short
