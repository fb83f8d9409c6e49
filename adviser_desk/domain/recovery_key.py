"""The recovery key: 160 random bits written for humans.

It is printed on the recovery sheet and typed back in when the password is forgotten, so it uses
Crockford's base32 (no I, L, O or U; those letters are read as 1, 1 and 0 when typed) in groups
of four, followed by one check group that catches typing mistakes before any key is tried.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from adviser_desk.domain.errors import KnownError
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
SECRET_BYTES = 20  # 160 bits, comfortably above the 128 the threat model asks for
_SECRET_CHARS = SECRET_BYTES * 8 // 5  # 32
_CHECK_CHARS = 4
GROUP = 4
_TYPO_MAP = str.maketrans({"O": "0", "I": "1", "L": "1"})


class RecoveryKeyFormatError(KnownError):
    """The text cannot be a recovery key (wrong length or a typing mistake)."""


def _encode(value: int, chars: int) -> str:
    out = []
    for _ in range(chars):
        out.append(ALPHABET[value & 31])
        value >>= 5
    return "".join(reversed(out))


def _check_group(secret: bytes) -> str:
    digest = int.from_bytes(hashlib.sha256(b"adviser-desk recovery key" + secret).digest()[:3])
    return _encode(digest >> 4, _CHECK_CHARS)


@dataclass(frozen=True)
class RecoveryKey:
    secret: bytes

    @classmethod
    def generate(cls) -> RecoveryKey:
        return cls(secrets.token_bytes(SECRET_BYTES))

    @classmethod
    def parse(cls, text: str) -> RecoveryKey:
        """Accepts upper or lower case, with or without dashes and spaces."""
        cleaned = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_TYPO_MAP)
        expected = _SECRET_CHARS + _CHECK_CHARS
        if len(cleaned) != expected or any(ch not in ALPHABET for ch in cleaned):
            raise RecoveryKeyFormatError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A recovery key has {expected} letters and digits in groups of four; "
                    "this one has {found}. Please check it against the recovery sheet.",
                ),
                expected=expected,
                found=len(cleaned),
            )
        value = 0
        for ch in cleaned[:_SECRET_CHARS]:
            value = (value << 5) | ALPHABET.index(ch)
        key = cls(value.to_bytes(SECRET_BYTES, "big"))
        if _check_group(key.secret) != cleaned[_SECRET_CHARS:]:
            raise RecoveryKeyFormatError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This recovery key contains a typing mistake (its last group does not "
                    "match). Please compare it with the recovery sheet, group by group.",
                )
            )
        return key

    def formatted(self) -> str:
        body = _encode(int.from_bytes(self.secret, "big"), _SECRET_CHARS) + _check_group(
            self.secret
        )
        return "-".join(body[i : i + GROUP] for i in range(0, len(body), GROUP))

    def shown_lines(self) -> list[str]:
        """The key as the window and the sheet show it: groups of four separated by spaces,
        three groups a line. The entry's placeholder and the sheet's "how to" say the same
        (walk 5, W5-18: shown with spaces, described and asked for with dashes)."""
        groups = self.formatted().split("-")
        return [" ".join(groups[i : i + 3]) for i in range(0, len(groups), 3)]

    def __repr__(self) -> str:  # never print the secret in logs or tracebacks
        return "RecoveryKey(<hidden>)"
