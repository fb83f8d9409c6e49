"""Consistent encrypted copies of a live case file, and putting one back.

The copy is made with SQLite's online backup API from an open connection, so it is one
consistent snapshot even while the file is in use (copying the file and its WAL by hand is
not). The copy keeps the same key and salt, so the password, the remembered key and the
recovery key all open it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from adviser_desk.storage import keys, keyslots
from adviser_desk.storage.atomic import fsync_dir
from adviser_desk.storage.casefile import SUFFIX, CaseFile
from adviser_desk.storage.errors import (
    CaseFileExistsError,
    DamagedCaseFileError,
    MissingFolderError,
    StorageError,
    from_os_error,
    from_sqlite_error,
)

Progress = Callable[[int, int], None]
PAGES_PER_STEP = 256  # 1 MiB per step: smooth progress, little overhead


class BackupCancelled(Exception):
    """The adviser pressed Cancel; the partial copy has been removed."""


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def copy_database(
    case: CaseFile,
    dest: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Writes a consistent encrypted copy of ``case`` to ``dest`` (which must not exist)."""
    salt = keys.read_salt(case.path)
    try:
        os.close(os.open(dest, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        raise CaseFileExistsError(dest) from None
    except OSError as exc:
        raise from_os_error(exc, dest) from exc
    try:
        target = sqlcipher.connect(str(dest), isolation_level=None, check_same_thread=False)
    except sqlcipher.Error as exc:
        _remove(dest)
        raise (from_sqlite_error(exc, dest) or DamagedCaseFileError(dest)) from exc
    source_fairy = case.engine.raw_connection()
    try:
        target.execute("PRAGMA cipher_log_level = NONE")
        target.execute(f"PRAGMA key = {keys.sqlcipher_key_literal(case.raw_key, salt)}")
        target.execute("PRAGMA temp_store = MEMORY")
        source = source_fairy.driver_connection
        assert source is not None

        def step(_status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)
            if cancelled is not None and cancelled():
                raise BackupCancelled()

        source.backup(target, pages=PAGES_PER_STEP, progress=step)
        # A backup is one self-contained file: no WAL beside it on the stick.
        target.execute("PRAGMA journal_mode = DELETE").fetchall()
        problems = target.execute("PRAGMA cipher_integrity_check").fetchall()
        if problems:
            raise DamagedCaseFileError(dest, "; ".join(str(p[0]) for p in problems[:3]))
    except sqlcipher.Error as exc:
        target.close()
        _remove(dest)
        raise (from_sqlite_error(exc, dest) or DamagedCaseFileError(dest)) from exc
    except BaseException:
        target.close()
        _remove(dest)
        raise
    finally:
        source_fairy.close()
    target.close()
    try:
        _fsync_file(dest)
        fsync_dir(dest.parent)
    except OSError as exc:
        _remove(dest)
        raise from_os_error(exc, dest) from exc


def _remove(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-journal")):
        with contextlib.suppress(OSError):
            leftover.unlink()


def backup_folder_name(case_path: Path, when: datetime) -> str:
    return f"{case_path.stem} backup {when.strftime('%Y-%m-%d %H%M%S')}"


def make_backup(
    case: CaseFile,
    dest_dir: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
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
    try:
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir()
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
                raise from_os_error(exc, slot_copy) from exc
        try:
            fsync_dir(partial)
            partial.rename(final)
            fsync_dir(dest_dir)
        except OSError as exc:
            raise from_os_error(exc, dest_dir) from exc
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return final / case.path.name


def restore(backup_path: Path, target: Path) -> Path:
    """Copies a backup (database and key slots) to ``target``, a new case-file path.

    A backup is not live, so a byte copy is consistent here. The restored file is then opened
    like any other case file, which checks its key and pages.
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
            shutil.copyfile(source, dest)
            done.append(dest)
            dest.chmod(0o600)
            _fsync_file(dest)
        fsync_dir(target.parent)
    except OSError as exc:
        for path in done:
            with contextlib.suppress(OSError):
                path.unlink()
        raise from_os_error(exc, target) from exc
    return target


__all__ = ["BackupCancelled", "StorageError", "copy_database", "make_backup", "restore"]
