"""Case > Hand over… driven as an adviser does: the menu action, ticking cases, typing the
colleague's name and passwords, the recovery sheet of a new file saved, Cancel, and the purge
offered afterwards. Only the OS file choosers are answered by the test."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.services import case_file_service as svc
from adviser_desk.services.demo import fill_demo
from adviser_desk.services.session import CaseFileSession
from adviser_desk.storage import kdf
from adviser_desk.ui.case.case_dialogs import TaskDialog
from adviser_desk.ui.case.case_models import TimelineModel
from adviser_desk.ui.case.case_view import CaseView
from adviser_desk.ui.case.retention_dialog import RetentionDialog
from adviser_desk.ui.case_file.handover_dialog import HandoverDialog
from adviser_desk.ui.case_file.recovery_dialog import RecoveryKeyDialog
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.shell.main_window import MainWindow
from tests.conftest import NEW_PASSWORD, PASSWORD
from tests.ui.conftest import open_window
from tests.ui.drive import FileDialogs, Modals, button_named, click, click_row, click_tab

TODAY = date(2026, 11, 22)


def filled(path: Path) -> list[str]:
    """The demo's three cases in the adviser's file; their numbers, newest first."""
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as session:
        fill_demo(session.cases, TODAY)
        return [row.number for row in session.cases.list_cases()]


def show_first_case(qtbot: QtBot, window: MainWindow) -> int:
    click_row(qtbot, window.page.case_list.table, 0)
    qtbot.waitUntil(lambda: window.page.case_view.case_id is not None)
    case_id = window.page.case_view.case_id
    assert case_id is not None
    return case_id


def choose(qtbot: QtBot, radio: QRadioButton) -> None:
    """Clicks a radio button on its circle (the row is wider than what it answers to)."""
    assert radio.isVisible() and radio.isEnabled()
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert radio.isChecked()


def read_only_tabs(qtbot: QtBot, view: CaseView, modals: Modals) -> None:
    """Every tab of a case kept read-only: what changes it is off, what looks stays on."""
    click_tab(qtbot, view.tabs, "Overview")
    overview = view.overview
    assert overview.title.isReadOnly() and overview.secrecy.isReadOnly()
    qtbot.keyClicks(overview.title, "X")
    assert not overview.is_dirty()
    for widget in (overview.status, overview.types, overview.images, overview.may_tell):
        assert not widget.isEnabled()
    assert not overview.save_button.isEnabled() and not overview.revert_button.isEnabled()
    assert not overview.save_action.isEnabled()
    click_tab(qtbot, view.tabs, "People")
    click_row(qtbot, view.people.table, 0)
    for text in ("Add person…", "Edit…", "Remove from case"):
        assert not button_named(view.people, text).isEnabled(), text
    click_tab(qtbot, view.tabs, "Tasks")
    click_row(qtbot, view.tasks.table, 0)
    assert view.tasks.open_button.isEnabled()  # looking at a task stays
    looked: list[bool] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, TaskDialog)
        box = dialog.buttons
        looked.append(
            box.button(QDialogButtonBox.StandardButton.Ok) is None
            and not dialog.who.isEnabled()
            and dialog.note.isReadOnly()
        )
        click(qtbot, box.button(QDialogButtonBox.StandardButton.Close))

    modals.expect(TaskDialog, look)
    click(qtbot, view.tasks.open_button)
    modals.wait_done()
    assert looked == [True]
    assert not view.tasks.done_button.isEnabled()
    assert not button_named(view.tasks, "Add own task…").isEnabled()
    click_tab(qtbot, view.tabs, "Interviews")
    assert not button_named(view.interviews, "New interview…").isEnabled()
    click_tab(qtbot, view.tabs, "Evidence")
    for text in ("Add", "Takedown…", "Hand over…"):
        assert not button_named(view.evidence, text).isEnabled(), text
    for text in ("Verify evidence", "Evidence log", "Export for the police…"):
        assert button_named(view.evidence, text).isEnabled(), text
    assert not view.evidence.acceptDrops()
    click_tab(qtbot, view.tabs, "Letters")
    assert not button_named(view.letters, "New letter…").isEnabled()
    click_tab(qtbot, view.tabs, "Meldcode")
    assert not view.meldcode.record_button.isEnabled()


def tick(qtbot: QtBot, dialog: HandoverDialog, number: str) -> None:
    """Selects the case's line and presses Space, as a keyboard user ticks it."""
    for index in range(dialog.cases.count()):
        item = dialog.cases.item(index)
        if item.text().startswith(number):
            dialog.cases.setCurrentItem(item)
            dialog.cases.setFocus()
            qtbot.keyClick(dialog.cases.viewport(), Qt.Key.Key_Space)
            assert item.checkState() == Qt.CheckState.Checked
            return
    raise AssertionError(number)


def test_hand_over_into_a_new_file_with_its_recovery_sheet(
    qtbot: QtBot,
    closed_case: tuple[Path, str],
    case_dir: Path,
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    path, _ = closed_case
    numbers = filled(path)
    window = open_window(qtbot, path, modals, files)
    case_id = show_first_case(qtbot, window)
    target = case_dir / "Voor Carla.adcase"
    sheet = tmp_path / "herstelblad.pdf"
    files.save(target).save(sheet)

    def fill_in(dialog: QWidget) -> None:
        assert isinstance(dialog, HandoverDialog)
        assert dialog.chosen_ids() == [case_id]  # the case on screen is ticked
        tick(qtbot, dialog, numbers[1])
        qtbot.keyClicks(dialog.receiver, "Carla Visser")
        click(qtbot, dialog.findChild(QWidget, "browse_new"))  # type: ignore[arg-type]
        assert dialog.new_location.text() == str(target)
        assert not dialog.ok.isEnabled()  # no password yet
        qtbot.keyClicks(dialog.passwords.password, NEW_PASSWORD)
        qtbot.keyClicks(dialog.passwords.repeat, NEW_PASSWORD)
        click(qtbot, dialog.ok)

    def save_sheet_and_confirm(dialog: QWidget) -> None:
        assert isinstance(dialog, RecoveryKeyDialog)
        # The colleague's new file is named: this key is not the adviser's own (W13)
        assert dialog.windowTitle() == "Recovery key for Voor Carla.adcase"
        # Worded for the colleague who gets the file, not the adviser's own (walk 5, W5-23).
        from PySide6.QtWidgets import QLabel

        said = " ".join(label.text() for label in dialog.findChildren(QLabel))
        assert "for Carla Visser" in said and "in person" in said, said
        assert "before you start" not in said and "next time you open" not in said
        assert "shown to Carla Visser the first time they open" in said
        assert "Carla Visser" in dialog.confirm.text()
        click(qtbot, button_named(dialog, "Save sheet as PDF…"))  # "saved" is answered
        qtbot.waitUntil(sheet.exists)
        dialog.confirm.setChecked(True)
        click(qtbot, dialog.ok)

    modals.expect(HandoverDialog, fill_in)
    modals.expect(RecoveryKeyDialog, save_sheet_and_confirm)
    modals.accept_box()  # "Recovery sheet saved"
    modals.answer("Keep read-only")
    window.act_handover.trigger()
    modals.wait_done(timeout=60_000)
    # Sentences, not a form; and "je", never the formal "u" (walk 4, W13)
    said = modals.texts[-1]
    assert re.match(
        r"Handed over to Carla Visser \(Voor Carla\.adcase\): \d{4}-\d{3}, \d{4}-\d{3}\.", said
    ), said
    assert "You can also purge them" in said
    # The case on screen now says where it went, and that it is kept read-only.
    listed = window.page.case_list.table.model()
    statuses = {listed.index(r, 2).data() for r in range(listed.rowCount())}
    # Only 'Handed over' in the cell, the status in its tooltip (walk 5, W5-13: 'Open, handed
    # over' took the title's room at 1.5x).
    assert "Handed over" in statuses, statuses
    row = next(r for r in range(listed.rowCount()) if listed.index(r, 2).data() == "Handed over")
    tip = listed.index(row, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert "read-only" in tip and ("status: open" in tip or "status: monitoring" in tip), tip
    note = window.page.case_view.transfer_note
    assert note.isVisible() and "Carla Visser" in note.text() and "read-only" in note.text()
    view = window.page.case_view
    click_tab(qtbot, view.tabs, "Timeline and notes")
    # The hand-over is on the case's timeline, once (its evidence's custody is not repeated).
    model = view.timeline.table.model()
    rows = [str(model.index(r, TimelineModel.WHAT).data()) for r in range(model.rowCount())]
    handed = [r for r in rows if r.startswith("Handed over to Carla Visser")]
    assert handed == [
        f"Handed over to Carla Visser (Voor Carla.adcase) (number there: {numbers[0]}); "
        "read-only from now on"
    ], rows
    assert not [r for r in rows if r.startswith("Evidence handed over")], rows
    # Kept read-only, the case invites no edits (walk W14): typing a note types nothing, and
    # Ctrl+Enter and Add note add nothing.
    shown = len(modals.texts)
    assert view.timeline.note_edit.isReadOnly()
    qtbot.keyClicks(view.timeline.note_edit, "Nog een notitie")
    assert view.timeline.note_edit.toPlainText() == ""
    assert not button_named(view, "Add note").isEnabled()
    assert f" on {fmt.date_text(date.today())} " in note.text()  # as the window writes dates
    read_only_tabs(qtbot, view, modals)
    assert len(modals.texts) == shown  # nothing was tried, so nothing was refused
    # The new file opens with its password and holds both cases, verified.
    text = PdfReader(io.BytesIO(sheet.read_bytes())).pages[0].extract_text()
    assert "Voor Carla" in text
    assert "Made for Carla Visser" in " ".join(text.split())
    with CaseFileSession(svc.unlock_with_password(target, NEW_PASSWORD)) as there:
        rows = there.cases.list_cases()
        assert sorted(r.number for r in rows) == sorted([numbers[0], numbers[1]])
        assert there.file.pending_recovery_key() is None  # confirmed in the dialog
        assert there.identity.name == "Carla Visser"
    window.act_close.trigger()


def test_hand_over_into_an_existing_file_then_purge_here(
    qtbot: QtBot,
    closed_case: tuple[Path, str],
    case_dir: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    path, _ = closed_case
    numbers = filled(path)
    colleague = case_dir / "Collega.adcase"
    service, _ = svc.create_case_file(colleague, NEW_PASSWORD, kdf.MINIMUM, "Bram de Wit")
    service.close()
    window = open_window(qtbot, path, modals, files)
    show_first_case(qtbot, window)
    files.open(colleague)

    def fill_in(dialog: QWidget) -> None:
        assert isinstance(dialog, HandoverDialog)
        choose(qtbot, dialog.to_existing)
        click(qtbot, dialog.findChild(QWidget, "browse_existing"))  # type: ignore[arg-type]
        qtbot.keyClicks(dialog.existing_password, NEW_PASSWORD)
        click(qtbot, dialog.ok)

    def purge(dialog: QWidget) -> None:
        assert isinstance(dialog, RetentionDialog)
        assert [r.number for r in dialog.model.rows] == [numbers[0]]
        # The intro covers a handed-over open case, not only "these closed cases" (W15)
        intro = dialog.findChild(QLabel, "retention_intro")
        assert intro is not None and "or were handed over to a colleague" in intro.text()
        click(qtbot, dialog.purge_button)

    modals.expect(HandoverDialog, fill_in)
    modals.answer("Purge them here…")
    modals.expect(RetentionDialog, purge)
    modals.answer("Purge for good")
    modals.expect(RetentionDialog, lambda d: click(qtbot, button_named(d, "Close")))
    window.act_handover.trigger()
    modals.wait_done(timeout=60_000)
    cases = window.cases
    assert cases is not None
    assert numbers[0] not in {r.number for r in cases.list_cases()}
    with CaseFileSession(svc.unlock_with_password(colleague, NEW_PASSWORD)) as there:
        (row,) = there.cases.list_cases()
        assert row.number == numbers[0]
        assert there.evidence.verify(row.case_id) == []
    window.act_close.trigger()


def test_cancel_stores_nothing_and_a_wrong_password_is_said(
    qtbot: QtBot,
    closed_case: tuple[Path, str],
    case_dir: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    path, _ = closed_case
    filled(path)
    colleague = case_dir / "Collega.adcase"
    service, _ = svc.create_case_file(colleague, NEW_PASSWORD, kdf.MINIMUM, "Bram de Wit")
    service.close()
    window = open_window(qtbot, path, modals, files)
    show_first_case(qtbot, window)
    files.open(colleague)

    def wrong_then_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, HandoverDialog)
        choose(qtbot, dialog.to_existing)
        click(qtbot, dialog.findChild(QWidget, "browse_existing"))  # type: ignore[arg-type]
        qtbot.keyClicks(dialog.existing_password, "niet het wachtwoord")
        click(qtbot, dialog.ok)
        qtbot.waitUntil(lambda: not dialog.working, timeout=30_000)
        assert dialog.error.isVisible() and "not correct" in dialog.error.text()
        dialog.existing_password.clear()
        qtbot.keyClicks(dialog.existing_password, NEW_PASSWORD)
        click(qtbot, dialog.ok)
        # Cancel while the colleague's file is still being opened: before anything is copied.
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Cancel))
        qtbot.waitUntil(lambda: not dialog.working, timeout=30_000)
        assert "Nothing was handed over" in dialog.error.text()
        # The typed password is not dropped unasked (walk H, finding 13).
        modals.answer(QMessageBox.StandardButton.Discard)
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Cancel))

    modals.expect(HandoverDialog, wrong_then_cancel)
    window.act_handover.trigger()
    modals.wait_done(timeout=60_000)
    cases = window.cases
    assert cases is not None
    assert not any(r.handed_over for r in cases.list_cases())
    with CaseFileSession(svc.unlock_with_password(colleague, NEW_PASSWORD)) as there:
        assert there.cases.list_cases() == []
    window.act_close.trigger()
