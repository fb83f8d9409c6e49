"""File > Restore from backup says what it did, and leaves nothing it did not mean to (walk 14):
a file that is no backup is refused by its own name before the copy's name is asked or
anything is written (W14-1); a finished restore says what was restored, where the copy is,
which file is open and that the one open before was not changed (W14-6); a copy whose unlock
was cancelled is kept with a word, or removed when the adviser says so (W14-7)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.storage import backup as stored_backup
from adviser_desk.ui.case_file.unlock_dialog import UnlockDialog
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.shell.main_window import MainWindow
from tests.ui.conftest import open_window
from tests.ui.drive import FileDialogs, Modals, button_named, click, press_cancel


def _listing(*folders: Path) -> set[str]:
    return {str(p) for folder in folders for p in folder.rglob("*")}


def _make_backup(window: MainWindow, stick: Path, modals: Modals, files: FileDialogs) -> Path:
    files.folder(stick)
    modals.accept_box()  # "Backup made"
    window.act_backup.trigger()
    modals.wait_done(60_000)
    (backup,) = stick.glob("*/*.adcase")
    return backup


def _still_open(window: MainWindow, path: Path) -> None:
    assert window.service is not None and window.service.path == path
    assert window.stack.currentWidget() is window.page


def test_a_file_that_is_no_backup_is_refused_before_anything_is_asked_or_written(
    qtbot: QtBot,
    closed_case: tuple[Path, str],
    case_dir: Path,
    stick: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    path, _ = closed_case
    window = open_window(qtbot, path, modals, files)
    photo = stick / "Old cases.adcase"  # a screenshot renamed, as the walker did
    image = QImage(320, 240, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    assert image.save(str(photo), "PNG")
    before = _listing(case_dir, stick)
    files.open(photo)  # no name for the copy prepared: asking for one fails the test
    modals.accept_box()
    window.act_restore.trigger()
    modals.wait_done()
    assert files.asked[-1] == "open" and files.titles[-1] == "Choose the backup to restore"
    assert files.answers["save"] == []
    assert modals.texts[-1] == f"{photo} is not an Adviser Desk case file. Nothing was changed."
    assert _listing(case_dir, stick) == before
    _still_open(window, path)

    # A real backup whose copy fails half-way (a folder stands where the copy's note goes):
    # the error is told and the copy and its key file written before are removed again.
    backup = _make_backup(window, stick, modals, files)
    target = case_dir / "Half.adcase"
    blocker = stored_backup.restore_note_path(target)
    blocker.mkdir()
    before = _listing(case_dir, stick)
    files.open(backup).save(target)
    modals.accept_box()
    window.act_restore.trigger()
    modals.wait_done()
    assert "Half.adcase" in modals.texts[-1]
    assert _listing(case_dir, stick) == before  # no Half.adcase, no Half.adcase-keys
    _still_open(window, path)
    window.act_close.trigger()


def test_a_restore_says_what_it_restored_and_which_file_is_open(
    qtbot: QtBot,
    closed_case: tuple[Path, str],
    case_dir: Path,
    stick: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    path, _ = closed_case
    window = open_window(qtbot, path, modals, files)
    assert window.session is not None
    window.session.file.remember_here()  # the copy then opens without a password dialog
    backup = _make_backup(window, stick, modals, files)
    made = stored_backup.backup_made_at(backup)
    assert made is not None
    target = case_dir / "Zaken (restored).adcase"
    files.open(backup).save(target)
    shown: list[QMessageBox] = []

    def read_and_enter(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.append(box)
        assert box.windowTitle() == "Backup restored"
        assert window.service is not None and window.service.path == target  # open already
        qtbot.keyClick(box, Qt.Key.Key_Return)

    modals.expect(QMessageBox, read_and_enter)
    window.act_restore.trigger()
    modals.wait_done(60_000)
    said = modals.texts[-1]
    assert said.startswith(
        f"The backup of {fmt.date_time_text(made)} was restored as a new case file:\n{target}"
    ), said
    assert "This restored copy is the case file open now." in said
    assert f"The case file that was open, {path}, was not changed and is closed now." in said
    assert "File > Open case file…" in said
    _still_open(window, target)
    assert window.service is not None
    window.service.forget_here()
    window.act_close.trigger()


def test_a_copy_not_opened_is_kept_with_a_word_or_removed(
    qtbot: QtBot,
    closed_case: tuple[Path, str],
    case_dir: Path,
    stick: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    path, _ = closed_case
    window = open_window(qtbot, path, modals, files)
    backup = _make_backup(window, stick, modals, files)
    kept = case_dir / "Restored 2.adcase"

    def enter(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert box.windowTitle() == "Restored copy not opened"
        assert box.defaultButton() is button_named(box, "Keep the copy")
        qtbot.keyClick(box, Qt.Key.Key_Return)

    files.open(backup).save(kept)
    modals.expect(UnlockDialog, press_cancel(qtbot)).expect(QMessageBox, enter)
    window.act_restore.trigger()
    modals.wait_done()
    said = modals.texts[-1]
    assert said.startswith(f"The restored copy was not opened. It is kept as {kept};"), said
    assert "open it later with File > Open case file…" in said
    assert f"The case file that was open, {path}, is still open and was not changed." in said
    assert kept.is_file() and stored_backup.restore_note_path(kept).is_file()
    _still_open(window, path)

    removed = case_dir / "Restored 3.adcase"

    def remove(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        click(qtbot, button_named(box, "Remove the copy"))

    before = _listing(case_dir)
    files.open(backup).save(removed)
    modals.expect(UnlockDialog, press_cancel(qtbot)).expect(QMessageBox, remove)
    window.act_restore.trigger()
    modals.wait_done()
    assert _listing(case_dir) == before  # the copy, its key file and its note are gone
    assert backup.is_file()
    _still_open(window, path)
    assert QApplication.activeModalWidget() is None
    window.act_close.trigger()
