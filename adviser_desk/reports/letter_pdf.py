"""A letter as an A4 PDF: the school's letterhead (for school letters), then the body.

The body comes as the HTML the editor keeps (Qt's rich text, or a fresh draft): paragraphs,
bulleted and numbered lists, bold, italic, underline and line breaks. Anything else in the
HTML (styles, fonts, colours, the highlights of unchecked fields) is ignored, so every letter
prints in the same plain house style. The same letter at the same moment gives the same bytes.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Image, KeepTogether, Paragraph, Spacer, Table, TableStyle

from adviser_desk.reports.common import SANS, SANS_BOLD, build_a4, register_fonts


@dataclass(frozen=True)
class Letterhead:
    school_name: str
    address: str = ""  # several lines
    logo: bytes | None = None  # PNG or JPEG


@dataclass
class Block:
    text: str  # reportlab paragraph markup
    bullet: str = ""  # "•" or "3." for list items


@dataclass
class _State:
    bold: int = 0
    italic: int = 0
    underline: int = 0
    spans: list[tuple[bool, bool, bool]] = field(default_factory=list)


def _tags(bold: bool, italic: bool, underline: bool, closing: bool = False) -> str:
    tags = [t for t, on in (("b", bold), ("i", italic), ("u", underline)) if on]
    if closing:
        return "".join(f"</{t}>" for t in reversed(tags))
    return "".join(f"<{t}>" for t in tags)


class _BodyParser(HTMLParser):
    """Qt rich text or draft HTML -> blocks of reportlab markup."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self._parts: list[str] = []
        self._lists: list[list[int]] = []  # per open list: [ordered, counter]
        self._bullet = ""
        self._state = _State()
        self._skip = 0  # inside <head>, <style>, <title>
        self._inside = False  # in a <p> or <li>: only there is an empty block an empty line

    def _open(self) -> bool:
        return bool(self._parts) or self._bullet != ""

    def _flush(self) -> None:
        text = "".join(self._parts).strip()
        while text.endswith("<br/>"):
            text = text[: -len("<br/>")].rstrip()
        if text or self._bullet:
            self.blocks.append(Block(text, self._bullet))
        elif self._open():
            self.blocks.append(Block(""))
        self._parts = []
        self._bullet = ""
        self._inside = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        style = (dict(attrs).get("style") or "").replace(" ", "").lower()
        if tag in ("head", "style", "title", "script"):
            self._skip += 1
        elif tag == "p":
            self._flush()
            self._inside = True
        elif tag in ("ul", "ol"):
            self._flush()
            self._lists.append([tag == "ol" or "list-style-type:decimal" in style, 0])
        elif tag == "li":
            self._flush()
            if self._lists:
                self._lists[-1][1] += 1
                ordered, count = self._lists[-1]
                self._bullet = f"{count}." if ordered else "•"
            else:
                self._bullet = "•"
            self._inside = True
        elif tag == "br":
            self._parts.append("<br/>")
        elif tag in ("b", "strong"):
            self._parts.append("<b>")
        elif tag in ("i", "em"):
            self._parts.append("<i>")
        elif tag == "u":
            self._parts.append("<u>")
        elif tag == "span":
            bold = any(f"font-weight:{w}" in style for w in ("600", "700", "800", "900", "bold"))
            italic = "font-style:italic" in style
            underline = "text-decoration:underline" in style
            self._state.spans.append((bold, italic, underline))
            self._parts.append(_tags(bold, italic, underline))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("head", "style", "title", "script"):
            self._skip = max(0, self._skip - 1)
        elif tag in ("p", "li"):
            self._flush()
        elif tag in ("ul", "ol"):
            self._flush()
            if self._lists:
                self._lists.pop()
        elif tag in ("b", "strong"):
            self._parts.append("</b>")
        elif tag in ("i", "em"):
            self._parts.append("</i>")
        elif tag == "u":
            self._parts.append("</u>")
        elif tag == "span" and self._state.spans:
            bold, italic, underline = self._state.spans.pop()
            self._parts.append(_tags(bold, italic, underline, closing=True))

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if not self._inside and not data.strip():
            # The line breaks Qt writes between </li> and <li> (walk 4, W9): printed as an
            # empty paragraph they put a blank line between every list item.
            return
        # Qt writes a soft line break (Shift+Enter) as U+2028.
        text = escape(data.replace("\n", " "), quote=False).replace("\u2028", "<br/>")
        self._parts.append(text)

    def close(self) -> None:
        super().close()
        self._flush()


def body_blocks(html: str) -> list[Block]:
    parser = _BodyParser()
    parser.feed(html)
    parser.close()
    # Empty paragraphs at the start or end only add space.
    blocks = parser.blocks
    while blocks and not blocks[0].text and not blocks[0].bullet:
        blocks.pop(0)
    while blocks and not blocks[-1].text and not blocks[-1].bullet:
        blocks.pop()
    return blocks


def _letterhead(head: Letterhead, small: ParagraphStyle, name: ParagraphStyle) -> Table:
    right = [Paragraph(escape(head.school_name), name)]
    right += [Paragraph(escape(line), small) for line in head.address.splitlines() if line.strip()]
    logo: Any = ""
    if head.logo:
        image = Image(io.BytesIO(head.logo))
        scale = min(45 * mm / image.imageWidth, 22 * mm / image.imageHeight)
        image.drawWidth = image.imageWidth * scale
        image.drawHeight = image.imageHeight * scale
        image.hAlign = "LEFT"
        logo = image
    table = Table([[logo, right]], colWidths=[55 * mm, 105 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#7a8a99")),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 4 * mm),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
            ]
        )
    )
    return table


def _paragraph(markup: str, style: ParagraphStyle, bullet: str | None = None) -> Paragraph:
    try:
        return Paragraph(markup, style, bulletText=bullet)
    except ValueError:
        # Tags left unbalanced by odd pasted HTML: print the words without their styling.
        plain = re.sub(r"<(?!br/>)[^>]*>", "", markup)
        return Paragraph(plain, style, bulletText=bullet)


# The longest text read as a greeting on its own line ("Met vriendelijke groet," is 23).
GREETING_LENGTH = 40


def _plain(markup: str) -> str:
    return re.sub(r"<[^>]*>", "", markup).strip()


def render(html: str, title: str, letterhead: Letterhead | None = None) -> bytes:
    """The letter as PDF bytes (A4, 25 mm margins, embedded DejaVu)."""
    register_fonts()
    body = ParagraphStyle("body", fontName=SANS, fontSize=10.5, leading=15, spaceAfter=9)
    item = ParagraphStyle("item", parent=body, leftIndent=8 * mm, bulletIndent=2 * mm, spaceAfter=3)
    small = ParagraphStyle("small", fontName=SANS, fontSize=9, leading=12, alignment=TA_RIGHT)
    name = ParagraphStyle("name", fontName=SANS_BOLD, fontSize=13, leading=17, alignment=TA_RIGHT)
    story: list[Any] = []
    if letterhead is not None:
        story += [_letterhead(letterhead, small, name), Spacer(0, 12 * mm)]
    blocks = body_blocks(html)
    flowables: list[Any] = []
    for index, block in enumerate(blocks):
        if block.bullet:
            last = index + 1 == len(blocks) or not blocks[index + 1].bullet
            style = ParagraphStyle(f"item{index}", parent=item, spaceAfter=9 if last else 3)
            flowables.append(_paragraph(block.text, style, block.bullet))
        elif block.text:
            flowables.append(_paragraph(block.text, body))
        else:
            flowables.append(Spacer(0, 4 * mm))
    # The signature (the last block) goes over a page break together with the paragraph
    # before it, never alone on a page (W13-4); a greeting of its own ("Kind regards,") is no
    # content, so then the paragraph before the greeting goes along too.
    texts = [i for i, block in enumerate(blocks) if block.text or block.bullet]
    ending = texts[-2] if len(texts) >= 2 else 0
    if len(texts) >= 3 and len(_plain(blocks[ending].text)) <= GREETING_LENGTH:
        ending = texts[-3]
    story += flowables[:ending]
    if flowables[ending:]:
        story.append(KeepTogether(flowables[ending:]))
    # A letter, not a report: wider margins, no footer, no app name in its properties.
    return build_a4(story, title, side=25 * mm, top=20 * mm, bottom=20 * mm, author="")
