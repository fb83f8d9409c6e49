"""The semantic layer may finish loading after its interview window was closed and the case
file with it (fixU saw it in a test): the late check must not read the closed file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.services import case_file_service as svc
from adviser_desk.services import question_checking
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.interview_service import InterviewService
from adviser_desk.services.protocol_data import interview_guide, protocol
from adviser_desk.storage import kdf
from adviser_desk.ui.interview.interview_window import InterviewWindow
from tests.conftest import PASSWORD
from tests.ui.drive import Modals, activate, click


def test_a_late_semantic_layer_checks_nothing_in_a_closed_window_of_a_closed_file(
    qtbot: QtBot, case_dir: Path, modals: Modals
) -> None:
    service, _ = svc.create_case_file(case_dir / "L.adcase", PASSWORD, kdf.MINIMUM)
    cases = CaseService(service.case, protocol(), "nl")
    case_id = cases.create_case(
        dc.CaseDraft(title="Afpersing", incident_types=[dc.IncidentType.SEXTORTION])
    )
    interviews = InterviewService(cases, interview_guide())
    interview = interviews.start(case_id, "victim", language="nl")
    window = InterviewWindow(interviews, interview)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(question_checking.semantic_ready, timeout=120_000)
    activate(qtbot, window)
    qtbot.keyClicks(window.input, "Dit blijft tussen ons, goed?")
    assert window.checker.findings  # checked while the window is open

    def throw_away(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        click(qtbot, box.button(QMessageBox.StandardButton.Discard))

    modals.expect(QMessageBox, throw_away)
    buttons = window.findChild(QDialogButtonBox)
    assert buttons is not None
    click(qtbot, buttons.button(QDialogButtonBox.StandardButton.Close))
    modals.wait_done()
    qtbot.waitUntil(lambda: not window.isVisible())
    service.close()
    window.checker.findings = []
    # What the window does when the layer reports ready (here: already loaded, so at once).
    window.checker.start_semantic_layer()
    assert window.checker.findings == []
    assert window.input.text() == "Dit blijft tussen ons, goed?"  # the closed window's leftover
