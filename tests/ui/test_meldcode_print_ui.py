"""The Meldcode record prints in the case summary in both languages (issue 16: "the Meldcode
record and the annual report print in both languages"): Ctrl+E on the case in the window, the
file chooser answered by the test, the PDF read back. The steps are recorded through the
service here; recording them by keyboard is tests/ui/test_meldcode_ui.py."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.domain import meldcode as dm
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.session import CaseFileSession, SessionSettings
from adviser_desk.ui.common import i18n
from tests.conftest import PASSWORD
from tests.ui.conftest import open_case, open_window
from tests.ui.drive import FileDialogs, Modals, activate


@pytest.fixture(params=["en", "nl"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    assert i18n.install(request.param)
    yield request.param
    i18n.install("en")


def test_the_case_summary_prints_the_meldcode_in_the_advisers_language(
    qtbot: QtBot,
    closed_case: tuple[Path, str],
    modals: Modals,
    files: FileDialogs,
    tmp_path: Path,
    language: str,
) -> None:
    path = closed_case[0]
    today = date.today()
    with CaseFileSession(
        svc.unlock_with_password(path, PASSWORD), SessionSettings(language=language)
    ) as session:
        case_id = session.cases.create_case(
            dc.CaseDraft(title="Foto gedeeld", incident_types=[dc.IncidentType.EXPOSING]), today
        )
        for entry in (
            dm.Entry(dm.Step.SIGNALS, today - timedelta(days=2), "A. Bakker", note="Groepsapp"),
            dm.Entry(dm.Step.WEIGHING, today - timedelta(days=1), "Zorgcoördinator Yılmaz",
                     dm.Answer.UNSAFE),
            dm.Entry(dm.Step.REPORT_DECISION, today, "A. Bakker", dm.Answer.NO),
        ):  # fmt: skip
            session.meldcode.save_step(case_id, entry, today)
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, case_id)
    target = tmp_path / "summary.pdf"
    files.save(target)
    modals.answer(QMessageBox.StandardButton.Yes)  # the PDF is not encrypted
    activate(qtbot, window)
    qtbot.keyClick(window.page.case_list.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    modals.wait_done()
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(target).pages).split())

    def tr(source: str) -> str:
        return " ".join(QCoreApplication.translate("meldcode", source).split())

    for step in (dm.Step.SIGNALS, dm.Step.WEIGHING, dm.Step.REPORT_DECISION):
        assert tr(dm.STEP_LABELS[step]) in text, step
    assert tr(dm.ANSWER_LABELS[dm.Answer.UNSAFE]) in text
    assert "Zorgcoördinator Yılmaz" in text and "A. Bakker" in text and "Groepsapp" in text
    if language == "nl":
        # Dutch throughout: no English step, answer or heading of the record left.
        english = [dm.STEP_LABELS[dm.Step.SIGNALS], dm.ANSWER_LABELS[dm.Answer.UNSAFE]]
        assert tr(english[0]) != english[0] and not any(e in text for e in english)
        assert "Step " not in text
    window.act_close.trigger()
