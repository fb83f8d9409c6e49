"""First window of the GUI against a bare PySide6 window: wall time from starting the process
to the window being shown, each in a fresh process, alternating, 7 rounds, medians. Also lists
the heavy modules the app has imported by then. Prints; asserts nothing.

Both sides run with compiled bytecode, as an installed app has it (pip compiles a wheel's
modules when it installs them): in a checkout with PYTHONDONTWRITEBYTECODE set, every start
would otherwise compile the app's 30-odd modules from source (about 45 ms on this machine),
which an adviser never pays. That form is printed too, for comparison.
The bytecode goes to a temporary PYTHONPYCACHEPREFIX (nothing is written into the checkout),
and one untimed start of each side fills it and the disk cache."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

import goals  # type: ignore[import-not-found]
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


def _side_by_side(env: dict[str, str], rounds: int) -> tuple[list[float], list[float], str]:
    loaded: list[str] = []
    app, bare = alternating(
        lambda: _run(APP, env, loaded), lambda: _run(BARE, env, []), rounds=rounds
    )
    return app, bare, " ".join(loaded) or "none of the heavy modules"


def run() -> None:
    with tempfile.TemporaryDirectory(prefix="adviser-desk-start-") as home:
        checkout = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home, XDG_CONFIG_HOME=home)
        env = dict(checkout, PYTHONPYCACHEPREFIX=os.path.join(home, "pycache"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        _run(APP, env, []), _run(BARE, env, [])  # untimed: bytecode and disk cache
        load = os.getloadavg()[0]
        app, bare, loaded = _side_by_side(env, 7)
        # For comparison: this checkout as it is (PYTHONDONTWRITEBYTECODE may be set in it).
        source_app, source_bare, _ = _side_by_side(checkout, 5)
    print(
        f"first window (load average {load:.1f} on {os.cpu_count()} cores): app {spread(app)}; "
        f"bare PySide6 window {spread(bare)}; ratio {ratio(app, bare):.2f}x (before: 7.2x, "
        f"then 12.8x; goal <= 2.5x); both with compiled bytecode, as installed; loaded at that "
        f"point: {loaded}"
    )
    print(
        f"  from this checkout as it is (PYTHONDONTWRITEBYTECODE="
        f"{os.environ.get('PYTHONDONTWRITEBYTECODE', '')!r}): "
        f"{ratio(source_app, source_bare):.2f}x (app {spread(source_app)})"
    )
    goals.record(
        "first window of the GUI",
        f"{ratio(app, bare):.2f}x a bare PySide6 window ({statistics.median(app):.2f} s)",
        "<= 2.5x a bare window",
        "7.2x (1.33 s)",
        ratio(app, bare) <= 2.5,
    )


if __name__ == "__main__":
    run()
    goals.print_table()
