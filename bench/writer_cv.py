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
import itertools
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
from adviser_desk.domain.question_examples import KIND_NAMES, Example  # noqa: E402
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


def held_out_items(
    items: list[tc.Item], examples: list[Example], key: str | None = None
) -> list[tc.Item]:
    """The items with the rules' kinds and vetoes judged with the alternatives only their own
    writer supports switched off (kept in bench/.cache under ``key``, tc.cache_key, if given)."""

    def compute() -> tuple[dict[str, set[str]], dict[str, dict[str, set[tuple[int, int]]]]]:
        return (
            rules_cv.rule_kinds_held_out(examples, writer_of),
            rules_cv.vetoes_held_out(examples, writer_of),
        )

    held, cleared = compute() if key is None else tc.cached("rules-writers", key, compute)
    return [
        dataclasses.replace(i, held_kinds=held[i.example.id], vetoed=cleared[i.example.id])
        for i in items
    ]


def scored_held_out(
    index: tc.ExemplarIndex, items: list[tc.Item], names: list[str], key: str | None = None
) -> tuple[tc.Points, np.ndarray]:
    """Each item scored by the layer trained without its writer, and the writer fold per item.
    With ``key`` (tc.cache_key, layer_only) the layer's raw scores are kept in bench/.cache:
    the vetoes of the rules as they are now are applied after (tc.judged)."""

    def fold(e: Example) -> int:
        return names.index(writer_of(e))

    def compute() -> tc.Raw:
        return tc.cross_validated_raw(index, items, {}, fold_of=fold)

    raw = compute() if key is None else tc.cached("writers-raw", key, compute)
    scored = [tc.judged(item, r) for item, r in zip(items, raw, strict=True)]
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
LABELS = ("linear", "agree", "linear-per-kind")
# Issue 10 asks 0.90 secrecy recall on a new writer's set. The writer-held-out estimate keeps a
# margin over it in every language: at a single 0.030 budget it gave 0.905 and 0.908, and English
# secrecy recall on one independent set then fell to 0.77. A decider and budget that keep it is
# preferred to any that does not (select); if none does within TARGET_FALSE_FLAGS, the cap wins.
SECRECY_FLOOR = 0.92
# "linear-per-kind": the linear scorer with a budget per kind (the share of the development
# part's clean utterances the rules pass that the kind's cut may flag, as ``tc.choose``), so
# that the secrecy promises can have more of the false flags and the others less. Judged on
# every combination of this grid writer-held-out, cuts chosen on the other writers.
PER_KIND_BUDGETS = {
    "suggestive": tuple(np.round(np.arange(0.0, 0.0121, 0.001), 3)),
    "blaming": tuple(np.round(np.arange(0.0, 0.0121, 0.001), 3)),
    "secrecy_promise": tuple(np.round(np.arange(0.008, 0.0251, 0.001), 3)),
}
PER_KIND = "linear-per-kind"


def choose(
    items: list[tc.Item],
    scored: tc.Points,
    label: str,
    budget: float,
    budgets: dict[str, float] | None = None,
) -> tc.Choice:
    if label == PER_KIND:
        assert budgets is not None
        return PerKind.of(items, scored).choice(np.ones(len(items), dtype=bool), budgets)
    decider = label.removesuffix("-calibrated")
    if label.endswith("-calibrated"):
        return tc.calibrated(items, scored, decider, budget)
    return tc.tuned(items, scored, decider, budget)


@dataclasses.dataclass
class PerKind:
    """The items as arrays, to judge a grid of per-kind budgets writer-held-out in seconds: the
    linear decider fires on a kind when the best score of a segment the rules do not clear
    reaches its cut, so an item's best score per kind decides."""

    lang: np.ndarray
    clean: np.ndarray
    spared: np.ndarray  # clean and passed by the rules (in-sample), as tc.choose counts them
    has: np.ndarray  # items x KIND_NAMES
    held: np.ndarray  # items x KIND_NAMES: the rules' kinds, held out
    best: np.ndarray  # items x SEMANTIC_KINDS
    folds: np.ndarray

    @classmethod
    def of(cls, items: list[tc.Item], scored: tc.Points, least: float = -9.0) -> PerKind:
        """``least``: the margin a segment needs to count ("agree": tc.AGREE_MARGIN)."""
        names = writers([i.example for i in items])
        return cls(
            np.array([i.example.lang for i in items]),
            np.array([i.example.clean for i in items]),
            np.array([i.example.clean and not i.rule_kinds for i in items]),
            np.array([[k in i.example.kinds for k in KIND_NAMES] for i in items], dtype=bool),
            np.array([[k in i.held_kinds for k in KIND_NAMES] for i in items], dtype=bool),
            np.array(
                [
                    [
                        max((s for _, m, s in p.get(k, []) if m >= least), default=-9.0)
                        for k in SEMANTIC_KINDS
                    ]
                    for p in scored
                ]
            ),
            np.array([names.index(writer_of(i.example)) for i in items]),
        )

    def cuts(self, inside: np.ndarray, budgets: dict[str, float]) -> np.ndarray:
        """Per kind, just above the k-th highest score of a clean utterance the rules pass,
        k = the kind's budget times the clean utterances (as ``tc.choose``)."""
        total = int((inside & self.clean).sum())
        out = np.full(len(SEMANTIC_KINDS), -9.0)
        for j, kind in enumerate(SEMANTIC_KINDS):
            tops = np.sort(self.best[inside & self.spared, j])[::-1]
            share = int(budgets[kind] * total)
            if share < len(tops):
                out[j] = tops[share] + 1e-6
        return out

    def tuned_cuts(self, inside: np.ndarray, budget: float) -> np.ndarray:
        """``tc.tuned``: the largest equal per-kind budget whose union keeps the layer's own
        clean false flags within ``budget`` in every language."""
        best = self.cuts(inside, dict.fromkeys(SEMANTIC_KINDS, 0.0))
        clean = inside & self.clean
        for per_kind in np.arange(0.0, budget + 1e-9, 0.0025):
            cuts = self.cuts(inside, dict.fromkeys(SEMANTIC_KINDS, float(per_kind)))
            fires = (self.best >= cuts).any(axis=1) & clean
            rates = [
                fires[self.lang == g].sum() / max(1, (clean & (self.lang == g)).sum())
                for g in set(self.lang)
            ]
            if max(rates) <= budget:
                best = cuts
        return best

    def choice(self, inside: np.ndarray, budgets: dict[str, float]) -> tc.Choice:
        cuts = self.cuts(inside, budgets)
        return tc.Choice(
            "linear", {}, {k: float(c) for k, c in zip(SEMANTIC_KINDS, cuts, strict=True)}
        )

    def nested(self, budgets: dict[str, float]) -> np.ndarray:
        """Kinds found (items x KIND_NAMES), the cuts chosen without the item's writer."""
        return self.nested_by(lambda inside: self.cuts(inside, budgets))

    def nested_by(self, cutter: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
        found = self.held.copy()
        columns = [KIND_NAMES.index(k) for k in SEMANTIC_KINDS]
        for f in np.unique(self.folds):
            out = self.folds == f
            found[np.ix_(out, columns)] |= self.best[out] >= cutter(~out)
        return found

    def found(self, items: list[tc.Item], rows: np.ndarray) -> dict[int, set[str]]:
        return {
            id(item.example): {k for j, k in enumerate(KIND_NAMES) if rows[n, j]}
            for n, item in enumerate(items)
        }

    def summary(self, found: np.ndarray) -> tuple[float, float, float]:
        """The objective (tc.objective), the highest false-flag rate and the lowest secrecy
        recall of the languages."""
        flagged = found.any(axis=1)
        recalls, flagged_recall, secrecy, false_flags = [], [], [], []
        for lang in sorted(set(self.lang)):
            mine = self.lang == lang
            clean = mine & self.clean
            false_flags.append((flagged & clean).sum() / max(1, clean.sum()))
            flagged_recall.append(
                (flagged & mine & ~self.clean).sum() / max(1, (mine & ~self.clean).sum())
            )
            for kind in SEMANTIC_KINDS:
                j = KIND_NAMES.index(kind)
                has = mine & self.has[:, j]
                recall = (found[:, j] & has).sum() / has.sum() if has.any() else 1.0
                recalls.append(recall)
                if kind == questions.SECRECY_PROMISE:
                    secrecy.append(recall)
        objective = (np.mean(recalls) + np.mean(flagged_recall) + np.mean(secrecy)) / 3
        return float(objective), float(max(false_flags)), float(min(secrecy))

    def search(
        self, guard: Guard | None = None
    ) -> tuple[dict[str, float] | None, list[tuple[dict[str, float], tuple[float, float, float]]]]:
        """Every combination of PER_KIND_BUDGETS judged writer-held-out; the best by the rule
        of ``select`` (the guard, the cap, then the secrecy floor, then the objective). Only
        the combinations whose shipped cuts pass ``guard`` are judged (the grid returned)."""
        everyone = np.ones(len(self.lang), dtype=bool)
        grid = []
        for combo in itertools.product(*(PER_KIND_BUDGETS[k] for k in SEMANTIC_KINDS)):
            budgets = dict(zip(SEMANTIC_KINDS, (float(b) for b in combo), strict=True))
            if guard is not None and guard(self.cuts(everyone, budgets), -9.0):
                continue
            grid.append((budgets, self.summary(self.nested(budgets))))
        if not grid:
            return None, grid
        return max(grid, key=lambda g: preference(*g[1]))[0], grid


# What the shipped cuts must not break (bench/layer_guard.py): the cuts as shipped and the
# margin a segment needs ("agree"), -> what they break (empty: nothing).
Guard = Callable[[np.ndarray, float], list[str]]


def preference(objective: float, false_flags: float, secrecy: float) -> tuple[bool, bool, float]:
    """What select prefers: within the false-flag cap, then at or over the secrecy floor, then
    the highest objective."""
    return (false_flags <= TARGET_FALSE_FLAGS + 1e-9, secrecy >= SECRECY_FLOOR - 1e-9, objective)


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
    budgets: dict[str, float] | None = None  # per kind (PER_KIND)
    problems: tuple[str, ...] = ()  # what its shipped cuts break (the guard)

    @property
    def false_flags(self) -> float:
        return tc.semantic_false_flags(self.reports)

    @property
    def objective(self) -> float:
        return tc.objective(self.reports)

    @property
    def secrecy(self) -> float:
        return min(r.recall(questions.SECRECY_PROMISE) for r in self.reports.values())

    def describe(self) -> str:
        if self.budgets is None:
            return f"{self.label} at {self.budget:.3f}"
        return f"{self.label} at " + ", ".join(f"{k} {b:.3f}" for k, b in self.budgets.items())


def per_kind_candidate(
    items: list[tc.Item], scored: tc.Points, guard: Guard | None = None
) -> Candidate | None:
    """The best of the per-kind budget grid whose shipped cuts pass the guard, with its
    frontier printed: per secrecy budget, the best within the cap."""
    arrays = PerKind.of(items, scored)
    budgets, grid = arrays.search(guard)
    total = int(np.prod([len(v) for v in PER_KIND_BUDGETS.values()]))
    print(
        f"  {PER_KIND}: {len(grid)} of {total} combinations pass the guard; per secrecy "
        "budget, the best within the cap:"
    )
    for secrecy_budget in PER_KIND_BUDGETS[questions.SECRECY_PROMISE][::2]:
        row = [g for g in grid if abs(g[0][questions.SECRECY_PROMISE] - secrecy_budget) < 1e-9]
        within = [g for g in row if g[1][1] <= TARGET_FALSE_FLAGS + 1e-9]
        if within:
            b, (objective_, false_flags, secrecy) = max(within, key=lambda g: g[1][0])
            print(
                f"    {', '.join(f'{k} {v:.3f}' for k, v in b.items())}: objective "
                f"{objective_:.4f}, false flags {false_flags:.3f}, secrecy {secrecy:.3f}"
            )
    if budgets is None:
        return None
    found = arrays.found(items, arrays.nested(budgets))
    return Candidate(
        PER_KIND, budgets[questions.SECRECY_PROMISE], found, report(items, found), budgets
    )


def select(
    items: list[tc.Item],
    scored: tc.Points,
    folds: np.ndarray,
    labels: tuple[str, ...] = LABELS,
    guard: Guard | None = None,
) -> tuple[Candidate, list[Candidate]]:
    """Every decider and budget judged writer-held-out (nested). Of those whose shipped cuts
    pass ``guard`` (bench/layer_guard.py: in-sample recall, the app's own sentences), those
    within TARGET_FALSE_FLAGS in every language, the ones keeping SECRECY_FLOOR in every
    language if any do, and of them the highest objective (every kind's recall, flagged recall
    and secrecy recall, weighed alike). A decider's budgets are tried from the smallest up and
    given up two past the first over the target (false flags only grow with them)."""
    tried: list[Candidate] = []
    everyone = np.ones(len(items), dtype=bool)
    for label in labels:
        if label == PER_KIND:
            per_kind = per_kind_candidate(items, scored, guard)
            if per_kind is None:
                continue
            candidate = per_kind
            tried.append(candidate)
            print(
                f"  {candidate.describe()}: objective {candidate.objective:.4f}; "
                f"{short(candidate.reports)}",
                flush=True,
            )
            continue
        over = 0
        # The uncalibrated deciders judged on arrays (as nested_found, in seconds).
        arrays = (
            None
            if label.endswith("-calibrated")
            else PerKind.of(items, scored, tc.AGREE_MARGIN if label == "agree" else -9.0)
        )
        for budget in BUDGETS if label.endswith("-calibrated") else SEMANTIC_BUDGETS:
            if arrays is None:
                found = nested_found(items, scored, label, budget, folds)
            else:
                found = arrays.found(
                    items,
                    arrays.nested_by(lambda inside, a=arrays, b=budget: a.tuned_cuts(inside, b)),
                )
            problems: tuple[str, ...] = ()
            if guard is not None and arrays is not None:
                least = tc.AGREE_MARGIN if label == "agree" else -9.0
                problems = tuple(guard(arrays.tuned_cuts(everyone, budget), least))
            candidate = Candidate(label, budget, found, report(items, found), None, problems)
            tried.append(candidate)
            print(
                f"  {label} at {budget:.3f}: objective {candidate.objective:.4f}; "
                f"{short(candidate.reports)}"
                + (f"; guard: {len(problems)} broken, {problems[0]}" if problems else ""),
                flush=True,
            )
            over += candidate.false_flags > TARGET_FALSE_FLAGS
            if over >= 2:
                break
    kept = [c for c in tried if not c.problems]
    if not kept:
        raise RuntimeError("no candidate's shipped cuts pass the guard")
    within = [c for c in kept if c.false_flags <= TARGET_FALSE_FLAGS] or sorted(
        kept, key=lambda c: c.false_flags
    )[:1]
    floored = [c for c in within if c.secrecy >= SECRECY_FLOOR]
    if not floored:
        print(f"  no candidate within the cap keeps secrecy recall {SECRECY_FLOOR} writer-held-out")
    return max(floored or within, key=lambda c: c.objective), tried


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
    shipped = Settings.load(tc.FOLDER / tc.SETTINGS_FILE)
    tc.CLEAN_MARGIN = shipped.clean_margin  # the shipped layer's clean-neighbour veto
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
