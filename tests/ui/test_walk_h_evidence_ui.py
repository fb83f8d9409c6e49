"""What walk H found in the Evidence tab (keyboard, Dutch, dark), through the real window: rows
clicked, files chosen in the (patched) file chooser, the Overview saved, keys pressed.

- After the refusal of a file whose bytes were withheld, the row selected before stays so
  (finding 12: B-001 was selected, and keyboard actions went to it).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.evidence.evidence_dialogs import IntakeDialog
from tests import media
from tests.ui.conftest import Opened, add_files
from tests.ui.drive import FileDialogs, Modals, click_row
from tests.ui.test_evidence_ui import describe

FILES = {name: data for name, _category, data in media.made("development")}


def test_the_selection_stays_after_withheld_bytes_are_refused(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    def withheld_and_note(session: CaseFileSession, case_id: int) -> None:
        session.evidence.add_bytes(case_id, FILES["foto.jpg"], "foto.jpg",
                                   minor_sexual=True, where="TikTok")  # fmt: skip
        session.evidence.add_bytes(case_id, b"De leerling vertelde het.\n", "notitie.txt")

    opened = open_tab(withheld_and_note)
    widget = opened.widget
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2)
    click_row(qtbot, widget.table, 1)
    copy = tmp_path / "foto.jpg"
    copy.write_bytes(FILES["foto.jpg"])
    modals.expect(IntakeDialog, describe(qtbot, minor=False))
    modals.answer(QMessageBox.StandardButton.Ok)  # Some files were not added
    add_files(qtbot, widget, files, [copy])
    modals.wait_done()
    qtbot.waitUntil(lambda: not widget.busy and QApplication.activeModalWidget() is None)
    assert "same file (identical SHA-256) as B-001" in modals.texts[-1]
    assert "0 added, 1 not added." in widget.status.text()
    assert [i.row() for i in widget.table.selectionModel().selectedRows()] == [1]
    assert widget.table.currentIndex().row() == 1
