"""Consistent encrypted copies of a live case file, and putting one back.

A backup copies the ciphertext as it is, which costs about what ``cp`` costs: the WAL is
checkpointed into the file first, and a read transaction begun on the emptied WAL keeps every
checkpoint from writing into the file while it is copied (SQLite never backfills over a reader
that reads from the database file alone), so the copy is one consistent snapshot even while the
app goes on writing (into the WAL). It keeps the same key and salt, so the password, the
remembered key and the recovery key all open it.

What is verified, exactly: while the snapshot is still held, the copy is flushed to the drive,
the system's cached pages of it are dropped, and it is read back from the drive and compared
byte for byte with the case file. Equal bytes prove the drive holds exactly the snapshot, so
every page keeps the authentication code (HMAC) SQLCipher wrote. The copy is then opened with
the key (which checks page 1's HMAC and the key) and made a one-file database. Not checked
here: whether the case file's own pages were intact before the copy (a page already damaged in
the case file is copied as it is); that is what *Check case file* (``verify``) does. (Before,
every page's HMAC was recomputed on the copy: five to seven times ``cp``; and before that
SQLite's backup API re-encrypted every page.) Only when the app kept writing through every
attempt at a snapshot does the backup API copy page by page, and then every page's HMAC is
checked on the copy.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import json
import mmap
import os
import re
import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from sqlalchemy.engine import Engine
from sqlcipher3 import dbapi2 as sqlcipher

from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.domain.work import Cancelled, CancelRequested, Progress
from adviser_desk.storage import keys, keyslots
from adviser_desk.storage.atomic import fsync_dir
from adviser_desk.storage.engine import FORMAT, SUFFIX, PageFormat, format_in_use
from adviser_desk.storage.errors import (
    CaseFileExistsError,
    DamagedCaseFileError,
    MissingFolderError,
    StorageError,
    from_os_error,
    from_sqlite_error,
)

CHUNK_BYTES = 8 * 2**20  # progress and Cancel every 8 MiB
SNAPSHOT_TRIES = 20
_FULL = (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)


class BackupTargetFullError(StorageError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The backup did not fit in {path}: the drive is full, or the file is larger "
                "than this drive accepts (FAT32 sticks take at most 4 GB). The case file itself "
                "is fine and was not changed; the incomplete backup was removed. Free some "
                "space or choose another drive.",
            ),
            path=str(path),
        )


class BackupCheckFailedError(StorageError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The backup written to {path} failed its check ({detail}), so it was removed. "
                "The case file itself is fine and was not changed. The drive may be failing: "
                "try another one.",
            ),
            path=str(path),
            detail=detail,
        )


class OpenCaseFile(Protocol):
    """What a backup needs of an unlocked case file (storage.casefile.CaseFile). Named here
    rather than imported so the case file can take its upgrade safety copy with this module
    without an import cycle."""

    path: Path
    engine: Engine
    slots: keyslots.KeySlots | None

    @property
    def raw_key(self) -> bytes: ...


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _write_error(exc: OSError, dest: Path) -> StorageError:
    if exc.errno in _FULL:
        return BackupTargetFullError(dest.parent)
    return from_os_error(exc, dest)


def _copy_bytes(
    source: Path,
    dest_fd: int,
    length: int,
    progress: Progress | None,
    cancelled: CancelRequested | None,
) -> None:
    """Copies the first ``length`` bytes; in the kernel where it can (copy_file_range)."""
    with open(source, "rb") as handle:
        src_fd = handle.fileno()
        done = 0
        fast = hasattr(os, "copy_file_range")
        while done < length:
            if cancelled is not None and cancelled():
                raise Cancelled()
            want = min(CHUNK_BYTES, length - done)
            copied = 0
            if fast:
                try:
                    copied = os.copy_file_range(src_fd, dest_fd, want, done, done)
                except OSError as exc:
                    if exc.errno in _FULL:
                        raise
                    fast = False  # another file system or kernel: copy through memory
            if not fast:
                data = os.pread(src_fd, want, done)
                copied = os.pwrite(dest_fd, data, done)
            if copied <= 0:
                raise OSError(errno.EIO, "the case file ended early")
            _start_writing_out(dest_fd, done, copied)
            done += copied
            if progress is not None:
                progress(done, 2 * length)


def _start_writing_out(fd: int, offset: int, length: int) -> None:
    """Starts writing a copied chunk out to the drive now, while the next chunks are copied
    (Linux begins writeback of a range told DONTNEED), rather than leaving the whole copy to
    the flush before the read-back: about 1.75x -> 1.55x ``cp`` + sync on the 2 GiB file
    (bench/big_bench.py). Only a hint: where it is refused, the flush does it all."""
    if hasattr(os, "posix_fadvise"):
        with contextlib.suppress(OSError):
            os.posix_fadvise(fd, offset, length, os.POSIX_FADV_DONTNEED)


def _drive_reader(dest: Path, dest_fd: int) -> tuple[int, bool]:
    """A descriptor that reads the copy from the drive rather than from memory: O_DIRECT where
    the file system allows it (large reads straight from the device, three times faster here
    than the small read-ahead of a buffered read), else the copy's cached pages dropped.
    Returns (descriptor, whether it is a new one to close)."""
    direct = getattr(os, "O_DIRECT", 0)
    if direct:
        try:
            return os.open(dest, os.O_RDONLY | direct), True
        except OSError:
            pass
    _drop_cached(dest_fd)
    return dest_fd, False


def _drop_cached(fd: int) -> None:
    if hasattr(os, "posix_fadvise"):
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)


def _same_as_source(
    source: Path,
    dest: Path,
    dest_fd: int,
    length: int,
    progress: Progress | None,
    cancelled: CancelRequested | None,
) -> bool:
    """Whether the copy, as the drive returns it, is byte for byte the case file's snapshot.

    The copy is flushed and read back from the drive (see _drive_reader) while the case file
    is still held still by the snapshot's read transaction; the case file's chunk is read in a
    second thread meanwhile. A byte compare (memcmp) costs next to nothing beside the reads;
    hashing both sides cost more than the copy itself."""
    os.fsync(dest_fd)
    if os.fstat(dest_fd).st_size != length:
        return False
    reader, close_reader = _drive_reader(dest, dest_fd)
    # Page-aligned, as O_DIRECT needs; offsets and lengths are whole pages.
    theirs = mmap.mmap(-1, CHUNK_BYTES)
    ours = bytearray(CHUNK_BYTES)
    try:
        with open(source, "rb") as handle, ThreadPoolExecutor(1) as pool:
            src_fd = handle.fileno()
            done = 0
            while done < length:
                if cancelled is not None and cancelled():
                    raise Cancelled()
                want = min(CHUNK_BYTES, length - done)
                view = memoryview(ours)[:want]
                reading = pool.submit(_read_exact, src_fd, view, done)
                try:
                    got = _read_exact(reader, memoryview(theirs)[:want], done)
                except OSError:
                    if not close_reader:
                        raise
                    # O_DIRECT refused at read time (some file systems): read buffered, with
                    # the copy's cached pages dropped.
                    os.close(reader)
                    reader, close_reader = dest_fd, False
                    _drop_cached(dest_fd)
                    got = _read_exact(reader, memoryview(theirs)[:want], done)
                del view
                if reading.result() != want or got != want:
                    return False
                if want == CHUNK_BYTES:
                    if ours != theirs:  # type: ignore[comparison-overlap]  # memcmp over buffers
                        return False
                elif ours[:want] != theirs[:want]:
                    return False
                done += want
                if progress is not None:
                    progress(length + done, 2 * length)
    finally:
        theirs.close()
        if close_reader:
            os.close(reader)
    return True


def _read_exact(fd: int, into: memoryview, offset: int) -> int:
    got = 0
    while got < len(into):
        n = os.preadv(fd, [into[got:]], offset + got)
        if n <= 0:
            break
        got += n
    return got


def _snapshot(source: sqlcipher.Connection, wal: Path, page_size: int) -> int | None:
    """Checkpoints and begins a read transaction on an empty WAL; returns the file's length in
    bytes then, or None if the app wrote in between (the caller tries again)."""
    source.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    source.execute("BEGIN")
    pages = int(source.execute("PRAGMA page_count").fetchone()[0])
    if wal.exists() and wal.stat().st_size > 0:
        source.execute("ROLLBACK")
        return None
    return pages * page_size


def _check_copy(
    dest: Path, raw_key: bytes, salt: bytes, page_format: PageFormat, every_page: bool
) -> list[str]:
    """Opens the copy with the key (reading page 1 checks its HMAC and the key), makes it a
    one-file database (no WAL beside it on the stick) and, if asked, checks every page's HMAC;
    returns the problems found."""
    target = sqlcipher.connect(str(dest), isolation_level=None, check_same_thread=False)
    try:
        target.execute("PRAGMA cipher_log_level = NONE")
        target.execute(f"PRAGMA key = {keys.sqlcipher_key_literal(raw_key, salt)}")
        for pragma in page_format.pragmas():
            target.execute(pragma)
        target.execute("PRAGMA temp_store = MEMORY")
        target.execute("SELECT count(*) FROM sqlite_master").fetchone()
        target.execute("PRAGMA journal_mode = DELETE").fetchall()
        if not every_page:
            return []
        return [str(row[0]) for row in target.execute("PRAGMA cipher_integrity_check")]
    finally:
        target.close()


def copy_database(
    case: OpenCaseFile,
    dest: Path,
    progress: Progress | None = None,
    cancelled: CancelRequested | None = None,
) -> None:
    """Writes a consistent, checked encrypted copy of ``case`` to ``dest`` (which must not
    exist). A full drive raises BackupTargetFullError; the case file is never touched."""
    salt = keys.read_salt(case.path)
    try:
        fd = os.open(dest, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600)
    except FileExistsError:
        raise CaseFileExistsError(dest) from None
    except OSError as exc:
        raise _write_error(exc, dest) from exc
    fairy = None
    try:
        fairy = case.engine.raw_connection()
        source = fairy.driver_connection
        assert source is not None
        wal = case.path.with_name(case.path.name + "-wal")
        page_size, page_format = 0, FORMAT
        try:
            page_size = int(source.execute("PRAGMA page_size").fetchone()[0])
            page_format = format_in_use(source)  # the copy is keyed as the case file is
            length = None
            copied = True
            for _ in range(SNAPSHOT_TRIES):
                length = _snapshot(source, wal, page_size)
                if length is not None:
                    break
                time.sleep(0.05)
            if length is None:  # the app never paused writing: copy page by page instead
                copied = False
                _backup_api(case, source, dest, salt, page_format, progress, cancelled)
            else:
                try:
                    _copy_bytes(case.path, fd, length, progress, cancelled)
                    same = _same_as_source(case.path, dest, fd, length, progress, cancelled)
                finally:
                    source.execute("ROLLBACK")
                if not same:
                    raise BackupCheckFailedError(
                        dest, "the copy read back from the drive differs from the case file"
                    )
        except sqlcipher.Error as exc:
            raise (from_sqlite_error(exc, case.path) or DamagedCaseFileError(case.path)) from exc
        finally:
            os.close(fd)
            fd = -1
        try:
            problems = _check_copy(dest, case.raw_key, salt, page_format, every_page=not copied)
        except sqlcipher.Error as exc:
            if str(getattr(exc, "sqlite_errorname", "")) == "SQLITE_FULL":
                raise BackupTargetFullError(dest.parent) from exc
            raise BackupCheckFailedError(dest, str(exc)) from exc
        if problems:
            raise BackupCheckFailedError(dest, "; ".join(problems[:3]))
        _fsync_file(dest)
        fsync_dir(dest.parent)
    except OSError as exc:
        _remove(dest)
        raise _write_error(exc, dest) from exc
    except BaseException:
        _remove(dest)
        raise
    finally:
        if fd >= 0:
            os.close(fd)
        if fairy is not None:
            fairy.close()


def _backup_api(
    case: OpenCaseFile,
    source: sqlcipher.Connection,
    dest: Path,
    salt: bytes,
    page_format: PageFormat,
    progress: Progress | None,
    cancelled: CancelRequested | None,
) -> None:
    """SQLite's online backup (decrypts and re-encrypts every page): only when the app kept
    writing through every attempt to take a snapshot."""
    target = sqlcipher.connect(str(dest), isolation_level=None, check_same_thread=False)
    try:
        target.execute("PRAGMA cipher_log_level = NONE")
        target.execute(f"PRAGMA key = {keys.sqlcipher_key_literal(case.raw_key, salt)}")
        for pragma in page_format.pragmas():
            target.execute(pragma)
        target.execute("PRAGMA temp_store = MEMORY")

        def step(_status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)
            if cancelled is not None and cancelled():
                raise Cancelled()

        try:
            source.backup(target, pages=256, progress=step)
        except sqlcipher.Error as exc:
            # The backup API's errors carry no name; a full target is the likely cause, and the
            # free space says whether it was.
            free = shutil.disk_usage(dest.parent).free
            if free < case.path.stat().st_size:
                raise BackupTargetFullError(dest.parent) from exc
            raise BackupCheckFailedError(dest, str(exc)) from exc
    finally:
        target.close()


def _remove(path: Path) -> None:
    for leftover in (
        path,
        path.with_name(path.name + "-journal"),
        path.with_name(path.name + "-wal"),
        path.with_name(path.name + "-shm"),
    ):
        with contextlib.suppress(OSError):
            leftover.unlink()


def partial_backups(dest_dir: Path, case_path: Path) -> list[Path]:
    """Backup folders of this case file left unfinished (the app was killed while copying)."""
    try:
        return sorted(
            path
            for path in dest_dir.glob(f".{glob.escape(case_path.stem)} backup *.partial")
            if path.is_dir() and not path.is_symlink()
        )
    except OSError:
        return []


def remove_partial_backups(dest_dir: Path, case_path: Path) -> list[Path]:
    """Removes unfinished backups of this case file from ``dest_dir``; returns what went."""
    removed = []
    for path in partial_backups(dest_dir, case_path):
        shutil.rmtree(path, ignore_errors=True)
        if not path.exists():
            removed.append(path)
    return removed


def backup_folder_name(case_path: Path, when: datetime) -> str:
    return f"{case_path.stem} backup {when.strftime('%Y-%m-%d %H%M%S')}"


def make_backup(
    case: OpenCaseFile,
    dest_dir: Path,
    progress: Progress | None = None,
    cancelled: CancelRequested | None = None,
    when: datetime | None = None,
) -> Path:
    """Copies database and key slots into a new folder in ``dest_dir``; returns the copy's path.

    The folder is filled under a temporary name and renamed when complete, so a folder with the
    final name always holds a whole backup.
    """
    if not dest_dir.is_dir():
        raise MissingFolderError(dest_dir)
    when = when or datetime.now()
    final = dest_dir / backup_folder_name(case.path, when)
    partial = dest_dir / f".{final.name}.partial"
    if final.exists():
        raise CaseFileExistsError(final)
    remove_partial_backups(dest_dir, case.path)
    try:
        partial.mkdir(mode=0o700)
    except OSError as exc:
        raise from_os_error(exc, dest_dir) from exc
    try:
        db_copy = partial / case.path.name
        copy_database(case, db_copy, progress, cancelled)
        if case.slots is not None:
            data = case.slots.to_bytes()
            slot_copy = keyslots.slot_file_path(db_copy)
            try:
                fd = os.open(slot_copy, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
                    handle.flush()
                    os.fsync(handle.fileno())
            except OSError as exc:
                raise _write_error(exc, slot_copy) from exc
        try:
            fsync_dir(partial)
            partial.rename(final)
            fsync_dir(dest_dir)
        except OSError as exc:
            raise _write_error(exc, partial) from exc
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return final / case.path.name


@dataclass(frozen=True)
class RestoreNote:
    """That a case file is a restored backup, and of which: the copy cannot be written to
    without its key, so this note beside it (``<file>-restored``) is recorded in the file's
    own audit chain when it is first unlocked, and then removed."""

    backup: str  # the backup file restored, as chosen
    at: str  # when, ISO 8601 in UTC


def restore_note_path(case_path: Path) -> Path:
    return case_path.with_name(case_path.name + "-restored")


def _write_restore_note(path: Path, note: RestoreNote) -> None:
    data = json.dumps({"backup": note.backup, "restored_at": note.at}).encode()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def read_restore_note(case_path: Path) -> RestoreNote | None:
    """The note beside a restored file, or None. A note that cannot be read still says the
    file was restored (from a backup not named)."""
    path = restore_note_path(case_path)
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_bytes())
        return RestoreNote(str(data.get("backup", "")), str(data.get("restored_at", "")))
    except (OSError, ValueError, AttributeError):
        return RestoreNote("", "")


def clear_restore_note(case_path: Path) -> None:
    restore_note_path(case_path).unlink(missing_ok=True)


def restore(backup_path: Path, target: Path) -> Path:
    """Copies a backup (database and key slots) to ``target``, a new case-file path.

    A backup is not live, so a byte copy is consistent here. The restored file is then opened
    like any other case file, which checks its key and pages, and records the restore from
    the note written beside it (see :class:`RestoreNote`).
    """
    backup_path = backup_path.absolute()
    target = target.absolute()
    if target.suffix != SUFFIX:
        target = target.with_name(target.name + SUFFIX)
    if not target.parent.is_dir():
        raise MissingFolderError(target.parent)
    if target.exists() or keyslots.slot_file_path(target).exists():
        raise CaseFileExistsError(target)
    pairs = [(backup_path, target)]
    if keyslots.slot_file_path(backup_path).exists():
        pairs.append((keyslots.slot_file_path(backup_path), keyslots.slot_file_path(target)))
    done: list[Path] = []
    try:
        for source, dest in pairs:
            done.append(dest)  # before the copy: a copy cut off half-way is removed too
            shutil.copyfile(source, dest)
            dest.chmod(0o600)
            _fsync_file(dest)
        note = restore_note_path(target)
        done.append(note)
        _write_restore_note(note, RestoreNote(str(backup_path), datetime.now(UTC).isoformat()))
        fsync_dir(target.parent)
    except BaseException as exc:
        # Whatever stops the restore (a full drive, a pulled stick, Ctrl+C) leaves no half
        # copy and no note beside the case files (walk 14, W14-1: junk stayed there).
        for path in done:
            with contextlib.suppress(OSError):
                if path.is_file():
                    path.unlink()
        if isinstance(exc, OSError):
            raise from_os_error(exc, target) from exc
        raise
    return target


def remove_restored(target: Path) -> bool:
    """Removes a restored copy that was never unlocked (its note is still beside it), with its
    key file and note; False, and nothing removed, when it was unlocked (then it holds work)."""
    if read_restore_note(target) is None:
        return False
    for path in (target, keyslots.slot_file_path(target)):
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            raise from_os_error(exc, path) from exc
    clear_restore_note(target)
    with contextlib.suppress(OSError):
        fsync_dir(target.parent)
    return True


_BACKUP_FOLDER = re.compile(r" backup (\d{4}-\d{2}-\d{2} \d{6})$")


def backup_made_at(backup_path: Path) -> datetime | None:
    """When a backup was made, from its folder's name (see :func:`backup_folder_name`), in
    the computer's local time; None for a file not in a backup folder of ours."""
    found = _BACKUP_FOLDER.search(backup_path.parent.name)
    if found is None:
        return None
    try:
        return datetime.strptime(found.group(1), "%Y-%m-%d %H%M%S").astimezone()
    except ValueError:
        return None


__all__ = [
    "BackupCheckFailedError",
    "BackupTargetFullError",
    "Cancelled",
    "StorageError",
    "backup_made_at",
    "copy_database",
    "make_backup",
    "partial_backups",
    "remove_partial_backups",
    "remove_restored",
    "restore",
    "restore_note_path",
]
