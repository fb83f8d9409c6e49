"""The Timeline tab shows every event of the case (README): evidence added (and an image
described but not kept), handed over, exported for the police, verified, the evidence log
saved; letters saved, saved as PDF and printed. Each action is clicked as the adviser does;
then the Timeline tab is clicked and the row is read there."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QInputDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from adviser_desk.domain import app_tasks
from adviser_desk.domain import cases as dc
from adviser_desk.domain import meldcode as dm
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.case_views import TaskInput
from adviser_desk.services.session import CaseFileSession, SessionSettings
from adviser_desk.storage import kdf
from adviser_desk.ui.case.case_models import TimelineModel
from adviser_desk.ui.evidence.takedown_dialog import HandoverDialog
from adviser_desk.ui.shell.main_window import MainWindow
from tests.conftest import PASSWORD
from tests.ui.conftest import Opened, add_files, open_case, open_window
from tests.ui.drive import (
    FileDialogs,
    Modals,
    button_named,
    by_label,
    click,
    click_row,
    click_tab,
    expect_print_to_file,
    press_ok,
    type_and_enter,
)
from tests.ui.test_evidence_ui import describe, png


def timeline_rows(qtbot: QtBot, window: MainWindow) -> list[str]:
    """Clicks the Timeline tab and reads what its rows say."""
    view = window.page.case_view
    click_tab(qtbot, view.tabs, "Timeline and notes")
    model = view.timeline.table.model()
    return [str(model.index(row, TimelineModel.WHAT).data()) for row in range(model.rowCount())]


def test_evidence_actions_show_on_the_timeline(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    opened = open_tab(kind=dc.IncidentType.EXPOSING)
    window, widget = opened.window, opened.widget
    shot = tmp_path / "klassenapp.png"
    shot.write_bytes(png(320, 200, 1))
    # An exposing case asks about minors: the first file is kept, the second only described.
    modals.expect(QWidget, describe(qtbot, minor=False))
    add_files(qtbot, widget, files, [shot])
    modals.wait_done()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1, timeout=30_000)
    other = tmp_path / "doorgestuurd.png"
    other.write_bytes(png(300, 220, 2))
    modals.expect(QWidget, describe(qtbot, minor=True, where="telefoon van de leerling"))
    add_files(qtbot, widget, files, [other])
    modals.wait_done()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2, timeout=30_000)
    rows = timeline_rows(qtbot, window)
    # The "no" given in the form is in the line, with who gave it (walk K, finding 10).
    assert (
        "Evidence B-001 added (Screenshot or image): klassenapp.png — question about minors "
        "answered “no” by Marieke Jansen"
    ) in rows, rows
    assert any(
        r.startswith("Evidence B-002 described, the image deliberately not kept") for r in rows
    ), rows

    # Hand-over of the first item, chosen in the list.
    click_tab(qtbot, window.page.case_view.tabs, "Evidence")

    def hand_over(dialog: QWidget) -> None:
        assert isinstance(dialog, HandoverDialog)
        qtbot.keyClicks(by_label(dialog, "Handed over to"), "Agent Jansen")
        qtbot.keyClicks(by_label(dialog, "Receipt note"), "ontvangstbewijs 12")
        press_ok(qtbot)(dialog)

    click_row(qtbot, widget.table, 0)
    modals.expect(HandoverDialog, hand_over)
    click(qtbot, button_named(widget, "Hand over…"))
    modals.wait_done()
    qtbot.waitUntil(lambda: "Hand-over recorded" in widget.status.text())

    # Verify, the evidence log saved as PDF, and the export for the police.
    modals.expect(QMessageBox, lambda box: click(qtbot, box.button(QMessageBox.StandardButton.Ok)))
    click(qtbot, button_named(widget, "Verify evidence"))
    modals.wait_done(timeout=30_000)
    assert "Every stored item matches" in modals.texts[-1]
    log_pdf = tmp_path / "log.pdf"
    files.save(log_pdf)
    log_button = widget.findChild(QPushButton, "evidence_log")
    assert log_button is not None and log_button.menu() is not None
    (save_as_pdf,) = [
        a for a in log_button.menu().actions() if a.text().replace("&", "") == "Save as PDF…"
    ]
    save_as_pdf.trigger()
    qtbot.waitUntil(lambda: log_pdf.exists() and "Saved" in widget.status.text(), timeout=60_000)
    stick = tmp_path / "usb"
    stick.mkdir()
    files.folder(stick)
    modals.expect(QInputDialog, type_and_enter(qtbot, "", "Politie Utrecht"))
    modals.expect(QMessageBox, lambda box: click(qtbot, box.button(QMessageBox.StandardButton.Ok)))
    click(qtbot, button_named(widget, "Export for the police…"))
    qtbot.waitUntil(lambda: "Exported" in widget.status.text(), timeout=60_000)
    modals.wait_done()
    (folder,) = stick.iterdir()

    rows = timeline_rows(qtbot, window)
    assert "Evidence handed over to Agent Jansen: B-001 (receipt: ontvangstbewijs 12)" in rows
    assert "Evidence checked against the SHA-256 taken at intake: B-001" in rows, rows
    assert "Evidence log saved as PDF (items: 2)" in rows, rows
    exported = (
        f"Evidence exported for the police (B-001, B-002) for Politie Utrecht, folder {folder.name}"
    )
    assert exported in rows, rows
    # In the order they happened: the last action is the last row.
    assert rows[-1] == exported


def test_letters_saved_printed_and_saved_as_pdf_show_on_the_timeline(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    from adviser_desk.ui.letters.letter_editor import LetterEditor

    def victim(session: CaseFileSession, case_id: int) -> None:
        from adviser_desk.services.case_views import PersonInput

        session.cases.add_person(case_id, PersonInput("Noor van Dijk", dc.Role.VICTIM))

    opened = open_tab(victim, dc.IncidentType.EXPOSING)
    window = opened.window
    view = window.page.case_view
    click_tab(qtbot, view.tabs, "Letters")
    click(qtbot, button_named(view.letters, "New letter…"))
    qtbot.waitUntil(lambda: view.letters.editor is not None and view.letters.editor.isVisible())
    editor = view.letters.editor
    assert isinstance(editor, LetterEditor)
    title = editor.windowTitle()
    click(qtbot, editor.text.check_button)
    click(qtbot, editor.findChild(QPushButton, "save"))  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: editor.version is not None)
    letter_title = editor.letters.title(editor.current_kind(), editor.language.currentData())
    # Save as PDF…: open fields are asked about first (No is the default; Yes here).
    target = tmp_path / "brief.pdf"
    files.save(target)
    if "[" in editor.editor.toPlainText():
        modals.answer(QMessageBox.StandardButton.Yes)
    click(qtbot, editor.findChild(QPushButton, "pdf"))  # type: ignore[arg-type]
    modals.wait_done()
    assert target.exists()

    # Print…: Qt's print preview; its Print button opens the print dialog, where (with no
    # printer installed here) the file to print into is typed.
    printed = tmp_path / "afgedrukt.pdf"

    if "[" in editor.editor.toPlainText():
        modals.answer(QMessageBox.StandardButton.Yes)
    proposed = expect_print_to_file(qtbot, modals, printed)
    click(qtbot, editor.findChild(QPushButton, "print"))  # type: ignore[arg-type]
    modals.wait_done(timeout=60_000)
    qtbot.waitUntil(lambda: "Printed" in editor.status.text(), timeout=30_000)
    assert printed.exists()
    # Print to file proposed what Save as PDF… proposes, in the folder the letter was just
    # saved to (walk 6, W6-5: ~/<window title>.pdf), marked as printed so it is never the
    # saved PDF (walk 14, W14-13).
    number = editor.letters.cases.get_case(editor.case_id).number
    assert proposed == [str(tmp_path / f"{number} {letter_title} (printed).pdf")]
    click(qtbot, button_named(editor, "Close"))
    qtbot.waitUntil(lambda: view.letters.editor is None)

    rows = timeline_rows(qtbot, window)
    assert f"Letter saved: {letter_title}, version 1" in rows, (title, rows)
    assert f"Letter saved as PDF: {letter_title}, version 1" in rows, rows
    assert f"Letter printed: {letter_title}, version 1" in rows, rows


def test_the_dutch_timeline_shows_an_app_made_task_and_a_decision_in_dutch(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    """The takedown re-check task is stored in English (domain/app_tasks); the Dutch timeline
    said 'Taak toegevoegd: Check whether B-003 is still online' (walk 4, W10), and a Meldcode
    decision read '…noodzakelijk?: Ja'."""
    from adviser_desk.ui.common import i18n

    service, _ = svc.create_case_file(case_dir / "Zaken.adcase", PASSWORD, kdf.MINIMUM)
    service.confirm_recovery_key_stored()
    service.update_profile("Marieke Jansen", "Het Baken College")
    with CaseFileSession(service, SessionSettings(language="nl")) as session:
        case_id = session.cases.create_case(
            dc.CaseDraft(title="Nepaccount", incident_types=[dc.IncidentType.FAKE_ACCOUNT])
        )
        url = "https://instagram.com/sanne.fake3b"
        title = app_tasks.stored_title(app_tasks.TAKEDOWN_RECHECK, number="B-003", url=url)
        session.cases.add_task(case_id, TaskInput(title=title))
        session.meldcode.save_step(
            case_id,
            dm.Entry(dm.Step.REPORT_DECISION, date.today(), "Marieke Jansen", dm.Answer.YES),
        )
    assert i18n.install("nl")
    try:
        window = open_window(qtbot, service.path, modals, files)
        open_case(qtbot, window, case_id)
        view = window.page.case_view
        click_tab(qtbot, view.tabs, "Tijdlijn en notities")
        model = view.timeline.table.model()
        rows = [str(model.index(r, TimelineModel.WHAT).data()) for r in range(model.rowCount())]
        assert f"Taak toegevoegd: Controleren of B-003 nog online staat: {url}" in rows, rows
        decision = [r for r in rows if r.startswith("Meldcode, Stap 5, beslissing 1")]
        assert decision == [
            "Meldcode, Stap 5, beslissing 1: is melden bij Veilig Thuis noodzakelijk? Ja "
            "(Marieke Jansen)"
        ], rows
    finally:
        i18n.install("en")


def test_a_new_note_is_scrolled_to_and_selected(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    """Walk 5, W5-27: Ctrl+Enter added the note below the visible part of the list."""
    from PySide6.QtCore import Qt

    from tests.ui.conftest import demo_file
    from tests.ui.drive import activate

    path, ids = demo_file(case_dir / "Zaken.adcase")
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as session:
        for number in range(40):  # more lines than the list shows
            session.cases.add_note(ids[0], f"Eerdere notitie {number}")
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[0])
    view = window.page.case_view
    click_tab(qtbot, view.tabs, "Timeline and notes")
    timeline = view.timeline
    table = timeline.table
    activate(qtbot, window)
    timeline.note_edit.setFocus()
    qtbot.keyClicks(timeline.note_edit, "Moeder belde: de foto staat ook op TikTok")
    qtbot.keyClick(timeline.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(table.selectionModel().selectedRows()))
    row = table.selectionModel().selectedRows()[0].row()
    what = table.model().index(row, TimelineModel.WHAT)
    assert "Moeder belde" in str(what.data())
    assert table.viewport().rect().intersects(table.visualRect(what))
    assert row > 20  # it was below the first screenful
    assert timeline.note_edit.hasFocus()  # ready for the next note
    window.act_close.trigger()
