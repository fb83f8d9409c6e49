"""Qt's own file dialog (used where the desktop has none), on a real X server with the keys
and clicks it gives (offscreen, and events a test sends to a widget, pass the completion list
by). Walk 10, W10-7: with the typed path's completion list open, the first click on Open did
nothing (the list took it). Walk 11, W11-1: completing in the field instead made Enter open
the first folder rather than save under the proposed name. Now a click on a button goes
through, and Enter is as Qt has it: in the name field it saves under the name shown, after a
typed full path it takes that path."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        pytest.fail("Xvfb and xdotool are needed (make test installs them)")
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            yield ":" + pipe.readline().strip()
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=20)


def run(display: str, scenario: str, folder: Path, name: str) -> str:
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.file_dialog_click", scenario, str(folder), name],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = done.stdout.strip().splitlines()
    assert lines, (done.stdout, done.stderr)
    return lines[-1]


def test_one_click_on_open_with_the_completion_list_shown(display: str, tmp_path: Path) -> None:
    for name in ("bewijs 1.png", "bewijs 2.png"):
        (tmp_path / name).write_bytes(b"png")
    shown = run(display, "click", tmp_path, "bewijs 1.png")
    assert shown == f"accepted {tmp_path / 'bewijs 1.png'}"


def test_enter_in_the_name_field_saves_under_the_proposed_name(
    display: str, tmp_path: Path
) -> None:
    """The folder's first entry is a folder (the police export beside the evidence log):
    Enter must not open it (W11-1)."""
    (tmp_path / "2026-001 bewijs 2026-12-03 150921").mkdir()
    shown = run(display, "proposed", tmp_path, "2026-001 bewijslijst.pdf")
    assert shown == f"accepted {tmp_path / '2026-001 bewijslijst.pdf'}"


@pytest.mark.parametrize("scenario", ["typed-open", "typed-save"])
def test_enter_after_a_typed_full_path_takes_it(
    display: str, tmp_path: Path, scenario: str
) -> None:
    (tmp_path / "Adviser Desk").mkdir()  # where the dialog opens: a folder comes first
    stick = tmp_path / "usb"
    stick.mkdir()
    name = "bewijs 1.png" if scenario == "typed-open" else "2026-001 Stopbrief.pdf"
    if scenario == "typed-open":
        (stick / name).write_bytes(b"png")
    shown = run(display, scenario, stick, name)
    assert shown == f"accepted {stick / name}"
