"""Translatable text without Qt.

Lower layers must not import Qt, yet their messages reach the user. They mark text with
``QT_TRANSLATE_NOOP`` (which ``pyside6-lupdate`` finds by name) and hand a :class:`Message` upward;
the UI translates it with ``QCoreApplication.translate`` and the CLI prints the English source.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

# (context, source text) -> the text in the user's language.
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    del context
    return text


def untranslated(context: str, text: str) -> str:
    """The English source as it is (the command line, or where no language is chosen)."""
    del context
    return text


@dataclass(frozen=True)
class Message:
    """A user-facing sentence: translation context, English template and its named values."""

    context: str
    template: str
    args: dict[str, Any] = field(default_factory=dict)

    def english(self) -> str:
        return self.template.format(**self.args)
