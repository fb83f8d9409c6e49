"""A handed-over case is kept read-only by the adviser who handed it over.

The rule is kept where every write passes: before a transaction writes rows (through ORM
objects, or in bulk as an insert with a list of values, as intake does), any row that belongs
to a handed-over case (found through the schema's cascading references, so a table added
later is covered too) stops the whole transaction with a clear message. What only reads or
reports a case stays possible: verifying its evidence, printing its log or a letter,
exporting it for the police. Purging it (it lives on in the receiving file) is too.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import ORMExecuteState, Session

from adviser_desk.domain.errors import KnownError
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.storage.case_transfer import cases_of, cases_of_rows
from adviser_desk.storage.models import (
    Case,
    CustodyEvent,
    EvidenceLogPrint,
    LetterOutput,
)

# Set on a session's ``info`` by the hand-over itself, the one writer of the state.
HANDING_OVER = "adviser_desk.handing_over"
# Set by the removal of a stored original that may be a sexual image of a minor
# (evidence_withholding): keeping it is an offence, in a handed-over case too.
WITHHOLDING = "adviser_desk.withholding_original"

# Records of reading or reporting a case, not changes to it.
_OUTPUTS = (EvidenceLogPrint, LetterOutput)
_OUTPUT_CUSTODY = frozenset({"verified", "exported"})


class CaseHandedOverError(KnownError):
    def __init__(self, number: str, receiver: str, on: date) -> None:
        # ``on`` stays a date: the window writes it in the adviser's language (ui/common/
        # i18n.text), a command as ISO, like its other dates.
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Case {number} was handed over to {receiver} on {date} and is kept here "
                "read-only. Nothing was changed.",
            ),
            number=number,
            receiver=receiver,
            date=on,
        )


def _changes(session: Session) -> list[Any]:
    changed = [obj for obj in session.dirty if session.is_modified(obj)]
    return [
        obj
        for obj in [*session.new, *changed, *session.deleted]
        if not isinstance(obj, _OUTPUTS)
        and not (isinstance(obj, CustodyEvent) and obj.action in _OUTPUT_CUSTODY)
        # Deleting the case itself is the purge.
        and not (isinstance(obj, Case) and obj in session.deleted)
    ]


def _refuse_handed_over(session: Session, _context: object, _instances: object) -> None:
    """Rows changed through ORM objects (most use cases)."""
    if session.info.get(HANDING_OVER) or session.info.get(WITHHOLDING):
        return
    changes = _changes(session)
    if changes:
        _refuse(session, cases_of(session, changes))


def _refuse_bulk_insert(state: ORMExecuteState) -> None:
    """Rows inserted in bulk (intake writes its items and custody events so)."""
    if not state.is_insert or state.session.info.get(HANDING_OVER):
        return
    table = getattr(state.statement, "table", None)
    name = getattr(table, "name", "")
    params: Any = state.parameters
    rows: list[Any] = list(params) if isinstance(params, list) else [params] if params else []
    if name == CustodyEvent.__tablename__:
        rows = [row for row in rows if row.get("action") not in _OUTPUT_CUSTODY]
    elif name in (EvidenceLogPrint.__tablename__, LetterOutput.__tablename__):
        return
    if rows:
        _refuse(state.session, cases_of_rows(state.session, name, rows))


def _refuse(session: Session, case_ids: set[int]) -> None:
    if not case_ids:
        return
    row = session.execute(
        select(Case.number, Case.handed_over_to, Case.handed_over_at)
        .where(Case.id.in_(sorted(case_ids)), Case.handed_over_at.is_not(None))
        .limit(1)
    ).first()
    if row is not None:
        number, receiver, at = row
        if at is not None:  # the query asked for handed-over cases; this tells mypy
            raise CaseHandedOverError(number, receiver, at.astimezone().date())


def install() -> None:
    """Puts the rule on every session (idempotent): the services install it when built."""
    if not event.contains(Session, "before_flush", _refuse_handed_over):
        event.listen(Session, "before_flush", _refuse_handed_over)
    if not event.contains(Session, "do_orm_execute", _refuse_bulk_insert):
        event.listen(Session, "do_orm_execute", _refuse_bulk_insert)
