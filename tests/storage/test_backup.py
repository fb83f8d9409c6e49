"""Backups: consistent encrypted copies that open like any case file."""

from __future__ import annotations

import os
import threading
import time
from datetime import datetime
from pathlib import Path

import pytest

from adviser_desk.domain.errors import Cancelled
from adviser_desk.services import case_file_service as svc
from adviser_desk.storage import audit_log, backup, keyslots
from adviser_desk.storage.errors import (
    CaseFileExistsError,
    MissingFolderError,
    NotACaseFileError,
)
from tests.conftest import PASSWORD


def add_notes(service: svc.CaseFileService, count: int, size: int = 2000) -> None:
    with service.case.transaction() as session:
        for i in range(count):
            audit_log.append(session, "tester", "note.added", f"n{i}", {"text": "y" * size})


def test_backup_opens_with_password_and_recovery_key(
    new_case: tuple[svc.CaseFileService, str], tmp_path: Path
) -> None:
    service, recovery = new_case
    add_notes(service, 300)
    stick = tmp_path / "usb"
    stick.mkdir()
    original = {r.subject for r in service.audit_rows()}
    steps: list[tuple[int, int]] = []
    copy = service.make_backup(stick, progress=lambda done, total: steps.append((done, total)))
    assert copy.parent.parent == stick and copy.name == service.path.name
    assert keyslots.slot_file_path(copy).exists()
    assert not (copy.parent / (copy.name + "-wal")).exists()  # one self-contained file
    assert steps and steps[-1][0] == steps[-1][1]  # progress reached the end
    restored = svc.unlock_with_password(copy, PASSWORD)
    try:
        assert original <= {r.subject for r in restored.audit_rows()}
        assert restored.verify().ok
    finally:
        restored.close()
    by_key = svc.unlock_with_recovery_key(copy, recovery)
    by_key.close()
    assert service.audit_rows()[-1].action == "backup.made"


def test_backup_while_another_thread_writes_is_consistent(
    new_case: tuple[svc.CaseFileService, str], tmp_path: Path
) -> None:
    service, _ = new_case
    add_notes(service, 200)
    stop = threading.Event()

    def writer() -> None:
        # An adviser typing notes while the backup runs: steady writes, not a lock-hogging loop.
        while not stop.is_set():
            add_notes(service, 5, 500)
            time.sleep(0.005)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        copy = service.make_backup(tmp_path)
    finally:
        stop.set()
        thread.join()
    restored = svc.unlock_with_password(copy, PASSWORD)
    try:
        assert restored.verify().ok  # a snapshot: the chain is whole, whatever was written
    finally:
        restored.close()


def test_cancelled_backup_leaves_nothing(
    new_case: tuple[svc.CaseFileService, str], tmp_path: Path
) -> None:
    service, _ = new_case
    add_notes(service, 600)
    stick = tmp_path / "usb"
    stick.mkdir()
    with pytest.raises(Cancelled):
        service.make_backup(stick, cancelled=lambda: True)
    assert list(stick.iterdir()) == []
    assert all(r.action != "backup.made" for r in service.audit_rows())


@pytest.mark.parametrize("direct", [True, False], ids=["O_DIRECT", "buffered"])
def test_a_drive_that_stores_a_wrong_byte_fails_the_backup(
    new_case: tuple[svc.CaseFileService, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    direct: bool,
) -> None:
    """The copy read back from the drive must equal the case file byte for byte; a drive that
    keeps one flipped bit in a page is caught, the copy removed, nothing audited. Both ways of
    reading it back: O_DIRECT, and (file systems without it) with its cached pages dropped."""
    service, _ = new_case
    if not direct:
        monkeypatch.delattr(os, "O_DIRECT", raising=False)
    add_notes(service, 300)
    real_copy = backup._copy_bytes

    def copy_with_a_flipped_bit(source: Path, dest_fd: int, length: int, *args: object) -> None:
        real_copy(source, dest_fd, length, *args)  # type: ignore[arg-type]
        middle = length // 2 + 100  # inside a page the key check never reads
        byte = os.pread(dest_fd, 1, middle)
        os.pwrite(dest_fd, bytes([byte[0] ^ 0x10]), middle)

    monkeypatch.setattr(backup, "_copy_bytes", copy_with_a_flipped_bit)
    stick = tmp_path / "usb"
    stick.mkdir()
    with pytest.raises(backup.BackupCheckFailedError, match="differs"):
        service.make_backup(stick)
    assert list(stick.iterdir()) == []
    assert all(r.action != "backup.made" for r in service.audit_rows())


def test_backup_to_a_missing_folder_says_so(
    new_case: tuple[svc.CaseFileService, str], tmp_path: Path
) -> None:
    service, _ = new_case
    with pytest.raises(MissingFolderError, match="USB"):
        service.make_backup(tmp_path / "removed-stick")


def test_restore_copies_to_a_new_place_and_never_overwrites(
    new_case: tuple[svc.CaseFileService, str], tmp_path: Path
) -> None:
    service, _ = new_case
    add_notes(service, 10)
    copy = service.make_backup(tmp_path)
    target = tmp_path / "restored" / "Zaken hersteld"
    target.parent.mkdir()
    restored_path = svc.restore_backup(copy, target)
    assert restored_path.name == "Zaken hersteld.adcase"
    reopened = svc.unlock_with_password(restored_path, PASSWORD)
    try:
        assert reopened.verify().ok
        # The copy's own chain says it was restored, and from which backup (walk 4).
        rows = reopened.audit_rows()
        assert rows[-1].action == "case_file.restored" and rows[-1].subject == str(copy)
    finally:
        reopened.close()
    assert not (restored_path.parent / "Zaken hersteld.adcase-restored").exists()
    again = svc.unlock_with_password(restored_path, PASSWORD)
    try:
        assert [r.action for r in again.audit_rows()].count("case_file.restored") == 1
    finally:
        again.close()
    with pytest.raises(CaseFileExistsError):
        svc.restore_backup(copy, restored_path)


def test_restore_refuses_a_file_that_is_no_case_file_and_writes_nothing(tmp_path: Path) -> None:
    """Walk 14, W14-1: a photo renamed .adcase was copied beside the case files (with a note)
    and only then refused, under the copy's name. The service checks the chosen file first."""
    photo = tmp_path / "Old cases.adcase"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    out = tmp_path / "cases"
    out.mkdir()
    with pytest.raises(NotACaseFileError) as refused:
        svc.restore_backup(photo, out / "Old cases (restored).adcase")
    assert str(refused.value) == f"{photo} is not an Adviser Desk case file. Nothing was changed."
    assert list(out.iterdir()) == []


def test_a_backup_says_when_it_was_made_by_its_folder(
    new_case: tuple[svc.CaseFileService, str], tmp_path: Path
) -> None:
    """The restore message names the backup's date and time (walk 14, W14-6)."""
    service, _ = new_case
    when = datetime(2026, 12, 4, 16, 45, 12)
    copy = backup.make_backup(service.case, tmp_path, when=when)
    assert backup.backup_made_at(copy) == when.astimezone()
    assert backup.backup_made_at(tmp_path / "Zaken.adcase") is None


def test_only_a_restored_copy_never_unlocked_is_removed(
    new_case: tuple[svc.CaseFileService, str], tmp_path: Path
) -> None:
    """Cancel at the copy's unlock offers to remove it (walk 14, W14-7); a copy that was
    unlocked holds work and is never removed that way."""
    service, _ = new_case
    copy = service.make_backup(tmp_path)
    out = tmp_path / "restored"
    out.mkdir()
    first = svc.restore_backup(copy, out / "Eerste.adcase")
    assert svc.remove_restored_copy(first)
    assert list(out.iterdir()) == []
    second = svc.restore_backup(copy, out / "Tweede.adcase")
    svc.unlock_with_password(second, PASSWORD).close()  # the first unlock clears the note
    assert not svc.remove_restored_copy(second)
    assert second.is_file() and keyslots.slot_file_path(second).is_file()
    assert copy.is_file()
