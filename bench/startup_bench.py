"""First window of the GUI against a bare PySide6 window: wall time from starting the process
to the window being shown, each in a fresh process, alternating, 5 rounds, medians. Also lists
the heavy modules the app has imported by then. Prints; asserts nothing."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

from realistic import alternating, ratio, spread  # type: ignore[import-not-found]

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1000, 700)
window.show()
app.processEvents()
print("shown", flush=True)
"""

APP = """
import sys
from adviser_desk.ui.shell import app as gui

heavy = ("sqlalchemy", "reportlab", "PIL", "sqlcipher3", "alembic", "pypdf", "pypdfium2", "numpy")


def painted():
    print("shown", " ".join(m for m in heavy if m in sys.modules), flush=True)


# What `adviser-desk` does before its event loop, timed to the first paint of the window. The
# case file's layers then load in a background thread (preload), which starts after that.
qt, window = gui.start_window(painted=painted)
"""


def _run(script: str, env: dict[str, str], seen: list[str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=env
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait()
    assert line.startswith("shown"), line
    seen[:] = line.split()[1:]
    return elapsed


def run() -> None:
    with tempfile.TemporaryDirectory(prefix="adviser-desk-start-") as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home, XDG_CONFIG_HOME=home)
        loaded: list[str] = []
        app, bare = alternating(lambda: _run(APP, env, loaded), lambda: _run(BARE, env, []))
    print(
        f"first window: app {spread(app)}; bare PySide6 window {spread(bare)}; ratio "
        f"{ratio(app, bare):.2f}x (before: 7.2x, then 12.8x; goal <= 2.5x); loaded at that point: "
        f"{' '.join(loaded) or 'none of the heavy modules'}"
    )


if __name__ == "__main__":
    run()
