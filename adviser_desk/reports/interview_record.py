"""The interview record PDF: who, when and where; the lines verbatim with their time; the
checklist; what was agreed; and how the questions were asked (NICHD-style statistics)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.reports.common import (
    SANS,
    Translate,
    build_report,
    english,
    report_styles,
    ruled_table,
)

CTX = "interview_record"
TITLE = QT_TRANSLATE_NOOP("interview_record", "Interview record")
PAGE_OF = QT_TRANSLATE_NOOP("interview_record", "Page {page} of {pages}")
CONFIDENTIAL = QT_TRANSLATE_NOOP(
    "interview_record", "Confidential: the student's answers are recorded verbatim."
)
H_LINES = QT_TRANSLATE_NOOP("interview_record", "Conversation")
H_CHECKLIST = QT_TRANSLATE_NOOP("interview_record", "Checklist")
H_AGREED = QT_TRANSLATE_NOOP("interview_record", "Agreements")
H_WISHES = QT_TRANSLATE_NOOP("interview_record", "The student's wishes")
H_FOLLOW_UP = QT_TRANSLATE_NOOP("interview_record", "Follow-up tasks")
H_MAY_TELL = QT_TRANSLATE_NOOP("interview_record", "Who may be told")
NOT_ASKED = QT_TRANSLATE_NOOP("interview_record", "Not decided in this conversation.")
NOBODY_YET = QT_TRANSLATE_NOOP("interview_record", "Nobody ticked when it was closed.")
NOT_CLOSED = QT_TRANSLATE_NOOP(
    "interview_record", "This conversation is still open: agreements and follow-up come later."
)
H_STATS = QT_TRANSLATE_NOOP("interview_record", "How the questions were asked")
COL_TIME = QT_TRANSLATE_NOOP("interview_record", "Time")
COL_WHO = QT_TRANSLATE_NOOP("interview_record", "Who")
COL_WHAT = QT_TRANSLATE_NOOP("interview_record", "Said")
COL_NOTE = QT_TRANSLATE_NOOP("interview_record", "Check")
# Counts after their words, so one form reads right for 1 and for 12 ("1 vragen" did not).
STATS_LINE = QT_TRANSLATE_NOOP(
    "interview_record",
    "Questions asked: {total}. Open: {open}; yes/no or either/or: {option}; suggestive: "
    "{suggestive}; blaming: {blaming}; with a secrecy promise: {secrecy}.",
)
LAYERS_LINE = QT_TRANSLATE_NOOP(
    "interview_record",
    "Findings: {rule} from the checker's rules (listed phrasings), {semantic} from its "
    "semantic layer (resembles labelled examples).",
)
# Printed and saved copies alike: the PDF is made before it is printed or saved (W15-7).
CHAIN = QT_TRANSLATE_NOOP("interview_record", "Audit chain head when this copy was made")
NOT_TICKED = QT_TRANSLATE_NOOP("interview_record", "not ticked")


@dataclass(frozen=True)
class RecordLine:
    time: str
    speaker: str
    text: str
    findings: str = ""


@dataclass
class InterviewRecordData:
    case_number: str
    heading: list[tuple[str, str]]  # label, value
    lines: list[RecordLine]
    checklist: list[tuple[str, str]]  # item, tick time or "not ticked"
    agreements: str
    wishes: str
    stats: dict[str, float]
    chain_head: str
    conversation: str = ""  # the kind of conversation, named under the title
    follow_up: list[str] = field(default_factory=list)  # the closing's follow-up task titles
    may_tell: str = ""  # who may be told, as the closing recorded it (written out)
    closed: bool = True


def render(data: InterviewRecordData, tr: Translate = english) -> bytes:
    st = report_styles(body=(9.5, 13), small=(8.5, 11))
    p, small, flag, h1, h2, h3 = st.p, st.small, st.flag, st.h1, st.h2, st.h3

    def head(*labels: str) -> list[Paragraph]:
        return [Paragraph(f"<b>{escape(tr(CTX, label))}</b>", small) for label in labels]

    total = int(data.stats.get("total", 0))

    def count(key: str) -> int:
        return round(data.stats.get(key, 0.0) * total)

    story: list[Any] = [
        p(f"{tr(CTX, TITLE)} — {data.case_number}", h1),
        *([p(data.conversation, h2)] if data.conversation else []),
        p(tr(CTX, CONFIDENTIAL), small),
        Spacer(0, 3 * mm),
        ruled_table([[p(k), p(v)] for k, v in data.heading], [40 * mm, 130 * mm], header=False),
        Spacer(0, 5 * mm),
        p(tr(CTX, H_LINES), h2),
    ]
    rows = [head(COL_TIME, COL_WHO, COL_WHAT, COL_NOTE)]
    for line in data.lines:
        rows.append(
            [
                p(line.time, small),
                p(line.speaker, small),
                p(line.text, small),
                p(line.findings, flag),
            ]
        )
    # The speaker column is as wide as its longest word ("Vertrouwenspersoon"), so no role is
    # broken in the middle of a word; the text column gives way.
    longest = max(
        (stringWidth(w, SANS, small.fontSize) for line in data.lines for w in line.speaker.split()),
        default=0.0,
    )
    who = min(max(22 * mm, longest + 14), 40 * mm)  # + cell padding (3 + 6 pt) and slack
    story.append(ruled_table(rows, [16 * mm, who, 119 * mm - who, 35 * mm], header=True))
    story += [Spacer(0, 5 * mm), p(tr(CTX, H_CHECKLIST), h2)]
    story.append(
        ruled_table(
            [[p(item, small), p(when, small)] for item, when in data.checklist],
            [130 * mm, 40 * mm],
            header=False,
        )
    )
    story += [Spacer(0, 5 * mm), p(tr(CTX, H_AGREED), h2)]
    if not data.closed:
        story.append(p(tr(CTX, NOT_CLOSED)))
    else:
        story += [
            p(data.agreements or "—"),
            Spacer(0, 3 * mm),
            p(tr(CTX, H_FOLLOW_UP), h3),
            *([p(f"• {title}") for title in data.follow_up] if data.follow_up else [p("—")]),
            Spacer(0, 3 * mm),
            p(tr(CTX, H_MAY_TELL), h3),
            p(data.may_tell or "—"),
        ]
        if data.wishes:
            story += [Spacer(0, 3 * mm), p(tr(CTX, H_WISHES), h3), p(data.wishes)]
    story += [
        Spacer(0, 5 * mm),
        # The heading, its figures and the closing line stay on one page: the closing line
        # never stands alone on one (W13-4).
        KeepTogether(
            [
                p(tr(CTX, H_STATS), h2),
                p(
                    tr(CTX, STATS_LINE).format(
                        total=total,
                        open=count("open"),
                        option=count("option_posing"),
                        suggestive=count("suggestive"),
                        blaming=count("blaming"),
                        secrecy=count("secrecy_promise"),
                    )
                ),
                p(
                    tr(CTX, LAYERS_LINE).format(
                        rule=int(data.stats.get("rule_findings", 0)),
                        semantic=int(data.stats.get("semantic_findings", 0)),
                    )
                ),
                Spacer(0, 6 * mm),
                p(f"{tr(CTX, CHAIN)}: {data.chain_head}", small),
            ]
        ),
    ]
    return build_report(story, f"{tr(CTX, TITLE)} {data.case_number}", tr(CTX, PAGE_OF))
