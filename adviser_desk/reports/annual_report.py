"""The anonymised annual report as PDF and CSV: counts only, already suppressed below five."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table

from adviser_desk.domain.annual_report import HIDDEN, SMALL, AnnualReport
from adviser_desk.domain.annual_report import Table as CountTable
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.reports.common import (
    SANS,
    SANS_BOLD,
    Translate,
    build_report,
    english,
    report_styles,
    ruled_table,
)

CTX = "annual_report"
TITLE = QT_TRANSLATE_NOOP("annual_report", "Annual report {year}: online abuse and exposure")
SUBTITLE = QT_TRANSLATE_NOOP("annual_report", "Anonymised account of the confidential adviser")
PRIVACY = QT_TRANSLATE_NOOP(
    "annual_report",
    "This report holds counts only: no names, case numbers or case details. Every count below "
    "5 is shown as \u201c<5\u201d, and a count that could be worked out from a total is hidden "
    "as \u201cx\u201d, so that no student can be recognised, not even at a small school.",
)
PAGE_OF = QT_TRANSLATE_NOOP("annual_report", "Page {page} of {pages}")
H_TOTAL = QT_TRANSLATE_NOOP("annual_report", "Cases opened in {year}: {count}")
H_TYPES = QT_TRANSLATE_NOOP("annual_report", "Cases by incident type and month opened")
TYPES_NOTE = QT_TRANSLATE_NOOP(
    "annual_report",
    "A case can have several incident types, so the rows add up to more than the cases.",
)
H_OUTCOME = QT_TRANSLATE_NOOP("annual_report", "How the cases stand at the time of this report")
H_ENDED = QT_TRANSLATE_NOOP("annual_report", "How the closed cases ended")
ENDED_NOTE = QT_TRANSLATE_NOOP(
    "annual_report",
    "The main outcome recorded when a case was closed; \u201cNot recorded\u201d counts closed "
    "cases without one (among them cases closed before the outcome was asked).",
)
H_POLICE = QT_TRANSLATE_NOOP("annual_report", "Police")
H_REFERRALS = QT_TRANSLATE_NOOP("annual_report", "Referrals made (a protocol task done)")
H_MELDCODE = QT_TRANSLATE_NOOP("annual_report", "Meldcode")
H_DURATION = QT_TRANSLATE_NOOP("annual_report", "Duration")
VEILIG_THUIS = QT_TRANSLATE_NOOP("annual_report", "Cases reported to Veilig Thuis")
MEDIAN = QT_TRANSLATE_NOOP(
    "annual_report", "Median days from opening to closing: {days} (over {closed} closed cases)"
)
MEDIAN_HIDDEN = QT_TRANSLATE_NOOP(
    "annual_report",
    "Median duration not shown: fewer than 5 cases of this year are closed.",
)
COL_CASES = QT_TRANSLATE_NOOP("annual_report", "Cases")
COL_TYPE = QT_TRANSLATE_NOOP("annual_report", "Incident type")
COL_TOTAL = QT_TRANSLATE_NOOP("annual_report", "Total")
ROW_ALL = QT_TRANSLATE_NOOP("annual_report", "All cases")
MADE = QT_TRANSLATE_NOOP("annual_report", "Made on {date} by {adviser}, {school}")
LEGEND = QT_TRANSLATE_NOOP(
    "annual_report",
    "<5: fewer than five (zero included). x: hidden so that a count below five cannot be "
    "worked out from the total.",
)


@dataclass(frozen=True)
class Labels:
    """Translated names for the rows of the tables, by their keys."""

    incident_types: Mapping[str, str]
    outcomes: Mapping[str, str]
    endings: Mapping[str, str]
    police: Mapping[str, str]
    referrals: Mapping[str, str]
    months: tuple[str, ...]  # twelve short month names


@dataclass(frozen=True)
class Heading:
    school: str
    adviser: str
    made_on: str


def render(
    report: AnnualReport, labels: Labels, heading: Heading, tr: Translate = english
) -> bytes:
    st = report_styles(body=(9.5, 13), small=(7.5, 9.5), h1=(16, 21))
    p, body, small, h1, h2 = st.p, st.body, st.small, st.h1, st.h2

    def grid(rows: list[list[Any]], widths: list[float]) -> Table:
        return ruled_table(
            rows,
            widths,
            header=True,
            padding=2,
            extra=[
                ("FONT", (0, 0), (-1, -1), SANS, 7.5),
                ("FONT", (0, 0), (-1, 0), SANS_BOLD, 7.5),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ],
        )

    def one_column(table: CountTable, names: Mapping[str, str]) -> Table:
        rows: list[list[Any]] = [["", tr(CTX, COL_CASES)]]
        rows += [
            [p(names.get(k, k), small), v[0]] for k, v in zip(table.rows, table.cells, strict=True)
        ]
        return grid(rows, [120 * mm, 25 * mm])

    types = report.by_type_and_month
    head: list[Any] = [tr(CTX, COL_TYPE), *labels.months, tr(CTX, COL_TOTAL)]
    rows: list[list[Any]] = [head]
    rows += [
        [p(labels.incident_types.get(k, k), small), *cells]
        for k, cells in zip(types.rows, types.cells, strict=True)
    ]
    if types.total_row is not None:
        rows.append([p(tr(CTX, ROW_ALL), small), *types.total_row])
    if report.median_days is None:
        duration = tr(CTX, MEDIAN_HIDDEN)
    else:
        duration = tr(CTX, MEDIAN).format(days=report.median_days, closed=report.closed)
    story: list[Any] = [
        p(tr(CTX, TITLE).format(year=report.year), h1),
        p(tr(CTX, SUBTITLE) + (f" \u2014 {heading.school}" if heading.school else ""), body),
        Spacer(0, 2 * mm),
        p(tr(CTX, PRIVACY), small),
        Spacer(0, 4 * mm),
        p(tr(CTX, H_TOTAL).format(year=report.year, count=report.cases), h2),
        Spacer(0, 2 * mm),
        p(tr(CTX, H_TYPES), h2),
        grid(rows, [46 * mm] + [9.2 * mm] * 12 + [13 * mm]),
        p(tr(CTX, TYPES_NOTE), small),
        Spacer(0, 4 * mm),
        p(tr(CTX, H_OUTCOME), h2),
        one_column(report.outcome, labels.outcomes),
        Spacer(0, 4 * mm),
        p(tr(CTX, H_ENDED), h2),
        one_column(report.ended, labels.endings),
        p(tr(CTX, ENDED_NOTE), small),
        Spacer(0, 4 * mm),
        p(tr(CTX, H_POLICE), h2),
        one_column(report.police, labels.police),
        Spacer(0, 4 * mm),
        p(tr(CTX, H_MELDCODE), h2),
        p(f"{tr(CTX, VEILIG_THUIS)}: {report.veilig_thuis}"),
        Spacer(0, 4 * mm),
        p(tr(CTX, H_REFERRALS), h2),
        one_column(report.referrals, labels.referrals),
        Spacer(0, 4 * mm),
        # The closing lines (the legend, who made it) go over a page break with the last
        # section, never alone on a page (W13-4).
        KeepTogether(
            [
                p(tr(CTX, H_DURATION), h2),
                p(duration),
                Spacer(0, 6 * mm),
                p(tr(CTX, LEGEND), small),
                p(
                    tr(CTX, MADE).format(
                        date=heading.made_on,
                        adviser=heading.adviser,
                        school=heading.school or "\u2014",
                    ),
                    small,
                ),
            ]
        ),
    ]
    return build_report(story, tr(CTX, TITLE).format(year=report.year), tr(CTX, PAGE_OF))


CSV_TABLE = QT_TRANSLATE_NOOP("annual_report", "Table")
CSV_ROW = QT_TRANSLATE_NOOP("annual_report", "Row")
CSV_COLUMN = QT_TRANSLATE_NOOP("annual_report", "Column")
CSV_VALUE = QT_TRANSLATE_NOOP("annual_report", "Count")
CSV_MEDIAN = QT_TRANSLATE_NOOP("annual_report", "Median days from opening to closing")
CSV_CLOSED = QT_TRANSLATE_NOOP("annual_report", "Closed cases")


def csv_text(
    report: AnnualReport, labels: Labels, tr: Translate = english, delimiter: str = ","
) -> str:
    """One count per line (table, row, column, count) in the report's language, with the same
    suppression as the PDF, so it sorts and filters in a spreadsheet."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([tr(CTX, x) for x in (CSV_TABLE, CSV_ROW, CSV_COLUMN, CSV_VALUE)])
    cases, total, all_cases = tr(CTX, COL_CASES), tr(CTX, COL_TOTAL), tr(CTX, ROW_ALL)
    writer.writerow((cases, all_cases, cases, report.cases))
    types = report.by_type_and_month
    by_type = tr(CTX, H_TYPES)
    columns = [*labels.months, total]
    for key, cells in zip(types.rows, types.cells, strict=True):
        for column, value in zip(columns, cells, strict=True):
            writer.writerow((by_type, labels.incident_types.get(key, key), column, value))
    if types.total_row is not None:
        for column, value in zip(columns, types.total_row, strict=True):
            writer.writerow((by_type, all_cases, column, value))
    for heading, table, names in (
        (H_OUTCOME, report.outcome, labels.outcomes),
        (H_ENDED, report.ended, labels.endings),
        (H_POLICE, report.police, labels.police),
        (H_REFERRALS, report.referrals, labels.referrals),
    ):
        for key, cells in zip(table.rows, table.cells, strict=True):
            writer.writerow((tr(CTX, heading), names.get(key, key), cases, cells[0]))
    writer.writerow((tr(CTX, H_MELDCODE), tr(CTX, VEILIG_THUIS), cases, report.veilig_thuis))
    median = HIDDEN if report.median_days is None else report.median_days
    duration = tr(CTX, H_DURATION)
    writer.writerow((duration, tr(CTX, CSV_MEDIAN), tr(CTX, CSV_CLOSED), median))
    writer.writerow((duration, tr(CTX, CSV_CLOSED), cases, report.closed))
    return out.getvalue()


__all__ = ["HIDDEN", "SMALL", "Heading", "Labels", "csv_text", "render"]
