"""Creating and opening case files: from a credential to an open, locked, migrated database."""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from adviser_desk import __version__
from adviser_desk.domain import audit
from adviser_desk.domain.recovery_key import RecoveryKey
from adviser_desk.storage import kdf, keyring_slot, keys, keyslots, lock, migrate
from adviser_desk.storage.audit_log import append
from adviser_desk.storage.backup import copy_database
from adviser_desk.storage.engine import PAGE_SIZE as PAGE_SIZE
from adviser_desk.storage.engine import SUFFIX as SUFFIX
from adviser_desk.storage.engine import make_engine, read_only
from adviser_desk.storage.errors import (
    CUT_OFF,
    EMPTY_FILE,
    UNENCRYPTED_SQLITE,
    CaseFileExistsError,
    CaseFileNotFoundError,
    DamagedCaseFileError,
    KeySlotFileError,
    KeySlotMismatchError,
    MissingFolderError,
    NotACaseFileError,
    RememberedKeyGoneError,
    StorageError,
    WrongRecoveryKeyError,
    from_os_error,
    from_sqlite_error,
)
from adviser_desk.storage.models import CaseFileMeta, Profile
from adviser_desk.storage.repositories import meta

_SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"


def companion_files(path: Path) -> list[Path]:
    """Every file that belongs to a case file on disk (for cleanup, backup and scans)."""
    return [
        path,
        path.with_name(path.name + "-wal"),
        path.with_name(path.name + "-shm"),
        keyslots.slot_file_path(path),
        keyslots.previous_slot_file_path(path),
        lock.lock_path(path),
        lock.os_lock_path(path),
    ]


class CaseFile:
    """An unlocked case file. Holds the lock and the key until :meth:`close`."""

    def __init__(
        self,
        path: Path,
        raw_key: bytes,
        slots: keyslots.KeySlots | None,
        file_lock: lock.CaseFileLock,
        salt: bytes | None = None,
    ) -> None:
        self.path = path
        self.slots = slots
        self.lock = file_lock
        self._raw_key = bytearray(raw_key)
        self.engine = make_engine(path, lambda: self.raw_key, salt)
        self.read_engine = read_only(self.engine)
        self.safety_copy: Path | None = None

    # -- key material -------------------------------------------------------------------------
    @property
    def raw_key(self) -> bytes:
        if not any(self._raw_key):
            raise RuntimeError("case file is closed")
        return bytes(self._raw_key)

    @property
    def needs_new_password(self) -> bool:
        """True after opening with the recovery key while the key-slot file was lost."""
        return self.slots is None

    @property
    def is_open(self) -> bool:
        return self.lock.held

    # -- transactions -------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One write transaction: everything in it commits together or not at all."""
        session = Session(self.engine, expire_on_commit=False)
        try:
            with session.begin():
                yield session
        except DBAPIError as exc:
            mapped = from_sqlite_error(exc, self.path)
            if mapped is None:
                raise
            raise mapped from exc
        finally:
            session.close()

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """One read: a deferred transaction, so it takes no write lock and sees one
        consistent state of the file. Writes belong in :meth:`transaction`."""
        session = Session(self.read_engine, expire_on_commit=False)
        try:
            with session.begin():
                yield session
        except DBAPIError as exc:
            mapped = from_sqlite_error(exc, self.path)
            if mapped is None:
                raise
            raise mapped from exc
        finally:
            session.close()

    @property
    def case_file_id(self) -> str:
        with self.reading() as session:
            return meta(session).case_file_id

    def save_slots(self) -> None:
        if self.slots is not None:
            self.slots.save(self.path)

    def close(self) -> None:
        """Closes the database, forgets the key as far as Python allows, releases the lock."""
        if not self.lock.held:
            return
        try:
            self.engine.dispose()
        finally:
            for i in range(len(self._raw_key)):
                self._raw_key[i] = 0
            self.lock.release()


# -- opening ----------------------------------------------------------------------------------
def _check_file(path: Path) -> None:
    if not path.is_file():
        raise CaseFileNotFoundError(path)
    size = path.stat().st_size
    with open(path, "rb") as handle:
        header = handle.read(len(_SQLITE_PLAIN_HEADER))
    if header == _SQLITE_PLAIN_HEADER:
        raise NotACaseFileError(path, UNENCRYPTED_SQLITE)
    if size == 0:
        raise NotACaseFileError(path, EMPTY_FILE)
    if size % PAGE_SIZE:
        looks_like_ours = path.suffix == SUFFIX or keyslots.slot_file_path(path).exists()
        if not looks_like_ours:
            raise NotACaseFileError(path)
        raise DamagedCaseFileError(path, CUT_OFF)


def _load_slots(path: Path) -> keyslots.KeySlots:
    try:
        slots = keyslots.load(path)
    except KeySlotFileError as exc:
        if path.suffix != SUFFIX and not exc.damaged:
            raise NotACaseFileError(path) from None
        raise
    if not _belongs(slots, path):
        raise KeySlotMismatchError(path, keyslots.slot_file_path(path))
    return slots


def _belongs(slots: keyslots.KeySlots, path: Path) -> bool:
    """False when the key file names another case file's salt (older key files name none:
    they learn it at their next open)."""
    salt = keys.read_salt(path)
    if not slots.db_salt:
        slots.db_salt = salt
        slots.upgraded = True
        return True
    return slots.db_salt == salt


def _load_slots_if_any(path: Path) -> keyslots.KeySlots | None:
    """For the recovery and raw keys, which need no slot: a lost or damaged key file is
    written anew once the adviser sets a new password."""
    try:
        slots = keyslots.load(path)
    except KeySlotFileError:
        return None
    return slots if _belongs(slots, path) else None


def _open(
    path: Path,
    raw_key: bytes,
    slots: keyslots.KeySlots | None,
    rewrite_slots: bool = False,
) -> CaseFile:
    file_lock = lock.CaseFileLock(path)
    file_lock.acquire()
    case: CaseFile | None = None
    try:
        case = CaseFile(path, raw_key, slots, file_lock)
        try:
            case.safety_copy = migrate.upgrade(
                case.engine, path, lambda dest: _safety_copy(case, dest)
            )
        except DBAPIError as exc:
            raise (from_sqlite_error(exc, path) or DamagedCaseFileError(path)) from exc
        if rewrite_slots:
            case.save_slots()
        keyslots.remove_previous(path)
    except BaseException:
        if case is not None:
            case.close()
        else:
            file_lock.release()
        raise
    return case


def _safety_copy(case: CaseFile, dest: Path) -> None:
    copy_database(case, dest)


def open_with_password(path: Path, password: str) -> CaseFile:
    path = path.absolute()
    _check_file(path)
    slots = _load_slots(path)
    raw_key = slots.unlock_with_password(password)
    try:
        return _open(path, raw_key, slots, rewrite_slots=slots.upgraded)
    except NotACaseFileError:
        raise DamagedCaseFileError(path) from None


def open_with_recovery_key(path: Path, recovery: RecoveryKey) -> CaseFile:
    path = path.absolute()
    _check_file(path)
    raw_key = keys.raw_key_from_recovery(recovery, keys.read_salt(path))
    slots = _load_slots_if_any(path)
    if slots is not None and slots.key_id != keys.key_id(raw_key):
        raise WrongRecoveryKeyError(path)
    try:
        return _open(path, raw_key, slots, rewrite_slots=slots is not None and slots.upgraded)
    except DamagedCaseFileError:
        if slots is None:  # no fingerprint to tell a wrong key from a damaged file
            raise WrongRecoveryKeyError(path) from None
        raise


def open_remembered(path: Path) -> CaseFile:
    path = path.absolute()
    _check_file(path)
    slots = _load_slots(path)
    for slot in slots.keyring_slots():
        secret = keyring_slot.fetch(slots.case_file_id, slot.slot_id)
        if secret is None:
            continue
        raw_key = slots.unlock_with_keyring_secret(slot, secret)
        if raw_key is not None:
            return _open(path, raw_key, slots, rewrite_slots=slots.upgraded)
    raise RememberedKeyGoneError()


def open_with_raw_key(path: Path, raw_key: bytes) -> CaseFile:
    """For IT staff tools and tests: open with the SQLCipher key itself."""
    path = path.absolute()
    _check_file(path)
    slots = _load_slots_if_any(path)
    return _open(path, raw_key, slots, rewrite_slots=slots is not None and slots.upgraded)


def is_remembered_here(case: CaseFile) -> bool:
    if case.slots is None:
        return False
    return any(
        keyring_slot.fetch(case.slots.case_file_id, slot.slot_id) is not None
        for slot in case.slots.keyring_slots()
    )


# -- creating ---------------------------------------------------------------------------------
def create(
    path: Path,
    password: str,
    params: kdf.KdfParams | None = None,
    actor: str = "adviser",
) -> tuple[CaseFile, RecoveryKey]:
    """Makes a new case file with a password slot; returns it open, with its recovery key.

    The recovery key is also kept inside the encrypted file until the adviser confirms the
    recovery sheet is stored (see ``services``), so closing the app early does not lose it.
    """
    path = path.absolute()
    if not path.parent.is_dir():
        raise MissingFolderError(path.parent)
    if any(p.exists() for p in companion_files(path)[:5]):
        raise CaseFileExistsError(path)
    params = params or kdf.calibrate()[0]
    recovery = RecoveryKey.generate()
    salt = keys.new_salt()
    raw_key = keys.raw_key_from_recovery(recovery, salt)
    file_lock = lock.CaseFileLock(path)
    file_lock.acquire()
    case: CaseFile | None = None
    try:
        _create_private_file(path)
        case = CaseFile(path, raw_key, None, file_lock, salt=salt)
        try:
            migrate.run_alembic(case.engine, migrate.HEAD_REVISION)
        except DBAPIError as exc:
            raise (from_sqlite_error(exc, path) or DamagedCaseFileError(path)) from exc
        case_file_id = str(uuid.uuid4())
        with case.transaction() as session:
            session.add(
                CaseFileMeta(
                    case_file_id=case_file_id,
                    created_at=audit.utc_now(),
                    created_by_version=__version__,
                    pending_recovery_secret=recovery.secret,
                )
            )
            session.add(Profile(adviser_name="", school_name=""))
            append(
                session,
                actor,
                "case_file.created",
                path.name,
                {"app_version": __version__, "kdf": params.to_json()},
            )
        slots = keyslots.KeySlots(case_file_id, keys.key_id(raw_key), db_salt=salt)
        slots.set_password(raw_key, password, params)
        slots.save(path)
        case.slots = slots
    except BaseException:
        if case is not None:
            case.close()
        else:
            file_lock.release()
        for leftover in companion_files(path):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    return case, recovery


def _create_private_file(path: Path) -> None:
    """An empty file only its owner can read; SQLite then treats it as a new database and its
    -wal and -shm files inherit the permissions."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        raise CaseFileExistsError(path) from None
    except OSError as exc:
        raise from_os_error(exc, path) from exc


__all__ = [
    "SUFFIX",
    "CaseFile",
    "StorageError",
    "companion_files",
    "create",
    "is_remembered_here",
    "open_remembered",
    "open_with_password",
    "open_with_raw_key",
    "open_with_recovery_key",
]
