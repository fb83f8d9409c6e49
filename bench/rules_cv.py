"""An honest estimate for the hand-written rules of the question checker, on the DEVELOPMENT
part only (the test part is never read here).

The rules were written while reading the development part, so scoring them on it is in-sample.
Regular expressions cannot be re-fitted per fold, but each alternative of each pattern can be
traced to the utterances that justify it. Two estimates follow from that:

- leave one meaning group out: an utterance is judged by the rules with every alternative
  switched off whose only support is its own group (a family, its translation and its
  near-duplicates, the groups of ``bench/tune_checker.py``). A detector's support is the groups
  of utterances *with* its kind that it matches; a veto's (honest limits, reassurance,
  invitations ...) the groups of utterances *without* the kind it clears. A phrase written
  for one family catches that family in-sample and nothing here;
- held-out annotator: alternatives supported only by the second annotator's ``a2-`` families
  are switched off, and the rules are scored on those families. (The a2- families were read
  while writing some rules, so this is an upper bound too, but a less optimistic one.)

    python bench/rules_cv.py            # both estimates next to the in-sample figures
    python bench/rules_cv.py --list     # also the alternatives that only one group supports

``rule_kinds_held_out`` gives the per-utterance kinds of the leave-one-group-out rules, for
the combined (rules + semantic) figures of ``bench/tune_checker.py``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from adviser_desk.domain import questions  # noqa: E402
from adviser_desk.domain.checker_eval import Report, score  # noqa: E402
from adviser_desk.domain.question_examples import Example  # noqa: E402

SECRECY = questions.SECRECY_PROMISE
BLAMING = questions.BLAMING
SUGGESTIVE = questions.SUGGESTIVE
# Pattern tables of questions.py and what they do: find a kind, or clear a kind.
DETECTORS = {
    "_SECRECY": SECRECY,
    "_SECRECY_STRUCTURES": SECRECY,
    "_SECRECY_GENERAL": SECRECY,
    "_SECRECY_PROPOSED": SECRECY,
    "_BROKEN_DUTY": SECRECY,
    "_SECRECY_SHAPES": SECRECY,
    "_SECRECY_SCOPE": SECRECY,
    "_SECRECY_ASSURED": SECRECY,
    "_BLAME": BLAMING,
    "_BLAME_STRUCTURES": BLAMING,
    "_BLAME_GENERAL": BLAMING,
    "_BLAME_SHAPES": BLAMING,
    "_BLAME_REPROACH": BLAMING,
    "_BLAME_SHARE": BLAMING,
    "_TAG": SUGGESTIVE,
    "_TAG_PARTICLE": SUGGESTIVE,
    "_PRESUME": SUGGESTIVE,
    "_PRESUME_STRUCTURES": SUGGESTIVE,
    "_PRESUME_GENERAL": SUGGESTIVE,
    "_PRESUME_SHAPES": SUGGESTIVE,
    "_PRESUME_UNMARKED": SUGGESTIVE,
}
VETOES = {
    "_HONEST": SECRECY,
    "_PRAISE": BLAMING,
    "_REASSURE": BLAMING,
    "_DENIAL": BLAMING,
    "_OWN_REASON": BLAMING,
    "_CHECK_BACK": SUGGESTIVE,
    "_ATTRIBUTED": SUGGESTIVE,
    "_CONCESSIVE": SUGGESTIVE,
    "_OTHERS_SECRECY": SECRECY,
    "_OTHERS_MOTIVE": BLAMING,
    "_INVITATION": SUGGESTIVE,
    "_PERMISSION": questions.OPTION_POSING,
    "_PROCESS": questions.OPTION_POSING,
    "_OWN_PLAN": SUGGESTIVE,
    "_SAYS_STUDENT": BLAMING,
    "_UNASSERTED": SUGGESTIVE,
    "_STEP_OFFERED": questions.OPTION_POSING,
    "_CONSENT_ASKED": questions.OPTION_POSING,
    "_CHOICE_LEFT": questions.OPTION_POSING,
}
NEVER = "(?!x)x"


def _top_level(pattern: str) -> list[str]:
    """The alternatives of ``pattern`` at bracket depth 0."""
    parts, depth, current, i = [], 0, "", 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            current += pattern[i : i + 2]
            i += 2
            continue
        if c == "[":  # a character class may hold ( ) | literally
            j = i + 1
            if j < len(pattern) and pattern[j] == "^":
                j += 1
            if j < len(pattern) and pattern[j] == "]":
                j += 1
            while pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            current += pattern[i : j + 1]
            i = j + 1
            continue
        depth += c == "("
        depth -= c == ")"
        if c == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += c
        i += 1
    parts.append(current)
    return parts


def alternatives(pattern: re.Pattern[str]) -> list[str]:
    """The finest alternatives: ``_rx`` wraps each part in (?:...), and a part may itself be
    several alternatives ("\\berewoord\\b|\\bop\\s+mijn\\s+woord\\b"). A part whose meaning
    sits in a list of phrases ("\\b(?:neem ik aan|ik gok|mijn indruk is|...)\\b") is split into
    one alternative per phrase, so a phrase only one group uses is judged as such."""
    out = []
    for part in _top_level(pattern.pattern):
        inner = part[3:-1] if part.startswith("(?:") and part.endswith(")") else part
        pieces = _top_level(inner) if _top_level(inner) != [inner] and _balanced(inner) else [part]
        for piece in pieces:
            out += _phrases(piece)
    return out


PHRASE_LIST = 6  # a group of this many alternatives or more is a list of phrases


def _phrases(alternative: str) -> list[str]:
    """``P(?:A|B|...)S`` as ``PAS``, ``PBS``, ... for its largest group of PHRASE_LIST or more
    alternatives (not followed by a quantifier): the same matches, one phrase each."""
    best: tuple[int, int, int, list[str]] | None = None
    for start, end in _groups(alternative):
        if end < len(alternative) and alternative[end] in "?*+{":
            continue
        members = _top_level(alternative[start + 3 : end - 1])
        if len(members) >= PHRASE_LIST and (best is None or len(members) > len(best[3])):
            best = (start, end, len(members), members)
    if best is None:
        return [alternative]
    start, end, _, members = best
    return [f"{alternative[:start]}(?:{m}){alternative[end:]}" for m in members]


def _groups(text: str) -> list[tuple[int, int]]:
    """(start, end) of the outermost non-capturing groups "(?:...)" in ``text`` (expanding a
    group nested in a repeated one would change what matches)."""
    spans, stack, i = [], [], 0
    while i < len(text):
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            j = i + 1
            if j < len(text) and text[j] == "^":
                j += 1
            if j < len(text) and text[j] == "]":
                j += 1
            while text[j] != "]":
                j += 2 if text[j] == "\\" else 1
            i = j + 1
            continue
        if c == "(":
            stack.append(i)
        elif c == ")" and stack:
            start = stack.pop()
            if text.startswith("(?:", start) and not stack:  # outermost groups only
                spans.append((start, i + 1))
        i += 1
    return spans


def _balanced(text: str) -> bool:
    try:
        re.compile(text)
    except re.error:
        return False
    return True


@dataclass(frozen=True)
class Alternative:
    table: str
    lang: str
    index: int
    source: str
    kind: str
    veto: bool

    @property
    def compiled(self) -> re.Pattern[str]:
        return re.compile(self.source, re.IGNORECASE | re.UNICODE)


def all_alternatives() -> list[Alternative]:
    out = []
    for tables, veto in ((DETECTORS, False), (VETOES, True)):
        for table, kind in tables.items():
            for lang, pattern in getattr(questions, table).items():
                for n, source in enumerate(alternatives(pattern)):
                    out.append(Alternative(table, lang, n, source, kind, veto))
    return out


def support(
    alternatives_: list[Alternative], examples: list[Example], group_of: Callable[[Example], str]
) -> dict[Alternative, set[str]]:
    """Per alternative, the groups of the utterances that justify it (see the docstring)."""
    out: dict[Alternative, set[str]] = defaultdict(set)
    for alt in alternatives_:
        rx = alt.compiled
        for e in examples:
            if e.lang != alt.lang:
                continue
            wanted = (alt.kind not in e.kinds) if alt.veto else (alt.kind in e.kinds)
            if wanted and rx.search(e.text):
                out[alt].add(group_of(e))
    return out


@contextmanager
def switched_off(off: set[Alternative]) -> Iterator[None]:
    """questions.py's tables without the alternatives in ``off``, restored afterwards."""
    saved = {}
    by_table: dict[tuple[str, str], list[Alternative]] = defaultdict(list)
    for alt in off:
        by_table[(alt.table, alt.lang)].append(alt)
    try:
        for (table, lang), gone in by_table.items():
            patterns = getattr(questions, table)
            saved[(table, lang)] = patterns[lang]
            dropped = {alt.index for alt in gone}
            kept = [s for n, s in enumerate(alternatives(patterns[lang])) if n not in dropped]
            patterns[lang] = questions._rx(*kept) if kept else re.compile(NEVER)
        yield
    finally:
        for (table, lang), pattern in saved.items():
            getattr(questions, table)[lang] = pattern


def rule_kinds(example: Example) -> set[str]:
    return {f.kind for f in questions.check_question(example.text, example.lang, example.earlier)}


def rule_kinds_held_out(
    examples: list[Example], group_of: Callable[[Example], str]
) -> dict[str, set[str]]:
    """example id -> the kinds the rules find with the alternatives only its own group
    supports switched off (leave one meaning group out)."""
    alts = all_alternatives()
    backing = support(alts, examples, group_of)
    by_group: dict[str, list[Example]] = defaultdict(list)
    for e in examples:
        by_group[group_of(e)].append(e)
    out: dict[str, set[str]] = {}
    for group, members in by_group.items():
        off = {a for a, groups in backing.items() if groups == {group}}
        with switched_off(off):
            for e in members:
                out[e.id] = rule_kinds(e)
    return out


def vetoes_held_out(
    examples: list[Example], group_of: Callable[[Example], str]
) -> dict[str, dict[str, set[tuple[int, int]]]]:
    """example id -> the segments the rules clear for the semantic layer (honest limits,
    reassurance, invitations), with the alternatives only its own group supports switched off:
    a veto written for one clean family must not flatter the semantic layer's false flags."""
    from adviser_desk.domain.question_checker import vetoes

    alts = all_alternatives()
    backing = support(alts, examples, group_of)
    by_group: dict[str, list[Example]] = defaultdict(list)
    for e in examples:
        by_group[group_of(e)].append(e)
    out: dict[str, dict[str, set[tuple[int, int]]]] = {}
    for group, members in by_group.items():
        off = {a for a, groups in backing.items() if groups == {group}}
        with switched_off(off):
            for e in members:
                out[e.id] = vetoes(e.text, e.lang, e.earlier)
    return out


def annotator_held_out(
    examples: list[Example], group_of: Callable[[Example], str]
) -> dict[str, Report]:
    """Alternatives that only a2- groups support switched off; scored on the a2- families."""
    alts = all_alternatives()
    a2 = [e for e in examples if "-a2-" in f"-{e.family}"]
    rest = [e for e in examples if e not in set(a2)]
    inside = support(alts, rest, group_of)
    everywhere = support(alts, examples, group_of)
    off = {a for a in everywhere if everywhere[a] and not inside.get(a)}
    with switched_off(off):
        return score(
            lambda text, lang, earlier: {
                f.kind for f in questions.check_question(text, lang, earlier)
            },
            a2,
        )


def show(title: str, reports: dict[str, Report]) -> None:
    print(title)
    for lang in sorted(reports):
        for line in reports[lang].lines():
            print("  " + line)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    import tune_checker  # bench/: the development part and its meaning groups

    examples = tune_checker.development()
    group_of = tune_checker.group_function(examples)
    in_sample = score(
        lambda t, lang, e: rule_kinds(Example("", "", lang, t, frozenset(), tuple(e))), examples
    )
    show("Rules alone, development part, in-sample:", in_sample)
    held = rule_kinds_held_out(examples, group_of)
    by_text = {(e.text, e.lang, e.earlier): held[e.id] for e in examples}
    show(
        "Rules alone, development part, leave one meaning group out:",
        score(lambda t, lang, e: by_text[(t, lang, tuple(e))], examples),
    )
    a2 = [e for e in examples if e.family.startswith(("nl-a2-", "en-a2-"))]
    show(
        "Rules alone on the a2- families, in-sample:",
        score(lambda t, lang, e: rule_kinds(Example("", "", lang, t, frozenset(), tuple(e))), a2),
    )
    show(
        "Rules alone on the a2- families, alternatives only they support switched off:",
        annotator_held_out(examples, group_of),
    )
    alts = all_alternatives()
    backing = support(alts, examples, group_of)
    single = [a for a in alts if len(backing.get(a, ())) == 1]
    unused = [a for a in alts if not backing.get(a)]
    print(
        f"{len(alts)} alternatives: {len(single)} supported by one meaning group only, "
        f"{len(unused)} by none on the development part"
    )
    if args.list:
        for a in single:
            print(f"  one group  {a.table}[{a.lang}] #{a.index}: {a.source}  <- {backing[a]}")
        for a in unused:
            print(f"  no group   {a.table}[{a.lang}] #{a.index}: {a.source}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
