"""The create, recovery-key and unlock dialogs, driven like a user would."""

from __future__ import annotations

import io
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from adviser_desk.services import case_file_service as svc
from adviser_desk.storage import kdf, keyslots
from adviser_desk.ui.case_file.create_dialog import CreateCaseFileDialog
from adviser_desk.ui.case_file.recovery_dialog import RecoveryKeyDialog
from adviser_desk.ui.case_file.unlock_dialog import UnlockDialog
from tests.conftest import PASSWORD
from tests.ui.drive import click


def test_create_dialog_needs_matching_acceptable_passwords(qtbot: QtBot, case_dir: Path) -> None:
    dialog = CreateCaseFileDialog(case_dir, kdf_params=kdf.MINIMUM)
    qtbot.addWidget(dialog)
    assert not dialog.create_button.isEnabled()
    qtbot.keyClicks(dialog.passwords.password, "kort")
    assert "at least 10" in dialog.passwords.hint.text()
    dialog.passwords.password.setText(PASSWORD)
    qtbot.keyClicks(dialog.passwords.repeat, PASSWORD[:-1])
    assert not dialog.create_button.isEnabled()
    assert "not the same" in dialog.passwords.hint.text()
    qtbot.keyClicks(dialog.passwords.repeat, PASSWORD[-1])
    assert dialog.create_button.isEnabled()
    assert dialog.passwords.meter_label.text() == "Strong"


def test_create_dialog_makes_the_file_in_a_worker(qtbot: QtBot, case_dir: Path) -> None:
    dialog = CreateCaseFileDialog(case_dir, kdf_params=kdf.MINIMUM)
    qtbot.addWidget(dialog)
    dialog.location.setText(str(case_dir / "Nieuw"))
    dialog.passwords.password.setText(PASSWORD)
    dialog.passwords.repeat.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.service is not None and dialog.recovery is not None
    assert dialog.service.path == case_dir / "Nieuw.adcase"
    assert dialog.service.pending_recovery_key() == dialog.recovery
    assert dialog.passwords.value() == ""  # not kept in the widget
    dialog.service.close()


def test_create_dialog_explains_a_missing_folder_and_stays_open(
    qtbot: QtBot, case_dir: Path
) -> None:
    dialog = CreateCaseFileDialog(case_dir, kdf_params=kdf.MINIMUM)
    qtbot.addWidget(dialog)
    dialog.location.setText(str(case_dir / "weg" / "Zaken"))
    dialog.passwords.password.setText(PASSWORD)
    dialog.passwords.repeat.setText(PASSWORD)
    dialog.show()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible() and dialog.isEnabled(), timeout=20000)
    assert "does not exist" in dialog.error.text()
    assert dialog.service is None and dialog.isVisible()


def test_recovery_dialog_needs_confirmation_and_saves_the_sheet(
    qtbot: QtBot, case_dir: Path, tmp_path: Path
) -> None:
    service, recovery = svc.create_case_file(case_dir / "r.adcase", PASSWORD, kdf.MINIMUM)
    dialog = RecoveryKeyDialog(service, recovery)
    qtbot.addWidget(dialog)
    shown = dialog.key_label.text().replace("<br/>", " ").split()
    assert "-".join(shown) == recovery.formatted()
    assert dialog.key_label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    assert not dialog.ok.isEnabled()
    sheet = tmp_path / "sheet.pdf"
    dialog.save_pdf_to(sheet)
    text = PdfReader(io.BytesIO(sheet.read_bytes())).pages[0].extract_text()
    assert all(group in text for group in recovery.formatted().split("-"))
    dialog.confirm.setChecked(True)
    assert dialog.ok.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert service.pending_recovery_key() is None
    actions = [row.action for row in service.audit_rows()]
    assert actions[-2:] == ["recovery_sheet.exported", "recovery_key.confirmed_stored"]
    service.close()


def test_unlock_dialog_wrong_then_right_password(
    qtbot: QtBot, closed_case: tuple[Path, str]
) -> None:
    path, _ = closed_case
    dialog = UnlockDialog(path, try_remembered=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, "niet goed genoeg")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.error.isVisible, timeout=10000)
    assert "not correct" in dialog.error.text()
    assert dialog.service is None and dialog.isVisible()
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.service is not None and dialog.password.text() == ""
    dialog.service.close()


def test_unlock_dialog_with_recovery_key_in_lower_case(
    qtbot: QtBot, closed_case: tuple[Path, str]
) -> None:
    path, key = closed_case
    dialog = UnlockDialog(path, try_remembered=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.toggle, Qt.MouseButton.LeftButton)
    assert dialog.recovery.isVisible() and not dialog.password.isVisible()
    dialog.recovery.setText(key.lower())
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.keyClick(dialog.recovery, Qt.Key.Key_Return)
    assert dialog.used_recovery_key and dialog.service is not None
    dialog.service.close()


def test_unlock_dialog_starts_in_recovery_mode_without_key_file(
    qtbot: QtBot, closed_case: tuple[Path, str]
) -> None:
    path, _ = closed_case
    keyslots.slot_file_path(path).unlink()
    dialog = UnlockDialog(path, try_remembered=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.recovery.isVisible()
    assert "recovery key" in dialog.error.text()


def test_unlock_dialog_reports_a_file_open_elsewhere(
    qtbot: QtBot, closed_case: tuple[Path, str]
) -> None:
    path, _ = closed_case
    holder = svc.unlock_with_password(path, PASSWORD)
    try:
        dialog = UnlockDialog(path, try_remembered=False)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.password.setText(PASSWORD)
        click(qtbot, dialog.unlock_button)
        qtbot.waitUntil(dialog.error.isVisible, timeout=10000)
        assert "already open" in dialog.error.text()
    finally:
        holder.close()


def test_remember_is_disabled_with_an_explanation_without_keyring(
    qtbot: QtBot, closed_case: tuple[Path, str]
) -> None:
    path, _ = closed_case
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog = UnlockDialog(path)
        qtbot.addWidget(dialog)
        dialog.show()
        assert not dialog.remember.isEnabled()
        assert dialog.keyring_note.isVisible()
        assert "not available" in dialog.keyring_note.text()
    finally:
        keyring.set_keyring(previous)


@pytest.mark.keyring
def test_a_remembered_file_unlocks_when_the_dialog_opens(
    qtbot: QtBot, closed_case: tuple[Path, str]
) -> None:
    from tests.storage.test_keyring import SecretService

    if not isinstance(keyring.get_keyring(), SecretService.Keyring):
        pytest.fail("run with `make test`, which starts the Secret Service keyring")
    path, _ = closed_case
    first = UnlockDialog(path, try_remembered=False)
    qtbot.addWidget(first)
    first.show()
    first.password.setText(PASSWORD)
    first.remember.setChecked(True)
    with qtbot.waitSignal(first.accepted, timeout=10000):
        click(qtbot, first.unlock_button)
    assert first.service is not None and first.service.remembered_here()
    first.service.close()
    second = UnlockDialog(path)
    qtbot.addWidget(second)
    with qtbot.waitSignal(second.accepted, timeout=10000):
        second.show()
    assert second.service is not None
    second.service.forget_here()
    second.service.close()


def test_dialog_results_are_dialog_codes(qtbot: QtBot, closed_case: tuple[Path, str]) -> None:
    dialog = UnlockDialog(closed_case[0], try_remembered=False)
    qtbot.addWidget(dialog)
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected


def _older_case_file(case_dir: Path) -> Path:
    """A case file as an older version left it (two revisions behind)."""
    from adviser_desk.storage import migrate

    service, _ = svc.create_case_file(case_dir / "Oud.adcase", PASSWORD, kdf.MINIMUM)
    service.confirm_recovery_key_stored()
    service.update_profile("Marieke Jansen", "Het Baken College")
    migrate.run_alembic(service.case.engine, "0007", downgrade=True)
    path = service.path
    service.close()
    return path


def test_unlocking_an_older_file_says_it_is_upgraded_once(qtbot: QtBot, case_dir: Path) -> None:
    path = _older_case_file(case_dir)
    dialog = UnlockDialog(path, try_remembered=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert "upgraded" in dialog.upgrade_note.text() and "once" in dialog.upgrade_note.text()
    assert dialog.service is not None and dialog.service.case.safety_copy is not None
    dialog.service.close()


def test_cancelling_the_upgrade_leaves_the_file_as_it_was(
    qtbot: QtBot, case_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from adviser_desk.storage import backup, casefile

    path = _older_case_file(case_dir)
    release = threading.Event()
    real_copy = backup.copy_database

    def slow_copy(*args, **kwargs):  # type: ignore[no-untyped-def]
        # The copy of a big file takes minutes; this one waits until Cancel was clicked.
        real_copy(*args, **kwargs)
        release.wait(10)

    monkeypatch.setattr(casefile, "copy_database", slow_copy)
    dialog = UnlockDialog(path, try_remembered=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.upgrade_note.isVisible, timeout=10000)
    assert not dialog.password.isVisible()  # nothing to type while it works
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    click(qtbot, cancel)
    assert "stays as it was" in dialog.upgrade_note.text() and not cancel.isEnabled()
    assert dialog.isVisible()  # the dialog waits for the work to stop
    release.set()
    qtbot.waitUntil(dialog.error.isVisible, timeout=10000)
    assert "cancelled" in dialog.error.text() and "not changed" in dialog.error.text()
    assert dialog.password.isVisible() and not dialog.upgrade_note.isVisible()
    assert list(case_dir.glob("*before-upgrade*")) == []
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # the typed password is still there
    assert dialog.service is not None
    copy = dialog.service.case.safety_copy
    assert copy is not None and "0007" in copy.name  # it was still the old version
    dialog.service.close()


def test_a_4_kib_file_is_converted_in_the_upgrade_with_cancel(
    qtbot: QtBot, case_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 15: a file made with 4 KiB pages is converted to 16 KiB pages in the same upgrade
    step of the unlock dialog; Cancel leaves it byte for byte as it was."""
    import hashlib
    import threading

    from adviser_desk.storage import engine, repage
    from tests.storage.legacy import legacy_case_file

    path, raw_key, _ = legacy_case_file(case_dir)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    release = threading.Event()
    real_export = repage._export

    def slow_export(*args, **kwargs):  # type: ignore[no-untyped-def]
        # A 2 GB file takes minutes; this one waits until Cancel was clicked.
        counts = real_export(*args, **kwargs)
        release.wait(10)
        return counts

    monkeypatch.setattr(repage, "_export", slow_export)
    dialog = UnlockDialog(path, try_remembered=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.upgrade_note.isVisible, timeout=10000)
    assert "upgraded" in dialog.upgrade_note.text()
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    click(qtbot, cancel)
    assert "stays as it was" in dialog.upgrade_note.text()
    release.set()
    qtbot.waitUntil(dialog.error.isVisible, timeout=10000)
    assert "cancelled" in dialog.error.text() and "not changed" in dialog.error.text()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert engine.page_size_of(path, raw_key) == 4096
    assert not repage.staging_path(path).exists()
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.service is not None
    try:
        assert dialog.service.page_size() == 16384 and dialog.service.open_notices() == []
        assert dialog.service.case.safety_copy is None
    finally:
        dialog.service.close()
    assert engine.page_size_of(path, raw_key) == 16384
