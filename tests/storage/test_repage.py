"""Case files made with 4 KiB pages and HMAC-SHA512 (or 16 KiB pages and HMAC-SHA512) are
converted to 16 KiB pages with HMAC-SHA256 when unlocked (issue 15): through the real unlock
path, with progress and Cancel; afterwards the password, the remembered key and the recovery
key open them, and plain SQLCipher 4 opens them with the exported key, cipher_page_size =
16384 and cipher_hmac_algorithm = HMAC_SHA256. A full disk or a copy that fails its check leaves
the old file as it was, and the adviser is told."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
from collections import namedtuple
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from adviser_desk.domain.errors import Cancelled
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.session import CaseFileSession
from adviser_desk.storage import audit_log, engine, keys, migrate, repage
from tests.conftest import PASSWORD
from tests.storage.legacy import legacy_case_file


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


SCHEMA = "SELECT type, name, tbl_name, sql FROM sqlite_master"


def _schema(path: Path, raw_key: bytes, page_format: engine.PageFormat) -> list[tuple[str, ...]]:
    conn = sqlcipher.connect(str(path), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{raw_key.hex()}'\"")
        for pragma in page_format.pragmas():
            conn.execute(pragma)
        return sorted(conn.execute(SCHEMA))
    finally:
        conn.close()


def _intact(service: svc.CaseFileService) -> None:
    with CaseFileSession(service) as session:
        assert [c.title for c in session.cases.list_cases()] == ["Nepaccount"]
        assert [hit.title for hit in session.cases.search("nepaccount")] == ["Nepaccount"]
        assert session.identity.name == "Anna"
        report = session.file.verify()
        assert report.ok, report.lines()


@pytest.mark.parametrize(
    "old_format",
    [engine.LEGACY_FORMAT, engine.PageFormat(16384, "HMAC_SHA512")],
    ids=["4 KiB, HMAC-SHA512", "16 KiB, HMAC-SHA512"],
)
def test_unlocking_converts_an_old_file_and_plain_sqlcipher_opens_it(
    case_dir: Path, caplog: pytest.LogCaptureFixture, old_format: engine.PageFormat
) -> None:
    caplog.set_level(logging.INFO)
    path, raw_key, recovery = legacy_case_file(case_dir, page_format=old_format)
    salt = keys.read_salt(path)
    schema = _schema(path, raw_key, old_format)
    seen: list[tuple[int, int]] = []
    service = svc.unlock_with_password(
        path, PASSWORD, lambda done, total: seen.append((done, total))
    )
    assert service.page_size() == engine.PAGE_SIZE
    assert service.hmac_algorithm() == "HMAC_SHA256"
    assert service.open_notices() == []
    assert "case file converted to 16 KiB pages with HMAC-SHA256" in caplog.messages
    assert seen[0] == (0, 1000) and seen[-1] == (1000, 1000)  # the upgrade's progress bar
    assert service.case.safety_copy is None  # the schema was current: only the pages changed
    with service.case.reading() as db:
        chain = audit_log.verify(db)
    assert chain.intact and chain.events >= 3
    key_hex = service.raw_key_hex()
    _intact(service)
    assert key_hex == raw_key.hex()  # the same key ...
    assert keys.read_salt(path) == salt  # ... and salt: every key slot still fits
    assert engine.format_of(path, raw_key) == engine.PageFormat(16384, "HMAC_SHA256")
    assert path.stat().st_size % 16384 == 0
    assert sorted(p.name for p in case_dir.iterdir()) == [
        "Oud.adcase",
        "Oud.adcase-keys",
        "Oud.adcase-lock",
        "Oud.adcase-lock.os",
    ]  # no staging folder, no -wal, no copy left behind

    # Plain SQLCipher 4: only the exported key, the page size and the MAC, nothing of the app.
    conn = sqlcipher.connect(str(path), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{key_hex}'\"")
        conn.execute("PRAGMA cipher_page_size = 16384")
        conn.execute("PRAGMA cipher_hmac_algorithm = HMAC_SHA256")
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("SELECT count(*) FROM filler").fetchone()[0] == 8
        assert conn.execute("SELECT title FROM cases").fetchall() == [("Nepaccount",)]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA auto_vacuum").fetchone()[0] == 2  # incremental, as before
        # Tables, indexes, the audit chain's triggers and the full-text index, as they were.
        assert sorted(conn.execute(SCHEMA)) == schema
        conn.execute("INSERT INTO search_index(search_index) VALUES ('integrity-check')")
    finally:
        conn.close()

    # The printed recovery key opens the converted file.
    by_recovery = svc.unlock_with_recovery_key(path, recovery.formatted())
    try:
        assert by_recovery.page_size() == 16384
        assert by_recovery.hmac_algorithm() == "HMAC_SHA256"
        assert by_recovery.open_notices() == []
    finally:
        by_recovery.close()


def test_the_remembered_key_converts_and_opens_it(case_dir: Path) -> None:
    path, raw_key, _ = legacy_case_file(case_dir, remember=True)
    service = svc.unlock_remembered(path)
    assert service.page_size() == 16384
    service.close()
    assert engine.format_of(path, raw_key) == engine.FORMAT
    again = svc.unlock_remembered(path)
    _intact(again)


def test_cancel_leaves_the_4_kib_file_as_it_was_and_the_next_unlock_converts(
    case_dir: Path,
) -> None:
    path, raw_key, _ = legacy_case_file(case_dir, blobs=64)
    before = _digest(path)
    calls = []

    def cancel_half_way() -> bool:
        calls.append(1)
        return (path.parent / f".{path.name}.repaging" / path.name).exists()

    with pytest.raises(Cancelled):
        svc.unlock_with_password(path, PASSWORD, cancelled=cancel_half_way)
    assert calls
    assert _digest(path) == before
    assert engine.page_size_of(path, raw_key) == 4096
    assert not repage.staging_path(path).exists()
    service = svc.unlock_with_password(path, PASSWORD)
    assert service.page_size() == 16384
    _intact(service)


def test_no_room_for_the_copy_opens_the_old_file_and_says_so(
    case_dir: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    path, raw_key, _ = legacy_case_file(case_dir)
    # The operating system's answer about free space: just short of what is needed.
    usage = namedtuple("usage", "total used free")
    short = usage(10**12, 10**12, repage.room_needed(path) - 1)
    monkeypatch.setattr(repage.shutil, "disk_usage", lambda _folder: short)
    service = svc.unlock_with_password(path, PASSWORD)
    try:
        notices = service.open_notices()
        assert [type(n) for n in notices] == [repage.PagesNotConvertedNoRoomNotice]
        assert "free space" in str(notices[0]) and "was not changed" in str(notices[0])
        assert "page conversion postponed: PagesNotConvertedNoRoomNotice" in caplog.messages
        assert service.page_size() == 4096
    finally:
        service.close()
    assert engine.page_size_of(path, raw_key) == 4096
    assert not repage.staging_path(path).exists()
    monkeypatch.undo()
    service = svc.unlock_with_password(path, PASSWORD)
    assert service.page_size() == 16384
    _intact(service)


def test_a_copy_damaged_on_the_drive_fails_its_check_and_the_old_file_stays(
    case_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, raw_key, _ = legacy_case_file(case_dir, blobs=16)
    before = _digest(path)
    real_export = repage._export

    def export_then_flip(source: Path, staged: Path, *args: object) -> dict[str, int]:
        counts = real_export(source, staged, *args)  # type: ignore[arg-type]
        with open(staged, "r+b") as handle:  # a bit flipped by the drive, in the middle
            handle.seek(staged.stat().st_size // 2)
            byte = handle.read(1)
            handle.seek(-1, os.SEEK_CUR)
            handle.write(bytes([byte[0] ^ 0x10]))
        return counts

    monkeypatch.setattr(repage, "_export", export_then_flip)
    service = svc.unlock_with_password(path, PASSWORD)
    try:
        notices = service.open_notices()
        assert [type(n) for n in notices] == [repage.PagesNotConvertedCheckNotice]
        assert "page authentication" in str(notices[0])
        assert service.page_size() == 4096
    finally:
        service.close()
    assert engine.page_size_of(path, raw_key) == 4096
    assert not repage.staging_path(path).exists()
    del before  # the unlock itself records the adviser's unlock in the old file


def test_leftovers_of_an_interrupted_conversion_are_removed_at_the_next_open(
    case_dir: Path,
) -> None:
    path, _, _ = legacy_case_file(case_dir)
    staging = repage.staging_path(path)
    staging.mkdir()
    shutil.copyfile(path, staging / path.name)  # as a kill before the rename leaves it
    (staging / (path.name + "-journal")).write_bytes(b"x" * 512)
    service = svc.unlock_with_password(path, PASSWORD)
    assert service.page_size() == 16384
    assert not staging.exists()
    _intact(service)


def test_a_4_kib_file_of_an_older_schema_gets_both_upgrades_in_one_progress_bar(
    case_dir: Path,
) -> None:
    path, raw_key, recovery = legacy_case_file(case_dir)
    # An engine of its own: opening through the case file would already convert the pages.
    old = engine.make_engine(path, lambda: raw_key)
    try:
        migrate.run_alembic(old, "0011", downgrade=True)
    finally:
        old.dispose()
    assert engine.page_size_of(path, raw_key) == 4096
    seen: list[tuple[int, int]] = []
    service = svc.unlock_with_password(
        path, PASSWORD, lambda done, total: seen.append((done, total))
    )
    try:
        assert service.page_size() == 16384
        assert migrate.current_revision(service.case.engine) == migrate.HEAD_REVISION
        copy = service.case.safety_copy
        assert copy is not None and copy.exists()
    finally:
        service.close()
    measured = [done for done, total in seen if total]
    assert measured == sorted(measured) and measured[-1] == 1000  # never jumps back
    # The pages take the first half (a small file is copied between two reports), the
    # schema's safety copy and revisions the second.
    assert measured[0] == 0 and 500 in measured
    assert any(500 < done < 1000 for done in measured)
    # The safety copy of the old schema is taken after the conversion: same key, 16 KiB pages.
    assert engine.format_of(copy, raw_key) == engine.FORMAT
    by_recovery = svc.unlock_with_recovery_key(copy, recovery.formatted())
    by_recovery.close()
    _intact(svc.unlock_with_password(path, PASSWORD))
