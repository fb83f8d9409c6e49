"""One writer per case file.

An OS advisory lock (``flock`` / ``msvcrt.locking``) is held on ``<case>-lock`` for as long as the
file is open. The OS drops it when the process dies, so a lock left by a crash is recognised
(the lock is free but the file still names a holder) and cleared. The lock file names the
computer, process and opening time so the second window can say who has the file.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from adviser_desk.storage.errors import CaseFileLockedError, from_os_error

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def lock_path(case_path: Path) -> Path:
    return case_path.with_name(case_path.name + "-lock")


class CaseFileLock:
    def __init__(self, case_path: Path) -> None:
        self.path = lock_path(case_path)
        self.case_path = case_path
        self._handle: IO[str] | None = None
        self.cleared_stale: dict[str, object] | None = None

    def acquire(self) -> None:
        try:
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held while open
        except OSError as exc:
            raise from_os_error(exc, self.path) from exc
        if not _try_lock(handle):
            holder = _read(handle)
            handle.close()
            raise _locked_error(self.case_path, holder)
        previous = _read(handle)
        if previous:
            # The lock was free yet names a holder: that process ended without closing.
            self.cleared_stale = previous
        info = {
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "since": datetime.now(UTC).isoformat(),
        }
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps(info))
        handle.flush()
        os.fsync(handle.fileno())
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        # Emptied, not deleted: deleting would let a waiting process lock an orphaned inode
        # while a third creates a fresh file, and then two would both hold "the" lock.
        with contextlib.suppress(OSError):
            handle.seek(0)
            handle.truncate()
            handle.flush()
        with contextlib.suppress(OSError):
            _unlock(handle)
        handle.close()

    @property
    def held(self) -> bool:
        return self._handle is not None


def _read(handle: IO[str]) -> dict[str, object]:
    try:
        handle.seek(0)
        text = handle.read()
        data = json.loads(text) if text.strip() else {}
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _locked_error(case_path: Path, holder: dict[str, object]) -> CaseFileLockedError:
    since: datetime | None
    try:
        since = datetime.fromisoformat(str(holder["since"]))
    except (KeyError, ValueError):
        since = None
    host = str(holder.get("host", ""))
    return CaseFileLockedError(case_path, since, host, host in ("", socket.gethostname()))
