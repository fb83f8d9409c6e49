"""The anonymised annual report: counts for the school's annual account, never a child.

Only counts leave the case file: no names, numbers, titles or dates of a case. Every count
below :data:`THRESHOLD` is shown as "<5" (zero too: "none" in a small category is itself a
fact about a few children), and where a row or column total would let a hidden count be worked
out (a total of 12 with one visible 9 and one hidden cell gives 3), a second cell of that line
is hidden as well ("x"), the usual secondary suppression of statistics offices.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from adviser_desk.domain.cases import CaseOutcome, CaseStatus, IncidentType, PoliceReport

THRESHOLD = 5
SMALL = "<5"
HIDDEN = "x"


@dataclass(frozen=True)
class CaseFacts:
    """What the report may know of one case: no name, number, title or free text."""

    opened_on: date
    closed_on: date | None
    status: CaseStatus
    incident_types: tuple[IncidentType, ...]
    police_report: PoliceReport
    referrals: frozenset[str]  # referral-card keys of tasks done
    reported_to_veilig_thuis: bool  # Meldcode decision 1 was "yes"
    outcome: CaseOutcome = CaseOutcome.NOT_RECORDED  # how a closed case ended


@dataclass(frozen=True)
class Table:
    """A table of printed cells (already suppressed), with its row and column labels as keys."""

    rows: tuple[str, ...]
    columns: tuple[str, ...]
    cells: tuple[tuple[str, ...], ...]  # rows x columns, the last column may be a total
    total_row: tuple[str, ...] | None = None


@dataclass(frozen=True)
class AnnualReport:
    year: int
    cases: str  # the number of cases opened in the year, suppressed like any count
    by_type_and_month: Table  # incident type x month 1..12 and total
    outcome: Table  # status at the time of the report (one column)
    ended: Table  # how the closed cases ended (one column, adding up to the closed cases)
    police: Table  # police report kind (one column)
    referrals: Table  # referral card x "cases" (one column); a case may count in several rows
    veilig_thuis: str  # cases reported to Veilig Thuis under the Meldcode
    median_days: str | None  # median days from opening to closing; None below five closed
    closed: str  # how many closed cases the median is over


# The rows of "how they ended": the recorded outcomes, then the closed cases without one.
ENDINGS = (
    *(o for o in CaseOutcome if o != CaseOutcome.NOT_RECORDED),
    CaseOutcome.NOT_RECORDED,
)


def small(n: int) -> str:
    return SMALL if n < THRESHOLD else str(n)


def suppress(
    grid: Sequence[Sequence[int]],
    row_totals: Sequence[int] | None = None,
    column_totals: Sequence[int] | None = None,
) -> list[list[str]]:
    """Primary suppression of counts below the threshold, then secondary suppression wherever
    a shown total and exactly one hidden cell in its line would give that cell away."""
    out = [[small(n) for n in row] for row in grid]
    if not grid:
        return out

    def hidden(r: int, c: int) -> bool:
        return out[r][c] in (SMALL, HIDDEN)

    def hide_smallest(cells: list[tuple[int, int]]) -> bool:
        visible = [(grid[r][c], r, c) for r, c in cells if not hidden(r, c)]
        if not visible:
            return False
        _, r, c = min(visible)
        out[r][c] = HIDDEN
        return True

    lines: list[list[tuple[int, int]]] = []
    if row_totals is not None:
        lines += [
            [(r, c) for c in range(len(grid[r]))]
            for r in range(len(grid))
            if row_totals[r] >= THRESHOLD
        ]
    if column_totals is not None:
        lines += [
            [(r, c) for r in range(len(grid))]
            for c in range(len(grid[0]))
            if column_totals[c] >= THRESHOLD
        ]
    changed = True
    while changed:  # hiding one cell can expose another line; at most every cell once
        changed = False
        for cells in lines:
            if sum(hidden(r, c) for r, c in cells) == 1 and hide_smallest(cells):
                changed = True
    return out


def _opened_in(year: int, facts: Iterable[CaseFacts]) -> list[CaseFacts]:
    return [f for f in facts if f.opened_on.year == year]


def build(year: int, facts: Iterable[CaseFacts], referral_keys: Sequence[str]) -> AnnualReport:
    """The report for cases opened in ``year``; ``referral_keys`` fixes the referral rows."""
    cases = _opened_in(year, facts)
    types = list(IncidentType)
    grid = [
        [
            sum(1 for f in cases if t in f.incident_types and f.opened_on.month == m)
            for m in range(1, 13)
        ]
        for t in types
    ]
    row_totals = [sum(1 for f in cases if t in f.incident_types) for t in types]
    # A case may have several types, so month totals are cases, not the sum of the column.
    month_totals = [sum(1 for f in cases if f.opened_on.month == m) for m in range(1, 13)]
    body = suppress(grid, row_totals=row_totals)
    by_type = Table(
        rows=tuple(t.value for t in types),
        columns=(*tuple(str(m) for m in range(1, 13)), "total"),
        cells=tuple((*tuple(body[i]), small(row_totals[i])) for i in range(len(types))),
        total_row=(*tuple(suppress([month_totals], row_totals=[len(cases)])[0]), small(len(cases))),
    )
    statuses = list(CaseStatus)
    outcome = _one_column(
        [s.value for s in statuses],
        [sum(1 for f in cases if f.status == s) for s in statuses],
        len(cases),
    )
    ended_cases = [f for f in cases if f.status == CaseStatus.CLOSED]
    endings = ENDINGS
    ended = _one_column(
        [o.value for o in endings],
        [sum(1 for f in ended_cases if f.outcome == o) for o in endings],
        len(ended_cases),
    )
    kinds = list(PoliceReport)
    police = _one_column(
        [k.value for k in kinds],
        [sum(1 for f in cases if f.police_report == k) for k in kinds],
        len(cases),
    )
    referrals = Table(
        rows=tuple(referral_keys),
        columns=("cases",),
        cells=tuple((small(sum(1 for f in cases if key in f.referrals)),) for key in referral_keys),
    )
    closed = [f for f in cases if f.closed_on is not None]
    days = [(f.closed_on - f.opened_on).days for f in closed if f.closed_on is not None]
    median = None if len(days) < THRESHOLD else _median_text(days)
    return AnnualReport(
        year=year,
        cases=small(len(cases)),
        by_type_and_month=by_type,
        outcome=outcome,
        ended=ended,
        police=police,
        referrals=referrals,
        veilig_thuis=small(sum(1 for f in cases if f.reported_to_veilig_thuis)),
        median_days=median,
        closed=small(len(closed)),
    )


def _one_column(rows: list[str], counts: list[int], total: int) -> Table:
    """Exclusive categories adding up to ``total``: secondary suppression over the column."""
    cells = suppress([[n] for n in counts], column_totals=[total])
    return Table(rows=tuple(rows), columns=("cases",), cells=tuple(tuple(c) for c in cells))


def _median_text(days: list[int]) -> str:
    value = statistics.median(days)
    return str(int(value)) if value == int(value) else f"{value:.1f}"
