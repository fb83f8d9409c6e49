"""The one gate to SQLCipher: connections are keyed, configured and checked here."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import QueuePool
from sqlcipher3 import dbapi2 as sqlcipher

from adviser_desk.storage.errors import DamagedCaseFileError, from_sqlite_error
from adviser_desk.storage.keys import sqlcipher_key_literal

SUFFIX = ".adcase"  # a case file's name ends in this
# SQLCipher's page size for new case files. 16 KiB stores a 400 KB screenshot in 26 pages
# instead of 100 (a HMAC, an IV and a pointer each), which made intake a quarter faster.
PAGE_SIZE = 16384
LEGACY_PAGE_SIZE = 4096  # files made before 16 KiB pages (SQLCipher 4's default)
PAGE_SIZES = (PAGE_SIZE, LEGACY_PAGE_SIZE)
SMALLEST_PAGE_SIZE = LEGACY_PAGE_SIZE  # every case file is a whole number of these
_RESERVE = 80  # SQLCipher 4 keeps a 16-byte IV and a 64-byte HMAC-SHA512 at each page's end

BUSY_TIMEOUT_MS = 5000

# cipher_memory_security (lock and wipe every buffer SQLite allocates) is OFF, SQLCipher's own
# default since 4.5: it cost a quarter of the intake time (every 400 KB original bound into a
# statement was locked and wiped), and in a Python app it protects little, because the same
# plaintext also lives in Python objects and Qt widgets that nobody wipes. SQLCipher still
# wipes its key material whatever this setting says. It is process-wide and set before the key.
# The rest follow the issue: durable WAL, no plaintext temp files. The WAL is copied into the
# file (a checkpoint: a write and two fsyncs) once it holds 4096 pages, 64 MiB of 16 KiB pages,
# instead of SQLite's 1000: an import of 300 chat screenshots (122 MB) checkpoints twice
# instead of eight times, 6% faster (plain SQLite storing the same bytes: 18%).
WAL_PAGES = 4096
# A batch intake's commits leave up to this many pages (256 MiB of 16 KiB pages) in the WAL and
# the checkpoint follows in the background once the import is done (see defer_checkpoints).
BULK_WAL_PAGES = 16384
# After a checkpoint has emptied it, the WAL file is cut back to this size, so the room a
# large import took in it is given back while the file stays open.
WAL_SIZE_LIMIT = WAL_PAGES * PAGE_SIZE
_DEFERRED = "adviser_desk_checkpoints_deferred"
_AFTER_KEY_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    f"PRAGMA wal_autocheckpoint = {WAL_PAGES}",
    f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT}",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
)


def page_size_of(path: Path, raw_key: bytes) -> int:
    """The SQLCipher page size of an existing case file, or the legacy 4 KiB when it cannot be
    told (a wrong key or a damaged first page: opening then fails as it always did).

    SQLCipher keeps the whole SQLite header encrypted, so the page size cannot be read in clear,
    and keying SQLite with the wrong one would have it read (and recover) a -wal with a page size
    that does not match. Instead the first 16 bytes after the salt are decrypted with each
    candidate's IV (AES-256-CBC with the raw key, as SQLCipher 4 does; with the wrong IV, or the
    wrong key, they come out as noise): the right size reads back as SQLite's own header fields
    (page size, versions 1 or 2, 80 reserved bytes, payload fractions 64/32/32)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(max(PAGE_SIZES))
    except OSError:
        return LEGACY_PAGE_SIZE
    for size in PAGE_SIZES:
        if len(head) < size:
            continue
        iv = head[size - _RESERVE : size - _RESERVE + 16]
        decryptor = Cipher(algorithms.AES(raw_key), modes.CBC(iv)).decryptor()
        block = decryptor.update(head[16:32]) + decryptor.finalize()
        stored = int.from_bytes(block[0:2], "big")
        if (
            (stored == size or (stored == 1 and size == 65536))
            and block[2] in (1, 2)
            and block[3] in (1, 2)
            and block[4:8] == bytes((_RESERVE, 64, 32, 32))
        ):
            return size
    return LEGACY_PAGE_SIZE


def connect_raw(
    path: Path,
    raw_key: bytes,
    salt: bytes | None = None,
    immutable: bool = False,
    page_size: int | None = None,
) -> sqlcipher.Connection:
    """A keyed DB-API connection, or a StorageError saying why not.

    ``salt`` is given only when creating a file (so the salt the recovery key was derived with
    is the one SQLCipher writes); existing files carry theirs in the header. ``immutable``
    opens a file on read-only media (closed cleanly, so it has no -wal): nothing is written,
    not even the -shm. ``page_size`` is the file's (see page_size_of); a new file gets
    PAGE_SIZE.
    """
    if salt is not None:
        page_size = PAGE_SIZE
    elif page_size is None:
        page_size = page_size_of(path, raw_key)
    try:
        if immutable:
            uri = f"{path.absolute().as_uri()}?mode=ro&immutable=1"
            conn = sqlcipher.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        else:
            conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    except sqlcipher.Error as exc:
        raise (from_sqlite_error(exc, path) or DamagedCaseFileError(path)) from exc
    try:
        # SQLCipher would otherwise print decryption failures (e.g. a wrong key) to stderr.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA cipher_memory_security = OFF")
        conn.execute(f"PRAGMA key = {sqlcipher_key_literal(raw_key, salt)}")
        conn.execute(f"PRAGMA cipher_page_size = {int(page_size)}")
        if salt is not None:
            # A new file: incremental auto-vacuum (settable only before the first table) lets
            # a purge give pages back to the file system in small steps, without a VACUUM.
            conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
        # The first read decrypts page 1 and checks its HMAC: wrong keys and foreign files fail
        # here, before anything is written.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in _AFTER_KEY_PRAGMAS:
            if immutable and "journal_mode" in pragma:
                continue
            conn.execute(pragma).fetchall()
    except sqlcipher.Error as exc:
        conn.close()
        mapped = from_sqlite_error(exc, path)
        if mapped is None:
            raise
        raise mapped from exc
    return conn


READ_ONLY = "adviser_desk_read_only"


def read_only(engine: Engine) -> Engine:
    """The same engine (same pool and key), whose transactions begin deferred."""
    return engine.execution_options(**{READ_ONLY: True})


def make_engine(
    path: Path, key: Callable[[], bytes], salt: bytes | None = None, immutable: bool = False
) -> Engine:
    """A SQLAlchemy engine over keyed connections with honest SQLite transactions.

    ``key`` is asked for the key each time a connection is made, so the engine itself keeps no
    copy: once the case file wipes its key, no new connection can be opened.
    """
    first_salt: list[bytes | None] = [salt]
    # Told once per engine: every connection of one file uses the same page size.
    known_size: list[int | None] = [PAGE_SIZE if salt is not None else None]

    def creator() -> sqlcipher.Connection:
        use_salt, first_salt[0] = first_salt[0], None
        raw_key = key()
        if known_size[0] is None:
            known_size[0] = page_size_of(path, raw_key)
        return connect_raw(path, raw_key, use_salt, immutable, known_size[0])

    engine = create_engine(
        "sqlite://",
        creator=creator,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
        module=sqlcipher,
    )

    @event.listens_for(engine, "checkin")
    def _checkin(dbapi_conn: Any, record: Any) -> None:
        # A connection a batch intake lent (defer_checkpoints) checkpoints as usual again.
        if record.info.pop(_DEFERRED, False) and dbapi_conn is not None:
            with contextlib.suppress(sqlcipher.Error):
                dbapi_conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_PAGES}")

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # The driver's own implicit BEGIN is off (isolation_level=None). IMMEDIATE takes the
        # write lock up front, so reading the audit chain head and appending are one step.
        # Reads (see read_only) begin deferred and never wait for, or block, a writer.
        if immutable or conn.get_execution_options().get(READ_ONLY):
            conn.exec_driver_sql("BEGIN DEFERRED")
        else:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def defer_checkpoints(conn: Connection) -> None:
    """Lets this transaction's commit leave up to BULK_WAL_PAGES in the WAL instead of copying
    them into the file on the committing thread; the connection is set back when it returns to
    the pool. Each commit is as durable as before (it is in the WAL, fsynced): only the copy
    into the file waits, for CaseFile.settle or the next ordinary commit."""
    conn.exec_driver_sql(f"PRAGMA wal_autocheckpoint = {BULK_WAL_PAGES}")
    conn.info[_DEFERRED] = True


def checkpoint(engine: Engine) -> None:
    """A passive checkpoint: copies what the WAL holds into the file without waiting for, or
    blocking, readers and writers (what a reader still uses stays in the WAL for later)."""
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()  # type: ignore[union-attr]
    finally:
        raw.close()
