"""How the evidence log tells an item whose stored original was removed later (walk 5, W5-3).

It was stored when it was added, and perhaps exported for the police before the adviser
learnt it may be a sexual image of a minor. The log says so: stored on X as what, original
removed on Y and why, and the exports before that, so it never contradicts a package the
police already hold. The moment and former kind come from the item's "withheld" custody
event (services/evidence_withholding.py keeps the kind as its note)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from adviser_desk.domain import dates
from adviser_desk.domain import evidence as de
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.services.evidence_rows import ItemRow

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
