"""Walk J, finding 16, through the real window in Dutch: in an exposing case the intake form
answered "Ja, of ik weet het niet zeker" with an empty description was accepted, and the record
of the file not kept read "Beschrijving: —"; its bytes are never stored, so nobody could
describe it later. Now the form refuses it with the removal form's words, the focus back in
the description and nothing typed lost, on every way a file comes in (Add > Files…, a drop,
Ctrl+V); the service refuses such a record too, whoever calls it. And (18c) the answer "no"
is said on the line under the list, as a removal is."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.domain import evidence as de
from adviser_desk.services.evidence_intake import Intake
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.common import i18n
from adviser_desk.ui.evidence.evidence_dialogs import IntakeDialog
from tests import media
from tests.ui.conftest import Opened, add_files
from tests.ui.drive import FileDialogs, Modals, activate, click, click_row, press_ok

FILES = {name: data for name, _category, data in media.made("development")}
REFUSAL = (
    "Beschrijf kort wat er te zien is, zonder het beeld te bewaren. Het bestand wordt niet "
    "bewaard: de beschrijving is alles wat ervan overblijft."
)


@pytest.fixture
def dutch() -> Iterator[Callable[[], None]]:
    yield lambda: None if i18n.install("nl") else pytest.fail("no Dutch catalogue")
    i18n.install("en")


def yes_without_then_with_description(
    qtbot: QtBot, seen: list[tuple[str, str, str, str]]
) -> Callable[[QWidget], None]:
    """Ja, where and who typed, OK with the description empty (refused: noted are the focus,
    what the other fields still hold and the placeholder), then the description and OK."""

    def handler(dialog: QWidget) -> None:
        assert isinstance(dialog, IntakeDialog)
        assert dialog.description.placeholderText() == ""
        click(qtbot, dialog.minor_yes)
        qtbot.keyClicks(dialog.where, "Snapchat-verhaal van @x")
        qtbot.keyClicks(dialog.seen_by, "klas 3B")
        press_ok(qtbot)(dialog)
        seen.append(
            (
                dialog.focusWidget().objectName(),
                dialog.where.text(),
                dialog.seen_by.text(),
                dialog.description.placeholderText(),
            )
        )
        qtbot.keyClicks(dialog.focusWidget(), "Naaktfoto van een leerling, gezicht zichtbaar")
        press_ok(qtbot)(dialog)

    return handler


def drop(qtbot: QtBot, opened: Opened, path: Path) -> None:
    """As the file manager's drag arrives: enter, move, drop."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    widget = opened.widget
    enter = QDragEnterEvent(QPoint(20, 20), *args)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(widget, QDragMoveEvent(QPoint(20, 20), *args))
    QApplication.sendEvent(widget, QDropEvent(QPointF(20, 20), *args))


def paste(qtbot: QtBot, opened: Opened, path: Path) -> None:
    mime = QMimeData()
    mime.setData("image/jpeg", path.read_bytes())
    QGuiApplication.clipboard().setMimeData(mime)
    activate(qtbot, opened.window)
    opened.widget.table.setFocus()
    qtbot.keyClick(opened.widget.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


@pytest.mark.usefixtures("clipboard")
@pytest.mark.parametrize("way", ["menu", "drop", "paste"])
def test_yes_at_intake_needs_a_description_and_stores_it_with_the_record(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
    dutch: Callable[[], None],
    way: str,
) -> None:
    opened = open_tab()  # an exposing case: the question is asked for every picture
    dutch()
    evidence, case_id = opened.evidence, opened.case_id
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(FILES["foto.jpg"])
    seen: list[tuple[str, str, str, str]] = []
    modals.expect(IntakeDialog, yes_without_then_with_description(qtbot, seen))
    modals.accept_box()
    if way == "menu":
        add_files(qtbot, opened.widget, files, [photo])
    elif way == "drop":
        drop(qtbot, opened, photo)
    else:
        paste(qtbot, opened, photo)
    modals.wait_done()
    qtbot.waitUntil(lambda: evidence.count(case_id) == 1, timeout=20_000)
    assert modals.texts == [REFUSAL]
    # The focus is in the description; where and who are still as typed.
    assert seen == [
        (
            "description",
            "Snapchat-verhaal van @x",
            "klas 3B",
            "verplicht: wat erop te zien is, in woorden",
        )
    ]
    (row,) = evidence.items(case_id)
    assert row.kind == de.EvidenceKind.WITHHELD and not row.stored
    assert row.description == "Naaktfoto van een leerling, gezicht zichtbaar"
    assert (row.location, row.seen_by) == ("Snapchat-verhaal van @x", "klas 3B")
    assert evidence.original(row.item_id) == b""


def test_the_service_refuses_a_record_not_kept_without_a_description(
    open_tab: Callable[..., Opened], tmp_path: Path
) -> None:
    """Whoever calls it (a script, a later form): no record of a file not kept is written
    without a description; one with only spaces counts as none. The batch's other files,
    and a file answered "no", are not held up by it."""
    opened = open_tab()
    evidence, case_id = opened.evidence, opened.case_id
    photo, film = tmp_path / "photo.jpg", tmp_path / "film.mp4"
    photo.write_bytes(FILES["foto.jpg"])
    film.write_bytes(FILES["filmpje.mp4"])
    yes = Intake("  ", minor_sexual=True, where="Snapchat", seen_by="klas 3B")
    result = evidence.add_files(case_id, [photo, film], yes)
    assert result.added == []
    assert [name for name, _exc in result.failed] == ["photo.jpg", "film.mp4"]
    assert str(result.failed[0][1]).startswith("photo.jpg was not recorded: a file not kept")
    assert evidence.items(case_id) == []
    described = Intake("Naaktfoto", minor_sexual=True, where="Snapchat", seen_by="klas 3B")
    assert len(evidence.add_files(case_id, [photo], described).added) == 1
    no = Intake(minor_sexual=False)
    assert len(evidence.add_files(case_id, [film], no).added) == 1


def waiting_photo(session: CaseFileSession, case_id: int) -> None:
    """B-001, a photo stored in a fake-account case that then became an exposing case: it
    waits for the question about minors."""
    session.evidence.add_bytes(case_id, FILES["foto.jpg"], "foto.jpg", "Profielfoto")
    draft = session.cases.get_case(case_id).draft
    draft.incident_types = [dc.IncidentType.FAKE_ACCOUNT, dc.IncidentType.EXPOSING]
    session.cases.update_case(case_id, draft)


def test_no_keep_it_is_said_on_the_line_under_the_list(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals, dutch: Callable[[], None]
) -> None:
    """Walk J, finding 18c: the removal said what it did under the list, "Nee, bewaren" said
    nothing (the orange line just went)."""
    opened = open_tab(waiting_photo, dc.IncidentType.FAKE_ACCOUNT)
    dutch()
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    click_row(qtbot, widget.table, 0)
    answer = widget.findChild(QPushButton, "withhold")
    assert answer is not None and answer.isEnabled()
    modals.answer("Nee, bewaren")
    click(qtbot, answer)
    modals.wait_done()
    qtbot.waitUntil(lambda: not evidence.items(case_id)[0].waits_for_answer)
    assert widget.status.text() == (
        "Bewaard: B-001 (antwoord: geen seksueel beeld van een minderjarige)."
    )


def stored_undescribed(session: CaseFileSession, _case_id: int) -> None:
    """B-001 of another case, a photo stored without a description (answered "no" then)."""
    draft = dc.CaseDraft(title="Eerder", incident_types=[dc.IncidentType.CYBERBULLYING])
    other = session.cases.create_case(draft)
    session.evidence.add_bytes(other, FILES["foto.jpg"], "foto.jpg", minor_sexual=False)


def test_a_copy_removed_after_intake_gets_the_intakes_description(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    """The same photo added in another case and answered "yes, or not sure": the stored B-001
    it is a copy of loses its original and keeps, as its description, the one typed at intake
    (it had none, and with its bytes gone nobody could give it one later). (In its own case
    the same file is refused before the form: walk K, finding 15.)"""
    opened = open_tab(stored_undescribed)
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    other = next(c.case_id for c in evidence.cases.list_cases() if c.case_id != case_id)
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(FILES["foto.jpg"])

    def yes(dialog: QWidget) -> None:
        assert isinstance(dialog, IntakeDialog)
        qtbot.keyClicks(dialog.description, "Naaktfoto van een leerling")
        click(qtbot, dialog.minor_yes)
        qtbot.keyClicks(dialog.where, "Snapchat")
        qtbot.keyClicks(dialog.seen_by, "klas 3B")
        press_ok(qtbot)(dialog)

    modals.expect(IntakeDialog, yes)
    modals.answer("Remove stored original")
    add_files(qtbot, widget, files, [photo])
    modals.wait_done()
    qtbot.waitUntil(lambda: not widget.busy and not evidence.items(other)[0].stored)
    first = evidence.items(other)[0]
    assert first.number == "B-001" and first.kind == de.EvidenceKind.WITHHELD
    assert first.description == "Naaktfoto van een leerling"
    assert (first.location, first.seen_by) == ("Snapchat", "klas 3B")
