"""Crash-safe small-file writes: write a temporary file, fsync, rename over, fsync the folder."""

from __future__ import annotations

import contextlib
import os
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


def write_atomic(path: Path, data: bytes, keep_previous: Path | None = None) -> None:
    """Replaces ``path`` with ``data`` so that a crash leaves either the old or the new file.

    With ``keep_previous`` the old content is first kept (also atomically) at that path.
    """
    tmp = path.with_name(path.name + ".tmp")
    try:
        if keep_previous is not None and path.exists():
            write_atomic(keep_previous, path.read_bytes())
        fd = os.open(tmp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise from_os_error(exc, path) from exc
