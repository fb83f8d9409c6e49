"""A file recorded as "may be a sexual image of a minor, not kept" is refused when it is added
again, through the evidence tab's real wiring (walk G, finding 1), and a stored copy of such a
file stops the police export before anything is asked or written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.evidence.evidence_dialogs import IntakeDialog
from tests import media
from tests.ui.conftest import Opened, add_files
from tests.ui.drive import FileDialogs, Modals, click
from tests.ui.test_evidence_ui import describe

FILES = dict((name, data) for name, _category, data in media.made("development"))


def test_a_withheld_video_added_again_and_answered_no_is_refused_naming_the_record(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    def withheld(session: CaseFileSession, case_id: int) -> None:
        session.evidence.add_bytes(case_id, FILES["filmpje.mov"], "filmpje.mov",
                                   description="Beschrijving",
                                   minor_sexual=True, where="Snapchat")  # fmt: skip

    opened = open_tab(withheld)
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    clip = tmp_path / "kopie.mov"
    clip.write_bytes(FILES["filmpje.mov"])
    note = tmp_path / "notitie.txt"
    note.write_bytes(b"De leerling liet het filmpje zien.\n")
    # Refused before the dialog, which then asks about the note only (guardE: the refusal
    # came after the form was filled in).
    names: list[str] = []

    def note_only(dialog: QWidget) -> None:
        assert isinstance(dialog, IntakeDialog)
        label = dialog.findChild(QLabel, "files")
        assert label is not None
        names.append(label.text())
        describe(qtbot, minor=None)(dialog)  # plain text: not asked

    modals.answer(QMessageBox.StandardButton.Ok)  # 1 file cannot be added
    modals.expect(IntakeDialog, note_only)
    add_files(qtbot, widget, files, [clip, note])
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2, timeout=30_000)
    modals.wait_done()
    told = modals.texts[0]
    assert "kopie.mov is the same file (identical SHA-256) as B-001 in this case," in told
    assert "Nothing was stored" in told
    assert told.endswith("\n\nThe other file goes on to the next window: notitie.txt")
    assert names == ["1 file: notitie.txt"]
    assert widget.status.text() == "1 added, 1 not added."
    rows = evidence.items(case_id)
    assert [(r.number, r.original_name, r.stored) for r in rows] == [
        ("B-001", "filmpje.mov", False),
        ("B-002", "notitie.txt", True),
    ]


def test_the_police_export_refuses_a_stored_copy_of_withheld_bytes_before_asking_anything(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    def stored_then_withheld(session: CaseFileSession, case_id: int) -> None:
        # Stored first; later the same file answered "yes" and the stored one kept for now.
        session.evidence.add_bytes(case_id, FILES["foto.jpg"], "foto.jpg", minor_sexual=False)
        session.evidence.add_bytes(
            case_id, FILES["foto.jpg"], "foto.jpg", description="Beschrijving", minor_sexual=True
        )

    opened = open_tab(stored_then_withheld, dc.IncidentType.SEXTORTION)
    widget = opened.widget
    number = opened.evidence.cases.get_case(opened.case_id).number
    stick = tmp_path / "usb"
    stick.mkdir()
    modals.answer(QMessageBox.StandardButton.Ok)
    export = widget.findChild(QPushButton, "export_police")
    assert export is not None
    click(qtbot, export)
    qtbot.waitUntil(lambda: bool(modals.texts), timeout=10_000)
    told = modals.texts[-1]
    assert (
        f"The stored original of B-001 is the same file (identical SHA-256) as B-002 in {number}"
        in told
    ), told
    assert "Nothing was exported" in told and "Mark as possibly sexual image…" in told, told
    modals.wait_done()
    qtbot.wait(200)
    # Neither who receives it nor the folder was asked; nothing was written.
    assert not isinstance(QApplication.activeModalWidget(), QInputDialog)
    assert list(stick.iterdir()) == []
