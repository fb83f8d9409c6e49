"""The annual report counts without ever showing a count below five, directly or by sum."""

from __future__ import annotations

from datetime import date

from adviser_desk.domain import annual_report as dar
from adviser_desk.domain.cases import CaseStatus, IncidentType, PoliceReport

REFERRALS = ("helpwanted", "police", "veilig_thuis")


def case(
    month: int,
    types: tuple[IncidentType, ...] = (IncidentType.CYBERBULLYING,),
    status: CaseStatus = CaseStatus.CLOSED,
    days: int | None = 30,
    police: PoliceReport = PoliceReport.NONE,
    referrals: frozenset[str] = frozenset(),
    reported: bool = False,
    year: int = 2026,
) -> dar.CaseFacts:
    opened = date(year, month, 1)
    closed = date.fromordinal(opened.toordinal() + days) if days is not None else None
    return dar.CaseFacts(opened, closed, status, types, police, referrals, reported)


def test_counts_below_five_and_zero_print_as_small() -> None:
    assert [dar.small(n) for n in (0, 1, 4, 5, 12)] == ["<5", "<5", "<5", "5", "12"]


def test_secondary_suppression_hides_a_cell_that_a_total_would_give_away() -> None:
    cells = dar.suppress([[9, 3]], row_totals=[12])
    assert cells == [["x", "<5"]]
    # Two hidden cells already: nothing can be worked out, nothing more is hidden.
    assert dar.suppress([[9, 3, 2]], row_totals=[14]) == [["9", "<5", "<5"]]
    # A total below the threshold is itself hidden, so it gives nothing away.
    assert dar.suppress([[3, 0]], row_totals=[3]) == [["<5", "<5"]]


def test_secondary_suppression_follows_columns_too() -> None:
    cells = dar.suppress([[6], [7], [2]], column_totals=[15])
    assert sorted(c[0] for c in cells) == ["7", "<5", "x"]
    assert cells[0] == ["x"]  # the smallest visible cell goes


def test_a_small_school_year_shows_no_count_below_five() -> None:
    facts = [
        case(1, (IncidentType.EXPOSING,), police=PoliceReport.REPORT, reported=True),
        case(1, (IncidentType.EXPOSING, IncidentType.THREATS), referrals=frozenset({"police"})),
        case(3, status=CaseStatus.OPEN, days=None),
        case(3, year=2025),  # another year: not counted
    ]
    report = dar.build(2026, facts, REFERRALS)
    assert report.cases == "<5"
    assert report.veilig_thuis == "<5"
    assert report.median_days is None  # fewer than five closed cases
    every_cell = [c for row in report.by_type_and_month.cells for c in row]
    assert report.by_type_and_month.total_row is not None
    every_cell += list(report.by_type_and_month.total_row)
    for table in (report.outcome, report.police, report.referrals):
        every_cell += [c for row in table.cells for c in row]
    assert set(every_cell) == {"<5"}


def test_a_larger_year_counts_by_type_month_outcome_police_and_referral() -> None:
    facts = [case(2, (IncidentType.CYBERBULLYING,), days=10) for _ in range(6)]
    facts += [
        case(
            2,
            (IncidentType.EXPOSING,),
            days=20,
            police=PoliceReport.REPORT,
            referrals=frozenset({"helpwanted"}),
        )
        for _ in range(7)
    ]
    facts += [
        case(5, (IncidentType.EXPOSING,), status=CaseStatus.OPEN, days=None) for _ in range(2)
    ]
    report = dar.build(2026, facts, REFERRALS)
    assert report.cases == "15"
    rows = dict(zip(report.by_type_and_month.rows, report.by_type_and_month.cells, strict=True))
    assert rows["cyberbullying"][1] == "6" and rows["cyberbullying"][12] == "6"
    # Exposing: 7 in February, 2 in May, total 9; the other months' zeros are hidden as "<5"
    # too, so the total gives no single month away.
    assert rows["exposing"][1] == "7" and rows["exposing"][4] == "<5"
    assert rows["exposing"][12] == "9"
    outcome = dict(zip(report.outcome.rows, (c[0] for c in report.outcome.cells), strict=True))
    assert outcome["closed"] == "13"
    # open 2 is small; monitoring 0 is small too: two hidden cells, nothing more to hide.
    assert outcome["open"] == "<5" and outcome["monitoring"] == "<5"
    police = dict(zip(report.police.rows, (c[0] for c in report.police.cells), strict=True))
    # Notice (0) is the only hidden cell of a shown total of 15: 15 - 8 - 7 would give it
    # away, so the smaller visible count is hidden as well.
    assert police == {"none": "8", "notice": "<5", "report": "x"}
    referrals = dict(
        zip(report.referrals.rows, (c[0] for c in report.referrals.cells), strict=True)
    )
    assert referrals["helpwanted"] == "7" and referrals["police"] == "<5"
    assert report.median_days == "20" and report.closed == "13"
