"""How the case timeline's events read. Events store a kind and values, not sentences, so
they show in the adviser's language and an anonymous reporter's name is never stored in them."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from typing import Any

from adviser_desk.domain.cases import (
    ANONYMOUS_LABEL,
    ROLE_LABELS,
    STATUS_LABELS,
    CaseStatus,
    Role,
)
from adviser_desk.domain.conversations import type_label
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.domain.meldcode import ANSWER_LABELS, STEP_LABELS, Answer, Step

CTX = "timeline"

TEMPLATES = {
    "case.opened": QT_TRANSLATE_NOOP("timeline", "Case {number} opened: {title}"),
    "case.status": QT_TRANSLATE_NOOP("timeline", "Status changed to: {status}"),
    "case.updated": QT_TRANSLATE_NOOP("timeline", "Case details changed"),
    "case.handed_over": QT_TRANSLATE_NOOP(
        "timeline", "Handed over to {receiver} (number there: {number}); read-only from now on"
    ),
    "case.received": QT_TRANSLATE_NOOP(
        "timeline", "Received from {sender} (number there: {number})"
    ),
    "person.added": QT_TRANSLATE_NOOP("timeline", "{name} added as {role}"),
    "person.changed": QT_TRANSLATE_NOOP("timeline", "Details of {name} ({role}) changed"),
    "person.removed": QT_TRANSLATE_NOOP("timeline", "{name} removed ({role})"),
    "task.added": QT_TRANSLATE_NOOP("timeline", "Task added: {title}"),
    "task.done": QT_TRANSLATE_NOOP("timeline", "Task done: {title}"),
    "task.not_applicable": QT_TRANSLATE_NOOP(
        "timeline", "Task marked not applicable: {title} (reason: {reason})"
    ),
    "task.reopened": QT_TRANSLATE_NOOP("timeline", "Task reopened: {title}"),
    "protocol.added": QT_TRANSLATE_NOOP("timeline", "{count} protocol tasks added"),
    "note.added": QT_TRANSLATE_NOOP("timeline", "Note by {author}: {text}"),
    "interview.started": QT_TRANSLATE_NOOP("timeline", "Interview started ({with})"),
    "interview.closed": QT_TRANSLATE_NOOP("timeline", "Interview closed; agreed: {agreements}"),
    "meldcode.recorded": QT_TRANSLATE_NOOP("timeline", "Meldcode, {step}: {answer} ({by})"),
    "meldcode.cleared": QT_TRANSLATE_NOOP("timeline", "Meldcode, {step}: cleared"),
}

RECORDED = QT_TRANSLATE_NOOP("timeline", "recorded")

Translate = Callable[[str, str], str]


def _english(context: str, text: str) -> str:
    del context
    return text


def render(kind: str, details: Mapping[str, Any], translate: Translate = _english) -> str:
    values = dict(details)
    if "role" in values:
        with contextlib.suppress(ValueError):
            values["role"] = translate("cases", ROLE_LABELS[Role(values["role"])])
    if "status" in values:
        with contextlib.suppress(ValueError):
            values["status"] = translate("cases", STATUS_LABELS[CaseStatus(values["status"])])
    if kind.startswith("meldcode."):
        with contextlib.suppress(ValueError, KeyError):
            values["step"] = translate("meldcode", STEP_LABELS[Step(values["step"])])
        with contextlib.suppress(ValueError, KeyError):
            answer = Answer(values.get("answer", ""))
            values["answer"] = (
                translate("meldcode", ANSWER_LABELS[answer]) if answer else translate(CTX, RECORDED)
            )
    if kind == "interview.started" and isinstance(values.get("with"), str):
        # The stored conversation kind ("victim"), shown as its label in the adviser's language.
        values["with"] = translate("conversations", type_label(values["with"]))
    if values.get("anonymous"):
        values["name"] = translate("cases", ANONYMOUS_LABEL)
    template = TEMPLATES.get(kind)
    if template is None:
        return kind
    return translate(CTX, template).format_map(_Lenient(values))


class _Lenient(dict[str, Any]):
    """A missing value shows as "?" instead of hiding the whole event."""

    def __missing__(self, key: str) -> str:
        return "?"
