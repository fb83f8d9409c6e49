"""`make dist`, started in the background as soon as a run has collected the bundle tests.

Building the bundle takes minutes of one core (its own venv, then PyInstaller) while the rest
of the suite keeps the other busy; run in turn, it added those minutes to every `make test`.
tests/conftest.py starts it after collection; tests/packaging/test_bundle.py waits for it. The
build is the same `make dist` in this checkout as before, only earlier (its catalogues are
moved into place whole, so the tests reading them meanwhile never see half a file).

With pytest-xdist (make test) only the controlling process starts the build, once, and owns
it: a worker that started it would stop it when its own tests were done. The build writes its
exit status to a file in a folder the controller hands to each worker, and the worker running
the bundle tests waits for that file."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TESTS = Path(__file__).with_name("test_bundle.py")
NODE_ID = TESTS.relative_to(ROOT).as_posix()  # how xdist names the tests of that file
TIMEOUT = 1500  # seconds the bundle tests wait for it, as when they ran it themselves

# `make dist` and the folder it reports in, in the process that started it.
_builds: list[tuple[subprocess.Popen[bytes], Path]] = []
# The folder where the build reports: made by this process, or handed over by xdist's controller.
_folder: list[Path] = []
_made: list[Path] = []  # made by this process: removed at its end


def folder() -> Path:
    """Where the build writes its output (``log``) and, when it has ended, ``status``."""
    if not _folder:
        _folder.append(Path(tempfile.mkdtemp(prefix="adviser-desk-make-dist-")))
        _made.append(_folder[0])
    return _folder[0]


def reported_in(path: Path) -> None:
    """In an xdist worker: the controller's build reports in ``path``."""
    _folder[:] = [path]


def start() -> None:
    """Starts `make dist` (once); its output goes to a log file read when it has ended."""
    if _builds:
        return
    out = folder()
    # Niced: the tests running meanwhile, some watching the clock, come first. The status file
    # is written beside its place and moved in, so a reader never sees it half written.
    script = (
        'nice -n 5 make dist >"$1/log" 2>&1; echo $? >"$1/status.new"; '
        'mv "$1/status.new" "$1/status"'
    )
    build = subprocess.Popen(
        ["sh", "-c", script, "sh", str(out)],
        cwd=ROOT,
        start_new_session=True,  # stop() ends make and PyInstaller together
    )
    _builds.append((build, out))


def result() -> tuple[int, str]:
    """Waits for the build (starting it if nobody did) and returns its exit status and the end
    of its output."""
    if not _folder:
        start()
    out = folder()
    status = out / "status"
    deadline = time.monotonic() + TIMEOUT
    while not status.exists():
        if _builds and _builds[0][0].poll() is not None and not status.exists():
            return -1, "make dist was stopped before it reported"
        if time.monotonic() > deadline:
            stop()
            raise TimeoutError(f"make dist did not end within {TIMEOUT} s")
        time.sleep(1)
    log = out / "log"
    return int(status.read_text().strip()), log.read_text(encoding="utf-8", errors="replace")[
        -6000:
    ]


def stop() -> None:
    """At the end of the run: a build still running (the bundle tests failed early or were
    interrupted) is stopped, and its folder removed. A worker leaves the controller's alone."""
    for build, _out in _builds:
        if build.poll() is None:
            os.killpg(build.pid, signal.SIGTERM)
            try:
                build.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(build.pid, signal.SIGKILL)
                build.wait()
    for made in _made:
        shutil.rmtree(made, ignore_errors=True)
