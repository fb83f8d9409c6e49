"""The case summary PDF (anonymous reporter never printed) and the demo case file."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from adviser_desk.domain import cases as dc
from adviser_desk.reports import case_summary
from adviser_desk.services import summary_service
from adviser_desk.services.case_file_service import CaseFileService
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.case_views import PersonInput
from adviser_desk.services.demo import DEMO_PASSWORD, create_demo


def english(context: str, text: str) -> str:
    return text


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def busy_case(cases: CaseService) -> int:
    case_id = cases.create_case(
        dc.CaseDraft(
            title="Foto gedeeld",
            incident_types=[dc.IncidentType.EXPOSING],
            images=dc.ImagesState.SPREAD,
        )
    )
    cases.add_person(case_id, PersonInput("Şükrü Yılmaz", dc.Role.VICTIM, class_name="4C"))
    cases.add_person(case_id, PersonInput("Geheime Melder", dc.Role.REPORTER, anonymous=True))
    for i in range(40):
        cases.add_note(case_id, f"Gesprek {i} met Şükrü over de foto.")
    return case_id


def test_summary_masks_the_anonymous_reporter_and_numbers_pages(
    cases: CaseService, tmp_path: Path
) -> None:
    case_id = busy_case(cases)
    target = tmp_path / "samenvatting.pdf"
    digest = summary_service.export_summary(cases, case_id, target, english)
    pdf = target.read_bytes()
    text = pdf_text(pdf)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    assert pages >= 2
    assert f"Page {pages} of {pages}" in text
    assert "Şükrü Yılmaz" in text and "Anonymous reporter" in text
    assert "Geheime" not in text and "Melder" not in text
    audit = CaseFileService(cases.case_file).audit_rows()[-1]
    assert audit.action == "case.summary_exported"
    assert audit.subject == cases.get_case(case_id).number
    import hashlib

    assert hashlib.sha256(pdf).hexdigest() == digest


def test_unmasking_for_one_export_is_recorded(cases: CaseService, tmp_path: Path) -> None:
    case_id = busy_case(cases)
    target = tmp_path / "met-melder.pdf"
    summary_service.export_summary(cases, case_id, target, english, unmask_reporter=True)
    assert "Geheime Melder" in pdf_text(target.read_bytes())
    rows = CaseFileService(cases.case_file).audit_rows()
    assert rows[-1].action == "case.summary_exported"
    # The audit details hold the flag (read back through the chain's own storage).
    from sqlalchemy import select

    from adviser_desk.storage.models import AuditEvent

    with cases.case_file.transaction() as session:
        details = session.scalar(select(AuditEvent.details).order_by(AuditEvent.seq.desc()))
    assert details is not None and details["reporter_unmasked"] is True


def test_summary_is_deterministic_and_renders(cases: CaseService, tmp_path: Path) -> None:
    case_id = busy_case(cases)
    day = date(2026, 11, 21)
    first = case_summary.render(summary_service.summary_data(cases, case_id, english, today=day))
    second = case_summary.render(summary_service.summary_data(cases, case_id, english, today=day))
    assert first == second
    pdf_path = tmp_path / "s.pdf"
    pdf_path.write_bytes(first)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(pdf_path), str(tmp_path / "p")],
        check=True,
    )
    assert list(tmp_path.glob("p*.png"))


def test_demo_has_three_cases_in_different_stages(tmp_path: Path) -> None:
    path = create_demo(tmp_path / "demo.adcase", today=date(2026, 11, 21))
    result = subprocess.run(
        [sys.executable, "-m", "adviser_desk", "cases", str(path), "--password-stdin", "--json"],
        input=DEMO_PASSWORD + "\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    cases = json.loads(result.stdout)
    assert [set(c) for c in cases] == [
        {"number", "title", "status", "incident_types", "open_tasks", "handed_over"}
    ] * 3
    assert not any(c["handed_over"] for c in cases)
    types = {t for c in cases for t in c["incident_types"]}
    assert {"exposing", "sextortion", "fake_account"} <= types
    assert {c["status"] for c in cases} == {"open", "monitoring"}
    assert all(re.fullmatch(r"\d{4}-\d{3}", c["number"]) for c in cases)
    assert all(isinstance(c["open_tasks"], int) and c["open_tasks"] > 0 for c in cases)


def test_demo_command_writes_a_file_that_opens_with_demo(tmp_path: Path) -> None:
    target = tmp_path / "d.adcase"
    result = subprocess.run(
        [sys.executable, "-m", "adviser_desk", "demo", str(target)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0 and "password: demo" in result.stderr
    verify = subprocess.run(
        [sys.executable, "-m", "adviser_desk", "verify", str(target), "--password-stdin"],
        input="demo\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert verify.returncode == 0, verify.stdout + verify.stderr
