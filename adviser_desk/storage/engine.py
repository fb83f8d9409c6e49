"""The one gate to SQLCipher: connections are keyed, configured and checked here."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
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
# Each page's MAC. HMAC-SHA256 for new files: a sound MAC (SQLCipher 3 used HMAC-SHA1), and on
# CPUs with SHA extensions it costs under half of HMAC-SHA512, SQLCipher 4's default: an
# intake takes 16-19% less time with it (issue 15). Files made before keep SHA-512 until the
# unlock converts them (storage/repage.py).
HMAC_ALGORITHM = "HMAC_SHA256"
LEGACY_HMAC_ALGORITHM = "HMAC_SHA512"
# SQLCipher 4 keeps a 16-byte IV and the MAC at each page's end (rounded up to AES blocks).
# SQLite's header may reserve more: a file keyed with SQLCipher's default MAC and then told
# HMAC_SHA256 (as the app and the README's pragmas do) keeps the default's 80 bytes free at
# each page's end, of which the IV and MAC take the last 48.
_RESERVES = {HMAC_ALGORITHM: 48, LEGACY_HMAC_ALGORITHM: 80}


@dataclass(frozen=True)
class PageFormat:
    """What SQLCipher must be told, beside the key, to read a case file: its page size and
    page MAC. Neither can be read in clear (see format_of)."""

    page_size: int
    hmac_algorithm: str

    @property
    def reserve(self) -> int:
        """The bytes at each page's end that hold its IV and MAC (SQLCipher encrypts the rest)."""
        return _RESERVES[self.hmac_algorithm]

    def pragmas(self, schema: str = "") -> list[str]:
        """The PRAGMAs after PRAGMA key; ``schema`` names an attached database (ours)."""
        prefix = f"{schema}." if schema else ""
        return [
            f"PRAGMA {prefix}cipher_page_size = {int(self.page_size)}",
            f"PRAGMA {prefix}cipher_hmac_algorithm = {self.hmac_algorithm}",
        ]


FORMAT = PageFormat(PAGE_SIZE, HMAC_ALGORITHM)  # new case files
# Files made before 16 KiB pages; files made with 16 KiB pages and HMAC-SHA512 between the two
# changes are told apart just the same.
LEGACY_FORMAT = PageFormat(LEGACY_PAGE_SIZE, LEGACY_HMAC_ALGORITHM)

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


def format_of(path: Path, raw_key: bytes) -> PageFormat:
    """The page size and page MAC of an existing case file, or the legacy 4 KiB and SHA-512
    when they cannot be told (a wrong key or a damaged first page: opening then fails as it
    always did).

    SQLCipher keeps the whole SQLite header encrypted, so neither can be read in clear, and
    keying SQLite with the wrong ones would have it read (and recover) a -wal with a page size
    that does not match. Instead the first 16 bytes after the salt are decrypted with each
    candidate's IV, which sits the MAC's reserve before the page's end (AES-256-CBC with the
    raw key, as SQLCipher 4 does; with the wrong IV, or the wrong key, they come out as noise):
    the right candidate reads back as SQLite's own header fields (page size, versions 1 or 2,
    reserved bytes at least the MAC's: 48 for HMAC-SHA256, 80 for HMAC-SHA512 (see _RESERVES),
    payload fractions 64/32/32)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(max(PAGE_SIZES))
    except OSError:
        return LEGACY_FORMAT
    for size in PAGE_SIZES:
        if len(head) < size:
            continue
        for algorithm, reserve in _RESERVES.items():
            iv = head[size - reserve : size - reserve + 16]
            decryptor = Cipher(algorithms.AES(raw_key), modes.CBC(iv)).decryptor()
            block = decryptor.update(head[16:32]) + decryptor.finalize()
            stored = int.from_bytes(block[0:2], "big")
            if (
                (stored == size or (stored == 1 and size == 65536))
                and block[2] in (1, 2)
                and block[3] in (1, 2)
                and block[4] >= reserve
                and block[5:8] == bytes((64, 32, 32))
            ):
                return PageFormat(size, algorithm)
    return LEGACY_FORMAT


def key_reads_header(path: Path, raw_key: bytes) -> bool:
    """Whether ``raw_key`` is the key of the file's first page, judged without that page's IV
    and MAC: so a file damaged at or after its first page (cut off before its end, a MAC that
    fails) is told from a wrong key, also when no key file holds the key's fingerprint (walk
    7, W7-3). In CBC each 16-byte block is decrypted with the ciphertext block before it, so
    the header's bytes 64-95 need nothing from the page's end; with the right key bytes 72-91
    read back as the 20 zero bytes SQLite reserves there, with a wrong one as noise."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(96)
    except OSError:
        return False
    if len(head) < 96:
        return False
    decryptor = Cipher(algorithms.AES(raw_key), modes.CBC(head[48:64])).decryptor()
    plain = decryptor.update(head[64:96]) + decryptor.finalize()
    return plain[8:28] == bytes(20)


def page_size_of(path: Path, raw_key: bytes) -> int:
    """The SQLCipher page size of an existing case file (see format_of)."""
    return format_of(path, raw_key).page_size


def format_in_use(conn: sqlcipher.Connection) -> PageFormat:
    """The format an open, keyed connection reads its file with (to key a copy alike)."""
    size = int(conn.execute("PRAGMA cipher_page_size").fetchone()[0])
    return PageFormat(size, str(conn.execute("PRAGMA cipher_hmac_algorithm").fetchone()[0]))


def connect_raw(
    path: Path,
    raw_key: bytes,
    salt: bytes | None = None,
    immutable: bool = False,
    page_format: PageFormat | None = None,
) -> sqlcipher.Connection:
    """A keyed DB-API connection, or a StorageError saying why not.

    ``salt`` is given only when creating a file (so the salt the recovery key was derived with
    is the one SQLCipher writes); existing files carry theirs in the header. ``immutable``
    opens a file on read-only media (closed cleanly, so it has no -wal): nothing is written,
    not even the -shm. ``page_format`` is the file's (see format_of); a new file gets
    FORMAT.
    """
    if salt is not None:
        page_format = FORMAT
    elif page_format is None:
        page_format = format_of(path, raw_key)
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
        for pragma in page_format.pragmas():
            conn.execute(pragma)
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
    # Told once per engine: every connection of one file uses the same page format.
    known: list[PageFormat | None] = [FORMAT if salt is not None else None]

    def creator() -> sqlcipher.Connection:
        use_salt, first_salt[0] = first_salt[0], None
        raw_key = key()
        if known[0] is None:
            known[0] = format_of(path, raw_key)
        return connect_raw(path, raw_key, use_salt, immutable, known[0])

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
