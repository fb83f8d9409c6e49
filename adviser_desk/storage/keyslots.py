"""Key slots: the database key, wrapped once per way of unlocking (like LUKS).

The key-slot file sits beside the case file. Each slot holds the 256-bit database key encrypted
with AES-256-GCM under a slot key: Argon2id of the password, or a random secret kept in the OS
keyring. The associated data binds a slot to its case file, kind, KDF settings and salt, so
slots cannot be moved between files, relabelled or given other settings. A checksum over the
file tells a damaged key file from a wrong password before the KDF runs. Changing the password
rewrites this small file, never the database, and keeps no copy the old password could open.
The recovery key needs no slot: the database key is derived from it (see ``keys.py``).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
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
VERSION = 2
LEGACY_VERSIONS = (1,)
PASSWORD = "password"  # noqa: S105 - the name of a slot kind
KEYRING = "keyring"
NONCE_BYTES = 12
SALT_BYTES = 16
WRAPPED_BYTES = 32 + 16  # the database key and the GCM tag


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def slot_file_path(case_path: Path) -> Path:
    return case_path.with_name(case_path.name + "-keys")


def previous_slot_file_path(case_path: Path) -> Path:
    """Where versions before 2 kept the old key file. It may still hold a password slot that
    was changed away, so it is removed on open and never read."""
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
    aad_version: int = VERSION  # 1 for slots written before the KDF settings were bound

    def aad(self, case_file_id: str) -> bytes:
        if self.aad_version == 1:
            return f"{FORMAT}/1|{case_file_id}|{self.kind}|{self.slot_id}".encode()
        # The KDF settings and salt are bound too: a slot cannot be given other settings.
        settings = json.dumps(self.kdf_params.to_json(), sort_keys=True) if self.kdf_params else ""
        return (
            f"{FORMAT}/{VERSION}|{case_file_id}|{self.kind}|{self.slot_id}|{settings}|"
            f"{self.salt.hex()}"
        ).encode()

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": self.kind,
            "id": self.slot_id,
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
            "created": self.created,
            "aad": self.aad_version,
        }
        if self.kdf_params is not None:
            data["kdf"] = self.kdf_params.to_json()
            data["salt"] = _b64(self.salt)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any], aad_version: int) -> Slot:
        params = kdf.KdfParams.from_json(data["kdf"]) if "kdf" in data else None
        slot = cls(
            kind=str(data["kind"]),
            slot_id=str(data["id"]),
            nonce=_unb64(data["nonce"]),
            wrapped=_unb64(data["wrapped"]),
            created=str(data["created"]),
            kdf_params=params,
            salt=_unb64(data["salt"]) if "salt" in data else b"",
            aad_version=int(data.get("aad", aad_version)),
        )
        if slot.kind not in (PASSWORD, KEYRING) or slot.aad_version not in (1, VERSION):
            raise ValueError("unknown slot")
        if len(slot.nonce) != NONCE_BYTES or len(slot.wrapped) != WRAPPED_BYTES:
            raise ValueError("slot has the wrong size")
        if slot.kind == PASSWORD and (params is None or len(slot.salt) != SALT_BYTES):
            raise ValueError("password slot without KDF settings")
        return slot


def _checksum(data: dict[str, Any]) -> str:
    """An unkeyed digest of the file's content. It tells accidental damage (a flipped byte,
    a cut-off copy) apart from a wrong password before the slow KDF runs; it is no defence
    against deliberate edits, which the AEAD tag and associated data still catch."""
    body = {k: v for k, v in data.items() if k != "checksum"}
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode("utf-8")).hexdigest()


@dataclass
class KeySlots:
    case_file_id: str
    key_id: str
    slots: list[Slot] = field(default_factory=list)
    # The case file's SQLCipher salt (its first 16 bytes, public): tells a key file that
    # belongs to another case file apart from a wrong password, before the KDF runs.
    db_salt: bytes = b""
    # True when a slot was read in an older format and rewrapped in memory: save the file.
    upgraded: bool = field(default=False, compare=False)

    # -- wrapping -----------------------------------------------------------------------------
    def _wrap(self, slot: Slot, slot_key: bytes, raw_key: bytes) -> None:
        slot.aad_version = VERSION
        slot.nonce = secrets.token_bytes(NONCE_BYTES)
        slot.wrapped = AESGCM(slot_key).encrypt(slot.nonce, raw_key, slot.aad(self.case_file_id))

    def _unwrap(self, slot: Slot, slot_key: bytes) -> bytes | None:
        try:
            raw = AESGCM(slot_key).decrypt(slot.nonce, slot.wrapped, slot.aad(self.case_file_id))
        except InvalidTag:
            return None
        if slot.aad_version != VERSION:
            self._wrap(slot, slot_key, raw)  # upgraded in memory; the caller saves the file
            self.upgraded = True
        return raw

    def copy(self) -> KeySlots:
        return KeySlots.from_bytes(self.to_bytes())

    def set_password(self, raw_key: bytes, password: str, params: kdf.KdfParams) -> None:
        """Replaces the password slot (there is one password per case file)."""
        slot = Slot(PASSWORD, PASSWORD, b"", b"", _now(), params, secrets.token_bytes(SALT_BYTES))
        self._wrap(slot, kdf.derive(password, slot.salt, params), raw_key)
        self.slots = [s for s in self.slots if s.kind != PASSWORD] + [slot]

    def password_slot(self) -> Slot:
        for slot in self.slots:
            if slot.kind == PASSWORD:
                return slot
        raise WrongPasswordError()

    def unlock_with_password(self, password: str) -> bytes:
        slot = self.password_slot()
        assert slot.kdf_params is not None  # checked on load
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
        data: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "case_file_id": self.case_file_id,
            "key_id": self.key_id,
            "slots": [slot.to_json() for slot in self.slots],
        }
        if self.db_salt:
            data["case_file_salt"] = _b64(self.db_salt)
        data["checksum"] = _checksum(data)
        return (json.dumps(data, indent=2) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, blob: bytes) -> KeySlots:
        """Parses and checks a key file; ValueError (or KeyError, TypeError) when damaged."""
        data = json.loads(blob.decode("utf-8"))
        version = data.get("version")
        if data.get("format") != FORMAT or version not in (VERSION, *LEGACY_VERSIONS):
            raise ValueError("not a key-slot file")
        if version == VERSION and data.get("checksum") != _checksum(data):
            raise ValueError("checksum mismatch")
        slots = cls(
            case_file_id=str(uuid.UUID(str(data["case_file_id"]))),
            key_id=str(data["key_id"]),
            slots=[Slot.from_json(item, 1 if version == 1 else VERSION) for item in data["slots"]],
            db_salt=_unb64(data["case_file_salt"]) if "case_file_salt" in data else b"",
        )
        if slots.db_salt and len(slots.db_salt) != SALT_BYTES:
            raise ValueError("bad case file salt")
        if len(bytes.fromhex(slots.key_id)) != 16:
            raise ValueError("bad key id")
        slots.upgraded = version != VERSION
        return slots

    def save(self, case_path: Path) -> None:
        write_atomic(slot_file_path(case_path), self.to_bytes())
        self.upgraded = False


def load(case_path: Path) -> KeySlots:
    """Reads and checks the key-slot file.

    A missing or damaged file raises KeySlotFileError (saying which): the recovery key then
    opens the case file and a new key file is written. There is deliberately no fallback to
    an older copy, which could still let a changed-away password in.
    """
    path = slot_file_path(case_path)
    try:
        blob = path.read_bytes()
    except FileNotFoundError:
        raise KeySlotFileError(path) from None
    except OSError:
        raise KeySlotFileError(path, damaged=True) from None
    try:
        return KeySlots.from_bytes(blob)
    except (ValueError, KeyError, TypeError, AttributeError, binascii.Error):
        raise KeySlotFileError(path, damaged=True) from None


def remove_previous(case_path: Path) -> None:
    """Removes a ``-keys.previous`` left by versions before 2 (it may hold an old password)."""
    with contextlib.suppress(FileNotFoundError):
        previous_slot_file_path(case_path).unlink()


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
