"""Shared report plumbing: the embedded Unicode font, translation hook, deterministic output."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from adviser_desk.resources import resources_dir

Translate = Callable[[str, str], str]

SANS = "AdviserSans"
SANS_BOLD = "AdviserSans-Bold"
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
    pdfmetrics.registerFont(TTFont(MONO, str(fonts / "DejaVuSansMono.ttf")))
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
