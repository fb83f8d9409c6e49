"""Every string the app translates reaches the catalogue lupdate writes.

lupdate collects only literal ``tr("…")``, ``QCoreApplication.translate("ctx", "…")`` and
``QT_TRANSLATE_NOOP("ctx", "…")`` calls. A private wrapper such as ``def _tr(text): return
QCoreApplication.translate("ctx", text)`` hides its callers' strings from it, and the Dutch
window then shows English (walk 4, W5: the interview record's save flow). So a function that
forwards one of its own parameters as the text to translate is allowed only in the helpers
below, which translate labels already marked with QT_TRANSLATE_NOOP where they are defined;
and every literal text passed to a translate call must be a source in the Dutch catalogue.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import adviser_desk

PACKAGE = Path(adviser_desk.__file__).parent
DUTCH = PACKAGE.parent / "resources" / "translations" / "adviser_desk_nl.ts"

# module (relative to the package) -> functions that may pass a parameter on as the text
APPROVED_HELPERS = {
    ("catalogues.py", "translate"),
    ("ui/common/format.py", "translate"),
    ("ui/common/i18n.py", "translate_report"),
    ("ui/case/case_models.py", "tr_label"),
    ("services/interview_service.py", "t"),
    # the checker profile's note, marked with QT_TRANSLATE_NOOP in the checker's profiles
    ("ui/interview/guide_panel.py", "__init__"),
    # the class's own self.tr (lupdate reads its callers' literals), reading the command's
    # catalogue without a QCoreApplication
    ("integrity_text.py", "tr"),
}
TRANSLATE_NAMES = {"translate", "QT_TRANSLATE_NOOP", "translate_report", "tr_label"}


def _call_name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return None


def _text_arg(call: ast.Call) -> ast.expr | None:
    """The source-text argument: the first of tr(), the second of translate-like calls."""
    name = _call_name(call)
    index = 0 if name in ("tr", "QT_TR_NOOP") else 1 if name in TRANSLATE_NAMES else None
    if index is None or len(call.args) <= index:
        return None
    return call.args[index]


def _modules() -> list[tuple[str, ast.Module]]:
    return [
        (path.relative_to(PACKAGE).as_posix(), ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted(PACKAGE.rglob("*.py"))
    ]


def test_no_module_forwards_a_parameter_to_translate_outside_the_approved_helpers() -> None:
    wrappers: set[tuple[str, str]] = set()
    for module, tree in _modules():
        for fn in ast.walk(tree):
            if not isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                continue
            args = fn.args
            params = {a.arg for a in [*args.posonlyargs, *args.args, *args.kwonlyargs]}
            for node in ast.walk(fn):
                if isinstance(node, ast.Call):
                    text = _text_arg(node)
                    if isinstance(text, ast.Name) and text.id in params:
                        wrappers.add((module, getattr(fn, "name", "<lambda>")))
    assert wrappers - APPROVED_HELPERS == set(), (
        "translate wrappers hide their callers' strings from lupdate; call "
        'self.tr("…") or QCoreApplication.translate("Context", "…") with the literal'
    )
    assert APPROVED_HELPERS - wrappers == set(), "an approved helper is gone: drop it here"


def test_every_literal_translated_text_is_in_the_dutch_catalogue() -> None:
    catalogue = ET.parse(DUTCH).getroot()  # noqa: S314 - ours
    sources = {el.text or "" for el in catalogue.iter("source")}
    missing: list[str] = []
    for module, tree in _modules():
        for node in ast.walk(tree):
            text = _text_arg(node) if isinstance(node, ast.Call) else None
            literal = text.value if isinstance(text, ast.Constant) else None
            if isinstance(literal, str) and literal not in sources:
                missing.append(f"{module}:{getattr(node, 'lineno', 0)}: {literal!r}")
    assert missing == []


def test_the_dutch_catalogue_says_je_never_the_formal_u() -> None:
    """The app speaks to the adviser as "je" (walk 4, W13/W14: "U kunt ze nu ook…" and "u kunt
    haar bekijken" stood out). Letters to parents are templates outside the catalogue."""
    catalogue = ET.parse(DUTCH).getroot()  # noqa: S314 - ours
    formal = re.compile(r"\b(u|U|uw|Uw)\b")
    found = [
        text
        for el in catalogue.iter("translation")
        for text in [el.text or "", *(n.text or "" for n in el.iter("numerusform"))]
        if formal.search(text)
    ]
    assert found == []
