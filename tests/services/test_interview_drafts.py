"""A closing draft kept with its conversation (revision 0017): read back after the file is
reopened, kept once however often it is kept unchanged, forgotten when the conversation
closes or its note is taken back."""

from __future__ import annotations

from dataclasses import replace

from adviser_desk.domain import cases as dc
from adviser_desk.domain.interview_closing import ClosingDraft
from adviser_desk.services.interview_drafts import keep_closing_draft
from adviser_desk.services.interview_notes import remove_note
from adviser_desk.services.interview_service import Closing, InterviewService
from adviser_desk.storage import migrate
from adviser_desk.storage.models import Interview

DRAFT = ClosingDraft(
    agreements="Donderdag naar de mentor",
    wishes="Niet de hele klas",
    may_tell=(dc.Audience.PARENTS,),
    publicity=dc.Publicity.UNDECIDED,
    follow_up="Ouders bellen",
    images=dc.ImagesState.SPREAD,
    reach=dc.Reach.UNKNOWN,
    still_spreading=True,
    offence_suspected=None,
    psychological_help=False,
)


def notes(interviews: InterviewService, talk: int) -> list[str]:
    return [line.text for line in interviews.get(talk).lines if line.speaker == "note"]


def test_a_kept_draft_is_read_back_kept_once_and_forgotten_on_closing(
    interviews: InterviewService,
) -> None:
    case_id = interviews.cases.create_case(
        dc.CaseDraft(title="Zaak", incident_types=[dc.IncidentType.EXPOSING])
    )
    talk = interviews.start(case_id, "victim")
    assert interviews.get(talk).closing_draft is None
    first = keep_closing_draft(interviews, talk, DRAFT, "note 1")
    assert first is not None and interviews.get(talk).closing_draft == DRAFT
    assert keep_closing_draft(interviews, talk, DRAFT, "note 1") is None  # the same: no note
    changed = replace(DRAFT, follow_up="Ouders bellen\nMentor mailen")
    second = keep_closing_draft(interviews, talk, changed, "note 2")
    assert second is not None and notes(interviews, talk) == ["note 1", "note 2"]
    # The lock's note taken back: the draft counts as unsaved again.
    remove_note(interviews, talk, second.line_id, draft_too=True)
    assert interviews.get(talk).closing_draft is None
    keep_closing_draft(interviews, talk, changed, "note 2")
    # Taken back to 0016 and upgraded again, the file reads (no draft: the column is new).
    engine = interviews.case_file.engine
    migrate.run_alembic(engine, "0016", downgrade=True)
    migrate.run_alembic(engine, migrate.HEAD_REVISION)
    assert interviews.get(talk).closing_draft is None
    keep_closing_draft(interviews, talk, changed, "note 3")
    interviews.close(talk, Closing(agreements="Klaar"))
    assert interviews.get(talk).closing_draft is None
    with interviews.case_file.reading() as session:
        row = session.get(Interview, talk)
        assert row is not None and row.closing_draft is None
    assert keep_closing_draft(interviews, talk, DRAFT, "late") is None  # closed: nothing


def test_a_draft_this_version_cannot_read_starts_the_dialog_as_always() -> None:
    assert ClosingDraft.from_stored(DRAFT.stored()) == DRAFT
    assert ClosingDraft.from_stored(DRAFT.stored() | {"images": "martian"}) is None
    assert ClosingDraft.from_stored(DRAFT.stored() | {"still_spreading": "ja"}) is None
    assert ClosingDraft.from_stored(None) is None
