"""The command line reads its Dutch catalogue as the window does (from bytes, not from the
mapped file), and a checkout started without make says in the diagnostics log when a .qm is
older than its .ts."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from adviser_desk import catalogues, diagnostics
from adviser_desk import cli as adviser_cli
from adviser_desk.resources import resources_dir
from adviser_desk.services.demo import DEMO_PASSWORD
from tests.cli.test_annual_report_cli import demo, pdf_text

STALE = "translation catalogue nl is older than its .ts source"


def _copy_translations(folder: Path, ts_newer: bool) -> Path:
    """Our catalogues and their sources in ``folder``/translations; the Dutch .ts a minute
    newer than its .qm when ``ts_newer`` (a .ts changed after the last make)."""
    target = folder / "translations"
    target.mkdir(parents=True)
    for name in ("adviser_desk_nl.qm", "adviser_desk_nl.ts", "adviser_desk_en.qm"):
        shutil.copy(resources_dir() / "translations" / name, target / name)
    ts, qm = target / "adviser_desk_nl.ts", target / "adviser_desk_nl.qm"
    when = qm.stat().st_mtime
    os.utime(ts, (when + 60, when + 60) if ts_newer else (when - 60, when - 60))
    return target


def test_the_reports_catalogue_survives_its_file_rewritten_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """lrelease rewrites a .qm in place; the command's catalogue is its own copy, as the
    window's is (walker F24)."""
    qm = _copy_translations(tmp_path, ts_newer=False) / "adviser_desk_nl.qm"
    monkeypatch.setattr(catalogues, "resources_dir", lambda: tmp_path)
    translate = adviser_cli._report_language("nl")
    assert translate("case_models", "Contact person") == "Contactpersoon"
    with qm.open("r+b") as rewrite:  # the same file, other bytes, as lrelease writes it
        rewrite.write(bytes(qm.stat().st_size))
    assert translate("case_models", "Contact person") == "Contactpersoon"
    assert translate("UnlockDialog", "Unlock") == "Ontgrendelen"


@pytest.mark.parametrize("ts_newer", [True, False])
def test_a_command_logs_a_catalogue_older_than_its_source(
    case_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ts_newer: bool
) -> None:
    path = demo(case_dir)
    _copy_translations(tmp_path / "resources", ts_newer)
    monkeypatch.setattr(catalogues, "resources_dir", lambda: tmp_path / "resources")
    monkeypatch.setattr(sys, "stdin", io.StringIO(DEMO_PASSWORD + "\n"))
    log_dir = tmp_path / "log"
    monkeypatch.setenv("ADVISER_DESK_LOG_DIR", str(log_dir))
    pdf = case_dir / "jaarverslag.pdf"
    year = str(date.today().year)
    try:
        code = adviser_cli.main(["annual-report", str(path), year, str(pdf), "--password-stdin"])
    finally:
        diagnostics.stop()
    assert code == adviser_cli.EXIT_OK
    assert f"Jaarverslag {year}" in pdf_text(pdf)  # the (old) catalogue is still used
    log = (log_dir / diagnostics.LOG_NAME).read_text(encoding="utf-8")
    assert (STALE in log) is ts_newer
    assert "WARNING" in log if ts_newer else "WARNING" not in log


WINDOW = """
from pathlib import Path
from adviser_desk import catalogues
catalogues.resources_dir = lambda: Path({resources!r})
from adviser_desk.ui.shell import app
qt, window = app.start_window(preload=False)
assert window.isVisible()
"""


def test_the_window_logs_a_catalogue_older_than_its_source(tmp_path: Path) -> None:
    """`python -m adviser_desk` from a checkout after a .ts changed, without make: the window
    still starts (with the old texts) and the log says why they may be old."""
    _copy_translations(tmp_path / "resources", ts_newer=True)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),
        ADVISER_DESK_LOG_DIR=str(tmp_path / "log"),
    )
    subprocess.run(
        [sys.executable, "-c", WINDOW.format(resources=str(tmp_path / "resources"))],
        env=env,
        timeout=180,
        check=True,
    )
    log = (tmp_path / "log" / diagnostics.LOG_NAME).read_text(encoding="utf-8")
    assert STALE in log
