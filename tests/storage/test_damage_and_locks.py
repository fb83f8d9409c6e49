"""Bad files and second instances: a clear error naming the file, never wrong data."""

from __future__ import annotations

import sqlite3
import textwrap
import time
from pathlib import Path

import pytest

from adviser_desk.services import case_file_service as svc
from adviser_desk.storage import kdf, lock
from adviser_desk.storage.audit_log import append
from adviser_desk.storage.errors import (
    CaseFileLockedError,
    DamagedCaseFileError,
    KeySlotFileError,
    NotACaseFileError,
)
from tests.conftest import PASSWORD
from tests.storage.helpers import child, flip_byte

PAGE = 4096


def closed_case(folder: Path, name: str = "c.adcase", events: int = 200) -> Path:
    service, _ = svc.create_case_file(folder / name, PASSWORD, kdf.MINIMUM)
    with service.case.transaction() as session:
        for i in range(events):
            append(session, "test", "note.added", f"n{i}", {"text": "x" * 300})
    path = service.path
    service.close()
    return path


def test_an_unencrypted_sqlite_file_is_not_a_case_file(case_dir: Path) -> None:
    path = case_dir / "plain.adcase"
    sqlite3.connect(path).execute("CREATE TABLE t(x)").connection.commit()
    with pytest.raises(NotACaseFileError, match=r"plain\.adcase"):
        svc.unlock_with_password(path, PASSWORD)


def test_a_random_file_without_key_file_is_not_a_case_file(case_dir: Path) -> None:
    path = case_dir / "holiday.jpg"
    path.write_bytes(b"\xff\xd8\xff" + bytes(PAGE * 2 - 3))
    with pytest.raises(NotACaseFileError, match=r"holiday\.jpg"):
        svc.unlock_with_password(path, PASSWORD)
    empty = case_dir / "empty.adcase"
    empty.write_bytes(b"")
    with pytest.raises(NotACaseFileError):
        svc.unlock_with_password(empty, PASSWORD)


def test_a_short_text_file_named_adcase_is_not_a_case_file(case_dir: Path) -> None:
    """Walk 5, W5-19: a 24-byte note renamed .adcase was called a cut-off case file, which
    tells the adviser their cases are damaged."""
    for name, text in (("nep.adcase", "dit is geen zaakbestand\n"), ("tab.adcase", "a\tb\r\n" * 9)):
        path = case_dir / name
        path.write_text(text, encoding="utf-8")
        with pytest.raises(NotACaseFileError, match=name.replace(".", r"\.")):
            svc.unlock_with_password(path, PASSWORD)
    # Sixteen bytes of ciphertext are not taken for text: a real file cut short stays damaged.
    real = closed_case(case_dir, "echt.adcase", events=1)
    real.write_bytes(real.read_bytes()[:100])
    with pytest.raises(DamagedCaseFileError, match="cut off"):
        svc.unlock_with_password(real, PASSWORD)


def test_a_case_file_without_its_key_file_asks_for_the_recovery_key(case_dir: Path) -> None:
    path = closed_case(case_dir, events=1)
    (case_dir / "c.adcase-keys").unlink()
    with pytest.raises(KeySlotFileError, match="recovery key"):
        svc.unlock_with_password(path, PASSWORD)


def test_a_truncated_file_is_reported_as_damaged(case_dir: Path) -> None:
    path = closed_case(case_dir)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - PAGE // 2])
    with pytest.raises(DamagedCaseFileError, match=r"c\.adcase") as info:
        svc.unlock_with_password(path, PASSWORD)
    assert "cut off" in str(info.value)


def test_a_file_cut_at_a_page_boundary_is_caught_by_the_integrity_check(case_dir: Path) -> None:
    path = closed_case(case_dir)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - PAGE * 3])
    try:
        service = svc.unlock_with_password(path, PASSWORD)
    except DamagedCaseFileError:
        return  # also acceptable: refused at the door
    report = service.verify()
    service.close()
    assert not report.ok


def test_flipped_bytes_in_the_first_page_refuse_to_open(case_dir: Path) -> None:
    path = closed_case(case_dir)
    flip_byte(path, 100)
    with pytest.raises(DamagedCaseFileError, match=r"c\.adcase"):
        svc.unlock_with_password(path, PASSWORD)


def test_flipped_bytes_deeper_in_are_found_and_never_read_as_data(case_dir: Path) -> None:
    path = closed_case(case_dir)
    pages = path.stat().st_size // PAGE
    assert pages > 10
    flip_byte(path, PAGE * (pages - 2) + 200)
    service = svc.unlock_with_password(path, PASSWORD)
    try:
        report = service.verify()
        assert not report.ok
        assert report.page_errors and "HMAC" in " ".join(report.page_errors)
        with pytest.raises(DamagedCaseFileError):
            service.audit_rows()  # reading the damaged page is refused, never garbled
    finally:
        service.close()


def test_a_second_opener_is_told_since_when_the_file_is_open(case_dir: Path) -> None:
    path = closed_case(case_dir, events=1)
    first = svc.unlock_with_password(path, PASSWORD)
    try:
        with pytest.raises(CaseFileLockedError) as info:
            svc.unlock_with_password(path, PASSWORD)
        text = str(info.value)
        assert "on this computer" in text
        assert time.strftime("%H:") in text or "since" in text
    finally:
        first.close()
    svc.unlock_with_password(path, PASSWORD).close()  # free again after closing


def test_a_second_process_gets_the_locked_message(case_dir: Path) -> None:
    path = closed_case(case_dir, events=1)
    first = svc.unlock_with_password(path, PASSWORD)
    try:
        result = child(
            textwrap.dedent(
                """
                import sys
                from pathlib import Path
                from adviser_desk.services import case_file_service as svc
                from adviser_desk.storage.errors import CaseFileLockedError
                try:
                    svc.unlock_with_password(Path(sys.argv[1]), sys.argv[2])
                except CaseFileLockedError as exc:
                    print("LOCKED", exc)
                """
            ),
            str(path),
            PASSWORD,
        )
    finally:
        first.close()
    assert result.stdout.startswith("LOCKED"), result.stderr
    assert "opened since" in result.stdout


def test_a_stale_lock_from_a_crash_is_detected_and_cleared(case_dir: Path) -> None:
    path = closed_case(case_dir, events=1)
    lock.lock_path(path).write_text(
        '{"host": "laptop", "pid": 999999, "since": "2026-01-01T10:42:00+00:00"}'
    )
    service = svc.unlock_with_password(path, PASSWORD)
    try:
        assert service.case.lock.cleared_stale is not None
        assert service.case.lock.cleared_stale["pid"] == 999999
    finally:
        service.close()
