"""The evidence log: one entry per item with its full SHA-256 and custody, for the police."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Image, KeepTogether, Spacer, Table, TableStyle

from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.reports.common import (
    Translate,
    build_report,
    english,
    report_styles,
    unbroken,
)

CTX = "evidence_log"
TITLE = QT_TRANSLATE_NOOP("evidence_log", "Evidence log")
PAGE_OF = QT_TRANSLATE_NOOP("evidence_log", "Page {page} of {pages}")
NOTICE = QT_TRANSLATE_NOOP(
    "evidence_log",
    "Recorded by the school in an encrypted case file. Each stored item is unaltered; its "
    "SHA-256 was taken at intake. Sexual images of minors were never stored.",
)
# When an original was stored and removed later, "never stored" would not be true (W5-3).
NOTICE_REMOVED = QT_TRANSLATE_NOOP(
    "evidence_log",
    "Recorded by the school in an encrypted case file. Each stored item is unaltered; its "
    "SHA-256 was taken at intake. An original found later to be possibly a sexual image of a "
    "minor was removed from the case file; its entry says when.",
)
F_KIND = QT_TRANSLATE_NOOP("evidence_log", "Kind")
F_DESCRIPTION = QT_TRANSLATE_NOOP("evidence_log", "Description")
F_OBSERVED = QT_TRANSLATE_NOOP("evidence_log", "Happened (as told)")
F_SENT = QT_TRANSLATE_NOOP("evidence_log", "Sent (as told)")  # a message's "Sent at"
F_RECORDED = QT_TRANSLATE_NOOP("evidence_log", "Recorded (UTC)")
F_SOURCE = QT_TRANSLATE_NOOP("evidence_log", "Provided by / how")
F_COLLECTOR = QT_TRANSLATE_NOOP("evidence_log", "Collected by")
F_SHA = QT_TRANSLATE_NOOP("evidence_log", "SHA-256")
F_FILE = QT_TRANSLATE_NOOP("evidence_log", "File")
F_URL = QT_TRANSLATE_NOOP("evidence_log", "Address")
F_ACCOUNT = QT_TRANSLATE_NOOP("evidence_log", "Platform / account")
F_MESSAGE = QT_TRANSLATE_NOOP("evidence_log", "Message")
F_CUSTODY = QT_TRANSLATE_NOOP("evidence_log", "Custody")
F_TAKEDOWN = QT_TRANSLATE_NOOP("evidence_log", "Takedown")
# The row of a withheld image that says why the log holds no file (not a second "Description").
F_NOT_KEPT = QT_TRANSLATE_NOOP("evidence_log", "Why no file")
NOT_KEPT = QT_TRANSLATE_NOOP(
    "evidence_log", "Not kept on purpose: may be a sexual image of a minor."
)
# Where an image not kept is and who has seen it, each under its own label: in one sentence
# ("…: Snapchat; de mentor") a lone answer could not be told apart from the other.
F_WHERE = QT_TRANSLATE_NOOP("evidence_log", "Where it is")
# A stored file of a case that became a sexual case, not yet answered (walk G): the log shows no
# picture of it and says why, so the reader does not take the missing picture for a fault.
F_MINOR_QUESTION = QT_TRANSLATE_NOOP("evidence_log", "Question about minors")
NOT_ANSWERED = QT_TRANSLATE_NOOP(
    "evidence_log",
    "Not answered yet: may show a sexual image of a minor, so no picture is shown here.",
)
F_SEEN_BY = QT_TRANSLATE_NOOP("evidence_log", "Who has seen it")
CHAIN = QT_TRANSLATE_NOOP("evidence_log", "Audit chain head")
# When this copy was made, printed or saved as PDF alike (walk 14, W14-10).
VERIFIED = QT_TRANSLATE_NOOP("evidence_log", "Verification when this copy was made")
SIGN_ADVISER = QT_TRANSLATE_NOOP("evidence_log", "Signature of the adviser")
SIGN_OFFICER = QT_TRANSLATE_NOOP("evidence_log", "Signature of the receiving officer")
NAME_DATE = QT_TRANSLATE_NOOP("evidence_log", "Name and date")
# Printed and saved copies alike (walk 14, W14-10: a saved copy was listed as a print).
LOG_CUSTODY = QT_TRANSLATE_NOOP("evidence_log", "Earlier copies of this log")
NO_PRINTS = QT_TRANSLATE_NOOP("evidence_log", "This is the first copy of this log.")
NO_ITEMS = QT_TRANSLATE_NOOP("evidence_log", "No evidence has been recorded in this case.")


# The thumbnail's column, and the image inside it with room on each side: a 38 mm image in
# the 40 mm column, less the cell's padding, covered the box's right border (walk 16, W16-3).
THUMB_COLUMN = 40 * mm
THUMB_PADDING = 2 * mm
THUMB_SIDE = THUMB_COLUMN - 2 * THUMB_PADDING


@dataclass
class LogItem:
    number: str
    fields: list[tuple[str, str]]  # label (source text), value
    sha256: str = ""
    thumbnail: bytes | None = None
    custody: list[str] = field(default_factory=list)


@dataclass
class EvidenceLogData:
    case_number: str
    header: list[tuple[str, str]]
    items: list[LogItem]
    chain_head: str
    verification: str
    # The log's own custody: one line per earlier copy, printed or saved as PDF (the items
    # keep their own events).
    prints: list[str] = field(default_factory=list)
    originals_removed: bool = False


def render(data: EvidenceLogData, tr: Translate = english, thumbnails: bool = True) -> bytes:
    st = report_styles(body=(9, 12), small=(8, 10))
    p, small, mono, h1, h2 = st.p, st.small, st.mono, st.h1, st.h2

    story: list[Any] = [
        p(f"{tr(CTX, TITLE)} — {data.case_number}", h1),
        p(tr(CTX, NOTICE_REMOVED if data.originals_removed else NOTICE), small),
        Spacer(0, 3 * mm),
    ]
    header = Table(
        [[p(k), p(v)] for k, v in data.header], colWidths=[45 * mm, 125 * mm], hAlign="LEFT"
    )
    header.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey)]))
    story += [header, Spacer(0, 5 * mm)]
    if not data.items:
        story.append(p(tr(CTX, NO_ITEMS)))
    for item in data.items:
        rows = [[p(tr(CTX, label), small), p(value)] for label, value in item.fields if value]
        if item.sha256:
            rows.append([p(tr(CTX, F_SHA), small), p(item.sha256, mono)])
        if item.custody:
            rows.append([p(tr(CTX, F_CUSTODY), small), p("\n".join(item.custody), small)])
        details = Table(rows, colWidths=[35 * mm, 95 * mm if thumbnails else 135 * mm])
        details.setStyle(
            TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2)])
        )
        cells: list[Any] = [details]
        widths = [130 * mm if thumbnails else 170 * mm]
        if thumbnails:
            if item.thumbnail:
                image = Image(io.BytesIO(item.thumbnail))
                scale = min(THUMB_SIDE / image.imageWidth, THUMB_SIDE / image.imageHeight)
                image.drawWidth = image.imageWidth * scale
                image.drawHeight = image.imageHeight * scale
                cells.append(image)
            else:
                cells.append("")
            widths.append(THUMB_COLUMN)
        entry = Table([cells], colWidths=widths, hAlign="LEFT")
        entry.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                    ("LEFTPADDING", (1, 0), (1, 0), THUMB_PADDING),
                    ("RIGHTPADDING", (1, 0), (1, 0), THUMB_PADDING),
                    ("TOPPADDING", (1, 0), (1, 0), THUMB_PADDING),
                ]
            )
        )
        story.append(KeepTogether([p(item.number, h2), entry, Spacer(0, 4 * mm)]))
    sign = Table(
        [
            [p(tr(CTX, SIGN_ADVISER), small), p(tr(CTX, SIGN_OFFICER), small)],
            ["", ""],
            [p(tr(CTX, NAME_DATE), small), p(tr(CTX, NAME_DATE), small)],
        ],
        colWidths=[85 * mm, 85 * mm],
        rowHeights=[None, 18 * mm, None],
        hAlign="LEFT",
    )
    sign.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 1), (0, 1), 0.6, colors.black),
                ("LINEBELOW", (1, 1), (1, 1), 0.6, colors.black),
            ]
        )
    )
    # The closing section goes to the next page whole rather than leave the signatures alone
    # there (W13-4: three short items pushed just the signature block onto page 2). When many
    # earlier prints make it longer than a page, an unbroken group still keeps the last lines,
    # the chain head and the verification, on the signatures' page.
    story += [
        Spacer(0, 2 * mm),
        KeepTogether(
            [
                p(tr(CTX, LOG_CUSTODY), h2),
                p("\n".join(data.prints) if data.prints else tr(CTX, NO_PRINTS), small),
                unbroken(
                    [
                        Spacer(0, 4 * mm),
                        p(f"{tr(CTX, CHAIN)}: {data.chain_head}", small),
                        p(f"{tr(CTX, VERIFIED)}: {data.verification}", small),
                        Spacer(0, 8 * mm),
                        sign,
                    ],
                    170 * mm,
                ),
            ]
        ),
    ]
    return build_report(story, f"{tr(CTX, TITLE)} {data.case_number}", tr(CTX, PAGE_OF))
