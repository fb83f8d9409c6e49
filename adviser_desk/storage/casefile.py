"""Creating and opening case files: from a credential to an open, locked, migrated database."""

from __future__ import annotations

import contextlib
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session
from sqlcipher3 import dbapi2 as sqlcipher

from adviser_desk import __version__
from adviser_desk.domain import audit
from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.domain.errors import KnownError
from adviser_desk.domain.recovery_key import RecoveryKey
from adviser_desk.domain.work import CancelRequested, Progress, never_cancelled, no_progress
from adviser_desk.storage import (
    kdf,
    keyring_slot,
    keys,
    keyslots,
    lock,
    migrate,
    repage,
    wal_check,
)
from adviser_desk.storage.atomic import fsync_dir
from adviser_desk.storage.audit_log import append
from adviser_desk.storage.backup import copy_database, restore_note_path
from adviser_desk.storage.engine import (
    SMALLEST_PAGE_SIZE,
    checkpoint,
    defer_checkpoints,
    key_reads_header,
    make_engine,
)
from adviser_desk.storage.engine import SUFFIX as SUFFIX
from adviser_desk.storage.engine import read_only as deferred
from adviser_desk.storage.errors import (
    CUT_OFF,
    EMPTY_FILE,
    EXTRA_DATA,
    UNENCRYPTED_SQLITE,
    CaseFileExistsError,
    CaseFileNotFoundError,
    DamagedCaseFileError,
    KeySlotFileError,
    KeySlotMismatchError,
    MissingFolderError,
    NotACaseFileError,
    ReadOnlyLocationError,
    RememberedKeyGoneError,
    StorageError,
    WrongKeyOrDamagedError,
    WrongRecoveryKeyError,
    from_os_error,
    from_sqlite_error,
)
from adviser_desk.storage.models import Adviser, CaseFileMeta, Profile
from adviser_desk.storage.rekey import clear_interrupted_rekey
from adviser_desk.storage.repositories import meta

_SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
# The key in a SQLAlchemy session's ``info`` naming the adviser who unlocked the file (who the
# audit chain and every record then name; see services/actor.py).
ADVISER = "adviser_desk_adviser"


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
        restore_note_path(path),
    ]


class CaseFile:
    """An unlocked case file. Holds the lock and the key until :meth:`close`."""

    def __init__(
        self,
        path: Path,
        raw_key: bytes,
        slots: keyslots.KeySlots | None,
        file_lock: lock.CaseFileLock | ReadOnlyHold,
        salt: bytes | None = None,
        read_only: bool = False,
    ) -> None:
        self.path = path
        self.slots = slots
        self.lock = file_lock
        self._raw_key = bytearray(raw_key)
        # On read-only media (a write-protected stick, a CD): opened without a lock, nothing
        # can be written or recorded, and the adviser is told so.
        self.read_only = read_only
        self.engine = make_engine(path, lambda: self.raw_key, salt, immutable=read_only)
        self.read_engine = deferred(self.engine)
        self.safety_copy: Path | None = None
        # The adviser whose slot (password or remembered key) opened the file; None when the
        # recovery key or the raw key opened it and nobody said who they are.
        self.adviser: str | None = None
        # Set when committed changes in a damaged -wal were lost at this open (copy kept).
        self.wal_damage: wal_check.WalDamage | None = None
        # Set when a file in an older page format could not be converted at this open (it works on),
        # or was.
        self.pages_notice: StorageError | None = None
        self.pages_converted = False
        # A batch intake left commits in the WAL for settle() to copy into the file.
        self.checkpoint_due = False

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
    def transaction(self, defer_checkpoint: bool = False) -> Iterator[Session]:
        """One write transaction: everything in it commits together or not at all.

        ``defer_checkpoint`` (a batch of an intake) keeps its commit from copying the WAL
        into the file on this thread (see engine.defer_checkpoints); :meth:`settle` does it
        later, off the adviser's path."""
        session = Session(self.engine, expire_on_commit=False, info={ADVISER: self.adviser})
        try:
            with session.begin():
                if defer_checkpoint:
                    defer_checkpoints(session.connection())
                    self.checkpoint_due = True
                yield session
        except DBAPIError as exc:
            mapped = from_sqlite_error(exc, self.path)
            if mapped is None and isinstance(exc, OperationalError) and self._pages_fail():
                # A page that fails its HMAC while a large value is read surfaces as a plain
                # "SQL logic error"; the page check tells it from a bug.
                mapped = DamagedCaseFileError(self.path)
            if mapped is None:
                raise
            if isinstance(mapped, DamagedCaseFileError):
                # SQLCipher leaves a connection that met a bad page in an error state (later
                # statements fail with "out of memory"): start afresh, so verify still runs.
                session.close()
                self.engine.dispose()
            raise mapped from exc
        finally:
            session.close()

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """One read: a deferred transaction, so it takes no write lock and sees one
        consistent state of the file. Writes belong in :meth:`transaction`."""
        session = Session(self.read_engine, expire_on_commit=False, info={ADVISER: self.adviser})
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

    def settle(self) -> None:
        """Copies into the file what batch intakes left in the WAL (a passive checkpoint);
        nothing when none did. For a worker after an import: the commits were already
        durable, so this only moves work off the intake's path."""
        if not self.checkpoint_due:
            return
        self.checkpoint_due = False
        try:
            checkpoint(self.engine)
        except sqlcipher.Error as exc:
            raise (from_sqlite_error(exc, self.path) or DamagedCaseFileError(self.path)) from exc

    def _pages_fail(self) -> bool:
        """Whether any encrypted page fails its HMAC (on a fresh connection: one that met a bad
        page stays in an error state). Only run on the error path."""
        self.engine.dispose()
        try:
            with self.engine.connect() as conn:
                return bool(conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall())
        except DBAPIError:
            return True
        finally:
            self.engine.dispose()

    @property
    def case_file_id(self) -> str:
        with self.reading() as session:
            return meta(session).case_file_id

    def replace_key(self, raw_key: bytes, slots: keyslots.KeySlots) -> None:
        """After a re-key moved the new file into place: new connections use the new key."""
        self.engine.dispose()
        self._raw_key[:] = raw_key  # overwrites the old key's bytes
        self.slots = slots

    def reconnect(self) -> None:
        """After the file on disk was replaced by one with other pages (storage/repage.py): a
        new engine, which reads the page size again."""
        self.engine.dispose()
        self.engine = make_engine(self.path, lambda: self.raw_key, immutable=self.read_only)
        self.read_engine = deferred(self.engine)

    def save_slots(self) -> None:
        if self.slots is not None:
            self.slots.save(self.path)

    def forget(self) -> None:
        """Closes the database and forgets the key as far as Python allows; keeps the lock."""
        try:
            self.engine.dispose()
        finally:
            for i in range(len(self._raw_key)):
                self._raw_key[i] = 0

    def close(self) -> None:
        """Closes the database, forgets the key, releases the lock."""
        if not self.lock.held:
            return
        try:
            self.forget()
        finally:
            self.lock.release()


class ReadOnlyHold:
    """Stands in for the lock on read-only media, where no lock file can be made (and where
    nobody can write either)."""

    def __init__(self) -> None:
        self.held = True
        self.cleared_stale: dict[str, object] | None = None

    def release(self) -> None:
        self.held = False


# -- opening ----------------------------------------------------------------------------------
# Beginnings of files people may mistake for a case file (a photo or document renamed, an
# archive); compressed formats can look random after their header, so they are named here.
_OTHER_FORMATS = (
    (0, b"\x89PNG\r\n\x1a\n"), (0, b"\xff\xd8\xff"), (0, b"GIF8"), (0, b"%PDF"),
    (0, b"PK\x03\x04"), (0, b"PK\x05\x06"), (0, b"RIFF"), (4, b"ftyp"), (0, b"BM"),
    (0, b"\x1f\x8b"), (0, b"7z\xbc\xaf"), (0, b"Rar!"), (0, b"\xd0\xcf\x11\xe0"),
    (0, b"ID3"), (0, b"OggS"), (0, b"fLaC"), (0, b"\x1a\x45\xdf\xa3"), (0, b"II*\x00"),
    (0, b"MM\x00*"), (0, b"\x00\x00\x01\x00"), (0, b"\xfd7zXZ"), (0, b"BZh"),
)  # fmt: skip


def _looks_encrypted(head: bytes) -> bool:
    """Whether the first page could be SQLCipher's: a random salt and ciphertext, which look
    like noise. Any known file type (an image renamed .adcase) or text is not."""
    if any(head[offset:].startswith(magic) for offset, magic in _OTHER_FORMATS):
        return False
    if _is_text(head):
        return False
    body = head[16:]
    if len(body) < 256:
        return True  # too short to judge; the size and key checks follow
    counts = [0] * 256
    for byte in body:
        counts[byte] += 1
    expected = len(body) / 256
    chi_square = sum((count - expected) ** 2 for count in counts) / expected
    # Ciphertext gives about 255 +- 23 (255 degrees of freedom); 600 is 15 sigma away, while
    # text, images and documents lie in the thousands.
    return chi_square < 600


def _is_text(head: bytes) -> bool:
    """Readable text (a note renamed .adcase): ciphertext of even 16 bytes decodes as UTF-8
    without control characters far less than once in a million files."""
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return all(char.isprintable() or char in "\t\r\n" for char in text)


def _check_file(path: Path) -> None:
    if not path.is_file():
        raise CaseFileNotFoundError(path)
    size = path.stat().st_size
    with open(path, "rb") as handle:
        head = handle.read(SMALLEST_PAGE_SIZE)
    if head.startswith(_SQLITE_PLAIN_HEADER):
        raise NotACaseFileError(path, UNENCRYPTED_SQLITE)
    if size == 0:
        raise NotACaseFileError(path, EMPTY_FILE)
    if not _looks_encrypted(head):
        raise NotACaseFileError(path)
    if size % SMALLEST_PAGE_SIZE:
        looks_like_ours = path.suffix == SUFFIX or keyslots.slot_file_path(path).exists()
        if not looks_like_ours:
            raise NotACaseFileError(path)
        raise DamagedCaseFileError(path, CUT_OFF)


check_file = _check_file


def _load_slots(path: Path) -> keyslots.KeySlots:
    try:
        slots = keyslots.load(path)
    except KeySlotFileError as exc:
        if path.suffix != SUFFIX and not exc.damaged:
            raise NotACaseFileError(path) from None
        raise
    slots = slots.in_force(keys.read_salt(path))
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
        slots = keyslots.load(path).in_force(keys.read_salt(path))
    except KeySlotFileError:
        return None
    return slots if _belongs(slots, path) else None


def _open(
    path: Path,
    raw_key: bytes,
    slots: keyslots.KeySlots | None,
    rewrite_slots: bool = False,
    progress: Progress = no_progress,
    cancelled: CancelRequested = never_cancelled,
    adviser: str | None = None,
) -> CaseFile:
    """``progress`` and ``cancelled`` serve only an upgrade of an older file (see
    migrate.upgrade); an up-to-date file reports nothing."""
    file_lock = lock.CaseFileLock(path)
    try:
        file_lock.acquire()
    except ReadOnlyLocationError:
        read_only = _open_read_only(path, raw_key, slots)
        read_only.adviser = adviser
        return read_only
    case: CaseFile | None = None
    try:
        _clear_interrupted_creation(path)
        clear_interrupted_rekey(path)
        repage.clear_interrupted_repage(path)
        before = wal_check.snapshot(path)  # before SQLite's first opener wipes the -shm
        case = CaseFile(path, raw_key, slots, file_lock)
        case.adviser = adviser
        try:
            case.wal_damage = wal_check.after_open(case.engine, path, before)
            _check_size(case)
            _upgrade(case, progress, cancelled)
            if case.wal_damage is not None:
                with case.transaction() as session:
                    append(
                        session,
                        "adviser-desk",
                        AuditAction.WAL_DAMAGED,
                        case.wal_damage.copy.name,
                        {
                            "frames_committed": case.wal_damage.frames_committed,
                            "frames_recovered": case.wal_damage.frames_recovered,
                        },
                    )
        except DBAPIError as exc:
            raise (from_sqlite_error(exc, path) or DamagedCaseFileError(path)) from exc
        if rewrite_slots:
            case.save_slots()
        keyslots.remove_previous(path)
    except BaseException:
        try:
            if case is not None:
                case.forget()
        finally:
            # Nothing of the failed open stays next to the file: the lock files it made go too
            # (walk 8, W8-5: a damaged file kept a -lock and -lock.os after "nothing changed").
            file_lock.release(remove_made=True)
        raise
    return case


def _upgrade(case: CaseFile, progress: Progress, cancelled: CancelRequested) -> None:
    """Brings a file made by an older version up to date, in one progress bar with one
    Cancel: first its pages (to 16 KiB with HMAC-SHA256, a new file beside it renamed over it; see
    storage/repage.py), then its schema (with a safety copy; see migrate.upgrade). Each step
    leaves the file whole when cancelled or killed."""
    total = migrate.PROGRESS_TOTAL
    schema_due = migrate.current_revision(case.engine) != migrate.HEAD_REVISION
    schema_progress = progress
    if repage.needed(case.engine):
        share = total // 2 if schema_due else total

        def pages(done: int, of: int) -> None:
            progress(*((0, 0) if of == 0 else (share * done // of, total)))

        pages(0, 1)
        notice = repage.repage(case.path, case.engine, case.raw_key, pages, cancelled)
        if notice is None:
            case.reconnect()
        case.pages_notice = notice
        case.pages_converted = notice is None

        def schema(done: int, of: int) -> None:
            progress(*((0, 0) if of == 0 else (share + (total - share) * done // of, total)))

        if schema_due:
            schema_progress = schema
        else:
            progress(total, total)
    case.safety_copy = migrate.upgrade(
        case.engine,
        case.path,
        lambda dest, copied, stop: copy_database(case, dest, copied, stop),
        progress=schema_progress,
        cancelled=cancelled,
    )


def _open_read_only(path: Path, raw_key: bytes, slots: keyslots.KeySlots | None) -> CaseFile:
    """The lock file cannot be written: the case file lies on read-only media. It is opened
    read-only when it was closed cleanly and needs no upgrade."""
    if wal_check.wal_path(path).exists() or not os.access(path, os.R_OK):
        raise ReadOnlyLocationError(path.parent)  # its last changes could not be read here
    case = CaseFile(path, raw_key, slots, ReadOnlyHold(), read_only=True)
    try:
        try:
            _check_size(case)
            if migrate.current_revision(case.engine) != migrate.HEAD_REVISION:
                raise ReadOnlyLocationError(path.parent)
        except DBAPIError as exc:
            raise (from_sqlite_error(exc, path) or DamagedCaseFileError(path)) from exc
    except BaseException:
        case.close()
        raise
    return case


def _check_size(case: CaseFile) -> None:
    """The file must hold exactly the pages the database says it has: pages appended to it,
    or cut off at a page boundary, mean it was damaged or tampered with."""
    wal = wal_check.wal_path(case.path)
    with case.engine.connect() as conn:
        pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar() or 0)
        page_size = int(conn.exec_driver_sql("PRAGMA page_size").scalar() or 0)
        if wal.exists() and wal.stat().st_size > 0:
            return  # recent pages live in the WAL; the file catches up at the next checkpoint
        size = case.path.stat().st_size
    if size > pages * page_size:
        raise DamagedCaseFileError(case.path, EXTRA_DATA)
    if size < pages * page_size:
        raise DamagedCaseFileError(case.path, CUT_OFF)


def open_with_password(
    path: Path,
    password: str,
    progress: Progress = no_progress,
    cancelled: CancelRequested = never_cancelled,
    adviser: str | None = None,
) -> tuple[CaseFile, bytes]:
    """Opens with ``adviser``'s password (their slot only: one KDF run), or with no adviser
    named, whichever slot the password opens. Returns the file and the adviser's public key."""
    path = path.absolute()
    _check_file(path)
    slots = _load_slots(path)
    opened = slots.open_with_password(password, adviser)
    try:
        case = _open(
            path, opened.raw_key, slots, slots.upgraded, progress, cancelled, opened.adviser
        )
    except NotACaseFileError:
        raise DamagedCaseFileError(path) from None
    return case, opened.public_key


def unlock_choices(path: Path) -> list[tuple[str, str]]:
    """The advisers who can unlock ``path`` with a password (id and name as the key file
    lists them), read without any key; empty when the key file cannot be read."""
    path = path.absolute()
    try:
        slots = keyslots.load(path).in_force(keys.read_salt(path))
    except (KeySlotFileError, OSError):
        return []
    return [(s.adviser, s.label) for s in slots.password_slots()]


def remembered_advisers(path: Path) -> list[str]:
    """The advisers whose key is remembered in this computer's keyring, without unlocking."""
    path = path.absolute()
    try:
        slots = keyslots.load(path).in_force(keys.read_salt(path))
    except (KeySlotFileError, OSError):
        return []
    found: list[str] = []
    for slot in slots.keyring_slots():
        if slot.adviser not in found and keyring_slot.fetch(slots.case_file_id, slot.slot_id):
            found.append(slot.adviser)
    return found


def open_with_recovery_key(
    path: Path,
    recovery: RecoveryKey,
    progress: Progress = no_progress,
    cancelled: CancelRequested = never_cancelled,
) -> CaseFile:
    path = path.absolute()
    _check_file(path)
    raw_key = keys.raw_key_from_recovery(recovery, keys.read_salt(path))
    slots = _load_slots_if_any(path)
    if slots is not None and slots.key_id != keys.key_id(raw_key):
        raise WrongRecoveryKeyError(path)
    try:
        upgraded = slots is not None and slots.upgraded
        return _open(path, raw_key, slots, upgraded, progress, cancelled)
    except DamagedCaseFileError:
        # Without a key file there is no fingerprint of the key: the first page's header tells
        # a right key (the file is damaged, so it is said so with the way out: the backup)
        # from a wrong key or a damaged header, which look alike (walk 7, W7-3).
        if slots is None and not key_reads_header(path, raw_key):
            raise WrongKeyOrDamagedError(path) from None
        raise


def open_remembered(
    path: Path,
    progress: Progress = no_progress,
    cancelled: CancelRequested = never_cancelled,
    adviser: str | None = None,
) -> CaseFile:
    """With a key remembered on this computer: ``adviser``'s, or anyone's when None."""
    path = path.absolute()
    _check_file(path)
    slots = _load_slots(path)
    for slot in slots.keyring_slots(adviser):
        secret = keyring_slot.fetch(slots.case_file_id, slot.slot_id)
        if secret is None:
            continue
        raw_key = slots.unlock_with_keyring_secret(slot, secret)
        if raw_key is not None:
            return _open(path, raw_key, slots, slots.upgraded, progress, cancelled, slot.adviser)
    raise RememberedKeyGoneError()


def open_with_raw_key(path: Path, raw_key: bytes) -> CaseFile:
    """For IT staff tools and tests: open with the SQLCipher key itself."""
    path = path.absolute()
    _check_file(path)
    slots = _load_slots_if_any(path)
    return _open(path, raw_key, slots, rewrite_slots=slots is not None and slots.upgraded)


def is_remembered_here(case: CaseFile) -> bool:
    """Whether the adviser who unlocked the file has a key remembered on this computer."""
    if case.slots is None:
        return False
    return any(
        keyring_slot.fetch(case.slots.case_file_id, slot.slot_id) is not None
        for slot in case.slots.keyring_slots(case.adviser)
    )


# -- creating ---------------------------------------------------------------------------------
def staging_path(path: Path) -> Path:
    """The hidden folder a new case file is made in before it appears under its name."""
    return path.with_name(f".{path.name}.creating")


def _clear_interrupted_creation(path: Path) -> None:
    """Removes what a creation stopped halfway (kill -9, power cut) left: the staging folder
    and, when only the key file had been moved out of it, that key file. Call under the lock."""
    staging = staging_path(path)
    if not staging.is_dir():
        return
    staged = staging / path.name
    keys_file = keyslots.slot_file_path(path)
    if not path.exists() and staged.is_file() and keys_file.is_file():
        with contextlib.suppress(OSError, KnownError):
            if keyslots.load(path).db_salt == keys.read_salt(staged):
                keys_file.unlink()
    shutil.rmtree(staging, ignore_errors=True)


def create(
    path: Path,
    password: str,
    params: kdf.KdfParams | None = None,
    actor: str = "adviser",
    adviser_name: str = "",
) -> tuple[CaseFile, RecoveryKey]:
    """Makes a new case file with a password slot; returns it open, with its recovery key.

    The file is made in a hidden staging folder beside its final place and moved there only
    when complete: first its key file, then the case file. A crash at any moment leaves no
    case file at all or a complete one with its key file (a crash between the two moves
    leaves a key file alone, which the next ``new`` of that name removes).

    The recovery key is also kept inside the encrypted file until the adviser confirms the
    recovery sheet is stored (see ``services``), so closing the app early does not lose it.
    """
    path = path.absolute()
    if not path.parent.is_dir():
        raise MissingFolderError(path.parent)
    if any(p.exists() for p in companion_files(path)[:5]) and not staging_path(path).is_dir():
        raise CaseFileExistsError(path)
    file_lock = lock.CaseFileLock(path)
    file_lock.acquire()
    staging = staging_path(path)
    staged: CaseFile | None = None
    moved: list[Path] = []
    try:
        _clear_interrupted_creation(path)
        if any(p.exists() for p in companion_files(path)[:5]):
            raise CaseFileExistsError(path)
        params = params or kdf.calibrated()
        recovery = RecoveryKey.generate()
        salt = keys.new_salt()
        raw_key = keys.raw_key_from_recovery(recovery, salt)
        try:
            staging.mkdir(mode=0o700)
        except OSError as exc:
            raise from_os_error(exc, path) from exc
        stage_path = staging / path.name
        _create_private_file(stage_path)
        staged = CaseFile(stage_path, raw_key, None, file_lock, salt=salt)
        try:
            migrate.run_alembic(staged.engine, migrate.HEAD_REVISION)
        except DBAPIError as exc:
            raise (from_sqlite_error(exc, path) or DamagedCaseFileError(path)) from exc
        case_file_id = str(uuid.uuid4())
        slots = keyslots.KeySlots(case_file_id, keys.key_id(raw_key), db_salt=salt)
        public_key = slots.set_password(raw_key, password, params, label=adviser_name)
        adviser = slots.password_slot().adviser
        with staged.transaction() as session:
            session.add(
                CaseFileMeta(
                    case_file_id=case_file_id,
                    created_at=audit.utc_now(),
                    created_by_version=__version__,
                    pending_recovery_secret=recovery.secret,
                )
            )
            session.add(Profile(adviser_name="", school_name=""))
            session.add(
                Adviser(
                    id=adviser,
                    name=adviser_name,
                    added_at=audit.utc_now(),
                    last_unlocked_at=audit.utc_now(),
                    public_key=public_key,
                )
            )
            append(
                session,
                actor,
                AuditAction.CASE_FILE_CREATED,
                path.name,
                {"app_version": __version__, "kdf": params.to_json()},
            )
        slots.save(stage_path)
        staged.forget()  # closing the last connection folds the -wal into the file
        staged = None
        if wal_check.wal_path(stage_path).exists():
            raise DamagedCaseFileError(path)  # never move a file that is not whole
        try:
            for source, target in (
                (keyslots.slot_file_path(stage_path), keyslots.slot_file_path(path)),
                (stage_path, path),  # the case file appears last, complete
            ):
                os.rename(source, target)
                moved.append(target)
            fsync_dir(path.parent)
        except OSError as exc:
            raise from_os_error(exc, path) from exc
        shutil.rmtree(staging, ignore_errors=True)
        case = CaseFile(path, raw_key, slots, file_lock)
        case.adviser = adviser
    except BaseException:
        if staged is not None:
            staged.forget()
        file_lock.release()
        for target in reversed(moved):
            with contextlib.suppress(OSError):
                target.unlink()
        shutil.rmtree(staging, ignore_errors=True)
        if not path.exists():
            for leftover in (lock.lock_path(path), lock.os_lock_path(path)):
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
