"""The case file itself under faults: kill -9 during new and export, a damaged -wal after an
unclean shutdown, pages appended or flipped, files that are no case file. Real processes."""

from __future__ import annotations

import io
import os
import random
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from adviser_desk.domain.errors import KnownError
from adviser_desk.domain.recovery_key import RecoveryKey
from adviser_desk.services import case_file_service as svc
from adviser_desk.storage import casefile, kdf, keyslots, wal_check
from adviser_desk.storage.errors import DamagedCaseFileError, NotACaseFileError
from tests.conftest import PASSWORD
from tests.faults.common import case_file_with_a_case, cli, noisy_pngs
from tests.storage.helpers import flip_byte


def test_kill_9_during_new_leaves_a_complete_case_file_or_none(case_dir: Path) -> None:
    rng = random.Random(7)
    outcomes = {"complete": 0, "none": 0}
    for round_ in range(12):
        path = case_dir / "Zaken.adcase"
        proc = subprocess.Popen(
            [sys.executable, "-m", "adviser_desk", "new", str(path), "--password-stdin",
             "--kdf", "minimum"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert proc.stdin is not None
        proc.stdin.write(PASSWORD + "\n")
        proc.stdin.close()
        time.sleep(rng.uniform(0.3, 2.5))  # imports, KDF, migrations, the moves
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        for stream in (proc.stdout, proc.stderr):
            assert stream is not None
            stream.close()
        if path.exists():
            assert keyslots.slot_file_path(path).exists(), f"round {round_}: no key file"
            svc.unlock_with_password(path, PASSWORD).close()  # complete and opens
            outcomes["complete"] += 1
            for leftover in casefile.companion_files(path):
                leftover.unlink(missing_ok=True)
        else:
            outcomes["none"] += 1
        # Either way `new` takes the name again.
        result = cli("new", str(path), "--password-stdin", "--kdf", "minimum")
        assert result.returncode == 0, f"round {round_}: {result.stderr}"
        assert sorted(p.name for p in case_dir.iterdir() if not p.name.endswith(("-lock", ".os"))) \
            == ["Zaken.adcase", "Zaken.adcase-keys"]  # fmt: skip
        for leftover in casefile.companion_files(path):
            leftover.unlink(missing_ok=True)
    assert outcomes["none"] > 0  # the rounds did interrupt creations


def test_a_creation_stopped_between_its_two_moves_is_cleared(case_dir: Path) -> None:
    """The one window the staging leaves: the key file moved, the case file not yet."""
    path = case_dir / "Zaken.adcase"
    service, _ = svc.create_case_file(case_dir / "elsewhere.adcase", PASSWORD, kdf.MINIMUM)
    service.close()
    staging = casefile.staging_path(path)
    staging.mkdir()
    os.rename(case_dir / "elsewhere.adcase", staging / "Zaken.adcase")
    os.rename(case_dir / "elsewhere.adcase-keys", keyslots.slot_file_path(path))
    with pytest.raises(KnownError):
        svc.unlock_with_password(path, PASSWORD)  # no case file there
    service, _ = svc.create_case_file(path, PASSWORD, kdf.MINIMUM)
    service.close()
    assert not staging.exists()
    svc.unlock_with_password(path, PASSWORD).close()


EXPORTER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from adviser_desk.reports.common import english
    from adviser_desk.services import case_file_service as svc
    from adviser_desk.services import evidence_export as esvc
    from adviser_desk.services.case_service import CaseService
    from adviser_desk.services.evidence_service import EvidenceService
    from adviser_desk.services.protocol_data import protocol

    service = svc.unlock_with_password(Path(sys.argv[1]), sys.argv[2])
    cases = CaseService(service.case, protocol())
    evidence = EvidenceService(cases)
    case_id = cases.case_id_for_number(sys.argv[3])
    real = evidence.original

    def slow(item_id):  # each original takes a moment, so the kill lands mid-export
        print("writing", item_id, flush=True)
        import time; time.sleep(0.05)
        return real(item_id)

    evidence.original = slow
    esvc.export_package(evidence, case_id, Path(sys.argv[4]), "Agent", english)
    print("done", flush=True)
    """
)


def test_kill_9_during_export_leaves_no_plaintext_for_long(case_dir: Path, tmp_path: Path) -> None:
    path, number = case_file_with_a_case(case_dir)
    files = noisy_pngs(tmp_path / "in", 12, side=48)
    assert cli("import-evidence", str(path), number, "--password-stdin",
               *map(str, files)).returncode == 0  # fmt: skip
    stick = tmp_path / "stick"
    stick.mkdir()
    for reopen_with in ("open", "export"):
        proc = subprocess.Popen(
            [sys.executable, "-c", EXPORTER, str(path), PASSWORD, number, str(stick)],
            stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("writing") and int(line.split()[1]) >= 5:
                break
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        partials = [p for p in stick.iterdir() if p.name.endswith(".partial")]
        assert len(partials) == 1 and any(partials[0].iterdir())  # plaintext left by the kill
        if reopen_with == "open":
            assert cli("cases", str(path), "--password-stdin").returncode == 0
        else:
            result = cli(
                "export", str(path), number, str(stick), "--password-stdin", "--receiver", "Agent"
            )
            assert result.returncode == 0, result.stderr
        assert not partials[0].exists()
        service = svc.unlock_with_password(path, PASSWORD)
        removed = [r for r in service.audit_rows() if r.action == "evidence.export_partial_removed"]
        service.close()
        assert removed and removed[-1].subject == str(partials[0])
    (done,) = [p for p in stick.iterdir()]
    assert stat.S_IMODE(done.stat().st_mode) == 0o700
    names = sorted(p.name for p in done.iterdir())
    assert "SHA256SUMS" in names and "manifest.csv" in names and len(names) == 12 + 3
    for item in done.iterdir():
        assert stat.S_IMODE(item.stat().st_mode) == 0o600, item


WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from adviser_desk.services.case_file_service import CaseFileService
    from adviser_desk.storage import audit_log, casefile
    s = CaseFileService(casefile.open_with_raw_key(Path(sys.argv[1]), bytes.fromhex(sys.argv[2])))
    for n in range(int(sys.argv[3])):
        with s.case.transaction() as session:
            audit_log.append(session, "w", "note.added", f"n{n}", {"t": "z" * 3000})
    print("committed", flush=True)
    time.sleep(120)
    """
)


def crashed_with_notes(folder: Path, count: int) -> tuple[Path, str]:
    service, _ = svc.create_case_file(folder / "w.adcase", PASSWORD, kdf.MINIMUM)
    raw = service.case.raw_key.hex()
    service.close()
    path = folder / "w.adcase"
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), raw, str(count)], stdout=subprocess.PIPE
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().startswith(b"committed")
    os.kill(proc.pid, signal.SIGKILL)  # an unclean shutdown: the notes live in the -wal
    proc.wait()
    proc.stdout.close()
    assert wal_check.wal_path(path).stat().st_size > 0
    return path, raw


def notes(path: Path) -> list[str]:
    service = svc.unlock_with_password(path, PASSWORD)
    try:
        return [r.subject for r in service.audit_rows() if r.action == "note.added"]
    finally:
        service.close()


def test_an_unclean_shutdown_with_a_sound_wal_loses_nothing_and_says_nothing(
    case_dir: Path,
) -> None:
    path, _ = crashed_with_notes(case_dir, 10)
    result = cli("verify", str(path), "--password-stdin")
    assert result.returncode == 0 and "WARNING" not in result.stderr, result.stderr
    assert notes(path) == [f"n{n}" for n in range(10)]


@pytest.mark.parametrize("damage", ["flip-last", "flip-middle", "truncate", "header"])
def test_a_damaged_wal_is_reported_and_kept(case_dir: Path, damage: str) -> None:
    path, _ = crashed_with_notes(case_dir, 10)
    wal = wal_check.wal_path(path)
    size = wal.stat().st_size
    if damage == "flip-last":
        flip_byte(wal, size - 2000)
    elif damage == "flip-middle":
        flip_byte(wal, size // 2)
    elif damage == "truncate":
        os.truncate(wal, size - 4096 - 24)
    else:
        flip_byte(wal, 20)  # the WAL header's salt: SQLite would drop every frame
    original = wal.read_bytes()
    result = cli("verify", str(path), "--password-stdin")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "WARNING" in result.stderr and "not closed properly" in result.stderr
    assert "recent changes: LOST" in result.stdout
    (copy,) = case_dir.glob("w.adcase-wal.damaged-*[0-9]")
    assert copy.read_bytes() == original and stat.S_IMODE(copy.stat().st_mode) == 0o600
    # The loss is recorded in the chain, and told once: the next open is clean.
    service = svc.unlock_with_password(path, PASSWORD)
    actions = [r.action for r in service.audit_rows()]
    assert service.open_notices() == []
    service.close()
    assert "case_file.wal_damaged" in actions
    assert len(notes(path)) < 10


def test_pages_appended_or_cut_off_are_damage(case_dir: Path) -> None:
    path, _number = case_file_with_a_case(case_dir)
    with open(path, "ab") as handle:
        handle.write(os.urandom(4096))
    result = cli("cases", str(path), "--password-stdin")
    assert result.returncode == 1 and "damaged" in result.stderr and result.stdout == ""
    os.truncate(path, path.stat().st_size - 2 * 4096)
    with pytest.raises(DamagedCaseFileError):
        svc.unlock_with_password(path, PASSWORD)


def test_a_flipped_page_met_later_is_an_error_not_a_partial_result(
    case_dir: Path, tmp_path: Path
) -> None:
    path, number = case_file_with_a_case(case_dir)
    # Enough evidence that the middle of the file is evidence: a new file starts with 1 MiB
    # of room (16 KiB pages), and a flip in unused room is rightly never met.
    files = noisy_pngs(tmp_path / "in", 20, side=256)
    assert cli("import-evidence", str(path), number, "--password-stdin",
               *map(str, files)).returncode == 0  # fmt: skip
    size = path.stat().st_size
    assert size > 3 * 1024 * 1024
    flip_byte(path, size // 2 + 100)  # a page of evidence in the middle
    out = tmp_path / "log.pdf"
    result = cli("evidence-log", str(path), number, str(out), "--password-stdin")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "damaged" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == "" and not out.exists()


def png_bytes() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (640, 480), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


@pytest.mark.parametrize(
    "content",
    [png_bytes(), b"%PDF-1.7\n" + b"x" * 9000, ("Beste ouders,\n" * 800).encode(), bytes(12288)],
    ids=["png", "pdf", "text", "zeros"],
)
def test_a_file_that_is_no_case_file_says_so(case_dir: Path, content: bytes) -> None:
    path = case_dir / "Zaken.adcase"
    path.write_bytes(content)
    # Said at once: not "key file missing", and no recovery key asked for.
    with pytest.raises(NotACaseFileError):
        svc.unlock_with_password(path, PASSWORD)
    with pytest.raises(NotACaseFileError):
        svc.unlock_with_recovery_key(path, RecoveryKey.generate().formatted())
    result = cli("verify", str(path), "--password-stdin")
    assert result.returncode == 1 and "not an Adviser Desk case file" in result.stderr
    assert sorted(p.name for p in case_dir.iterdir()) == ["Zaken.adcase"]
