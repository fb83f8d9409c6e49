"""The case summary PDF: header, scope, people (anonymous reporter masked), tasks, timeline."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table

from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.reports.common import (
    Translate,
    build_report,
    english,
    report_styles,
    ruled_table,
    table_then,
)

CTX = "case_summary"
TITLE = QT_TRANSLATE_NOOP("case_summary", "Case summary")
CONFIDENTIAL = QT_TRANSLATE_NOOP(
    "case_summary", "Confidential: contains personal data of students. Do not copy or forward."
)
PAGE_OF = QT_TRANSLATE_NOOP("case_summary", "Page {page} of {pages}")
H_CASE = QT_TRANSLATE_NOOP("case_summary", "Case")
H_SCOPE = QT_TRANSLATE_NOOP("case_summary", "Scope, impact and wishes")
H_PEOPLE = QT_TRANSLATE_NOOP("case_summary", "People")
H_TASKS = QT_TRANSLATE_NOOP("case_summary", "Tasks")
H_TIMELINE = QT_TRANSLATE_NOOP("case_summary", "Timeline")
COL_ROLE = QT_TRANSLATE_NOOP("case_summary", "Role")
COL_NAME = QT_TRANSLATE_NOOP("case_summary", "Name")
COL_DETAILS = QT_TRANSLATE_NOOP("case_summary", "School, class")
COL_TASK = QT_TRANSLATE_NOOP("case_summary", "Task")
COL_STATUS = QT_TRANSLATE_NOOP("case_summary", "Status")
COL_DUE = QT_TRANSLATE_NOOP("case_summary", "Due")
COL_WHEN = QT_TRANSLATE_NOOP("case_summary", "When")
COL_WHAT = QT_TRANSLATE_NOOP("case_summary", "What")
# Printed and saved copies alike: the PDF is made before it is printed or saved (W15-7).
CHAIN = QT_TRANSLATE_NOOP("case_summary", "Audit chain head when this copy was made")
MADE = QT_TRANSLATE_NOOP("case_summary", "Made on {date} by {adviser}, {school}")
MADE_NO_SCHOOL = QT_TRANSLATE_NOOP("case_summary", "Made on {date} by {adviser}")
NOBODY = QT_TRANSLATE_NOOP("case_summary", "No people recorded.")
H_MELDCODE = QT_TRANSLATE_NOOP("case_summary", "Meldcode")
COL_STEP = QT_TRANSLATE_NOOP("case_summary", "Step")
COL_DONE = QT_TRANSLATE_NOOP("case_summary", "Date, by")
COL_OUTCOME = QT_TRANSLATE_NOOP("case_summary", "Outcome and note")
MELDCODE_NOT_STARTED = QT_TRANSLATE_NOOP(
    "case_summary", "The Meldcode has not been started for this case."
)


@dataclass(frozen=True)
class PersonLine:
    role: str
    name: str
    details: str


@dataclass(frozen=True)
class TaskLine:
    section: str
    title: str
    status: str
    due: str
    note: str = ""
    overdue: bool = False


@dataclass(frozen=True)
class TimelineLine:
    when: str
    text: str


@dataclass(frozen=True)
class MeldcodeLine:
    step: str
    done: str  # date and who, or "" when the step is not taken
    outcome: str


@dataclass
class CaseSummaryData:
    number: str
    title: str
    facts: list[tuple[str, str]]  # label, value (already translated)
    scope: list[tuple[str, str]]
    people: list[PersonLine]
    tasks: list[TaskLine]
    timeline: list[TimelineLine]
    chain_head: str
    made_on: str
    adviser: str
    school: str
    description: str = ""
    meldcode: list[MeldcodeLine] = field(default_factory=list)  # empty: not started
    meldcode_status: str = ""
    meldcode_warnings: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


def render(data: CaseSummaryData, tr: Translate = english) -> bytes:
    st = report_styles(body=(9.5, 13), small=(8, 10))
    p, small, warn, h1, h2 = st.p, st.small, st.flag, st.h1, st.h2

    def table(rows: list[list[Any]], widths: list[float], header: bool = True) -> Table:
        return ruled_table(rows, widths, header=header)

    def head(*labels: str) -> list[Paragraph]:
        return [Paragraph(f"<b>{escape(tr(CTX, label))}</b>", small) for label in labels]

    story: list[Any] = [
        p(f"{tr(CTX, TITLE)} {data.number}", h1),
        p(data.title, h2),
        p(tr(CTX, CONFIDENTIAL), warn),
        Spacer(0, 4 * mm),
        table([[p(k), p(v)] for k, v in data.facts], [45 * mm, 125 * mm], header=False),
    ]
    if data.description:
        story += [Spacer(0, 2 * mm), p(data.description)]
    story += [
        Spacer(0, 5 * mm),
        p(tr(CTX, H_SCOPE), h2),
        table([[p(k), p(v)] for k, v in data.scope], [60 * mm, 110 * mm], header=False),
        Spacer(0, 5 * mm),
        p(tr(CTX, H_PEOPLE), h2),
    ]
    if data.people:
        rows = [head(COL_ROLE, COL_NAME, COL_DETAILS)]
        rows += [[p(x.role), p(x.name), p(x.details)] for x in data.people]
        story.append(table(rows, [45 * mm, 60 * mm, 65 * mm]))
    else:
        story.append(p(tr(CTX, NOBODY)))
    story += [Spacer(0, 5 * mm), p(tr(CTX, H_TASKS), h2)]
    rows = [head(COL_TASK, COL_STATUS, COL_DUE)]
    for task in data.tasks:
        title = f"{task.section}: {task.title}" + (f"\n— {task.note}" if task.note else "")
        due_style = warn if task.overdue else small
        rows.append([p(title, small), p(task.status, due_style), p(task.due, due_style)])
    # The due column holds the longest written date, "30 september 2026", on one line.
    story.append(table(rows, [109 * mm, 28 * mm, 33 * mm]))
    story += [Spacer(0, 5 * mm), p(tr(CTX, H_MELDCODE), h2)]
    if data.meldcode:
        if data.meldcode_status:
            story.append(p(data.meldcode_status, small))
        rows = [head(COL_STEP, COL_DONE, COL_OUTCOME)]
        rows += [
            [p(line.step, small), p(line.done or "—", small), p(line.outcome or "—", small)]
            for line in data.meldcode
        ]
        story.append(table(rows, [62 * mm, 38 * mm, 70 * mm]))
        story += [p("⚠ " + warning, warn) for warning in data.meldcode_warnings]
    else:
        story.append(p(tr(CTX, MELDCODE_NOT_STARTED)))
    story += [Spacer(0, 5 * mm), p(tr(CTX, H_TIMELINE), h2)]
    rows = [head(COL_WHEN, COL_WHAT)]
    rows += [[p(line.when, small), p(line.text, small)] for line in data.timeline]
    # The closing lines (who made it, when) go over a page break with the timeline's last
    # rows, never alone on a page (W13-4).
    story += table_then(
        rows,
        [43 * mm, 127 * mm],
        [
            Spacer(0, 6 * mm),
            p(f"{tr(CTX, CHAIN)}: {data.chain_head}", small),
            p(
                tr(CTX, MADE if data.school else MADE_NO_SCHOOL).format(
                    date=data.made_on, adviser=data.adviser, school=data.school
                ),
                small,
            ),
        ],
        header=True,
    )
    return build_report(story, f"{tr(CTX, TITLE)} {data.number}", tr(CTX, PAGE_OF))
