"""Keeping what was typed for closing a conversation: when the closing dialog is cancelled the
conversation keeps the draft in the file, with no note (so the closing dialog has it again,
also after the file was closed and reopened, and closing the file has nothing to ask); when
the file locks with the closing dialog open, the draft also becomes a note in the
conversation (so the record shows the interruption), and the audit log says so: the adviser
may undo that note after unlocking, and the log showed its undoing but never its adding
(walk). The same draft kept again adds no second note."""

from __future__ import annotations

from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.domain.clock import now
from adviser_desk.domain.interview_closing import ClosingDraft
from adviser_desk.services.actor import actor
from adviser_desk.services.interview_service import NOTE, InterviewService, LineRow
from adviser_desk.storage import audit_log
from adviser_desk.storage.models import Interview, InterviewLine


def keep_closing_draft(
    service: InterviewService, interview_id: int, draft: ClosingDraft, note: str
) -> LineRow | None:
    """Adds ``note`` to the open conversation and keeps ``draft`` with it, in one transaction
    with its audit record.
    None, with nothing written, when the conversation is no longer open or already keeps
    this very draft (its note is there from an earlier lock or closing)."""
    stored = draft.stored()
    with service.case_file.transaction() as session:
        row = session.get(Interview, interview_id)
        if row is None or row.status != "open" or row.closing_draft == stored:
            return None
        line = InterviewLine(interview_id=interview_id, at=now(), speaker=NOTE, text=note)
        line.findings = []
        session.add(line)
        row.closing_draft = stored
        session.flush()
        audit_log.append(
            session,
            actor(session),
            AuditAction.INTERVIEW_NOTE_ADDED,
            service.cases.repository.number(session, row.case_id),
            {"interview": interview_id, "line": line.id},
        )
        return LineRow(line.id, line.at, NOTE, note, ())


def save_closing_draft(
    service: InterviewService, interview_id: int, draft: ClosingDraft | None
) -> bool:
    """Keeps ``draft`` with the open conversation as it is (None: forgets the one kept), with
    no note: the closing dialog was cancelled, and the file now holds what was typed there,
    so closing or locking the file has nothing to ask about it (walk 10, W10-2). False when
    the conversation is no longer open (nothing written)."""
    stored = None if draft is None else draft.stored()
    with service.case_file.transaction() as session:
        row = session.get(Interview, interview_id)
        if row is None or row.status != "open":
            return False
        if row.closing_draft != stored:
            row.closing_draft = stored
        return True
