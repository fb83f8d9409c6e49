"""Each use case is one transaction: when its last step fails, none of its earlier steps is
stored. The last step here is the use case's final audit event, made to fail the way a full
disk fails a write; the whole case file is compared, table by table, before and after."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import text

from adviser_desk.domain import cases as dc
from adviser_desk.domain import evidence as de
from adviser_desk.domain.errors import KnownError
from adviser_desk.domain.interview_closing import Closing, merge_closing
from adviser_desk.services import retention_service
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.case_views import PersonInput
from adviser_desk.services.evidence_intake import Intake
from adviser_desk.services.evidence_service import EvidenceService
from adviser_desk.services.interview_service import InterviewService
from adviser_desk.services.protocol_data import interview_guide
from adviser_desk.storage import audit_log

TODAY = date(2026, 11, 22)


class Refused(KnownError):
    def __init__(self) -> None:
        super().__init__("The disk is full.")


def png_bytes(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (width, height, 90)).save(out, "PNG")
    return out.getvalue()


def snapshot(cases: CaseService) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (the search index's too)."""
    with cases.case_file.transaction() as session:
        names = session.scalars(
            text("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ).all()
        return {
            name: sorted(
                # Table names come from the schema itself, not from input.
                (tuple(row) for row in session.execute(text(f'SELECT * FROM "{name}"'))),  # noqa: S608
                key=repr,
            )
            for name in names
        }


def fail_at(
    monkeypatch: pytest.MonkeyPatch, action: str, occurrence: int = 1, many: bool = False
) -> Callable[[], int]:
    """Makes the ``occurrence``-th audit event ``action`` fail; returns how often it came."""
    seen = 0
    name = "append_many" if many else "append"
    real = getattr(audit_log, name)

    def failing(session: Any, actor: str, *args: Any, **kwargs: Any) -> Any:
        nonlocal seen
        actions = [entry[0] for entry in args[0]] if many else [args[0]]
        if action in actions:
            seen += 1
            if seen == occurrence:
                raise Refused()
        return real(session, actor, *args, **kwargs)

    monkeypatch.setattr(audit_log, name, failing)
    return lambda: seen


def new_case(cases: CaseService, *types: dc.IncidentType) -> int:
    return cases.create_case(
        dc.CaseDraft(title="Zaak", incident_types=list(types or [dc.IncidentType.THREATS])),
        TODAY,
    )


def test_merge_closing_is_a_pure_rule() -> None:
    draft = dc.CaseDraft(title="x", incident_types=[dc.IncidentType.THREATS])
    assert merge_closing(draft, Closing(agreements="a")) is None
    merged = merge_closing(
        draft, Closing(agreements="a", wishes="Eerst zelf met mentor", still_spreading=True)
    )
    assert merged is not None and merged is not draft
    assert merged.still_spreading is True and merged.secrecy_statement == "Eerst zelf met mentor"
    assert draft.still_spreading is None  # the input is left alone
    again = merge_closing(merged, Closing(agreements="b", wishes="Eerst zelf met mentor"))
    assert again is None  # the same wishes are not added twice


def test_closing_an_interview_is_one_transaction(
    cases: CaseService, monkeypatch: pytest.MonkeyPatch
) -> None:
    interviews = InterviewService(cases, interview_guide())
    case_id = new_case(cases)
    interview = interviews.start(case_id, "victim")
    interviews.add_line(interview, "student", "Ze sturen het door.")
    closing = Closing(
        agreements="Morgen verder",
        wishes="Ouders nog niet",
        still_spreading=True,
        offence_suspected=True,
        follow_up=["Mentor bellen", "Over een week navragen"],
    )
    before = snapshot(cases)
    seen = fail_at(monkeypatch, "task.added", occurrence=2)  # the very last step
    with pytest.raises(Refused):
        interviews.close(interview, closing, TODAY)
    assert seen() == 2
    assert snapshot(cases) == before
    assert interviews.get(interview).status == "open"

    monkeypatch.undo()
    interviews.close(interview, closing, TODAY)  # nothing half-done blocks a second try
    detail = cases.get_case(case_id)
    assert interviews.get(interview).status == "closed"
    assert (
        detail.draft.still_spreading is True and "Ouders nog niet" in detail.draft.secrecy_statement
    )
    own = [t.title for t in detail.tasks if t.section == "own"]
    assert own == ["Mentor bellen", "Over een week navragen"]


def test_a_takedown_step_is_one_transaction(
    cases: CaseService, monkeypatch: pytest.MonkeyPatch
) -> None:
    evidence = EvidenceService(cases)
    case_id = new_case(cases)
    url = evidence.add_url(case_id, "https://www.tiktok.com/@nep", "Nepaccount", "getoond")
    evidence.report_takedown(
        url.item_id, de.TakedownChannel.PLATFORM, TODAY, recheck_on=TODAY + timedelta(days=2)
    )
    before = snapshot(cases)
    # The check finishes the planned re-check task and plans a new one; its own audit event
    # comes last.
    seen = fail_at(monkeypatch, "evidence.takedown_checked")
    with pytest.raises(Refused):
        evidence.record_check(
            url.item_id,
            de.OnlineStatus.ONLINE,
            TODAY + timedelta(days=2),
            recheck_on=TODAY + timedelta(days=5),
        )
    assert seen() == 1
    assert snapshot(cases) == before
    open_rechecks = [t for t in cases.tasks(case_id) if t.section == "evidence"]
    assert [t.status for t in open_rechecks] == [dc.TaskStatus.OPEN]


def test_an_intake_batch_is_one_transaction(
    cases: CaseService, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    evidence = EvidenceService(cases)
    case_id = new_case(cases)
    files = []
    for index in range(3):
        path = tmp_path / f"scherm{index}.png"
        path.write_bytes(png_bytes(40 + index, 30))
        files.append(path)
    before = snapshot(cases)
    seen = fail_at(monkeypatch, "evidence.recorded", many=True)
    result = evidence.add_files(case_id, files, Intake("Screenshots", "telefoon"))
    assert seen() == 1
    assert result.added == [] and len(result.failed) == 3
    assert snapshot(cases) == before  # no item, original, custody event or audit event


def test_a_purge_is_one_transaction(cases: CaseService, monkeypatch: pytest.MonkeyPatch) -> None:
    evidence = EvidenceService(cases)
    case_id = new_case(cases)
    cases.add_person(case_id, PersonInput(name="Noor", role=dc.Role.VICTIM))
    evidence.add_bytes(case_id, png_bytes(20, 20), "a.png", "Screenshot", minor_sexual=False)
    draft = cases.get_case(case_id).draft
    draft.status = dc.CaseStatus.CLOSED
    cases.update_case(case_id, draft, TODAY - timedelta(days=3 * 366))
    later = TODAY + timedelta(days=10 * 366)
    assert [row.case_id for row in retention_service.expired_cases(cases, later)] == [case_id]
    before = snapshot(cases)
    seen = fail_at(monkeypatch, "case.purged")
    with pytest.raises(Refused):
        retention_service.purge_case(cases, case_id, today=later)
    assert seen() == 1
    assert snapshot(cases) == before


def test_reads_do_not_wait_for_a_writer(cases: CaseService) -> None:
    """Reads begin deferred: while another connection holds the write lock (a long intake,
    a backup's step), the case list and a case still read at once instead of waiting for
    the lock and failing with "in use"."""
    case_id = new_case(cases)
    writer = cases.case_file.engine.raw_connection()
    try:
        driver = writer.driver_connection
        assert driver is not None
        driver.execute("BEGIN IMMEDIATE")
        driver.execute("UPDATE cases SET title = 'elders bezig' WHERE id = ?", (case_id,))
        assert [row.title for row in cases.list_cases()] == ["Zaak"]
        assert cases.get_case(case_id).draft.title == "Zaak"
        driver.execute("ROLLBACK")
    finally:
        writer.close()


def test_the_batch_answer_about_minors_is_recorded_by_the_intake_itself(
    cases: CaseService, tmp_path: Path
) -> None:
    """The command line no longer writes this audit event itself: the use case does."""
    from adviser_desk.services.case_file_service import CaseFileService

    evidence = EvidenceService(cases)
    case_id = new_case(cases, dc.IncidentType.EXPOSING)
    path = tmp_path / "a.png"
    path.write_bytes(png_bytes(30, 30))
    result = evidence.import_files(
        case_id, [path], confirm_no_minor=True, source="adviser-desk import-evidence"
    )
    assert len(result.added) == 1
    rows = CaseFileService(cases.case_file).audit_rows()
    confirmed = [r for r in rows if r.action == "evidence.batch_confirmed_no_minor"]
    assert [(r.actor, r.subject) for r in confirmed] == [
        ("adviser-desk import-evidence", cases.get_case(case_id).number)
    ]
    assert rows.index(confirmed[0]) < [r.action for r in rows].index("evidence.recorded")
