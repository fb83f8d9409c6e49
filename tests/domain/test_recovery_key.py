import re

import pytest

from adviser_desk.domain.recovery_key import (
    ALPHABET,
    SECRET_BYTES,
    RecoveryKey,
    RecoveryKeyFormatError,
)

KEY_FORMAT = re.compile(r"^[0-9A-Z]{4}(-[0-9A-Z]{4}){8}$")


def test_generated_keys_have_at_least_128_bits_and_the_printed_form() -> None:
    key = RecoveryKey.generate()
    assert len(key.secret) * 8 == SECRET_BYTES * 8 >= 128
    assert KEY_FORMAT.match(key.formatted())
    assert all(ch in ALPHABET + "-" for ch in key.formatted())


def test_round_trip_accepts_lower_case_without_dashes_and_spaces() -> None:
    key = RecoveryKey.generate()
    text = key.formatted()
    assert RecoveryKey.parse(text) == key
    assert RecoveryKey.parse(text.lower().replace("-", "")) == key
    assert RecoveryKey.parse("  " + text.replace("-", " ") + "\n") == key


def test_ambiguous_letters_are_read_as_digits() -> None:
    key = RecoveryKey(bytes(20))  # all zeros: the body is only "0"
    text = key.formatted()
    assert text.startswith("0000-")
    assert RecoveryKey.parse(text.replace("0", "O", 4)) == key


def test_a_typo_is_caught_by_the_check_group() -> None:
    text = RecoveryKey.generate().formatted()
    first = text[0]
    typo = ("1" if first != "1" else "2") + text[1:]
    with pytest.raises(RecoveryKeyFormatError, match="typing mistake"):
        RecoveryKey.parse(typo)


def test_wrong_length_says_how_long_a_key_is() -> None:
    with pytest.raises(RecoveryKeyFormatError) as info:
        RecoveryKey.parse("ABCD-EFGH")
    assert info.value.message.args == {"expected": 36, "found": 8}


def test_repr_never_shows_the_secret() -> None:
    key = RecoveryKey.generate()
    assert key.formatted() not in repr(key)
    assert key.secret.hex() not in repr(key)
