"""The first window appears before the case file's heavy layers load (issue 15: first window
within 2.5x a bare PySide6 window; bench/startup_bench.py measures it). Checked in a fresh
interpreter, since this test process has loaded everything already."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HEAVY = (
    "sqlalchemy",
    "sqlcipher3",
    "alembic",
    "reportlab",
    "PIL",
    "numpy",
    "pypdf",
    "pypdfium2",
    "tldextract",
    "zxcvbn",
    "adviser_desk.services",
    "adviser_desk.storage",
    "adviser_desk.reports",
)

SCRIPT = """
import sys
from adviser_desk.ui.shell import app
qt, window = app.start_window(preload={preload})
assert window.isVisible() and window.stack.currentWidget() is window.welcome
if {preload}:
    import threading
    for thread in threading.enumerate():
        if thread.name == "preload":
            thread.join(120)
heavy = {heavy!r}
print(" ".join(name for name in heavy if name in sys.modules))
"""


def _loaded(tmp_path: Path, preload: bool) -> list[str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),
        ADVISER_DESK_LOG_DIR=str(tmp_path / "log"),
    )
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(preload=preload, heavy=HEAVY)],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=True,
    )
    return result.stdout.split()


def test_the_first_window_is_shown_without_the_heavy_layers(tmp_path: Path) -> None:
    assert _loaded(tmp_path, preload=False) == []


def test_the_heavy_layers_load_in_the_background_after_the_first_paint(tmp_path: Path) -> None:
    loaded = _loaded(tmp_path, preload=True)
    for name in ("sqlalchemy", "sqlcipher3", "alembic", "reportlab", "adviser_desk.services"):
        assert name in loaded
