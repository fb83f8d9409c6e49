"""A backup keeps the key file of the day it was made: it opens with the password of then, or
the recovery key. The backup message says so with the date, and unlocking a restored copy
says it may need an older password (walk 12, W12-5: "the same password" read as "whatever my
password is then", and the password of now was refused with the usual message only)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.ui.case_file.unlock_dialog import UnlockDialog
from adviser_desk.ui.common import format as fmt
from tests.conftest import PASSWORD
from tests.ui.conftest import open_window
from tests.ui.drive import FileDialogs, Modals

NEW_PASSWORD = "Regenboog-2028!"


def test_a_backup_says_which_password_opens_it_and_the_restore_reminds(
    qtbot: QtBot,
    closed_case: tuple[Path, str],
    case_dir: Path,
    stick: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    path, _ = closed_case
    window = open_window(qtbot, path, modals, files)
    files.folder(stick)
    modals.accept_box()  # "Backup made"
    window.act_backup.trigger()
    modals.wait_done(60_000)
    said = modals.texts[-1]
    assert f"the password you use now (of {fmt.date_text(date.today())})" in said
    assert "still needs today's password, or the recovery key" in said
    (backup,) = stick.glob("*/*.adcase")
    # The password changes after the backup.
    assert window.session is not None
    window.session.file.change_password(PASSWORD, NEW_PASSWORD)
    seen: list[str] = []

    def try_now_then_then(dialog: QWidget) -> None:
        assert isinstance(dialog, UnlockDialog)
        assert dialog.restored_note.isVisible()
        seen.append(dialog.restored_note.text())
        # No empty band between "Password:" and its field (walk 16, W16-3).
        spacing = max(dialog.layout().spacing(), 0)
        gap = dialog.password.geometry().top() - dialog.password_label.geometry().bottom()
        assert gap <= spacing + 4, (gap, spacing)
        dialog.password.setFocus()
        qtbot.keyClicks(dialog.password, NEW_PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        qtbot.waitUntil(dialog.error.isVisible, timeout=30_000)
        seen.append(dialog.error.text())
        qtbot.keyClicks(dialog.password, PASSWORD)  # the wrong text is selected: replaced
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    target = case_dir / "Zaken (teruggezet).adcase"
    files.open(backup).save(target)
    modals.expect(UnlockDialog, try_now_then_then).accept_box()  # "Backup restored"
    window.act_restore.trigger()
    modals.wait_done(60_000)
    qtbot.waitUntil(lambda: window.service is not None and window.service.path == target)
    assert "password that was in use when the backup was made" in seen[0]
    assert "recovery key" in seen[0]
    assert seen[1].startswith("The password is not correct.")
    assert seen[1].endswith(
        "This backup may need an older password: the one in use when it was made."
    )
    window.act_close.trigger()
