"""A failed open leaves nothing next to the file it could not open (walk 8, W8-5): a truncated
.adcase, copied with or without its key file, kept a -lock and -lock.os after "damaged", and
the log said nothing. Real SQLCipher files through the service."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from adviser_desk.services import case_file_service as svc
from adviser_desk.storage import keyslots, lock
from adviser_desk.storage.engine import PAGE_SIZE
from adviser_desk.storage.errors import CaseFileLockedError, DamagedCaseFileError
from tests.conftest import PASSWORD
from tests.storage.test_damage_without_key_file import keyless_copy

SERVICE_LOG = "adviser_desk.services.case_file_service"


def lock_files(path: Path) -> list[Path]:
    return [p for p in (lock.lock_path(path), lock.os_lock_path(path)) if p.exists()]


def truncated_with_keys(folder: Path) -> Path:
    """Copied with its key file, as to a stick, then cut off after two pages."""
    path, _ = keyless_copy(folder, keep=2 * PAGE_SIZE)
    shutil.copy(keyslots.slot_file_path(folder / "Zaken.adcase"), keyslots.slot_file_path(path))
    return path


def test_a_truncated_file_opened_by_password_leaves_no_lock_files_and_a_warning(
    case_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = truncated_with_keys(case_dir)
    before = sorted(p.name for p in path.parent.iterdir())
    caplog.clear()  # making the file logs its open and close when an earlier test set INFO
    with caplog.at_level(logging.INFO, logger=SERVICE_LOG), pytest.raises(DamagedCaseFileError):
        svc.unlock_with_password(path, PASSWORD)
    assert lock_files(path) == []
    assert sorted(p.name for p in path.parent.iterdir()) == before
    lines = [r for r in caplog.records if r.name == SERVICE_LOG]
    assert [(r.levelno, r.getMessage()) for r in lines] == [
        (logging.WARNING, "case file not opened (password): DamagedCaseFileError")
    ]
    assert PASSWORD not in caplog.text and str(path.parent) not in caplog.text


def test_a_truncated_file_without_key_file_opened_by_recovery_key_leaves_nothing(
    case_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path, recovery = keyless_copy(case_dir, keep=2 * PAGE_SIZE)
    caplog.clear()  # making the file logs its open and close when an earlier test set INFO
    with caplog.at_level(logging.INFO, logger=SERVICE_LOG), pytest.raises(DamagedCaseFileError):
        svc.unlock_with_recovery_key(path, recovery)
    assert sorted(p.name for p in path.parent.iterdir()) == ["kapot.adcase"]
    messages = [r.getMessage() for r in caplog.records if r.name == SERVICE_LOG]
    assert messages == ["case file not opened (recovery key): DamagedCaseFileError"]
    assert recovery not in caplog.text and recovery.replace("-", "") not in caplog.text


def test_lock_files_that_were_there_before_stay(case_dir: Path) -> None:
    """Left empty by an earlier clean close: they were not made by the failed open."""
    path, recovery = keyless_copy(case_dir, keep=2 * PAGE_SIZE)
    for leftover in (lock.lock_path(path), lock.os_lock_path(path)):
        leftover.write_bytes(b"")
    with pytest.raises(DamagedCaseFileError):
        svc.unlock_with_recovery_key(path, recovery)
    assert lock_files(path) == [lock.lock_path(path), lock.os_lock_path(path)]
    assert lock.lock_path(path).read_bytes() == b""


def test_a_lock_held_by_another_instance_is_never_removed(case_dir: Path) -> None:
    path, recovery = keyless_copy(case_dir, keep=2 * PAGE_SIZE)
    other = lock.CaseFileLock(path)  # another running instance has it open
    other.acquire()
    try:
        with pytest.raises(CaseFileLockedError):
            svc.unlock_with_recovery_key(path, recovery)
        assert lock_files(path) == [lock.lock_path(path), lock.os_lock_path(path)]
        assert other.held and lock.lock_path(path).read_text(encoding="utf-8")
        with pytest.raises(CaseFileLockedError):
            lock.CaseFileLock(path).acquire()  # and it still keeps others out
    finally:
        other.release()


def test_a_lock_taken_on_a_removed_lock_file_is_taken_again_on_the_new_one(
    case_dir: Path,
) -> None:
    """The race removing allows: a process opened the lock file just before the failed open
    removed it, and locks it after. That lock guards nothing, so it locks the file now named."""
    path = case_dir / "a.adcase"
    failing = lock.CaseFileLock(path)
    failing.acquire()
    late = open(lock.os_lock_path(path), "a+", encoding="utf-8")  # noqa: SIM115
    try:
        failing.release(remove_made=True)
        assert lock_files(path) == []
        assert not lock._still_named(late, lock.os_lock_path(path))
        newcomer = lock.CaseFileLock(path)
        newcomer.acquire()
        assert lock._still_named(newcomer._handle, lock.os_lock_path(path))  # type: ignore[arg-type]
        with pytest.raises(CaseFileLockedError):
            lock.CaseFileLock(path).acquire()
        newcomer.release()
    finally:
        late.close()


def test_the_look_before_the_password_leaves_no_lock_files(case_dir: Path) -> None:
    """The window checks that no other copy has the file before asking for a password."""
    path, _ = keyless_copy(case_dir, keep=2 * PAGE_SIZE)
    svc.ensure_not_open_elsewhere(path)
    assert lock_files(path) == []
