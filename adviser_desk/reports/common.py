"""Shared report plumbing: the embedded Unicode font, translation hook, deterministic output."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.fonts import addMapping
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

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
    """Builds a deterministic A4 PDF (``invariant``: same data, same bytes, so its SHA-256
    can be recorded). With ``page_of``, every page carries the footer and "page N of M"."""
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
        invariant=1,
    )
    if page_of:
        doc.build(story, canvasmaker=numbered_canvas(page_of, footer))
    else:
        doc.build(story)
    return buffer.getvalue()
