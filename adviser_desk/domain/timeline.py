"""How the case timeline's events read. Events store a kind and values, not sentences, so
they show in the adviser's language and an anonymous reporter's name is never stored in them."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from typing import Any

from adviser_desk.domain import app_tasks, dates
from adviser_desk.domain.cases import (
    ANONYMOUS_LABEL,
    INCIDENT_LABELS,
    OUTCOME_LABELS,
    ROLE_LABELS,
    STATUS_LABELS,
    CaseOutcome,
    CaseStatus,
    IncidentType,
    Role,
)
from adviser_desk.domain.conversations import type_label
from adviser_desk.domain.evidence import CHANNEL_LABELS, OnlineStatus, TakedownChannel
from adviser_desk.domain.evidence import STATUS_LABELS as ONLINE_LABELS
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.domain.meldcode import ANSWER_LABELS, STEP_LABELS, Answer, Step

CTX = "timeline"

# Why stored originals went (walk I, finding 28): a case event of this kind, written with the
# removal, whose "why" is one of the three below; the timeline says it in the removal's line.
REMOVAL_REASON = "evidence.removal_reason"
REMOVED_ANSWERED = "answered"  # the question about minors, answered for the item itself
REMOVED_SAME_FILE = "same_file"  # the same bytes as the item answered ("source")
REMOVED_AT_INTAKE = "intake"  # the same bytes added again and answered at intake
# A description corrected in the removal form (walk K, finding 30), with the old and new text.
DESCRIPTION_CHANGED = "evidence.description_changed"
# The "added" line's variant when the intake form's question was answered "no" (walk K, 10).
ANSWERED_NO_AT_INTAKE = "answered_no"

TEMPLATES = {
    "case.opened": QT_TRANSLATE_NOOP("timeline", "Case {number} opened: {title}"),
    "case.status": QT_TRANSLATE_NOOP("timeline", "Status changed to: {status}"),
    "case.updated": QT_TRANSLATE_NOOP("timeline", "Case details changed"),
    # With the incident types ticked or unticked (walk I, finding 28); see _template.
    "case.updated.ticked": QT_TRANSLATE_NOOP(
        "timeline", "Case details changed; incident type ticked: {ticked}"
    ),
    "case.updated.unticked": QT_TRANSLATE_NOOP(
        "timeline", "Case details changed; incident type unticked: {unticked}"
    ),
    "case.updated.both": QT_TRANSLATE_NOOP(
        "timeline",
        "Case details changed; incident type ticked: {ticked}; unticked: {unticked}",
    ),
    "case.reopened": QT_TRANSLATE_NOOP(
        "timeline", "Case reopened; the outcome recorded at closing was: {outcome}"
    ),
    # Closing, reopening and their Undo: one line each with the number of tasks they changed
    # (walk 13, W13-5: one line per task, about 150 for a close, a reopen and an Undo). The
    # variant is chosen by the event's count: .one for 1, .many for more (see _template).
    "case.reopened.one": QT_TRANSLATE_NOOP(
        "timeline",
        "Case reopened; the outcome recorded at closing was: {outcome}. "
        "1 task the closing marked not applicable is open again",
    ),
    "case.reopened.many": QT_TRANSLATE_NOOP(
        "timeline",
        "Case reopened; the outcome recorded at closing was: {outcome}. "
        "{count} tasks the closing marked not applicable are open again",
    ),
    "task.closed_with_case": QT_TRANSLATE_NOOP(
        "timeline", "{count} open tasks marked not applicable with the closing (reason: {reason})"
    ),
    "task.closed_with_case.one": QT_TRANSLATE_NOOP(
        "timeline", "1 open task marked not applicable with the closing (reason: {reason})"
    ),
    "case.closing_undone": QT_TRANSLATE_NOOP("timeline", "Closing undone: the case is open again"),
    "case.closing_undone.one": QT_TRANSLATE_NOOP(
        "timeline", "Closing undone: the case and 1 task the closing marked are open again"
    ),
    "case.closing_undone.many": QT_TRANSLATE_NOOP(
        "timeline", "Closing undone: the case and {count} tasks the closing marked are open again"
    ),
    "case.reopening_undone": QT_TRANSLATE_NOOP(
        "timeline",
        "Reopening undone: the case is closed again, with its outcome and closing date",
    ),
    "case.reopening_undone.one": QT_TRANSLATE_NOOP(
        "timeline",
        "Reopening undone: the case is closed again, with its outcome and closing date; "
        "1 task is marked not applicable again",
    ),
    "case.reopening_undone.many": QT_TRANSLATE_NOOP(
        "timeline",
        "Reopening undone: the case is closed again, with its outcome and closing date; "
        "{count} tasks are marked not applicable again",
    ),
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
    "protocol.added.one": QT_TRANSLATE_NOOP("timeline", "1 protocol task added"),
    # A closed case's new protocol tasks come not applicable (walk I, finding 17).
    "protocol.added_closed": QT_TRANSLATE_NOOP(
        "timeline", "{count} protocol tasks added as not applicable: the case is closed"
    ),
    "protocol.added_closed.one": QT_TRANSLATE_NOOP(
        "timeline", "1 protocol task added as not applicable: the case is closed"
    ),
    # The tasks a save added, taken back by its Undo (walk I, finding 16).
    "protocol.removed": QT_TRANSLATE_NOOP(
        "timeline", "{count} protocol tasks removed: the save that added them was undone"
    ),
    "protocol.removed.one": QT_TRANSLATE_NOOP(
        "timeline", "1 protocol task removed: the save that added it was undone"
    ),
    "note.added": QT_TRANSLATE_NOOP("timeline", "Note by {author}: {text}"),
    "interview.started": QT_TRANSLATE_NOOP("timeline", "Interview started ({with})"),
    "interview.closed": QT_TRANSLATE_NOOP("timeline", "Interview closed; agreed: {agreements}"),
    "meldcode.recorded": QT_TRANSLATE_NOOP("timeline", "Meldcode, {step}: {answer} ({by})"),
    "meldcode.cleared": QT_TRANSLATE_NOOP("timeline", "Meldcode, {step}: cleared"),
    # Read from the evidence's custody, the letters and the takedowns (services/case_timeline).
    "evidence.recorded": QT_TRANSLATE_NOOP("timeline", "Evidence {number} added ({type}): {what}"),
    # Answered "no" in the intake form: accountable as an answer given later (walk K, 10).
    "evidence.recorded.answered_no": QT_TRANSLATE_NOOP(
        "timeline",
        "Evidence {number} added ({type}): {what} — question about minors answered “no” by {by}",
    ),
    "evidence.withheld": QT_TRANSLATE_NOOP(
        "timeline", "Evidence {number} described, the image deliberately not kept: {what}"
    ),
    "evidence.original_removed": QT_TRANSLATE_NOOP(
        "timeline",
        "Stored original of {numbers} removed (may be a sexual image of a minor); "
        "description and SHA-256 kept",
    ),
    "evidence.original_removed_exported": QT_TRANSLATE_NOOP(
        "timeline",
        "Stored original of {numbers} removed (may be a sexual image of a minor); "
        "description and SHA-256 kept. {exported} had been exported for the police before "
        "({exported_on})",
    ),
    # Why they went, when the removal recorded it (walk I, finding 28); the variant is picked
    # by the line's "why" (see _template).
    "evidence.original_removed.answered": QT_TRANSLATE_NOOP(
        "timeline",
        "Stored original of {numbers} removed after the question about minors, answered "
        "“yes, or not sure” by {by}; description and SHA-256 kept",
    ),
    "evidence.original_removed.same_file": QT_TRANSLATE_NOOP(
        "timeline",
        "Stored original of {numbers} removed: the same file as {source}, for which {by} "
        "answered the question about minors “yes, or not sure”; description and SHA-256 kept",
    ),
    "evidence.original_removed.intake": QT_TRANSLATE_NOOP(
        "timeline",
        "Stored original of {numbers} removed: the same file was added again and {by} "
        "answered the question about minors “yes, or not sure”; description and SHA-256 kept",
    ),
    "evidence.original_removed_exported.answered": QT_TRANSLATE_NOOP(
        "timeline",
        "Stored original of {numbers} removed after the question about minors, answered "
        "“yes, or not sure” by {by}; description and SHA-256 kept. {exported} had been "
        "exported for the police before ({exported_on})",
    ),
    "evidence.original_removed_exported.same_file": QT_TRANSLATE_NOOP(
        "timeline",
        "Stored original of {numbers} removed: the same file as {source}, for which {by} "
        "answered the question about minors “yes, or not sure”; description and SHA-256 "
        "kept. {exported} had been exported for the police before ({exported_on})",
    ),
    "evidence.original_removed_exported.intake": QT_TRANSLATE_NOOP(
        "timeline",
        "Stored original of {numbers} removed: the same file was added again and {by} "
        "answered the question about minors “yes, or not sure”; description and SHA-256 "
        "kept. {exported} had been exported for the police before ({exported_on})",
    ),
    # Asked once the case became a sexual case, answered "No, keep it" (walk I, finding 28).
    "evidence.answered_no": QT_TRANSLATE_NOOP(
        "timeline", "Question about minors for {number} answered “no” by {by}: the file is kept"
    ),
    DESCRIPTION_CHANGED: QT_TRANSLATE_NOOP(
        "timeline", "Description of {number} changed by {by}: “{old}” is now “{new}”"
    ),
    "evidence.exported": QT_TRANSLATE_NOOP(
        "timeline", "Evidence exported for the police ({numbers}), folder {folder}"
    ),
    "evidence.exported_to": QT_TRANSLATE_NOOP(
        "timeline", "Evidence exported for the police ({numbers}) for {receiver}, folder {folder}"
    ),
    "evidence.handed_over": QT_TRANSLATE_NOOP(
        "timeline", "Evidence handed over to {receiver}: {numbers}"
    ),
    "evidence.handed_over_receipt": QT_TRANSLATE_NOOP(
        "timeline", "Evidence handed over to {receiver}: {numbers} (receipt: {note})"
    ),
    "evidence.verified": QT_TRANSLATE_NOOP(
        "timeline", "Evidence checked against the SHA-256 taken at intake: {numbers}"
    ),
    # Before revision 0019 which of the two it was was not recorded (walk 14, W14-10).
    "evidence.log_printed_or_saved": QT_TRANSLATE_NOOP(
        "timeline", "Evidence log printed or saved as PDF (items: {items})"
    ),
    "evidence.log_printed": QT_TRANSLATE_NOOP("timeline", "Evidence log printed (items: {items})"),
    "evidence.log_saved": QT_TRANSLATE_NOOP(
        "timeline", "Evidence log saved as PDF (items: {items})"
    ),
    "takedown.reported": QT_TRANSLATE_NOOP("timeline", "Takedown: {number} reported to {channel}"),
    "takedown.checked": QT_TRANSLATE_NOOP("timeline", "Takedown: {number} checked, {online}"),
    "letter.saved": QT_TRANSLATE_NOOP("timeline", "Letter saved: {title}, version {version}"),
    "letter.printed": QT_TRANSLATE_NOOP("timeline", "Letter printed: {title}, version {version}"),
    "letter.exported": QT_TRANSLATE_NOOP(
        "timeline", "Letter saved as PDF: {title}, version {version}"
    ),
}

RECORDED = QT_TRANSLATE_NOOP("timeline", "recorded")
# The item answered, when it is in another case than the line's (walk I, finding 28).
SOURCE_IN_CASE = QT_TRANSLATE_NOOP("timeline", "{number} in case {case}")

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
    if "outcome" in values:
        with contextlib.suppress(ValueError):
            values["outcome"] = translate("cases", OUTCOME_LABELS[CaseOutcome(values["outcome"])])
    for key in ("ticked", "unticked"):
        if kind == "case.updated" and isinstance(values.get(key), list):
            values[key] = ", ".join(_type_label(t, translate) for t in values[key])
    if kind.startswith("task."):
        language = dates.language_of(translate)
        titles = values.get("titles")
        if isinstance(titles, Mapping) and isinstance(titles.get(language), str):
            # A protocol task, named in the reader's language (the service found its item).
            values["title"] = titles[language]
        elif isinstance(values.get("title"), str):
            # A task the app planned (a takedown re-check) is stored in English: shown in the
            # reader's language, as the task list shows it.
            values["title"] = app_tasks.render(values["title"], language)
        if isinstance(values.get("reason"), str):
            values["reason"] = app_tasks.render_reason(values["reason"], language)
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
    if kind.startswith(("evidence.", "takedown.")):
        _evidence_values(values, translate)
    if values.get("anonymous"):
        values["name"] = translate("cases", ANONYMOUS_LABEL)
    template = TEMPLATES.get(_template(kind, values))
    if template is None:
        return kind
    text = translate(CTX, template)
    step = values.get("step")
    if kind == "meldcode.recorded" and isinstance(step, str) and step.endswith("?"):
        # A decision step is a question: "…necessary? Yes", not "…necessary?: Yes".
        text = text.replace("{step}:", "{step}", 1)
    return text.format_map(_Lenient(values))


def _template(kind: str, values: Mapping[str, Any]) -> str:
    """The key of the event's template: a count of 1 or more picks the kind's .one or .many
    variant where it has one (a plural the stored sentence cannot carry); a removal's "why"
    its variant saying why."""
    why = values.get("why")
    if isinstance(why, str) and f"{kind}.{why}" in TEMPLATES:
        return f"{kind}.{why}"
    if kind == "case.updated" and (values.get("ticked") or values.get("unticked")):
        both = values.get("ticked") and values.get("unticked")
        return f"{kind}.{'both' if both else 'ticked' if values.get('ticked') else 'unticked'}"
    count = values.get("count")
    if isinstance(count, int) and not isinstance(count, bool) and count > 0:
        variant = f"{kind}.one" if count == 1 else f"{kind}.many"
        if variant in TEMPLATES:
            return variant
    return kind


def _type_label(value: str, translate: Translate) -> str:
    """An incident type stored as its value, as its label in the reader's language."""
    try:
        return translate("cases", INCIDENT_LABELS[IncidentType(value)])
    except (ValueError, KeyError):
        return str(value)


def _evidence_values(values: dict[str, Any], translate: Translate) -> None:
    """An item's type, a takedown's channel and online status: stored as values, shown as
    their labels in the adviser's language."""
    if isinstance(values.get("type"), str):
        values["type"] = translate("evidence", values["type"])
    if isinstance(values.get("source_case"), str) and values["source_case"]:
        values["source"] = translate(CTX, SOURCE_IN_CASE).format(
            number=values.get("source", "?"), case=values["source_case"]
        )
    if isinstance(values.get("exported_on"), list):  # moments, in the reader's language
        language = dates.language_of(translate)
        values["exported_on"] = "; ".join(
            dates.date_and_time(moment, language) for moment in values["exported_on"]
        )
    with contextlib.suppress(ValueError, KeyError):
        channel = CHANNEL_LABELS[TakedownChannel(values["channel"])]
        values["channel"] = translate("evidence", channel)
    with contextlib.suppress(ValueError, KeyError):
        values["online"] = translate("evidence", ONLINE_LABELS[OnlineStatus(values["online"])])


class _Lenient(dict[str, Any]):
    """A missing value shows as "?" instead of hiding the whole event."""

    def __missing__(self, key: str) -> str:
        return "?"
