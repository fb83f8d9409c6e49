"""Notes and the case's timeline."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.domain.clock import now
from adviser_desk.services import case_timeline, search_index
from adviser_desk.services.actor import actor
from adviser_desk.services.case_base import (
    FIELD_NOTE,
    CaseBase,
    EmptyFieldError,
)
from adviser_desk.services.case_repository import CaseNotFoundError as CaseNotFoundError
from adviser_desk.services.case_views import (
    NoteRow,
    TimelineRow,
)
from adviser_desk.storage.models import Note


class CaseNotes(CaseBase):
    # -- notes and timeline ---------------------------------------------------------------------
    def _notes(self, session: Session, case_id: int) -> list[NoteRow]:
        return [
            NoteRow(n.id, n.recorded_at, n.observed_at, n.author, n.text)
            for n in session.scalars(
                select(Note).where(Note.case_id == case_id).order_by(Note.recorded_at, Note.id)
            )
        ]

    def add_note(self, case_id: int, body: str, observed_at: datetime | None = None) -> int:
        if not body.strip():
            raise EmptyFieldError(FIELD_NOTE)
        with self.case_file.transaction() as session:
            row = self._case(session, case_id)
            note = Note(
                case_id=case_id,
                recorded_at=now(),
                observed_at=observed_at,
                author=actor(session),
                text=body.strip(),
            )
            session.add(note)
            session.flush()
            excerpt = note.text if len(note.text) <= 120 else note.text[:117] + "…"
            self._event(
                session,
                case_id,
                "note.added",
                {"author": note.author, "text": excerpt},
                observed_at=observed_at,
            )
            search_index.index_note(session, note)
            self._audit(session, AuditAction.NOTE_ADDED, row.number, note=note.id)
            return note.id

    def timeline(self, case_id: int) -> list[TimelineRow]:
        with self.case_file.reading() as session:
            self._case(session, case_id)
            # Its own events with the evidence, letters and takedowns recorded elsewhere.
            return case_timeline.timeline(session, case_id)
