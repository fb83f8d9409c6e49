"""A damaged case file whose key file is gone (walk 7, W7-3): with only the recovery key there
is no fingerprint to check it against, and the key used to be called wrong whenever the file
did not open. Real SQLCipher files, cut or flipped, and the real recovery key."""

from __future__ import annotations

from pathlib import Path

import pytest

from adviser_desk.domain.recovery_key import RecoveryKey
from adviser_desk.services import case_file_service as svc
from adviser_desk.storage import kdf, keyslots
from adviser_desk.storage.audit_log import append
from adviser_desk.storage.engine import PAGE_SIZE
from adviser_desk.storage.errors import (
    DamagedCaseFileError,
    WrongKeyOrDamagedError,
    WrongRecoveryKeyError,
)
from tests.conftest import PASSWORD
from tests.storage.helpers import flip_byte


def keyless_copy(folder: Path, keep: int | None = None) -> tuple[Path, str]:
    """A case file of some pages copied (its first ``keep`` bytes) without its key file, as
    a copy of the .adcase alone to a stick that was cut off; and its recovery key."""
    service, recovery = svc.create_case_file(folder / "Zaken.adcase", PASSWORD, kdf.MINIMUM)
    with service.case.transaction() as session:
        for i in range(200):
            append(session, "test", "note.added", f"n{i}", {"text": "x" * 300})
    source = service.path
    service.close()
    (folder / "stick").mkdir()
    copy = folder / "stick" / "kapot.adcase"
    data = source.read_bytes()
    copy.write_bytes(data if keep is None else data[:keep])
    assert not keyslots.slot_file_path(copy).exists()
    return copy, recovery.formatted()


def refused_unchanged(path: Path, recovery: str, error: type[Exception]) -> str:
    before = path.read_bytes()
    with pytest.raises(error) as info:
        svc.unlock_with_recovery_key(path, recovery)
    assert path.read_bytes() == before
    assert not keyslots.slot_file_path(path).exists()  # nor a key file written
    return str(info.value)


def test_cut_off_inside_its_first_page_the_right_key_says_damaged(case_dir: Path) -> None:
    """The walker's file: the first 8 KiB of a 16 KiB-page file, so the first page's IV and
    MAC are gone."""
    path, recovery = keyless_copy(case_dir, keep=8192)
    text = refused_unchanged(path, recovery, DamagedCaseFileError)
    assert "is damaged" in text and "Restore it from a backup" in text
    assert "another case file" not in text


def test_cut_off_after_its_first_page_the_right_key_says_damaged(case_dir: Path) -> None:
    """The first page opens with the key; what is missing behind it is damage (it was called
    a wrong key too, as any damage was without a key file)."""
    path, recovery = keyless_copy(case_dir, keep=2 * PAGE_SIZE)
    text = refused_unchanged(path, recovery, DamagedCaseFileError)
    assert "is damaged" in text and "Restore it from a backup" in text


def test_a_first_page_failing_its_mac_with_the_right_key_says_damaged(case_dir: Path) -> None:
    path, recovery = keyless_copy(case_dir)
    flip_byte(path, 300)
    text = refused_unchanged(path, recovery, DamagedCaseFileError)
    assert "Restore it from a backup" in text and "another case file" not in text


def test_a_wrong_key_says_both_causes_it_cannot_tell_apart(case_dir: Path) -> None:
    path, _ = keyless_copy(case_dir, keep=8192)
    other = RecoveryKey.generate().formatted()
    text = refused_unchanged(path, other, WrongKeyOrDamagedError)
    assert "may belong to another case file" in text and "may be damaged" in text
    assert "restore it from a backup" in text
    # Callers that handle a wrong recovery key (the CLI, retyping) still catch it.
    assert issubclass(WrongKeyOrDamagedError, WrongRecoveryKeyError)


def test_a_damaged_header_with_the_right_key_is_not_called_a_wrong_key(case_dir: Path) -> None:
    """Bytes 64-95 damaged: the header no longer proves the key, so both causes are named."""
    path, recovery = keyless_copy(case_dir)
    flip_byte(path, 80)
    text = refused_unchanged(path, recovery, WrongKeyOrDamagedError)
    assert "may be damaged" in text


def test_a_whole_file_without_its_key_file_still_opens(case_dir: Path) -> None:
    path, recovery = keyless_copy(case_dir)
    service = svc.unlock_with_recovery_key(path, recovery)
    assert service.case.needs_new_password
    service.close()
