"""A case saved as an exposing case asks about the files it already holds (walk G, finding 2),
through the real wiring: the Overview's type ticked and Save clicked, the question answered
with the mouse per file ("No, keep it", "Yes, or not sure…" with the mark dialog, "Later"), the
list marking what still waits ("Mark as possibly sexual image…" reading "Possibly sexual
image? Answer…" on such a file), and the police export asking before it goes on."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.domain import evidence as de
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.common.mnemonics import mnemonic_of
from adviser_desk.ui.evidence.mark_dialog import MarkDialog
from tests import media
from tests.ui.conftest import Opened
from tests.ui.drive import (
    FileDialogs,
    Modals,
    button_named,
    by_label,
    click,
    click_row,
    click_tab,
    type_and_enter,
)

FILES = {name: data for name, _category, data in media.made("development")}


def stored_without_question(session: CaseFileSession, case_id: int) -> None:
    session.evidence.add_bytes(case_id, FILES["foto.jpg"], "foto.jpg", "Profielfoto")
    session.evidence.add_bytes(case_id, FILES["filmpje.mp4"], "filmpje.mp4", "Bewerkt filmpje")
    session.evidence.add_bytes(case_id, b"De leerling vertelde het.\n", "notitie.txt")


def answer(qtbot: QtBot, seen: list[str], button: str) -> Callable[[QWidget], None]:
    def handler(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and box.objectName() == "pending_question"
        seen.append(f"{box.windowTitle()}|{box.text()}")
        click(qtbot, button_named(box, button))

    return handler


def become_exposing(qtbot: QtBot, opened: Opened) -> None:
    """Overview: tick Unwanted sexting / exposing, click Save."""
    view = opened.window.page.case_view
    click_tab(qtbot, view.tabs, "Overview")
    click(qtbot, view.overview.types.boxes[dc.IncidentType.EXPOSING])
    click(qtbot, view.overview.save_button)


def test_saving_a_case_as_exposing_asks_about_each_stored_picture_and_film(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    opened = open_tab(stored_without_question, dc.IncidentType.FAKE_ACCOUNT)
    evidence, case_id = opened.evidence, opened.case_id
    seen: list[str] = []
    modals.expect(QMessageBox, answer(qtbot, seen, "No, keep it"))
    modals.expect(QMessageBox, answer(qtbot, seen, "Yes, or not sure…"))

    def mark(dialog: QWidget) -> None:
        assert isinstance(dialog, MarkDialog)
        qtbot.keyClicks(dialog.where, "TikTok @nep_3b")
        qtbot.keyClicks(by_label(dialog, "Who has seen it"), "mentor")
        click(qtbot, button_named(dialog, "Remove stored original"))

    modals.expect(MarkDialog, mark)
    become_exposing(qtbot, opened)
    modals.wait_done()
    widget = opened.widget
    qtbot.waitUntil(lambda: not widget.busy and not evidence.items(case_id)[1].stored)
    assert [s.split("|")[0] for s in seen] == [
        "Question about minors (1 of 2)",
        "Question about minors (2 of 2)",
    ]
    assert seen[0].split("|")[1].startswith("B-001, foto.jpg — screenshot or image — was stored")
    assert "B-002, filmpje.mp4 — video — was stored" in seen[1]
    rows = evidence.items(case_id)
    assert [(r.number, r.stored, r.minor_answer) for r in rows] == [
        ("B-001", True, de.MINOR_NO),
        ("B-002", False, ""),  # its original is gone: it waits no more (walk J, 10)
        ("B-003", True, ""),
    ]
    assert not any(r.waits_for_answer for r in rows)
    assert rows[1].kind == de.EvidenceKind.WITHHELD and rows[1].location == "TikTok @nep_3b"
    # Both answers are said on the line under the list (walk J, 18c: "no" said nothing).
    assert widget.status.text() == (
        "Kept: B-001 (answered: not a sexual image of a minor). "
        "B-002: stored original removed, the record is kept."
    )


def test_later_leaves_them_marked_and_the_police_export_asks_first(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    modals: Modals,
    files: FileDialogs,
    tmp_path: Path,
) -> None:
    opened = open_tab(stored_without_question, dc.IncidentType.CYBERBULLYING)
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    seen: list[str] = []
    modals.expect(QMessageBox, answer(qtbot, seen, "Later"))
    become_exposing(qtbot, opened)
    modals.wait_done()
    assert len(seen) == 1
    click_tab(qtbot, opened.window.page.case_view.tabs, "Evidence")
    qtbot.waitUntil(lambda: widget.model.rowCount() == 3)
    details = [widget.model.index(r, 4).data() for r in range(3)]
    assert details[0].startswith("minors question unanswered\nimage/jpeg")
    assert details[1].startswith("minors question unanswered\nvideo/mp4")
    assert "unanswered" not in details[2]
    assert widget.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    # Said under the list, where it stays while they wait (walk G2, finding 3).
    notice = widget.findChild(QWidget, "waiting_notice")
    assert notice is not None and notice.isVisible()
    assert notice.text().startswith("2 files still wait for the question about minors")
    # On a waiting file "Mark as possibly sexual image…" reads "Possibly sexual image?
    # Answer…" and
    # asks it, with the same letter.
    button = widget.findChild(QPushButton, "withhold")
    assert button is not None
    click_row(qtbot, widget.table, 2)
    assert button.text().replace("&", "") == "Mark as possibly sexual image…"
    letter = mnemonic_of(button.text())
    click_row(qtbot, widget.table, 0)
    assert button.isEnabled() and button.text().replace("&", "") == "Possibly sexual image? Answer…"
    assert mnemonic_of(button.text()) == letter != ""
    modals.expect(QMessageBox, answer(qtbot, seen, "No, keep it"))
    click(qtbot, button)
    modals.wait_done()
    qtbot.waitUntil(lambda: not evidence.items(case_id)[0].waits_for_answer)
    assert seen[-1].startswith("Question about minors|B-001")
    # The police export asks about the file that still waits, then goes on.
    stick = tmp_path / "usb"
    stick.mkdir()
    files.folder(stick)
    modals.expect(QMessageBox, answer(qtbot, seen, "No, keep it"))
    modals.expect(QInputDialog, type_and_enter(qtbot, "", "Agent Jansen, politie Utrecht"))
    modals.answer(QMessageBox.StandardButton.Ok)  # Exported to …
    click(qtbot, widget.findChild(QPushButton, "export_police"))
    qtbot.waitUntil(lambda: "Exported" in widget.status.text(), timeout=60_000)
    modals.wait_done()
    assert seen[-1].startswith(
        "Question about minors|Asked before the export for the police: nothing is exported "
        "while a file waits for this answer.\n\nB-002"
    )
    (folder,) = list(stick.iterdir())
    names = sorted(p.name for p in folder.iterdir() if p.name.startswith("B-"))
    assert names == ["B-001_foto.jpg", "B-002_filmpje.mp4", "B-003_notitie.txt"]
    assert evidence.pending(case_id) == []
