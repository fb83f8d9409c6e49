"""The Meldcode record of a case and the anonymised annual report, on a real case file."""

from __future__ import annotations

import csv
import io
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from adviser_desk.domain import cases as dc
from adviser_desk.domain import meldcode as dm
from adviser_desk.services import summary_service
from adviser_desk.services.annual_report_service import AnnualReportService
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.case_views import PersonInput
from adviser_desk.services.meldcode_service import MeldcodeError, MeldcodeService
from adviser_desk.storage import audit_log
from adviser_desk.storage.models import AuditEvent, MeldcodeEntry
from tests.services.helpers import english, pdf_words

TODAY = date(2026, 12, 2)


def new_case(
    cases: CaseService, opened: date = TODAY, changed: date | None = None, **fields: object
) -> int:
    draft = dc.CaseDraft(title="Foto gedeeld", incident_types=[dc.IncidentType.EXPOSING])
    case_id = cases.create_case(draft, opened)
    if fields:
        draft = cases.get_case(case_id).draft
        for name, value in fields.items():
            setattr(draft, name, value)
        cases.update_case(case_id, draft, changed or opened)
    return case_id


def meldcode(cases: CaseService) -> MeldcodeService:
    return MeldcodeService(cases.case_file, cases.repository)


def test_a_step_is_stored_with_its_timeline_line_and_audit_event(cases: CaseService) -> None:
    case_id = new_case(cases)
    service = meldcode(cases)
    assert service.record(case_id).status == dm.Status.NOT_STARTED
    record = service.save_step(
        case_id,
        dm.Entry(dm.Step.CONSULTATION, TODAY, "A. Bakker", dm.Answer.VEILIG_THUIS, "Anoniem"),
        TODAY,
    )
    assert record.entry(dm.Step.CONSULTATION).answer == dm.Answer.VEILIG_THUIS
    assert record.status == dm.Status.IN_PROGRESS
    # Saving again changes the one row of the step; an empty entry clears it.
    service.save_step(
        case_id, dm.Entry(dm.Step.CONSULTATION, TODAY, "A. Bakker", dm.Answer.COLLEAGUE), TODAY
    )
    with cases.case_file.reading() as session:
        assert len(session.scalars(select(MeldcodeEntry)).all()) == 1
    assert service.save_step(case_id, dm.Entry(dm.Step.CONSULTATION), TODAY).status == (
        dm.Status.NOT_STARTED
    )
    timeline = [row.kind for row in cases.timeline(case_id)]
    assert timeline.count("meldcode.recorded") == 2 and "meldcode.cleared" in timeline
    with cases.case_file.reading() as session:
        actions = [e.action for e in session.scalars(select(AuditEvent))]
        assert actions.count("meldcode.step_recorded") == 2
        assert "meldcode.step_cleared" in actions
        assert audit_log.verify(session).intact


def test_a_step_that_cannot_be_stored_says_why_and_stores_nothing(cases: CaseService) -> None:
    case_id = new_case(cases)
    with pytest.raises(MeldcodeError) as raised:
        meldcode(cases).save_step(
            case_id, dm.Entry(dm.Step.REPORT_DECISION, TODAY, "A. Bakker"), TODAY
        )
    assert "Choose the answer" in str(raised.value)
    assert meldcode(cases).record(case_id).status == dm.Status.NOT_STARTED


def test_the_case_summary_prints_the_meldcode_with_dates_and_names(
    cases: CaseService, tmp_path: Path
) -> None:
    case_id = new_case(cases)
    service = meldcode(cases)
    service.save_step(
        case_id,
        dm.Entry(dm.Step.SIGNALS, TODAY - timedelta(days=3), "A. Bakker", note="Foto in groepsapp"),
        TODAY,
    )
    service.save_step(
        case_id,
        dm.Entry(
            dm.Step.WEIGHING, TODAY - timedelta(days=1), "Zorgcoördinator Yılmaz", dm.Answer.UNSAFE
        ),
        TODAY,
    )
    service.save_step(
        case_id, dm.Entry(dm.Step.REPORT_DECISION, TODAY, "A. Bakker", dm.Answer.NO), TODAY
    )
    target = tmp_path / "samenvatting.pdf"
    summary_service.export_summary(cases, case_id, target, english, today=TODAY)
    text = pdf_words(target.read_bytes())
    assert "Meldcode" in text
    assert "Step 1: map the signals" in text and "Foto in groepsapp" in text
    assert "Zorgcoördinator Yılmaz" in text
    assert "Acute or structural unsafety" in text
    assert "is a report to Veilig Thuis necessary?" in text
    assert "asks for a report to Veilig Thuis" in text  # the afwegingskader's warning


def test_a_case_without_meldcode_says_so_in_its_summary(cases: CaseService, tmp_path: Path) -> None:
    case_id = new_case(cases)
    target = tmp_path / "samenvatting.pdf"
    summary_service.export_summary(cases, case_id, target, english, today=TODAY)
    assert "has not been started" in pdf_words(target.read_bytes())


def test_the_annual_report_counts_and_hides_small_numbers(
    cases: CaseService, tmp_path: Path
) -> None:
    cases.add_person(
        case_id := new_case(cases, date(2026, 3, 4), police_report=dc.PoliceReport.REPORT),
        PersonInput("Şükrü Yılmaz", dc.Role.VICTIM),
    )
    for i in range(6):
        new_case(cases, date(2026, 2, 1 + i), date(2026, 2, 20), status=dc.CaseStatus.CLOSED)
    new_case(cases, date(2025, 5, 1))
    meldcode(cases).save_step(
        case_id,
        dm.Entry(dm.Step.REPORT_DECISION, date(2026, 3, 5), "A. Bakker", dm.Answer.YES),
        TODAY,
    )
    reports = AnnualReportService(cases.case_file, cases.protocol)
    assert reports.years() == [2026, 2025]
    report = reports.report(2026)
    assert report.cases == "7" and report.veilig_thuis == "<5"
    pdf_path, csv_path = tmp_path / "jaarverslag.pdf", tmp_path / "jaarverslag.csv"
    saved = reports.save(2026, pdf_path, english, "en", csv_path, today=TODAY)
    text = pdf_words(pdf_path.read_bytes())
    assert "Annual report 2026" in text and "Cases opened in 2026: 7" in text
    assert "Şükrü" not in text and "Foto gedeeld" not in text and "2026-0" not in text
    rows = list(csv.DictReader(io.StringIO(csv_path.read_text(encoding="utf-8-sig"))))
    values = {(r["Table"], r["Row"], r["Column"]): r["Count"] for r in rows}
    assert values[("Cases", "All cases", "Cases")] == "7"
    assert values[("Police", "Police report (aangifte)", "Cases")] == "<5"
    assert values[("Meldcode", "Cases reported to Veilig Thuis", "Cases")] == "<5"
    exposing = dc.INCIDENT_LABELS[dc.IncidentType.EXPOSING]
    assert values[("Cases by incident type and month opened", exposing, "Total")] == "7"
    assert values[("Cases by incident type and month opened", exposing, "Mar")] == "<5"
    median = ("Duration", "Median days from opening to closing", "Closed cases")
    counts = {k: v for k, v in values.items() if k != median}
    assert all(v in {"<5", "x"} or int(v) >= 5 for v in counts.values())
    assert values[median] == "16.5"
    assert "Şükrü" not in csv_path.read_text(encoding="utf-8-sig")
    with cases.case_file.reading() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "annual_report.exported")
        ).one()
        assert event.details["pdf_sha256"] == saved.pdf_sha256
        assert event.details["csv_sha256"] == saved.csv_sha256


def test_the_annual_report_pdf_renders(cases: CaseService, tmp_path: Path) -> None:
    new_case(cases, date(2026, 1, 10))
    target = tmp_path / "jaarverslag.pdf"
    AnnualReportService(cases.case_file, cases.protocol).save(
        2026, target, english, "nl", today=TODAY
    )
    out = tmp_path / "page"
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(target), str(out)], check=True
    )
    assert list(tmp_path.glob("page*.png"))
