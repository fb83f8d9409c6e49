"""The case-file lock through portalocker: one holder, who it is, and what release leaves."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from adviser_desk.storage import lock
from adviser_desk.storage.errors import CaseFileLockedError, MissingFolderError


def test_a_second_holder_is_refused_with_who_and_since(case_dir: Path) -> None:
    path = case_dir / "a.adcase"
    first = lock.CaseFileLock(path)
    first.acquire()
    try:
        with pytest.raises(CaseFileLockedError) as caught:
            lock.CaseFileLock(path).acquire()
        assert "opened since" in str(caught.value) and "since ?" not in str(caught.value)
        holder = json.loads(lock.lock_path(path).read_text(encoding="utf-8"))
        assert holder["pid"] > 0 and holder["host"]
    finally:
        first.release()
    assert lock.lock_path(path).read_text(encoding="utf-8") == ""
    second = lock.CaseFileLock(path)
    second.acquire()
    assert second.held and second.cleared_stale is None
    second.release()
    assert not second.held


def test_a_missing_folder_is_a_clear_error(case_dir: Path) -> None:
    path = case_dir / "missing-folder" / "a.adcase"
    with pytest.raises(MissingFolderError):
        lock.CaseFileLock(path).acquire()
