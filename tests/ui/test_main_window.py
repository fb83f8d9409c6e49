"""The main window: opening, locking (Ctrl+L and idle), and what a locked window shows."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain.audit import ChainReport
from adviser_desk.services import case_file_service as svc
from adviser_desk.storage import kdf
from adviser_desk.storage.integrity import IntegrityReport
from adviser_desk.ui.case_file.unlock_dialog import UnlockDialog
from adviser_desk.ui.common import settings as prefs
from adviser_desk.ui.shell.main_window import MainWindow
from tests.conftest import PASSWORD
from tests.ui.conftest import open_window
from tests.ui.drive import (
    FileDialogs,
    Modals,
    activate,
    button_named,
    click,
    press_cancel,
    press_ok,
    type_and_enter,
    unlock,
)


def test_starts_on_the_welcome_page_with_case_actions_off(qtbot: QtBot) -> None:
    window = MainWindow(prefs.Settings(), kdf.MINIMUM)
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.welcome
    assert not window.act_lock.isEnabled() and not window.act_backup.isEnabled()
    assert window.act_new.isEnabled() and window.act_open.isEnabled()
    assert not window.act_new_case.isEnabled() and not window.act_annual.isEnabled()
    assert window.welcome.demo_button.isEnabled()


def test_open_shows_the_case_file_and_remembers_it(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    path, _ = closed_case
    window = open_window(qtbot, path, modals, files)
    assert window.stack.currentWidget() is window.page
    assert window.page.model.rowCount() >= 2
    assert window.page.heading.text() == "Zaken"
    assert window.act_lock.isEnabled()
    assert prefs.Settings().get(prefs.LAST_CASE_FILE) == str(path)
    window.act_close.trigger()
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.reopen_button.isVisible()


def test_the_demo_stays_out_of_last_opened_and_the_case_file_folder(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    """Trying the demo made Demo.adcase the welcome screen's "last opened" file and wrote it
    beside the real case files, with only the title bar saying "Demo" (walk 4, W17)."""
    path, _ = closed_case
    window = open_window(qtbot, path, modals, files)
    assert not window.demo_marker.isVisible()
    window.act_close.trigger()
    # Making it takes seconds: a progress dialog says so at once while a worker makes it, and
    # the event loop keeps running (walk 5, W5-22: 15 s of an unchanged welcome screen).
    seen: list[str] = []
    modals.expect(QProgressDialog, lambda dialog: seen.append(dialog.labelText()))
    click(qtbot, window.welcome.demo_button)
    modals.wait_done()  # until the handler has returned, not only seen its dialog
    assert seen == ["Making the demo case file…"]
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.page, timeout=60_000)
    assert not [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
    assert QApplication.overrideCursor() is None
    assert window.service is not None
    demo = window.service.path
    assert demo.name == "Demo.adcase" and demo.is_file()
    assert not (prefs.Settings().case_file_folder() / "Demo.adcase").exists()
    assert Path(os.environ["XDG_CACHE_HOME"]) in demo.parents
    assert window.demo_marker.isVisible()
    assert window.demo_marker.text() == "Demo — fictional data"
    assert prefs.Settings().get(prefs.LAST_CASE_FILE) == str(path)
    window.act_close.trigger()
    assert window.stack.currentWidget() is window.welcome
    assert not window.demo_marker.isVisible()
    assert window.welcome.reopen_button.isVisible()
    assert path.name in window.welcome.reopen_button.text()


def test_ctrl_l_locks_closes_the_database_and_hides_everything(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    path, _ = closed_case
    window = open_window(qtbot, path, modals, files)
    case = window.service.case if window.service else None
    assert case is not None
    assert window.act_lock.shortcut().toString() == "Ctrl+L"
    qtbot.keyClick(window.page.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.service is None
    assert window.stack.currentWidget() is window.locked
    assert window.page.model.rowCount() == 0
    assert window.page.path.text() == "" and window.page.chain.text() == ""
    assert not case.is_open
    try:
        case.raw_key  # noqa: B018 - the key is gone from memory
    except RuntimeError:
        pass
    else:
        raise AssertionError("the key survived locking")
    # The file is free: another opener (here, a service) can take it.
    svc.unlock_with_password(path, PASSWORD).close()
    assert "Zaken.adcase" in window.locked.message.text()


def test_idle_time_locks_the_window(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    path, _ = closed_case
    window = open_window(qtbot, path, modals, files)
    assert window.idle.active
    window.idle.set_interval_ms(150)
    window.idle.start()
    qtbot.waitUntil(lambda: window.service is None, timeout=5000)
    assert window.stack.currentWidget() is window.locked
    assert not window.idle.active


def test_typing_postpones_the_idle_lock(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    path, _ = closed_case
    window = open_window(qtbot, path, modals, files)
    window.idle.set_interval_ms(400)
    window.idle.start()
    for _ in range(6):
        qtbot.wait(120)
        qtbot.keyClicks(window.page.filter, "a")
    assert window.service is not None  # 720 ms of activity, still open
    window.act_close.trigger()


def test_idle_minutes_come_from_the_settings(qtbot: QtBot) -> None:
    settings = prefs.Settings()
    settings.set(prefs.IDLE_LOCK_MINUTES, 12)
    window = MainWindow(settings, kdf.MINIMUM)
    qtbot.addWidget(window)
    assert window.idle._timer.interval() == 12 * 60_000
    settings.set(prefs.IDLE_LOCK_MINUTES, 0)
    assert settings.idle_lock_minutes() == prefs.MIN_IDLE_MINUTES


def test_audit_filter_narrows_the_table(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    path, _ = closed_case
    window = open_window(qtbot, path, modals, files)
    total = window.page.proxy.rowCount()
    qtbot.keyClicks(window.page.filter, "confirmed")
    assert window.page.proxy.rowCount() == 1 < total
    window.act_close.trigger()


def test_verification_text_is_plain_language(qtbot: QtBot) -> None:
    window = MainWindow(prefs.Settings(), kdf.MINIMUM)
    qtbot.addWidget(window)
    good = IntegrityReport(chain=ChainReport(events=7, head="a" * 64))
    text = window.backups.verification_text(good)
    assert "intact" in text and "7 events" in text
    bad = IntegrityReport(
        page_errors=["HMAC verification failed for page 9"],
        chain=None,
    )
    text = window.backups.verification_text(bad)
    assert "1 encrypted page fails its integrity check." in text and "backup" in text
    broken = IntegrityReport(chain=ChainReport(events=2, head="b" * 64, broken_at=3, reason="x"))
    assert "broken at event 3" in window.backups.verification_text(broken)
    # Counts of one in the singular, in the details too.
    one = IntegrityReport(chain=ChainReport(events=1, head="c" * 64), evidence_checked=1)
    assert "the audit chain of 1 event is unbroken" in window.backups.verification_text(one)
    lines = window.backups.detail_lines(one)
    assert f"audit chain: OK, 1 event, head {'c' * 64}" in lines, lines
    assert "evidence: OK, 1 stored item matches its SHA-256" in lines, lines


def test_locking_closes_open_dialogs_that_could_show_case_data(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    from adviser_desk.ui.case_file.password_dialogs import ChangePasswordDialog

    path, _ = closed_case
    window = open_window(qtbot, path, modals, files)
    seen: list[ChangePasswordDialog] = []

    def lock_while_open(dialog: object) -> None:
        assert isinstance(dialog, ChangePasswordDialog)
        seen.append(dialog)
        window.idle.set_interval_ms(50)  # the idle lock fires while the dialog is up
        window.idle.start()

    modals.expect(ChangePasswordDialog, lock_while_open)
    window.act_password.trigger()
    modals.wait_done()
    assert seen and window.stack.currentWidget() is window.locked
    assert window.service is None


def test_backup_from_the_window_runs_in_a_worker_and_reports(
    qtbot: QtBot,
    closed_case: tuple[Path, str],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    path, _ = closed_case
    window = open_window(qtbot, path, modals, files)
    stick = tmp_path / "stick"
    stick.mkdir()
    files.folder(stick)
    modals.accept_box()
    assert window.act_backup.shortcut().toString() == "Ctrl+B"
    qtbot.keyClick(window.page.table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    modals.wait_done()
    assert "encrypted" in modals.texts[0]
    (folder,) = list(stick.iterdir())
    assert (folder / "Zaken.adcase").is_file()
    assert window.page.model.rowCount() >= 3  # the backup event is shown
    window.act_close.trigger()


def test_the_recovery_sheet_is_never_proposed_on_the_backup_stick(
    qtbot: QtBot,
    closed_case: tuple[Path, str],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    """Walk 3: after a backup, a new case file's recovery sheet was proposed in, and saved
    with one Enter to, the stick holding the backup; whoever finds it can read every case."""
    from adviser_desk.ui.case_file.create_dialog import CreateCaseFileDialog
    from adviser_desk.ui.case_file.recovery_dialog import RecoveryKeyDialog

    path, _ = closed_case
    window = open_window(qtbot, path, modals, files)
    stick = tmp_path / "stick"
    stick.mkdir()
    files.folder(stick)
    modals.accept_box()
    qtbot.keyClick(window.page.table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    modals.wait_done()

    home, papers = tmp_path / "desk", tmp_path / "papers"
    home.mkdir()
    papers.mkdir()
    sheets = [stick / "Tweede herstelblad.pdf", papers / "Tweede herstelblad.pdf"]

    def create(dialog: QWidget) -> None:
        assert isinstance(dialog, CreateCaseFileDialog)
        qtbot.keyClicks(dialog.adviser, "Marieke Jansen")
        dialog.location.setText(str(home / "Tweede.adcase"))
        qtbot.keyClicks(dialog.passwords.password, PASSWORD)
        qtbot.keyClicks(dialog.passwords.repeat, PASSWORD)
        click(qtbot, dialog.create_button)

    def save_sheet(dialog: QWidget) -> None:
        assert isinstance(dialog, RecoveryKeyDialog)
        files.save(sheets[0])
        files.save(None)
        files.save(sheets[1])
        save = button_named(dialog, "Save sheet as PDF…")
        # Onto the stick: asked, and No opens the chooser again for another folder; Cancel
        # there says the sheet was not saved (walk 11, W11-3: No returned without a word).
        click(qtbot, save)
        qtbot.waitUntil(lambda: dialog.save_status.text() == "The sheet was not saved.")
        assert len(modals.texts) == 2 and files.asked.count("save") == 2
        assert dialog.save_status.isVisible()
        save.setFocus()
        qtbot.keyClick(save, Qt.Key.Key_Space)  # somewhere else: saved
        qtbot.waitUntil(lambda: sheets[1].exists())
        qtbot.waitUntil(lambda: len(modals.texts) == 3)
        assert not dialog.save_status.text()
        click(qtbot, dialog.confirm)
        click(qtbot, dialog.ok)

    activate(qtbot, window)  # the offscreen platform does not hand activation back itself
    modals.expect(CreateCaseFileDialog, create)
    modals.expect(RecoveryKeyDialog, save_sheet)
    modals.answer(QMessageBox.StandardButton.No)  # "holds a case file or a backup"
    modals.accept_box()  # "The sheet was saved"
    qtbot.keyClick(
        window.page.table,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    modals.wait_done(timeout=60_000)
    assert "holds a case file or a backup" in modals.texts[1]
    assert not sheets[0].exists() and sheets[1].exists()
    sheet_chooser = files.asked.index("save")
    assert not files.proposed[sheet_chooser].startswith(str(stick))
    window.act_close.trigger()


def test_backup_menu_item_cancelled_in_the_folder_chooser_does_nothing(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    path, _ = closed_case
    window = open_window(qtbot, path, modals, files)
    files.folder(None)
    window.act_backup.trigger()
    assert files.asked == ["open", "folder"]
    assert window.task is None and window.service is not None
    window.act_close.trigger()


def test_verify_from_the_window_reports_an_intact_file(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    path, _ = closed_case
    window = open_window(qtbot, path, modals, files)
    modals.accept_box()
    window.act_verify.trigger()
    modals.wait_done()
    assert "intact" in modals.texts[0]
    window.act_close.trigger()


def test_backup_to_a_removed_stick_shows_the_reason(
    qtbot: QtBot,
    closed_case: tuple[Path, str],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    path, _ = closed_case
    window = open_window(qtbot, path, modals, files)
    files.folder(tmp_path / "gone")
    modals.accept_box()
    window.act_backup.trigger()
    modals.wait_done()
    assert "does not exist" in modals.texts[0]
    assert window.service is not None  # the case file stays open and usable
    window.act_close.trigger()


def _other_case_file(case_dir: Path) -> Path:
    other, _ = svc.create_case_file(case_dir / "Ander.adcase", PASSWORD, kdf.MINIMUM)
    other.confirm_recovery_key_stored()
    other.update_profile("Marieke Jansen", "Het Baken College")
    path = other.path
    other.close()
    return path


def _still_open(window: MainWindow, path: Path) -> None:
    """The case file open before is open, shown and usable."""
    assert window.service is not None and window.service.path == path
    assert window.stack.currentWidget() is window.page
    assert window.act_lock.isEnabled() and window.act_backup.isEnabled()
    assert window.windowTitle().startswith(path.stem)
    assert window.cases is not None and window.cases.list_cases() is not None


def wrong_three_times_then_cancel(qtbot: QtBot) -> Callable[[QWidget], None]:
    def handler(dialog: QWidget) -> None:
        assert isinstance(dialog, UnlockDialog)
        for attempt in range(3):
            dialog.password.selectAll()
            qtbot.keyClicks(dialog.password, f"fout wachtwoord {attempt}")
            qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: dialog.error.isVisible() and not dialog.working, timeout=20_000)
            assert "not correct" in dialog.error.text()
        press_cancel(qtbot)(dialog)

    return handler


def test_open_from_the_menu_then_cancel_keeps_the_open_file(
    qtbot: QtBot,
    closed_case: tuple[Path, str],
    case_dir: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    """Ctrl+O on an open file, then Cancel in the unlock dialog: the file open before stays
    open and shown (it used to be closed before the new one was unlocked); opening again
    works, and only then is the first one closed."""
    path, _ = closed_case
    other_path = _other_case_file(case_dir)
    window = open_window(qtbot, path, modals, files)
    files.open(other_path)
    modals.expect(UnlockDialog, press_cancel(qtbot))
    qtbot.keyClick(window.page.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    modals.wait_done()
    _still_open(window, path)
    # The same again, this time unlocked: now the first file closes and the other shows.
    files.open(other_path)
    modals.expect(UnlockDialog, type_and_enter(qtbot, "password", PASSWORD))
    window.act_open.trigger()
    qtbot.waitUntil(lambda: window.service is not None and window.service.path == other_path)
    _still_open(window, other_path)
    svc.ensure_not_open_elsewhere(path)  # the first file was let go (its lock is free)
    window.act_close.trigger()


def test_failed_opens_keep_the_open_file(
    qtbot: QtBot,
    closed_case: tuple[Path, str],
    case_dir: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    """A wrong password three times and Cancel, a file that is no case file, a damaged (cut
    off) case file: each is told, and the case file open before stays open."""
    import io

    from PIL import Image

    path, _ = closed_case
    other_path = _other_case_file(case_dir)
    photo = case_dir / "Foto.adcase"
    buffer = io.BytesIO()
    Image.new("RGB", (800, 600), (30, 90, 200)).save(buffer, "PNG")
    photo.write_bytes(buffer.getvalue())
    damaged = case_dir / "Kapot.adcase"
    damaged.write_bytes(other_path.read_bytes()[:-1000])
    window = open_window(qtbot, path, modals, files)

    files.open(other_path)
    modals.expect(UnlockDialog, wrong_three_times_then_cancel(qtbot))
    window.act_open.trigger()
    modals.wait_done()
    _still_open(window, path)

    files.open(photo)
    modals.accept_box()
    activate(qtbot, window)  # the offscreen platform does not hand activation back
    qtbot.keyClick(window.page.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    modals.wait_done()
    assert "is not an Adviser Desk case file" in modals.texts[-1]
    _still_open(window, path)

    files.open(damaged)
    modals.accept_box()
    window.act_open.trigger()
    modals.wait_done()
    assert "damaged" in modals.texts[-1] or "cut off" in modals.texts[-1], modals.texts[-1]
    _still_open(window, path)
    window.act_close.trigger()


def test_a_failed_open_while_locked_stays_locked(
    qtbot: QtBot,
    closed_case: tuple[Path, str],
    case_dir: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    path, _ = closed_case
    other_path = _other_case_file(case_dir)
    window = open_window(qtbot, path, modals, files)
    qtbot.keyClick(window.page.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.locked
    files.open(other_path)
    modals.expect(UnlockDialog, press_cancel(qtbot))
    window.act_open.trigger()
    modals.wait_done()
    assert window.service is None and window.locked_path == path
    assert window.stack.currentWidget() is window.locked
    # Unlocking the locked file still works.
    unlock(qtbot, window, modals)
    _still_open(window, path)
    window.act_close.trigger()


def test_open_in_the_file_chooser_cancelled_keeps_the_open_file(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    path, _ = closed_case
    window = open_window(qtbot, path, modals, files)
    files.open(None)
    window.act_open.trigger()
    assert window.service is not None and window.stack.currentWidget() is window.page
    window.act_close.trigger()


def test_locking_keeps_a_letter_being_edited_as_a_version(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    from adviser_desk.domain import cases as dc
    from adviser_desk.domain.letters import LetterKind
    from adviser_desk.services.session import CaseFileSession
    from adviser_desk.ui.letters.letter_editor import LetterEditor

    path, _ = closed_case
    window = open_window(qtbot, path, modals, files)
    assert window.cases is not None
    case_id = window.cases.create_case(
        dc.CaseDraft(title="Brief", incident_types=[dc.IncidentType.EXPOSING])
    )
    assert window.session is not None
    editor = LetterEditor(window.session.letters, case_id, LetterKind.TEAM_NOTICE, None, window)
    editor.show()
    qtbot.keyClicks(editor.editor, "Nog niet opgeslagen zin. ")
    window.act_lock.trigger()
    assert not editor.isVisible() and window.stack.currentWidget() is window.locked
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as session:
        (letter,) = session.letters.letters(case_id)
        assert "Nog niet opgeslagen zin." in letter.versions[-1].html


def test_purge_asks_offers_the_summary_and_only_then_deletes(
    qtbot: QtBot,
    closed_case: tuple[Path, str],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    from datetime import date

    from pypdf import PdfReader

    from adviser_desk.domain import cases as dc
    from adviser_desk.ui.case.retention_dialog import RetentionDialog

    path, _ = closed_case
    window = open_window(qtbot, path, modals, files)
    cases = window.cases
    assert cases is not None
    opened, closed = date(2020, 1, 6), date(2020, 3, 2)
    case_id = cases.create_case(
        dc.CaseDraft(
            title="Oude zaak", incident_types=[dc.IncidentType.EXPOSING], opened_on=opened
        ),
        today=opened,
    )
    draft = cases.get_case(case_id).draft
    draft.status = dc.CaseStatus.CLOSED
    cases.update_case(case_id, draft, today=closed)
    summary = tmp_path / "samenvatting.pdf"
    files.save(summary)

    def purge_twice(dialog: object) -> None:
        assert isinstance(dialog, RetentionDialog)
        click(qtbot, dialog.purge_button)  # answered with Cancel: nothing happens
        assert dialog.model.rowCount() == 1
        click(qtbot, dialog.purge_button)  # summary first, then purge

    modals.expect(RetentionDialog, purge_twice)
    modals.answer(QMessageBox.StandardButton.Cancel)
    modals.answer("Export summary first…")
    modals.answer(QMessageBox.StandardButton.Yes)  # the summary is not encrypted: export it
    modals.answer("Purge for good")
    modals.expect(RetentionDialog, lambda d: click(qtbot, button_named(d, "Close")))
    window.act_retention.trigger()
    modals.wait_done()
    assert "cannot be undone" in modals.texts[0]
    assert "summary was saved" in modals.texts[3]
    assert "Oude zaak" in PdfReader(summary).pages[0].extract_text()
    assert all(row.case_id != case_id for row in cases.list_cases())
    window.act_close.trigger()


def test_opening_a_photo_renamed_adcase_says_it_is_no_case_file(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    """The file is refused as "not a case file" before any password or recovery key is asked
    for (it used to read as "key file missing", then "damaged, restore from backup")."""
    import io

    from PIL import Image

    photo = case_dir / "Zaken.adcase"
    buffer = io.BytesIO()
    Image.new("RGB", (800, 600), (30, 90, 200)).save(buffer, "PNG")
    photo.write_bytes(buffer.getvalue())
    window = MainWindow(prefs.Settings(), kdf.MINIMUM)
    qtbot.addWidget(window)
    window.show()
    files.open(photo)
    modals.accept_box()
    window.act_open.trigger()
    modals.wait_done()
    (text,) = modals.texts
    assert "is not an Adviser Desk case file" in text
    assert "key file" not in text and "recovery" not in text
    assert window.service is None and window.stack.currentWidget() is window.welcome
    assert sorted(p.name for p in case_dir.iterdir()) == ["Zaken.adcase"]


def test_audit_tab_shows_changes_made_since_opening_when_clicked(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    """Walker: the audit tab stayed as it was at unlock; clicking it must show new events."""
    path, _ = closed_case
    window = open_window(qtbot, path, modals, files)
    page = window.page
    before = page.model.rowCount()
    assert window.session is not None
    window.session.cases.set_default_retention_years(
        window.session.cases.default_retention_years() + 1
    )
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert page.tabs.currentWidget() is page.audit_page
    assert page.model.rowCount() == before + 1
    assert f"({before + 1} " in page.chain.text()
    window.act_close.trigger()


def test_verification_details_are_in_the_adviser_language(qtbot: QtBot) -> None:
    """Walker: the Dutch check showed "encrypted pages: OK", "audit chain: OK, …"."""
    window = MainWindow(prefs.Settings(), kdf.MINIMUM)
    qtbot.addWidget(window)
    good = IntegrityReport(
        chain=ChainReport(events=7, head="a" * 64), structure_checked=True, evidence_checked=2
    )
    lines = window.backups.detail_lines(good)
    assert lines == [line.replace("\n", "") for line in good.lines()]  # English as the CLI's
    assert len(lines) == 4


def test_verification_details_read_dutch_in_the_dutch_ui(qtbot: QtBot) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from adviser_desk.resources import resources_dir

    translator = QTranslator()
    assert translator.load(str(resources_dir() / "translations" / "adviser_desk_nl.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        window = MainWindow(prefs.Settings(), kdf.MINIMUM)
        qtbot.addWidget(window)
        good = IntegrityReport(chain=ChainReport(events=7, head="a" * 64), structure_checked=True)
        text = "\n".join(window.backups.detail_lines(good))
        assert "versleutelde pagina's: in orde" in text and "auditketen: in orde, 7" in text
        assert "encrypted pages" not in text
    finally:
        QCoreApplication.removeTranslator(translator)


def test_new_case_file_cancelled_keeps_the_open_file(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    from adviser_desk.ui.case_file.create_dialog import CreateCaseFileDialog

    path, _ = closed_case
    window = open_window(qtbot, path, modals, files)
    modals.expect(CreateCaseFileDialog, press_cancel(qtbot))
    qtbot.keyClick(
        window.page.table,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    modals.wait_done()
    _still_open(window, path)
    window.act_close.trigger()


def test_the_case_lists_new_case_button_opens_new_case_and_selects_it(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    """The first thing a new adviser clicks on an empty case file (walk 3 found it dead)."""
    from adviser_desk.domain import cases as dc
    from adviser_desk.ui.case.case_dialogs import NewCaseDialog

    path, _ = closed_case
    window = open_window(qtbot, path, modals, files)
    before = window.page.model.rowCount()

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, NewCaseDialog)
        qtbot.keyClicks(dialog.title, "Nepaccount op Instagram")
        click(qtbot, dialog.types.boxes[dc.IncidentType.FAKE_ACCOUNT])
        press_ok(qtbot)(dialog)

    modals.expect(NewCaseDialog, fill)
    click(qtbot, window.page.case_list.new_button)
    modals.wait_done()
    qtbot.waitUntil(lambda: window.page.model.rowCount() == before + 1)
    assert window.page.case_view.heading.text().endswith("Nepaccount op Instagram")
    window.act_close.trigger()


def test_a_refused_or_cancelled_restore_keeps_the_open_file(
    qtbot: QtBot,
    closed_case: tuple[Path, str],
    case_dir: Path,
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    """File > Restore from backup: the copy is made and unlocked before the open file closes
    (walker F19: a refused restore closed it)."""
    path, _ = closed_case
    stick = tmp_path / "stick"
    stick.mkdir()
    service = svc.unlock_with_password(_other_case_file(case_dir), PASSWORD)
    backup = service.make_backup(stick)
    service.close()
    window = open_window(qtbot, path, modals, files)
    # The copy would replace an existing file: refused, and the open file stays open.
    files.open(backup).save(path)
    modals.accept_box()
    window.act_restore.trigger()
    modals.wait_done()
    assert "already exists" in modals.texts[-1]
    _still_open(window, path)
    # A new name, the unlock cancelled: the copy is there, the open file still open.
    target = case_dir / "Teruggezet.adcase"
    files.open(backup).save(target)
    modals.expect(UnlockDialog, press_cancel(qtbot)).accept_box()  # "kept as …": keep it
    window.act_restore.trigger()
    modals.wait_done()
    assert "It is kept as" in modals.texts[-1]
    assert target.is_file()
    _still_open(window, path)
    # Unlocked: only now does the open file close, and the copy shows.
    second = case_dir / "Teruggezet 2.adcase"
    files.open(backup).save(second)
    modals.expect(UnlockDialog, type_and_enter(qtbot, "password", PASSWORD)).accept_box()
    window.act_restore.trigger()
    qtbot.waitUntil(lambda: window.service is not None and window.service.path == second)
    modals.wait_done()
    assert modals.texts[-1].startswith("The backup of ")
    _still_open(window, second)
    window.act_close.trigger()


def test_new_case_file_proposes_a_name_that_is_free(
    qtbot: QtBot, closed_case: tuple[Path, str], tmp_path: Path, modals: Modals, files: FileDialogs
) -> None:
    """Walker F8: with Zaken.adcase in the default folder, Ctrl+Shift+N proposed that very
    file and refused it only after both passwords had been typed."""
    from adviser_desk.ui.case_file.create_dialog import CreateCaseFileDialog
    from adviser_desk.ui.case_file.recovery_dialog import RecoveryKeyDialog

    path, _ = closed_case
    folder = tmp_path / "desk"
    folder.mkdir()
    existing, _key = svc.create_case_file(folder / "Case files.adcase", PASSWORD, kdf.MINIMUM)
    existing.close()
    (folder / "Case files 2.adcase").write_bytes(b"not mine")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    prefs.Settings().set(prefs.CASE_FILE_FOLDER, str(folder))
    window = open_window(qtbot, path, modals, files)
    proposed: list[str] = []

    def create(dialog: QWidget) -> None:
        assert isinstance(dialog, CreateCaseFileDialog)
        proposed.append(dialog.location.text())
        qtbot.keyClicks(dialog.adviser, "Marieke Jansen")
        qtbot.keyClicks(dialog.passwords.password, PASSWORD)
        qtbot.keyClicks(dialog.passwords.repeat, PASSWORD)
        qtbot.keyClick(dialog.passwords.repeat, Qt.Key.Key_Return)

    def confirm_sheet(dialog: QWidget) -> None:
        assert isinstance(dialog, RecoveryKeyDialog)
        click(qtbot, dialog.confirm)
        click(qtbot, dialog.ok)

    activate(qtbot, window)
    modals.expect(CreateCaseFileDialog, create)
    modals.expect(RecoveryKeyDialog, confirm_sheet)
    qtbot.keyClick(
        window.page.table,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    modals.wait_done(timeout=60_000)
    assert proposed == [str(folder / "Case files 3.adcase")]
    qtbot.waitUntil(lambda: (folder / "Case files 3.adcase").is_file(), timeout=20_000)
    assert {name: (folder / name).read_bytes() for name in before} == before  # untouched
    window.act_close.trigger()


def test_the_case_menu_is_off_while_locked_and_back_after_unlocking(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    """Walk W11: while locked the Case menu looked on and did nothing, Ctrl+N included."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from adviser_desk.ui.case.case_dialogs import NewCaseDialog

    path, _ = closed_case
    window = open_window(qtbot, path, modals, files)
    case_actions = [
        window.act_new_case,
        window.act_find,
        window.act_summary,
        window.act_handover,
        window.act_retention,
        window.act_annual,
        window.act_details,
    ]
    menu = window.menuBar().actions()[1].menu()
    assert menu is not None and all(a in menu.actions() for a in case_actions)
    assert all(action.isEnabled() for action in case_actions)
    qtbot.keyClick(window.page.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.locked
    assert [a.text() for a in case_actions if a.isEnabled()] == []
    # Ctrl+N on the lock screen opens nothing (a dialog that did open is closed and noted).
    opened: list[str] = []

    def close_any() -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None:
            opened.append(type(widget).__name__)
            widget.close()

    QTimer.singleShot(300, close_any)
    activate(qtbot, window)
    qtbot.keyClick(window.locked, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(400)
    assert opened == [] and window.service is None
    unlock(qtbot, window, modals)
    assert all(action.isEnabled() for action in case_actions)
    # Ctrl+N works again: the New case dialog opens (and is cancelled).
    shown: list[QWidget] = []

    def cancel(dialog: QWidget) -> None:
        shown.append(dialog)
        press_cancel(qtbot)(dialog)

    modals.expect(NewCaseDialog, cancel)
    activate(qtbot, window)
    qtbot.keyClick(window.page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.wait_done()
    assert len(shown) == 1
    window.act_close.trigger()
    assert not window.act_new_case.isEnabled()  # no file open: off again


def test_escape_in_new_case_asks_before_discarding_a_typed_description(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    """Walk 4, W6: Ctrl+N, a description typed, a stray Escape: gone without a question. Now
    Escape asks; Keep typing keeps it, and Cancel then Discard closes without a new case."""
    from adviser_desk.ui.case.case_dialogs import NewCaseDialog

    path, _ = closed_case
    window = open_window(qtbot, path, modals, files)
    before = window.page.model.rowCount()
    seen: dict[str, object] = {}

    def type_then_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, NewCaseDialog)
        qtbot.keyClicks(dialog.title, "Dreigbericht")
        dialog.description.setFocus()
        qtbot.keyClicks(dialog.description, "Leerling kreeg een dreigend bericht via Snapchat.")
        qtbot.keyClick(dialog.description, Qt.Key.Key_Escape)  # answered: Keep typing
        seen["kept"] = dialog.isVisible() and "Snapchat" in dialog.description.toPlainText()
        press_cancel(qtbot)(dialog)  # answered: Discard

    modals.expect(NewCaseDialog, type_then_cancel)
    modals.answer(QMessageBox.StandardButton.Cancel)
    modals.answer(QMessageBox.StandardButton.Discard)
    activate(qtbot, window)
    qtbot.keyClick(window.page.case_list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.wait_done()
    assert seen["kept"] is True and len(modals.texts) == 2
    assert window.page.model.rowCount() == before
    window.act_close.trigger()


def test_the_welcome_buttons_keep_their_alt_letters_whatever_the_last_file_is_called(
    qtbot: QtBot, tmp_path: Path, files: FileDialogs
) -> None:
    """Walk 5, W5-20: with Overgedragen.adcase as the last file, Alt+O reopened it and
    'Open a case file…' moved to another letter; an & in a name made a letter of its own."""
    from adviser_desk.ui.common import mnemonics

    last = tmp_path / "Overgedragen & Oud.adcase"
    last.write_bytes(b"\0" * 4096)
    prefs.Settings().set(prefs.LAST_CASE_FILE, str(last))
    window = MainWindow(prefs.Settings(), kdf.MINIMUM)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    welcome = window.welcome
    assert welcome.reopen_button.isVisible()
    assert "Overgedragen && Oud." in welcome.reopen_button.text()  # shown as one &
    letters = {
        button: mnemonics.mnemonic_of(button.text())
        for button in (welcome.create_button, welcome.open_button, welcome.demo_button)
    }
    assert list(letters.values()) == ["n", "o", "d"]
    assert mnemonics.mnemonic_of(welcome.reopen_button.text()) not in letters.values()
    # Alt+O asks for a file to open; the last file is not opened.
    files.answers["open"].append(None)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: files.asked == ["open"])
    assert window.service is None and window.stack.currentWidget() is window.welcome
