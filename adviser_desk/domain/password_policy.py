"""How strong a new password is, and the minimum we accept.

zxcvbn estimates how many guesses an attacker needs (dictionaries, l33t substitutions, keyboard
walks like `1qaz2wsx`, dates, repeats and sequences); Dutch words people build passwords from
are added to its English lists. It guides the adviser as they type; the minimum (FAIR: zxcvbn's
score 2 and at least MIN_LENGTH characters) is what is enforced.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import IntEnum

from zxcvbn import zxcvbn
from zxcvbn.matching import add_frequency_lists

from adviser_desk.domain.dutch_words import DUTCH_WORDS
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP

MIN_LENGTH = 10
# zxcvbn refuses longer input (its matching is quadratic); the rest of a longer password only
# adds to its strength, so the first part is what we score.
_ZXCVBN_MAX = 72

add_frequency_lists({"dutch": list(dict.fromkeys(DUTCH_WORDS))})


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


def assess(password: str) -> PasswordAssessment:
    if len(password) < MIN_LENGTH:
        return PasswordAssessment(Strength.TOO_SHORT, 0.0)
    result = zxcvbn(password[:_ZXCVBN_MAX])
    score = int(result["score"])
    bits = float(result["guesses_log10"]) * math.log2(10)
    strength = Strength.WEAK if score < 2 else Strength(score)
    return PasswordAssessment(strength, bits)
