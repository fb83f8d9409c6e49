"""Key slots: the database key, wrapped once per way of unlocking (like LUKS).

The key-slot file sits beside the case file. Each slot holds the 256-bit database key encrypted
with AES-256-GCM under a slot key: Argon2id of the password, or a random secret kept in the OS
keyring. The associated data binds a slot to its case file and kind, so slots cannot be moved
between files or relabelled. Changing the password rewrites this small file, never the database.
The recovery key needs no slot: the database key is derived from it (see ``keys.py``).
"""

from __future__ import annotations

import base64
import json
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from adviser_desk.storage import kdf
from adviser_desk.storage.atomic import write_atomic
from adviser_desk.storage.errors import KeySlotFileError, WrongPasswordError

FORMAT = "adviser-desk/key-slots"
VERSION = 1
PASSWORD = "password"  # noqa: S105 - the name of a slot kind
KEYRING = "keyring"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def slot_file_path(case_path: Path) -> Path:
    return case_path.with_name(case_path.name + "-keys")


def previous_slot_file_path(case_path: Path) -> Path:
    return case_path.with_name(case_path.name + "-keys.previous")


@dataclass
class Slot:
    kind: str
    slot_id: str
    nonce: bytes
    wrapped: bytes
    created: str
    kdf_params: kdf.KdfParams | None = None
    salt: bytes = b""

    def aad(self, case_file_id: str) -> bytes:
        return f"{FORMAT}/{VERSION}|{case_file_id}|{self.kind}|{self.slot_id}".encode()

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": self.kind,
            "id": self.slot_id,
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
            "created": self.created,
        }
        if self.kdf_params is not None:
            data["kdf"] = self.kdf_params.to_json()
            data["salt"] = _b64(self.salt)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Slot:
        params = kdf.KdfParams.from_json(data["kdf"]) if "kdf" in data else None
        return cls(
            kind=str(data["kind"]),
            slot_id=str(data["id"]),
            nonce=_unb64(data["nonce"]),
            wrapped=_unb64(data["wrapped"]),
            created=str(data["created"]),
            kdf_params=params,
            salt=_unb64(data["salt"]) if "salt" in data else b"",
        )


@dataclass
class KeySlots:
    case_file_id: str
    key_id: str
    slots: list[Slot] = field(default_factory=list)

    # -- wrapping -----------------------------------------------------------------------------
    def _wrap(self, slot: Slot, slot_key: bytes, raw_key: bytes) -> None:
        slot.nonce = secrets.token_bytes(12)
        slot.wrapped = AESGCM(slot_key).encrypt(slot.nonce, raw_key, slot.aad(self.case_file_id))

    def _unwrap(self, slot: Slot, slot_key: bytes) -> bytes | None:
        try:
            return AESGCM(slot_key).decrypt(slot.nonce, slot.wrapped, slot.aad(self.case_file_id))
        except InvalidTag:
            return None

    def set_password(self, raw_key: bytes, password: str, params: kdf.KdfParams) -> None:
        """Replaces the password slot (there is one password per case file)."""
        slot = Slot(PASSWORD, PASSWORD, b"", b"", _now(), params, secrets.token_bytes(16))
        self._wrap(slot, kdf.derive(password, slot.salt, params), raw_key)
        self.slots = [s for s in self.slots if s.kind != PASSWORD] + [slot]

    def password_slot(self) -> Slot:
        for slot in self.slots:
            if slot.kind == PASSWORD:
                return slot
        raise WrongPasswordError()

    def unlock_with_password(self, password: str) -> bytes:
        slot = self.password_slot()
        assert slot.kdf_params is not None
        raw = self._unwrap(slot, kdf.derive(password, slot.salt, slot.kdf_params))
        if raw is None:
            raise WrongPasswordError()
        return raw

    def add_keyring_slot(self, raw_key: bytes) -> tuple[str, bytes]:
        """Adds a slot for this computer; returns its id and the secret for the OS keyring."""
        secret = secrets.token_bytes(32)
        slot = Slot(KEYRING, uuid.uuid4().hex, b"", b"", _now())
        self._wrap(slot, secret, raw_key)
        self.slots.append(slot)
        return slot.slot_id, secret

    def keyring_slots(self) -> list[Slot]:
        return [s for s in self.slots if s.kind == KEYRING]

    def remove_slot(self, slot_id: str) -> None:
        self.slots = [s for s in self.slots if s.slot_id != slot_id]

    def unlock_with_keyring_secret(self, slot: Slot, secret: bytes) -> bytes | None:
        return self._unwrap(slot, secret)

    # -- file ---------------------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT,
            "version": VERSION,
            "case_file_id": self.case_file_id,
            "key_id": self.key_id,
            "slots": [slot.to_json() for slot in self.slots],
        }
        return (json.dumps(data, indent=2) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, blob: bytes) -> KeySlots:
        data = json.loads(blob.decode("utf-8"))
        if data.get("format") != FORMAT or data.get("version") != VERSION:
            raise ValueError("not a key-slot file")
        return cls(
            case_file_id=str(data["case_file_id"]),
            key_id=str(data["key_id"]),
            slots=[Slot.from_json(item) for item in data["slots"]],
        )

    def save(self, case_path: Path) -> None:
        write_atomic(
            slot_file_path(case_path),
            self.to_bytes(),
            keep_previous=previous_slot_file_path(case_path),
        )


def load(case_path: Path) -> tuple[KeySlots, bool]:
    """Reads the key-slot file, falling back to the previous version if the current is damaged.

    Returns the slots and whether the fallback was used (the caller then rewrites the file).
    """
    for candidate, is_fallback in (
        (slot_file_path(case_path), False),
        (previous_slot_file_path(case_path), True),
    ):
        try:
            return KeySlots.from_bytes(candidate.read_bytes()), is_fallback
        except (OSError, ValueError, KeyError, TypeError):
            continue
    raise KeySlotFileError(slot_file_path(case_path))


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
