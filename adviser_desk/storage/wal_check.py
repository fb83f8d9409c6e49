"""Noticing committed changes that a damaged ``-wal`` would silently lose.

After an unclean shutdown (a crash, kill -9, a pulled plug) the most recent commits live only
in ``<case>-wal``. On the next open SQLite replays the WAL frame by frame and silently drops
everything from the first frame whose checksum fails, so a flipped or cut-off WAL loses
committed data without any error, and the database that remains is consistent, so verify
calls it OK.

The crashed process's ``<case>-shm`` still says how many frames were committed (its
wal-index header, written at every commit). It is read before SQLite opens the file (the
first opener wipes it), and compared with what SQLite recovered: fewer frames means committed
changes were dropped. The damaged WAL is then copied aside (it is encrypted like the case file)
and the adviser is told.

What this cannot see: a WAL damaged together with its ``-shm`` (or a ``-shm`` lost, e.g. when
only the case file and ``-wal`` were copied), and damage to a WAL that had already been
copied into the case file by a checkpoint (that is the case file's own pages, which every
open and verify check).
"""

from __future__ import annotations

import contextlib
import os
import struct
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import Engine

_HEADER = struct.Struct("=IIIBBHII2I2I2I")  # SQLite's WalIndexHdr, in native byte order
_WAL_INDEX_VERSION = 3007000


@dataclass(frozen=True)
class Snapshot:
    frames: int  # committed frames the wal-index knew of
    shm: bytes  # the whole -shm as the crashed process left it


@dataclass(frozen=True)
class WalDamage:
    copy: Path
    frames_committed: int
    frames_recovered: int


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def shm_path(path: Path) -> Path:
    return path.with_name(path.name + "-shm")


def _frames(shm: bytes) -> int | None:
    if len(shm) < 2 * _HEADER.size:
        return None
    first, second = shm[: _HEADER.size], shm[_HEADER.size : 2 * _HEADER.size]
    if first != second:  # caught mid-update: no reliable count
        return None
    version, _unused, _change, is_init, _big_end, _page, frames = _HEADER.unpack(first)[:7]
    if version != _WAL_INDEX_VERSION or not is_init:
        return None
    return int(frames)


def snapshot(path: Path) -> Snapshot | None:
    """Reads the wal-index left by an unclean shutdown; None after a clean one. Call it while
    holding the case file's lock and before any connection is made."""
    try:
        if wal_path(path).stat().st_size == 0:
            return None
        shm = shm_path(path).read_bytes()
    except OSError:
        return None
    frames = _frames(shm)
    return None if not frames else Snapshot(frames, shm)


def after_open(engine: Engine, path: Path, before: Snapshot | None) -> WalDamage | None:
    """Lets SQLite recover the WAL and compares; keeps a copy of a WAL that lost frames."""
    if before is None:
        return None
    with engine.connect() as conn:
        conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").fetchone()
        try:
            recovered = _frames(shm_path(path).read_bytes())
        except OSError:
            return None
        if recovered is None or recovered >= before.frames:
            return None
        # The connection is still open, so SQLite has not checkpointed or reset the WAL yet.
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        copy = path.with_name(f"{path.name}-wal.damaged-{stamp}")
        _copy_private(wal_path(path), copy)
        _write_private(copy.with_name(copy.name + "-shm"), before.shm)
    return WalDamage(copy, before.frames, recovered)


def _write_private(target: Path, data: bytes) -> None:
    fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0), 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _copy_private(source: Path, target: Path) -> None:
    fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
            while chunk := src.read(1 << 20):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()
        raise
