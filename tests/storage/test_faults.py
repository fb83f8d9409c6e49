"""Disk full, read-only folders, kill -9 and plaintext leaks, with real files and processes."""

from __future__ import annotations

import os
import random
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest

from adviser_desk.domain.recovery_key import RecoveryKey
from adviser_desk.services import case_file_service as svc
from adviser_desk.storage import audit_log, casefile, kdf
from tests.conftest import PASSWORD
from tests.storage.helpers import child

NOBODY = 65534


def made_case(folder: Path) -> tuple[Path, str]:
    service, _ = svc.create_case_file(folder / "f.adcase", PASSWORD, kdf.MINIMUM)
    raw = service.case.raw_key.hex()
    service.close()
    return folder / "f.adcase", raw


def note_count(path: Path, raw_hex: str) -> tuple[int, bool]:
    case = casefile.open_with_raw_key(path, bytes.fromhex(raw_hex))
    service = svc.CaseFileService(case)
    try:
        rows = service.audit_rows()
        return sum(1 for r in rows if r.action == "note.added"), service.verify().ok
    finally:
        service.close()


WRITER = textwrap.dedent(
    """
    import resource, signal, sys
    from pathlib import Path
    from adviser_desk.services.case_file_service import CaseFileService
    from adviser_desk.storage import audit_log, casefile
    from adviser_desk.storage.errors import StorageError

    path, raw = Path(sys.argv[1]), bytes.fromhex(sys.argv[2])
    limit, size = int(sys.argv[3]), int(sys.argv[4])
    service = CaseFileService(casefile.open_with_raw_key(path, raw))
    if limit:
        # Like a full disk: writes beyond the limit fail with EFBIG instead of killing us.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    n = 0
    try:
        while True:
            with service.case.transaction() as session:
                audit_log.append(session, "writer", "note.added", f"n{n}", {"text": "z" * size})
            n += 1
            print("committed", n, flush=True)
    except StorageError as exc:
        print("ERROR", type(exc).__name__, exc, flush=True)
    """
)


def test_disk_full_rolls_back_the_last_write_and_keeps_the_rest(case_dir: Path) -> None:
    path, raw = made_case(case_dir)
    limit = path.stat().st_size + 256 * 1024
    result = child(WRITER, str(path), raw, str(limit), "20000", timeout=120)
    lines = result.stdout.splitlines()
    assert lines and lines[-1].startswith("ERROR DiskFullError"), result.stdout + result.stderr
    assert "disk is full" in lines[-1] and "intact" in lines[-1]
    committed = int(lines[-2].split()[1])
    count, ok = note_count(path, raw)
    assert ok
    assert count == committed  # every committed write survived; the failed one left nothing


def test_kill_9_during_writes_never_loses_committed_data(case_dir: Path) -> None:
    path, raw = made_case(case_dir)
    rng = random.Random(20261121)
    for _round in range(20):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), raw, "0", "3000"],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        wanted = rng.randint(1, 25)
        last = 0
        for line in proc.stdout:
            if line.startswith("committed"):
                last = int(line.split()[1])
                if last >= wanted:
                    break
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        count, ok = note_count(path, raw)
        assert ok, f"round {_round}: the file failed its check after kill -9"
        assert count >= last, f"round {_round}: {last} committed, {count} found"


READ_ONLY = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from adviser_desk.services import case_file_service as svc
    from adviser_desk.storage import kdf
    from adviser_desk.storage.errors import StorageError

    folder, writable, user = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[4])
    if user >= 0:
        # Root ignores permissions. The interpreter lives under /root, so drop to the
        # unprivileged user only after one warm-up run has imported everything needed.
        import os, tempfile
        warm = Path(tempfile.mkdtemp())
        service, _ = svc.create_case_file(warm / "warm.adcase", sys.argv[3], kdf.MINIMUM)
        service.make_backup(warm)
        service.close()
        os.setgid(user)
        os.setuid(user)
    try:
        svc.create_case_file(folder / "new.adcase", sys.argv[3], kdf.MINIMUM)
        print("CREATE no error")
    except StorageError as exc:
        print("CREATE", type(exc).__name__, exc)
    service, _ = svc.create_case_file(writable / "mine.adcase", sys.argv[3], kdf.MINIMUM)
    try:
        service.make_backup(folder)
        print("BACKUP no error")
    except StorageError as exc:
        print("BACKUP", type(exc).__name__, exc)
    service.close()
    """
)


def test_read_only_folders_get_a_clear_message_and_nothing_is_left() -> None:
    # Root ignores permissions, so when we are root the child runs as "nobody".
    base = Path(tempfile.mkdtemp(prefix="adviser-desk-ro-", dir="/tmp"))
    try:
        base.chmod(0o755)
        read_only, writable = base / "stick", base / "home"
        read_only.mkdir()
        writable.mkdir()
        user = None
        if os.geteuid() == 0:
            user = NOBODY
            for folder in (read_only, writable):
                os.chown(folder, NOBODY, NOBODY)
        read_only.chmod(0o555)
        result = child(
            READ_ONLY, str(read_only), str(writable), PASSWORD, str(-1 if user is None else user)
        )
        out = result.stdout
        assert "CREATE ReadOnlyLocationError" in out, out + result.stderr
        assert "BACKUP ReadOnlyLocationError" in out, out + result.stderr
        assert "read-only" in out
        assert list(read_only.iterdir()) == []
    finally:
        (base / "stick").chmod(0o755)
        shutil.rmtree(base, ignore_errors=True)


def _scan(roots: list[Path], needles: list[bytes], since: float) -> list[str]:
    hits = []
    for root in roots:
        for dirpath, _dirs, files in os.walk(root):
            for name in files:
                path = Path(dirpath) / name
                try:
                    if path.stat().st_mtime < since or path.stat().st_size > 50_000_000:
                        continue
                    data = path.read_bytes()
                except OSError:
                    continue
                hits += [f"{path}: {needle!r}" for needle in needles if needle in data]
    return hits


def test_nothing_readable_ends_up_outside_the_case_file(
    case_dir: Path, isolated_environment: Path
) -> None:
    started = time.time() - 1
    # Its own password and markers, new each run: the scan reads every file written in /tmp
    # meanwhile, and other tests (under xdist, in other processes at the same moment) write
    # the shared PASSWORD and this file's source there (a clone in /tmp, its .pyc files). A
    # hit must be this test's leak, not a file of theirs.
    unique = secrets.token_hex(6)
    password = f"zilveren uil telt de sterren {unique}"
    marker = f"MARKER-Şükrü-Łukasz-Zoë-Nguyễn-{unique}"
    image_marker = f"IMAGE-MARKER-{unique}".encode()
    image = b"\x89PNG\r\n\x1a\n" + image_marker * 4000
    from adviser_desk import diagnostics

    log_folder = diagnostics.start("leak scan")  # as the window and the commands do
    assert log_folder is not None
    service, recovery = svc.create_case_file(case_dir / "leak.adcase", password, kdf.MINIMUM)
    service.update_profile(marker, f"School {marker}")
    with service.case.transaction() as session:
        from sqlalchemy import text

        session.execute(text("CREATE TABLE scratch (data BLOB)"))
        session.execute(text("INSERT INTO scratch VALUES (:d)"), {"d": image})
        for i in range(50):
            audit_log.append(session, marker, "note.added", f"{marker} {i}", {"text": marker * 20})
    from adviser_desk.domain import cases as dc
    from adviser_desk.services.case_service import CaseService
    from adviser_desk.services.case_views import PersonInput
    from adviser_desk.services.protocol_data import protocol

    cases = CaseService(service.case, protocol())
    case_id = cases.create_case(dc.CaseDraft(title=marker, incident_types=[dc.IncidentType.OTHER]))
    cases.add_person(case_id, PersonInput(marker, dc.Role.VICTIM))
    cases.add_note(case_id, f"{marker} " * 30)
    assert cases.search(marker.split("-")[1]) and cases.matching_case_ids("Nguyễn")
    # Evidence intake (decode, thumbnail) and a letter rendered and rasterised as for printing.
    import io

    import pypdfium2
    from PIL import Image, PngImagePlugin

    from adviser_desk.domain.letters import LetterKind
    from adviser_desk.services.evidence_service import EvidenceService
    from adviser_desk.services.letter_service import LetterService

    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", image_marker.decode() * 20)
    shot = io.BytesIO()
    Image.new("RGB", (300, 200), (9, 9, 9)).save(shot, "PNG", pnginfo=info)
    evidence = EvidenceService(cases)
    evidence.add_bytes(case_id, shot.getvalue(), f"{marker}.png", marker)
    letters = LetterService(cases, evidence)
    version = letters.save_version(
        case_id, LetterKind.TEAM_NOTICE, "nl", f"<p>{marker}</p>" * 5, True
    )
    pdf = letters.render(LetterKind.TEAM_NOTICE, version.html, marker)
    page = pypdfium2.PdfDocument(pdf)[0]
    assert page.render(scale=1).to_pil().size[0] > 500
    service.make_backup(case_dir)
    assert service.verify().ok
    raw = service.case.raw_key
    service.close()
    diagnostics.stop()
    assert "backup made" in (log_folder / diagnostics.LOG_NAME).read_text(encoding="utf-8")
    needles = [
        marker.encode("utf-8"),
        marker.encode("utf-16-le"),
        image_marker,
        raw,
        raw.hex().encode(),
        RecoveryKey.parse(recovery.formatted()).secret,
        recovery.formatted().encode(),
        password.encode(),
    ]
    roots = [
        case_dir,
        isolated_environment,
        Path(tempfile.gettempdir()),
        Path("/tmp"),
        Path.home() / ".cache",
        Path.home() / ".config",
        log_folder,
    ]
    # The scan finds what it looks for: a file with every needle written plainly, planted in
    # the temp folder, is its only finding (once for each root it lies under).
    planted = Path(tempfile.gettempdir()) / "planted.bin"
    planted.write_bytes(b" ".join(needles))
    hits = _scan([r for r in roots if r.exists()], needles, started)
    assert set(hits) == {f"{planted}: {needle!r}" for needle in needles}
    assert any(case_dir.iterdir())  # the scan did look at the case file and its backup


@pytest.mark.parametrize("content", [b"SQLite format 3\x00" + bytes(4080), bytes(8192)])
def test_opening_garbage_never_creates_files_beside_it(case_dir: Path, content: bytes) -> None:
    path = case_dir / "odd.adcase"
    path.write_bytes(content)
    with pytest.raises(Exception) as info:
        svc.unlock_with_password(path, PASSWORD)
    from adviser_desk.domain.errors import KnownError

    assert isinstance(info.value, KnownError)
    assert sorted(p.name for p in case_dir.iterdir()) == ["odd.adcase"]
