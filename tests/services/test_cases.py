"""Cases, people, protocol tasks, notes, timeline and search on a real case file."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from adviser_desk.domain import cases as dc
from adviser_desk.domain.timeline import render
from adviser_desk.services.case_service import (
    CaseService,
    DuplicateRoleError,
    EmptyFieldError,
    ReasonRequiredError,
)
from adviser_desk.services.case_views import PersonInput, TaskInput, TaskUpdate

DAY = date(2026, 11, 21)


def new_case(cases: CaseService, *types: dc.IncidentType, **fields: object) -> int:
    draft = dc.CaseDraft(
        title=str(fields.pop("title", "Foto rondgestuurd")), incident_types=list(types)
    )
    for key, value in fields.items():
        setattr(draft, key, value)
    return cases.create_case(draft, today=DAY)


def keys(cases: CaseService, case_id: int) -> set[str]:
    return {t.item_key for t in cases.tasks(case_id, DAY) if t.item_key}


def test_numbers_are_per_year_and_stable(cases: CaseService) -> None:
    first = new_case(cases, dc.IncidentType.CYBERBULLYING)
    second = new_case(cases, dc.IncidentType.THREATS)
    older = new_case(cases, dc.IncidentType.OTHER, opened_on=date(2025, 6, 1))
    numbers = {cases.get_case(i).number for i in (first, second, older)}
    assert numbers == {"2026-001", "2026-002", "2025-001"}
    assert cases.case_id_for_number("2026-002") == second


def test_a_title_is_required(cases: CaseService) -> None:
    with pytest.raises(EmptyFieldError):
        new_case(cases, dc.IncidentType.OTHER, title="  ")


def test_protocol_tasks_follow_the_incident_types(cases: CaseService) -> None:
    bullying = keys(cases, new_case(cases, dc.IncidentType.CYBERBULLYING))
    sextortion = keys(
        cases, new_case(cases, dc.IncidentType.SEXTORTION, images=dc.ImagesState.THREATENED)
    )
    assert "define.facts" in bullying and "define.facts" in sextortion
    assert "act.helpwanted" not in bullying and "act.no_images" not in bullying
    assert {"act.helpwanted", "act.no_images", "victim.sextortion_no_pay"} <= sextortion
    assert "victim.stop_letter" in sextortion  # images threatened, not spread
    assert "perp.other_school" not in sextortion


def test_sexual_images_warning_is_marked_and_first_due(cases: CaseService) -> None:
    case_id = new_case(cases, dc.IncidentType.EXPOSING, images=dc.ImagesState.SPREAD)
    tasks = {t.item_key: t for t in cases.tasks(case_id, DAY)}
    warning = tasks["act.no_images"]
    assert warning.warning and warning.due_on == DAY
    assert "nooit" in warning.title.lower()
    assert tasks["act.helpwanted"].referrals == ("helpwanted", "offlimits")
    assert "victim.stop_letter" not in tasks  # already spread


def test_distributor_at_another_school_adds_contact_that_school(cases: CaseService) -> None:
    case_id = new_case(cases, dc.IncidentType.EXPOSING)
    assert "perp.other_school" not in keys(cases, case_id)
    assert "act.find_perpetrator" in keys(cases, case_id)  # distributor still unknown
    cases.add_person(
        case_id,
        PersonInput(
            "Daan de Vries",
            dc.Role.DISTRIBUTOR,
            school="Het Andere College",
            attends_this_school=False,
        ),
    )
    now_keys = keys(cases, case_id)
    assert {"perp.other_school", "perp.talk", "perp.parents"} <= now_keys


def test_roles_belong_to_the_case_not_the_person(cases: CaseService) -> None:
    first = new_case(cases, dc.IncidentType.CYBERBULLYING)
    second = new_case(cases, dc.IncidentType.THREATS)
    cases.add_person(first, PersonInput("Zoë Jansen", dc.Role.VICTIM, class_name="3B"))
    (known,) = cases.known_persons("Zoë")
    cases.add_person(second, PersonInput("", dc.Role.WITNESS), person_id=known.person_id)
    assert [p.role for p in cases.people(first)] == [dc.Role.VICTIM]
    assert [p.role for p in cases.people(second)] == [dc.Role.WITNESS]
    with pytest.raises(DuplicateRoleError):
        cases.add_person(second, PersonInput("", dc.Role.WITNESS), person_id=known.person_id)


def test_anonymous_reporter_is_masked_and_not_searchable(cases: CaseService) -> None:
    case_id = new_case(cases, dc.IncidentType.EXPOSING)
    cases.add_person(case_id, PersonInput("Sem Bakker", dc.Role.REPORTER, anonymous=True))
    (reporter,) = cases.people(case_id)
    assert reporter.display_name() == dc.ANONYMOUS_LABEL
    assert reporter.display_name(unmasked=True) == "Sem Bakker"
    assert cases.search("Bakker") == []
    assert cases.known_persons("Sem") == []
    texts = [render(e.kind, e.details) for e in cases.timeline(case_id)]
    assert "Anonymous reporter added as Reporter" in texts
    assert not any("Sem" in t for t in texts)


def test_task_status_done_and_not_applicable(cases: CaseService) -> None:
    case_id = new_case(cases, dc.IncidentType.CYBERBULLYING)
    task = cases.tasks(case_id, DAY)[0]
    update = TaskUpdate(dc.TaskStatus.DONE, task.due_on, "mentor", None, "gesproken met mentor")
    cases.update_task(task.task_id, update)
    done = next(t for t in cases.tasks(case_id, DAY) if t.task_id == task.task_id)
    assert done.status == dc.TaskStatus.DONE and done.done_at is not None
    other = cases.tasks(case_id, DAY)[1]
    with pytest.raises(ReasonRequiredError):
        cases.update_task(
            other.task_id, TaskUpdate(dc.TaskStatus.NOT_APPLICABLE, None, "", None, "")
        )
    cases.update_task(
        other.task_id,
        TaskUpdate(dc.TaskStatus.NOT_APPLICABLE, None, "", None, "", na_reason="geen klas"),
    )
    texts = [render(e.kind, e.details) for e in cases.timeline(case_id)]
    assert any(t.startswith("Task done:") for t in texts)
    assert any("reason: geen klas" in t for t in texts)


def test_overdue_tasks_show_in_the_case_list(cases: CaseService) -> None:
    case_id = new_case(cases, dc.IncidentType.CYBERBULLYING)
    yesterday = DAY - timedelta(days=1)
    own = cases.add_task(case_id, TaskInput("Bel de ouders", due_on=yesterday))
    row = {r.case_id: r for r in cases.list_cases(DAY)}[case_id]
    assert row.overdue and row.first_open_due == yesterday
    open_count = sum(1 for t in cases.tasks(case_id, DAY) if t.status == dc.TaskStatus.OPEN)
    assert row.open_tasks == open_count
    assert [t.task_id for t in cases.tasks(case_id, DAY) if t.overdue] == [own]
    cases.update_task(own, TaskUpdate(dc.TaskStatus.DONE, None, "", None, ""))
    row = {r.case_id: r for r in cases.list_cases(DAY)}[case_id]
    assert not row.overdue and row.open_tasks == open_count - 1
    later = {r.case_id: r for r in cases.list_cases(DAY + timedelta(days=120))}[case_id]
    assert later.overdue  # the protocol's own due dates pass too


def test_timeline_uses_observed_time_where_given(cases: CaseService) -> None:
    case_id = new_case(cases, dc.IncidentType.THREATS)
    last_week = datetime(2026, 11, 14, 20, 0, tzinfo=UTC)
    cases.add_note(case_id, "Bericht ontvangen op zaterdagavond", observed_at=last_week)
    timeline = cases.timeline(case_id)
    assert timeline[0].observed_at == last_week  # first in the order things happened
    assert timeline[0].kind == "note.added"
    assert timeline[-1].observed_at is None


def test_remove_note_undoes_it_in_notes_timeline_and_search_and_audits_it(
    cases: CaseService,
) -> None:
    """The Undo for a note the lock added (walk 4): the note, its timeline line and its search
    row go; the audit chain keeps the addition and records the removal; other notes stay."""
    from adviser_desk.services.case_file_service import CaseFileService

    case_id = new_case(cases, dc.IncidentType.THREATS)
    cases.add_note(case_id, "Blijft staan")
    last_week = datetime(2026, 11, 14, 20, 0, tzinfo=UTC)
    note_id = cases.add_note(case_id, "Concept over de wijkagent", observed_at=last_week)
    assert [h.case_id for h in cases.search("wijkagent")] == [case_id]
    removed = cases.remove_note(note_id)
    assert removed.text == "Concept over de wijkagent" and removed.observed_at == last_week
    assert [n.text for n in cases.get_case(case_id).notes] == ["Blijft staan"]
    notes = [r.details.get("text") for r in cases.timeline(case_id) if r.kind == "note.added"]
    assert notes == ["Blijft staan"]
    assert cases.search("wijkagent") == []
    actions = [r.action for r in CaseFileService(cases.case_file).audit_rows()]
    assert actions.count("note.added") == 2 and actions[-1] == "note.removed"


def test_search_finds_number_title_people_notes_and_task_notes(cases: CaseService) -> None:
    case_id = new_case(cases, dc.IncidentType.FAKE_ACCOUNT, title="Nepaccount op Instagram")
    other = new_case(cases, dc.IncidentType.CYBERBULLYING, title="Groepsapp 2C")
    cases.add_person(case_id, PersonInput("Łukasz Nowak", dc.Role.VICTIM))
    cases.add_note(case_id, "Moeder belde over het account @nep.lukasz")
    task = cases.tasks(case_id, DAY)[0]
    cases.update_task(
        task.task_id, TaskUpdate(dc.TaskStatus.OPEN, None, "", None, "wijkagent Bosman gebeld")
    )
    number = cases.get_case(case_id).number
    for query in (number, "nepaccount", "instagram", "lukasz", "Łukasz", "moeder", "Bosman"):
        hits = cases.search(query)
        assert [h.case_id for h in hits] == [case_id], query
    assert [h.case_id for h in cases.search("groepsapp")] == [other]
    assert cases.search('"; DROP TABLE cases; --') == []
    assert cases.search("") == []


def test_audit_chain_carries_no_personal_data(cases: CaseService) -> None:
    from adviser_desk.services.case_file_service import CaseFileService

    case_id = new_case(cases, dc.IncidentType.EXPOSING, title="Zaak van Zoë")
    cases.add_person(case_id, PersonInput("Zoë Jansen", dc.Role.VICTIM, email="zoe@example.nl"))
    cases.add_note(case_id, "Zoë vertelde over de foto")
    rows = CaseFileService(cases.case_file).audit_rows()
    dumped = repr(rows)
    assert "Zoë" not in dumped and "zoe@" not in dumped and "foto" not in dumped
    assert {"case.created", "person.added", "note.added"} <= {r.action for r in rows}


def test_update_case_status_sets_closed_date_and_retention(cases: CaseService) -> None:
    case_id = new_case(cases, dc.IncidentType.CYBERBULLYING)
    draft = cases.get_case(case_id).draft
    draft.status = dc.CaseStatus.CLOSED
    cases.update_case(case_id, draft, today=DAY)
    detail = cases.get_case(case_id)
    assert detail.draft.closed_on == DAY
    assert detail.retention_until == date(2028, 11, 21)  # default 2 years
    draft.retention_years = 5
    cases.update_case(case_id, draft, today=DAY)
    assert cases.get_case(case_id).retention_until == date(2031, 11, 21)


def test_a_task_saved_without_a_change_records_nothing(cases: CaseService) -> None:
    """OK on a task dialog without a change wrote "Task changed" in the audit log (walker)."""
    from adviser_desk.services.case_file_service import CaseFileService

    case_id = new_case(cases, dc.IncidentType.CYBERBULLYING)
    task = cases.tasks(case_id, DAY)[0]
    log = CaseFileService(cases.case_file)
    before = len(log.audit_rows())
    same = TaskUpdate(
        task.status, task.due_on, task.assignee_role, task.assignee_person_id, task.note
    )
    cases.update_task(task.task_id, same)
    assert len(log.audit_rows()) == before
    changed = TaskUpdate(task.status, task.due_on, task.assignee_role, None, "belt morgen")
    cases.update_task(task.task_id, changed)
    assert len(log.audit_rows()) == before + 1
