"""Reading a date (and time) typed into a date field as a whole, with or without separators.

Walk 16, W16-1: Qt's date field types digit by digit into the part that is selected, so a date
typed after a click on the month ("01122026") became 04-01-2026, and one typed after a click
right of the text was appended and dropped on Tab, both without a word. date_typing.py now
collects what is typed after a click (or after the field is entered) and reads it here:

- as a whole date from the first part: 01122026, 1-12-2026, 01/12/26, 1.12.2026 21:14,
  011220262114 (the parts in the order the field shows them; a two-digit year is 20yy);
- else, as the parts from the selected one on, as Qt did: "10" on the month sets the month,
  "2130" on the hour sets hour and minute.

What cannot be a date (31-02-2026, a month 13, a three-digit year, too few parts) reads as
None, and the field says so instead of keeping another date.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date

# The parts of a date field, by the letter Qt's display format uses for them.
DAY, MONTH, YEAR, HOUR, MINUTE = "d", "M", "y", "H", "m"
WIDTHS = {DAY: 2, MONTH: 2, YEAR: 4, HOUR: 2, MINUTE: 2}
SEPARATORS = "-/.: "
_SPLIT = re.compile(r"[-/.: ]+")
_CENTURY = 2000
_FIRST_YEAR = 1900


def _fields(typed: str, order: Sequence[str], start: int, final: bool) -> dict[str, int] | None:
    """The parts the typed text fills, from part ``start`` on; None if it does not fit.

    A run of digits fills each part to its width and goes on into the next; a separator ends
    a part early ("1-2-2026"). While typing (not ``final``) a part still short of its width at
    the end is not read yet; when the entry ends it counts as typed. A year is four digits, or
    two in a whole date that ended (26 for 2026)."""
    groups = [group for group in _SPLIT.split(typed) if group]
    if not groups or not all(group.isdigit() for group in groups):
        return None
    ended = final or typed[-1] in SEPARATORS
    filled: dict[str, int] = {}
    index = start
    for number, group in enumerate(groups):
        rest = group
        while rest:
            if index >= len(order):
                return None
            kind = order[index]
            part, rest = rest[: WIDTHS[kind]], rest[WIDTHS[kind] :]
            still_typing = number == len(groups) - 1 and not rest and not ended
            if len(part) < WIDTHS[kind] and still_typing:
                return None
            if kind == YEAR and len(part) != WIDTHS[YEAR]:
                if not (final and start == 0 and len(part) == 2):
                    return None
                part = str(_CENTURY + int(part))
            filled[kind] = int(part)
            index += 1
    return filled


def _resolved(filled: Mapping[str, int], current: Mapping[str, int]) -> dict[str, int] | None:
    """The typed parts over the field's current ones, if together they make a real moment."""
    values = {**current, **filled}
    if values[YEAR] < _FIRST_YEAR:  # "0112" typed on the year
        return None
    try:
        date(values[YEAR], values[MONTH], values[DAY])
    except ValueError:
        return None
    if not (0 <= values.get(HOUR, 0) < 24 and 0 <= values.get(MINUTE, 0) < 60):
        return None
    return values


def read(
    typed: str,
    order: Sequence[str],
    selected: int,
    current: Mapping[str, int],
    final: bool,
) -> dict[str, int] | None:
    """The moment the typed text makes (all parts, by letter), or None.

    ``order``: the field's parts as shown; ``selected``: the index of the part that was
    selected when typing began; ``current``: the field's value, by letter; ``final``: the entry
    ended (Tab, Enter, the focus left), so a short last part counts."""
    whole = _fields(typed, order, 0, final)
    if whole is not None and {DAY, MONTH, YEAR} <= whole.keys():
        values = _resolved(whole, current)
        if values is not None:
            return values
    from_selected = _fields(typed, order, selected, final)
    if from_selected is None:
        return None
    return _resolved(from_selected, current)
