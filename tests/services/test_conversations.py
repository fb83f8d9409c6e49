"""Every kind of conversation: started with its type and age band, closed with its own consent
rules, and printed with its type, follow-up tasks and who may be told."""

from __future__ import annotations

import subprocess
from pathlib import Path

from adviser_desk.domain import cases as dc
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.interview_service import (
    ADVISER,
    STUDENT,
    Closing,
    InterviewService,
    export_record,
)
from tests.services.helpers import case_with_victim, pdf_text


def exposing_case(cases: CaseService) -> int:
    return case_with_victim(
        cases,
        "Foto rondgestuurd",
        dc.IncidentType.EXPOSING,
        dc.ImagesState.SPREAD,
        "Sanne de Vries",
    )


def test_age_band_is_kept_and_offered_for_the_next_conversation(
    cases: CaseService, interviews: InterviewService
) -> None:
    case_id = exposing_case(cases)
    assert interviews.last_age_band(case_id) == ""
    first = interviews.start(case_id, "victim", age_band="upper_secondary")
    assert interviews.get(first).age_band == "upper_secondary"
    assert interviews.last_age_band(case_id) == "upper_secondary"
    second = interviews.start(case_id, "class", age_band="toddlers")  # unknown: not stored
    assert interviews.get(second).age_band == ""
    assert interviews.last_age_band(case_id) == "upper_secondary"


def test_a_distributor_conversation_does_not_decide_for_the_victim(
    cases: CaseService, interviews: InterviewService
) -> None:
    case_id = exposing_case(cases)
    victim = interviews.start(case_id, "victim")
    interviews.close(
        victim,
        Closing(
            agreements="Morgen verder.",
            wishes="De klas mag het niet weten.",
            may_tell=[dc.Audience.PARENTS],
            publicity=dc.Publicity.NO_ATTENTION,
        ),
    )
    distributor = interviews.start(case_id, "distributor")
    tasks_before = len(cases.tasks(case_id))
    interviews.close(
        distributor,
        Closing(
            agreements="Alles verwijderd; ouders worden vandaag gebeld.",
            wishes="Wil excuses aanbieden.",
            may_tell=[dc.Audience.CLASSMATES, dc.Audience.TEAM],
            publicity=dc.Publicity.APOLOGY,
            follow_up=["Ouders van de verspreider bellen", "Gesprek met de ouders plannen"],
        ),
    )
    draft = cases.get_case(case_id).draft
    assert draft.may_tell == [dc.Audience.PARENTS]  # the victim's choice stands
    assert draft.publicity == dc.Publicity.NO_ATTENTION
    assert "excuses" not in draft.secrecy_statement
    assert len(cases.tasks(case_id)) == tasks_before + 2  # follow-up tasks do go into the case
    row = interviews.get(distributor)
    assert row.follow_up == ("Ouders van de verspreider bellen", "Gesprek met de ouders plannen")
    assert row.may_tell is None and row.wishes == ""
    assert interviews.get(victim).may_tell == ("parents",)


def test_the_record_names_the_conversation_its_follow_up_and_who_may_be_told(
    cases: CaseService, interviews: InterviewService, tmp_path: Path
) -> None:
    case_id = exposing_case(cases)
    parents = interviews.start(
        case_id, "victim_parents", present="Moeder, mentor", age_band="primary"
    )
    interviews.add_line(parents, ADVISER, "Hoe gaat het thuis met uw kind?")
    interviews.add_line(parents, STUDENT, "Ze slaapt slecht en wil niet naar school.")
    interviews.tick(parents, "support")
    interviews.close(
        parents,
        Closing(
            agreements="Vrijdag belt de mentor.",
            may_tell=[dc.Audience.MENTOR, dc.Audience.POLICE],
            follow_up=["Helpwanted bellen", "Aangifte bespreken met de wijkagent"],
        ),
    )
    target = tmp_path / "ouders.pdf"
    export_record(interviews, parents, target, lambda _context, text: text)
    text = pdf_text(target)
    assert "The victim's parents" in text
    assert "Age band" in text and "Primary school" in text
    assert "Follow-up tasks" in text
    assert "Helpwanted bellen" in text and "Aangifte bespreken met de wijkagent" in text
    assert "Who may be told" in text and "Mentor, Police" in text
    # The parents' guide's checklist, in the conversation's language, not the victim's.
    assert "Uitgelegd: steun uw kind, veroordeel niet, blijf kalm" in text
    assert "Stopbrief" not in text

    distributor = interviews.start(case_id, "distributor")
    interviews.close(distributor, Closing(agreements="Alles verwijderd.", follow_up=[]))
    other = tmp_path / "verspreider.pdf"
    export_record(interviews, distributor, other, lambda _context, text: text)
    text = pdf_text(other)
    assert "A distributor" in text and "Not decided in this conversation." in text
    assert "Opgedragen alle beelden te verwijderen" in text

    still_open = interviews.start(case_id, "class")
    third = tmp_path / "klas.pdf"
    export_record(interviews, still_open, third, lambda _context, text: text)
    assert "still open" in pdf_text(third)
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(target), str(tmp_path / "p")], check=True)
    assert list(tmp_path.glob("p*.png"))


def test_a_closed_record_from_before_this_version_still_prints(
    cases: CaseService, interviews: InterviewService, tmp_path: Path
) -> None:
    """Old conversations stored 'parent' and 'classmates'; they print with their old label
    and the closest guide's checklist."""
    from sqlalchemy import update

    from adviser_desk.storage.models import Interview

    case_id = exposing_case(cases)
    old = interviews.start(case_id, "victim_parents")
    with cases.case_file.transaction() as session:
        session.execute(update(Interview).where(Interview.id == old).values(with_role="parent"))
    target = tmp_path / "oud.pdf"
    export_record(interviews, old, target, lambda _context, text: text)
    text = pdf_text(target)
    assert "Parent or guardian" in text
    assert "Uitgelegd: steun uw kind" in text
