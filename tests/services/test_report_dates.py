"""Dates in the printed documents follow the document's language, read back from real PDFs
made with the real Dutch catalogue; forensic moments in the evidence log stay UTC."""

from __future__ import annotations

import re
import subprocess
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from adviser_desk.domain import cases as dc
from adviser_desk.domain import evidence as de
from adviser_desk.services import evidence_export as esvc
from adviser_desk.services import summary_service
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.case_views import PersonInput
from adviser_desk.services.evidence_service import EvidenceService
from adviser_desk.services.interview_service import (
    ADVISER,
    InterviewService,
    export_record,
)
from adviser_desk.services.protocol_data import interview_guide
from tests.services.helpers import Translate, english, pdf_words

OPENED = date(2026, 11, 2)
# Any dd-mm-yyyy, d-m-yyyy, dd/mm/yyyy or ISO date left in a document.
NUMERIC_DATE = re.compile(r"\b\d{1,2}[-/]\d{1,2}[-/]\d{4}\b|\b\d{4}-\d{2}-\d{2}\b")


@pytest.fixture(autouse=True)
def amsterdam(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def a_case(cases: CaseService) -> int:
    case_id = cases.create_case(
        dc.CaseDraft(
            title="Foto gedeeld",
            incident_types=[dc.IncidentType.EXPOSING],
            images=dc.ImagesState.SPREAD,
            opened_on=OPENED,
        )
    )
    cases.add_person(case_id, PersonInput("Şükrü Yılmaz", dc.Role.VICTIM, class_name="4C"))
    return case_id


def render_pages(pdf: bytes, name: str, folder: Path) -> list[Path]:
    path = folder / f"{name}.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(path), str(folder / name)], check=True)
    pages = sorted(folder.glob(f"{name}*.png"))
    assert pages
    return pages


@pytest.mark.parametrize(("language", "month"), [("nl", "november"), ("en", "November")])
def test_case_summary_dates_follow_its_language(
    cases: CaseService, dutch: Translate, tmp_path: Path, language: str, month: str
) -> None:
    case_id = a_case(cases)
    translate = dutch if language == "nl" else english
    today = date(2026, 12, 2)
    data = summary_service.summary_data(cases, case_id, translate, today=today)
    assert dict(data.facts)[translate("case_summary", "Opened")] == f"2\u00a0{month} 2026"
    assert data.made_on == ("2\u00a0december 2026" if language == "nl" else "2\u00a0December 2026")
    # Protocol tasks are due in days from the opening; their dates print the same way.
    assert data.tasks and all(re.fullmatch(r"\d{1,2}\u00a0\w+ \d{4}|—", t.due) for t in data.tasks)
    # The timeline is local time: recorded now, so today's date in the document's language.
    assert all(re.fullmatch(r"\d{1,2}\u00a0\w+ \d{4}, \d\d:\d\d", t.when) for t in data.timeline)
    target = tmp_path / "summary.pdf"
    summary_service.export_summary(cases, case_id, target, translate, today=today)
    text = pdf_words(target.read_bytes())
    assert f"2 {month} 2026" in text
    assert not NUMERIC_DATE.search(text), NUMERIC_DATE.search(text)
    render_pages(target.read_bytes(), f"summary-{language}", tmp_path)


@pytest.mark.parametrize(("language", "month"), [("nl", "juli"), ("en", "July")])
def test_interview_record_date_is_local_and_in_its_language(
    cases: CaseService, dutch: Translate, tmp_path: Path, language: str, month: str
) -> None:
    from sqlalchemy import update

    from adviser_desk.storage.models import Interview

    interviews = InterviewService(cases, interview_guide())
    case_id = a_case(cases)
    interview = interviews.start(case_id, "victim", person_id=None, place="Kamer 2.14")
    interviews.add_line(interview, ADVISER, "Vertel eens wat er gebeurde.")
    # Held at 12:05 UTC in summer: 14:05 in Amsterdam.
    with cases.case_file.transaction() as session:
        session.execute(
            update(Interview)
            .where(Interview.id == interview)
            .values(held_at=datetime(2026, 7, 1, 12, 5, tzinfo=UTC))
        )
    translate = dutch if language == "nl" else english
    target = tmp_path / "record.pdf"
    export_record(interviews, interview, target, translate)
    text = pdf_words(target.read_bytes())
    assert f"1 {month} 2026, 14:05" in text
    assert not NUMERIC_DATE.search(text), NUMERIC_DATE.search(text)
    render_pages(target.read_bytes(), f"record-{language}", tmp_path)


def test_evidence_log_dates_in_dutch_and_moments_in_utc(
    cases: CaseService, dutch: Translate, tmp_path: Path
) -> None:
    evidence = EvidenceService(cases, max_bytes=1024 * 1024)
    case_id = a_case(cases)
    url = evidence.add_url(
        case_id,
        "https://www.instagram.com/nep.account/",
        observed_at=datetime(2026, 11, 30, 23, 30, tzinfo=UTC),  # 1 December in Amsterdam
    )
    evidence.report_takedown(
        url.item_id,
        de.TakedownChannel.HELPWANTED,
        date(2026, 11, 3),
        recheck_on=date(2026, 11, 10),
        language="nl",
    )
    target = tmp_path / "log.pdf"
    esvc.export_log(evidence, case_id, target, dutch)
    text = pdf_words(target.read_bytes())
    # The case period and the takedown steps are calendar dates, in the log's language.
    assert "2 november 2026 –" in text
    assert "3 november 2026 gemeld bij" in text and "10 november 2026" in text
    # The moment the student saw it is forensic: UTC, offset stated, not local time.
    assert "2026-11-30 23:30:00 UTC (+00:00)" in text
    render_pages(target.read_bytes(), "log-nl", tmp_path)
