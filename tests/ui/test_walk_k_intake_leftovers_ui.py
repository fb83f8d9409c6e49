"""Walk K leftovers at intake, through the real window on a real case file: Add > Files… (only the
OS file chooser patched), a drop as the file manager sends it, Ctrl+V with real image bytes.

- A file already stored in this case is refused before the intake form, on every path, in the
  same box as a file recorded as withheld, counted right when several come at once (finding
  15: it was refused only after its form was filled in, and the typed description was lost).
- A pasted image is recorded as "pasted image" in the window's language, not "pasted.png", also
  on the evidence log; after a paste recorded as not kept the line under the list says so
  (finding 26: it went blank).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.domain import evidence as de
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.common import i18n
from adviser_desk.ui.evidence.evidence_dialogs import IntakeDialog
from tests import media
from tests.ui.conftest import Opened, add_files
from tests.ui.drive import FileDialogs, Modals, click, press_ok
from tests.ui.test_evidence_ui import describe, png
from tests.ui.test_guard_walk_g_ui import press_ctrl_v
from tests.ui.test_withheld_before_form_ui import drop, no_dialog_follows

FILES = {name: data for name, _category, data in media.made("development")}
CHAT = b"[20:14] nep_3b: stuur nou die foto\n"
PHOTO = png(64, 48, 3)


def stored_here(session: CaseFileSession, case_id: int) -> None:
    """B-001 a chat export, B-002 a photo, B-003 a film answered "yes, or not sure"."""
    session.evidence.add_bytes(case_id, CHAT, "chat.txt")
    session.evidence.add_bytes(case_id, PHOTO, "foto.png", minor_sexual=False)
    session.evidence.add_bytes(case_id, FILES["filmpje.mp4"], "filmpje.mp4",
                               description="Filmpje van een leerling", minor_sexual=True,
                               where="Snapchat", seen_by="mentor")  # fmt: skip


@pytest.fixture
def dutch() -> Iterator[Callable[[QtBot], None]]:
    """Switches the window to Dutch when called (after the case is open), as Settings does."""

    def switch(qtbot: QtBot) -> None:
        assert i18n.install("nl")
        qtbot.wait(200)  # the language change reaches every window

    yield switch
    i18n.install("en")


def test_files_already_here_are_refused_with_a_withheld_one_before_any_form(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    """The walk's case: a withheld film and a chat export already here, chosen together."""
    opened = open_tab(stored_here)
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    film, chat = tmp_path / "video.mp4", tmp_path / "chat.txt"
    film.write_bytes(FILES["filmpje.mp4"])
    chat.write_bytes(CHAT)
    modals.answer(QMessageBox.StandardButton.Ok)
    add_files(qtbot, widget, files, [film, chat])
    modals.wait_done()
    no_dialog_follows(qtbot, widget)
    (told,) = modals.texts
    assert told == (
        "video.mp4 is the same file (identical SHA-256) as B-003 in this case, recorded as "
        "possibly a nude or sexual image of someone under 18 and deliberately not kept. Such a "
        "file is never stored. Nothing was stored.\n\n"
        "chat.txt is already B-001 in this case; it is not added twice."
    )
    assert widget.status.text() == "2 not added."
    assert evidence.count(case_id) == 3


def test_two_already_here_and_a_new_one_the_new_one_goes_on_to_the_form(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    opened = open_tab(stored_here)
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    chat, photo, new = tmp_path / "chat.txt", tmp_path / "IMG_0042.png", tmp_path / "nieuw.png"
    chat.write_bytes(CHAT)
    photo.write_bytes(PHOTO)  # the same bytes as B-002, under another name
    new.write_bytes(png(80, 40, 11))
    boxes: list[tuple[str, str]] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        boxes.append((box.windowTitle(), box.text()))
        mark = box.findChild(QPushButton, "mark_damaged")
        assert mark is None or not mark.isVisible()  # nothing damaged to mark here
        click(qtbot, box.button(QMessageBox.StandardButton.Ok))

    names: list[str] = []

    def form(dialog: QWidget) -> None:
        assert isinstance(dialog, IntakeDialog)
        label = dialog.findChild(QLabel, "files")
        assert label is not None
        names.append(label.text())
        describe(qtbot, minor=False)(dialog)

    modals.expect(QMessageBox, read)
    modals.expect(IntakeDialog, form)
    add_files(qtbot, widget, files, [chat, photo, new])
    modals.wait_done()
    qtbot.waitUntil(lambda: evidence.count(case_id) == 4, timeout=20_000)
    assert boxes == [
        (
            "2 files cannot be added",
            "chat.txt is already B-001 in this case; it is not added twice.\n\n"
            "IMG_0042.png is already B-002 in this case; it is not added twice. If it may "
            "show someone under 18 naked or sexually, select B-002 and choose “Mark as "
            "possibly sexual image…”.\n\n"
            "The other file goes on to the next window: nieuw.png",
        )
    ]
    assert names == ["1 file: nieuw.png"]
    qtbot.waitUntil(lambda: not widget.busy)
    assert widget.status.text() == "1 added, 2 not added."
    assert evidence.items(case_id)[-1].original_name == "nieuw.png"


def test_a_dropped_file_already_here_is_refused_and_no_form_opens(
    qtbot: QtBot, open_tab: Callable[..., Opened], tmp_path: Path, modals: Modals
) -> None:
    opened = open_tab(stored_here, dc.IncidentType.CYBERBULLYING)
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    photo = tmp_path / "doorgestuurd.png"
    photo.write_bytes(PHOTO)
    titles: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        titles.append(box.windowTitle())
        modals.texts.append(box.text())
        click(qtbot, box.button(QMessageBox.StandardButton.Ok))

    modals.expect(QMessageBox, read)
    drop(widget, [photo])
    modals.wait_done()
    no_dialog_follows(qtbot, widget)
    assert titles == ["File cannot be added"]
    assert modals.texts[-1].startswith("doorgestuurd.png is already B-002 in this case;")
    assert widget.status.text() == "1 not added."
    assert evidence.count(case_id) == 3


@pytest.mark.usefixtures("clipboard")
def test_pasted_bytes_already_here_are_refused_before_the_form_in_dutch(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    modals: Modals,
    dutch: Callable[[QtBot], None],
) -> None:
    opened = open_tab(stored_here)
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    dutch(qtbot)
    mime = QMimeData()
    mime.setData("image/png", PHOTO)
    QGuiApplication.clipboard().setMimeData(mime)
    modals.answer(QMessageBox.StandardButton.Ok)
    press_ctrl_v(qtbot, widget)
    modals.wait_done()
    no_dialog_follows(qtbot, widget)
    assert modals.texts[-1] == (
        "De geplakte afbeelding is al B-002 in deze zaak en wordt niet nog eens toegevoegd. "
        "Kan het iemand onder de 18 naakt of seksueel tonen? Selecteer dan B-002 en kies "
        "‘Markeren als mogelijk seksueel beeld…’."
    )
    assert widget.status.text() == "1 niet toegevoegd."
    assert evidence.count(case_id) == 3


@pytest.mark.usefixtures("clipboard")
def test_a_paste_not_kept_is_named_pasted_image_in_dutch_and_the_line_says_so(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    modals: Modals,
    files: FileDialogs,
    documents: Path,
    dutch: Callable[[QtBot], None],
) -> None:
    opened = open_tab()
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    dutch(qtbot)
    mime = QMimeData()
    mime.setData("image/png", png(72, 54, 5))
    QGuiApplication.clipboard().setMimeData(mime)

    def yes(dialog: QWidget) -> None:
        assert isinstance(dialog, IntakeDialog)
        qtbot.keyClicks(dialog.description, "screenshot met een naaktfoto")
        click(qtbot, dialog.minor_yes)
        qtbot.keyClicks(dialog.where, "Snapchat-groep 3B")
        qtbot.keyClicks(dialog.seen_by, "de mentor")
        press_ok(qtbot)(dialog)

    modals.expect(IntakeDialog, yes)
    press_ctrl_v(qtbot, widget)
    modals.wait_done()
    qtbot.waitUntil(lambda: evidence.count(case_id) == 1, timeout=20_000)
    (row,) = evidence.items(case_id)
    assert row.kind == de.EvidenceKind.WITHHELD and row.original_name == "geplakte afbeelding"
    assert widget.status.text() == "1 beschreven, niet opgeslagen."
    assert widget.model.index(0, 2).data().split("\n")[1].startswith("geplakte afbeelding (")
    # The evidence log for the police prints the same name, not "pasted.png".
    log = widget.findChild(QPushButton, "evidence_log")
    assert log is not None
    # Its menu was built when the window opened, in English.
    (save,) = [a for a in log.menu().actions() if a.text().replace("&", "") == "Save as PDF…"]
    files.save(documents / "bewijslijst.pdf")
    save.trigger()
    qtbot.waitUntil(
        lambda: "niet versleuteld" in widget.status.text() and not widget.busy, timeout=30_000
    )
    text = " ".join(
        " ".join(p.extract_text().split()) for p in PdfReader(documents / "bewijslijst.pdf").pages
    )
    assert "geplakte afbeelding (image/png)" in text, text
    assert "pasted" not in text
    assert QApplication.activeModalWidget() is None
