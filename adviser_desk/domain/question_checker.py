"""The question checker: rules first, then the semantic layer for meanings no rule lists.

The rules (``questions.check_question``) keep doing what rules do best and explain themselves
with the exact words that triggered them. The semantic layer adds a finding only for a kind
the rules did not find, and only where no rule clears the words: an honest statement about the
limits of confidentiality is never a secrecy promise, a reassurance about fault is never
blame, an open invitation is never a presumption. A semantic finding names the closest
labelled examples it resembles, in the interview's language, and offers the same open rewrite.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

from adviser_desk.domain import questions
from adviser_desk.domain.chat_spelling import written_out
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.domain.question_examples import development_files, load_all
from adviser_desk.domain.question_semantics import (
    STORE_FILE,
    Embedder,
    SemanticHit,
    SemanticLayer,
    Settings,
    Store,
    fingerprint,
    segments,
    store_model,
)
from adviser_desk.domain.questions import SEMANTIC, Finding
from adviser_desk.domain.rule_review import load_clean_check

SEMANTIC_MESSAGES = {
    questions.SECRECY_PROMISE: QT_TRANSLATE_NOOP(
        "questions",
        "Sounds like a promise of secrecy. You cannot keep that promise; promise care instead.",
    ),
    questions.BLAMING: QT_TRANSLATE_NOOP(
        "questions",
        "Sounds like blame for the student's own behaviour; it can make them stop talking. "
        "Ask what happened instead.",
    ),
    questions.SUGGESTIVE: QT_TRANSLATE_NOOP(
        "questions",
        "Sounds like it presumes what happened or how the student felt. Let the student say "
        "it in their own words.",
    ),
}
_SUGGESTION_VARIANT = {
    questions.SECRECY_PROMISE: questions.SECRECY_PROMISE,
    questions.BLAMING: questions.BLAMING,
    questions.SUGGESTIVE: "presumption",
}
_SENTENCE = re.compile(r"[^.?!…]+[.?!…]*", re.UNICODE)
SETTINGS_FILE = "semantic.json"


def _lang(language: str) -> str:
    lang = language.lower()[:2]
    return lang if lang in ("nl", "en") else "en"


def vetoes(
    text: str, language: str, earlier: Sequence[str] = ()
) -> dict[str, set[tuple[int, int]]]:
    """Segments the rules clear per kind: judged on the sentence that holds the segment; a
    segment made of the student's own words (``earlier``) presumes and blames nothing. Each
    clearing is judged on the words as typed and written out (chat spelling: "u couldnt have
    known" is "you couldn't have known"), as the semantic layer reads them."""
    out: dict[str, set[tuple[int, int]]] = {kind: set() for kind in SEMANTIC_MESSAGES}
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]
    # Across the utterance, as the rules judge it: the student's words attributed to them, a
    # summary the student is asked to correct, someone else's words quoted ("Stupid, you said.
    # Where does that come from?", "... Correct me if I'm wrong.", "He called it 'our little
    # secret'. What else did he say?") presume, blame and promise nothing.
    said = questions.attributed(text, language)
    checked = questions.checks_back(text, language)
    quoted = questions.quotes_others(text, language)

    def holds(test: Callable[[str, str], bool], piece: str) -> bool:
        return test(piece, language) or test(written_out(piece, language), language)

    for span in segments(text):
        holder = [s for s in sentences if s[0] <= span[0] and span[1] <= s[1]]
        # A segment spanning several sentences (the whole utterance) is judged on each.
        parts = [text[s:e] for s, e in holder] or [text[span[0] : span[1]]]
        # Honest limits and reassurance before a "maar"/"but" do not clear what follows it.
        scopes = [
            questions.veto_scope(text[s:e], span[0] - s, language) for s, e in holder
        ] or parts
        if any(holds(questions.honest_limits, p) for p in scopes) or all(
            holds(questions.asks_what, p) for p in parts
        ):
            out[questions.SECRECY_PROMISE].add(span)
        if any(holds(questions.others_secrecy, p) for p in scopes):
            out[questions.SECRECY_PROMISE].add(span)
        # Reassurance, or the student's view of another person's motive: no blame.
        if any(
            holds(questions.reassurance, p) or holds(questions.others_motive, p) for p in scopes
        ):
            out[questions.BLAMING].add(span)
        if earlier and questions.echoes_student(text[span[0] : span[1]], language, earlier):
            out[questions.SUGGESTIVE].add(span)
            out[questions.BLAMING].add(span)
        if all(holds(questions.invitation, p) for p in parts):
            out[questions.SUGGESTIVE].add(span)
        # A reassurance about fault ("Dat hij zo was, kon jij niet weten") says where the fault
        # lies and presumes nothing the layer should flag: judged on the segment's part of its
        # sentence between joining words ("Het is niet jouw schuld, en je was doodsbang" keeps
        # its second half, "Je was doodsbang, en dat is niet jouw schuld" its first).
        if holder and all(
            holds(questions.reassurance, part)
            for s, e in holder
            for part in _joined_parts(text, s, e, span, language)
        ):
            out[questions.SUGGESTIVE].add(span)
        if said or checked:
            out[questions.SUGGESTIVE].add(span)
        if said and not questions.asks_why(text[span[0] : span[1]], language):
            out[questions.BLAMING].add(span)
        if quoted:
            out[questions.SECRECY_PROMISE].add(span)
            out[questions.BLAMING].add(span)
    return out


_JOINING = {
    "nl": re.compile(r"\b(?:en|maar|echter|want)\b", re.IGNORECASE),
    "en": re.compile(r"\b(?:and|but|however|because)\b", re.IGNORECASE),
}


def _joined_parts(
    text: str, start: int, end: int, span: tuple[int, int], language: str
) -> list[str]:
    """The parts of the sentence text[start:end], split at its joining words, that the segment
    ``span`` overlaps."""
    sentence = text[start:end]
    left, right = span[0] - start, span[1] - start
    joining = _JOINING[language if language in _JOINING else "en"]
    cuts = [
        0,
        *(p for m in joining.finditer(sentence) for p in (m.start(), m.end())),
        len(sentence),
    ]
    parts = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
    return [sentence[a:b] for a, b in parts if a < right and left < b]


class QuestionChecker:
    """Rules, plus the semantic layer when it is loaded (``semantic`` may be None)."""

    def __init__(self, semantic: SemanticLayer | None = None) -> None:
        self.semantic = semantic

    def check(self, text: str, language: str, earlier: Sequence[str] = ()) -> list[Finding]:
        findings = questions.check_question(text, language, earlier)
        if self.semantic is None or not isinstance(text, str) or not text.strip():
            return findings
        lang = _lang(language)
        # A rule finding whose sentence reads as a clean one of its own (rule_review) is
        # dropped; the layer may still find the kind in its own right.
        hits, cleared = self.semantic.review(
            text,
            lang,
            vetoes(text, lang, earlier),
            [(f.kind, f.start) for f in findings if f.layer == questions.RULE],
        )
        rule_findings = [f for f in findings if f.layer == questions.RULE]
        gone = {id(rule_findings[n]) for n in cleared}
        findings = [f for f in findings if id(f) not in gone]
        found = {f.kind for f in findings}
        for hit in hits:
            if hit.kind not in found:
                findings.append(semantic_finding(hit, text, lang))
        return findings


def semantic_finding(hit: SemanticHit, text: str, language: str) -> Finding:
    return Finding(
        kind=hit.kind,
        message=SEMANTIC_MESSAGES[hit.kind],
        suggestion=questions.SUGGESTIONS[(language, _SUGGESTION_VARIANT[hit.kind])],
        start=hit.start,
        end=hit.end,
        trigger=text[hit.start : hit.end],
        layer=SEMANTIC,
        examples=hit.examples,
    )


def corpus_fingerprint(folder: Path, embedder_name: str) -> str:
    """The fingerprint a store built from the development part in ``folder`` carries."""
    return fingerprint(
        store_model(embedder_name),
        (p.read_bytes() for p in development_files(folder) if p.exists()),
    )


def load_store(folder: Path, embedder_name: str) -> Store | None:
    """The shipped exemplar vectors and weights, if they were built with this encoder.

    A store built from an older corpus still gives the vectors of the exemplars it knows (the
    rest are embedded at load) and its weights; one from another encoder gives nothing.
    """
    path = folder / STORE_FILE
    if not path.exists():
        return None
    stored = Store.load(path)
    if stored.model != store_model(embedder_name):
        return None
    return stored


def load_semantic_layer(folder: Path, embedder: Embedder) -> SemanticLayer:
    """The semantic layer from the shipped development part, store and settings in ``folder``."""
    examples = load_all(development_files(folder))
    if not examples:
        raise FileNotFoundError(folder / "examples_nl.jsonl")
    settings = Settings.load(folder / SETTINGS_FILE)
    layer = SemanticLayer.build(embedder, examples, settings, load_store(folder, embedder.name))
    layer.clean_check = load_clean_check(folder, store_model(embedder.name))
    return layer
