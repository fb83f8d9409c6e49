"""Shared report plumbing: the embedded Unicode font, translation hook, paragraph styles and
ruled tables of the case reports, and A4 output with a numbered footer."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.fonts import addMapping
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Table, TableStyle

from adviser_desk.resources import resources_dir

Translate = Callable[[str, str], str]

# Streams stay binary: ASCII85 (reportlab's default, for 7-bit mail transports nobody uses for
# PDFs now) made them a quarter larger and cost half of an image-heavy log's drawing time in
# pure Python. JPEG images then pass into the PDF unchanged.
rl_config.useA85 = 0

SANS = "AdviserSans"
SANS_BOLD = "AdviserSans-Bold"
SANS_ITALIC = "AdviserSans-Oblique"
SANS_BOLD_ITALIC = "AdviserSans-BoldOblique"
MONO = "AdviserMono"

# The shaded header row of a table, and the red of a flagged line.
HEADER_FILL = colors.HexColor("#e8eef3")
FLAG_RED = "#9a1c1c"


def english(context: str, text: str) -> str:
    del context
    return text


def register_fonts() -> None:
    """DejaVu is embedded so names like Şükrü, Łukasz and Nguyễn print on any computer."""
    if SANS in pdfmetrics.getRegisteredFontNames():
        return
    fonts = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(SANS, str(fonts / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(SANS_BOLD, str(fonts / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont(SANS_ITALIC, str(fonts / "DejaVuSans-Oblique.ttf")))
    pdfmetrics.registerFont(TTFont(SANS_BOLD_ITALIC, str(fonts / "DejaVuSans-BoldOblique.ttf")))
    pdfmetrics.registerFont(TTFont(MONO, str(fonts / "DejaVuSansMono.ttf")))
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS_ITALIC)
    addMapping(SANS, 1, 1, SANS_BOLD_ITALIC)


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of a case report; each report picks its own body and small sizes."""

    body: ParagraphStyle
    small: ParagraphStyle
    flag: ParagraphStyle  # small print in red: a line the checker flagged
    mono: ParagraphStyle  # fingerprints (SHA-256)
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        """Plain text as a paragraph (escaped, its line breaks kept), in body text unless told."""
        return Paragraph(escape(text).replace("\n", "<br/>"), style or self.body)


def report_styles(
    body: tuple[float, float], small: tuple[float, float], h1: tuple[float, float] = (17, 22)
) -> Styles:
    """Registers the fonts and makes the styles; each pair is (font size, leading) in points."""
    register_fonts()
    text = ParagraphStyle("body", fontName=SANS, fontSize=body[0], leading=body[1])
    smaller = ParagraphStyle("small", parent=text, fontSize=small[0], leading=small[1])
    return Styles(
        body=text,
        small=smaller,
        flag=ParagraphStyle("flag", parent=smaller, textColor=FLAG_RED),
        mono=ParagraphStyle("mono", parent=text, fontName=MONO, fontSize=7.5, leading=9.5),
        h1=ParagraphStyle("h1", parent=text, fontName=SANS_BOLD, fontSize=h1[0], leading=h1[1]),
        h2=ParagraphStyle("h2", parent=text, fontName=SANS_BOLD, fontSize=12, leading=16),
        h3=ParagraphStyle("h3", parent=text, fontName=SANS_BOLD, fontSize=10, leading=14),
    )


def ruled_table(
    rows: list[list[Any]],
    widths: Sequence[float],
    *,
    header: bool = False,
    padding: float = 3,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A left-aligned table, top-aligned, with a thin grey rule under each row; with
    ``header`` its first row is shaded and repeats on every page. ``extra``: more commands."""
    table = Table(rows, colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        *extra,
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
    table.setStyle(TableStyle(commands))
    return table


def table_then(
    rows: list[list[Any]],
    widths: Sequence[float],
    closing: list[Any],
    *,
    header: bool = False,
    tail: int = 2,
) -> list[Any]:
    """A ruled table and the closing lines after it, which never stand alone on a page: the
    table's last ``tail`` rows go over a page break with them, as a table of their own with
    the same columns and rules (so on one page the two read as one table)."""
    first = 1 if header else 0
    if len(rows) - first <= tail:
        return [KeepTogether([ruled_table(rows, widths, header=header), *closing])]
    return [
        ruled_table(rows[:-tail], widths, header=header),
        KeepTogether([ruled_table(rows[-tail:], widths), *closing]),
    ]


def unbroken(flowables: list[Any], width: float) -> Table:
    """Flowables that never part over a page break: one borderless cell, which reportlab does
    not split. (A KeepTogether inside another cannot do this: it reports an endless height to
    force its own split, so the outer one would always start a new page.)"""
    block = Table([[flowables]], colWidths=[width], hAlign="LEFT")
    block.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return block


def numbered_canvas(page_of: str, footer_left: str) -> type[Canvas]:
    """A canvas that prints ``footer_left`` and "page N of M" (``page_of`` with {page} and
    {pages}) on every page, once the total is known (two passes over the saved pages)."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(SANS, 8)
                self.setFillColor(colors.grey)
                self.drawString(20 * mm, 10 * mm, footer_left)
                label = page_of.format(page=self._pageNumber, pages=total)
                self.drawRightString(190 * mm, 10 * mm, label)
                super().showPage()
            super().save()

    return NumberedCanvas


def build_a4(
    story: list[Any],
    title: str,
    footer: str = "",
    page_of: str = "",
    *,
    side: float = 20 * mm,
    top: float = 18 * mm,
    bottom: float = 18 * mm,
    author: str = "Adviser Desk",
) -> bytes:
    """Builds an A4 PDF. With ``page_of``, every page carries the footer and "page N of M".

    Its CreationDate and ModDate are the moment it was made, in local time with the offset
    (walk 14, W14-14: reportlab's ``invariant`` mode, chosen for byte-identical output, dated
    every PDF 1 January 2000, which a police officer's viewer shows as "Created"). Nothing
    depends on rendering the same bytes twice: every recorded SHA-256 is taken of the very
    bytes written or printed. With SOURCE_DATE_EPOCH set (the tests set it), reportlab dates
    the PDF at that moment instead, and the same data gives the same bytes."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=side,
        rightMargin=side,
        topMargin=top,
        bottomMargin=bottom,
        title=title,
        author=author,
        invariant=0,
    )
    if page_of:
        doc.build(story, canvasmaker=numbered_canvas(page_of, footer))
    else:
        doc.build(story)
    return buffer.getvalue()


def build_report(story: list[Any], title: str, page_of: str) -> bytes:
    """A case report: every page says "Adviser Desk — ``title``" and "page N of M"."""
    return build_a4(story, title, f"Adviser Desk — {title}", page_of)
