"""Taking back a note the app added to a conversation without the adviser asking.

The note the lock made of what was typed for closing the interview (walk 6, item 24: after
unlocking it could not be undone or removed) stays in the conversation until the adviser
undoes it: the line goes, and the audit chain keeps that it was removed, and by whom.

The note the lock made of a line typed in Said but not entered only holds that line in the
file while it is locked (typed_kept.py); unlocking puts it back in Said. That is no undo of
anything the adviser did, and its adding was never logged (no interview line is), so taking
it back logs nothing either: the audit log showed "Interview note undone" for a note nobody
had added (walk)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.domain.errors import KnownError
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.services.actor import actor
from adviser_desk.services.interview_service import (
    NOTE,
    InterviewClosedError,
    InterviewService,
    LineRow,
)
from adviser_desk.storage import audit_log
from adviser_desk.storage.models import Interview, InterviewLine


class NoteGoneError(KnownError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "This note is no longer in the conversation."))


def remove_note(
    service: InterviewService, interview_id: int, line_id: int, draft_too: bool = False
) -> LineRow:
    """Removes one note (never a said line) of an open conversation, in one transaction with
    its audit record. Returns the note removed. ``draft_too``: the note is the one that kept
    a closing draft, so the conversation forgets that draft as well (it is unsaved again)."""
    with service.case_file.transaction() as session:
        interview, removed = _delete_note(session, interview_id, line_id)
        if draft_too:
            interview.closing_draft = None
        audit_log.append(
            session,
            actor(session),
            AuditAction.INTERVIEW_NOTE_REMOVED,
            service.cases.repository.number(session, interview.case_id),
            {"interview": interview_id, "line": line_id},
        )
        return removed


def take_back_typed_line(service: InterviewService, interview_id: int, line_id: int) -> LineRow:
    """Removes the note that held a typed line while the file was locked, logging nothing (see
    the module's docstring). Returns it, for its text to go back in Said."""
    with service.case_file.transaction() as session:
        return _delete_note(session, interview_id, line_id)[1]


def _delete_note(session: Session, interview_id: int, line_id: int) -> tuple[Interview, LineRow]:
    """Deletes the note ``line_id`` of the open conversation ``interview_id``; returns the
    conversation and the note as it was."""
    interview = session.get(Interview, interview_id)
    line = session.get(InterviewLine, line_id)
    if interview is None or line is None or line.interview_id != interview_id:
        raise NoteGoneError()
    if line.speaker != NOTE:
        raise NoteGoneError()
    if interview.status != "open":
        raise InterviewClosedError()
    removed = LineRow(line.id, line.at, NOTE, line.text, ())
    session.delete(line)
    return interview, removed
