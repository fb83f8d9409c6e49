"""Bytes recorded as "may be a sexual image of a minor, not kept" are refused as soon as they are
chosen, dropped or pasted, naming the record, before the intake form (guardE: the refusal came
only after the description, the source and the answer were filled in). Hashed in the worker
behind the progress window. The real wiring: Add > Files… (only the OS file chooser patched),
a drop as the file manager sends it, Ctrl+V; a real SQLCipher case file and real media files."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.services import evidence_intake
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.evidence.evidence_dialogs import IntakeDialog
from adviser_desk.ui.evidence.evidence_tab import EvidenceTab
from tests import media
from tests.ui.conftest import Opened, add_files
from tests.ui.drive import FileDialogs, Modals, activate
from tests.ui.test_evidence_ui import describe

FILES = {name: data for name, _category, data in media.made("development")}


def withheld(session: CaseFileSession, case_id: int) -> None:
    """B-001 a film and B-002 a photo, answered "yes, or not sure": their bytes not kept."""
    session.evidence.add_bytes(case_id, FILES["filmpje.mp4"], "filmpje.mp4",
                               description="Beschrijving",
                               minor_sexual=True, marked_sexual=True, where="Snapchat",
                               seen_by="mentor")  # fmt: skip
    session.evidence.add_bytes(case_id, FILES["foto.png"], "foto.png",
                               description="Beschrijving",
                               minor_sexual=True, marked_sexual=True, where="TikTok",
                               seen_by="klas")  # fmt: skip


def no_dialog_follows(qtbot: QtBot, widget: EvidenceTab) -> None:
    qtbot.waitUntil(lambda: not widget.busy)
    qtbot.wait(200)
    assert QApplication.activeModalWidget() is None


def test_a_chosen_withheld_file_is_refused_before_the_form_naming_the_record(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Another case, not sexual: the question would not even be asked there.
    opened = open_tab(withheld)
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    film = tmp_path / "doorgestuurd.mp4"
    film.write_bytes(FILES["filmpje.mp4"])
    note = tmp_path / "notitie.txt"
    note.write_bytes(b"De leerling liet het filmpje zien.\n")
    # The hashing runs in the worker, not on the GUI thread.
    threads: list[bool] = []
    digest = evidence_intake.stamped_digest

    def watched(path: Path) -> tuple[str, evidence_intake.FileStamp | None]:
        threads.append(threading.current_thread() is threading.main_thread())
        return digest(path)

    monkeypatch.setattr(evidence_intake, "stamped_digest", watched)
    names: list[str] = []

    def note_only(dialog: QWidget) -> None:
        assert isinstance(dialog, IntakeDialog)
        label = dialog.findChild(QLabel, "files")
        assert label is not None
        names.append(label.text())
        describe(qtbot, minor=None)(dialog)

    modals.answer(QMessageBox.StandardButton.Ok)
    modals.expect(IntakeDialog, note_only)
    add_files(qtbot, widget, files, [film, note])
    modals.wait_done()
    qtbot.waitUntil(lambda: evidence.count(case_id) == 3, timeout=30_000)
    told = modals.texts[0]
    assert told.startswith(
        "doorgestuurd.mp4 is the same file (identical SHA-256) as B-001 in this case,"
    ), told
    assert told.endswith("\n\nThe other file goes on to the next window: notitie.txt")
    # Asked before any question now, so no "whatever the answer now" (walk I, finding 10).
    assert "Such a file is never stored. Nothing was stored." in told
    assert names == ["1 file: notitie.txt"]
    assert threads and not any(threads)
    assert [r.original_name for r in evidence.items(case_id)][-1] == "notitie.txt"


def test_a_withheld_file_beyond_the_quick_look_is_refused_before_the_form_too(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    """The 21st file of a batch is not looked at as an image, but is hashed all the same."""
    opened = open_tab(withheld)
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    notes = []
    for i in range(evidence_intake.QUICK_IMAGE_FILES):
        notes.append(tmp_path / f"notitie{i:02d}.txt")
        notes[-1].write_bytes(f"Notitie {i}\n".encode())
    photo = tmp_path / "zz_foto.png"
    photo.write_bytes(FILES["foto.png"])
    modals.answer(QMessageBox.StandardButton.Ok)
    modals.expect(IntakeDialog, describe(qtbot, minor=None))
    add_files(qtbot, widget, files, [*notes, photo])
    modals.wait_done()
    # The list shows the new rows once storing has reported (the rows are in the file before
    # that: waiting for those ended the test while the worker ran, and the close hung).
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2 + len(notes), timeout=30_000)
    assert evidence.count(case_id) == 2 + len(notes)
    assert "zz_foto.png is the same file (identical SHA-256) as B-002" in modals.texts[0]


def drop(widget: EvidenceTab, paths: list[Path]) -> None:
    """As the file manager's drag arrives: enter, move, drop."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPoint(20, 20), *args)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(widget, QDragMoveEvent(QPoint(20, 20), *args))
    QApplication.sendEvent(widget, QDropEvent(QPointF(20, 20), *args))


def test_a_dropped_withheld_file_is_refused_and_no_form_opens(
    qtbot: QtBot, open_tab: Callable[..., Opened], tmp_path: Path, modals: Modals
) -> None:
    opened = open_tab(withheld, dc.IncidentType.CYBERBULLYING)
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    photo = tmp_path / "IMG_0042.png"
    photo.write_bytes(FILES["foto.png"])
    modals.answer(QMessageBox.StandardButton.Ok)
    drop(widget, [photo])
    modals.wait_done()
    assert modals.texts[-1].startswith(
        "IMG_0042.png is the same file (identical SHA-256) as B-002 in this case,"
    )
    no_dialog_follows(qtbot, widget)
    assert evidence.count(case_id) == 2


@pytest.mark.usefixtures("clipboard")
def test_pasted_withheld_bytes_are_refused_before_the_form(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    opened = open_tab(withheld)
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    mime = QMimeData()
    mime.setData("image/png", FILES["foto.png"])
    QGuiApplication.clipboard().setMimeData(mime)
    modals.answer(QMessageBox.StandardButton.Ok)
    activate(qtbot, opened.window)
    widget.table.setFocus()
    qtbot.keyClick(widget.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    modals.wait_done()
    # Named as what it is, not by a file name the app made up (walk I, finding 11).
    assert modals.texts[-1].startswith(
        "The pasted image is the same file (identical SHA-256) as B-002 in this case,"
    )
    assert widget.status.text() == "1 not added."
    no_dialog_follows(qtbot, widget)
    assert evidence.count(case_id) == 2
    # Other pasted bytes go on to the form as before.
    other = QMimeData()
    other.setData("image/jpeg", FILES["foto.jpg"])
    QGuiApplication.clipboard().setMimeData(other)
    modals.expect(IntakeDialog, describe(qtbot, minor=False))
    activate(qtbot, opened.window)
    widget.table.setFocus()
    qtbot.keyClick(widget.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    modals.wait_done()
    qtbot.waitUntil(lambda: evidence.count(case_id) == 3, timeout=20_000)
