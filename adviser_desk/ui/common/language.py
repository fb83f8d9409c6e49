"""The language the window speaks now: set by installing its translation (i18n.install), read
by the date formats (format.py) and everything that follows the language. A module of its own
so format.py and i18n.py can both use it without importing each other."""

from __future__ import annotations

_language = ["en"]


def current_language() -> str:
    """'nl' or 'en': the language installed last (the protocol text follows it)."""
    return _language[0]


def set_current_language(language: str) -> None:
    _language[0] = language
