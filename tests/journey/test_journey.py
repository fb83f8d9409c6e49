"""The journey test: the real app on a real X server (Xvfb, with a window manager when one
is installed), driven by key and mouse events, at 1x in light and dark and at 1.5x.

The journey runs in child pytest processes because the platform (xcb instead of the other
tests' offscreen) and the scale factor are fixed when the QApplication starts. Screenshots go
to $ADVISER_DESK_SCREENSHOTS when set, else to the test's temporary folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ROOT = HERE.parent.parent


def _start_xvfb(width: int, height: int) -> tuple[subprocess.Popen[bytes], str]:
    read, write = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-nolisten",
            "tcp",
        ],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        pytest.fail("Xvfb did not start (make test installs the xvfb package)")
    return server, f":{number}"


def _start_openbox(display: str, ready: Path) -> subprocess.Popen[bytes]:
    """openbox on ``display``, once it manages the screen: started alone, it took over while
    the app's first window was already showing on a loaded machine (openbox runs the
    --startup command when it is ready)."""
    manager = subprocess.Popen(
        ["openbox", "--startup", f"touch '{ready}'"],
        env={**os.environ, "DISPLAY": display},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while not ready.exists():
        if manager.poll() is not None or time.monotonic() > deadline:
            manager.kill()
            pytest.fail(f"openbox did not start on {display} (exit code {manager.poll()})")
        time.sleep(0.05)
    return manager


@pytest.fixture(scope="module")
def screen(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A 1920x1080 virtual screen with a window manager when one is installed."""
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is missing: make test installs it (TEST_DEBS)")
    server, display = _start_xvfb(1920, 1080)
    manager = None
    if shutil.which("openbox"):
        ready = tmp_path_factory.mktemp("openbox") / "ready"
        try:
            manager = _start_openbox(display, ready)
        except BaseException:
            server.kill()
            raise
    try:
        yield display
    finally:
        for process in (manager, server):
            if process is not None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()


def run_steps(display: str, work: Path, shots: Path, test: str, scale: str) -> None:
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "QT_SCALE_FACTOR": scale,
        "JOURNEY_DIR": str(work),
        "ADVISER_DESK_SCREENSHOTS": str(shots),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    env.pop("WAYLAND_DISPLAY", None)
    try:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "-x",
                f"{HERE / 'journey_steps.py'}::{test}",
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
        )
    except subprocess.TimeoutExpired as exc:  # what it had done by then says where it stuck
        out, err = (
            part.decode(errors="replace") if isinstance(part, bytes) else part or ""
            for part in (exc.stdout, exc.stderr)
        )
        pytest.fail(f"{test} at {scale}x took over 900 s:\n{out[-6000:]}\n{err[-3000:]}")
    if result.returncode != 0:
        pytest.fail(f"{test} at {scale}x:\n{result.stdout[-6000:]}\n{result.stderr[-3000:]}")


# Each scale's run has its own 900 s limit below, whose message says where it stuck.
@pytest.mark.timeout(2000)
def test_the_journey_on_a_real_screen(screen: str, tmp_path: Path) -> None:
    work = tmp_path / "journey"
    shots = Path(os.environ.get("ADVISER_DESK_SCREENSHOTS") or tmp_path / "screenshots")
    run_steps(screen, work, shots, "test_journey", "1")
    run_steps(screen, work, shots, "test_main_screens_at_scale", "1.5")
    names = {p.stem for p in shots.glob("*.png")}
    for scheme in ("light", "dark", "scale-1.5"):
        assert f"{scheme}-case-1" in names and f"{scheme}-interview" in names, names
        assert f"{scheme}-letter" in names and f"{scheme}-audit-log" in names, names
