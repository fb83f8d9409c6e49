"""How the evidence log tells an item whose stored original was removed later (walk 5, W5-3).

It was stored when it was added, and perhaps exported for the police before the adviser
learnt it may be a sexual image of a minor. The log says so: stored on X as what, original
removed on Y and why, and the exports before that, so it never contradicts a package the
police already hold. The moment and former kind come from the item's "withheld" custody
event (services/evidence_withholding.py keeps the kind as its note). A description corrected
in the removal form is a line of its own in the chain of custody, with its time and the text
it replaced, read from the case's own history (walk L, finding 6): the log's description was
written then, not when the item was recorded."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from adviser_desk.domain import dates
from adviser_desk.domain import evidence as de
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.domain.timeline import DESCRIPTION_CHANGED
from adviser_desk.services.evidence_rows import ItemRow
from adviser_desk.storage.models import CaseEvent

Translate = Callable[[str, str], str]

REMOVED_KIND = QT_TRANSLATE_NOOP(
    "evidence", "{kind}, stored original removed (may be a sexual image of a minor)"
)
STORED_THEN_REMOVED = QT_TRANSLATE_NOOP(
    "evidence_log",
    "Stored on {stored} as {kind}; original removed on {removed} (may be a sexual image of "
    "a minor).",
)
EXPORTED_BEFORE = QT_TRANSLATE_NOOP(
    "evidence_log", "Exported for the police before the removal: {exports}"
)
# The new text began with the old one: the adviser added to it, as the form invites.
DESCRIPTION_ADDED_TO = QT_TRANSLATE_NOOP(
    "evidence_log", "description added to when the original was removed (before: ‘{old}’)"
)
DESCRIPTION_REWRITTEN = QT_TRANSLATE_NOOP(
    "evidence_log", "description changed when the original was removed (before: ‘{old}’)"
)

Redescribed = tuple[datetime, str, str]  # when, the old text, the new text


def redescriptions(session: Session, case_id: int) -> dict[str, list[Redescribed]]:
    """The case's corrected descriptions by item number, oldest first."""
    out: dict[str, list[Redescribed]] = {}
    events = session.scalars(
        select(CaseEvent)
        .where(CaseEvent.case_id == case_id, CaseEvent.kind == DESCRIPTION_CHANGED)
        .order_by(CaseEvent.recorded_at, CaseEvent.id)
    )
    for event in events:
        details = event.details
        number = str(details.get("number", ""))
        old, new = str(details.get("old", "")), str(details.get("new", ""))
        out.setdefault(number, []).append((event.recorded_at, old, new))
    return out


def with_redescriptions(
    custody: Sequence[tuple[datetime, str]], changes: Sequence[Redescribed], translate: Translate
) -> list[str]:
    """An item's chain of custody lines (each with its moment) and its corrected
    descriptions, in the order they happened."""
    lines = list(custody)
    for at, old, new in changes:
        added_to = bool(old.strip()) and new.startswith(old.strip())
        line = translate(
            "evidence_log", DESCRIPTION_ADDED_TO if added_to else DESCRIPTION_REWRITTEN
        )
        lines.append((at, f"{dates.utc_stamp(at)} {line.format(old=old.strip())}"))
    # Stable: the removal, written first in the same transaction, stays before its correction.
    return [text for _at, text in sorted(lines, key=lambda pair: pair[0])]


def removal(item: ItemRow) -> tuple[datetime, de.EvidenceKind] | None:
    """When the item's stored original was removed and what it had been stored as; None for
    an item still stored, or described without ever being stored."""
    if item.kind is not de.EvidenceKind.WITHHELD:
        return None
    for at, action, _receiver, note in item.custody:
        if action == "withheld":
            return at, de.stored_as(note, item.mime)
    return None


def kind_text(item: ItemRow, translate: Translate) -> str:
    """The log's Kind: what it was stored as, and that its original was removed."""
    removed = removal(item)
    if removed is None:
        return translate("evidence", de.kind_label(item.kind, item.mime))
    kind = translate("evidence", de.kind_label(removed[1], item.mime))
    return translate("evidence", REMOVED_KIND).format(kind=kind)


def why_no_file(item: ItemRow, translate: Translate) -> str | None:
    """The log's "Why no file" for an item stored first; None for one never stored."""
    removed = removal(item)
    if removed is None:
        return None
    at, kind = removed
    text = translate("evidence_log", STORED_THEN_REMOVED).format(
        stored=dates.utc_stamp(item.recorded_at),
        kind=translate("evidence", de.kind_label(kind, item.mime)),
        removed=dates.utc_stamp(at),
    )
    exports = [
        dates.utc_stamp(when) + (f" → {receiver}" if receiver else "")
        for when, action, receiver, _note in item.custody
        if action == "exported" and when < at
    ]
    if exports:
        text += " " + translate("evidence_log", EXPORTED_BEFORE).format(exports="; ".join(exports))
    return text
