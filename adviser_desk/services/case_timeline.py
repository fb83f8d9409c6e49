"""A case's timeline: its own events (case_events) with what the case file already records
elsewhere, read back instead of written twice.

Evidence added, exported for the police, handed over, verified; the evidence log printed;
letters saved, printed or saved as PDF; takedown steps. Each of those has its own record with
its moment (custody events, evidence_log_prints, letter_versions and letter_outputs,
takedown_events), kept and deleted with the case. Shown from there, they appear for case files
made before the timeline showed them too, and can never disagree with the evidence log.

One action on many items (an export, a hand-over, a verification) wrote one custody event per
item; they are shown as one line with the items' numbers. A hand-over of the whole case is its
own event (case.handed_over, case.received), so the per-item custody events it wrote are not
repeated.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from adviser_desk.domain import evidence as de
from adviser_desk.domain.timeline import ANSWERED_NO_AT_INTAKE, REMOVAL_REASON
from adviser_desk.services.case_views import TimelineRow
from adviser_desk.storage.models import (
    CaseEvent,
    CustodyEvent,
    EvidenceItem,
    EvidenceLogPrint,
    Letter,
    LetterOutput,
    LetterVersion,
    TakedownEvent,
)

# Custody events of one action are written in one transaction, a few milliseconds apart.
_SAME_ACTION = timedelta(seconds=5)
_WHAT_LENGTH = 80


def timeline(session: Session, case_id: int) -> list[TimelineRow]:
    """Every event of the case, in the order things happened (what the student said
    happened, else when it was written down)."""
    events = session.scalars(
        select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.id)
    ).all()
    # Why originals went is said in the removal's own line, not a line of its own.
    reasons = [e for e in events if e.kind == REMOVAL_REASON]
    rows = [
        TimelineRow(e.recorded_at, e.observed_at, e.kind, dict(e.details))
        for e in events
        if e.kind != REMOVAL_REASON
    ]
    case_handover = {e.recorded_at for e in events if e.kind == "case.handed_over"}
    rows += _evidence(session, case_id, case_handover, reasons)
    rows += _log_prints(session, case_id)
    rows += _letters(session, case_id)
    rows += _takedowns(session, case_id)
    return sorted(rows, key=lambda r: r.observed_at or r.recorded_at)


# -- evidence and its custody ----------------------------------------------------------------


def _what(item: EvidenceItem) -> str:
    """A few words naming the item: its file name, address, or the start of its description."""
    text = item.original_name or item.url or item.description or item.handle or item.platform
    text = " ".join(text.split())
    return text if len(text) <= _WHAT_LENGTH else text[: _WHAT_LENGTH - 1] + "…"


@dataclass
class _Group:
    action: str
    at: datetime
    last: datetime
    receiver: str
    note: str
    numbers: list[str]


def _evidence(
    session: Session, case_id: int, case_handover: set[datetime], reasons: list[CaseEvent]
) -> Iterator[TimelineRow]:
    items = {
        item.id: item
        for item in session.scalars(select(EvidenceItem).where(EvidenceItem.case_id == case_id))
    }
    if not items:
        return
    custody = session.scalars(
        select(CustodyEvent)
        .where(CustodyEvent.item_id.in_(items))
        .order_by(CustodyEvent.at, CustodyEvent.id)
    ).all()
    # A case received from another file: its arrival is the case.received event, and the
    # "verified" written with each "received" is the arrival's check, not a verification.
    arrivals = {(c.item_id, c.at) for c in custody if c.action == "received"}
    # An item whose stored original was removed later was stored when it was added: its
    # "added" line says so, and the removal is a line of its own (walk 5, W5-3).
    removed = {c.item_id: c for c in custody if c.action == "withheld"}
    exports = [c for c in custody if c.action == "exported"]
    # "No" answered later has a line of its own; an item answered "no" without one was
    # answered in the intake form, by whoever added it (walk K, finding 10).
    answered_later = {c.item_id for c in custody if c.action == "answered_no_minor"}
    groups: list[_Group] = []
    for event in custody:
        item = items[event.item_id]
        if event.action == "recorded":
            at_intake = item.minor_answer == de.MINOR_NO and item.id not in answered_later
            yield _recorded(event, item, removed.get(item.id), at_intake)
            continue
        if event.action == "answered_no_minor":
            # Each answer is a decision of its own, with who took it (walk I, finding 28).
            yield TimelineRow(event.at, None, "evidence.answered_no", _answered_no(item, event))
            continue
        if event.action == "received" or (event.item_id, event.at) in arrivals:
            continue
        if event.action == "handed_over" and event.at in case_handover:
            continue
        last = groups[-1] if groups else None
        if (
            last is not None
            and last.action == event.action
            and last.receiver == event.receiver
            and last.note == event.note
            and event.at - last.last <= _SAME_ACTION
        ):
            last.numbers.append(item.number)
            last.last = event.at
        else:
            groups.append(
                _Group(event.action, event.at, event.at, event.receiver, event.note, [item.number])
            )
    for group in groups:
        row = _custody_row(group)
        if row is not None and group.action == "withheld":
            row = _exported_before(row, group, exports, items)
            row = _with_reason(row, group, reasons)
        if row is not None:
            yield row


def _exported_before(
    row: TimelineRow, group: _Group, exports: list[CustodyEvent], items: dict[int, EvidenceItem]
) -> TimelineRow:
    """A removed original that had gone to the police before: the removal line says so."""
    numbers = set(group.numbers)
    earlier = [e for e in exports if e.at < group.at and items[e.item_id].number in numbers]
    if not earlier:
        return row
    details = dict(row.details)
    details["exported_on"] = sorted({e.at for e in earlier})
    details["exported"] = numbers_text({items[e.item_id].number for e in earlier})
    return TimelineRow(row.recorded_at, None, "evidence.original_removed_exported", details)


def _with_reason(row: TimelineRow, group: _Group, reasons: list[CaseEvent]) -> TimelineRow:
    """The removal's line says why the originals went, from the note the removal wrote in
    the same transaction (evidence_withholding); removals before it say only that they went."""
    numbers = set(group.numbers)
    for reason in reasons:
        named = reason.details.get("numbers")
        close = abs(reason.recorded_at - group.at) <= _SAME_ACTION
        if close and isinstance(named, list) and numbers & set(named):
            details = dict(row.details)
            for key in ("why", "by", "source", "source_case"):
                if key in reason.details:
                    details[key] = reason.details[key]
            return TimelineRow(row.recorded_at, row.observed_at, row.kind, details)
    return row


def _answered_no(item: EvidenceItem, event: CustodyEvent) -> dict[str, object]:
    """Which item was answered "no" about minors, and by whom: the event's actor."""
    return {"number": item.number, "by": event.actor}


def _recorded(
    event: CustodyEvent,
    item: EvidenceItem,
    removed: CustodyEvent | None = None,
    answered_no: bool = False,
) -> TimelineRow:
    """The "added" line; ``answered_no``: it also says the question about minors was answered
    "no" in the intake form, and by whom, as the line for a later answer does."""
    try:
        kind = de.EvidenceKind(item.kind)
    except ValueError:
        kind = de.EvidenceKind.FILE
    if removed is not None and kind is de.EvidenceKind.WITHHELD:
        kind = de.stored_as(removed.note, item.mime)
    details: dict[str, object] = {
        "number": item.number,
        "type": de.kind_label(kind, item.mime),
        "what": _what(item),
    }
    name = "evidence.withheld" if kind is de.EvidenceKind.WITHHELD else "evidence.recorded"
    if answered_no and name == "evidence.recorded":
        details |= _answered_no(item, event) | {"why": ANSWERED_NO_AT_INTAKE}
    return TimelineRow(event.at, None, name, details)


def _custody_row(group: _Group) -> TimelineRow | None:
    numbers = numbers_text(group.numbers)
    details: dict[str, object] = {"numbers": numbers, "count": len(group.numbers)}
    if group.action == "exported":
        details["folder"] = group.note
        if group.receiver:
            details["receiver"] = group.receiver
            return TimelineRow(group.at, None, "evidence.exported_to", details)
        return TimelineRow(group.at, None, "evidence.exported", details)
    if group.action == "handed_over":
        details["receiver"] = group.receiver
        if group.note:
            details["note"] = group.note
            return TimelineRow(group.at, None, "evidence.handed_over_receipt", details)
        return TimelineRow(group.at, None, "evidence.handed_over", details)
    if group.action == "verified":
        return TimelineRow(group.at, None, "evidence.verified", details)
    if group.action == "withheld":
        return TimelineRow(group.at, None, "evidence.original_removed", details)
    if group.action == "printed":  # before revision 0008 a printed log marked every item
        items: dict[str, object] = {"items": len(group.numbers)}
        return TimelineRow(group.at, None, "evidence.log_printed_or_saved", items)
    return None


def numbers_text(numbers: Iterable[str]) -> str:
    """Evidence numbers with runs joined: B-001–B-003, B-005."""
    parsed = []
    for number in numbers:
        try:
            parsed.append(de.parse_evidence_number(number))
        except ValueError:
            return ", ".join(numbers)
    parsed = sorted(set(parsed))
    runs: list[tuple[int, int]] = []
    for value in parsed:
        if runs and value == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], value)
        else:
            runs.append((value, value))
    parts = []
    for first, last in runs:
        start, end = de.evidence_number(first), de.evidence_number(last)
        if first == last:
            parts.append(start)
        elif last == first + 1:
            parts += [start, end]
        else:
            parts.append(f"{start}–{end}")
    return ", ".join(parts)


# How a copy of the evidence log was made; "" (before revision 0019) was not recorded.
_LOG_OUTPUT = {"printed": "evidence.log_printed", "saved": "evidence.log_saved"}


def _log_prints(session: Session, case_id: int) -> Iterator[TimelineRow]:
    for printed in session.scalars(
        select(EvidenceLogPrint).where(EvidenceLogPrint.case_id == case_id)
    ):
        kind = _LOG_OUTPUT.get(printed.how, "evidence.log_printed_or_saved")
        yield TimelineRow(printed.at, None, kind, {"items": printed.items})


def _takedowns(session: Session, case_id: int) -> Iterator[TimelineRow]:
    steps = session.execute(
        select(TakedownEvent, EvidenceItem.number)
        .join(EvidenceItem, EvidenceItem.id == TakedownEvent.item_id)
        .where(EvidenceItem.case_id == case_id)
    ).all()
    for step, number in steps:
        if step.action == "reported":
            details: dict[str, object] = {"number": number, "channel": step.channel}
            yield TimelineRow(step.recorded_at, None, "takedown.reported", details)
        else:
            details = {"number": number, "online": step.status}
            yield TimelineRow(step.recorded_at, None, "takedown.checked", details)


# -- letters -----------------------------------------------------------------------------------


def _letters(session: Session, case_id: int) -> Iterator[TimelineRow]:
    versions = session.execute(
        select(LetterVersion, Letter.title)
        .join(Letter, Letter.id == LetterVersion.letter_id)
        .where(Letter.case_id == case_id)
    ).all()
    for version, title in versions:
        details: dict[str, object] = {"title": title, "version": version.number}
        yield TimelineRow(version.saved_at, None, "letter.saved", details)
    outputs = session.execute(
        select(LetterOutput, LetterVersion.number, Letter.title)
        .join(LetterVersion, LetterVersion.id == LetterOutput.version_id)
        .join(Letter, Letter.id == LetterVersion.letter_id)
        .where(Letter.case_id == case_id)
    ).all()
    for output, number, title in outputs:
        kind = "letter.printed" if output.action == "printed" else "letter.exported"
        yield TimelineRow(output.at, None, kind, {"title": title, "version": number})
