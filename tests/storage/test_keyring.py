"""“Remember on this computer” with the real Secret Service (gnome-keyring, started by make
test), and the refusal to fall back to anything weaker when no keyring is there."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import SecretService, fail

from adviser_desk.services import case_file_service as svc
from adviser_desk.storage import kdf, keyring_slot, keyslots
from adviser_desk.storage.errors import KeyringUnavailableError, RememberedKeyGoneError
from tests.conftest import PASSWORD


@pytest.fixture
def secret_service() -> None:
    backend = keyring.get_keyring()
    if not isinstance(backend, SecretService.Keyring):
        message = (
            f"the Secret Service keyring is not running (backend: {backend!r}); "
            "run the tests with `make test`, which starts gnome-keyring"
        )
        if os.environ.get("ADVISER_DESK_EXPECT_SECRET_SERVICE"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.mark.keyring
@pytest.mark.usefixtures("secret_service")
def test_remembered_file_opens_without_password_and_forgets_cleanly(case_dir: Path) -> None:
    service, _ = svc.create_case_file(case_dir / "k.adcase", PASSWORD, kdf.MINIMUM)
    path = service.path
    service.remember_here()
    assert service.remembered_here()
    slots = keyslots.load(path)
    (slot,) = slots.keyring_slots()
    secret = keyring.get_password(keyring_slot.SERVICE, f"{slots.case_file_id}/{slot.slot_id}")
    assert secret is not None and bytes.fromhex(secret) != service.case.raw_key
    assert secret not in keyslots.slot_file_path(path).read_text()
    service.close()

    again = svc.unlock_remembered(path)
    assert again.info().remembered_here
    again.forget_here()
    assert (
        keyring.get_password(keyring_slot.SERVICE, f"{slots.case_file_id}/{slot.slot_id}") is None
    )
    again.close()
    with pytest.raises(RememberedKeyGoneError):
        svc.unlock_remembered(path)
    reopened = svc.unlock_with_password(path, PASSWORD)
    actions = [r.action for r in reopened.audit_rows()]
    reopened.close()
    assert "keyring.remembered" in actions and "keyring.forgotten" in actions


@pytest.mark.keyring
@pytest.mark.usefixtures("secret_service")
def test_a_changed_keyring_entry_falls_back_to_the_password(case_dir: Path) -> None:
    service, _ = svc.create_case_file(case_dir / "k2.adcase", PASSWORD, kdf.MINIMUM)
    path = service.path
    service.remember_here()
    slots = service.case.slots
    assert slots is not None
    slot_id = slots.keyring_slots()[0].slot_id
    service.close()
    keyring.set_password(keyring_slot.SERVICE, f"{slots.case_file_id}/{slot_id}", "00" * 32)
    with pytest.raises(RememberedKeyGoneError):
        svc.unlock_remembered(path)
    svc.unlock_with_password(path, PASSWORD).close()
    keyring_slot.delete(slots.case_file_id, slot_id)


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_the_option_is_refused_and_nothing_is_stored(case_dir: Path) -> None:
    assert svc.keyring_unavailable_reason() == "no keyring backend"
    service, _ = svc.create_case_file(case_dir / "n.adcase", PASSWORD, kdf.MINIMUM)
    before = keyslots.slot_file_path(service.path).read_bytes()
    with pytest.raises(KeyringUnavailableError, match="password store"):
        service.remember_here()
    assert keyslots.slot_file_path(service.path).read_bytes() == before
    assert not service.remembered_here()
    service.close()


def test_plaintext_keyring_backends_are_refused() -> None:
    class PlaintextKeyring(KeyringBackend):
        """Stands in for keyrings.alt's file backend (not installed here)."""

        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return None

        def set_password(self, service: str, username: str, password: str) -> None:
            raise AssertionError("must never be asked to store a secret")

        def delete_password(self, service: str, username: str) -> None:
            return None

    previous = keyring.get_keyring()
    keyring.set_keyring(PlaintextKeyring())
    try:
        assert "unencrypted" in (svc.keyring_unavailable_reason() or "")
    finally:
        keyring.set_keyring(previous)
