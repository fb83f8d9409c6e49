"""Cases past retention: the dialog's own Export summary… says where the PDF went, the purge
question then knows the summary was saved, and the purge says what it did (walk 12, W12-4: the
export was silent, the question still said to export first, and the list just emptied)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.ui.case.retention_dialog import RetentionDialog
from tests.ui.conftest import open_window
from tests.ui.drive import FileDialogs, Modals, button_named, click


def test_export_then_purge_say_what_they_did(
    qtbot: QtBot,
    closed_case: tuple[Path, str],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    path, _ = closed_case
    window = open_window(qtbot, path, modals, files)
    cases = window.cases
    assert cases is not None
    opened, closed = date(2020, 1, 6), date(2020, 3, 2)
    case_id = cases.create_case(
        dc.CaseDraft(
            title="Oude zaak", incident_types=[dc.IncidentType.EXPOSING], opened_on=opened
        ),
        today=opened,
    )
    number = cases.get_case(case_id).number
    draft = cases.get_case(case_id).draft
    draft.status = dc.CaseStatus.CLOSED
    cases.update_case(case_id, draft, today=closed)
    summary = tmp_path / "samenvatting.pdf"
    files.save(summary)
    said: list[str] = []

    def export_then_purge(dialog: QWidget) -> None:
        assert isinstance(dialog, RetentionDialog)
        assert not dialog.status.text()
        # Yes to "not encrypted", registered before the click that asks it.
        modals.answer(QMessageBox.StandardButton.Yes)
        click(qtbot, dialog.export_button)
        qtbot.waitUntil(lambda: "not encrypted" in dialog.status.text())
        said.append(dialog.status.text())
        modals.answer("Purge for good")
        click(qtbot, dialog.purge_button)
        qtbot.waitUntil(lambda: "purged for good" in dialog.status.text(), timeout=20_000)
        said.append(dialog.status.text())
        assert dialog.model.rowCount() == 0
        click(qtbot, button_named(dialog, "Close"))

    modals.expect(RetentionDialog, export_then_purge)
    window.act_retention.trigger()
    modals.wait_done()
    assert said[0] == f"Saved {summary}; not encrypted."
    question = modals.texts[1]
    assert f"The summary was saved as {summary}." in question
    assert "export it first" not in question
    assert said[1].startswith(f"Case {number} was purged for good.")
    assert "audit log keeps the case's events and that it was purged" in said[1]
    assert f"Its summary is at {summary}." in said[1]
    assert "Oude zaak" in PdfReader(summary).pages[0].extract_text()
    assert all(row.case_id != case_id for row in cases.list_cases())
    window.act_close.trigger()
