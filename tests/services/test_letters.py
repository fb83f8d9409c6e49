"""Letters drafted from real demo cases, saved as versions and rendered as real PDFs."""

from __future__ import annotations

import hashlib
import io
import itertools
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from adviser_desk.domain import cases as dc
from adviser_desk.domain import letters as dl
from adviser_desk.reports import letter_pdf
from adviser_desk.services.case_file_service import CaseFileService
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.case_views import PersonInput
from adviser_desk.services.demo import fill_demo
from adviser_desk.services.evidence_service import EvidenceService
from adviser_desk.services.letter_service import LetterError, LetterService
from adviser_desk.services.protocol_data import protocol
from tests.conftest import opened_copy_of

TODAY = date(2026, 11, 22)


def pdf_text(pdf: bytes) -> str:
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).replace("\n", " ")


def confirmed_demo(service: CaseFileService) -> list[int]:
    """The cases fixture's file (tests/services/conftest.py) with the demo cases in it."""
    service.confirm_recovery_key_stored()
    return fill_demo(CaseService(service.case, protocol(), "nl"), TODAY)


@pytest.fixture
def demo(case_dir: Path) -> Iterator[tuple[LetterService, list[int]]]:
    """The demo cases (a copy, see tests.conftest.opened_copy_of)."""
    service, ids = opened_copy_of(case_dir / "Zaken.adcase", confirmed_demo)
    cases = CaseService(service.case, protocol(), "nl")
    yield LetterService(cases, EvidenceService(cases)), ids
    service.close()


def test_every_letter_drafts_and_prints_without_the_anonymous_reporter(
    demo: tuple[LetterService, list[int]],
) -> None:
    letters, ids = demo
    exposing = ids[1]  # reported anonymously by Sem de Boer
    people = letters.cases.get_case(exposing).people
    assert any(p.anonymous and p.name == "Sem de Boer" for p in people)
    for kind in dl.LetterKind:
        for language in ("nl", "en"):
            result = letters.draft(exposing, kind, language, today=TODAY)
            pdf = letters.render(kind, result.draft.html, letters.title(kind, language))
            text = pdf_text(pdf)
            assert "Sem de Boer" not in result.draft.html and "Sem de Boer" not in text
            assert ("22 november 2026" if language == "nl" else "22 November 2026") in text
            assert letters.render(kind, result.draft.html, "x") == letters.render(
                kind, result.draft.html, "x"
            ), "the same letter gives the same bytes"


def test_stop_letter_names_recipient_demand_consequence_and_sender(
    demo: tuple[LetterService, list[int]],
) -> None:
    letters, ids = demo
    result = letters.draft(ids[1], dl.LetterKind.STOP_SPREAD, "nl", today=TODAY)
    text = pdf_text(letters.render(dl.LetterKind.STOP_SPREAD, result.draft.html, "Stopbrief"))
    assert "Aan: Milan Verhoeven" in text
    assert "alle foto's en video's van mij die je hebt, verwijdert" in text
    assert "binnen 3 dagen" in text and "aangifte bij de politie" in text
    assert "Dit speelt sinds 12 november 2026" in text  # the earliest evidence
    assert "Noor van Dijk" in text  # the student signs
    assert "[plaats]" in text  # unknown: a prompt to fill in, not a guess
    assert dict(result.draft.fields)["place"] == ""
    parent = letters.draft(
        ids[1], dl.LetterKind.STOP_SPREAD, "en", dl.Sender.PARENT, today=TODAY
    ).draft.html
    assert "Ingrid van Dijk, parent of Noor van Dijk" in parent
    takedown = letters.draft(ids[1], dl.LetterKind.TAKEDOWN_REQUEST, "en", today=TODAY)
    assert dl.NO_URLS in takedown.warnings


def test_sextortion_by_an_unknown_person_warns_against_a_stop_letter(
    demo: tuple[LetterService, list[int]],
) -> None:
    letters, ids = demo
    sextortion = letters.draft(ids[2], dl.LetterKind.STOP_THREATENED, "nl", today=TODAY)
    assert dl.SEXTORTION_WARNING in sextortion.warnings
    assert "onder druk te zetten" in sextortion.draft.html  # blackmail named in the letter
    exposing = letters.draft(ids[1], dl.LetterKind.STOP_THREATENED, "nl", today=TODAY)
    assert dl.SEXTORTION_WARNING not in exposing.warnings


def test_case_values_are_escaped_and_articles_only_when_checked(cases: CaseService) -> None:
    case_id = cases.create_case(
        dc.CaseDraft(title="x", incident_types=[dc.IncidentType.EXPOSING]), TODAY
    )
    cases.add_person(case_id, PersonInput(name="<b>Eva</b> & Co", role=dc.Role.VICTIM))
    letters = LetterService(cases, EvidenceService(cases))
    result = letters.draft(case_id, dl.LetterKind.STOP_THREATENED, "en", today=TODAY)
    assert "&lt;b&gt;Eva&lt;/b&gt; &amp; Co" in result.draft.html
    assert "art." not in result.draft.html  # legal.json: cite_articles is false until checked
    text = pdf_text(letters.render(dl.LetterKind.STOP_THREATENED, result.draft.html, "x"))
    assert "<b>Eva</b> & Co" in text


def test_versions_and_outputs_are_kept_with_their_hash(
    demo: tuple[LetterService, list[int]],
) -> None:
    letters, ids = demo
    draft = letters.draft(ids[1], dl.LetterKind.PARENTS_VICTIM, "nl", today=TODAY).draft
    with pytest.raises(LetterError):
        letters.save_version(ids[1], dl.LetterKind.PARENTS_VICTIM, "nl", "<p> </p>", False)
    first = letters.save_version(ids[1], dl.LetterKind.PARENTS_VICTIM, "nl", draft.html, False)
    second = letters.save_version(
        ids[1], dl.LetterKind.PARENTS_VICTIM, "nl", draft.html + "<p>PS</p>", True, first.letter_id
    )
    assert (first.number, second.number) == (1, 2) and second.letter_id == first.letter_id
    pdf = letters.render(dl.LetterKind.PARENTS_VICTIM, second.html, "Brief")
    digest = letters.record_output(second.version_id, "printed", pdf)
    assert digest == hashlib.sha256(pdf).hexdigest()
    (letter,) = letters.letters(ids[1])
    assert [v.number for v in letter.versions] == [1, 2]
    assert letter.versions[1].outputs[0][1:] == ("printed", digest)


def test_qt_rich_text_becomes_paragraphs_lists_and_bold() -> None:
    html = (
        "<html><head><style>p {margin:0}</style></head><body>"
        '<p style="margin-top:0px;">Beste <span style=" font-weight:700;">Milan</span>,</p>'
        '<ul style="margin-top:0px;"><li>een</li><li>twee</li></ul>'
        "<ol><li>eerst</li></ol><p>Groet,<br />Noor\u2028klas 3B</p></body></html>"
    )
    blocks = letter_pdf.body_blocks(html)
    assert [b.bullet for b in blocks] == ["", "•", "•", "1.", ""]
    assert blocks[0].text == "Beste <b>Milan</b>,"
    assert blocks[-1].text == "Groet,<br/>Noor<br/>klas 3B"


def test_cli_writes_the_default_stop_letter(case_dir: Path, tmp_path: Path) -> None:
    path = case_dir / "demo.adcase"
    subprocess.run(
        [sys.executable, "-m", "adviser_desk", "demo", str(path)], check=True, timeout=120
    )
    out = tmp_path / "stopbrief.pdf"
    result = subprocess.run(
        [
            sys.executable, "-m", "adviser_desk", "stop-letter", str(path), "2026-002", str(out),
            "--password-stdin", "--variant", "threatened", "--lang", "nl",
        ],
        input="demo\n", capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == hashlib.sha256(out.read_bytes()).hexdigest()
    text = pdf_text(out.read_bytes())
    assert "Milan Verhoeven" in text and "verwijdert" in text and "Noor van Dijk" in text
    assert "Sem de Boer" not in text
    assert "student's own name" in result.stderr


def test_takedown_request_lists_the_addresses_and_fits_the_kind_of_case(
    demo: tuple[LetterService, list[int]],
) -> None:
    letters, ids = demo
    fake_account = letters.draft(ids[0], dl.LetterKind.TAKEDOWN_REQUEST, "nl", today=TODAY)
    text = pdf_text(
        letters.render(dl.LetterKind.TAKEDOWN_REQUEST, fake_account.draft.html, "Verzoek")
    )
    assert "Aan: TikTok" in text and "https://www.tiktok.com/@aylin.y.echt" in text
    assert "naam of foto's" in text and "seksuele" not in text  # a fake account, no nudes
    assert dl.NO_URLS not in fake_account.warnings
    sextortion = letters.draft(ids[2], dl.LetterKind.STOP_THREATENED, "en", today=TODAY)
    assert "@lisa.xo.2009 — Instagram" in sextortion.draft.html


def test_italic_prints_in_an_oblique_face() -> None:
    pdf = letter_pdf.render("<p><i>schuin</i> en <b><i>vet schuin</i></b></p>", "x")
    fonts = PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]["/Font"]
    names = {str(fonts[key].get_object()["/BaseFont"]) for key in fonts}
    assert any("Oblique" in n and "Bold" not in n for n in names)
    assert any("BoldOblique" in n for n in names)


def test_a_school_letter_asks_for_the_schools_name_where_the_school_is_missing(
    demo: tuple[LetterService, list[int]],
) -> None:
    """Walker F15: the signature printed "[uw naam]" under the adviser's own name, where the
    school's name belongs (the case file has no school details)."""
    letters, ids = demo
    for language, school, adviser in (
        ("nl", "[naam van de school]", "[uw naam]"),
        ("en", "[name of the school]", "[your name]"),
    ):
        html = letters.draft(ids[1], dl.LetterKind.PARENTS_VICTIM, language, today=TODAY).draft.html
        assert school in html, language
        assert html.count(adviser) <= 1, language  # only for the adviser's own line, if unknown


def test_bullets_in_the_pdf_are_as_compact_as_in_the_editor(
    demo: tuple[LetterService, list[int]], qapp: object, tmp_path: Path
) -> None:
    """Walk 4, W9: the line breaks Qt writes between list items printed as empty paragraphs,
    so the stop letter's demands had a blank line between every bullet."""
    from PySide6.QtGui import QTextDocument

    letters, ids = demo
    draft = letters.draft(ids[1], dl.LetterKind.STOP_SPREAD, "nl", today=TODAY).draft.html
    editor = QTextDocument()
    editor.setHtml(draft)  # what the letter editor saves
    pdf = letters.render(dl.LetterKind.STOP_SPREAD, editor.toHtml(), "Stopbrief")
    bullets: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: object) -> None:
        if text.strip() and 0 < tm[4] < 10:  # drawn at the bullet indent: a bullet
            bullets.append(cm[5] + tm[5])

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    assert len(bullets) >= 3
    gaps = [round(a - b, 1) for a, b in itertools.pairwise(bullets)]
    # Each item's lines (15 pt leading) plus 3 pt between items; an empty paragraph between
    # them added 11.3 pt more (gaps 29.3, 44.3, 29.3 before).
    assert all((gap - 18) % 15 < 0.5 for gap in gaps), gaps
    (tmp_path / "stop.pdf").write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(tmp_path / "stop.pdf"),
         str(tmp_path / "stop")],
        check=True,
    )  # fmt: skip
    assert (tmp_path / "stop-1.png").stat().st_size > 1000
