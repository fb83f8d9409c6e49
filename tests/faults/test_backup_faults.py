"""Backups meeting a full drive and a kill -9: a true message, nothing left behind, the case
file untouched."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from adviser_desk.services import case_file_service as svc
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.evidence_service import EvidenceService
from adviser_desk.services.protocol_data import protocol
from tests.conftest import PASSWORD
from tests.faults.common import case_file_with_a_case, cli


def _with_evidence(folder: Path, megabytes: int) -> Path:
    """A case file holding ``megabytes`` of (incompressible) evidence."""
    path, number = case_file_with_a_case(folder)
    service = svc.unlock_with_password(path, PASSWORD)
    try:
        cases = CaseService(service.case, protocol())
        evidence = EvidenceService(cases)
        evidence.add_bytes(cases.case_id_for_number(number), os.urandom(megabytes << 20), "big.bin")
    finally:
        service.close()
    return path


def _audit_actions(path: Path) -> list[str]:
    service = svc.unlock_with_password(path, PASSWORD)
    try:
        return [row.action for row in service.audit_rows()]
    finally:
        service.close()


def test_backup_to_a_full_drive_says_so_and_that_the_case_file_is_fine(
    case_dir: Path, tmp_path: Path
) -> None:
    path = _with_evidence(case_dir, 2)
    stick = tmp_path / "stick"
    stick.mkdir()
    # Every file the process writes stops at 1 MB: the backup copy (2 MB) cannot fit, while
    # the case file's own small writes (lock, -wal) still can.
    result = cli("backup", str(path), str(stick), "--password-stdin", fsize_limit=1_000_000)
    assert result.returncode == 1, result.stdout + result.stderr
    message = result.stderr
    assert "did not fit" in message and "case file itself is fine" in message, message
    assert "damaged" not in message and "Restore it from a backup" not in message
    assert list(stick.iterdir()) == []  # the incomplete copy was removed
    verify = cli("verify", str(path), "--password-stdin")
    assert verify.returncode == 0, verify.stdout + verify.stderr
    assert "backup.made" not in _audit_actions(path)


def _killed_backup(path: Path, dest: Path) -> None:
    """Runs a backup in a real process that kills itself (SIGKILL) half-way through the copy."""
    script = textwrap.dedent(
        """
        import os, signal, sys
        from pathlib import Path
        from adviser_desk.services import case_file_service as svc

        service = svc.unlock_with_password(Path(sys.argv[1]), sys.argv[3])

        def progress(done, total):
            if done * 2 >= total:
                os.kill(os.getpid(), signal.SIGKILL)

        service.make_backup(Path(sys.argv[2]), progress)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(path), str(dest), PASSWORD],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == -9, result.stderr


def test_kill_9_during_backup_leaves_a_partial_folder_that_is_cleaned_up(
    case_dir: Path, tmp_path: Path
) -> None:
    path = _with_evidence(case_dir, 20)  # more than two 8 MiB copy steps
    # Killed while backing up beside the case file: removed when the case file is opened.
    _killed_backup(path, case_dir)
    (leftover,) = [p for p in case_dir.iterdir() if p.name.endswith(".partial")]
    assert leftover.name.startswith(f".{path.stem} backup ") and any(leftover.iterdir())
    assert "backup.partial_removed" in _audit_actions(path)
    assert not leftover.exists()
    # Killed while backing up to a stick: removed by the next backup to that stick.
    stick = tmp_path / "stick"
    stick.mkdir()
    _killed_backup(path, stick)
    assert [p.name.endswith(".partial") for p in stick.iterdir()] == [True]
    other = stick / ".Another file backup 2026-01-01 100000.partial"
    other.mkdir()  # another case file's unfinished backup is not ours to remove
    result = cli("backup", str(path), str(stick), "--password-stdin")
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in stick.iterdir())
    assert names == [other.name, f"{path.stem} backup " + names[1].split(" backup ")[1]]
    backup_copy = Path(result.stdout.strip())
    assert backup_copy.parent.name == names[1]
    opened = svc.unlock_with_password(backup_copy, PASSWORD)
    try:
        assert opened.verify().ok
    finally:
        opened.close()
    actions = _audit_actions(path)
    assert actions.count("backup.partial_removed") == 2 and actions[-1] == "backup.made"
