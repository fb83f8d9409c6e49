"""Reading a typed date (date_entry.py): whole dates with or without separators, the parts
from the selected one on, and what cannot be a date (walk 16, W16-1)."""

from __future__ import annotations

import pytest

from adviser_desk.ui.common.date_entry import read

DATE = ["d", "M", "y"]
MOMENT = ["d", "M", "y", "H", "m"]
NOW = {"d": 4, "M": 12, "y": 2026, "H": 10, "m": 0}


@pytest.mark.parametrize(
    ("typed", "selected", "day"),
    [
        ("01122026", 1, (1, 12, 2026)),  # on the month: a whole date still
        ("01-12-2026", 2, (1, 12, 2026)),
        ("1-2-2026", 0, (1, 2, 2026)),
        ("1/12/26", 2, (1, 12, 2026)),
        ("011226", 1, (1, 12, 2026)),
        ("10", 1, (4, 10, 2026)),  # two digits on the month: the month
        ("2025", 2, (4, 12, 2025)),  # on the year: the year
        ("0512", 0, (5, 12, 2026)),  # day and month, as Qt typed them
    ],
)
def test_a_typed_date_is_read_whole_or_from_the_selected_part(
    typed: str, selected: int, day: tuple[int, int, int]
) -> None:
    values = read(typed, DATE, selected, NOW, final=True)
    assert values is not None
    assert (values["d"], values["M"], values["y"]) == day


@pytest.mark.parametrize(
    ("typed", "selected"),
    [
        ("31-02-2026", 0),
        ("29022027", 1),
        ("01132026", 0),
        ("0112", 1),
        ("0112", 2),
        ("2025", 0),
        ("1-12-202", 0),
        ("12a", 0),
        ("01122026123", 0),
    ],
)
def test_what_cannot_be_a_date_reads_as_none(typed: str, selected: int) -> None:
    assert read(typed, DATE, selected, NOW, final=True) is None


def test_a_moment_takes_its_time_when_typed_and_keeps_it_otherwise() -> None:
    whole = read("03-12-2026 21:14", MOMENT, 4, NOW, final=True)
    assert whole == {"d": 3, "M": 12, "y": 2026, "H": 21, "m": 14}
    assert read("031220262114", MOMENT, 0, NOW, final=True) == whole
    assert read("03122026", MOMENT, 3, NOW, final=True) == {**whole, "H": 10, "m": 0}
    assert read("2130", MOMENT, 3, NOW, final=True) == {**NOW, "H": 21, "m": 30}
    assert read("2460", MOMENT, 3, NOW, final=True) is None
