"""Tasks the app itself plans (a takedown re-check), shown in the language of the reader.

They are stored with their English wording, like any own task, so every reader of the file
understands them; the UI and the PDFs recognise the wording (in either language, so tasks stored
in Dutch by earlier versions are recognised too) and render it in their own language.
"""

from __future__ import annotations

import re
from functools import cache

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
