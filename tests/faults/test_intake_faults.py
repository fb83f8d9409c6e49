"""Evidence intake under faults: a full disk, kill -9, pipes and odd names (real processes)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from tests.conftest import PASSWORD
from tests.faults.common import (
    case_file_with_a_case,
    cli,
    lines_starting,
    noisy_pngs,
    paths_args,
    stored_numbers,
)


def test_disk_full_at_commit_reports_only_what_was_stored(case_dir: Path, tmp_path: Path) -> None:
    path, number = case_file_with_a_case(case_dir)
    first = cli("import-evidence", str(path), number, "--password-stdin",
                *paths_args(noisy_pngs(tmp_path / "a", 21, side=32, seed=1)))  # fmt: skip
    assert first.returncode == 0, first.stderr
    # The second import meets a full disk part-way: its first batch, 32 files of about 30 KB
    # in the -wal (a PNG's thumbnail is made after storing), fits below the limit; the next
    # batch, 8 files of 270 KB, does not. (The limit is per file, so the case file itself
    # must still take the first batch when the -wal is checkpointed into it on closing.)
    # With 16 KiB pages the empty case file is 1 MiB (64 pages), so the limit leaves room for
    # it plus the first batch, and not for the second batch on top.
    limit = 3_000_000
    assert path.stat().st_size < limit // 2
    files = noisy_pngs(tmp_path / "b", 32, seed=2) + noisy_pngs(tmp_path / "c", 8, 300, seed=4)
    second = cli("import-evidence", str(path), number, "--password-stdin", *paths_args(files),
                 fsize_limit=limit)  # fmt: skip
    assert second.returncode == 1, second.stdout + second.stderr
    added = lines_starting(second.stdout, "added ")
    failed = lines_starting(second.stdout, "failed ")
    assert added and failed, "the limit was meant to fill the disk after the first batch"
    assert any("disk is full" in line for line in failed)
    assert len(added) + len(failed) == 40
    assert len(set(added)) == len(added)
    assert f"{len(added)} added, {len(failed)} failed" in second.stderr
    stored = stored_numbers(path, number)
    # Exactly the 21 earlier items and what the second run said it added: nothing claimed
    # that was not stored, nothing stored that was not claimed.
    assert stored[:21] == lines_starting(first.stdout, "added ")
    assert stored[21:] == added
    verify = cli("verify", str(path), "--password-stdin")
    assert verify.returncode == 0, verify.stdout + verify.stderr


def test_kill_9_during_import_never_leaves_a_commit_unreported(
    case_dir: Path, tmp_path: Path
) -> None:
    path, number = case_file_with_a_case(case_dir)
    files = noisy_pngs(tmp_path / "many", 200, side=64, seed=3)
    proc = subprocess.Popen(
        [sys.executable, "-m", "adviser_desk", "import-evidence", str(path), number,
         "--password-stdin", *paths_args(files)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(PASSWORD + "\n")
    proc.stdin.close()
    printed: list[str] = []
    for line in proc.stdout:
        if line.startswith("added "):
            printed.append(line.split()[1])
        if len(printed) >= 40:  # after the first batch, while later ones are being stored
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    rest = proc.stdout.read()
    proc.stdout.close()
    assert proc.stderr is not None
    proc.stderr.close()
    printed += lines_starting(rest, "added ")
    stored = stored_numbers(path, number)
    assert stored[: len(printed)] == printed
    # Between a commit and its printing lies only the write itself: at most one batch.
    assert len(stored) - len(printed) <= 32


def test_a_fifo_is_refused_at_once_and_the_rest_is_added(case_dir: Path, tmp_path: Path) -> None:
    path, number = case_file_with_a_case(case_dir)
    fifo = tmp_path / "chat.png"
    os.mkfifo(fifo)
    (good,) = noisy_pngs(tmp_path / "good", 1)
    started = time.monotonic()
    result = cli("import-evidence", str(path), number, "--password-stdin", str(fifo), str(good),
                 timeout=60)  # fmt: skip
    assert time.monotonic() - started < 30
    assert result.returncode == 1
    (failed,) = lines_starting(result.stdout, "failed ")
    assert failed.startswith('"chat.png": ') and "not an ordinary file" in failed
    assert lines_starting(result.stdout, "added ") == ["B-001"]
    # Nothing was left locked: the file opens again at once.
    assert stored_numbers(path, number) == ["B-001"]


def test_a_fifo_swapped_in_after_the_check_does_not_block(tmp_path: Path) -> None:
    from adviser_desk.services.evidence_intake import EvidenceError, read_file

    fifo = tmp_path / "late.png"
    os.mkfifo(fifo)
    outcome: list[BaseException | bytes] = []

    def read() -> None:
        try:
            outcome.append(read_file(fifo, 2**20))
        except EvidenceError as exc:
            outcome.append(exc)

    worker = threading.Thread(target=read, daemon=True)
    worker.start()
    worker.join(10)
    assert not worker.is_alive(), "reading a pipe blocked"
    assert isinstance(outcome[0], EvidenceError) and "not an ordinary file" in str(outcome[0])
    for odd in (Path("/dev/null"), Path("/dev/zero")):
        try:
            read_file(odd, 2**20)
        except EvidenceError as exc:
            assert "not an ordinary file" in str(exc)
        else:
            raise AssertionError(f"{odd} was read as evidence")


def test_names_with_newlines_stay_on_one_line(case_dir: Path, tmp_path: Path) -> None:
    path, number = case_file_with_a_case(case_dir)
    odd = tmp_path / 'two\nlines "quoted".png'
    odd.write_bytes(b"")
    result = cli("import-evidence", str(path), number, "--password-stdin", str(odd))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith('failed "two\\nlines \\"quoted\\".png": ')


def test_a_closed_pipe_ends_the_output_quietly(case_dir: Path, tmp_path: Path) -> None:
    path, _number = case_file_with_a_case(case_dir)
    password = tmp_path / "pw"
    password.write_text(PASSWORD + "\n")
    result = subprocess.run(
        ["bash", "-c", 'set -o pipefail; "$0" -m adviser_desk cases "$1" --password-stdin '
         '< "$2" | head -c 0', sys.executable, str(path), str(password)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode in (0, 141), result.stderr
    assert result.stderr == ""


def test_verify_of_a_file_open_elsewhere_says_in_use_not_damaged(case_dir: Path) -> None:
    from adviser_desk.services import case_file_service as svc

    path, _number = case_file_with_a_case(case_dir)
    holder = svc.unlock_with_password(path, PASSWORD)
    try:
        result = cli("verify", str(path), "--password-stdin")
    finally:
        holder.close()
    assert result.returncode == 3, result.stdout + result.stderr
    assert "already open" in result.stderr and "damaged" not in result.stderr.lower()
    assert cli("verify", str(path), "--password-stdin").returncode == 0
