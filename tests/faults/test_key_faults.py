"""Damaged, tampered and swapped key files, and password changes: real SQLCipher files and
the real Argon2id and AES-GCM, never a mocked crypto layer."""

from __future__ import annotations

import base64
import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from adviser_desk.services import case_file_service as svc
from adviser_desk.storage import kdf, keyslots
from adviser_desk.storage.errors import (
    KeySlotFileError,
    KeySlotMismatchError,
    StorageError,
    WrongPasswordError,
)
from tests.conftest import NEW_PASSWORD, PASSWORD
from tests.faults.common import cli

THIRD = "blauwe walvis zwemt in de gracht"


def made(folder: Path, name: str = "k.adcase") -> tuple[Path, str]:
    service, recovery = svc.create_case_file(folder / name, PASSWORD, kdf.MINIMUM)
    service.close()
    return folder / name, recovery.formatted()


def key_data(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(keyslots.slot_file_path(path).read_text())
    return data


def write_key_data(path: Path, data: dict[str, Any], reseal: bool) -> None:
    """Writes an edited key file; ``reseal`` recomputes its checksum as a deliberate
    tamperer would, to show that the bounds and the AEAD still hold without it."""
    if reseal:
        data["checksum"] = keyslots._checksum(data)
    keyslots.slot_file_path(path).write_text(json.dumps(data))


def flip_b64(text: str) -> str:
    raw = bytearray(base64.b64decode(text))
    raw[len(raw) // 2] ^= 0x01
    return base64.b64encode(bytes(raw)).decode()


@pytest.mark.parametrize("field", ["wrapped", "nonce", "salt", "case_file_id", "key_id"])
def test_a_damaged_slot_is_reported_as_a_damaged_key_file(
    case_dir: Path, field: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, recovery = made(case_dir)
    data = key_data(path)
    slot = data["slots"][0]
    if field in ("wrapped", "nonce", "salt"):
        slot[field] = flip_b64(slot[field])
    else:
        data[field] = data[field][:-1] + ("0" if data[field][-1] != "0" else "1")
    write_key_data(path, data, reseal=False)
    calls = count_kdf(monkeypatch)
    with pytest.raises(KeySlotFileError) as info:
        svc.unlock_with_password(path, PASSWORD)
    assert "damaged" in str(info.value) and "recovery key" in str(info.value)
    assert "not correct" not in str(info.value)
    assert calls == []  # refused before the KDF ran
    # The recovery key still opens it and a new password writes a sound key file.
    service = svc.unlock_with_recovery_key(path, recovery)
    service.set_new_password(NEW_PASSWORD, kdf.MINIMUM)
    service.close()
    svc.unlock_with_password(path, NEW_PASSWORD).close()


@pytest.mark.parametrize(
    "edit",
    [
        {"memory_kib": 3 * 1024 * 1024},
        {"memory_kib": 1024},
        {"time_cost": 1_000_000_000},
        {"time_cost": 0},
        {"parallelism": 0},
        {"parallelism": 1 << 24},
        {"memory_kib": "lots"},
        {"memory_kib": None},
        {"name": "scrypt"},
    ],
)
@pytest.mark.parametrize("reseal", [False, True])
def test_tampered_kdf_settings_are_refused_before_any_kdf(
    case_dir: Path, edit: dict[str, Any], reseal: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = made(case_dir)
    data = key_data(path)
    data["slots"][0]["kdf"].update(edit)
    write_key_data(path, data, reseal)
    calls = count_kdf(monkeypatch)
    with pytest.raises(KeySlotFileError, match="damaged"):
        svc.unlock_with_password(path, PASSWORD)
    assert calls == []  # no hang, no gigabytes: refused before the KDF ran


def test_kdf_settings_are_bound_to_the_slot(case_dir: Path) -> None:
    """Settings within bounds, checksum recomputed: the AEAD's associated data still holds."""
    path, _ = made(case_dir)
    data = key_data(path)
    data["slots"][0]["kdf"]["time_cost"] += 1
    write_key_data(path, data, reseal=True)
    with pytest.raises(WrongPasswordError):
        svc.unlock_with_password(path, PASSWORD)


def test_a_key_file_swapped_in_from_another_case_file_says_so(case_dir: Path) -> None:
    one, recovery_one = made(case_dir, "one.adcase")
    two, _ = made(case_dir, "two.adcase")  # same password on purpose
    before = one.read_bytes()
    shutil.copy(keyslots.slot_file_path(two), keyslots.slot_file_path(one))
    with pytest.raises(KeySlotMismatchError) as info:
        svc.unlock_with_password(one, PASSWORD)
    assert "another case file" in str(info.value) and "damaged, so" not in str(info.value)
    assert one.read_bytes() == before
    result = cli("verify", str(one), "--password-stdin")
    assert result.returncode == 1 and "another case file" in result.stderr
    # Its own recovery key opens it; the foreign key file is then replaced by its own.
    service = svc.unlock_with_recovery_key(one, recovery_one)
    assert service.case.needs_new_password
    service.set_new_password(NEW_PASSWORD, kdf.MINIMUM)
    service.close()
    svc.unlock_with_password(one, NEW_PASSWORD).close()
    svc.unlock_with_password(two, PASSWORD).close()


def test_a_changed_password_opens_nothing_afterwards(case_dir: Path) -> None:
    path, recovery = made(case_dir)
    old_key_file = keyslots.slot_file_path(path).read_bytes()
    # A key file as versions before 2 left it: the old password's slot kept as -keys.previous.
    keyslots.previous_slot_file_path(path).write_bytes(old_key_file)
    service = svc.unlock_with_password(path, PASSWORD)
    assert not keyslots.previous_slot_file_path(path).exists()  # removed on open
    service.change_password(PASSWORD, NEW_PASSWORD)
    service.close()
    assert not keyslots.previous_slot_file_path(path).exists()
    with pytest.raises(WrongPasswordError):
        svc.unlock_with_password(path, PASSWORD)
    # Damage the current key file: neither password opens it and nothing is "restored".
    keyslots.slot_file_path(path).write_bytes(b"\x00" * 100)
    for password in (PASSWORD, NEW_PASSWORD):
        with pytest.raises(KeySlotFileError, match="damaged"):
            svc.unlock_with_password(path, password)
    assert keyslots.slot_file_path(path).read_bytes() == b"\x00" * 100
    svc.unlock_with_recovery_key(path, recovery).close()


def test_a_legacy_key_file_opens_and_is_upgraded(case_dir: Path) -> None:
    """Key files of version 1 (no checksum, settings unbound) still open, and are rewritten
    in the current format with the same password."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    path, _ = made(case_dir)
    service = svc.unlock_with_password(path, PASSWORD)
    raw = service.case.raw_key
    case_file_id = service.case.slots.case_file_id if service.case.slots else ""
    service.close()
    data = key_data(path)
    slot = data["slots"][0]
    params = kdf.KdfParams.from_json(slot["kdf"])
    salt = base64.b64decode(slot["salt"])
    nonce = os.urandom(12)
    aad = f"{keyslots.FORMAT}/1|{case_file_id}|password|password".encode()
    wrapped = AESGCM(kdf.derive(PASSWORD, salt, params)).encrypt(nonce, raw, aad)
    legacy = {
        "format": keyslots.FORMAT,
        "version": 1,
        "case_file_id": case_file_id,
        "key_id": data["key_id"],
        "slots": [{"kind": "password", "id": "password", "created": slot["created"],
                   "nonce": base64.b64encode(nonce).decode(),
                   "wrapped": base64.b64encode(wrapped).decode(),
                   "kdf": slot["kdf"], "salt": slot["salt"]}],
    }  # fmt: skip
    keyslots.slot_file_path(path).write_text(json.dumps(legacy))
    with pytest.raises(WrongPasswordError):
        svc.unlock_with_password(path, NEW_PASSWORD)
    svc.unlock_with_password(path, PASSWORD).close()
    upgraded = key_data(path)
    assert upgraded["version"] == keyslots.VERSION
    assert upgraded["slots"][0]["aad"] == keyslots.VERSION
    assert "checksum" in upgraded and "case_file_salt" in upgraded
    svc.unlock_with_password(path, PASSWORD).close()


def test_a_missing_key_file_says_missing(case_dir: Path) -> None:
    path, _ = made(case_dir)
    keyslots.slot_file_path(path).unlink()
    with pytest.raises(KeySlotFileError, match="is missing") as info:
        svc.unlock_with_password(path, PASSWORD)
    assert not info.value.damaged


def count_kdf(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts real Argon2id runs (the real function still runs)."""
    calls: list[int] = []
    real = kdf.derive

    def counted(password: str, salt: bytes, params: kdf.KdfParams) -> bytes:
        calls.append(1)
        return real(password, salt, params)

    monkeypatch.setattr(kdf, "derive", counted)
    return calls


def test_a_password_change_runs_one_kdf_per_password_typed(
    case_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = made(case_dir)
    calls = count_kdf(monkeypatch)
    svc.change_password(path, PASSWORD, NEW_PASSWORD)  # the command line: old, new
    assert len(calls) == 2
    calls.clear()
    service = svc.unlock_with_password(path, NEW_PASSWORD)
    assert len(calls) == 1
    calls.clear()
    service.change_password(NEW_PASSWORD, THIRD)  # the window: old and new typed
    assert len(calls) == 2
    service.close()


def test_the_change_is_recorded_before_the_key_file_changes(case_dir: Path) -> None:
    path, _ = made(case_dir)
    service = svc.unlock_with_password(path, PASSWORD)
    keys = keyslots.slot_file_path(path)
    saved = keys.read_bytes()
    keys.unlink()
    keys.mkdir()  # the key file cannot be replaced now
    (keys / "x").write_text("x")
    try:
        with pytest.raises(StorageError):
            service.change_password(PASSWORD, NEW_PASSWORD)
        actions = [row.action for row in service.audit_rows()]
    finally:
        service.close()
        shutil.rmtree(keys)
        keys.write_bytes(saved)
    assert actions[-2:] == ["password.changed", "password.change_failed"]
    svc.unlock_with_password(path, PASSWORD).close()  # unchanged, as recorded


def test_calibration_stays_within_the_memory_cap() -> None:
    params, _seconds = kdf.calibrate()
    assert params.memory_kib <= kdf.CALIBRATION_MAX_MEMORY_KIB
    params.check()
    old = kdf.KdfParams(memory_kib=1024 * 1024, time_cost=3)
    capped = kdf.capped(old)
    assert capped.memory_kib == kdf.CALIBRATION_MAX_MEMORY_KIB
    assert capped.memory_kib * capped.time_cost >= old.memory_kib * old.time_cost
