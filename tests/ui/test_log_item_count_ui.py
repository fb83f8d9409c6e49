"""The evidence log's lines for its earlier copies said "1 items" ("1 stukken") for a case with
one item: the log the police receive counts right in both languages. Through Evidence log >
Save as PDF on the Evidence tab; the PDF read with pypdf."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.common import i18n
from tests.ui.conftest import Opened
from tests.ui.drive import FileDialogs
from tests.ui.test_evidence_ui import png


def one(session: CaseFileSession, case_id: int) -> None:
    session.evidence.add_bytes(case_id, png(90, 60, 2), "bewijs.png", minor_sexual=False)


def saved_logs(
    qtbot: QtBot, opened: Opened, files: FileDialogs, folder: Path, language: str
) -> str:
    """Saves the log three times, a second item added after the first; the last log's text."""
    widget = opened.widget
    log = widget.findChild(QPushButton, "evidence_log")
    assert log is not None
    # The tab's menu keeps the texts it was made with; the log is written in ``language``.
    (save,) = [a for a in log.menu().actions() if a.text().replace("&", "") == "Save as PDF…"]
    saved = {"en": "not encrypted", "nl": "niet versleuteld"}[language]
    for index in range(3):
        if index == 1:
            opened.evidence.add_bytes(opened.case_id, png(60, 90, 3), "tweede.png")
        widget.status.setText("")
        files.save(folder / f"{language}-{index}.pdf")
        save.trigger()
        qtbot.waitUntil(lambda: saved in widget.status.text(), timeout=30_000)
    text = " ".join(p.extract_text() for p in PdfReader(folder / f"{language}-2.pdf").pages)
    return " ".join(text.split())


def test_the_log_counts_one_item_as_one_in_english(
    qtbot: QtBot, open_tab: Callable[..., Opened], files: FileDialogs, documents: Path
) -> None:
    opened = open_tab(one, dc.IncidentType.CYBERBULLYING)
    text = saved_logs(qtbot, opened, files, documents, "en")
    assert text.count(", 1 item, PDF SHA-256") == 1, text
    assert text.count(", 2 items, PDF SHA-256") == 1, text
    assert "1 items" not in text


def test_the_log_counts_one_item_as_one_in_dutch(
    qtbot: QtBot, open_tab: Callable[..., Opened], files: FileDialogs, documents: Path
) -> None:
    opened = open_tab(one, dc.IncidentType.CYBERBULLYING)
    assert i18n.install("nl")
    try:
        text = saved_logs(qtbot, opened, files, documents, "nl")
    finally:
        i18n.install("en")
    assert text.count(", 1 stuk, SHA-256 van de PDF") == 1, text
    assert text.count(", 2 stukken, SHA-256 van de PDF") == 1, text
    assert "1 stukken" not in text
