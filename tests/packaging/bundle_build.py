"""`make dist`, started in the background as soon as a run has collected the bundle tests.

Building the bundle takes minutes of one core (its own venv, then PyInstaller) while the rest
of the suite keeps the other busy; run in turn, it added those minutes to every `make test`.
tests/conftest.py starts it after collection; tests/packaging/test_bundle.py waits for it. The
build is the same `make dist` in this checkout as before, only earlier (its catalogues are
moved into place whole, so the tests reading them meanwhile never see half a file)."""

from __future__ import annotations

import os
import signal
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TESTS = Path(__file__).with_name("test_bundle.py")
TIMEOUT = 1500  # seconds the bundle tests wait for it, as when they ran it themselves

_builds: list[tuple[subprocess.Popen[bytes], Path]] = []


def start() -> None:
    """Starts `make dist` (once); its output goes to a log file read when it has ended."""
    if _builds:
        return
    handle, name = tempfile.mkstemp(prefix="adviser-desk-make-dist-", suffix=".log")
    with open(handle, "wb") as log:
        # Niced: the tests running meanwhile, some watching the clock, come first.
        build = subprocess.Popen(
            ["nice", "-n", "5", "make", "dist"],
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # stop() ends make and PyInstaller together
        )
    _builds.append((build, Path(name)))


def result() -> tuple[int, str]:
    """Waits for the build (starting it if the run did not) and returns its exit status and
    the end of its output."""
    start()
    build, log = _builds[0]
    try:
        status = build.wait(TIMEOUT)
    except subprocess.TimeoutExpired:
        stop()
        raise
    return status, log.read_text(encoding="utf-8", errors="replace")[-6000:]


def stop() -> None:
    """At the end of the run: a build still running (the bundle tests failed early or were
    interrupted) is stopped, and its log removed."""
    for build, log in _builds:
        if build.poll() is None:
            os.killpg(build.pid, signal.SIGTERM)
            try:
                build.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(build.pid, signal.SIGKILL)
                build.wait()
        log.unlink(missing_ok=True)
