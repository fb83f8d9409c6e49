"""What walk I found in evidence intake, through the real window in Dutch: files chosen in the
(patched) file chooser, Ctrl+V pressed on the list, the intake form filled in and OK clicked.

- Pasted bytes are named "De geplakte afbeelding" in every refusal, before the form and when
  storing, not "pasted.png", a name the app made up (finding 11).
- One of two chosen files refused: the box and the status line count right, in singular or
  plural, and never say "0 niet toegevoegd" (finding 12).
- Export for the police with files waiting for the question about minors: the question says
  it is asked before the export, and Later is told as "nothing was exported" naming the files
  that wait, not a silent cancel (finding 26).
- For a film, an archive or a document the question does not send the adviser to Quick view,
  which shows pictures only, and Quick view says so (finding 24).
- The removal form names the stored copies in other cases that go with the file, before the
  adviser confirms (finding 25).
- A file hashed before the form (a withheld record is in the case file) is not hashed again
  when stored unchanged; one changed meanwhile is.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.services import evidence_intake
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.common import i18n
from adviser_desk.ui.evidence.evidence_dialogs import IntakeDialog
from adviser_desk.ui.evidence.mark_dialog import MarkDialog
from tests import media
from tests.ui.conftest import Opened, add_files
from tests.ui.drive import (
    FileDialogs,
    Modals,
    activate,
    button_named,
    click,
    click_row,
    press_ok,
)

FILES = {name: data for name, _category, data in media.made("development")}


@pytest.fixture
def dutch() -> Iterator[Callable[[], None]]:
    """Walk I was in Dutch: switched on once the case's Evidence tab is open (the helpers
    that open it click tabs by their English names)."""
    yield lambda: None if i18n.install("nl") else pytest.fail("no Dutch catalogue")
    i18n.install("en")


def withheld_photo(session: CaseFileSession, case_id: int) -> None:
    """B-001: a photo answered "yes, or not sure" (its bytes not kept)."""
    session.evidence.add_bytes(case_id, FILES["foto.png"], "foto.png",
                               description="Beschrijving",
                               minor_sexual=True, marked_sexual=True, where="TikTok",
                               seen_by="klas")  # fmt: skip


def filled_in(qtbot: QtBot, minor: bool | None = None) -> Callable[[QWidget], None]:
    """The intake form in Dutch: a description, how it came, the answer where asked, OK."""

    def handler(dialog: QWidget) -> None:
        assert isinstance(dialog, IntakeDialog)
        qtbot.keyClicks(dialog.description, "Chat uit de klassenapp")
        qtbot.keyClicks(dialog.source, "Getoond door de leerling")
        if minor is False and dialog.ask_minor:
            click(qtbot, dialog.minor_no)
        press_ok(qtbot)(dialog)

    return handler


def paste(qtbot: QtBot, opened: Opened, fmt: str, data: bytes) -> None:
    mime = QMimeData()
    mime.setData(fmt, data)
    QGuiApplication.clipboard().setMimeData(mime)
    activate(qtbot, opened.window)
    opened.widget.table.setFocus()
    qtbot.keyClick(opened.widget.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


@pytest.mark.usefixtures("clipboard")
def test_pasted_bytes_are_called_the_pasted_image_in_every_refusal(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals, dutch: Callable[[], None]
) -> None:
    opened = open_tab(withheld_photo, dc.IncidentType.CYBERBULLYING)
    dutch()
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    titles: list[str] = []

    def note_and_ok(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        titles.append(box.windowTitle())
        click(qtbot, box.button(QMessageBox.StandardButton.Ok))

    # Bytes recorded as withheld: refused before the form, with the dialog's title.
    modals.expect(QMessageBox, note_and_ok)
    paste(qtbot, opened, "image/png", FILES["foto.png"])
    modals.wait_done()
    assert modals.texts[-1].startswith(
        "De geplakte afbeelding is precies hetzelfde bestand (dezelfde SHA-256) als "
        # Withheld in the case on screen: "in this case" since 86cd7bf (walk L, 26a).
        "B-001 in deze zaak, "
    ), modals.texts[-1]
    assert "pasted" not in modals.texts[-1]
    assert titles == ["Bestand kan niet worden toegevoegd"]
    assert widget.status.text() == "1 niet toegevoegd."
    # Already in the case: refused before the form now (walk K, finding 15), named the same way.
    modals.expect(IntakeDialog, filled_in(qtbot))
    paste(qtbot, opened, "image/jpeg", FILES["foto.jpg"])
    modals.wait_done()
    qtbot.waitUntil(lambda: evidence.count(case_id) == 2, timeout=20_000)
    modals.answer(QMessageBox.StandardButton.Ok)
    paste(qtbot, opened, "image/jpeg", FILES["foto.jpg"])
    modals.wait_done()
    assert modals.texts[-1].startswith(
        "De geplakte afbeelding is al B-002 in deze zaak en wordt niet nog eens toegevoegd."
    ), modals.texts[-1]
    assert evidence.count(case_id) == 2
    # The record names it as the form did, in the window's language (walk K, finding 26).
    assert evidence.items(case_id)[-1].original_name == "geplakte afbeelding"


def choose(
    qtbot: QtBot, opened: Opened, files: FileDialogs, modals: Modals, paths: list[Path]
) -> list[tuple[str, str]]:
    """Chooses ``paths`` with Add > Files…, notes the refusal box (title, text) and clicks its
    OK, then fills in the form for the rest; returns the boxes seen."""
    boxes: list[tuple[str, str]] = []

    def note_and_ok(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        boxes.append((box.windowTitle(), box.text()))
        click(qtbot, box.button(QMessageBox.StandardButton.Ok))

    modals.expect(QMessageBox, note_and_ok)
    modals.expect(IntakeDialog, filled_in(qtbot, minor=False))
    add_files(qtbot, opened.widget, files, paths)
    modals.wait_done()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None and not opened.widget.busy)
    return boxes


def test_one_of_two_files_refused_is_counted_in_the_singular_and_told_as_not_added(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
    dutch: Callable[[], None],
) -> None:
    opened = open_tab(withheld_photo)
    dutch()
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    photo, chat = tmp_path / "photo.png", tmp_path / "chat.txt"
    photo.write_bytes(FILES["foto.png"])
    chat.write_text("Milan: stuur door\n", encoding="utf-8")
    ((title, text),) = choose(qtbot, opened, files, modals, [photo, chat])
    assert title == "1 bestand kan niet worden toegevoegd"
    assert text.startswith("photo.png is precies hetzelfde bestand"), text
    # Nothing is stored before the form, so not "wordt toegevoegd" after "niets opgeslagen".
    assert text.endswith("\n\nHet andere bestand gaat door naar het volgende venster: chat.txt")
    assert "toegevoegd" not in text.split("\n\n")[-1]
    qtbot.waitUntil(lambda: evidence.count(case_id) == 2, timeout=20_000)
    assert widget.status.text() == "1 toegevoegd, 1 niet toegevoegd."

    # Two of four refused (withheld bytes and an empty file): plural all through.
    empty, note, shot = tmp_path / "leeg.jpg", tmp_path / "notitie.txt", tmp_path / "shot.jpg"
    empty.write_bytes(b"")
    note.write_text("De leerling vertelde het.\n", encoding="utf-8")
    shot.write_bytes(FILES["foto.jpg"])
    ((title, text),) = choose(qtbot, opened, files, modals, [photo, empty, note, shot])
    assert title == "2 bestanden kunnen niet worden toegevoegd"
    assert text.endswith(
        "\n\nDe 2 andere bestanden gaan door naar het volgende venster: notitie.txt, shot.jpg"
    ), text
    qtbot.waitUntil(lambda: evidence.count(case_id) == 4, timeout=20_000)
    assert widget.status.text() == "2 toegevoegd, 2 niet toegevoegd."


def waiting_photo_and_film(session: CaseFileSession, case_id: int) -> None:
    """A photo and a film stored in a fake-account case, which then became an exposing case:
    both wait for the question about minors."""
    session.evidence.add_bytes(case_id, FILES["foto.jpg"], "foto.jpg", "Profielfoto")
    session.evidence.add_bytes(case_id, FILES["filmpje.mp4"], "filmpje.mp4", "Filmpje")
    draft = session.cases.get_case(case_id).draft
    draft.incident_types = [dc.IncidentType.FAKE_ACCOUNT, dc.IncidentType.EXPOSING]
    session.cases.update_case(case_id, draft)


def test_later_on_the_police_export_says_nothing_was_exported_and_why(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    modals: Modals,
    files: FileDialogs,
    tmp_path: Path,
    dutch: Callable[[], None],
) -> None:
    opened = open_tab(waiting_photo_and_film, dc.IncidentType.FAKE_ACCOUNT)
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    assert [r.number for r in evidence.pending(case_id)] == ["B-001", "B-002"]
    dutch()
    export = widget.findChild(QPushButton, "export_police")
    assert export is not None
    asked: list[str] = []
    told: list[tuple[str, str]] = []

    def answer(button: str) -> Callable[[QWidget], None]:
        def handler(box: QWidget) -> None:
            assert isinstance(box, QMessageBox) and box.objectName() == "pending_question"
            asked.append(box.text())
            click(qtbot, button_named(box, button))

        return handler

    def note_and_ok(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and box.objectName() == "result_box"
        told.append((box.windowTitle(), box.text()))
        click(qtbot, box.button(QMessageBox.StandardButton.Ok))

    stick = tmp_path / "usb"
    stick.mkdir()
    modals.expect(QMessageBox, answer("Later"))
    modals.expect(QMessageBox, note_and_ok)
    click(qtbot, export)
    modals.wait_done()
    assert asked[0].startswith(
        "Gevraagd vóór de export voor de politie: er wordt niets geëxporteerd zolang een "
        "bestand op dit antwoord wacht.\n\nB-001, foto.jpg — "
    ), asked[0]
    sentence = "Er is niets geëxporteerd: B-001, B-002 wachten nog op de vraag over minderjarigen."
    assert told == [("Exporteren voor de politie", sentence)]
    assert widget.status.text() == sentence
    # "Nee" for the photo, Later for the film: one waits, said in the singular.
    modals.expect(QMessageBox, answer("Nee, bewaren"))
    modals.expect(QMessageBox, answer("Later"))
    modals.expect(QMessageBox, note_and_ok)
    click(qtbot, export)
    modals.wait_done()
    assert told[-1][1] == (
        "Er is niets geëxporteerd: B-002 wacht nog op de vraag over minderjarigen."
    )
    assert list(stick.iterdir()) == []
    assert [r.number for r in evidence.pending(case_id)] == ["B-002"]


class CountingHashlib:
    """The intake module's hashlib, counting what goes through SHA-256 and from which thread."""

    def __init__(self) -> None:
        self.hashed: list[int] = []

    def sha256(self, data: bytes = b"") -> Any:
        counter = self

        class Counted:
            def __init__(self) -> None:
                self.inner = hashlib.sha256()
                self.size = 0

            def update(self, chunk: bytes) -> None:
                self.size += len(chunk)
                self.inner.update(chunk)

            def hexdigest(self) -> str:
                counter.hashed.append(self.size)
                return self.inner.hexdigest()

        counted = Counted()
        counted.update(data)
        return counted


def test_a_file_hashed_before_the_form_is_not_hashed_again_unless_it_changed(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With a withheld record in the case file, every chosen file is hashed before the form
    (to refuse withheld bytes at once). Storing it unchanged takes that SHA-256; a file that
    changed meanwhile (here while the form was open) is hashed again, and what is stored is
    the hash of what was stored."""
    opened = open_tab(withheld_photo, dc.IncidentType.CYBERBULLYING)
    evidence, case_id = opened.evidence, opened.case_id
    counting = CountingHashlib()
    monkeypatch.setattr(evidence_intake, "hashlib", counting)
    film, note = tmp_path / "film.bin", tmp_path / "groot.bin"
    film.write_bytes(FILES["filmpje.mp4"])
    note.write_bytes(bytes(range(256)) * 4096)  # 1 MB, beyond the look's image reading
    modals.expect(IntakeDialog, filled_in(qtbot))
    add_files(qtbot, opened.widget, files, [film, note])
    modals.wait_done()
    qtbot.waitUntil(lambda: evidence.count(case_id) == 3, timeout=20_000)
    # Each file once: before the form.
    assert sorted(counting.hashed) == sorted([film.stat().st_size, note.stat().st_size])
    rows = evidence.items(case_id)
    assert [r.sha256 for r in rows[1:]] == [
        hashlib.sha256(film.read_bytes()).hexdigest(),
        hashlib.sha256(note.read_bytes()).hexdigest(),
    ]

    # Changed while the form was open (same size, other bytes, a later time): hashed again.
    changed = tmp_path / "later.bin"
    changed.write_bytes(b"a" * 300_000)
    counting.hashed.clear()

    def change_then_fill(dialog: QWidget) -> None:
        changed.write_bytes(b"b" * 300_000)
        info = changed.stat()
        os.utime(changed, ns=(info.st_atime_ns, info.st_mtime_ns + 2_000_000_000))
        filled_in(qtbot)(dialog)

    modals.expect(IntakeDialog, change_then_fill)
    add_files(qtbot, opened.widget, files, [changed])
    modals.wait_done()
    qtbot.waitUntil(lambda: evidence.count(case_id) == 4, timeout=20_000)
    assert counting.hashed == [300_000, 300_000]
    stored = evidence.items(case_id)[-1]
    assert stored.sha256 == hashlib.sha256(b"b" * 300_000).hexdigest()
    assert evidence.original(stored.item_id) == b"b" * 300_000


def test_the_question_and_quick_view_say_a_film_is_not_shown_here(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    modals: Modals,
    dutch: Callable[[], None],
) -> None:
    """Walk I, finding 24: the question said "Kies Later en gebruik Bekijken" for a film too,
    and Bekijken then showed a bare SHA-256."""
    opened = open_tab(waiting_photo_and_film, dc.IncidentType.FAKE_ACCOUNT)
    widget = opened.widget
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2)
    dutch()
    asked: list[str] = []

    def later(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and box.objectName() == "pending_question"
        asked.append(box.text())
        click(qtbot, button_named(box, "Later"))

    answer = widget.findChild(QPushButton, "withhold")
    assert answer is not None
    for row in (0, 1):  # the photo, the film
        click_row(qtbot, widget.table, row)
        modals.expect(QMessageBox, later)
        click(qtbot, answer)
        modals.wait_done()
    photo, film = (text.split("\n\n")[-1] for text in asked)
    assert photo.startswith("Wil je het eerst bekijken? Kies Later en gebruik Bekijken;")
    assert film.startswith(
        "Adviser Desk kan dit bestand niet tonen: Bekijken toont alleen afbeeldingen. Wil je "
        "het eerst bekijken? Kies Later en open het waar je het kreeg"
    ), film
    # Quick view (Bekijken) on the film says why it shows only the description and hash.
    click_row(qtbot, widget.table, 1)
    modals.answer(QMessageBox.StandardButton.Ok)
    click(qtbot, button_named(widget, "Quick view"))  # built before the switch to Dutch
    modals.wait_done()
    lines = modals.texts[-1].split("\n")
    assert lines[-2] == (
        "Bekijken toont alleen afbeeldingen. Wil je dit bestand bekijken, open het dan waar je "
        "het kreeg; wat hier is opgeslagen, blijft onveranderd bewaard."
    ), lines
    assert lines[-1].startswith("SHA-256: ")


def waiting_here_stored_elsewhere(session: CaseFileSession, case_id: int) -> None:
    """Another case holds the photo (B-001 there); here it waits for the question (B-001)."""
    other = session.cases.create_case(
        dc.CaseDraft(title="Andere zaak", incident_types=[dc.IncidentType.THREATS])
    )
    session.evidence.add_bytes(other, FILES["foto.webp"], "foto.webp", "Zelfde foto")
    session.evidence.add_bytes(case_id, FILES["foto.webp"], "foto.webp", "Profielfoto")
    draft = session.cases.get_case(case_id).draft
    draft.incident_types = [dc.IncidentType.FAKE_ACCOUNT, dc.IncidentType.EXPOSING]
    session.cases.update_case(case_id, draft)


def test_the_removal_form_names_the_copies_in_other_cases_before_confirming(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    modals: Modals,
    dutch: Callable[[], None],
) -> None:
    """Walk I, finding 25: the form said only "Opgeslagen kopieën van hetzelfde bestand gaan
    ook weg"; which ones the status line said after the removal."""
    opened = open_tab(waiting_here_stored_elsewhere, dc.IncidentType.FAKE_ACCOUNT)
    widget, evidence = opened.widget, opened.evidence
    other = next(c for c in evidence.cases.list_cases() if c.case_id != opened.case_id)
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1)
    dutch()
    shown: list[str] = []

    def yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and box.objectName() == "pending_question"
        click(qtbot, button_named(box, "Ja, of niet zeker…"))

    def read_and_keep(dialog: QWidget) -> None:
        assert isinstance(dialog, MarkDialog)
        shown.extend(label.text() for label in dialog.findChildren(QLabel))
        click(qtbot, button_named(dialog, "Nu nog bewaren"))

    click_row(qtbot, widget.table, 0)
    modals.expect(QMessageBox, yes)
    modals.expect(MarkDialog, read_and_keep)
    click(qtbot, widget.findChild(QPushButton, "withhold"))
    modals.wait_done()
    (warning,) = [text for text in shown if "voorgoed uit het zaakbestand" in text]
    assert "Opgeslagen kopieën" not in warning
    assert warning.endswith(
        "Hetzelfde bestand is ook opgeslagen als het stuk hieronder; het origineel daarvan "
        f"wordt ook verwijderd:\n• B-001 in zaak {other.number}: foto.webp\n"
        # The same bytes, the same words (walk L, finding 20).
        "Deze kopie krijgt dezelfde beschrijving en dezelfde ‘waar’ en ‘wie’; de vorige "
        "beschrijving blijft in de tijdlijn van die zaak."
    ), warning
