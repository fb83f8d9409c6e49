"""Where a document PDF is proposed: the folder the last document went to, and before the
first one the Documents folder, as for the recovery sheet (walk 4: the interview record, the
first PDF saved, was proposed in home). Only the OS file chooser is answered by the test."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.services import case_file_service as svc
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.interview.interview_window import InterviewWindow
from tests.conftest import PASSWORD
from tests.ui.conftest import demo_file, open_case, open_window
from tests.ui.drive import FileDialogs, Modals, button_named, click, click_row


def test_the_interview_record_and_the_evidence_log_start_where_documents_go(
    qtbot: QtBot,
    case_dir: Path,
    modals: Modals,
    files: FileDialogs,
    documents: Path,
    stick: Path,
) -> None:
    path, ids = demo_file(case_dir / "Zaken.adcase")
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as session:
        interview = session.interviews.start(ids[0], "victim")
        session.interviews.add_line(interview, "adviser", "Wat is er gebeurd?")
        number = session.cases.get_case(ids[0]).number
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[0], "Interviews")
    interviews = window.page.case_view.interviews
    click_row(qtbot, interviews.list, 0)
    files.save(stick / "verslag.pdf")

    def save_record(dialog: QWidget) -> None:
        assert isinstance(dialog, InterviewWindow)
        click(qtbot, button_named(dialog, "Save record as PDF…"))  # "Record saved" answered
        click(qtbot, button_named(dialog, "Close"))

    modals.expect(InterviewWindow, save_record)
    modals.accept_box()
    click(qtbot, button_named(interviews, "Open…"))
    modals.wait_done()
    assert (stick / "verslag.pdf").exists()
    # Nothing saved yet: Documents, not home.
    assert Path(files.proposed[-1]) == documents / f"{number} interview record.pdf"
    # The evidence log, by its menu's Save as PDF…, starts where the record went.
    view = window.page.case_view
    view.tabs.setCurrentWidget(view.evidence)
    files.save(stick / "log.pdf")
    save_log = next(
        a
        for a in view.evidence.findChildren(QAction)
        if a.text().replace("&", "") == "Save as PDF…"
    )
    save_log.trigger()
    qtbot.waitUntil(lambda: (stick / "log.pdf").exists(), timeout=20_000)
    qtbot.waitUntil(lambda: not view.busy, timeout=20_000)
    assert Path(files.proposed[-1]) == stick / f"{number} evidence log.pdf"
    window.act_close.trigger()
