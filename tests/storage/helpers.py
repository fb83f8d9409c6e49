"""Helpers for storage tests: hashing files, flipping bytes, running child processes."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def flip_byte(path: Path, offset: int) -> None:
    with open(path, "r+b") as handle:
        handle.seek(offset)
        value = handle.read(1)[0]
        handle.seek(offset)
        handle.write(bytes([value ^ 0xFF]))


def child(
    code: str, *args: str, user: int | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """Runs Python code in a child process, optionally as another (unprivileged) user."""

    def demote() -> None:
        if user is not None:
            os.setgid(user)
            os.setuid(user)

    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        preexec_fn=demote if user is not None else None,
    )
