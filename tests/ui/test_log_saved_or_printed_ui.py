"""The evidence log's copies are recorded as what they were: saved as PDF or printed (walk 14,
W14-10: a log saved as PDF was later listed as "printed" in the log's own custody section, and
the timeline and the audit log said "printed or saved")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.shell.audit_model import COL_ACTION
from tests.ui.conftest import Opened
from tests.ui.drive import FileDialogs, Modals, click_tab, expect_print_to_file
from tests.ui.test_evidence_ui import png
from tests.ui.test_timeline_ui import timeline_rows


def test_a_saved_log_is_recorded_as_saved_and_a_printed_one_as_printed(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    modals: Modals,
    files: FileDialogs,
    documents: Path,
) -> None:
    def one(session: CaseFileSession, case_id: int) -> None:
        session.evidence.add_bytes(case_id, png(90, 60, 2), "bewijs.png", minor_sexual=False)

    opened = open_tab(one, dc.IncidentType.CYBERBULLYING)
    widget, window = opened.widget, opened.window
    log = widget.findChild(QPushButton, "evidence_log")
    assert log is not None

    def choose(text: str) -> None:
        (action,) = [a for a in log.menu().actions() if a.text().replace("&", "") == text]
        widget.status.setText("")
        action.trigger()

    files.save(documents / "first.pdf")
    choose("Save as PDF…")
    qtbot.waitUntil(lambda: "Saved" in widget.status.text(), timeout=30_000)
    expect_print_to_file(qtbot, modals, documents / "paper.pdf")
    choose("Print…")
    modals.wait_done(timeout=60_000)
    qtbot.waitUntil(lambda: "Printed" in widget.status.text(), timeout=30_000)
    files.save(documents / "second.pdf")
    choose("Save as PDF…")
    qtbot.waitUntil(lambda: "Saved" in widget.status.text(), timeout=30_000)

    text = " ".join(p.extract_text() for p in PdfReader(documents / "second.pdf").pages)
    text = " ".join(text.split())
    assert "Earlier copies of this log" in text, text
    saved_at = text.index(" saved as PDF by ")
    printed_at = text.index(" printed by ")
    assert saved_at < printed_at  # in the order they were made
    assert "printed or saved" not in text and "Verification when this copy was made" in text

    rows = timeline_rows(qtbot, window)
    assert rows.count("Evidence log saved as PDF (items: 1)") == 2, rows
    assert rows.count("Evidence log printed (items: 1)") == 1, rows
    assert not [row for row in rows if "printed or saved" in row], rows

    click_tab(qtbot, window.page.tabs, "Case file and audit log")
    model = window.page.model
    shown = [model.index(row, COL_ACTION).data() for row in range(model.rowCount())]
    assert shown.count("Evidence log saved as PDF") == 2, shown
    assert shown.count("Evidence log printed") == 1, shown
    assert "Evidence log printed or saved" not in shown
