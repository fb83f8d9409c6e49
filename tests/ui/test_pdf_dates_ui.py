"""A saved PDF says when it was made (walk 14, W14-14: every PDF said 1 January 2000, from
reportlab's invariant mode), and the custody record's SHA-256 is still that file's."""

from __future__ import annotations

import hashlib
import subprocess
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.services.session import CaseFileSession
from tests.ui.conftest import Opened
from tests.ui.drive import FileDialogs
from tests.ui.test_evidence_ui import evx_prints, png


def test_the_saved_evidence_log_is_dated_now_in_local_time(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    files: FileDialogs,
    documents: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH")  # set by the tests for reproducible PDFs

    def one(session: CaseFileSession, case_id: int) -> None:
        session.evidence.add_bytes(case_id, png(90, 60, 2), "bewijs.png", minor_sexual=False)

    opened = open_tab(one, dc.IncidentType.CYBERBULLYING)
    widget = opened.widget
    saved = documents / "log.pdf"
    files.save(saved)
    log = widget.findChild(QPushButton, "evidence_log")
    assert log is not None
    (action,) = [a for a in log.menu().actions() if a.text().replace("&", "") == "Save as PDF…"]
    before = datetime.now().astimezone()
    action.trigger()
    qtbot.waitUntil(lambda: "Saved" in widget.status.text(), timeout=30_000)
    metadata = PdfReader(saved).metadata
    assert metadata is not None
    created = metadata.creation_date
    assert created is not None and created.tzinfo is not None
    # Local time with the offset stated: the same offset as the machine's, at this moment.
    assert created.utcoffset() == before.utcoffset()
    assert before - timedelta(seconds=2) <= created <= datetime.now().astimezone()
    assert metadata.modification_date == created
    info = subprocess.run(["pdfinfo", str(saved)], capture_output=True, text=True, check=True)
    assert str(before.year) in info.stdout and "2000" not in info.stdout, info.stdout
    # The custody record holds this very file's SHA-256.
    assert evx_prints(opened.evidence, opened.case_id) == [
        hashlib.sha256(saved.read_bytes()).hexdigest()
    ]
