import pytest

from adviser_desk.domain.password_policy import MIN_LENGTH, Strength, assess


@pytest.mark.parametrize(
    ("password", "expected"),
    [
        ("kort", Strength.TOO_SHORT),
        ("a" * (MIN_LENGTH - 1), Strength.TOO_SHORT),
        ("wachtwoord123", Strength.WEAK),
        ("aaaaaaaaaaaaaa", Strength.WEAK),
        ("paars konijn fietst naar school", Strength.STRONG),
    ],
)
def test_strength(password: str, expected: Strength) -> None:
    assert assess(password).strength == expected


def test_only_fair_or_better_is_acceptable() -> None:
    assert not assess("abcdefghijk").acceptable
    assert assess("Zoë-fietst-7-km").acceptable
