"""Creating, unlocking and the key slots, on real SQLCipher files."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from adviser_desk.domain.recovery_key import RecoveryKey, RecoveryKeyFormatError
from adviser_desk.services import case_file_service as svc
from adviser_desk.storage import casefile, kdf, keyslots
from adviser_desk.storage.errors import (
    CaseFileExistsError,
    CaseFileNotFoundError,
    KeySlotFileError,
    MissingFolderError,
    WrongPasswordError,
    WrongRecoveryKeyError,
)
from tests.conftest import NEW_PASSWORD, PASSWORD
from tests.storage.helpers import sha256


def test_pragmas_are_set_on_every_connection(new_case: tuple[svc.CaseFileService, str]) -> None:
    service, _ = new_case
    with service.case.engine.connect() as conn:
        values = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in (
                "journal_mode",
                "synchronous",
                "foreign_keys",
                "secure_delete",
                "temp_store",
                "cipher_memory_security",
            )
        }
        version = conn.exec_driver_sql("PRAGMA cipher_version").scalar()
    assert values == {
        "journal_mode": "wal",
        "synchronous": 2,  # FULL
        "foreign_keys": 1,
        "secure_delete": 1,
        "temp_store": 2,  # MEMORY
        "cipher_memory_security": "0",  # off: see engine.py
    }
    assert str(version).startswith("4.")


def test_files_are_private_to_the_owner(new_case: tuple[svc.CaseFileService, str]) -> None:
    service, _ = new_case
    for path in (service.path, keyslots.slot_file_path(service.path)):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_password_opens_and_wrong_password_leaves_the_file_untouched(case_dir: Path) -> None:
    service, _ = svc.create_case_file(case_dir / "a.adcase", PASSWORD, kdf.MINIMUM)
    path = service.path
    service.close()
    before = (sha256(path), sha256(keyslots.slot_file_path(path)))
    with pytest.raises(WrongPasswordError) as info:
        svc.unlock_with_password(path, "not the password")
    assert "not correct" in str(info.value)
    assert (sha256(path), sha256(keyslots.slot_file_path(path))) == before
    service = svc.unlock_with_password(path, PASSWORD)
    assert service.info().events >= 1
    service.close()


def test_recovery_key_opens_even_without_the_key_slot_file(case_dir: Path) -> None:
    service, recovery = svc.create_case_file(case_dir / "b.adcase", PASSWORD, kdf.MINIMUM)
    path = service.path
    with service.case.transaction() as session:
        from adviser_desk.storage.audit_log import append

        append(session, "test", "note.added", "marker", {"text": "kept"})
    service.close()
    keyslots.slot_file_path(path).unlink()
    with pytest.raises(KeySlotFileError):
        svc.unlock_with_password(path, PASSWORD)
    service = svc.unlock_with_recovery_key(path, recovery.formatted().lower().replace("-", ""))
    assert service.case.needs_new_password
    assert any(row.subject == "marker" for row in service.audit_rows())
    service.set_new_password(NEW_PASSWORD, kdf.MINIMUM)
    service.close()
    reopened = svc.unlock_with_password(path, NEW_PASSWORD)
    actions = [row.action for row in reopened.audit_rows()]
    assert "unlocked.recovery_key" in actions and "key_slots.recreated" in actions
    reopened.close()


def test_a_recovery_key_of_another_case_file_is_refused(case_dir: Path) -> None:
    first, _ = svc.create_case_file(case_dir / "one.adcase", PASSWORD, kdf.MINIMUM)
    second, other_key = svc.create_case_file(case_dir / "two.adcase", PASSWORD, kdf.MINIMUM)
    first.close()
    second.close()
    before = sha256(case_dir / "one.adcase")
    with pytest.raises(WrongRecoveryKeyError):
        svc.unlock_with_recovery_key(case_dir / "one.adcase", other_key.formatted())
    keyslots.slot_file_path(case_dir / "one.adcase").unlink()
    with pytest.raises(WrongRecoveryKeyError):  # no fingerprint: the database itself refuses
        svc.unlock_with_recovery_key(case_dir / "one.adcase", other_key.formatted())
    assert sha256(case_dir / "one.adcase") == before
    with pytest.raises(RecoveryKeyFormatError):
        svc.unlock_with_recovery_key(case_dir / "two.adcase", "ABCD")


def test_changing_the_password_rewraps_without_touching_the_database(
    new_case: tuple[svc.CaseFileService, str],
) -> None:
    service, _ = new_case
    path = service.path
    raw_before = service.case.raw_key
    service.change_password(PASSWORD, NEW_PASSWORD)
    # No copy of the old key file is kept: the old password must open nothing.
    assert not keyslots.previous_slot_file_path(path).exists()
    with pytest.raises(WrongPasswordError):
        service.change_password(PASSWORD, "another long password here")
    service.close()
    # The database is still encrypted with the very same key: it was rewrapped, not rekeyed.
    conn = sqlcipher.connect(str(path))
    try:
        conn.execute(f"PRAGMA key = \"x'{raw_before.hex()}'\"")
        conn.execute("PRAGMA cipher_page_size = 16384")  # new files
        conn.execute("PRAGMA cipher_hmac_algorithm = HMAC_SHA256")
        actions = [row[0] for row in conn.execute("SELECT action FROM audit_events")]
    finally:
        conn.close()
    assert "password.changed" in actions
    with pytest.raises(WrongPasswordError):
        svc.unlock_with_password(path, PASSWORD)
    svc.unlock_with_password(path, NEW_PASSWORD).close()


def test_weak_passwords_are_refused(case_dir: Path) -> None:
    with pytest.raises(svc.PasswordTooWeakError):
        svc.create_case_file(case_dir / "weak.adcase", "kort", kdf.MINIMUM)
    assert list(case_dir.iterdir()) == []


def test_a_damaged_key_slot_file_is_reported_and_the_recovery_key_rewrites_it(
    new_case: tuple[svc.CaseFileService, str],
) -> None:
    service, recovery = new_case
    path = service.path
    service.change_password(PASSWORD, NEW_PASSWORD)
    service.close()
    keyslots.slot_file_path(path).write_text("{ half a file")
    for password in (PASSWORD, NEW_PASSWORD):
        with pytest.raises(KeySlotFileError, match="is damaged"):
            svc.unlock_with_password(path, password)
    service = svc.unlock_with_recovery_key(path, recovery)
    assert service.case.needs_new_password
    service.set_new_password("een derde lang wachtwoord hier", kdf.MINIMUM)
    service.close()
    data = json.loads(keyslots.slot_file_path(path).read_text())  # rewritten whole
    assert data["format"] == keyslots.FORMAT and data["version"] == keyslots.VERSION
    svc.unlock_with_password(path, "een derde lang wachtwoord hier").close()


def test_the_key_slot_file_holds_no_key_in_clear(new_case: tuple[svc.CaseFileService, str]) -> None:
    service, recovery = new_case
    text = keyslots.slot_file_path(service.path).read_text()
    data = json.loads(text)
    slot = data["slots"][0]
    assert slot["kind"] == "password"
    assert slot["kdf"]["memory_kib"] >= 64 * 1024
    assert slot["kdf"]["time_cost"] >= 3 and slot["kdf"]["parallelism"] == 4
    assert service.case.raw_key.hex() not in text
    assert recovery.replace("-", "") not in text.replace("-", "")


def test_slots_cannot_be_moved_between_case_files(case_dir: Path) -> None:
    one, _ = svc.create_case_file(case_dir / "one.adcase", PASSWORD, kdf.MINIMUM)
    two, _ = svc.create_case_file(case_dir / "two.adcase", PASSWORD, kdf.MINIMUM)
    one.close()
    two.close()
    slots_one = keyslots.load(case_dir / "one.adcase")
    slots_two = keyslots.load(case_dir / "two.adcase")
    slots_two.slots = slots_one.slots  # same password, but bound to the other file's id
    with pytest.raises(WrongPasswordError):
        slots_two.unlock_with_password(PASSWORD)


def test_creating_never_overwrites_and_needs_an_existing_folder(case_dir: Path) -> None:
    svc.create_case_file(case_dir / "x.adcase", PASSWORD, kdf.MINIMUM)[0].close()
    before = sha256(case_dir / "x.adcase")
    with pytest.raises(CaseFileExistsError):
        svc.create_case_file(case_dir / "x.adcase", PASSWORD, kdf.MINIMUM)
    assert sha256(case_dir / "x.adcase") == before
    with pytest.raises(MissingFolderError):
        svc.create_case_file(case_dir / "gone" / "y.adcase", PASSWORD, kdf.MINIMUM)
    with pytest.raises(CaseFileNotFoundError):
        svc.unlock_with_password(case_dir / "nothing.adcase", PASSWORD)


def test_interop_plain_sqlcipher_opens_the_file_with_the_raw_key(
    new_case: tuple[svc.CaseFileService, str],
) -> None:
    """The file is standard SQLCipher 4: default settings plus the raw key are enough."""
    service, _ = new_case
    path = service.path
    raw_hex = service.raw_key_hex()
    service.close()
    conn = sqlcipher.connect(str(path))
    try:
        conn.execute(f"PRAGMA key = \"x'{raw_hex}'\"")
        conn.execute("PRAGMA cipher_page_size = 16384")  # new files
        conn.execute("PRAGMA cipher_hmac_algorithm = HMAC_SHA256")
        rows = conn.execute("SELECT seq, action FROM audit_events ORDER BY seq").fetchall()
        settings = conn.execute("PRAGMA cipher_settings").fetchall()
    finally:
        conn.close()
    assert rows[0] == (1, "case_file.created")
    assert ("raw_key.shown",) in [(action,) for _, action in rows]
    assert ("PRAGMA kdf_iter = 256000;",) in settings  # SQLCipher 4 defaults, untouched


def test_calibration_targets_half_to_one_second() -> None:
    params, seconds = kdf.calibrate()
    assert params.memory_kib >= 64 * 1024 and params.time_cost >= 3 and params.parallelism == 4
    # The bound is loose on purpose: this checks the calibration logic, not machine speed.
    assert 0.2 < seconds < 2.5


def test_recovery_key_text_is_checked_before_any_key_is_tried(case_dir: Path) -> None:
    key = RecoveryKey.generate()
    with pytest.raises(RecoveryKeyFormatError):
        svc.unlock_with_recovery_key(case_dir / "none.adcase", key.formatted()[:-1] + "?")


def test_companion_files_name_everything_beside_the_case_file(case_dir: Path) -> None:
    names = [p.name for p in casefile.companion_files(case_dir / "z.adcase")]
    assert names == [
        "z.adcase",
        "z.adcase-wal",
        "z.adcase-shm",
        "z.adcase-keys",
        "z.adcase-keys.previous",
        "z.adcase-lock",
        "z.adcase-lock.os",
        "z.adcase-restored",
    ]


def test_closing_wipes_the_key_so_no_new_connection_can_be_made(
    case_dir: Path,
) -> None:
    service, _ = svc.create_case_file(case_dir / "w.adcase", PASSWORD, kdf.MINIMUM)
    case = service.case
    service.close()
    assert not case.is_open
    with pytest.raises(RuntimeError, match="closed"):
        _ = case.raw_key
    with pytest.raises(RuntimeError, match="closed"):
        case.engine.connect()
    # Closing released the lock too: the file opens again at once.
    svc.unlock_with_password(case_dir / "w.adcase", PASSWORD).close()
