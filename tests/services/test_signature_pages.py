"""W13-4: a signature block (or a report's closing lines) never stands alone on a page. The
evidence log and the police export put just the two signature lines on page 2 when the items
filled page 1; each PDF is read back with pypdf and the signature's page must also hold the
content lines before it."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from adviser_desk.domain import annual_report as dar
from adviser_desk.domain import cases as dc
from adviser_desk.domain import letters as dl
from adviser_desk.reports import annual_report, case_summary, evidence_log, interview_record
from adviser_desk.services import evidence_export as esvc
from adviser_desk.services import summary_service
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.demo import fill_demo
from adviser_desk.services.evidence_service import EvidenceService
from adviser_desk.services.letter_service import LetterService
from tests.services.helpers import Translate, english

TODAY = date(2026, 11, 22)


def page_lines(pdf: bytes) -> list[list[str]]:
    """Each page's text lines, top to bottom, without the footer's page number."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    return [[line.strip() for line in p.extract_text().splitlines() if line.strip()] for p in pages]


def lines_before(pdf: bytes, label: str) -> tuple[int, list[str]]:
    """The number of pages, and the lines above ``label`` on the page that holds it."""
    pages = page_lines(pdf)
    for lines in pages:
        for index, line in enumerate(lines):
            if line.startswith(label):
                return len(pages), lines[:index]
    raise AssertionError(f"{label!r} is not in the PDF")


def translator(language: str, dutch: Translate) -> Translate:
    return dutch if language == "nl" else english


def messages_case(cases: CaseService, count: int) -> tuple[EvidenceService, int]:
    evidence = EvidenceService(cases)
    case_id = cases.create_case(
        dc.CaseDraft(title="Nepaccount", incident_types=[dc.IncidentType.FAKE_ACCOUNT])
    )
    for n in range(count):
        evidence.add_message(
            case_id, f"Als je niet betaalt zet ik het online ({n})", "@nep.noor", "TikTok"
        )
    return evidence, case_id


def assert_signed_with_content(pdf: bytes, tr: Translate) -> int:
    pages, above = lines_before(pdf, tr("evidence_log", evidence_log.SIGN_ADVISER))
    chain = tr("evidence_log", evidence_log.CHAIN)
    verified = tr("evidence_log", evidence_log.VERIFIED)
    assert any(line.startswith(chain) for line in above), above
    assert any(line.startswith(verified) for line in above), above
    return pages


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_evidence_log_never_puts_the_signatures_alone_on_a_page(
    cases: CaseService, dutch: Translate, language: str
) -> None:
    tr = translator(language, dutch)
    evidence, case_id = messages_case(cases, 0)
    pages: dict[int, int] = {}
    # Three messages filled page 1 and pushed only the signature block onto page 2; seven did
    # the same on page 3. Every count up to eight keeps the closing lines with it.
    for count in range(1, 9):
        evidence.add_message(case_id, f"Ik weet waar je woont ({count})", "@nep.noor", "TikTok")
        pages[count] = assert_signed_with_content(esvc.render_log(evidence, case_id, tr), tr)
    assert pages[2] == 1 and pages[3] == 2 and pages[7] == 3, pages


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_police_exports_log_keeps_its_signatures_with_the_content(
    cases: CaseService, dutch: Translate, language: str, tmp_path: Path
) -> None:
    tr = translator(language, dutch)
    evidence, case_id = messages_case(cases, 3)
    folder = esvc.export_package(evidence, case_id, tmp_path, "Agent Jansen", tr)
    log = folder / ("bewijslijst.pdf" if language == "nl" else "evidence-log.pdf")
    assert assert_signed_with_content(log.read_bytes(), tr) == 2


def test_a_log_printed_many_times_still_signs_under_its_last_lines(
    cases: CaseService,
) -> None:
    """When the earlier prints make the closing section longer than a page, it cannot move
    whole; the chain head and the verification still go with the signatures."""
    evidence, case_id = messages_case(cases, 3)
    data = esvc.log_data(evidence, case_id, english, TODAY)
    for extra in range(50, 80):
        line = "printed 2026-11-21 10:00 UTC by the adviser, 3 items, SHA-256 " + "ab" * 32
        longer = replace(data, prints=[line] * extra)
        pages = assert_signed_with_content(evidence_log.render(longer), english)
        assert pages >= 3


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("kind", [dl.LetterKind.STOP_SPREAD, dl.LetterKind.OTHER_SCHOOL])
def test_a_letters_signature_goes_over_the_page_with_the_paragraph_before_it(
    cases: CaseService, language: str, kind: dl.LetterKind
) -> None:
    """The stop letter's greeting is part of its signature; the letter to another school has
    "Kind regards," on a line of its own, which is no content to sign under."""
    letters = LetterService(cases, EvidenceService(cases))
    ids = fill_demo(cases, TODAY)
    html = letters.draft(ids[1], kind, language, today=TODAY).draft.html
    greeting = "Met vriendelijke groet," if language == "nl" else "Kind regards,"
    two_pages = 0
    # Paragraphs the adviser added push the end of the letter down page 1 and over onto page 2.
    for added in range(8, 34):
        longer = html.replace(
            "</p>", "</p>" + "<p>Een regel die de adviseur toevoegde.</p>" * added, 1
        )
        pdf = letters.render(kind, longer, "Brief")
        pages, above = lines_before(pdf, greeting)
        if pages == 1:
            continue
        two_pages += 1
        above_greeting = [line for line in above if line != greeting]
        assert above_greeting, f"{added} added: the signature stands alone on page {pages}"
        assert len(page_lines(pdf)) == 2
    assert two_pages >= 10


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_case_summary_closes_under_its_last_timeline_rows(
    cases: CaseService, dutch: Translate, language: str
) -> None:
    tr = translator(language, dutch)
    ids = fill_demo(cases, TODAY)
    data = summary_service.summary_data(cases, ids[1], tr, today=TODAY)
    made = tr("case_summary", case_summary.MADE).split("{")[0]
    last = "Laatste gebeurtenis van de tijdlijn"
    for added in range(0, 60, 2):
        rows = [
            case_summary.TimelineLine("22 november 2026, 10:00", f"Notitie {n}")
            for n in range(added)
        ]
        longer = replace(
            data, timeline=[*data.timeline, *rows, case_summary.TimelineLine("—", last)]
        )
        _pages, above = lines_before(case_summary.render(longer, tr), made)
        assert any(last in line for line in above), (added, above)


def record(lines: int) -> interview_record.InterviewRecordData:
    said = [
        interview_record.RecordLine(
            "10:00", "Vertrouwenspersoon" if n % 2 == 0 else "Leerling", f"Regel {n} " + "en " * 30
        )
        for n in range(lines)
    ]
    return interview_record.InterviewRecordData(
        case_number="2026-001",
        heading=[("Leerling", "Sanne Bakker"), ("Datum", "22-11-2026")],
        lines=said,
        checklist=[("Geen geheimhouding beloofd", "10:05")],
        agreements="Morgen weer praten.",
        wishes="",
        stats={"total": 10.0, "open": 0.8, "option_posing": 0.2},
        chain_head="ab" * 32,
    )


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_interview_records_chain_line_goes_with_its_statistics(
    dutch: Translate, language: str
) -> None:
    """The record's closing (the statistics and the audit chain line) went onto a page of its
    own when the conversation filled the page before (W13-4)."""
    tr = translator(language, dutch)
    heading = tr("interview_record", interview_record.H_STATS)
    pages_seen: set[int] = set()
    # Longer and longer conversations move the closing over one page break and then the next.
    for lines in range(10, 70, 3):
        pdf = interview_record.render(record(lines), tr)
        pages, above = lines_before(pdf, tr("interview_record", interview_record.CHAIN))
        pages_seen.add(pages)
        assert any(line.startswith(heading) for line in above), (lines, above)
        assert len(above) >= 3, (lines, above)  # the heading and its two lines of figures
    assert len(pages_seen) >= 2, pages_seen


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_annual_reports_made_by_line_goes_with_the_last_section(
    dutch: Translate, language: str
) -> None:
    tr = translator(language, dutch)

    def table(rows: int) -> dar.Table:
        keys = tuple(f"r{n}" for n in range(rows))
        return dar.Table(rows=keys, columns=("cases",), cells=tuple(("<5",) for _ in keys))

    months = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
    empty = dar.Table(rows=(), columns=("cases",), cells=())
    heading = annual_report.Heading(school="De School", adviser="Anouk Visser", made_on="1-1-2027")
    duration = tr("annual_report", annual_report.H_DURATION)
    made = tr("annual_report", annual_report.MADE).split("{")[0]
    pages_seen: set[int] = set()
    # More and more referral rows (the section before the closing) push it over a page break.
    for rows in range(20, 90, 3):
        referrals = table(rows)
        labels = annual_report.Labels(
            incident_types={}, outcomes={}, endings={}, police={},
            referrals={k: f"Verwijzing {k}" for k in referrals.rows}, months=months,
        )  # fmt: skip
        report = dar.AnnualReport(
            year=2026, cases="<5",
            by_type_and_month=dar.Table(rows=(), columns=months, cells=()),
            outcome=empty, ended=empty, police=empty, referrals=referrals,
            veilig_thuis="<5", median_days=None, closed="<5",
        )  # fmt: skip
        pdf = annual_report.render(report, labels, heading, tr)
        pages, above = lines_before(pdf, made)
        pages_seen.add(pages)
        assert any(line.startswith(duration) for line in above), (rows, above)
    assert len(pages_seen) >= 2, pages_seen
