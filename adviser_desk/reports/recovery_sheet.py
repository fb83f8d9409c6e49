"""The one-page recovery sheet: the recovery key on paper, with how and where to keep it."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.reports.common import (
    MONO,
    SANS,
    SANS_BOLD,
    Translate,
    build_a4,
    english,
    register_fonts,
)

CTX = "recovery_sheet"
TITLE = QT_TRANSLATE_NOOP("recovery_sheet", "Recovery sheet")
INTRO = QT_TRANSLATE_NOOP(
    "recovery_sheet",
    "This recovery key opens the case file below when the password is forgotten or the key "
    "file next to it is lost. Anyone who has this sheet and the case file can read every case "
    "in it: keep it locked away, apart from the laptop (for example in the school's safe).",
)
FOR_RECEIVER = QT_TRANSLATE_NOOP(
    "recovery_sheet",
    "Made for {receiver} with the cases handed over in this case file. Give this sheet to "
    "{receiver} in person, separately from the case file.",
)
CASE_FILE = QT_TRANSLATE_NOOP("recovery_sheet", "Case file")
CREATED = QT_TRANSLATE_NOOP("recovery_sheet", "Created")
IDENTIFIER = QT_TRANSLATE_NOOP("recovery_sheet", "Case file ID")
RECOVERY_KEY = QT_TRANSLATE_NOOP("recovery_sheet", "Recovery key")
HOW_TO = QT_TRANSLATE_NOOP(
    "recovery_sheet",
    "How to use it: open the case file in Adviser Desk, choose “Use recovery key” and type the "
    "key as printed here. Capitals, spaces and dashes do not matter, and a letter O counts as "
    "a zero (the key has no O). Then choose a new password.",
)
CHAIN = QT_TRANSLATE_NOOP("recovery_sheet", "Audit chain head when this sheet was made")
STORED = QT_TRANSLATE_NOOP("recovery_sheet", "Stored by, date and place")
NEVER = QT_TRANSLATE_NOOP(
    "recovery_sheet",
    "Never photograph this sheet, e-mail it, or keep it in the same bag as the laptop.",
)


@dataclass(frozen=True)
class RecoverySheetData:
    case_file_name: str
    case_file_id: str
    created: str  # already formatted in the adviser's local time
    recovery_key: str  # dash-separated groups (formatted()), printed with spaces
    chain_head: str
    receiver: str = ""  # the colleague a hand-over made the case file for


def render(data: RecoverySheetData, tr: Translate = english) -> bytes:
    register_fonts()
    body = ParagraphStyle("body", fontName=SANS, fontSize=10.5, leading=15)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, textColor="#444444")
    title = ParagraphStyle("title", parent=body, fontName=SANS_BOLD, fontSize=20, leading=26)
    key_style = ParagraphStyle(
        "key", fontName=MONO, fontSize=19, leading=30, alignment=1, textColor="#000000"
    )
    groups = data.recovery_key.split("-")
    key_lines = [" ".join(groups[i : i + 3]) for i in range(0, len(groups), 3)]
    key_table = Table(
        [[Paragraph("<br/>".join(escape(line) for line in key_lines), key_style)]],
        colWidths=[160 * mm],
        hAlign="LEFT",
    )
    key_table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.5, colors.black),
                ("TOPPADDING", (0, 0), (-1, -1), 10),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
            ]
        )
    )
    facts = Table(
        [
            [
                Paragraph(escape(tr(CTX, CASE_FILE)), body),
                Paragraph(escape(data.case_file_name), body),
            ],
            [Paragraph(escape(tr(CTX, CREATED)), body), Paragraph(escape(data.created), body)],
            [
                Paragraph(escape(tr(CTX, IDENTIFIER)), body),
                Paragraph(escape(data.case_file_id), body),
            ],
        ],
        colWidths=[40 * mm, 120 * mm],
        hAlign="LEFT",
    )
    facts.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, -1), 0)])
    )
    stored = Table([[""]], colWidths=[160 * mm], rowHeights=[18 * mm], hAlign="LEFT")
    stored.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.grey)]))
    story = [
        Paragraph(escape(f"Adviser Desk — {tr(CTX, TITLE)}"), title),
        Spacer(0, 4 * mm),
        Paragraph(escape(tr(CTX, INTRO)), body),
        *(
            [
                Spacer(0, 3 * mm),
                Paragraph(
                    f"<b>{escape(tr(CTX, FOR_RECEIVER).format(receiver=data.receiver))}</b>", body
                ),
            ]
            if data.receiver
            else []
        ),
        Spacer(0, 6 * mm),
        facts,
        Spacer(0, 8 * mm),
        Paragraph(f"<b>{escape(tr(CTX, RECOVERY_KEY))}</b>", body),
        Spacer(0, 2 * mm),
        key_table,
        Spacer(0, 6 * mm),
        Paragraph(escape(tr(CTX, HOW_TO)), body),
        Spacer(0, 3 * mm),
        Paragraph(f"<b>{escape(tr(CTX, NEVER))}</b>", body),
        Spacer(0, 10 * mm),
        Paragraph(escape(tr(CTX, STORED)), body),
        Spacer(0, 2 * mm),
        stored,
        Spacer(0, 10 * mm),
        Paragraph(f"{escape(tr(CTX, CHAIN))}: {escape(data.chain_head)}", small),
    ]
    title_text = f"Adviser Desk — {tr(CTX, TITLE)}"
    return build_a4(story, title_text, side=25 * mm, top=22 * mm, bottom=20 * mm)
