"""Key slots: the database key, wrapped once per way of unlocking (like LUKS).

The key-slot file sits beside the case file. Each slot holds the 256-bit database key encrypted
with AES-256-GCM under a slot key: Argon2id of the password, or a random secret kept in the OS
keyring. The associated data binds a slot to its case file, kind, KDF settings and salt, so
slots cannot be moved between files, relabelled or given other settings. A checksum over the
file tells a damaged key file from a wrong password before the KDF runs. Changing the password
rewrites this small file, never the database, and keeps no copy the old password could open.
The recovery key needs no slot: the database key is derived from it (see ``keys.py``).

Version 3 gives every adviser of a case file their own password slot (its id is the adviser's
id, bound into the associated data) and binds each "remember on this computer" slot to its
adviser. From the slot key of an adviser's password an X25519 key pair is derived (HKDF); its
public half is kept in the encrypted case file. A re-key (after an adviser is removed) cannot
rewrap the other advisers' slots without their passwords, so it seals the new database key to
their public keys with HPKE (RFC 9180, from ``cryptography``); at their next unlock the one
Argon2id run also opens that seal, and the slot is rewrapped as a normal one.
During a re-key the file may carry the ``next`` set of slots beside the current one: whichever
matches the case file's salt on disk is the one in force (see ``storage/rekey.py``).
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
from cryptography.hazmat.primitives import hashes, hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from adviser_desk.storage import kdf
from adviser_desk.storage.atomic import write_atomic
from adviser_desk.storage.errors import KeySlotFileError, WrongPasswordError

FORMAT = "adviser-desk/key-slots"
VERSION = 3
LEGACY_VERSIONS = (1, 2)
AAD_VERSIONS = (1, 2, 3)
# Before version 3 there was one password slot, with this id; its adviser keeps the id.
LEGACY_ADVISER = "password"
PASSWORD = "password"  # noqa: S105 - the name of a slot kind
KEYRING = "keyring"
NONCE_BYTES = 12
SALT_BYTES = 16
WRAPPED_BYTES = 32 + 16  # the database key and the GCM tag
PUBLIC_KEY_BYTES = 32
_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
SEALED_BYTES = 32 + 32 + 16  # the encapsulated key, the database key and the tag
_ADVISER_KEY_INFO = b"adviser-desk/v3/adviser-x25519"


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
    # The adviser this slot lets in (a password slot's id is its adviser's id). Bound into the
    # associated data from version 3 on.
    adviser: str = ""
    # The adviser's name as the unlock dialog lists it: a hint only, not bound (who unlocked is
    # the bound adviser id, named from the encrypted file).
    label: str = ""
    # After a re-key: the database key sealed to the adviser's public key (HPKE), until their
    # next unlock rewraps it; ``nonce`` and ``wrapped`` are empty meanwhile.
    sealed: bytes = b""

    def aad(self, case_file_id: str) -> bytes:
        if self.aad_version == 1:
            return f"{FORMAT}/1|{case_file_id}|{self.kind}|{self.slot_id}".encode()
        # The KDF settings and salt are bound too: a slot cannot be given other settings.
        settings = json.dumps(self.kdf_params.to_json(), sort_keys=True) if self.kdf_params else ""
        if self.aad_version == 2:
            return (
                f"{FORMAT}/2|{case_file_id}|{self.kind}|{self.slot_id}|{settings}|{self.salt.hex()}"
            ).encode()
        return (
            f"{FORMAT}/3|{case_file_id}|{self.kind}|{self.slot_id}|{self.adviser}|{settings}|"
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
            "adviser": self.adviser,
            "label": self.label,
        }
        if self.sealed:
            data["sealed"] = _b64(self.sealed)
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
            adviser=str(data.get("adviser", "")),
            label=str(data.get("label", "")),
            sealed=_unb64(data["sealed"]) if "sealed" in data else b"",
        )
        if slot.kind not in (PASSWORD, KEYRING) or slot.aad_version not in AAD_VERSIONS:
            raise ValueError("unknown slot")
        if slot.sealed:
            if slot.kind != PASSWORD or len(slot.sealed) != SEALED_BYTES or slot.wrapped:
                raise ValueError("sealed slot has the wrong shape")
        elif len(slot.nonce) != NONCE_BYTES or len(slot.wrapped) != WRAPPED_BYTES:
            raise ValueError("slot has the wrong size")
        if slot.kind == PASSWORD and (params is None or len(slot.salt) != SALT_BYTES):
            raise ValueError("password slot without KDF settings")
        if slot.kind == PASSWORD and slot.aad_version == VERSION and slot.adviser != slot.slot_id:
            raise ValueError("password slot of another adviser")
        if not slot.adviser:
            # Before version 3 every slot belonged to the one adviser (not bound then).
            slot.adviser = LEGACY_ADVISER
        return slot


def _checksum(data: dict[str, Any]) -> str:
    """An unkeyed digest of the file's content. It tells accidental damage (a flipped byte,
    a cut-off copy) apart from a wrong password before the slow KDF runs; it is no defence
    against deliberate edits, which the AEAD tag and associated data still catch."""
    body = {k: v for k, v in data.items() if k != "checksum"}
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode("utf-8")).hexdigest()


def adviser_private_key(slot_key: bytes) -> X25519PrivateKey:
    """The adviser's X25519 key, derived from their password slot's key (kept nowhere)."""
    seed = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_ADVISER_KEY_INFO).derive(
        slot_key
    )
    return X25519PrivateKey.from_private_bytes(seed)


def public_key_bytes(private: X25519PrivateKey) -> bytes:
    return private.public_key().public_bytes_raw()


@dataclass(frozen=True)
class Opened:
    """What a password opened: the database key, whose slot it was, and that adviser's
    public key (for the case file's list of advisers)."""

    raw_key: bytes
    adviser: str
    public_key: bytes


@dataclass
class KeySlots:
    case_file_id: str
    key_id: str
    slots: list[Slot] = field(default_factory=list)
    # The case file's SQLCipher salt (its first 16 bytes, public): tells a key file that
    # belongs to another case file apart from a wrong password, before the KDF runs.
    db_salt: bytes = b""
    # While a re-key is being put in place: the slots for the new key (see storage/rekey.py).
    next: KeySlots | None = None
    # True when a slot was read in an older format and rewrapped in memory: save the file.
    upgraded: bool = field(default=False, compare=False)

    # -- wrapping -----------------------------------------------------------------------------
    def _wrap(self, slot: Slot, slot_key: bytes, raw_key: bytes) -> None:
        slot.aad_version = VERSION
        slot.sealed = b""
        slot.nonce = secrets.token_bytes(NONCE_BYTES)
        slot.wrapped = AESGCM(slot_key).encrypt(slot.nonce, raw_key, slot.aad(self.case_file_id))

    def _unwrap(self, slot: Slot, slot_key: bytes) -> bytes | None:
        if slot.sealed:
            return self._open_sealed(slot, slot_key)
        try:
            raw = AESGCM(slot_key).decrypt(slot.nonce, slot.wrapped, slot.aad(self.case_file_id))
        except InvalidTag:
            return None
        if slot.aad_version != VERSION:
            self._wrap(slot, slot_key, raw)  # upgraded in memory; the caller saves the file
            self.upgraded = True
        return raw

    def _sealed_info(self, slot: Slot) -> bytes:
        return b"adviser-desk/v3/sealed|" + slot.aad(self.case_file_id)

    def _open_sealed(self, slot: Slot, slot_key: bytes) -> bytes | None:
        try:
            raw = _SUITE.decrypt(
                slot.sealed, adviser_private_key(slot_key), info=self._sealed_info(slot)
            )
        except (InvalidTag, ValueError):
            return None
        self._wrap(slot, slot_key, raw)  # a normal slot from now on; the caller saves
        self.upgraded = True
        return raw

    def copy(self) -> KeySlots:
        return KeySlots.from_bytes(self.to_bytes())

    # -- password slots, one per adviser ----------------------------------------------------
    def set_password(
        self,
        raw_key: bytes,
        password: str,
        params: kdf.KdfParams,
        adviser: str | None = None,
        label: str | None = None,
    ) -> bytes:
        """Writes ``adviser``'s password slot (a new adviser when None and there is no slot
        yet; the only adviser's when None and there is one). Returns their public key."""
        if adviser is None:
            existing = self.password_slots()
            if len(existing) > 1:
                raise ValueError("say whose password this is")
            adviser = existing[0].adviser if existing else uuid.uuid4().hex
        old = self.find_password_slot(adviser)
        slot = Slot(PASSWORD, adviser, b"", b"", _now(), params, secrets.token_bytes(SALT_BYTES))
        slot.adviser = adviser
        slot.label = label if label is not None else (old.label if old else "")
        slot_key = kdf.derive(password, slot.salt, params)
        self._wrap(slot, slot_key, raw_key)
        self.slots = [s for s in self.slots if s is not old] + [slot]
        return public_key_bytes(adviser_private_key(slot_key))

    def seal_for(
        self, raw_key: bytes, previous: Slot, public_key: bytes, label: str | None = None
    ) -> None:
        """A password slot for an adviser who is not here (a re-key): the database key
        sealed to their public key, with their salt and settings so their password still
        derives the same slot key. Their next unlock turns it into a normal slot."""
        slot = Slot(
            PASSWORD,
            previous.slot_id,
            b"",
            b"",
            _now(),
            previous.kdf_params,
            previous.salt,
            VERSION,
            previous.adviser,
            previous.label if label is None else label,
        )
        slot.sealed = _SUITE.encrypt(
            raw_key, X25519PublicKey.from_public_bytes(public_key), info=self._sealed_info(slot)
        )
        self.slots = [s for s in self.slots if s.slot_id != slot.slot_id] + [slot]

    def slot_key(self, password: str, adviser: str) -> bytes:
        """The key of ``adviser``'s password slot (one KDF run), proved by opening it."""
        slot = self.password_slot(adviser)
        assert slot.kdf_params is not None  # checked on load
        key = kdf.derive(password, slot.salt, slot.kdf_params)
        probe = self.copy()
        if probe._unwrap(probe.password_slot(adviser), key) is None:
            raise WrongPasswordError()
        return key

    def wrap_with_slot_key(self, raw_key: bytes, previous: Slot, slot_key: bytes) -> None:
        """``previous``'s adviser keeps their password (same salt and settings) for a new key."""
        slot = Slot(
            PASSWORD,
            previous.slot_id,
            b"",
            b"",
            _now(),
            previous.kdf_params,
            previous.salt,
            VERSION,
            previous.adviser,
            previous.label,
        )
        self._wrap(slot, slot_key, raw_key)
        self.slots = [s for s in self.slots if s.slot_id != slot.slot_id] + [slot]

    def password_slots(self) -> list[Slot]:
        return [s for s in self.slots if s.kind == PASSWORD]

    def find_password_slot(self, adviser: str) -> Slot | None:
        for slot in self.password_slots():
            if slot.adviser == adviser:
                return slot
        return None

    def password_slot(self, adviser: str | None = None) -> Slot:
        """``adviser``'s slot, or the only one when None."""
        if adviser is not None:
            slot = self.find_password_slot(adviser)
            if slot is None:
                raise WrongPasswordError()
            return slot
        for slot in self.password_slots():
            return slot
        raise WrongPasswordError()

    def open_with_password(self, password: str, adviser: str | None = None) -> Opened:
        """Tries ``adviser``'s slot (one KDF run), or with no adviser given every password
        slot in turn (one KDF run each: the unlock dialog asks who you are first)."""
        candidates = [self.password_slot(adviser)] if adviser is not None else self.password_slots()
        for slot in candidates:
            assert slot.kdf_params is not None  # checked on load
            slot_key = kdf.derive(password, slot.salt, slot.kdf_params)
            raw = self._unwrap(slot, slot_key)
            if raw is not None:
                return Opened(raw, slot.adviser, public_key_bytes(adviser_private_key(slot_key)))
        raise WrongPasswordError()

    def unlock_with_password(self, password: str, adviser: str | None = None) -> bytes:
        return self.open_with_password(password, adviser).raw_key

    def set_label(self, adviser: str, label: str) -> None:
        slot = self.find_password_slot(adviser)
        if slot is not None:
            slot.label = label

    def remove_adviser(self, adviser: str) -> list[str]:
        """Drops the adviser's password slot and remembered keys; returns the keyring slot ids
        removed (their secrets are deleted from this computer's keyring by the caller)."""
        gone = [s.slot_id for s in self.slots if s.kind == KEYRING and s.adviser == adviser]
        self.slots = [s for s in self.slots if s.adviser != adviser]
        return gone

    # -- remembered on this computer ----------------------------------------------------------
    def add_keyring_slot(self, raw_key: bytes, adviser: str | None = None) -> tuple[str, bytes]:
        """Adds a slot for this computer; returns its id and the secret for the OS keyring."""
        secret = secrets.token_bytes(32)
        slot = Slot(KEYRING, uuid.uuid4().hex, b"", b"", _now())
        slot.adviser = adviser if adviser is not None else self.password_slot().adviser
        self._wrap(slot, secret, raw_key)
        self.slots.append(slot)
        return slot.slot_id, secret

    def keyring_slots(self, adviser: str | None = None) -> list[Slot]:
        return [s for s in self.slots if s.kind == KEYRING and adviser in (None, s.adviser)]

    def remove_slot(self, slot_id: str) -> None:
        self.slots = [s for s in self.slots if s.slot_id != slot_id]

    def unlock_with_keyring_secret(self, slot: Slot, secret: bytes) -> bytes | None:
        return self._unwrap(slot, secret)

    # -- file ---------------------------------------------------------------------------------
    def _to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "case_file_id": self.case_file_id,
            "key_id": self.key_id,
            "slots": [slot.to_json() for slot in self.slots],
        }
        if self.db_salt:
            data["case_file_salt"] = _b64(self.db_salt)
        if self.next is not None:
            data["next"] = self.next._to_json()
        return data

    def to_bytes(self) -> bytes:
        data = self._to_json()
        data["checksum"] = _checksum(data)
        return (json.dumps(data, indent=2) + "\n").encode("utf-8")

    @classmethod
    def _from_json(cls, data: dict[str, Any], version: int) -> KeySlots:
        slots = cls(
            case_file_id=str(uuid.UUID(str(data["case_file_id"]))),
            key_id=str(data["key_id"]),
            slots=[Slot.from_json(item, 1 if version == 1 else 2) for item in data["slots"]],
            db_salt=_unb64(data["case_file_salt"]) if "case_file_salt" in data else b"",
        )
        if slots.db_salt and len(slots.db_salt) != SALT_BYTES:
            raise ValueError("bad case file salt")
        if len(bytes.fromhex(slots.key_id)) != 16:
            raise ValueError("bad key id")
        ids = [s.slot_id for s in slots.slots]
        if len(ids) != len(set(ids)):
            raise ValueError("two slots with one id")
        if "next" in data:
            if version != VERSION or "next" in data["next"]:
                raise ValueError("bad next key set")
            slots.next = cls._from_json(data["next"], version)
            if slots.next.case_file_id != slots.case_file_id or not slots.next.db_salt:
                raise ValueError("bad next key set")
        return slots

    @classmethod
    def from_bytes(cls, blob: bytes) -> KeySlots:
        """Parses and checks a key file; ValueError (or KeyError, TypeError) when damaged."""
        data = json.loads(blob.decode("utf-8"))
        version = data.get("version")
        if data.get("format") != FORMAT or version not in (VERSION, *LEGACY_VERSIONS):
            raise ValueError("not a key-slot file")
        if version != 1 and data.get("checksum") != _checksum(data):
            raise ValueError("checksum mismatch")
        slots = cls._from_json(data, int(version))
        slots.upgraded = version != VERSION
        return slots

    def in_force(self, db_salt: bytes) -> KeySlots:
        """The set for the case file on disk: during a re-key the file may carry the new set
        beside the old one, and the salt of the file in place says which of them it is."""
        if self.next is None:
            return self
        chosen = self.next if self.next.db_salt == db_salt else self
        chosen.next = None
        chosen.upgraded = True  # write it back as the only set
        return chosen

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
