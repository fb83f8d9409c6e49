"""File > Advisers and the unlock dialog's "who are you", through the real wiring: the menu
action, typing into the fields, the buttons; only the OS file dialog is answered by the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.session import CaseFileSession
from adviser_desk.storage import kdf
from adviser_desk.storage.errors import WrongRecoveryKeyError
from adviser_desk.ui.case_file.advisers_dialog import AddAdviserDialog, AdvisersDialog, RekeyDialog
from adviser_desk.ui.case_file.recovery_dialog import RecoveryKeyDialog
from adviser_desk.ui.case_file.unlock_dialog import UnlockDialog
from adviser_desk.ui.common import settings as prefs
from adviser_desk.ui.shell.main_window import MainWindow
from tests.conftest import NEW_PASSWORD, PASSWORD
from tests.ui.conftest import open_window
from tests.ui.drive import FileDialogs, Modals, activate, button_named, click, click_row

BRAM = "Bram Jansen"


def _type(qtbot: QtBot, dialog: QWidget, name: str, text: str) -> None:
    field = dialog.findChild(QLineEdit, name)
    assert field is not None, name
    field.setFocus()
    qtbot.keyClicks(field, text)


def _table(dialog: QWidget) -> QTableWidget:
    table = dialog.findChild(QTableWidget, "advisers")
    assert table is not None
    return table


def _names(dialog: QWidget) -> list[str]:
    table = _table(dialog)
    return [table.item(row, 0).text() for row in range(table.rowCount())]


def test_a_second_adviser_is_added_from_file_advisers(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    path, _ = closed_case
    window = open_window(qtbot, path, modals, files)
    seen: list[list[str]] = []

    def add(dialog: QWidget) -> None:
        seen.append(_names(dialog))
        click(qtbot, button_named(dialog, "Add adviser…"))

    def fill(dialog: QWidget) -> None:
        ok = button_named(dialog, "Add adviser")
        _type(qtbot, dialog, "adviser_name", BRAM)
        _type(qtbot, dialog, "new_password", "kort")
        assert not ok.isEnabled()  # the password policy applies
        dialog.findChild(QLineEdit, "new_password").clear()  # type: ignore[union-attr]
        _type(qtbot, dialog, "new_password", NEW_PASSWORD)
        _type(qtbot, dialog, "repeat_password", NEW_PASSWORD)
        click(qtbot, ok)

    def close(dialog: QWidget) -> None:
        seen.append(_names(dialog))
        click(qtbot, button_named(dialog, "Close"))

    modals.expect(AdvisersDialog, add).expect(AddAdviserDialog, fill).expect(AdvisersDialog, close)
    window.act_advisers.trigger()
    modals.wait_done()
    assert seen[0] == ["Marieke Jansen (you)"]
    assert seen[1] == ["Marieke Jansen (you)", BRAM]
    assert {c.name for c in svc.unlock_choices(path)} == {"Marieke Jansen", BRAM}
    assert any(r.action == AuditAction.ADVISER_ADDED for r in window.service.audit_rows())  # type: ignore[union-attr]


def _with_bram(path: Path) -> None:
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as session:
        session.advisers.add(BRAM, NEW_PASSWORD, kdf.MINIMUM)


def test_unlock_asks_who_you_are_and_the_session_is_that_adviser(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    path, _ = closed_case
    _with_bram(path)
    window = MainWindow(prefs.Settings(), kdf.MINIMUM)
    qtbot.addWidget(window)
    activate(qtbot, window)
    files.open(path)
    shown: list[list[str]] = []

    def unlock(dialog: QWidget) -> None:
        combo = dialog.findChild(QComboBox, "adviser")
        assert combo is not None and combo.isVisible()
        shown.append([combo.itemText(i) for i in range(combo.count())])
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # the second adviser: Bram
        _type(qtbot, dialog, "password", NEW_PASSWORD)
        field = dialog.findChild(QLineEdit, "password")
        assert field is not None
        qtbot.keyClick(field, Qt.Key.Key_Return)

    modals.expect(UnlockDialog, unlock)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.session is not None, timeout=20_000)
    assert shown == [["Marieke Jansen", BRAM]]
    assert window.session is not None and window.session.identity.name == BRAM
    assert window.service is not None and window.service.info().adviser_name == BRAM
    # File > Advisers: who has access and when each last unlocked (both have, by now).
    listed: list[list[tuple[str, str]]] = []

    def read(dialog: QWidget) -> None:
        table = _table(dialog)
        listed.append(
            [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
        )
        click(qtbot, button_named(dialog, "Close"))

    modals.expect(AdvisersDialog, read)
    window.act_advisers.trigger()
    modals.wait_done()
    assert [name for name, _ in listed[0]] == ["Marieke Jansen", f"{BRAM} (you)"]
    assert all(last not in ("", "—") for _, last in listed[0]), listed
    window.close_case_file()
    qtbot.waitUntil(lambda: window.session is None)


def test_removing_an_adviser_offers_the_rekey_and_the_new_sheet(
    qtbot: QtBot,
    closed_case: tuple[Path, str],
    modals: Modals,
    files: FileDialogs,
    tmp_path: Path,
) -> None:
    path, old_recovery = closed_case
    _with_bram(path)
    window = open_window(qtbot, path, modals, files)
    sheet = tmp_path / "herstelblad.pdf"
    files.save(sheet)
    keys: list[str] = []

    def remove(dialog: QWidget) -> None:
        click_row(qtbot, _table(dialog), 1)
        click(qtbot, button_named(dialog, "Remove access…"))

    def rekey(dialog: QWidget) -> None:
        assert isinstance(dialog, RekeyDialog)
        _type(qtbot, dialog, "password", PASSWORD)
        click(qtbot, button_named(dialog, "Re-key"))

    def store(dialog: QWidget) -> None:
        assert isinstance(dialog, RecoveryKeyDialog)
        keys.append(dialog.recovery.formatted())
        click(qtbot, button_named(dialog, "Save sheet as PDF…"))  # says where it went
        confirm = dialog.findChild(QCheckBox, "confirm_stored")
        assert confirm is not None
        click(qtbot, confirm)
        click(qtbot, button_named(dialog, "Continue"))

    modals.expect(AdvisersDialog, remove).answer("Yes").answer("Yes")
    modals.expect(RekeyDialog, rekey).expect(RecoveryKeyDialog, store).accept_box()
    window.act_advisers.trigger()
    modals.wait_done(timeout=60_000)
    assert "Bram Jansen" in modals.texts[0] and "Re-key" in modals.texts[1]
    assert [c.name for c in svc.unlock_choices(path)] == ["Marieke Jansen"]
    assert keys and keys[0] != old_recovery
    text = " ".join(page.extract_text() for page in PdfReader(sheet).pages)
    assert keys[0].split("-")[0] in text.replace(" ", "")
    window.close_case_file()
    qtbot.waitUntil(lambda: window.session is None)
    with pytest.raises(WrongRecoveryKeyError):
        svc.unlock_with_recovery_key(path, old_recovery)
    svc.unlock_with_recovery_key(path, keys[0]).close()


def test_cancel_during_the_rekey_keeps_the_old_key_and_says_so_plainly(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    """Cancel (Escape) while the re-key runs: it stops between pages, the dialog says the case
    file keeps its old key (not 'something unexpected went wrong') and closes on the next
    Cancel; the old recovery key and both passwords still open the file."""
    from sqlalchemy import text

    path, old_recovery = closed_case
    _with_bram(path)
    # 32 MiB of filler, so the re-key takes several steps (Cancel is heard between them).
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as session:
        db_session = session.file.case.transaction()
        with db_session as db:
            db.execute(text("CREATE TABLE filler (n INTEGER, data BLOB)"))
            for n in range(128):
                db.execute(text("INSERT INTO filler VALUES (:n, randomblob(262144))"), {"n": n})
    window = open_window(qtbot, path, modals, files)
    said: list[str] = []

    def remove(dialog: QWidget) -> None:
        click_row(qtbot, _table(dialog), 1)
        click(qtbot, button_named(dialog, "Remove access…"))

    def rekey_then_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, RekeyDialog)
        _type(qtbot, dialog, "password", PASSWORD)
        click(qtbot, button_named(dialog, "Re-key"))
        qtbot.waitUntil(lambda: dialog.progress.maximum() > 0, timeout=20_000)  # it runs
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not dialog.working, timeout=20_000)
        assert dialog.isVisible() and dialog.error.isVisible()
        said.append(dialog.error.text())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # now it closes

    def close(dialog: QWidget) -> None:
        click(qtbot, button_named(dialog, "Close"))

    modals.expect(AdvisersDialog, remove).answer("Yes").answer("Yes")
    modals.expect(RekeyDialog, rekey_then_cancel).expect(AdvisersDialog, close)
    window.act_advisers.trigger()
    modals.wait_done(timeout=60_000)
    assert said and "unexpected" not in said[0] and "old key" in said[0], said
    window.close_case_file()
    qtbot.waitUntil(lambda: window.session is None)
    svc.unlock_with_recovery_key(path, old_recovery).close()
    svc.unlock_with_password(path, PASSWORD).close()


def test_adding_an_adviser_measures_the_key_cost_while_they_type(
    qtbot: QtBot,
    closed_case: tuple[Path, str],
    modals: Modals,
    files: FileDialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Walker: Add adviser took about two seconds: a calibration of the password KDF (a few
    full derivations) came before the key itself. With the app's own setting (calibrate on
    this computer) the measurement starts in the background when the dialog opens, while the
    window keeps answering; the click then only derives the key with the measured cost."""
    import threading

    path, _ = closed_case
    window = open_window(qtbot, path, modals, files)
    window.kdf_params = None  # as the app runs: calibrated on this computer
    monkeypatch.setattr(kdf, "_calibration", [])  # this process has not measured yet
    measured_in: list[str] = []
    real = kdf.calibrate

    def calibrate(*args: object) -> tuple[kdf.KdfParams, float]:
        measured_in.append(threading.current_thread().name)
        return real()

    monkeypatch.setattr(kdf, "calibrate", calibrate)

    def add(dialog: QWidget) -> None:
        click(qtbot, button_named(dialog, "Add adviser…"))

    def fill(dialog: QWidget) -> None:
        # The dialog is up and the window answers while the cost is measured elsewhere.
        qtbot.waitUntil(lambda: bool(kdf._calibration), timeout=60_000)
        assert measured_in == ["kdf-calibration"]
        _type(qtbot, dialog, "adviser_name", BRAM)
        _type(qtbot, dialog, "new_password", NEW_PASSWORD)
        _type(qtbot, dialog, "repeat_password", NEW_PASSWORD)
        click(qtbot, button_named(dialog, "Add adviser"))

    def close(dialog: QWidget) -> None:
        assert BRAM in _names(dialog)
        click(qtbot, button_named(dialog, "Close"))

    modals.expect(AdvisersDialog, add).expect(AddAdviserDialog, fill).expect(AdvisersDialog, close)
    window.act_advisers.trigger()
    modals.wait_done(timeout=60_000)
    assert measured_in == ["kdf-calibration"]  # once, ahead; the click did not measure again
    bram = next(s for s in window.service.case.slots.password_slots() if s.label == BRAM)  # type: ignore[union-attr]
    assert bram.kdf_params == kdf.capped(kdf._calibration[0])
