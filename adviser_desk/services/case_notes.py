"""Notes and the case's timeline."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.domain.clock import not_in_future, now
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
from adviser_desk.storage.models import CaseEvent, Note


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
        not_in_future(observed_at)
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
                # The note's id finds this line again if the note is undone (remove_note).
                {"author": note.author, "text": excerpt, "note": note.id},
                observed_at=observed_at,
            )
            search_index.index_note(session, note)
            self._audit(session, AuditAction.NOTE_ADDED, row.number, note=note.id)
            return note.id

    def remove_note(self, note_id: int) -> NoteRow:
        """Undoes a note: the one the lock added from what was being typed (walk 4, W12),
        taken back after unlocking. The note and its timeline line go, as if it had never been
        added; the audit chain keeps both steps. Returns the note, to put back in the field."""
        with self.case_file.transaction() as session:
            note = session.get(Note, note_id)
            if note is None:
                raise CaseNotFoundError(note_id)
            row = self._case(session, note.case_id)
            removed = NoteRow(note.id, note.recorded_at, note.observed_at, note.author, note.text)
            for event in session.scalars(
                select(CaseEvent).where(
                    CaseEvent.case_id == note.case_id, CaseEvent.kind == "note.added"
                )
            ):
                if event.details.get("note") == note_id:
                    session.delete(event)
            search_index.remove(session, search_index.NOTE, note_id)
            session.delete(note)
            self._audit(session, AuditAction.NOTE_REMOVED, row.number, note=note_id)
            return removed

    def timeline(self, case_id: int) -> list[TimelineRow]:
        with self.case_file.reading() as session:
            self._case(session, case_id)
            # Its own events with the evidence, letters and takedowns recorded elsewhere.
            rows = case_timeline.timeline(session, case_id)
        for row in rows:
            if row.kind.startswith("task."):
                titles = self._task_titles(row.details)
                if titles is not None:
                    row.details["titles"] = titles
        return rows
