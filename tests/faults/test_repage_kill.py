"""The conversion of a 4 KiB-page case file to 16 KiB pages killed with SIGKILL at random
moments and at each side of its rename: afterwards the name holds the old file or the new one,
whole; the next unlock removes what was left and converts; the password and the recovery key
open it and nothing is lost. Real SQLCipher files, real processes."""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from adviser_desk.services import case_file_service as svc
from adviser_desk.services.session import CaseFileSession
from adviser_desk.storage import engine, repage
from tests.conftest import PASSWORD
from tests.faults.common import cli
from tests.storage.legacy import legacy_case_file

BLOBS = 96  # 96 x 256 KiB: a 24 MiB file, so the copy takes a while

CHILD = """
import os, signal, sys
from pathlib import Path
from adviser_desk.services import case_file_service as svc
from adviser_desk.storage import repage

path, password, stop_at = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
real_replace = repage.os.replace
def replace(src, dst):
    if stop_at == "before-swap" and Path(dst) == path.absolute():
        os.kill(os.getpid(), signal.SIGKILL)
    real_replace(src, dst)
    if stop_at == "after-swap" and Path(dst) == path.absolute():
        os.kill(os.getpid(), signal.SIGKILL)
repage.os.replace = replace
def progress(done, total):
    # Tells the parent when the conversion runs, so its kills can aim at that window.
    if (done, total) == (0, 1000):
        print("converting", flush=True)
    elif (done, total) == (1000, 1000):
        print("converted", flush=True)
print("ready", flush=True)
service = svc.unlock_with_password(path, password, progress)
print("done", service.page_size(), flush=True)
service.close()
"""


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes, str]:
    folder = tmp_path_factory.mktemp("legacy")
    path, raw_key, recovery = legacy_case_file(folder, blobs=BLOBS)
    return path, raw_key, recovery.formatted()


def _fresh(original: Path, folder: Path) -> Path:
    """A copy of the 4 KiB file with its key file (each run converts its own)."""
    folder.mkdir()
    for name in (original.name, original.name + "-keys"):
        shutil.copyfile(original.parent / name, folder / name)
    return folder / original.name


def _run(
    path: Path, stop_at: str, kill_after: float | None, kill_at_copied: float | None = None
) -> tuple[str, dict[str, float]]:
    """Runs the child; returns whether it finished and when (seconds after "ready") it said
    each of its lines. ``kill_after`` kills it that many seconds after "ready";
    ``kill_at_copied`` as soon as the new file beside it holds that share of the old file's
    size (seen, not timed: a loaded machine's pace varies from one run to the next)."""
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), PASSWORD, stop_at],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    start = time.monotonic()
    said: dict[str, float] = {}
    if kill_after is not None:
        time.sleep(kill_after)
        process.send_signal(signal.SIGKILL)
    elif kill_at_copied is not None:
        staged, size = repage.staging_path(path) / path.name, path.stat().st_size
        while process.poll() is None:
            with contextlib.suppress(OSError):
                if staged.stat().st_size >= kill_at_copied * size:
                    break
            time.sleep(0.002)
        process.send_signal(signal.SIGKILL)
    else:
        for line in process.stdout:
            said[line.split()[0]] = time.monotonic() - start
    out, err = process.communicate(timeout=120)
    if process.returncode not in (0, -signal.SIGKILL):
        raise AssertionError(err)
    return ("done" if "done" in said or "done 16384" in out else "killed"), said


def _whole(path: Path, raw_key: bytes, recovery: str) -> int:
    """The page size found after the kill; then opens it (converting it if still 4 KiB) and
    checks that nothing was lost and every key still opens it."""
    found = engine.page_size_of(path, raw_key)
    assert found in (4096, 16384)
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as session:
        assert session.file.page_size() == 16384
        assert session.file.open_notices() == []
        assert [c.title for c in session.cases.list_cases()] == ["Nepaccount"]
        with session.file.case.reading() as db:
            count = db.execute(text("SELECT count(*), count(DISTINCT data) FROM filler")).one()
        assert tuple(count) == (BLOBS, BLOBS)
        report = session.file.verify()
        assert report.ok, report.lines()
    assert not repage.staging_path(path).exists()
    svc.unlock_with_recovery_key(path, recovery).close()
    return found


@pytest.mark.parametrize("stop_at", ["before-swap", "after-swap"])
def test_a_conversion_killed_at_each_side_of_its_rename(
    original: tuple[Path, bytes, str], case_dir: Path, stop_at: str
) -> None:
    source, raw_key, recovery = original
    path = _fresh(source, case_dir / stop_at)
    assert _run(path, stop_at, None)[0] == "killed"
    if stop_at == "before-swap":
        # The checked copy waits in the staging folder, which only the owner can open (as
        # the copy itself); the name still holds the old file.
        staged = repage.staging_path(path) / path.name
        assert staged.exists() and engine.page_size_of(staged, raw_key) == 16384
        assert stat.S_IMODE(staged.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(staged.stat().st_mode) == 0o600
    assert _whole(path, raw_key, recovery) == (16384 if stop_at == "after-swap" else 4096)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_conversion_killed_at_random_moments(
    original: tuple[Path, bytes, str], case_dir: Path
) -> None:
    source, raw_key, recovery = original
    rng = random.Random(int.from_bytes(os.urandom(4)))
    outcome, said = _run(_fresh(source, case_dir / "whole"), "never", None)
    assert outcome == "done"
    # Most kills aim at the conversion itself (copy, check, rename), some anywhere. Two of them
    # are sure to land while the copy is being written: they watch it grow (timed from the
    # first run, all kills could come after the end when this run goes faster).
    window = (said["converting"], said["converted"])
    mid_copy = []
    for run in range(6):
        path = _fresh(source, case_dir / f"run{run}")
        if run in (1, 4):
            _run(path, "never", None, rng.uniform(0.05, 0.7))
        else:
            _run(path, "never", rng.uniform(*window) if run % 3 else rng.uniform(0, said["done"]))
        mid_copy.append(repage.staging_path(path).exists())
        _whole(path, raw_key, recovery)
    assert mid_copy[1] and mid_copy[4], "a kill aimed at the copy did not land in it"


def test_a_full_disk_during_the_conversion_leaves_the_old_file_working(
    original: tuple[Path, bytes, str], case_dir: Path
) -> None:
    source, raw_key, recovery = original
    path = _fresh(source, case_dir / "full")
    # Every file the process writes stops growing at 4 MB: the 24 MiB copy cannot fit, while
    # the case file's own small writes (lock, -wal) still can.
    result = cli("verify", str(path), "--password-stdin", fsize_limit=4_000_000)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "could not be converted" in result.stderr and "free space" in result.stderr
    assert "was not changed" in result.stderr
    assert "Traceback" not in result.stderr
    assert engine.page_size_of(path, raw_key) == 4096
    assert not repage.staging_path(path).exists()
    assert _whole(path, raw_key, recovery) == 4096  # with room again, the next unlock converts
