"""Trains the semantic layer's linear classifiers on the DEVELOPMENT part only and writes
``resources/checker/linear.npz``. The test part is never read here.

    python bench/train_linear.py            # cross-validated figures only
    python bench/train_linear.py --write    # also write resources/checker/linear.npz

One logistic regression per kind (one-vs-rest, L2-regularised, plain numpy) over the USE
multilingual embeddings, trained on both languages together. Training rows: every utterance
(without earlier context: those are the rules' business), labelled with its kinds; and every
sentence and clause of an utterance that lacks a kind, as a negative for that kind (so the
clause "ik kan niet beloven dat het tussen ons blijft" teaches what is not a promise). At run
time each segment of the utterance is scored and the best one not cleared by the rules decides.

The regularisation and the threshold per kind are chosen by 5-fold cross-validation over
families (a family and its translation in the same fold): per kind, the highest
cross-validated recall whose clean false flags (clean utterances the rules pass) stay within a
budget. The final weights are then fitted on the whole development part.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from adviser_desk.domain import questions  # noqa: E402
from adviser_desk.domain.checker_eval import score  # noqa: E402
from adviser_desk.domain.question_checker import vetoes  # noqa: E402
from adviser_desk.domain.question_examples import Example, development_files, load_all  # noqa: E402
from adviser_desk.domain.question_semantics import (  # noqa: E402
    LINEAR_FILE,
    SEMANTIC_KINDS,
    UniversalSentenceEncoder,
    development_digest,
    fit_logistic,
    segments,
)

FOLDER = ROOT / "resources" / "checker"
FOLDS = 5
LAMBDAS = (0.1, 0.3, 1.0, 3.0)


def fold_of(family: str) -> int:
    # A family and its translation ("nl-sec-001", "en-sec-001") fall in the same fold; the
    # same folds as bench/tune_checker.py.
    group = re.sub(r"(^|-)(nl|en)(-|$)", r"\1\3", family)
    return zlib.crc32(group.encode("utf-8")) % FOLDS


@dataclass
class Item:
    example: Example
    spans: list[tuple[int, int]]
    whole: np.ndarray  # the utterance's own embedding (also when it is shorter than a segment)
    segs: np.ndarray  # segments x 512
    rule_kinds: set[str]
    vetoed: dict[str, set[tuple[int, int]]]
    fold: int


def prepare(cache: Path | None) -> list[Item]:
    examples = load_all(development_files(FOLDER))
    all_spans = [segments(e.text) for e in examples]
    flat = [e.text for e in examples] + [
        e.text[s:t] for e, spans in zip(examples, all_spans, strict=True) for s, t in spans
    ]
    key = development_digest(FOLDER)
    vectors = None
    if cache is not None and cache.exists():
        data = np.load(cache)
        if str(data["digest"]) == key and len(data["vectors"]) == len(flat):
            vectors = data["vectors"]
    if vectors is None:
        start = time.perf_counter()
        vectors = UniversalSentenceEncoder(threads=2).embed(flat)
        print(f"embedded {len(flat)} texts in {time.perf_counter() - start:.1f} s")
        if cache is not None:
            np.savez(cache, digest=np.array(key), vectors=vectors)
    items = []
    at = len(examples)
    for i, (example, spans) in enumerate(zip(examples, all_spans, strict=True)):
        segs = vectors[at : at + len(spans)]
        at += len(spans)
        rule = {
            f.kind for f in questions.check_question(example.text, example.lang, example.earlier)
        }
        items.append(
            Item(
                example,
                spans,
                vectors[i],
                segs,
                rule,
                vetoes(example.text, example.lang),
                fold_of(example.family),
            )
        )
    return items


def training_rows(items: list[Item], kind: str) -> tuple[np.ndarray, np.ndarray]:
    rows, labels = [], []
    for item in items:
        if item.example.earlier:
            continue
        positive = kind in item.example.kinds
        rows.append(item.whole)
        labels.append(1.0 if positive else 0.0)
        if not positive:
            for vec in item.segs:
                rows.append(vec)
                labels.append(0.0)
    return np.asarray(rows, dtype=np.float64), np.asarray(labels)


def segment_score(item: Item, kind: str, w: np.ndarray, b: float) -> float:
    """The best score over the segments the rules do not clear for this kind."""
    allowed = [i for i, span in enumerate(item.spans) if span not in item.vetoed[kind]]
    if not allowed:
        return -np.inf
    return float(np.max(item.segs[allowed] @ w + b))


def cv_scores(items: list[Item], kind: str, lam: float) -> np.ndarray:
    out = np.full(len(items), -np.inf)
    folds = np.array([item.fold for item in items])
    for fold in range(FOLDS):
        train = [item for item in items if item.fold != fold]
        x, y = training_rows(train, kind)
        w, b = fit_logistic(x, y, lam)
        for i in np.flatnonzero(folds == fold):
            out[i] = segment_score(items[i], kind, w, b)
    return out


def choose_threshold(
    items: list[Item], kind: str, scores: np.ndarray, budget: float
) -> tuple[float, int, int, int]:
    """The lowest threshold whose clean false flags (on clean utterances the rules pass) stay
    within ``budget`` of all clean utterances; returns it with recall counts and false flags."""
    n_clean = sum(item.example.clean for item in items)
    clean = np.array(
        [s for s, it in zip(scores, items, strict=True) if it.example.clean and not it.rule_kinds]
    )
    allowed = int(np.floor(budget * n_clean))
    ordered = np.sort(clean[np.isfinite(clean)])[::-1]
    # Just above the (allowed+1)-th highest clean score: at most ``allowed`` clean flags.
    threshold = float(ordered[allowed] + 1e-6) if len(ordered) > allowed else -np.inf
    threshold = max(threshold, -50.0)
    pos = np.array([kind in it.example.kinds for it in items])
    caught = int(np.sum(scores[pos] >= threshold))
    false = int(np.sum(clean >= threshold))
    return threshold, caught, int(pos.sum()), false


def report(items: list[Item], scores: dict[str, np.ndarray], thresholds: dict[str, float]) -> None:
    decided = {}
    for i, item in enumerate(items):
        kinds = set(item.rule_kinds)
        for kind, t in thresholds.items():
            if scores[kind][i] >= t:
                kinds.add(kind)
        decided[item.example.id] = kinds
    by_text = {(it.example.text, it.example.lang): it.example.id for it in items}
    reports = score(
        lambda text, lang, _e: decided[by_text[(text, lang)]], (i.example for i in items)
    )
    for lang in sorted(reports):
        for line in reports[lang].lines():
            print("  " + line)


def choose(
    items: list[Item], scored: dict[tuple[str, float], np.ndarray], budget: float
) -> dict[str, tuple[float, float]]:
    """Per kind, the regularisation and threshold with the highest cross-validated recall."""
    chosen = {}
    for kind in SEMANTIC_KINDS:
        best: tuple[int, float, float] | None = None
        for lam in LAMBDAS:
            t, caught, total, false = choose_threshold(items, kind, scored[(kind, lam)], budget)
            print(f"  {kind:16s} lambda {lam:4.1f}: alone catches {caught}/{total}, {false} clean")
            if best is None or caught > best[0]:
                best = (caught, lam, t)
        assert best is not None
        chosen[kind] = (best[1], best[2])
        print(f"  -> {kind}: lambda {best[1]}, threshold {best[2]:+.3f}")
    return chosen


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--budget", type=float, default=0.005, help="clean false flags per kind")
    parser.add_argument("--cache", type=Path, default=None, help="embeddings cache (npz)")
    parser.add_argument("--also", type=float, nargs="*", default=[], help="budgets to compare")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    items = prepare(args.cache)
    print(f"{len(items)} development utterances; budget {args.budget} clean false flags per kind")
    scored = {
        (kind, lam): cv_scores(items, kind, lam) for kind in SEMANTIC_KINDS for lam in LAMBDAS
    }
    for budget in sorted({args.budget, *args.also}):
        chosen = choose(items, scored, budget)
        print(f"Rules + linear layer, {FOLDS}-fold cross-validated, budget {budget} per kind:")
        report(
            items,
            {kind: scored[(kind, chosen[kind][0])] for kind in SEMANTIC_KINDS},
            {k: v[1] for k, v in chosen.items()},
        )
    chosen = choose(items, scored, args.budget)
    if args.write:
        weights, biases = [], []
        for kind in SEMANTIC_KINDS:
            x, y = training_rows(items, kind)
            w, b = fit_logistic(x, y, chosen[kind][0])
            weights.append(w)
            biases.append(b)
        usable = [it for it in items if not it.example.earlier]
        np.savez_compressed(
            FOLDER / LINEAR_FILE,
            kinds=np.array(SEMANTIC_KINDS),
            weights=np.asarray(weights, dtype=np.float32),
            biases=np.asarray(biases, dtype=np.float32),
            thresholds=np.array([chosen[k][1] for k in SEMANTIC_KINDS], dtype=np.float32),
            lambdas=np.array([chosen[k][0] for k in SEMANTIC_KINDS], dtype=np.float32),
            budget=np.array(args.budget),
            # The exemplars' embeddings, only to name the closest labelled examples.
            exemplar_ids=np.array([it.example.id for it in usable]),
            exemplar_vectors=np.asarray([it.whole for it in usable], dtype=np.float16),
            development_sha256=np.array(development_digest(FOLDER)),
            tuned_on=np.array(f"development part, {FOLDS}-fold CV over families"),
        )
        print(f"wrote {FOLDER / LINEAR_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
