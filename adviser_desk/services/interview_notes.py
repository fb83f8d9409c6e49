"""Taking back a note the app added to a conversation without the adviser asking: the note
the lock made of what was typed for closing the interview (walk 6, item 24: after unlocking
it could not be undone or removed). The line goes from the conversation; the audit chain
keeps that it was removed, and by whom."""

from __future__ import annotations

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
