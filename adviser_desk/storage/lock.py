"""One writer per case file.

An OS lock (through portalocker: ``flock`` on Linux and macOS, ``LockFileEx``/``msvcrt.locking``
on Windows) is held on ``<case>-lock.os`` for as long as the file is open. The OS drops it when
the process dies, so a lock left by a crash is recognised (the lock is free but ``<case>-lock``
still names a holder) and cleared. ``<case>-lock`` names the computer, process and opening time
so the second window can say who has the file; it is a separate file because Windows forbids
reading a range another process has locked.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

import portalocker

from adviser_desk.storage.errors import CaseFileLockedError, from_os_error

_FLAGS = portalocker.LockFlags.EXCLUSIVE | portalocker.LockFlags.NON_BLOCKING


def _try_lock(handle: IO[str]) -> bool:
    try:
        portalocker.lock(handle, _FLAGS)
    except portalocker.AlreadyLocked:
        return False
    except portalocker.LockException as exc:
        # Not "someone else has it" but "this file system cannot lock": say what the OS said.
        cause = exc.__cause__ if isinstance(exc.__cause__, OSError) else OSError(str(exc))
        raise cause from exc
    return True


def _unlock(handle: IO[str]) -> None:
    portalocker.unlock(handle)


# A lock file removed right after being opened (by a failed open, see release) is retried;
# more than a few times in a row means something else keeps removing it.
_ATTEMPTS = 5


def _still_named(handle: IO[str], path: Path) -> bool:
    """Whether ``path`` still names the file ``handle`` has open."""
    try:
        return os.path.samestat(os.fstat(handle.fileno()), os.stat(path))
    except OSError:
        return False


def lock_path(case_path: Path) -> Path:
    """The file naming who has the case file open."""
    return case_path.with_name(case_path.name + "-lock")


def os_lock_path(case_path: Path) -> Path:
    """The file the OS lock is held on."""
    return case_path.with_name(case_path.name + "-lock.os")


class CaseFileLock:
    def __init__(self, case_path: Path) -> None:
        self.path = lock_path(case_path)
        self.os_path = os_lock_path(case_path)
        self.case_path = case_path
        self._handle: IO[str] | None = None
        self._made: list[Path] = []  # lock files this acquire created (see release)
        self.cleared_stale: dict[str, object] | None = None

    def acquire(self) -> None:
        for _attempt in range(_ATTEMPTS):
            if self._acquire_once():
                return
        raise _locked_error(self.case_path, _read(self.path))

    def _acquire_once(self) -> bool:
        """False when the lock taken was on a file that a failed open removed meanwhile (see
        :meth:`release`): that lock guards nothing, so it is taken again on the file now there."""
        made_os = not self.os_path.exists()
        try:
            os_handle = open(self.os_path, "a+", encoding="utf-8")  # noqa: SIM115 - held while open
        except OSError as exc:
            raise from_os_error(exc, self.os_path) from exc
        try:
            locked = _try_lock(os_handle)
        except OSError as exc:
            os_handle.close()
            raise from_os_error(exc, self.os_path) from exc
        if not locked:
            os_handle.close()
            raise _locked_error(self.case_path, _read(self.path))
        if not _still_named(os_handle, self.os_path):
            with contextlib.suppress(OSError, portalocker.LockException):
                _unlock(os_handle)
            os_handle.close()
            return False
        self._made = [self.os_path] if made_os else []
        try:
            if not self.path.exists():
                self._made.insert(0, self.path)
            previous = _read(self.path)
            if previous:
                # The lock was free yet names a holder: that process ended without closing.
                self.cleared_stale = previous
            info = {
                "host": socket.gethostname(),
                "pid": os.getpid(),
                "since": datetime.now(UTC).isoformat(),
            }
            with open(self.path, "w", encoding="utf-8") as handle:
                handle.write(json.dumps(info))
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as exc:
            with contextlib.suppress(OSError):
                _unlock(os_handle)
            os_handle.close()
            raise from_os_error(exc, self.path) from exc
        self._handle = os_handle
        return True

    def release(self, remove_made: bool = False) -> None:
        """``remove_made``: after an open that failed, the lock files this acquire made are
        removed too, so a damaged file is left as it was found (walk 8, W8-5); files that were
        there before stay. They go while the OS lock is still held, so they are ours; a process
        that opened the old file meanwhile finds it no longer named and locks the new one."""
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        made, self._made = self._made, []
        # Emptied, not deleted, and before the OS lock goes: a newcomer must never find the
        # lock free while the file still names us.
        with contextlib.suppress(OSError):
            self.path.write_bytes(b"")
        if remove_made:
            for path in made:  # the name file first: the lock file's removal ends the claim
                with contextlib.suppress(OSError):  # Windows refuses while open: they stay
                    path.unlink()
        with contextlib.suppress(OSError, portalocker.LockException):
            _unlock(handle)
        handle.close()

    @property
    def held(self) -> bool:
        return self._handle is not None


def _read(path: Path) -> dict[str, object]:
    try:
        text = path.read_text(encoding="utf-8")
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
