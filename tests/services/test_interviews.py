"""Interviews: lines checked as they are recorded, the checklist, closing into the case."""

from __future__ import annotations

from pathlib import Path

import pytest

from adviser_desk.domain import cases as dc
from adviser_desk.domain.timeline import render
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.interview_service import (
    ADVISER,
    STUDENT,
    Closing,
    InterviewClosedError,
    InterviewService,
)
from adviser_desk.services.protocol_data import interview_guide
from tests.services.helpers import case_with_victim, pdf_text


def new_case(cases: CaseService) -> int:
    return case_with_victim(
        cases, "Sextortion", dc.IncidentType.SEXTORTION, dc.ImagesState.THREATENED, "Daan Kramer"
    )


def test_guide_has_every_phase_and_the_conditional_checklist(cases: CaseService) -> None:
    guide = interview_guide().for_type("victim")
    assert [p.key for p in guide.phases] == [
        "preparation",
        "opening",
        "free_account",
        "clarifying",
        "feelings",
        "next_steps",
        "closing",
    ]
    assert all(p.prompts or p.key == "preparation" for p in guide.phases)
    facts = dc.CaseFacts(frozenset({dc.IncidentType.SEXTORTION}), dc.ImagesState.THREATENED)
    keys = {item.key for item in guide.items_for(facts)}
    assert {"no_secrecy", "sextortion", "stop_letter", "helpwanted"} <= keys
    bullying = dc.CaseFacts(frozenset({dc.IncidentType.CYBERBULLYING}), dc.ImagesState.NONE)
    assert "sextortion" not in {item.key for item in guide.items_for(bullying)}


def test_lines_are_recorded_verbatim_with_findings_for_questions(
    cases: CaseService, interviews: InterviewService
) -> None:
    case_id = new_case(cases)
    interview = interviews.start(case_id, "victim", place="Kamer 2.14", language="nl")
    q1 = interviews.add_line(interview, ADVISER, "Vertel eens wat er gebeurde.")
    a1 = interviews.add_line(interview, STUDENT, "Iemand op Instagram stuurde me berichten.")
    q2 = interviews.add_line(interview, ADVISER, "Stond het op Snapchat?")
    q3 = interviews.add_line(interview, ADVISER, "Wat gebeurde er op Instagram?")
    q4 = interviews.add_line(interview, ADVISER, "Dit blijft tussen ons.")
    assert q1.findings == () and a1.findings == ()
    assert set(q2.findings) == {"option_posing", "suggestive"}  # Snapchat came from the adviser
    assert q3.findings == ()  # the student said Instagram
    assert q4.findings == ("secrecy_promise",)
    record = interviews.get(interview)
    assert [line.text for line in record.lines][1] == "Iemand op Instagram stuurde me berichten."
    stats = interviews.statistics(interview)
    assert stats["total"] == 4 and stats["open"] == 0.5


def test_checklist_ticks_keep_their_time(cases: CaseService, interviews: InterviewService) -> None:
    case_id = new_case(cases)
    interview = interviews.start(case_id, "victim")
    interviews.tick(interview, "no_secrecy")
    interviews.tick(interview, "calm")
    interviews.tick(interview, "calm", ticked=False)
    assert set(interviews.get(interview).checks) == {"no_secrecy"}


def test_closing_feeds_the_case(cases: CaseService, interviews: InterviewService) -> None:
    case_id = new_case(cases)
    interview = interviews.start(case_id, "victim")
    interviews.add_line(interview, ADVISER, "Wat wil je dat er nu gebeurt?")
    before = len(cases.tasks(case_id))
    interviews.close(
        interview,
        Closing(
            agreements="Morgen om 10 uur samen de berichten bekijken.",
            wishes="Ouders mogen het weten, de klas niet.",
            may_tell=[dc.Audience.PARENTS, dc.Audience.POLICE],
            publicity=dc.Publicity.NO_ATTENTION,
            follow_up=["Politie bellen over de afpersing", ""],
            offence_suspected=True,
        ),
    )
    detail = cases.get_case(case_id)
    assert detail.draft.may_tell == [dc.Audience.PARENTS, dc.Audience.POLICE]
    assert detail.draft.offence_suspected is True
    assert "de klas niet" in detail.draft.secrecy_statement
    assert len(detail.tasks) == before + 1
    texts = [render(e.kind, e.details) for e in cases.timeline(case_id)]
    assert any(t.startswith("Interview closed; agreed: Morgen") for t in texts)
    with pytest.raises(InterviewClosedError):
        interviews.add_line(interview, ADVISER, "Nog een vraag?")


def test_record_pdf_has_lines_checklist_agreements_and_statistics(
    cases: CaseService, interviews: InterviewService, tmp_path: Path
) -> None:
    import subprocess

    from adviser_desk.services.interview_service import export_record

    case_id = new_case(cases)
    interview = interviews.start(case_id, "victim", person_id=None, place="Kamer 2.14")
    interviews.add_line(interview, ADVISER, "Vertel eens wat er gebeurde.")
    interviews.add_line(interview, STUDENT, "Hij vroeg om foto's en daarna om geld.")
    interviews.add_line(interview, ADVISER, "Heb je betaald?")
    interviews.tick(interview, "no_secrecy")
    interviews.close(interview, Closing(agreements="Niet betalen, account blokkeren."))
    target = tmp_path / "gesprek.pdf"
    digest = export_record(interviews, interview, target, lambda c, t: t)
    text = pdf_text(target)
    assert "Hij vroeg om foto's en daarna om geld." in text
    assert "Niet betalen, account blokkeren." in text
    assert "Questions asked: 2. Open: 1; yes/no or either/or: 1" in " ".join(text.split())
    assert "Kamer 2.14" in text and "Page 1 of" in text
    assert len(digest) == 64
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(target), str(tmp_path / "r")], check=True)
    assert list(tmp_path.glob("r*.png"))


def test_each_conversation_is_checked_with_its_own_profile(
    cases: CaseService, interviews: InterviewService
) -> None:
    case_id = new_case(cases)
    confront = "Waarom heb je die foto doorgestuurd?"
    secret = "Dit blijft tussen ons."
    victim = interviews.start(case_id, "victim", language="nl")
    assert interviews.add_line(victim, ADVISER, confront).findings == ("blaming",)
    # Two distributors, two conversations; neither hears blame flagged, both hear secrecy.
    for _ in range(2):
        distributor = interviews.start(case_id, "distributor", language="nl")
        assert interviews.get(distributor).with_role == "distributor"
        assert interviews.add_line(distributor, ADVISER, confront).findings == ()
        assert interviews.add_line(distributor, ADVISER, secret).findings == ("secrecy_promise",)
        assert [f.kind for f in interviews.check(distributor, confront)] == []
    klass = interviews.start(case_id, "class", language="nl")
    group = "Hebben jullie de berichten op Snapchat ook gezien?"
    assert interviews.add_line(klass, ADVISER, group).findings == ()
    assert set(interviews.add_line(victim, ADVISER, group).findings) == {
        "option_posing",
        "suggestive",
    }
    distributor_checklist = {item.key for item in interviews.checklist(distributor)}
    assert {"crime_explained", "parents_told", "police"} <= distributor_checklist
    assert "other_school" not in distributor_checklist  # no distributor at another school
    assert interviews.get(interviews.start(case_id, "nonsense")).with_role == "other"


def test_remove_note_takes_back_a_note_only_and_audits_it(
    cases: CaseService, interviews: InterviewService
) -> None:
    """The Undo for the note a lock made of a closing draft (walk 6): the note goes, the
    said lines stay; a said line or a closed conversation's note is never removed."""
    from adviser_desk.services.case_file_service import CaseFileService
    from adviser_desk.services.interview_notes import NoteGoneError, remove_note
    from adviser_desk.services.interview_service import NOTE

    case_id = new_case(cases)
    interview = interviews.start(case_id, "victim")
    said = interviews.add_line(interview, ADVISER, "Vertel eens wat er gebeurde.")
    note = interviews.add_line(interview, NOTE, "Getypt voor het afsluiten …")
    with pytest.raises(NoteGoneError):
        remove_note(interviews, interview, said.line_id)
    assert remove_note(interviews, interview, note.line_id).text == "Getypt voor het afsluiten …"
    assert [line.line_id for line in interviews.get(interview).lines] == [said.line_id]
    with pytest.raises(NoteGoneError):
        remove_note(interviews, interview, note.line_id)  # gone already
    rows = CaseFileService(cases.case_file).audit_rows()
    assert rows[-1].action == "interview.note_removed"
    later = interviews.add_line(interview, NOTE, "Nog een notitie")
    interviews.close(interview, Closing(agreements="Morgen weer"))
    with pytest.raises(InterviewClosedError):
        remove_note(interviews, interview, later.line_id)
