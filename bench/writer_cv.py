"""Writer-held-out estimate of the question checker, on the DEVELOPMENT part only.

The nested estimate of ``bench/tune_checker.py`` holds out meaning groups, but the rest of the
group's writer stays in training: the layer has learnt that writer's phrasing, register and
clean habits, and the rules' alternatives backed by that writer's other families stay on. On
each batch measured before it joined, a fresh writer met two to three times the false flags
that estimate promised (a9: 13.9% / 13.0% against about 6%; a14: 11.8% / 10.8% against 6.6%).

Here every writer is held out in turn: the semantic layer is trained on the other writers only
(exemplars, clean clauses and nearest neighbours), and the rules are judged with every rule
alternative switched off that only that writer's utterances support (``bench/rules_cv.py``
with the writer as the group). A batch's family ids carry its writer (``nl-a7-012``: a7); the
project's own families (``legacy-*``, ``*-clean-*``, ``*-op-*``, ``*-sug-*``, ``*-bla-*``,
``*-sec-*``, ``*-chk-*``) count as one writer, "project".

    python bench/writer_cv.py   # the shipped cuts judged writer-held-out, per writer
"""

from __future__ import annotations

import argparse
import dataclasses
import pickle
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import rules_cv  # noqa: E402  (bench/)
import tune_checker as tc  # noqa: E402  (bench/)

from adviser_desk.domain import questions  # noqa: E402
from adviser_desk.domain.checker_eval import Report, score  # noqa: E402
from adviser_desk.domain.question_examples import Example  # noqa: E402
from adviser_desk.domain.question_semantics import SEMANTIC_KINDS, Settings  # noqa: E402

_BATCH = re.compile(r"^(?:nl|en)-(a\d+[a-z]?)-")
PROJECT = "project"


def writer(family: str) -> str:
    """The writer of a family: its batch (a1b, a2, ..., a14) or the project's own."""
    found = _BATCH.match(family)
    return found.group(1) if found else PROJECT


def writer_of(example: Example) -> str:
    return writer(example.family)


def writers(examples: list[Example]) -> list[str]:
    return sorted({writer_of(e) for e in examples})


def held_out_items(items: list[tc.Item], examples: list[Example]) -> list[tc.Item]:
    """The items with the rules' kinds and vetoes judged with the alternatives only their own
    writer supports switched off."""
    held = rules_cv.rule_kinds_held_out(examples, writer_of)
    cleared = rules_cv.vetoes_held_out(examples, writer_of)
    return [
        dataclasses.replace(i, held_kinds=held[i.example.id], vetoed=cleared[i.example.id])
        for i in items
    ]


def scored_held_out(
    index: tc.ExemplarIndex, items: list[tc.Item], names: list[str]
) -> tuple[tc.Points, np.ndarray]:
    """Each item scored by the layer trained without its writer, and the writer fold per item."""

    def fold(e: Example) -> int:
        return names.index(writer_of(e))

    scored = tc.cross_validated(index, items, {}, fold_of=fold)
    return scored, np.array([fold(i.example) for i in items])


def decided(items: list[tc.Item], scored: tc.Points, choice: tc.Choice) -> dict[int, set[str]]:
    out = {}
    for item, points in zip(items, scored, strict=True):
        kinds = set(item.held_kinds)
        kinds |= {k for k in SEMANTIC_KINDS if choice.fires(k, points.get(k, []))}
        out[id(item.example)] = kinds
    return out


def report(
    items: list[tc.Item],
    found: dict[int, set[str]],
    only: Callable[[Example], bool] | None = None,
) -> dict[str, Report]:
    by_example = {(i.example.text, i.example.lang, i.example.earlier): i.example for i in items}
    return score(
        lambda text, lang, earlier: found[id(by_example[(text, lang, tuple(earlier))])],
        (i.example for i in items if only is None or only(i.example)),
    )


def short(reports: dict[str, Report]) -> str:
    """One line: per language flagged recall, clean false flags, secrecy/blaming/suggestive."""
    return "; ".join(
        f"{lang} flagged {r.flagged_recall:.3f}, false flags {r.false_flag_rate:.3f} "
        f"({r.clean_flagged}/{r.clean_total}), secrecy {r.recall(questions.SECRECY_PROMISE):.3f}, "
        f"blaming {r.recall(questions.BLAMING):.3f}, suggestive "
        f"{r.recall(questions.SUGGESTIVE):.3f}"
        for lang, r in sorted(reports.items())
    )


def per_writer(
    items: list[tc.Item], found: dict[int, set[str]], names: list[str], title: str
) -> None:
    print(title)
    print(f"  all writers: {short(report(items, found))}")
    for name in names:
        print(f"  {name:8s} {short(report(items, found, lambda e, n=name: writer_of(e) == n))}")


# The combined clean false flags allowed when judged writer-held-out, per language: issue 10's
# bar on a new writer's set is 10%; 6% leaves one to two standard deviations of a set of about a
# hundred clean utterances under it, and the estimate itself still runs low (README).
TARGET_FALSE_FLAGS = 0.06
# Candidate budgets: of the layer alone (uncalibrated deciders) and of the combination
# (calibrated cuts), each judged writer-held-out with the cuts chosen on the other writers.
SEMANTIC_BUDGETS = (0.005, 0.01, 0.015, 0.02, 0.025, 0.03, 0.035, 0.04, 0.045, 0.05, 0.055)
BUDGETS = (0.035, 0.04, 0.045, 0.05, 0.055, 0.06, 0.065, 0.07)
# The calibrated cuts (per-kind budgets chosen together) reached the same frontier as the linear
# scorer writer-held-out (objective 0.843 at 5.3% English false flags, linear 0.844 at 5.3%) and
# take a minute and a half per budget: judged with --decider, not by default.
LABELS = ("linear", "agree")


def choose(items: list[tc.Item], scored: tc.Points, label: str, budget: float) -> tc.Choice:
    decider = label.removesuffix("-calibrated")
    if label.endswith("-calibrated"):
        return tc.calibrated(items, scored, decider, budget)
    return tc.tuned(items, scored, decider, budget)


def nested_found(
    items: list[tc.Item], scored: tc.Points, label: str, budget: float, folds: np.ndarray
) -> dict[int, set[str]]:
    """Kinds found per item when the cuts, too, are chosen without the item's writer: chosen on
    the other writers' held-out scores, applied to the writer's."""
    found: dict[int, set[str]] = {}
    for f in np.unique(folds):
        inside = np.flatnonzero(folds != f)
        choice = choose([items[n] for n in inside], [scored[n] for n in inside], label, budget)
        for n in np.flatnonzero(folds == f):
            kinds = set(items[n].held_kinds)
            kinds |= {k for k in SEMANTIC_KINDS if choice.fires(k, scored[n].get(k, []))}
            found[id(items[n].example)] = kinds
    return found


@dataclasses.dataclass
class Candidate:
    label: str
    budget: float
    found: dict[int, set[str]]
    reports: dict[str, Report]

    @property
    def false_flags(self) -> float:
        return tc.semantic_false_flags(self.reports)

    @property
    def objective(self) -> float:
        return tc.objective(self.reports)


def select(
    items: list[tc.Item], scored: tc.Points, folds: np.ndarray, labels: tuple[str, ...] = LABELS
) -> tuple[Candidate, list[Candidate]]:
    """Every decider and budget judged writer-held-out (nested); of those within
    TARGET_FALSE_FLAGS in every language, the highest objective (every kind's recall, flagged
    recall and secrecy recall, weighed alike). A decider's budgets are tried from the smallest
    up and given up two past the first over the target (false flags only grow with them)."""
    tried: list[Candidate] = []
    for label in labels:
        over = 0
        for budget in BUDGETS if label.endswith("-calibrated") else SEMANTIC_BUDGETS:
            found = nested_found(items, scored, label, budget, folds)
            candidate = Candidate(label, budget, found, report(items, found))
            tried.append(candidate)
            print(
                f"  {label} at {budget:.3f}: objective {candidate.objective:.4f}; "
                f"{short(candidate.reports)}",
                flush=True,
            )
            over += candidate.false_flags > TARGET_FALSE_FLAGS
            if over >= 2:
                break
    within = [c for c in tried if c.false_flags <= TARGET_FALSE_FLAGS] or sorted(
        tried, key=lambda c: c.false_flags
    )[:1]
    return max(within, key=lambda c: c.objective), tried


def setup() -> tuple[tc.ExemplarIndex, list[Example], list[tc.Item], dict[str, str]]:
    """The development part embedded (cached), its meaning groups, and its items with the rules
    held out per meaning group (the nested estimate's)."""
    examples = tc.development()
    embedder = tc.CachedEmbedder(tc.UniversalSentenceEncoder())
    index = tc.ExemplarIndex.build(embedder, examples)
    by_key = dict(zip((tc.store_key(e) for e in index.examples), index.vectors, strict=True))
    group_of = tc.groups(index.examples, by_key)
    group_fn = tc.group_function(examples, by_key)
    held = rules_cv.rule_kinds_held_out(examples, group_fn)
    items = tc.prepare(embedder, examples, held, rules_cv.vetoes_held_out(examples, group_fn))
    return index, examples, items, group_of


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--save", metavar="FILE", help="pickle the items and points (to explore)")
    args = parser.parse_args()
    start = time.perf_counter()
    index, examples, items, _ = setup()
    names = writers(examples)
    print(f"prepared in {time.perf_counter() - start:.0f} s; writers: {', '.join(names)}")
    witems = held_out_items(items, examples)
    print(f"rules held out per writer in {time.perf_counter() - start:.0f} s")
    scored, _ = scored_held_out(index, witems, names)
    print(f"layer trained per writer in {time.perf_counter() - start:.0f} s")
    if args.save:
        with open(args.save, "wb") as out:
            pickle.dump((witems, scored, items), out)
    shipped = Settings.load(tc.FOLDER / tc.SETTINGS_FILE)
    decider = "agree" if shipped.linear_margin is not None else "linear"
    choice = tc.Choice(decider, dict.fromkeys(SEMANTIC_KINDS, tc.EXACT), dict(shipped.linear))
    rules_only = tc.Choice("none", {}, {})
    per_writer(witems, decided(witems, scored, rules_only), names, "Rules alone, writer held out:")
    per_writer(
        witems,
        decided(witems, scored, choice),
        names,
        f"Shipped cuts ({decider} {shipped.linear}), rules and layer writer held out:",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
