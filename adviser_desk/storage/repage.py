"""Moving an older case file to the page format of new files: 16 KiB pages, HMAC-SHA256.

Issue 15: 16 KiB pages store evidence about a quarter faster than SQLCipher's 4 KiB, and an
HMAC-SHA256 per page in another 16-19% less time than SQLCipher 4's HMAC-SHA512. Both are
part of the encrypted format, so an older file (4 KiB pages, or 16 KiB with HMAC-SHA512) is
written anew, once, with ``sqlcipher_export`` under the SAME raw key and salt: the key file,
the remembered key and the printed recovery key all keep opening it, and any SQLCipher 4 tool
opens it with the exported key, ``cipher_page_size = 16384`` and ``cipher_hmac_algorithm =
HMAC_SHA256``.

Kill-safe in the way a re-key is (storage/rekey.py):

1. the new file is written in a hidden staging folder beside the case file, fsynced and checked
   (every page's HMAC, SQLite's own structure check, each table's row count and the audit
   chain's head against the old file);
2. every connection to the old file is closed (its -wal folds into it);
3. the new file is renamed over the old one and the folder fsynced.

A kill before step 3 leaves the old file whole (the staging folder is removed at the next
open, which starts again); a kill after it leaves the new one whole. A full disk or a copy
that fails its check leaves the old file untouched: it keeps working in its old format and the
adviser is told (see the notices below); the next unlock tries again.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session
from sqlcipher3 import dbapi2 as sqlcipher

from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.domain.work import Cancelled, CancelRequested, Progress
from adviser_desk.storage import audit_log, keys
from adviser_desk.storage.atomic import fsync_dir
from adviser_desk.storage.engine import FORMAT, PageFormat, format_of, make_engine
from adviser_desk.storage.errors import (
    DiskFullError,
    StorageError,
    from_os_error,
    from_sqlite_error,
)

# SQLite calls the progress handler every this many virtual-machine steps. A row of a 400 KB
# original takes a few dozen steps, so a small number is needed for Cancel to be heard within
# a fraction of a second; the handler itself only looks at the clock until REPORT_SECONDS pass.
HANDLER_STEPS = 50
REPORT_SECONDS = 0.1
# Room asked for beyond the old file's size: a 16 KiB file can be a little larger (each table
# and index starts on its own page) and the check writes a -wal beside the new file.
SPARE_BYTES = 16 * 2**20
_WRITE_FAILED = ("database or disk is full", "disk I/O error")  # SQLITE_FULL, SQLITE_IOERR


class PagesNotConvertedNoRoomNotice(StorageError):
    """Told after an unlock, not raised: the file opened in its old page format."""

    def __init__(self, path: Path, needed: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This case file could not be converted to the faster storage format of this "
                "version: the drive holding {path} needs about {megabytes} MB of free space for "
                "the conversion. The case file was not changed and works as before. Free some "
                "space; the conversion is tried again the next time you unlock it.",
            ),
            path=str(path),
            megabytes=str(max(1, needed // 2**20)),
        )


class PagesNotConvertedCheckNotice(StorageError):
    """Told after an unlock, not raised: the converted copy failed its check and was removed."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This case file could not be converted to the faster storage format of this "
                "version: the converted copy failed its check ({detail}) and was removed. The "
                "case file {path} was not changed and works as before. Run Check case file; "
                "the conversion is tried again the next time you unlock it.",
            ),
            path=str(path),
            detail=detail,
        )


class _CheckFailed(Exception):
    pass


def staging_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.repaging")


def clear_interrupted_repage(path: Path) -> None:
    """Removes a copy a conversion left unfinished (killed before its rename). Call under the
    lock: the case file itself is always whole, old or new."""
    shutil.rmtree(staging_path(path), ignore_errors=True)


def page_format(engine: Engine) -> PageFormat:
    """The page format the open case file is read with (its own: see engine.format_of)."""
    with engine.connect() as conn:
        size = int(conn.exec_driver_sql("PRAGMA cipher_page_size").scalar() or 0)
        return PageFormat(size, str(conn.exec_driver_sql("PRAGMA cipher_hmac_algorithm").scalar()))


def needed(engine: Engine) -> bool:
    """Whether the open case file still has pages of another size or MAC than new files."""
    return page_format(engine) != FORMAT


def room_needed(path: Path) -> int:
    return path.stat().st_size + SPARE_BYTES


def _plain(path: Path, raw_key: bytes, page_format: PageFormat) -> sqlcipher.Connection:
    """A keyed connection with nothing of the app's set: as any SQLCipher 4 tool opens it."""
    conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {keys.sqlcipher_key_literal(raw_key)}")
    for pragma in page_format.pragmas():
        conn.execute(pragma)
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


def _tables(conn: sqlcipher.Connection, schema: str) -> list[str]:
    """The tables holding rows (virtual tables hold theirs in shadow tables, listed too).
    ``schema`` is one of our two names, never outside input."""
    query = f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND rootpage > 0"  # noqa: S608
    rows = conn.execute(query + " ORDER BY name").fetchall()
    return [str(row[0]) for row in rows]


def _schema(conn: sqlcipher.Connection, schema: str) -> list[tuple[str, ...]]:
    query = f"SELECT type, name, tbl_name, coalesce(sql, '') FROM {schema}.sqlite_master"  # noqa: S608
    return sorted(tuple(str(v) for v in row) for row in conn.execute(query))


def _counts(conn: sqlcipher.Connection, schema: str, tables: list[str]) -> dict[str, int]:
    counts = {}
    for name in tables:
        quoted = '"' + name.replace('"', '""') + '"'  # a name read from the schema, quoted
        query = f"SELECT count(*) FROM {schema}.{quoted}"  # noqa: S608
        counts[name] = int(conn.execute(query).fetchone()[0])
    return counts


def _audit_head(path: Path, raw_key: bytes) -> str:
    engine = make_engine(path, lambda: raw_key)
    try:
        with Session(engine) as session:
            return audit_log.head(session)
    finally:
        engine.dispose()


def _export(
    source: Path,
    staged: Path,
    raw_key: bytes,
    old_format: PageFormat,
    progress: Progress,
    cancelled: CancelRequested,
) -> dict[str, int]:
    """Writes ``staged`` with sqlcipher_export; returns the old file's row counts."""
    salt = keys.read_salt(source)
    total = max(1, source.stat().st_size)
    conn = _plain(source, raw_key, old_format)
    last = [time.monotonic()]
    stopped = [False]

    def handler() -> int:
        now = time.monotonic()
        if now - last[0] < REPORT_SECONDS:
            return 0
        last[0] = now
        if cancelled():
            stopped[0] = True
            return 1  # SQLite stops the export: "interrupted"
        with contextlib.suppress(OSError):
            progress(min(staged.stat().st_size, total), total)
        return 0

    try:
        # Bound, not formatted: the folder's name may hold any character. The key is the raw
        # key with the old file's salt, so the new file has the very same key material.
        conn.execute(
            "ATTACH DATABASE ? AS repaged KEY ?",
            (str(staged), f"x'{raw_key.hex()}{salt.hex()}'"),
        )
        for pragma in FORMAT.pragmas("repaged"):
            conn.execute(pragma)
        # Incremental auto-vacuum, as new files have it (a purge gives pages back with it),
        # can only be chosen before the first table: a file made before it gets it here.
        conn.execute("PRAGMA repaged.auto_vacuum = INCREMENTAL")
        # A copy that is thrown away when anything fails needs no journal; it is fsynced below.
        conn.execute("PRAGMA repaged.journal_mode = OFF").fetchall()
        conn.execute("PRAGMA repaged.synchronous = OFF")
        conn.set_progress_handler(handler, HANDLER_STEPS)
        try:
            conn.execute("SELECT sqlcipher_export('repaged')").fetchall()
        except sqlcipher.Error:
            if stopped[0]:
                raise Cancelled() from None
            raise
        finally:
            conn.set_progress_handler(None, 0)
        version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
        conn.execute(f"PRAGMA repaged.user_version = {version}")
        # The same schema: tables, indexes, triggers (the audit chain's append-only ones) and
        # the full-text index, each with the same SQL.
        if _schema(conn, "repaged") != _schema(conn, "main"):
            raise _CheckFailed("schema")
        tables = _tables(conn, "main")
        counts = _counts(conn, "main", tables)
        conn.execute("DETACH DATABASE repaged")
    finally:
        conn.close()
    return counts


def _check(staged: Path, raw_key: bytes, salt: bytes, counts: dict[str, int]) -> None:
    """The new file as the drive holds it: the same salt, 16 KiB pages with HMAC-SHA256, every
    page's HMAC, SQLite's structure check and the same rows."""
    if keys.read_salt(staged) != salt:
        raise _CheckFailed("salt")
    if format_of(staged, raw_key) != FORMAT:
        raise _CheckFailed("page format")
    conn = _plain(staged, raw_key, FORMAT)
    try:
        if conn.execute("PRAGMA cipher_integrity_check").fetchall():
            raise _CheckFailed("page authentication")
        quick = [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
        if quick != ["ok"]:
            raise _CheckFailed("; ".join(quick[:3]))
        if _counts(conn, "main", sorted(counts)) != counts:
            raise _CheckFailed("row counts")
        # The case file's journal mode lives in its header: the new file is in WAL mode too.
        conn.execute("PRAGMA journal_mode = WAL").fetchall()
    finally:
        conn.close()


def repage(
    path: Path,
    engine: Engine,
    raw_key: bytes,
    progress: Progress,
    cancelled: CancelRequested,
) -> StorageError | None:
    """Converts the case file at ``path`` (open in ``engine``, under the caller's lock) to
    16 KiB pages with HMAC-SHA256. Returns None when done, or the notice to show when the file
    was left as it was (no room, a copy that failed its check). Cancel raises Cancelled with
    the file untouched. On return every connection of ``engine`` is closed: the caller makes a
    new engine, which reads the new page format."""
    old_format = page_format(engine)
    salt = keys.read_salt(path)
    clear_interrupted_repage(path)
    need = room_needed(path)
    if shutil.disk_usage(path.parent).free < need:
        return PagesNotConvertedNoRoomNotice(path, need)
    # Closing the last connection folds the -wal into the file: the old file alone then holds
    # every committed change (a connection still held elsewhere is caught before the swap).
    engine.dispose()
    staging = staging_path(path)
    staged = staging / path.name
    try:
        staging.mkdir(mode=0o700)
        os.close(os.open(staged, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        old_head = _audit_head(path, raw_key)
        counts = _export(path, staged, raw_key, old_format, progress, cancelled)
        progress(0, 0)  # the check reads the whole copy and tells nothing on the way
        with open(staged, "rb+") as handle:
            os.fsync(handle.fileno())
        _check(staged, raw_key, salt, counts)
        if _audit_head(staged, raw_key) != old_head:
            raise _CheckFailed("audit chain head")
        with open(staged, "rb+") as handle:
            os.fsync(handle.fileno())
        fsync_dir(staging)
        if cancelled():
            raise Cancelled()
        # No connection may outlive the old file, and its -wal must be folded in.
        engine.dispose()
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise _CheckFailed("the old file is still in use")
        for leftover in (wal, path.with_name(path.name + "-shm")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    except _CheckFailed as exc:
        shutil.rmtree(staging, ignore_errors=True)
        return PagesNotConvertedCheckNotice(path, str(exc))
    except sqlcipher.Error as exc:
        shutil.rmtree(staging, ignore_errors=True)
        # An error inside sqlcipher_export reaches us without its name, only its message.
        if isinstance(from_sqlite_error(exc, path), DiskFullError) or str(exc) in _WRITE_FAILED:
            return PagesNotConvertedNoRoomNotice(path, need)
        return PagesNotConvertedCheckNotice(path, str(exc))
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        mapped = from_os_error(exc, path)
        if isinstance(mapped, DiskFullError):
            return PagesNotConvertedNoRoomNotice(path, need)
        raise mapped from exc
    except DiskFullError:
        shutil.rmtree(staging, ignore_errors=True)
        return PagesNotConvertedNoRoomNotice(path, need)
    except StorageError as exc:  # opening the copy failed: told like any failed check
        shutil.rmtree(staging, ignore_errors=True)
        return PagesNotConvertedCheckNotice(path, type(exc).__name__)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    # The swap: one rename, so the name holds the old file or the new one, never a part.
    try:
        os.replace(staged, path)
        fsync_dir(path.parent)
    except OSError as exc:
        raise from_os_error(exc, path) from exc
    shutil.rmtree(staging, ignore_errors=True)
    return None
