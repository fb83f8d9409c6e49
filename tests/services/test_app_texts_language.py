"""What the app itself writes into a case (a re-check task's note, the closing reason, the
protocol tasks named in the timeline) reads in the reader's language, in the task list and in
the case summary (walk 12, W12-1 and W12-12)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QTranslator

from adviser_desk.domain import cases as dc
from adviser_desk.domain import evidence as de
from adviser_desk.resources import resources_dir
from adviser_desk.services import summary_service
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.case_views import TaskUpdate
from adviser_desk.services.evidence_service import EvidenceService

Translate = Callable[[str, str], str]


@pytest.fixture(scope="module")
def dutch() -> Translate:
    translator = QTranslator()
    qm = resources_dir() / "translations" / "adviser_desk_nl.qm"
    assert translator.load(str(qm)), qm
    return lambda context, text: translator.translate(context, text) or text


def english(context: str, text: str) -> str:
    return text


def draft_time() -> datetime:
    return datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def summary_lines(service: CaseService, case_id: int, translate: Translate) -> list[str]:
    data = summary_service.summary_data(service, case_id, translate, today=date(2026, 12, 3))
    tasks = [f"{t.section} | {t.title} | {t.status} | {t.note}" for t in data.tasks]
    return tasks + [line.text for line in data.timeline]


def test_a_takedown_check_notes_its_finding_in_the_readers_language(
    cases: CaseService, dutch: Translate
) -> None:
    evidence = EvidenceService(cases, max_bytes=1024 * 1024)
    case_id = cases.create_case(
        dc.CaseDraft(title="Nepaccount", incident_types=[dc.IncidentType.FAKE_ACCOUNT])
    )
    url = evidence.add_url(case_id, "https://example.org/p/abc123")
    evidence.report_takedown(
        url.item_id, de.TakedownChannel.HELPWANTED, date(2026, 12, 1), recheck_on=date(2026, 12, 3)
    )
    evidence.record_check(url.item_id, de.OnlineStatus.REMOVED, date(2026, 12, 3))
    dutch_cases = CaseService(cases.case_file, cases.protocol, "nl")
    english_cases = CaseService(cases.case_file, cases.protocol, "en")
    shown_nl = next(t for t in dutch_cases.tasks(case_id) if t.section == "evidence")
    shown_en = next(t for t in english_cases.tasks(case_id) if t.section == "evidence")
    # Dates keep day and month together with a no-break space.
    assert shown_nl.note.replace("\xa0", " ") == "Gecontroleerd op 3 december 2026: verwijderd"
    assert shown_en.note.replace("\xa0", " ") == "Checked on 3 December 2026: removed"
    # OK in the task dialog hands the shown note back: the stored wording stays the app's, so
    # the other language still reads its own; a line the adviser adds is kept as typed.
    keep = TaskUpdate(shown_nl.status, shown_nl.due_on, "", None, shown_nl.note)
    dutch_cases.update_task(shown_nl.task_id, keep)
    assert next(t for t in english_cases.tasks(case_id) if t.section == "evidence").note == (
        shown_en.note
    )
    added = TaskUpdate(shown_nl.status, shown_nl.due_on, "", None, shown_nl.note + "\nBelde HW")
    dutch_cases.update_task(shown_nl.task_id, added)
    assert next(t for t in english_cases.tasks(case_id) if t.section == "evidence").note == (
        shown_en.note + "\nBelde HW"
    )
    # The Dutch summary prints the Dutch note and names the task as the task list does.
    lines = summary_lines(dutch_cases, case_id, dutch)
    recheck = next(line for line in lines if "abc123" in line and " | " in line)
    recheck = recheck.replace("\xa0", " ")
    assert recheck.startswith("Bewijs: opnieuw controleren | Controleren of B-001")
    assert "Gecontroleerd op 3 december 2026: verwijderd" in recheck
    assert not any("removed" in line for line in lines)


def test_a_bare_status_written_by_earlier_versions_reads_as_its_word() -> None:
    from adviser_desk.domain import app_tasks

    assert app_tasks.render_note("removed\nBelde HW", "nl") == "verwijderd\nBelde HW"
    assert app_tasks.render_note("Checked on 2026-13-45: removed", "nl") == (
        "Checked on 2026-13-45: removed"
    )


def test_closing_reason_and_protocol_tasks_read_in_the_readers_language(
    cases: CaseService, dutch: Translate
) -> None:
    from sqlalchemy import select

    from adviser_desk.storage.models import CaseEvent, Task

    dutch_cases = CaseService(cases.case_file, cases.protocol, "nl")
    english_cases = CaseService(cases.case_file, cases.protocol, "en")
    case_id = dutch_cases.create_case(
        dc.CaseDraft(title="Sexting", incident_types=[dc.IncidentType.EXPOSING])
    )
    first = dutch_cases.tasks(case_id)[0]
    item = cases.protocol.item(first.item_key or "")
    assert item is not None
    # A reason of the adviser's own stays as typed (set while the case is open: a closed
    # case's tasks stay as they are).
    own = dutch_cases.tasks(case_id)[1]
    dutch_cases.update_task(
        own.task_id,
        TaskUpdate(dc.TaskStatus.NOT_APPLICABLE, own.due_on, "", None, "", "Geen school"),
    )
    draft = dutch_cases.get_case(case_id).draft
    # The Dutch adviser leaves the proposed reason as it is.
    marked = dutch_cases.close_case(
        case_id, replace(draft, status=dc.CaseStatus.CLOSED), "Zaak gesloten"
    )
    assert marked
    with cases.case_file.transaction() as session:
        assert set(session.scalars(select(Task.na_reason).where(Task.case_id == case_id))) == {
            "Case closed",
            "Geen school",
        }
        # An event written before events kept the task's item: only its Dutch title.
        session.add(
            CaseEvent(
                case_id=case_id,
                recorded_at=draft_time(),
                kind="task.done",
                details={"title": item.text["nl"], "reason": ""},
            )
        )
    english_lines = summary_lines(english_cases, case_id, english)
    assert not any("Zaak gesloten" in line for line in english_lines)
    assert not any(item.text["nl"] in line for line in english_lines)
    assert f"Task done: {item.text['en']}" in english_lines
    # The closing's marks are one line (walk 13, W13-5), its reason in the reader's language.
    closing = f"{len(marked)} open tasks marked not applicable with the closing"
    assert f"{closing} (reason: Case closed)" in english_lines
    dutch_lines = summary_lines(dutch_cases, case_id, dutch)
    assert not any("Case closed" in line for line in dutch_lines)
    assert any(line.endswith("Niet van toepassing (Zaak gesloten) | ") for line in dutch_lines)
    assert english_cases.tasks(case_id)[1].na_reason == "Geen school"
    assert english_cases.tasks(case_id)[0].na_reason == "Case closed"
