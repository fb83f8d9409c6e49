"""Files stored before their case became a sexual case wait for the question about minors (walk
G, finding 2).

When a case gains sexting/exposing, sextortion or manipulated images, every file it already
holds that is or may hold a picture or a film (all but positively plain text, as at intake)
and was stored without the answer is marked as waiting for it, in the transaction that saves
the case. The window asks right after saving; the answer is the intake's: "yes, or not sure"
removes the stored original (as "Mark as possibly sexual image…" does), "no" keeps the file and
is recorded. Until then the list says so and the police export does not write them out.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import Session

from adviser_desk.domain import cases as dc
from adviser_desk.domain import evidence as de
from adviser_desk.domain import file_types as ft
from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.services.actor import actor
from adviser_desk.services.evidence_intake import EvidenceError
from adviser_desk.storage import audit_log
from adviser_desk.storage.models import Case, EvidenceItem

WAITING = QT_TRANSLATE_NOOP(
    "errors",
    "Not answered yet: {items}. Stored before this became a case of sexting, exposing, "
    "sextortion or manipulated images, it may show a picture or a film, and the question "
    "about minors has not been answered for it. Answer first: select it on the Evidence tab "
    "and choose “Possibly sexual image? Answer…”. {outcome}",
)
# More than one file: "select them … for each" (walk H, finding 8: "select it" after a list).
WAITING_MANY = QT_TRANSLATE_NOOP(
    "errors",
    "Not answered yet: {items}. Stored before this became a case of sexting, exposing, "
    "sextortion or manipulated images, each may show a picture or a film, and the question "
    "about minors has not been answered for them. Answer first: select them on the Evidence "
    "tab one by one and choose “Possibly sexual image? Answer…”. {outcome}",
)
# A file whose case is no longer a sexual case (the save that made it one was undone) keeps
# waiting, the safe side: "stored before this became…" would be untrue of it (walk I, 21).
STILL_WAITING = QT_TRANSLATE_NOOP(
    "errors",
    "Not answered yet: {items}. It still waits for the question about minors, asked when its "
    "case was made a case of sexting, exposing, sextortion or manipulated images, and it may "
    "show a picture or a film. Answer first: select it on the Evidence tab and choose "
    "“Possibly sexual image? Answer…”. {outcome}",
)
STILL_WAITING_MANY = QT_TRANSLATE_NOOP(
    "errors",
    "Not answered yet: {items}. They still wait for the question about minors, asked when "
    "their case was made a case of sexting, exposing, sextortion or manipulated images, and "
    "each may show a picture or a film. Answer first: select them on the Evidence tab one by "
    "one and choose “Possibly sexual image? Answer…”. {outcome}",
)
# The last sentence of both refusals: the police export and the hand-over give them.
NOTHING_EXPORTED = QT_TRANSLATE_NOOP("errors", "Nothing was exported.")
NOTHING_HANDED_OVER = QT_TRANSLATE_NOOP("errors", "Nothing was handed over.")
# The hand-over dialog says it as soon as such a case is ticked, before anything is typed.
HAND_OVER_OFF = QT_TRANSLATE_NOOP("errors", "Until then Hand over stays off.")


def waiting() -> ColumnElement[bool]:
    """Which items wait for the answer, as ``de.waits_for_answer`` says: stored and pending (a
    removed original waits for nothing; walk J, finding 10)."""
    return and_(EvidenceItem.stored.is_(True), EvidenceItem.minor_answer == de.MINOR_PENDING)


def gains_sexual_type(
    before: frozenset[dc.IncidentType], after: frozenset[dc.IncidentType]
) -> bool:
    return bool((after - before) & dc.SEXUAL_IMAGE_TYPES)


def mark_pending(session: Session, case: Case) -> list[str]:
    """In the transaction that made ``case`` a sexual case: its stored files that may hold a
    picture and were not answered "no" now wait for the answer; returns their numbers."""
    items = session.scalars(
        select(EvidenceItem)
        .where(
            EvidenceItem.case_id == case.id,
            EvidenceItem.stored.is_(True),
            EvidenceItem.minor_answer == "",
            EvidenceItem.mime.not_in(sorted(ft.PLAIN_TEXT_MIMES)),
        )
        .order_by(EvidenceItem.id)
    ).all()
    for item in items:
        item.minor_answer = de.MINOR_PENDING
    numbers = [item.number for item in items]
    if numbers:
        audit_log.append(
            session,
            actor(session),
            AuditAction.EVIDENCE_MINOR_QUESTION_PENDING,
            case.number,
            {"numbers": ", ".join(numbers)},
        )
    return numbers


def waiting_refusal(
    numbers: list[str], outcome: str = NOTHING_EXPORTED, sexual_now: bool = True
) -> EvidenceError:
    """``sexual_now``: every file's case is a sexual case now, so "stored before this became
    one" is true of each; otherwise the wording says only that they still wait."""
    if sexual_now:
        template = WAITING if len(numbers) == 1 else WAITING_MANY
    else:
        template = STILL_WAITING if len(numbers) == 1 else STILL_WAITING_MANY
    return EvidenceError(template, items=", ".join(numbers), outcome=outcome)
