"""Tasks the app itself plans (a takedown re-check), shown in the language of the reader.

They are stored with their English wording, like any own task, so every reader of the file
understands them; the UI and the PDFs recognise the wording (in either language, so tasks stored
in Dutch by earlier versions are recognised too) and render it in their own language.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from adviser_desk.domain import dates

TAKEDOWN_RECHECK = "takedown_recheck"

TEMPLATES: dict[str, dict[str, str]] = {
    TAKEDOWN_RECHECK: {
        "en": "Check whether {number} is still online: {url}",
        "nl": "Controleren of {number} nog online staat: {url}",
    },
}


def stored_title(key: str, **values: str) -> str:
    """The wording kept in the case file (English)."""
    return TEMPLATES[key]["en"].format(**values)


@cache
def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    regex = ""
    for index, part in enumerate(parts):
        if index % 2 == 0:
            regex += re.escape(part)
        else:
            last = index == len(parts) - 2
            regex += f"(?P<{part}>.+)" if last else f"(?P<{part}>.+?)"
    return re.compile(regex + r"\Z", re.DOTALL)


def render(title: str, language: str) -> str:
    """The title in ``language`` when the app wrote it; any other title as it was typed."""
    for texts in TEMPLATES.values():
        for template in texts.values():
            found = _pattern(template).match(title)
            if found is not None:
                return texts.get(language, texts["en"]).format(**found.groupdict())
    return title


# What the app writes into a task's note when a takedown check answers its re-check (walk 12,
# W12-1: the raw status "removed" went into the note and showed in English in the Dutch UI and
# summary). Stored in English with an ISO date, one line among the adviser's own note lines.
CHECKED_NOTE = "Checked on {day}: {status}"
_CHECKED = re.compile(r"Checked on (?P<day>\d{4}-\d{2}-\d{2}): (?P<status>\w+)\Z")
_CHECKED_TEXT = {"en": "Checked on {day}: {status}", "nl": "Gecontroleerd op {day}: {status}"}
# The takedown's online statuses (domain/evidence.OnlineStatus values) in each language; the
# same words as the evidence dialog's labels.
_ONLINE = {
    "online": {"en": "still online", "nl": "staat nog online"},
    "removed": {"en": "removed", "nl": "verwijderd"},
    "reappeared": {"en": "reappeared", "nl": "weer verschenen"},
}


def checked_note(day: date, status: str) -> str:
    """The note line kept in the case file when a check closes a re-check task."""
    return CHECKED_NOTE.format(day=day.isoformat(), status=status)


def render_note(note: str, language: str) -> str:
    """A task's note with the app's own lines in ``language``; the adviser's lines as typed.
    A bare status value is what earlier versions wrote: shown as its word too."""
    lines = []
    for line in note.split("\n"):
        found = _CHECKED.match(line)
        if found is not None and found["status"] in _ONLINE:
            try:
                day = dates.long_date(date.fromisoformat(found["day"]), language)
            except ValueError:  # typed over by hand into no date: left as it is
                lines.append(line)
                continue
            status = _ONLINE[found["status"]].get(language, found["status"])
            line = _CHECKED_TEXT.get(language, _CHECKED_TEXT["en"]).format(day=day, status=status)
        elif line in _ONLINE:
            line = _ONLINE[line].get(language, line)
        lines.append(line)
    return "\n".join(lines)


def stored_note(edited: str, stored: str, language: str) -> str:
    """The note to keep when the adviser hands back ``edited`` (the note as rendered, perhaps
    with lines added or changed): each of the app's lines left as shown keeps its stored
    wording, so a reader in the other language still gets theirs."""
    kept = {render_note(line, language): line for line in stored.split("\n")}
    return "\n".join(kept.get(line, line) for line in edited.split("\n"))


# The reason the closing dialog proposes for the tasks it marks not applicable (walk 12, W12-12:
# the Dutch "Zaak gesloten" was stored as typed and read 98 times in the English summary). Kept
# in English when left as proposed, in whichever language it was proposed, and shown in the
# reader's.
CLOSING_REASON = "Case closed"
_REASONS = {CLOSING_REASON: {"en": "Case closed", "nl": "Zaak gesloten"}}
_REASON_OF = {text.casefold(): key for key, texts in _REASONS.items() for text in texts.values()}


def stored_reason(reason: str) -> str:
    """The reason to keep: the app's own wording in English, any other as typed."""
    return _REASON_OF.get(reason.strip().casefold(), reason.strip())


def render_reason(reason: str, language: str) -> str:
    """A stored reason in ``language`` when it is the app's own wording."""
    texts = _REASONS.get(_REASON_OF.get(reason.strip().casefold(), ""))
    return reason if texts is None else texts.get(language, texts["en"])
