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


@pytest.mark.parametrize(
    "password",
    [
        "P@ssw0rd2026",  # a common word in l33t with a year
        "1qaz2wsx3edc",  # a keyboard walk
        "Wachtwoord2026",  # the Dutch word for password, which zxcvbn's English lists miss
        "Feyenoord1908",
        "adviserdesk2026",
        "x" * 200,  # beyond zxcvbn's input limit: scored on its first part, never an error
    ],
)
def test_guessable_passwords_are_refused(password: str) -> None:
    assert not assess(password).acceptable


def test_dutch_words_count_as_dictionary_words() -> None:
    # A Dutch word is guessed far sooner than a made-up word of the same shape.
    assert assess("Wachtwoord!7").bits < assess("Wqchtwuord!7").bits - 10


def test_passphrases_of_ordinary_words_are_strong() -> None:
    assert assess("groene olifant leest de krant").strength == Strength.STRONG
