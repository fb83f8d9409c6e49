"""The Meldcode record of a case: reading it, and recording or clearing one step."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from adviser_desk.domain import meldcode as dm
from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.domain.clock import now
from adviser_desk.domain.errors import KnownError
from adviser_desk.services.actor import actor
from adviser_desk.services.case_repository import CaseRepository
from adviser_desk.storage.casefile import CaseFile
from adviser_desk.storage.models import MeldcodeEntry


class MeldcodeError(KnownError):
    """A step that cannot be stored as given (no date, a future date, a wrong answer)."""

    context = "meldcode"

    def __init__(self, message: str) -> None:
        super().__init__(message)


def entries(session: Session, case_id: int) -> list[dm.Entry]:
    """The stored steps of one case (a repository step: it takes the caller's session)."""
    rows = session.scalars(select(MeldcodeEntry).where(MeldcodeEntry.case_id == case_id))
    return [
        dm.Entry(dm.Step(r.step), r.done_on, r.by, dm.Answer(r.answer), r.note)
        for r in rows
        if r.step in dm.Step.__members__.values()
    ]


class MeldcodeService:
    def __init__(self, case_file: CaseFile, repository: CaseRepository) -> None:
        self.case_file = case_file
        self.repository = repository

    def record(self, case_id: int) -> dm.Record:
        with self.case_file.reading() as session:
            self.repository.get(session, case_id)
            return dm.Record.of(entries(session, case_id))

    def save_step(self, case_id: int, entry: dm.Entry, today: date | None = None) -> dm.Record:
        """Records (or, given an empty entry, clears) one step: one transaction, one audit
        event and a line in the case's timeline. Returns the whole record after it."""
        try:
            cleaned = dm.check(entry, today or date.today())
        except dm.MeldcodeInputError as error:
            raise MeldcodeError(error.message) from None
        with self.case_file.transaction() as session:
            case = self.repository.get(session, case_id)
            row = session.scalars(
                select(MeldcodeEntry).where(
                    MeldcodeEntry.case_id == case_id, MeldcodeEntry.step == cleaned.step.value
                )
            ).first()
            if cleaned.empty:
                if row is not None:
                    session.delete(row)
                    self.repository.event(
                        session, case_id, "meldcode.cleared", {"step": cleaned.step.value}
                    )
                    self.repository.audit(
                        session,
                        AuditAction.MELDCODE_STEP_CLEARED,
                        case.number,
                        step=cleaned.step.value,
                    )
            else:
                who = actor(session)  # before the new row exists: the query would flush it
                if row is None:
                    row = MeldcodeEntry(case_id=case_id, step=cleaned.step.value)
                    session.add(row)
                assert cleaned.done_on is not None  # check() guarantees it for a filled entry
                row.done_on = cleaned.done_on
                row.by = cleaned.by
                row.answer = cleaned.answer.value
                row.note = cleaned.note
                row.recorded_at = now()
                row.recorded_by = who
                self.repository.event(
                    session,
                    case_id,
                    "meldcode.recorded",
                    {"step": cleaned.step.value, "answer": cleaned.answer.value, "by": cleaned.by},
                )
                self.repository.audit(
                    session,
                    AuditAction.MELDCODE_STEP_RECORDED,
                    case.number,
                    step=cleaned.step.value,
                    answer=cleaned.answer.value,
                )
            session.flush()
            return dm.Record.of(entries(session, case_id))
