"""Issue 15's rows (speed and memory goals), collected while the benchmarks run and printed as
one table at the end of ``make bench``: the figure measured now, the goal, the figure the issue
started from, whether the goal holds, and the load average when the row was measured (this
2-core machine is shared, and load moves wall times; the ratios are paired and alternating).
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    what: str
    now: str
    goal: str
    before: str
    met: bool
    load: float


ROWS: list[Row] = []


def record(what: str, now: str, goal: str, before: str, met: bool) -> None:
    ROWS.append(Row(what, now, goal, before, met, os.getloadavg()[0]))


def table() -> str:
    if not ROWS:
        return ""
    header = ("issue 15 row", "now", "goal", "before (issue)", "met", "load")
    lines = [
        (r.what, r.now, r.goal, r.before, "yes" if r.met else "NO", f"{r.load:.1f}") for r in ROWS
    ]
    widths = [max(len(line[i]) for line in [header, *lines]) for i in range(len(header))]

    def row(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([row(header), rule, *(row(line) for line in lines)])


def print_table() -> None:
    text = table()
    if text:
        print(f"\nIssue 15, on this machine ({os.cpu_count()} cores):\n{text}")
