"""The "remember on this computer" secret in the OS keyring (Secret Service, Keychain, ...).

Only real keyrings count: the fail backend and the plaintext or file backends of keyrings.alt
are refused, because falling back to a readable file would defeat the point of encryption.
"""

from __future__ import annotations

import contextlib

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import fail

from adviser_desk.storage.errors import KeyringUnavailableError

SERVICE = "Adviser Desk case file"


def _account(case_file_id: str, slot_id: str) -> str:
    return f"{case_file_id}/{slot_id}"


def _backend() -> keyring.backend.KeyringBackend:
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        raise KeyringUnavailableError("no keyring backend")
    module = type(backend).__module__
    if module.startswith("keyrings.alt") or "Plaintext" in type(backend).__name__:
        raise KeyringUnavailableError(f"{type(backend).__name__} stores secrets unencrypted")
    return backend


def availability() -> str | None:
    """None when a usable keyring is there, otherwise a short technical reason."""
    try:
        _backend()
    except KeyringUnavailableError as exc:
        return str(exc.message.args.get("detail", ""))
    return None


def store(case_file_id: str, slot_id: str, secret: bytes) -> None:
    backend = _backend()
    try:
        backend.set_password(SERVICE, _account(case_file_id, slot_id), secret.hex())
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailableError(type(exc).__name__) from exc


def fetch(case_file_id: str, slot_id: str) -> bytes | None:
    try:
        value = _backend().get_password(SERVICE, _account(case_file_id, slot_id))
    except (keyring.errors.KeyringError, KeyringUnavailableError):
        return None
    if value is None:
        return None
    try:
        return bytes.fromhex(value)
    except ValueError:
        return None


def delete(case_file_id: str, slot_id: str) -> None:
    # Already gone, or no keyring: either way nothing is left to remove.
    with contextlib.suppress(keyring.errors.KeyringError, KeyringUnavailableError):
        _backend().delete_password(SERVICE, _account(case_file_id, slot_id))
