"""How a case ended: recorded when it is closed, forgotten when it is reopened, printed in the
case summary and counted (suppressed below five) in the annual report, in Dutch and English."""

from __future__ import annotations

import csv
import io
import subprocess
from datetime import date
from pathlib import Path

from adviser_desk.domain import cases as dc
from adviser_desk.services import summary_service
from adviser_desk.services.annual_report_service import AnnualReportService
from adviser_desk.services.case_service import CaseService
from tests.services.helpers import Translate, english, pdf_words

TODAY = date(2026, 12, 2)


def closed_case(
    cases: CaseService, opened: date, outcome: dc.CaseOutcome | None, closed: date = TODAY
) -> int:
    case_id = cases.create_case(
        dc.CaseDraft(title="Foto gedeeld", incident_types=[dc.IncidentType.EXPOSING]), opened
    )
    draft = cases.get_case(case_id).draft
    draft.status = dc.CaseStatus.CLOSED
    if outcome is not None:
        draft.outcome = outcome
    cases.update_case(case_id, draft, closed)
    return case_id


def test_the_outcome_is_kept_while_closed_and_forgotten_when_reopened(
    cases: CaseService,
) -> None:
    case_id = closed_case(cases, date(2026, 3, 1), dc.CaseOutcome.IMAGES_REMOVED)
    draft = cases.get_case(case_id).draft
    assert draft.status == dc.CaseStatus.CLOSED
    assert draft.outcome == dc.CaseOutcome.IMAGES_REMOVED
    draft.outcome = dc.CaseOutcome.POLICE_REPORT  # editable while closed
    cases.update_case(case_id, draft, TODAY)
    assert cases.get_case(case_id).draft.outcome == dc.CaseOutcome.POLICE_REPORT
    draft = cases.get_case(case_id).draft
    draft.status = dc.CaseStatus.OPEN
    cases.update_case(case_id, draft, TODAY)
    reopened = cases.get_case(case_id).draft
    assert reopened.status == dc.CaseStatus.OPEN
    assert reopened.outcome == dc.CaseOutcome.NOT_RECORDED


def test_the_case_summary_names_the_outcome_of_a_closed_case_only(
    cases: CaseService, tmp_path: Path, dutch: Translate
) -> None:
    ended = closed_case(cases, date(2026, 3, 1), dc.CaseOutcome.REFERRED_TO_CARE)
    target = tmp_path / "summary.pdf"
    summary_service.export_summary(cases, ended, target, english, today=TODAY)
    text = pdf_words(target.read_bytes())
    assert "Outcome Referred to care (e.g. Helpwanted, GGD, Veilig Thuis)" in text
    summary_service.export_summary(cases, ended, target, dutch, today=TODAY)
    text = pdf_words(target.read_bytes())
    assert "Afloop Doorverwezen naar zorg (bijv. Helpwanted, GGD, Veilig Thuis)" in text
    still_open = cases.create_case(
        dc.CaseDraft(title="Open", incident_types=[dc.IncidentType.THREATS]), TODAY
    )
    summary_service.export_summary(cases, still_open, target, english, today=TODAY)
    assert "Outcome" not in pdf_words(target.read_bytes())


def test_the_annual_report_counts_how_the_closed_cases_ended(
    cases: CaseService, tmp_path: Path, dutch: Translate
) -> None:
    for day in range(1, 7):
        closed_case(cases, date(2026, 2, day), dc.CaseOutcome.RESOLVED_IN_SCHOOL)
    closed_case(cases, date(2026, 4, 1), dc.CaseOutcome.POLICE_REPORT)
    closed_case(cases, date(2026, 4, 2), None)  # closed without an outcome
    cases.create_case(  # open: not in "how they ended"
        dc.CaseDraft(title="Open", incident_types=[dc.IncidentType.THREATS]), date(2026, 5, 1)
    )
    reports = AnnualReportService(cases.case_file, cases.protocol)
    report = reports.report(2026)
    ended = dict(zip(report.ended.rows, (c[0] for c in report.ended.cells), strict=True))
    assert ended["resolved_in_school"] == "6"
    assert ended["police_report"] == "<5" and ended["not_recorded"] == "<5"
    assert ended["other"] == "<5"  # zero is hidden too
    assert list(report.ended.rows)[-1] == "not_recorded"

    pdf, table = tmp_path / "annual.pdf", tmp_path / "annual.csv"
    reports.save(2026, pdf, english, "en", table, today=TODAY)
    text = pdf_words(pdf.read_bytes())
    assert "How the closed cases ended" in text
    assert "Resolved within the school 6" in text
    assert "Police report made <5" in text and "Not recorded <5" in text
    rows = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8-sig"))))
    values = {(r["Table"], r["Row"]): r["Count"] for r in rows}
    assert values[("How the closed cases ended", "Resolved within the school")] == "6"
    assert values[("How the closed cases ended", "Police report made")] == "<5"
    assert values[("How the closed cases ended", "Not recorded")] == "<5"

    reports.save(2026, pdf, dutch, "nl", table, today=TODAY)
    text = pdf_words(pdf.read_bytes())
    assert "Hoe de gesloten zaken afliepen" in text
    assert "Opgelost binnen de school 6" in text
    rows = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8-sig")), delimiter=";"))
    values = {(r["Tabel"], r["Rij"]): r["Aantal"] for r in rows}
    assert values[("Hoe de gesloten zaken afliepen", "Opgelost binnen de school")] == "6"
    assert values[("Hoe de gesloten zaken afliepen", "Aangifte gedaan")] == "<5"
    assert values[("Hoe de gesloten zaken afliepen", "Niet vastgelegd")] == "<5"

    out = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(pdf), str(out)],
                   check=True)  # fmt: skip
    assert list(tmp_path.glob("page*.png"))
