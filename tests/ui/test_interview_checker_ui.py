"""The interview window's question checker as the adviser meets it: rule findings at once,
semantic findings once the model has loaded off the GUI thread, a fallback that says so,
and the record that tells rule-based from semantic findings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.domain import questions
from adviser_desk.services import case_file_service as svc
from adviser_desk.services import question_checking
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.interview_service import InterviewService
from adviser_desk.services.protocol_data import interview_guide, protocol
from adviser_desk.storage import kdf
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.interview.interview_window import InterviewWindow
from adviser_desk.ui.interview.question_check import wait_for_semantic_loader
from tests.conftest import PASSWORD

# A secrecy promise in words no rule lists (checked below, so the test stays honest).
UNLISTED_PROMISE = "Dit gaat niemand wat aan behalve ons."


@pytest.fixture
def interviews(case_dir: Path) -> Iterator[tuple[InterviewService, int]]:
    service, _ = svc.create_case_file(case_dir / "C.adcase", PASSWORD, kdf.MINIMUM)
    cases = CaseService(service.case, protocol(), "nl")
    case_id = cases.create_case(
        dc.CaseDraft(title="Sexting", incident_types=[dc.IncidentType.SEXTORTION])
    )
    yield InterviewService(cases, interview_guide()), case_id
    service.close()


@pytest.fixture
def fresh_checker_state() -> Iterator[None]:
    """Starts each test with the semantic layer not yet loaded; restores it afterwards."""
    wait_for_semantic_loader()
    saved = (question_checking._semantic, question_checking._failure)
    question_checking._reset_for_tests()
    yield
    wait_for_semantic_loader()
    question_checking._reset_for_tests(*saved)


def open_window(qtbot: QtBot, setup: tuple[InterviewService, int]) -> InterviewWindow:
    service, case_id = setup
    interview = service.start(case_id, "victim", language="nl")
    window = InterviewWindow(service, interview)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_rules_work_at_once_and_a_semantic_finding_appears_once_loaded(
    qtbot: QtBot,
    interviews: tuple[InterviewService, int],
    fresh_checker_state: None,
    tmp_path: Path,
) -> None:
    assert questions.check_question(UNLISTED_PROMISE, "nl") == []
    window = open_window(qtbot, interviews)
    # Typing works before the model is there, with the rules.
    assert not question_checking.semantic_ready()
    assert window.checker_state.isVisible()
    qtbot.keyClicks(window.input, "Heb je al betaald?")
    assert "ja/nee" in window.finding_label.text() or "yes/no" in window.finding_label.text()
    window.input.clear()
    qtbot.waitUntil(question_checking.semantic_ready, timeout=120_000)
    qtbot.waitUntil(lambda: not window.checker_state.isVisible(), timeout=10_000)

    qtbot.keyClicks(window.input, UNLISTED_PROMISE)
    shown = window.finding_label.text()
    assert "semanti" in shown  # "semantic"/"semantisch": the layer is named
    assert window.findings and window.findings[0].layer == questions.SEMANTIC
    assert window.findings[0].examples[0] in shown  # the example it resembles
    assert window.use_suggestion.isVisible()
    qtbot.keyClick(window.input, Qt.Key.Key_Return)

    service = window.service
    (line,) = service.get(window.interview_id).lines
    assert line.findings == (questions.SECRECY_PROMISE,)
    assert line.semantic == (questions.SECRECY_PROMISE,)
    check = window.model.index(0, window.model.CHECK).data()
    assert "semanti" in check
    stats = service.statistics(window.interview_id)
    assert stats["semantic_findings"] == 1 and stats["rule_findings"] == 0
    target = tmp_path / "record.pdf"
    window.save_pdf_to(target)
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert UNLISTED_PROMISE in " ".join(text.split())
    assert "semantic" in text or "semantisch" in text


def test_without_the_model_typing_keeps_its_rule_findings_and_says_so_once(
    qtbot: QtBot,
    interviews: tuple[InterviewService, int],
    fresh_checker_state: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(question_checking, "checker_folder", lambda: tmp_path / "missing")
    window = open_window(qtbot, interviews)
    qtbot.waitUntil(lambda: question_checking.failure() is not None, timeout=120_000)

    def says_rules_only() -> bool:
        text = window.checker_state.text()
        return "rules only" in text or "alleen met de regels" in text

    qtbot.waitUntil(says_rules_only, timeout=10_000)
    assert window.checker_state.isVisible()
    qtbot.keyClicks(window.input, "Niemand hoeft dit te weten.")
    assert [f.layer for f in window.findings] == [questions.RULE]
    # A second window does not try again and says the same once.
    other = open_window(qtbot, interviews)
    assert other.checker_state.isVisible()
    assert other.checker_state.text() == window.checker_state.text()


def test_the_window_names_the_tag_word_toch_not_the_first_word(
    qtbot: QtBot, interviews: tuple[InterviewService, int]
) -> None:
    """Walk 15, W15-6: "Dat was toch Daan die de foto heeft doorgestuurd?" was shown as a
    yes/no question triggered by "Dat"; the window now quotes "toch" as a tag question."""
    window = open_window(qtbot, interviews)
    # With the semantic layer loaded, as the adviser mostly sees it.
    qtbot.waitUntil(question_checking.semantic_ready, timeout=120_000)
    qtbot.keyClicks(window.input, "Dat was toch Daan die de foto heeft doorgestuurd?")
    shown = window.finding_label.text()
    quote = fmt.locale().quoteString  # the window's own quotation marks
    assert quote("toch") in shown
    assert quote("Dat") not in shown
    assert "ja/nee" not in shown and "yes/no" not in shown.lower()
    assert "Tag question" in shown or "Bevestigingsvraag" in shown
