"""A stored image that may be a sexual image of a minor stops being kept (walk W21), through the
evidence tab's real wiring: Add > Files… answered "yes, or not sure" for a file stored elsewhere,
and "Mark as possibly sexual image…" on a selected item."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.domain import evidence as de
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.evidence.evidence_dialogs import IntakeDialog
from adviser_desk.ui.evidence.mark_dialog import MarkDialog
from tests.ui.conftest import Opened, add_files
from tests.ui.drive import FileDialogs, Modals, button_named, by_label, click, click_row
from tests.ui.test_evidence_ui import describe, png


def _read_and_answer(
    qtbot: QtBot, seen: list[str], answer: str, by_key: bool = False
) -> Callable[[QWidget], None]:
    def handler(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and box.objectName() == "withhold_box"
        seen.append(box.text())
        button = button_named(box, answer)
        if by_key:  # a second quick click on the same spot can be eaten offscreen
            button.setFocus()
            qtbot.keyClick(button, Qt.Key.Key_Space)
        else:
            click(qtbot, button)

    return handler


def _mark(
    qtbot: QtBot,
    seen: list[str],
    answer: str,
    where: str = "",
    seen_by: str = "",
    by_key: bool = False,
) -> Callable[[QWidget], None]:
    """Mark as possibly sexual image…: the warning read, where it is and who saw it typed
    (the dialog opens in the description), then ``answer`` pressed."""

    def handler(dialog: QWidget) -> None:
        assert isinstance(dialog, MarkDialog)
        warning = dialog.findChild(QLabel, "warning")
        assert warning is not None
        seen.append(warning.text())
        # It opens in the description, to be completed (walk K, finding 30).
        assert by_label(dialog, "Description").hasFocus()
        qtbot.keyClicks(dialog.where, where)
        qtbot.keyClicks(by_label(dialog, "Who has seen it"), seen_by)
        button = button_named(dialog, answer)
        if by_key:  # a second quick click on the same spot can be eaten offscreen
            button.setFocus()
            qtbot.keyClick(button, Qt.Key.Key_Space)
        else:
            click(qtbot, button)

    return handler


def test_adding_a_file_stored_elsewhere_as_possibly_sexual_offers_to_remove_the_original(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    """Stored in another case, answered "no" there; added here and answered "yes, or not
    sure". (The same file added again in its own case is refused before the form, pointing to
    "Mark as possibly sexual image…": walk K, finding 15.)"""
    data = png(80, 60, 5)
    path = tmp_path / "chat-screenshot.png"
    path.write_bytes(data)

    def stored_elsewhere(session: CaseFileSession, _case_id: int) -> None:
        draft = dc.CaseDraft(title="Eerder", incident_types=[dc.IncidentType.CYBERBULLYING])
        other = session.cases.create_case(draft)
        session.evidence.add_bytes(
            other, data, path.name, "Screenshots uit de klassenapp", minor_sexual=False
        )

    opened = open_tab(stored_elsewhere)
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    other = next(c for c in evidence.cases.list_cases() if c.case_id != case_id)
    (stored,) = evidence.items(other.case_id)
    assert stored.stored and evidence.original(stored.item_id) == data
    # Here the adviser learns what it shows: the same file, answered "yes, or not sure".
    seen: list[str] = []
    modals.expect(IntakeDialog, describe(qtbot, minor=True, where="Snapchat-groep 3B"))
    modals.expect(QMessageBox, _read_and_answer(qtbot, seen, "Remove stored original"))
    add_files(qtbot, widget, files, [path])
    modals.wait_done()
    qtbot.waitUntil(lambda: not widget.busy and evidence.original(stored.item_id) == b"")
    assert "B-001" in seen[0] and "chat-screenshot.png" in seen[0] and other.number in seen[0]
    assert "under 18" in seen[0]
    (here,) = evidence.items(case_id)
    assert here.kind == de.EvidenceKind.WITHHELD and here.sha256 == stored.sha256
    (there,) = evidence.items(other.case_id)
    assert there.kind == de.EvidenceKind.WITHHELD and not there.stored
    assert there.description == "Screenshots uit de klassenapp"
    assert (there.location, there.seen_by) == ("Snapchat-groep 3B", "de leerling")
    assert evidence.thumbnails(other.case_id) == {}
    assert f"B-001 in case {other.number}" in widget.status.text()
    assert widget.model.rowCount() == 1


def test_a_stored_item_can_be_marked_as_possibly_sexual_after_the_fact(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    opened = open_tab()
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    path = tmp_path / "foto.png"
    path.write_bytes(png(70, 50, 9))
    modals.expect(IntakeDialog, describe(qtbot, minor=False))
    add_files(qtbot, widget, files, [path])
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1, timeout=20_000)
    (stored,) = evidence.items(case_id)
    mark = widget.findChild(QPushButton, "withhold")
    assert mark is not None and mark.text().replace("&", "") == "Mark as possibly sexual image…"
    assert mark.isEnabled()  # the item just added is selected (walk 6, W6-4c)
    click_row(qtbot, widget.table, 0)
    # First "Keep for now": nothing changes.
    seen: list[str] = []
    modals.expect(MarkDialog, _mark(qtbot, seen, "Keep for now", "ergens"))
    # "ergens" was typed: Keep for now asks before dropping it (walk H, finding 5).
    modals.answer(QMessageBox.StandardButton.Discard)
    click(qtbot, mark)
    modals.wait_done()
    assert evidence.items(case_id)[0].stored
    assert evidence.items(case_id)[0].location == ""
    assert evidence.original(stored.item_id) == path.read_bytes()
    # Then confirmed, asked where it is now and who saw it as at intake (issue 11): the
    # original and its thumbnail go, the record stays with both answers.
    where, who = "Snapchat-verhaal van nep.sanne.3b", "de mentor, drie klasgenoten"
    modals.expect(MarkDialog, _mark(qtbot, seen, "Remove stored original", where, who, True))
    mark.setFocus()
    qtbot.keyClick(mark, Qt.Key.Key_Space)
    # The removal runs in the background worker behind a progress window, as the app's
    # other long jobs do (it held the window still on a large case file).
    assert widget.busy
    progress = widget.findChild(QProgressDialog)
    assert progress is not None and "Removing the stored original" in progress.labelText()
    qtbot.waitUntil(lambda: not widget.busy, timeout=20_000)
    modals.wait_done()
    assert "B-001" in seen[0] and "foto.png" in seen[0] and "cannot be undone" in seen[0]
    (row,) = evidence.items(case_id)
    assert row.kind == de.EvidenceKind.WITHHELD and not row.stored
    assert row.sha256 == stored.sha256 and row.description == stored.description
    assert (row.location, row.seen_by) == (where, who)
    assert evidence.original(row.item_id) == b"" and evidence.thumbnails(case_id) == {}
    assert "B-001" in widget.status.text()
    # Nothing is left to remove (walk 6, W6-4b): marking is off for the item, still selected,
    # and its tooltip says why; Takedown… stays on and tells how to report where it is online.
    assert widget.selected() is not None and widget.selected().number == "B-001"
    assert not mark.isEnabled()
    assert mark.toolTip() == (
        "The stored original of B-001 has been removed already: only its description is kept."
    )
    click_row(qtbot, widget.table, 0)
    assert not mark.isEnabled()
    told: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        told.append(box.text())
        box.accept()

    takedown = button_named(widget, "Takedown…")
    assert takedown.isEnabled()
    modals.expect(QMessageBox, read)
    click(qtbot, takedown)
    modals.wait_done()
    assert "may still be online" in told[0] and "Add > Web address…" in told[0], told


def test_marking_after_a_police_export_keeps_the_history_true(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    """Walk 5, W5-3: after the mark, the timeline's 07:05 line read 'B-005 described, the image
    deliberately not kept', though it had been stored and was on the police's stick. The
    'added' line stays as it was; the removal is its own later line, saying it had been
    exported; the evidence log says stored on X, removed on Y, and the export before."""
    from pypdf import PdfReader
    from PySide6.QtWidgets import QInputDialog

    from tests.ui.drive import click_tab, type_and_enter
    from tests.ui.test_timeline_ui import timeline_rows

    opened = open_tab()
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    path = tmp_path / "foto2.png"
    path.write_bytes(png(64, 48, 3))
    modals.expect(IntakeDialog, describe(qtbot, minor=False))
    add_files(qtbot, widget, files, [path])
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1, timeout=20_000)
    # Exported for the police, clicked.
    stick = tmp_path / "usb"
    stick.mkdir()
    files.folder(stick)
    modals.expect(QInputDialog, type_and_enter(qtbot, "", "Agent Jansen"))
    modals.expect(QMessageBox, lambda box: click(qtbot, box.button(QMessageBox.StandardButton.Ok)))
    export = widget.findChild(QPushButton, "export_police")
    assert export is not None
    click(qtbot, export)
    qtbot.waitUntil(lambda: "Exported" in widget.status.text(), timeout=60_000)
    modals.wait_done()
    before = timeline_rows(qtbot, opened.window)
    # The intake form's "no" stays in the line after the removal: it was given (walk K, 10).
    added = (
        "Evidence B-001 added (Screenshot or image): foto2.png — question about minors "
        "answered “no” by Marieke Jansen"
    )
    assert added in before, before
    # Later marked as possibly sexual, its original removed.
    tabs = opened.window.page.case_view.tabs
    click_tab(qtbot, tabs, "Evidence")
    click_row(qtbot, widget.table, 0)
    # Where it is now is not known: "unknown" is an answer, empty is not (walk G2).
    modals.expect(MarkDialog, _mark(qtbot, [], "Remove stored original", "unknown", "de mentor"))
    click(qtbot, button_named(widget, "Mark as possibly sexual image…"))
    modals.wait_done()
    # The removal's worker has ended, not only committed: the log below must not start
    # while it still overwrites and checkpoints (that dropped the running worker: SIGABRT).
    qtbot.waitUntil(lambda: not widget.busy and not evidence.items(case_id)[0].stored)
    after = timeline_rows(qtbot, opened.window)
    assert added in after, after
    assert not [r for r in after if "deliberately not kept" in r], after
    (removal,) = [r for r in after if r.startswith("Stored original of B-001 removed")]
    assert "B-001 had been exported for the police before" in removal, removal
    assert after.index(removal) > after.index(added)
    # The evidence log, saved as PDF through its menu.
    click_tab(qtbot, tabs, "Evidence")
    target = tmp_path / "log.pdf"
    files.save(target)
    log_button = widget.findChild(QPushButton, "evidence_log")
    (save_as_pdf,) = [
        a for a in log_button.menu().actions() if a.text().replace("&", "") == "Save as PDF…"
    ]
    save_as_pdf.trigger()
    qtbot.waitUntil(lambda: target.exists() and "Saved" in widget.status.text(), timeout=60_000)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    assert "Sexual images of minors were never stored" not in text, text
    assert "Screenshot or image, stored original removed" in text, text
    assert "Stored on " in text and "as Screenshot or image; original removed on" in text, text
    assert "Exported for the police before the removal: " in text, text
    assert "→ Agent Jansen" in text.split("Exported for the police before the removal")[1]
    # Where it is and who saw it as asked when marking, each under its own label.
    assert "Where it is unknown Who has seen it de mentor" in text, text


def test_who_provided_an_item_stays_labelled_so_after_its_original_is_removed(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    """Walk 6, W6-4: "Provided by / how" of a stored image showed as "Where it is" in the list,
    the record and the evidence log once its original was removed; where it is was unknown."""
    from pypdf import PdfReader

    from adviser_desk.ui.evidence.withheld_view import WithheldRecord

    opened = open_tab()
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    path = tmp_path / "goed.png"
    path.write_bytes(png(64, 48, 4))
    modals.expect(IntakeDialog, describe(qtbot, minor=False))  # provided by: "Getoond door …"
    add_files(qtbot, widget, files, [path])
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1 and not widget.busy, timeout=20_000)
    click_row(qtbot, widget.table, 0)
    # Neither is known: "onbekend" is typed in both (walk G2: empty is no longer accepted).
    modals.expect(MarkDialog, _mark(qtbot, [], "Remove stored original", "onbekend", "onbekend"))
    click(qtbot, button_named(widget, "Mark as possibly sexual image…"))
    modals.wait_done()
    qtbot.waitUntil(lambda: not widget.busy and not evidence.items(case_id)[0].stored)
    (row,) = evidence.items(case_id)
    assert (row.source, row.location, row.seen_by) == (
        "Getoond door de leerling",
        "onbekend",
        "onbekend",
    )
    details = widget.model.index(0, 4).data()
    assert details == "not kept; where: onbekend\nprovided: Getoond door de leerling", details
    # View: each fact under its own label.
    shown: dict[str, str] = {}

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, WithheldRecord)
        for name in ("where", "seen_by", "source"):
            field = dialog.fields[name]
            shown[name] = field.text() if hasattr(field, "text") else field.toPlainText()
        dialog.reject()

    click_row(qtbot, widget.table, 0)
    modals.expect(WithheldRecord, read)
    click(qtbot, button_named(widget, "Quick view"))
    modals.wait_done()
    assert shown == {
        "where": "onbekend",
        "seen_by": "onbekend",
        "source": "Getoond door de leerling",
    }
    # The evidence log, saved as PDF through its menu.
    target = tmp_path / "log.pdf"
    files.save(target)
    log_button = widget.findChild(QPushButton, "evidence_log")
    assert log_button is not None
    (save_as_pdf,) = [
        a for a in log_button.menu().actions() if a.text().replace("&", "") == "Save as PDF…"
    ]
    save_as_pdf.trigger()
    qtbot.waitUntil(lambda: target.exists() and "Saved" in widget.status.text(), timeout=60_000)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    assert "Provided by / how Getoond door de leerling" in text, text
    assert "Where it is onbekend Who has seen it onbekend" in text, text
    assert "Where it is Getoond" not in text, text
