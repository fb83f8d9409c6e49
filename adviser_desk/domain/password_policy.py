"""How strong a new password is, and the minimum we accept.

A rough estimate in the spirit of zxcvbn's scoring, without a dependency: length and character
variety count, while repetition, sequences and very common passwords are penalised. It only
guides the adviser; the minimum is what is enforced.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import IntEnum

from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP

MIN_LENGTH = 10

_COMMON = {
    "wachtwoord", "password", "welkom", "welcome", "qwerty", "azerty", "123456", "geheim",
    "letmein", "school", "admin", "iloveyou", "zomer", "winter", "voetbal", "football",
}  # fmt: skip


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


STRENGTH_LABELS = {
    Strength.TOO_SHORT: QT_TRANSLATE_NOOP("password", "Too short"),
    Strength.WEAK: QT_TRANSLATE_NOOP("password", "Weak"),
    Strength.FAIR: QT_TRANSLATE_NOOP("password", "Fair"),
    Strength.GOOD: QT_TRANSLATE_NOOP("password", "Good"),
    Strength.STRONG: QT_TRANSLATE_NOOP("password", "Strong"),
}


@dataclass(frozen=True)
class PasswordAssessment:
    strength: Strength
    bits: float

    @property
    def acceptable(self) -> bool:
        return self.strength >= Strength.FAIR


def _pool_size(password: str) -> int:
    pool = 0
    if any(c.islower() for c in password):
        pool += 26
    if any(c.isupper() for c in password):
        pool += 26
    if any(c.isdigit() for c in password):
        pool += 10
    if any(not c.isalnum() and c.isascii() for c in password):
        pool += 33
    if any(not c.isascii() for c in password):
        pool += 100
    return max(pool, 1)


def _effective_length(password: str) -> float:
    """Counts repeated characters and runs like 'abcd' or '1234' for less."""
    length = 0.0
    for i, ch in enumerate(password):
        prev = password[i - 1] if i else None
        if prev is not None and (ch == prev or abs(ord(ch) - ord(prev)) == 1):
            length += 0.3
        else:
            length += 1.0
    return length


def assess(password: str) -> PasswordAssessment:
    if len(password) < MIN_LENGTH:
        return PasswordAssessment(Strength.TOO_SHORT, 0.0)
    lowered = password.lower()
    bits = _effective_length(password) * math.log2(_pool_size(password))
    if any(word in lowered for word in _COMMON):
        bits -= 25
    if bits < 40:
        strength = Strength.WEAK
    elif bits < 55:
        strength = Strength.FAIR
    elif bits < 75:
        strength = Strength.GOOD
    else:
        strength = Strength.STRONG
    return PasswordAssessment(strength, max(bits, 0.0))
