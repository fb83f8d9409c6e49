"""The database key and how it relates to the recovery key.

The printed recovery key must open a case file even when the key-slot file is lost, so the
database key cannot be independent of it. It is derived with HKDF-SHA256 from the recovery key's
160 random bits and the database's own 16-byte SQLCipher salt (stored in clear in the file's
first 16 bytes, as in every SQLCipher 4 file). The result is used as SQLCipher's raw key, so no
SQLCipher PBKDF2 runs on open and any SQLCipher 4 tool can open the file with that key.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from adviser_desk.domain.recovery_key import RecoveryKey

SALT_BYTES = 16
KEY_BYTES = 32
_INFO = b"adviser-desk/v1/sqlcipher-raw-key"


def new_salt() -> bytes:
    return secrets.token_bytes(SALT_BYTES)


def raw_key_from_recovery(recovery: RecoveryKey, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=_INFO).derive(
        recovery.secret
    )


def key_id(raw_key: bytes) -> str:
    """A public fingerprint of the key: lets us tell "wrong key" from "damaged file"."""
    return hmac.new(raw_key, b"adviser-desk/v1/key-id", hashlib.sha256).hexdigest()[:32]


def read_salt(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(SALT_BYTES)


def sqlcipher_key_literal(raw_key: bytes, salt: bytes | None = None) -> str:
    """SQLCipher's raw-key form ``x'<key hex>[<salt hex>]'``.

    Only ever built from bytes we generated ourselves, never from user text, so formatting it
    into the PRAGMA is safe.
    """
    body = raw_key.hex() + (salt.hex() if salt else "")
    return f"\"x'{body}'\""
