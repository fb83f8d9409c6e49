"""Tunes the semantic layer on the DEVELOPMENT part only, by cross-validation over paraphrase
families, and compares sentence encoders. The test part is never read here.

    python bench/tune_checker.py                 # cross-validated figures, USE encoder
    python bench/tune_checker.py --embedder char # the alternative: character n-grams
    python bench/tune_checker.py --write         # also write resources/checker/semantic.json

Each fold holds out whole families: an utterance is judged only by exemplars of other
families, as an utterance nobody wrote for the checker would be. Per kind, the similarity and
margin thresholds are the ones with the highest cross-validated recall whose clean false flags
(on top of the rules' own) stay within a budget.
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
from adviser_desk.domain.question_checker import SETTINGS_FILE, vetoes  # noqa: E402
from adviser_desk.domain.question_examples import Example, development_files, load_all  # noqa: E402
from adviser_desk.domain.question_semantics import (  # noqa: E402
    SEMANTIC_KINDS,
    CharNgramEmbedder,
    Embedder,
    ExemplarIndex,
    KindThreshold,
    Settings,
    UniversalSentenceEncoder,
    segments,
)

FOLDER = ROOT / "resources" / "checker"
FOLDS = 5
SIMILARITIES = np.round(np.arange(0.20, 0.96, 0.02), 2)
MARGINS = np.round(np.arange(-0.10, 0.31, 0.01), 2)


def development() -> list[Example]:
    examples = load_all(development_files(FOLDER))
    if examples:
        return examples
    # Before the development part exists: the project's older corpus, one family per line.
    from tests.domain.question_corpus import EN, NL

    out = []
    for lang, rows in (("nl", NL), ("en", EN)):
        for i, (kinds, text, ctx) in enumerate(rows):
            out.append(Example(f"{lang}-{i}", f"{lang}-{i}", lang, text, frozenset(kinds), ctx))
    return out


def fold_of(family: str) -> int:
    # A family and its translation ("nl-sec-001", "en-sec-001") fall in the same fold.
    group = re.sub(r"(^|-)(nl|en)(-|$)", r"\1\3", family)
    return zlib.crc32(group.encode("utf-8")) % FOLDS


@dataclass
class Item:
    example: Example
    spans: list[tuple[int, int]]
    sims: np.ndarray  # segments x exemplars
    rule_kinds: set[str]
    vetoed: dict[str, set[tuple[int, int]]]


def prepare(embedder: Embedder, examples: list[Example]) -> tuple[ExemplarIndex, list[Item]]:
    index = ExemplarIndex.build(embedder, examples)
    items = []
    all_spans = [segments(e.text) for e in examples]
    flat = [e.text[s:t] for e, spans in zip(examples, all_spans, strict=True) for s, t in spans]
    vectors = embedder.embed(flat) if flat else np.zeros((0, index.vectors.shape[1]))
    at = 0
    for example, spans in zip(examples, all_spans, strict=True):
        vec = vectors[at : at + len(spans)]
        at += len(spans)
        rule = {
            f.kind for f in questions.check_question(example.text, example.lang, example.earlier)
        }
        items.append(
            Item(example, spans, vec @ index.vectors.T, rule, vetoes(example.text, example.lang))
        )
    return index, items


def cv_scores(
    index: ExemplarIndex, items: list[Item], settings: Settings
) -> list[dict[str, list[tuple[float, float]]]]:
    """Per item and kind, the (similarity, margin) of each segment not vetoed by the rules,
    scored only against exemplars of other folds."""
    folds = np.array([fold_of(e.family) for e in index.examples])
    out = []
    for item in items:
        exclude = folds == fold_of(item.example.family)
        per_kind: dict[str, list[tuple[float, float]]] = {}
        if len(item.spans):
            scores = index.scores(item.sims, item.example.lang, settings, exclude)
            for kind in SEMANTIC_KINDS:
                per_kind[kind] = [
                    (s.positive, s.margin)
                    for span, s in zip(item.spans, scores[kind], strict=True)
                    if span not in item.vetoed[kind]
                ]
        out.append(per_kind)
    return out


def flags(points: list[tuple[float, float]]) -> np.ndarray:
    """Grid (similarity x margin) of whether any segment passes both thresholds."""
    grid = np.zeros((len(SIMILARITIES), len(MARGINS)), dtype=bool)
    for pos, margin in points:
        grid |= (SIMILARITIES[:, None] <= pos + 1e-9) & (MARGINS[None, :] <= margin + 1e-9)
    return grid


def tune(
    items: list[Item], scored: list[dict[str, list[tuple[float, float]]]], budget: float
) -> dict[str, KindThreshold]:
    clean = [i for i, item in enumerate(items) if item.example.clean and not item.rule_kinds]
    n_clean = sum(1 for item in items if item.example.clean)
    chosen = {}
    for kind in SEMANTIC_KINDS:
        positives = [i for i, item in enumerate(items) if kind in item.example.kinds]
        missed = [i for i in positives if kind not in items[i].rule_kinds]
        # Judged as a detector on its own: on unseen words the rules miss far more than here.
        caught = np.zeros((len(SIMILARITIES), len(MARGINS)))
        for i in positives:
            caught += flags(scored[i].get(kind, []))
        caught_missed = np.zeros_like(caught)
        for i in missed:
            caught_missed += flags(scored[i].get(kind, []))
        false = np.zeros_like(caught)
        for i in clean:
            false += flags(scored[i].get(kind, []))
        ok = false / max(1, n_clean) <= budget
        # Highest recall within the budget; among equals, the strictest thresholds.
        value = np.where(ok, caught, -1) * 1000 + SIMILARITIES[:, None] * 10 + MARGINS[None, :]
        a, b = np.unravel_index(int(np.argmax(value)), value.shape)
        chosen[kind] = KindThreshold(float(SIMILARITIES[a]), float(MARGINS[b]))
        print(
            f"  {kind:16s} similarity >= {SIMILARITIES[a]:.2f}, margin >= {MARGINS[b]:+.2f}: "
            f"semantic alone catches {int(caught[a, b])}/{len(positives)}, "
            f"{int(caught_missed[a, b])}/{len(missed)} of those the rules miss; "
            f"flags {int(false[a, b])} clean the rules pass"
        )
    return chosen


def report(
    items: list[Item],
    scored: list[dict[str, list[tuple[float, float]]]],
    thresholds: dict[str, KindThreshold],
) -> None:
    decided: dict[str, set[str]] = {}
    for item, per_kind in zip(items, scored, strict=True):
        kinds = set(item.rule_kinds)
        for kind, t in thresholds.items():
            if any(p >= t.similarity and m >= t.margin for p, m in per_kind.get(kind, [])):
                kinds.add(kind)
        decided[item.example.id] = kinds
    by_text = {(it.example.text, it.example.lang): it.example.id for it in items}
    reports = score(
        lambda text, lang, _e: decided[by_text[(text, lang)]], (i.example for i in items)
    )
    for lang in sorted(reports):
        for line in reports[lang].lines():
            print("  " + line)


def rules_only(items: list[Item]) -> None:
    reports = score(
        lambda text, lang, earlier: {f.kind for f in questions.check_question(text, lang, earlier)},
        (i.example for i in items),
    )
    for lang in sorted(reports):
        for line in reports[lang].lines():
            print("  " + line)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--embedder", choices=("use", "char"), default="use")
    parser.add_argument("--budget", type=float, default=0.01, help="clean false flags per kind")
    parser.add_argument("--top-k", type=int, default=1)
    parser.add_argument("--cross-lingual", action="store_true")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    examples = development()
    start = time.perf_counter()
    embedder: Embedder
    if args.embedder == "use":
        embedder = UniversalSentenceEncoder()
    else:
        embedder = CharNgramEmbedder([e.text for e in examples])
    index, items = prepare(embedder, examples)
    print(
        f"{embedder.name}: {len(examples)} development utterances embedded with their "
        f"segments in {time.perf_counter() - start:.1f} s"
    )
    print("Rules only, development part:")
    rules_only(items)
    settings = Settings({}, cross_lingual=args.cross_lingual, top_k=args.top_k)
    scored = cv_scores(index, items, settings)
    print(f"Thresholds ({FOLDS}-fold cross-validation over families, budget {args.budget}):")
    thresholds = tune(items, scored, args.budget)
    print("Rules + semantic layer, cross-validated on the development part:")
    report(items, scored, thresholds)
    if args.write:
        final = Settings(thresholds, args.cross_lingual, args.top_k)
        (FOLDER / SETTINGS_FILE).write_text(
            final.to_json(
                {
                    "tuned_on": "development part, " + f"{FOLDS}-fold CV over families",
                    "budget": args.budget,
                }
            ),
            encoding="utf-8",
        )
        print(f"wrote {FOLDER / SETTINGS_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
