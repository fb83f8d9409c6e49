"""Keeping what was typed for closing a conversation and not saved: when the case file locks
or closes, the draft becomes a note in the conversation (so the record shows it) and is kept
with the conversation (so the closing dialog has it again, also after the file was closed
and reopened). The same draft kept again adds no second note."""

from __future__ import annotations

from adviser_desk.domain.clock import now
from adviser_desk.domain.interview_closing import ClosingDraft
from adviser_desk.services.interview_service import NOTE, InterviewService, LineRow
from adviser_desk.storage.models import Interview, InterviewLine


def keep_closing_draft(
    service: InterviewService, interview_id: int, draft: ClosingDraft, note: str
) -> LineRow | None:
    """Adds ``note`` to the open conversation and keeps ``draft`` with it, in one transaction.
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
        return LineRow(line.id, line.at, NOTE, note, ())
