"""Walk 15, W15-2: Qt's own file dialog at 1.5x opens wide enough for the folder's sizes,
types, dates and a long file name (it opened at about 640 logical pixels, cutting them)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCREEN = {"name": "s", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96}
LONG_NAME = "2026-001 Stopbrief aan ouders (foto in klassenapp verspreid).pdf"


def test_file_dialog_opens_wide_with_nothing_cut_off_at_one_and_a_half(tmp_path: Path) -> None:
    # A 1920 x 1080 screen for the offscreen platform (its own is 800 x 600).
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [SCREEN]}))
    home = tmp_path / "walkC-home"
    folder = home / "folder"
    folder.mkdir(parents=True)
    (folder / LONG_NAME).write_bytes(b"%PDF-1.4\n" + b"0" * 62_000)
    (folder / "backup.adcase").write_bytes(b"0" * 1_015_000)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
        "QT_SCALE_FACTOR": "1.5",
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
        "HOME": str(home),  # the sidebar's home entry, named as the walker's was
    }
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.file_dialog_size_probe", str(folder)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    width, available, cut = done.stdout.strip().splitlines()[-1].split(" ", 2)
    assert int(available) == 1280  # 1920 logical pixels at 1.5x
    assert int(width) >= 0.6 * int(available)
    assert cut == "none"  # no column narrower than its widest text, the sidebar's whole
