"""The diagnostics log for the IT desk: what happened, never what it was about.

A rotating log (``adviser-desk.log``, 3 x 1 MB) and ``crash.log`` for hard crashes
(``faulthandler``: the Python stack of every thread when the process dies on a signal) in the
platform's log folder:

- Linux: ``$XDG_STATE_HOME/Adviser Desk/log`` (``~/.local/state/Adviser Desk/log``)
- Windows: ``%LOCALAPPDATA%\\Adviser Desk\\Logs``
- macOS: ``~/Library/Logs/Adviser Desk``

``ADVISER_DESK_LOG_DIR`` overrides it. What is logged is fixed text, counts, versions and the
kinds of errors with the code lines they passed, never a file name, a message text or anything
from a case: the log sits unencrypted beside the user's other files. A test scans it for case
data.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import platform
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import IO

from adviser_desk import APP_NAME, __version__

LOG_NAME = "adviser-desk.log"
CRASH_NAME = "crash.log"
_MAX_BYTES = 1_000_000
_BACKUPS = 3
_TAIL_LINES = 200

log = logging.getLogger("adviser_desk")
_handler: RotatingFileHandler | None = None
_crash_file: IO[str] | None = None


def log_dir() -> Path:
    override = os.environ.get("ADVISER_DESK_LOG_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def start(kind: str) -> Path | None:
    """Starts the log and the crash handler for this process (``kind``: window or command).

    Returns the folder, or None when it cannot be written: Adviser Desk then runs without a
    log rather than refusing to start.
    """
    global _handler, _crash_file
    if _handler is not None:
        return Path(_handler.baseFilename).parent
    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            folder / LOG_NAME, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8"
        )
        crash = open(folder / CRASH_NAME, "a", encoding="utf-8")  # noqa: SIM115 - kept open
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    _handler, _crash_file = handler, crash
    faulthandler.enable(crash, all_threads=True)
    log.info("%s started: %s", kind, environment_line())
    return folder


def stop() -> None:
    """Ends the log (tests; the process end does the same)."""
    global _handler, _crash_file
    if _handler is not None:
        log.removeHandler(_handler)
        _handler.close()
        _handler = None
    if _crash_file is not None:
        faulthandler.disable()
        _crash_file.close()
        _crash_file = None


def environment_line() -> str:
    frozen = "bundle" if getattr(sys, "frozen", False) else "python"
    return (
        f"Adviser Desk {__version__} ({frozen}), Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()} {platform.machine()}"
    )


def log_exception(exc: BaseException, where: str) -> None:
    """An unexpected error: its kind and the code lines it passed, without its message (a
    message can quote a file name or a value from a case)."""
    frames = traceback.extract_tb(exc.__traceback__)
    stack = " <- ".join(
        f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames[-12:])
    )
    log.error("unexpected %s in %s at %s", type(exc).__name__, where, stack or "?")


def _tail(path: Path, lines: int) -> list[str]:
    try:
        return path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:]
    except OSError:
        return []


def report(extra: list[str] | None = None) -> str:
    """What Help > Copy diagnostics puts on the clipboard."""
    folder = log_dir()
    versions = []
    for module in ("PySide6", "sqlalchemy", "sqlcipher3", "keyring", "reportlab", "pypdfium2"):
        mod = sys.modules.get(module)
        versions.append(f"{module} {getattr(mod, '__version__', '?') if mod else '-'}")
    lines = [
        f"{APP_NAME} diagnostics (no case data)",
        environment_line(),
        "Libraries: " + ", ".join(versions),
        *(extra or []),
        f"Log folder: {folder}",
        "",
        f"--- last lines of {LOG_NAME} ---",
        *_tail(folder / LOG_NAME, _TAIL_LINES),
    ]
    crash = _tail(folder / CRASH_NAME, 60)
    if crash:
        lines += ["", f"--- last lines of {CRASH_NAME} ---", *crash]
    return "\n".join(lines) + "\n"
