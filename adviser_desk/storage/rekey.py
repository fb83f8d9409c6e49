"""Re-keying a case file: a new database key, new key slots and a new recovery key.

After an adviser is removed they still know the old database key (and may keep a copy of the
old recovery sheet), so the file is re-encrypted under a key derived from a new recovery key
and a new salt. The old recovery key then derives a key for the new salt that opens nothing.

The copy is made in a hidden staging folder beside the case file with SQLite's online backup
(it decrypts every page and encrypts it under the new key), with progress and Cancel. Then:

1. the key file is written with both sets of slots: the one in force and ``next``;
2. every connection to the old file is closed (its -wal folds into it);
3. the new file is renamed over the old one (one atomic rename);
4. the key file is written with the new set only.

Whichever set's salt matches the file on disk is the one in force (``KeySlots.in_force``), so
a kill at any moment leaves a file that opens with the old key set or the new one, never with
neither. What a kill leaves in the staging folder is removed at the next open.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session
from sqlcipher3 import dbapi2 as sqlcipher

from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.domain.errors import Cancelled, KnownError
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.domain.recovery_key import RecoveryKey
from adviser_desk.domain.work import CancelRequested, Progress
from adviser_desk.storage import keyring_slot, keys, keyslots
from adviser_desk.storage.atomic import fsync_dir
from adviser_desk.storage.audit_log import append
from adviser_desk.storage.engine import format_in_use, format_of, make_engine
from adviser_desk.storage.errors import DamagedCaseFileError, from_os_error, from_sqlite_error
from adviser_desk.storage.repositories import meta

PAGES_PER_STEP = 1024  # 4 MiB a step: Cancel is heard within a fraction of a second


class RekeyableCaseFile(Protocol):
    path: Path
    engine: Engine
    slots: keyslots.KeySlots | None
    adviser: str | None

    @property
    def raw_key(self) -> bytes: ...

    def replace_key(self, raw_key: bytes, slots: keyslots.KeySlots) -> None: ...


class CaseFileBusyError(KnownError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The case file was still in use by other work in this window, so it was not "
                "re-keyed; nothing was changed. Wait until that work has finished and try again.",
            )
        )


@dataclass(frozen=True)
class Rekeyed:
    recovery: RecoveryKey
    key_id: str


def staging_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.rekeying")


def clear_interrupted_rekey(path: Path) -> None:
    """Removes a copy a re-key left unfinished (killed before its swap). Call under the lock;
    the key file's ``next`` set is settled when it is read (``KeySlots.in_force``)."""
    shutil.rmtree(staging_path(path), ignore_errors=True)


def _new_slots(
    case: RekeyableCaseFile,
    password: str,
    public_keys: dict[str, bytes],
    raw_key: bytes,
    salt: bytes,
) -> tuple[keyslots.KeySlots, list[tuple[str, bytes]]]:
    """The slots for the new key: the re-keying adviser's rewrapped with their password (one
    KDF run), everyone else's sealed to their public key, and a new remembered key on this
    computer if the re-keying adviser had one here. Other remembered keys are dropped: their
    secrets lie on other computers (or in a keyring the removed adviser may share)."""
    old = case.slots
    me = case.adviser
    if old is None or me is None:
        raise ValueError("re-key needs the key file and the adviser who unlocked it")
    my_key = old.slot_key(password, me)
    new = keyslots.KeySlots(old.case_file_id, keys.key_id(raw_key), db_salt=salt)
    for slot in old.password_slots():
        if slot.adviser == me:
            new.wrap_with_slot_key(raw_key, slot, my_key)
        else:
            new.seal_for(raw_key, slot, public_keys[slot.adviser])
    remembered: list[tuple[str, bytes]] = []
    if any(
        keyring_slot.fetch(old.case_file_id, slot.slot_id) is not None
        for slot in old.keyring_slots(me)
    ):
        remembered.append(new.add_keyring_slot(raw_key, me))
    return new, remembered


def _copy(
    case: RekeyableCaseFile,
    dest: Path,
    raw_key: bytes,
    salt: bytes,
    progress: Progress | None,
    cancelled: CancelRequested | None,
) -> None:
    """Copies the case file into ``dest`` under the new key, page by page, while a second
    connection holds the write lock so nothing written meanwhile could be left behind."""
    holder = case.engine.raw_connection()
    fairy = case.engine.raw_connection()
    target = None
    try:
        holder.driver_connection.execute("BEGIN IMMEDIATE")  # type: ignore[union-attr]
        source = fairy.driver_connection
        assert source is not None
        target = sqlcipher.connect(str(dest), isolation_level=None, check_same_thread=False)
        target.execute("PRAGMA cipher_log_level = NONE")
        target.execute("PRAGMA cipher_memory_security = OFF")  # process-wide: as engine.py
        target.execute(f"PRAGMA key = {keys.sqlcipher_key_literal(raw_key, salt)}")
        # The copy keeps the case file's page format (the backup refuses differing page
        # sizes; the unlock has already brought an older file to the new one if it could).
        for pragma in format_in_use(source).pragmas():
            target.execute(pragma)
        target.execute("PRAGMA temp_store = MEMORY")

        def step(_status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)
            if cancelled is not None and cancelled():
                raise Cancelled()

        source.backup(target, pages=PAGES_PER_STEP, progress=step)
    except sqlcipher.Error as exc:
        raise (from_sqlite_error(exc, dest) or DamagedCaseFileError(case.path)) from exc
    finally:
        if target is not None:
            target.close()
        with contextlib.suppress(sqlcipher.Error):
            holder.driver_connection.execute("ROLLBACK")  # type: ignore[union-attr]
        holder.close()
        fairy.close()


def _record(
    dest: Path, raw_key: bytes, recovery: RecoveryKey, actor: str, details: dict[str, object]
) -> None:
    """In the new file only: the re-key's audit event, and the new recovery key kept (inside
    the encryption) until the adviser confirms the new sheet is stored."""
    engine = make_engine(dest, lambda: raw_key)
    try:
        with Session(engine) as session, session.begin():
            meta(session).pending_recovery_secret = recovery.secret
            append(session, actor, AuditAction.CASE_FILE_REKEYED, "", details)
    finally:
        engine.dispose()
    # One file on its own: no -wal beside it when it is moved into place.
    conn = sqlcipher.connect(str(dest), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {keys.sqlcipher_key_literal(raw_key)}")
        for pragma in format_of(dest, raw_key).pragmas():
            conn.execute(pragma)
        conn.execute("PRAGMA journal_mode = DELETE").fetchall()
    finally:
        conn.close()
    with open(dest, "rb+") as handle:
        os.fsync(handle.fileno())


def rekey(
    case: RekeyableCaseFile,
    password: str,
    public_keys: dict[str, bytes],
    actor: str,
    details: dict[str, object],
    progress: Progress | None = None,
    cancelled: CancelRequested | None = None,
) -> Rekeyed:
    """Re-encrypts ``case`` under a new key; returns the new recovery key.

    ``password`` is the re-keying adviser's (their slot is rewrapped with it); ``public_keys``
    holds every other adviser's public key. Cancel (or any failure) before the swap leaves the
    file as it was. On return ``case`` is open under the new key.
    """
    old = case.slots
    assert old is not None
    recovery = RecoveryKey.generate()
    salt = keys.new_salt()
    raw_key = keys.raw_key_from_recovery(recovery, salt)
    new, remembered = _new_slots(case, password, public_keys, raw_key, salt)
    path = case.path
    staging = staging_path(path)
    clear_interrupted_rekey(path)
    try:
        staging.mkdir(mode=0o700)
    except OSError as exc:
        raise from_os_error(exc, path) from exc
    staged = staging / path.name
    stored: list[str] = []
    try:
        for slot_id, secret in remembered:
            keyring_slot.store(new.case_file_id, slot_id, secret)
            stored.append(slot_id)
        try:
            os.close(os.open(staged, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        except OSError as exc:
            raise from_os_error(exc, staged) from exc
        _copy(case, staged, raw_key, salt, progress, cancelled)
        _record(staged, raw_key, recovery, actor, details)
        if cancelled is not None and cancelled():
            raise Cancelled()
        fsync_dir(staging)
        # 1. Both sets in the key file: the old one stays in force until the rename.
        both = old.copy()
        both.next = new
        both.save(path)
        # 2. No connection to the old file may outlive it, and its -wal must be folded in.
        case.engine.dispose()
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise CaseFileBusyError()  # a connection is still checked out: keep the old file
        for leftover in (wal, path.with_name(path.name + "-shm")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    except BaseException:
        for slot_id in stored:
            keyring_slot.delete(new.case_file_id, slot_id)
        shutil.rmtree(staging, ignore_errors=True)
        raise
    # 3. The swap: from here on the new set is the one in force.
    try:
        os.replace(staged, path)
    except OSError as exc:
        raise from_os_error(exc, path) from exc
    case.replace_key(raw_key, new)
    try:
        fsync_dir(path.parent)
    except OSError as exc:
        raise from_os_error(exc, path) from exc
    shutil.rmtree(staging, ignore_errors=True)
    # 4. The new set alone (a kill before this is settled at the next open).
    new.save(path)
    for slot in old.keyring_slots(case.adviser):
        keyring_slot.delete(old.case_file_id, slot.slot_id)
    return Rekeyed(recovery, new.key_id)
