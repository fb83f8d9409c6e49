"""Crash-safe small-file writes: write a temporary file, fsync, rename over, fsync the folder."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from adviser_desk.storage.errors import from_os_error


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":  # Windows cannot open a directory for fsync; NTFS journals renames
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes) -> None:
    """Replaces ``path`` with ``data`` so that a crash leaves either the old or the new file.

    The data goes to a new temporary file in the same folder, made with a unique name and
    created exclusively (so no symlink or other process's file is followed or reused), owner-
    only, fsynced, then renamed over ``path`` (a rename replaces a symlink, never its target),
    and the folder is fsynced so the rename itself survives a power cut.
    """
    fd = -1
    tmp: Path | None = None
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        tmp = Path(name)
        with os.fdopen(fd, "wb") as handle:
            fd = -1
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        tmp = None
        fsync_dir(path.parent)
    except OSError as exc:
        if fd >= 0:
            os.close(fd)
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
        raise from_os_error(exc, path) from exc
