"""Where each file chooser starts (walk 5, W5-21): document PDFs (evidence log, letter, case
summary, interview record) in the remembered documents folder, Documents before the first;
the police export and a backup where the last of either went (a USB stick, walk 10, W10-10),
Documents before the first; Restore from backup where the last backup went (not where an
export went). Walk 6, W6-5: backups, Restore and evidence files start in Documents too before
the first, then where the last one of their kind went or came from. Each chooser is opened by
its button, menu item or shortcut; only the OS file chooser is answered by the test."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QListWidget, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from adviser_desk.domain import letters as dl
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.session import CaseFileSession
from tests.conftest import PASSWORD
from tests.ui.conftest import demo_file, open_case, open_window
from tests.ui.drive import FileDialogs, Modals, activate, click, type_and_enter


def _button(widget: object, name: str) -> QPushButton:
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    found = widget.findChild(QPushButton, name)
    assert found is not None, name
    return found


def _click_row(qtbot: QtBot, widget: QListWidget, row: int) -> None:
    rect = widget.visualItemRect(widget.item(row))
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_every_chooser_starts_in_its_own_folder(
    qtbot: QtBot,
    case_dir: Path,
    modals: Modals,
    files: FileDialogs,
    documents: Path,
    stick: Path,
) -> None:
    path, ids = demo_file(case_dir / "Zaken.adcase")
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as session:
        number = session.cases.get_case(ids[0]).number
        draft = session.letters.draft(ids[0], dl.LetterKind.TEAM_NOTICE, "en").draft
        session.letters.save_version(ids[0], dl.LetterKind.TEAM_NOTICE, "en", draft.html, True)
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[0], "Evidence")
    view = window.page.case_view

    def proposed() -> Path:
        return Path(files.proposed[-1])

    # Evidence log, by its menu's Save as PDF… (cancelled in the chooser).
    files.save(None)
    next(
        a
        for a in view.evidence.findChildren(QAction)
        if a.text().replace("&", "") == "Save as PDF…"
    ).trigger()
    assert proposed() == documents / f"{number} evidence log.pdf"
    # Export for the police, clicked: the recipient, then a folder: Documents before the first.
    files.folder(None)
    modals.expect(QInputDialog, type_and_enter(qtbot, "", "Agent Jansen"))
    click(qtbot, _button(view.evidence, "export_police"))
    modals.wait_done()
    assert files.asked[-1] == "folder" and proposed() == documents
    # The case summary by Ctrl+E on the case list.
    files.save(None)
    activate(qtbot, window)
    table = window.page.case_list.table
    qtbot.keyClick(table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert proposed() == documents / f"{number} case summary.pdf"
    # A letter's Save as PDF…, in the editor opened from the Letters tab.
    open_case(qtbot, window, ids[0], "Letters")
    letters = view.letters
    _click_row(qtbot, letters.list, 0)
    click(qtbot, _button(letters, "open_letter"))
    editor = letters.editor
    assert editor is not None
    files.save(None)
    modals.answer(QMessageBox.StandardButton.Yes)  # "[place] is still open": go on
    click(qtbot, _button(editor, "pdf"))
    modals.wait_done()
    assert proposed().parent == documents and proposed().name.startswith(number)
    editor.close()
    qtbot.waitUntil(lambda: letters.editor is None)
    window.act_close.trigger()


def test_restore_and_the_export_start_where_the_backup_went(
    qtbot: QtBot,
    case_dir: Path,
    modals: Modals,
    files: FileDialogs,
    documents: Path,
    stick: Path,
) -> None:
    path, ids = demo_file(case_dir / "Zaken.adcase")
    window = open_window(qtbot, path, modals, files)
    view = window.page.case_view

    def proposed() -> Path:
        return Path(files.proposed[-1])

    # A backup on the stick (Ctrl+B's menu item), then Restore from backup starts there.
    files.folder(stick)
    modals.accept_box()  # "Backup made"
    window.act_backup.trigger()
    assert files.asked[-1] == "folder", files.asked
    modals.wait_done(60_000)
    assert proposed() == documents  # nothing remembered for backups: Documents
    files.open(None)
    window.act_restore.trigger()
    assert files.titles[-1] == "Choose the backup to restore" and proposed() == stick
    # The police export goes to a USB stick too: it starts on the stick the backup went to
    # (walk 10, W10-10), as a backup starts where an export went.
    files.folder(None)
    modals.expect(QInputDialog, type_and_enter(qtbot, "", "Agent Jansen"))
    open_case(qtbot, window, ids[0], "Evidence")
    click(qtbot, _button(view.evidence, "export_police"))
    modals.wait_done()
    assert proposed() == stick
    window.act_close.trigger()


def test_backup_restore_and_evidence_start_in_documents_then_where_last_used(
    qtbot: QtBot,
    case_dir: Path,
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
    documents: Path,
) -> None:
    stick, pictures = tmp_path / "stick", tmp_path / "pictures"
    stick.mkdir()
    pictures.mkdir()
    path, ids = demo_file(case_dir / "Zaken.adcase")
    window = open_window(qtbot, path, modals, files)

    def proposed(back: int = 1) -> Path:
        return Path(files.proposed[-back])

    # Make backup (cancelled in the chooser) and Restore start in Documents (walk 6: home).
    files.folder(None)
    window.act_backup.trigger()
    assert files.asked[-1] == "folder" and proposed() == documents
    # A backup on the stick chosen to restore; the restored copy's name is cancelled. (It is
    # checked first, so it must look like a case file: a copy of one does.)
    shutil.copyfile(path, stick / "Zaken backup.adcase")
    files.open(stick / "Zaken backup.adcase").save(None)
    window.act_restore.trigger()
    assert files.titles[-2] == "Choose the backup to restore" and proposed(2) == documents
    # The next Restore, and the next backup, start on the stick it came from.
    files.open(None)
    window.act_restore.trigger()
    assert files.asked[-1] == "open" and proposed() == stick
    files.folder(None)
    window.act_backup.trigger()
    assert files.asked[-1] == "folder" and proposed() == stick
    # Add > Files… on the Evidence tab: Documents the first time too.
    open_case(qtbot, window, ids[0], "Evidence")
    evidence = window.page.case_view.evidence
    add = _button(evidence, "add")
    (files_action,) = [a for a in add.menu().actions() if a.text().replace("&", "") == "Files…"]
    files.open(None)
    files_action.trigger()
    assert files.titles[-1] == "Add evidence files" and proposed() == documents
    window.act_close.trigger()
