"""Tunes the semantic layer on the DEVELOPMENT part only, by cross-validation over groups of
paraphrase families, and writes what the app loads. One command re-runs it all:

    python bench/tune_checker.py --write   # CV figures, then semantic.json + semantic.npz
    python bench/tune_checker.py --nested  # also the nested estimate over meaning groups
    python bench/tune_checker.py           # CV figures only
    python bench/tune_checker.py --test    # also MEASURE the test part (nothing is tuned on it)
    python bench/tune_checker.py --embedder char   # the alternative encoder, for comparison

Honest cross-validation: an utterance is judged only by a model that saw nothing of its
meaning. A fold holds out whole groups, and a group is a family together with its translation
in the other language (the encoder is multilingual and the exemplars of both languages train
one model) and with every family whose centroid is a near-duplicate of it (cosine >=
GROUP_COSINE). The rules cannot be re-fitted per fold: they were written while reading the
development part, so "rules + semantic" figures with the rules in-sample are optimistic.
``bench/rules_cv.py`` estimates them honestly by switching off, for each meaning group, every
rule alternative that only that group supports; "rules (held out) + semantic (CV)" is the
nested estimate (``--nested``). The estimate that chooses, kept in semantic.json and printed by
bench/questions_bench.py, holds out whole writers (below).

Deciders (per kind, on every segment the rules do not clear):
- ``linear``: class-weighted ridge regression over the sentence vector and hashed word uni-
  and bigrams (``LinearModel``), trained on both languages, with the clauses of clean
  exemplars as extra negatives (``CleanClauses``); threshold per kind;
- ``knn``: nearest neighbours with a margin (the earlier layer);
- ``both``: either fires;
- ``agree``: the linear scorer fires and the closest exemplar of the kind is closer than the
  closest exemplar without it.
Each is tuned to a total clean false-flag budget (semantic alone, any kind). Beside them,
``linear-calibrated`` and ``agree-calibrated`` choose the per-kind cuts together for the
combined decision (the rules held out, OR the semantic layer) within a budget of clean false
flags per language, weighing every kind's recall, flagged recall and secrecy recall.

What chooses (since 2026-12-04, late): each WRITER held out in turn (``bench/writer_cv.py``):
the layer trained on the other writers, the rules with every alternative only that writer
supports switched off, and the cuts chosen on the other writers' held-out scores. Holding out
meaning groups only (the nested estimate, ``--nested``) left the rest of a writer's phrasing in
training and promised a third to half of the clean false flags each new writer then met. Of
every decider and budget whose combined clean false flags stay within
``writer_cv.TARGET_FALSE_FLAGS`` (6%) per language writer-held-out, those that keep secrecy
recall at ``writer_cv.SECRECY_FLOOR`` (0.92) in every language if any do, and of them the
highest objective (every kind's recall, flagged recall and secrecy recall, weighed alike: what
issue 10 asks) is shipped; ``linear-per-kind`` gives each kind its own budget, so the secrecy
promises can take more of the false flags than the others. The shipped cuts are chosen on
every writer's held-out scores: what a new writer's phrasing scores like, not what a model
that had seen the writer scores.

Guards (since 2026-12-05, ``bench/layer_guard.py``): a decider and budget are candidates only
if their shipped cuts keep, in-sample with the shipped model, every kind's recall at the
figures test's 0.90 and its clean false flags at 5% per language (a highest cut per kind: the
least a per-kind budget may be), and leave every sentence the app itself shows clean (the
interview guides' prompts in their conversation's profile, the open rewrites: a lowest cut per
kind). The writer-held-out estimate cannot see either; an unguarded choice broke both.

Time: the layer trained once per writer held out takes 20-30 minutes on the shared 2-core
machine, the rules held out a few. Both are kept in bench/.cache (not in git) under a
fingerprint of their inputs (``cache_key``); the layer's scores before the rules' vetoes
(``Raw``) depend on the corpus and the layer's code only, so a change to the rules re-runs the
rules held out (minutes), not the layer's training.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import pickle
import re
import sys
import time
import zlib
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import layer_guard  # noqa: E402  (bench/, beside this script)
import rules_cv  # noqa: E402  (bench/, beside this script)

from adviser_desk.domain import questions  # noqa: E402
from adviser_desk.domain.chat_spelling import written_out  # noqa: E402
from adviser_desk.domain.checker_eval import score  # noqa: E402
from adviser_desk.domain.question_checker import (  # noqa: E402
    SETTINGS_FILE,
    QuestionChecker,
    corpus_fingerprint,
    load_semantic_layer,
)
from adviser_desk.domain.question_examples import Example, development_files, load_all  # noqa: E402
from adviser_desk.domain.question_semantics import (  # noqa: E402
    SEMANTIC_KINDS,
    STORE_FILE,
    CharNgramEmbedder,
    Embedder,
    ExemplarIndex,
    KindThreshold,
    LinearModel,
    Settings,
    Store,
    UniversalSentenceEncoder,
    lexical_features,
    segments,
    store_key,
    store_model,
    usable_exemplars,
)

FOLDER = ROOT / "resources" / "checker"
TEST_PART = ROOT / "tests" / "domain" / "data"
FOLDS = 5
GROUP_COSINE = 0.80  # families this close (centroids) are one meaning for the folds
RIDGE = 1.0  # chosen by the same CV (0.3-3 and lexical weight 0.5-2 are within 0.02)
LEXICAL_WEIGHT = 1.0
AGREE_MARGIN = 0.0  # "agree": the closest exemplar of the kind is closer than any other
# The clean-neighbour veto (Settings.clean_margin): a segment is judged for a kind only where
# the closest exemplar of the kind is at least as close as the closest clean exemplar. Judged
# writer-held-out on the development part with a18/a19 out (2026-12-05, chk6; the per-kind
# budgets re-chosen each time, at 6% false flags and the 0.92 secrecy floor): off, objective
# 0.858, flagged 0.847/0.856, secrecy 0.922/0.930; -0.05: 0.860; 0.0: 0.862, 0.847/0.857,
# 0.932/0.941; clean exemplars weighed three times the other negatives in the linear scorer
# instead: 0.861; both: 0.862. Fixed at 0 (nearer to the kind than to any good question), not
# tuned further. ``--clean-margin off`` compares.
CLEAN_MARGIN: float | None = 0.0
# The calibrated cuts are chosen for phrasings nobody listed; a phrasing typed (nearly) as a
# listed exemplar of the kind is caught by its nearest neighbour whatever the cuts (the shipped
# layer must catch its own exemplars, the in-sample guard below). Out of fold, the held-out
# meaning group is not in the index, so the nested figures count this only where another group
# holds a near-identical phrasing.
EXACT = KindThreshold(0.97, 0.0)
# Clean utterances the semantic layer alone may flag (any kind), CV: the candidates; the largest
# whose combined nested false flags stay within TARGET_FALSE_FLAGS is used.
SEMANTIC_BUDGETS = (0.02, 0.025, 0.03, 0.035, 0.04, 0.045, 0.05, 0.055, 0.06)
# Clean utterances the combination may flag (rules held out + semantic CV, cuts nested), per
# language; the rules' own false flags come first. Issue 10's bar on unseen utterances is 10%.
# 7% leaves three points under it for the sampling noise of a set of about a hundred clean
# utterances (one standard deviation is about 2.5 points at 7%); at 5% the nested estimate gave
# up 2.4 points of flagged recall and 3 of secrecy recall for two points of false flags. The
# test part's own target stays 5% (tests/domain/test_question_checker_figures.py).
TARGET_FALSE_FLAGS = 0.07
BUDGETS = (0.03, 0.035, 0.04, 0.045, 0.05, 0.055, 0.06, 0.065, 0.07)
CUTS = 16  # candidate cuts per kind for the calibrated thresholds
SIMILARITIES = np.round(np.arange(0.20, 0.96, 0.02), 2)
MARGINS = np.round(np.arange(-0.10, 0.31, 0.01), 2)


CACHE = ROOT / "bench" / ".cache"


class CachedEmbedder:
    """An embedder whose vectors are kept on disk between runs (bench/.cache, not in git): the
    tuning embeds some 25 000 segments, most of them the same from run to run."""

    def __init__(self, embedder: Embedder) -> None:
        self._embedder = embedder
        self._path = CACHE / f"embeddings-{zlib.crc32(embedder.name.encode('utf-8')):08x}.npz"
        self._known: dict[str, np.ndarray] = {}
        if self._path.exists():
            with np.load(self._path, allow_pickle=False) as data:
                self._known = dict(
                    zip((str(k) for k in data["keys"]), data["vectors"], strict=True)
                )

    @property
    def name(self) -> str:
        return self._embedder.name

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        missing = sorted({t for t in texts if t not in self._known})
        if missing:
            fresh = self._embedder.embed(missing)
            self._known.update(zip(missing, fresh, strict=True))
            CACHE.mkdir(exist_ok=True)
            np.savez(
                self._path,
                keys=np.array(list(self._known)),
                vectors=np.array(list(self._known.values()), dtype=np.float32),
            )
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        return np.array([self._known[t] for t in texts], dtype=np.float32)


# What the writer-held-out scores and the rules held out depend on besides the corpus and the
# domain code (both in the cache key): bump it when the training in this file changes.
CACHE_VERSION = "1"


# The domain modules the layer's training and scores depend on (not the rules: see Raw).
LAYER_SOURCES = ("question_semantics.py", "chat_spelling.py", "question_examples.py")


def cache_key(embedder_name: str, extra: Sequence[str] = (), layer_only: bool = False) -> str:
    """The fingerprint of every input of the slow part of a tune (the rules held out per meaning
    group and per writer, a few minutes; the layer trained once per writer held out, 20 to 30
    minutes on the loaded 2-core machine): the development part, the domain code (only
    LAYER_SOURCES if ``layer_only``: the layer's raw scores), bench/rules_cv.py, the training
    constants and this file's CACHE_VERSION."""
    digest = hashlib.sha256()
    sources = [*development_files(FOLDER), *(Path(p) for p in extra)]
    domain = ROOT / "adviser_desk" / "domain"
    if layer_only:
        sources += [domain / name for name in LAYER_SOURCES]
    else:
        sources += sorted(domain.glob("*.py"))
        sources.append(ROOT / "bench" / "rules_cv.py")
    for path in sources:
        digest.update(path.name.encode("utf-8"))
        digest.update(path.read_bytes() if path.exists() else b"")
    constants = (CACHE_VERSION, embedder_name, RIDGE, LEXICAL_WEIGHT, GROUP_COSINE, layer_only)
    if not layer_only:
        constants += (CLEAN_MARGIN,)
    digest.update(repr(constants).encode("utf-8"))
    return digest.hexdigest()[:16]


def cached(name: str, key: str, compute: Callable[[], Any]) -> Any:
    """``compute()``, kept in bench/.cache (not in git) under the inputs' fingerprint: a second
    tune on the same corpus and code (to --write, to compare a setting) skips it."""
    path = CACHE / f"{name}-{key}.pkl"
    if path.exists():
        with open(path, "rb") as handle:
            print(f"  {name}: from {path}", flush=True)
            return pickle.load(handle)  # noqa: S301  (our own cache file)
    value = compute()
    CACHE.mkdir(exist_ok=True)
    with open(path.with_suffix(".tmp"), "wb") as handle:
        pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
    path.with_suffix(".tmp").replace(path)
    return value


def development() -> list[Example]:
    return load_all(development_files(FOLDER))


def meaning(family: str) -> str:
    # A family and its translation ("nl-sec-001", "en-sec-001") are one meaning.
    return re.sub(r"(^|-)(nl|en)(-|$)", r"\1\3", family)


def groups(examples: list[Example], vectors: dict[str, np.ndarray]) -> dict[str, str]:
    """meaning -> group: meanings whose centroids are near-duplicates are joined."""
    members: dict[str, list[np.ndarray]] = defaultdict(list)
    for e in examples:
        members[meaning(e.family)].append(vectors[store_key(e)])
    keys = sorted(members)
    centroids = np.array([np.mean(members[k], axis=0) for k in keys])
    centroids /= np.linalg.norm(centroids, axis=1, keepdims=True)
    parent = list(range(len(keys)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    close = np.argwhere(np.triu(centroids @ centroids.T, 1) >= GROUP_COSINE)
    for i, j in close:
        parent[find(int(i))] = find(int(j))
    return {k: keys[find(i)] for i, k in enumerate(keys)}


def group_function(
    examples: list[Example], vectors: dict[str, np.ndarray] | None = None
) -> Callable[[Example], str]:
    """example -> its meaning group, from the stored exemplar vectors (embedded if missing)."""
    if vectors is None:
        stored = Store.load(FOLDER / STORE_FILE) if (FOLDER / STORE_FILE).exists() else None
        vectors = dict(zip(stored.keys, stored.vectors, strict=True)) if stored else {}
        usable = usable_exemplars(examples)
        missing = [e for e in usable if store_key(e) not in vectors]
        if missing:
            fresh = UniversalSentenceEncoder().embed([written_out(e.text, e.lang) for e in missing])
            vectors.update(zip((store_key(e) for e in missing), fresh, strict=True))
    group_of = groups(usable_exemplars(examples), vectors)

    def group(example: Example) -> str:
        key = meaning(example.family)
        return group_of.get(key, key)

    return group


@dataclass
class Item:
    example: Example
    spans: list[tuple[int, int]]
    vectors: np.ndarray  # segments x dims
    lexical: np.ndarray  # segments x LEXICAL_DIMS
    rule_kinds: set[str]
    held_kinds: set[str]  # the rules' kinds, leave one meaning group out (bench/rules_cv.py)
    vetoed: dict[str, set[tuple[int, int]]]


def prepare(
    embedder: Embedder,
    examples: list[Example],
    held: dict[str, set[str]],
    cleared: dict[str, dict[str, set[tuple[int, int]]]],
) -> list[Item]:
    all_spans = [segments(e.text) for e in examples]
    flat = [
        written_out(e.text[s:t], e.lang)
        for e, spans in zip(examples, all_spans, strict=True)
        for s, t in spans
    ]
    vectors = embedder.embed(flat)
    lexical = lexical_features(flat)
    items, at = [], 0
    for example, spans in zip(examples, all_spans, strict=True):
        rows = slice(at, at + len(spans))
        at += len(spans)
        rule = {
            f.kind for f in questions.check_question(example.text, example.lang, example.earlier)
        }
        items.append(
            Item(
                example,
                spans,
                vectors[rows],
                lexical[rows],
                rule,
                held[example.id],
                cleared[example.id],
            )
        )
    return items


# Per item and kind: (similarity, margin, linear score) of each segment the rules do not clear.
Points = list[dict[str, list[tuple[float, float, float]]]]


@dataclass
class CleanClauses:
    """The clauses and sentences of clean exemplars (not the whole utterance, which the index
    holds), as extra negatives for the linear scorer. The layer judges every clause of what the
    adviser types; trained on whole utterances only, it had never seen a clean clause and
    flagged fragments of clean questions ("..., en ik vertel je eerst wie het hoort"). With
    them, 5-fold CV over meaning groups: semantic layer alone 0.31 -> 0.45 mean recall at the
    same 3% clean false flags; combined secrecy recall 0.77 -> 0.82 per language."""

    vectors: np.ndarray
    lexical: np.ndarray
    examples: list[Example]

    @classmethod
    def of(cls, items: list[Item]) -> CleanClauses:
        rows = [
            (item.vectors[i], item.lexical[i], item.example)
            for item in items
            if item.example.clean and not item.example.earlier
            for i, span in enumerate(item.spans)
            if span != (0, len(item.example.text))
        ]
        if not rows:
            return cls(np.zeros((0, 0)), np.zeros((0, 0)), [])
        return cls(
            np.array([r[0] for r in rows]), np.array([r[1] for r in rows]), [r[2] for r in rows]
        )


@dataclass
class TrainingRows:
    """Every row the linear scorer may learn from (the exemplars, then the clean clauses) and
    their kernel matrix, computed once: a fold takes its rows out of it. Same model as
    computing it per fold, five times faster."""

    vectors: np.ndarray
    lexical: np.ndarray
    labels: dict[str, np.ndarray]
    gram: np.ndarray

    @classmethod
    def of(
        cls, index: ExemplarIndex, clauses: CleanClauses, dtype: type = np.float64
    ) -> TrainingRows:
        vectors = index.vectors
        lexical = lexical_features([written_out(e.text, e.lang) for e in index.examples])
        labels = {kind: index.labels[kind] for kind in SEMANTIC_KINDS}
        extra = len(clauses.examples)
        if extra:
            vectors = np.vstack([vectors, clauses.vectors])
            lexical = np.vstack([lexical, clauses.lexical])
            labels = {
                k: np.concatenate([v, np.zeros(extra, dtype=bool)]) for k, v in labels.items()
            }
        gram = (vectors @ vectors.T + LEXICAL_WEIGHT * (lexical @ lexical.T)).astype(dtype)
        return cls(vectors, lexical, labels, gram)


def train(
    index: ExemplarIndex,
    keep: np.ndarray,
    clauses: CleanClauses,
    keep_clauses: np.ndarray,
    rows: TrainingRows | None = None,
) -> LinearModel:
    rows = rows or TrainingRows.of(index, clauses)
    chosen = np.concatenate([keep, keep_clauses]).astype(bool)
    return LinearModel.train(
        rows.vectors[chosen],
        rows.lexical[chosen],
        {k: v[chosen] for k, v in rows.labels.items()},
        RIDGE,
        LEXICAL_WEIGHT,
        gram=rows.gram[np.ix_(chosen, chosen)],
    )


# Per item and kind: (similarity, margin, linear score, clean margin) of EVERY segment, in the
# order of item.spans: what the layer trained without the item's fold says, before the rules'
# vetoes and the clean-neighbour veto (``judged``) pick the segments it may flag. It does not
# depend on the rules, so a change to them does not call for training the layer again.
Raw = list[dict[str, list[tuple[float, float, float, float]]]]


def raw_points(
    item: Item,
    index: ExemplarIndex,
    settings: Settings,
    model: LinearModel,
    exclude: np.ndarray | None,
) -> dict[str, list[tuple[float, float, float, float]]]:
    if not item.spans:
        return {}
    sims = item.vectors @ index.vectors.T
    knn = index.scores(sims, item.example.lang, settings, exclude)
    linear = model.scores(item.vectors, item.lexical)
    return {
        kind: [
            (s.positive, s.margin, float(linear[kind][i]), s.clean_margin)
            for i, s in enumerate(knn[kind])
        ]
        for kind in SEMANTIC_KINDS
    }


def judged(
    item: Item, raw: dict[str, list[tuple[float, float, float, float]]]
) -> dict[str, list[tuple[float, float, float]]]:
    """The segments the layer may flag for each kind: not cleared by the rules (item.vetoed)
    and past the clean-neighbour veto."""
    return {
        kind: [
            (p, m, s)
            for span, (p, m, s, c) in zip(item.spans, raw[kind], strict=True)
            if span not in item.vetoed[kind] and (CLEAN_MARGIN is None or c >= CLEAN_MARGIN)
        ]
        for kind in raw
    }


def points_for(
    item: Item,
    index: ExemplarIndex,
    settings: Settings,
    model: LinearModel,
    exclude: np.ndarray | None,
) -> dict[str, list[tuple[float, float, float]]]:
    return judged(item, raw_points(item, index, settings, model, exclude))


def cross_validated(
    index: ExemplarIndex,
    items: list[Item],
    group_of: dict[str, str],
    fold_of: Callable[[Example], int] | None = None,
) -> Points:
    """Each item scored by a model trained without its fold: by default one of FOLDS folds of
    meaning groups; ``fold_of`` gives other folds (one per writer: bench/writer_cv.py)."""
    raw = cross_validated_raw(index, items, group_of, fold_of)
    return [judged(item, r) for item, r in zip(items, raw, strict=True)]


def cross_validated_raw(
    index: ExemplarIndex,
    items: list[Item],
    group_of: dict[str, str],
    fold_of: Callable[[Example], int] | None = None,
) -> Raw:
    """``cross_validated`` before the vetoes (``judged``)."""

    def by_group(e: Example) -> int:
        group = meaning(e.family)
        return zlib.crc32(group_of.get(group, group).encode("utf-8")) % FOLDS

    fold = fold_of or by_group
    folds = np.array([fold(e) for e in index.examples])
    clauses = CleanClauses.of(items)
    clause_folds = np.array([fold(e) for e in clauses.examples], dtype=int)
    settings = Settings({}, cross_lingual=True)
    out: Raw = [{} for _ in items]
    # Single precision for the folds (the ridge keeps the system well conditioned; the scores
    # agree to about 1e-5): twice as fast. The shipped model is solved in double precision.
    rows = TrainingRows.of(index, clauses, np.float32)
    item_folds = [fold(item.example) for item in items]
    for f in sorted(set(item_folds)):
        model = train(index, folds != f, clauses, clause_folds != f, rows)
        for n, item in enumerate(items):
            if item_folds[n] == f:
                out[n] = raw_points(item, index, settings, model, folds == f)
    return out


@dataclass
class Choice:
    decider: str
    knn: dict[str, KindThreshold]
    linear: dict[str, float]

    def fires(self, kind: str, points: list[tuple[float, float, float]]) -> bool:
        t = self.knn.get(kind)
        cut = self.linear.get(kind)
        if self.decider == "agree":
            return cut is not None and any(m >= AGREE_MARGIN and s >= cut for _, m, s in points)
        return any(
            (t is not None and p >= t.similarity and m >= t.margin)
            or (cut is not None and s >= cut)
            for p, m, s in points
        )


def knn_grid(points: list[tuple[float, float, float]]) -> np.ndarray:
    grid = np.zeros((len(SIMILARITIES), len(MARGINS)), dtype=bool)
    for pos, margin, _ in points:
        grid |= (SIMILARITIES[:, None] <= pos + 1e-9) & (MARGINS[None, :] <= margin + 1e-9)
    return grid


def choose(items: list[Item], scored: Points, decider: str, budget: float) -> Choice:
    """Per kind at most ``budget`` of the clean utterances flagged (those the rules pass)."""
    clean = [n for n, item in enumerate(items) if item.example.clean and not item.rule_kinds]
    allowed = int(budget * sum(1 for item in items if item.example.clean))
    knn: dict[str, KindThreshold] = {}
    linear: dict[str, float] = {}
    # Both deciders share a kind's budget when they are combined.
    share = allowed // 2 if decider == "both" else allowed
    for kind in SEMANTIC_KINDS:
        positives = [n for n, item in enumerate(items) if kind in item.example.kinds]
        if decider in ("linear", "both", "agree"):
            least = AGREE_MARGIN if decider == "agree" else -9.0
            tops = sorted(
                (
                    max((s for _, m, s in scored[n].get(kind, []) if m >= least), default=-9.0)
                    for n in clean
                ),
                reverse=True,
            )
            linear[kind] = tops[share] + 1e-6 if share < len(tops) else -9.0
        if decider in ("knn", "both"):
            caught = sum(knn_grid(scored[n].get(kind, [])).astype(int) for n in positives)
            false = sum(knn_grid(scored[n].get(kind, [])).astype(int) for n in clean)
            ok = np.asarray(false) <= share
            value = np.where(ok, caught, -1) * 1000 + SIMILARITIES[:, None] * 10 + MARGINS[None, :]
            a, b = np.unravel_index(int(np.argmax(value)), value.shape)
            knn[kind] = KindThreshold(float(SIMILARITIES[a]), float(MARGINS[b]))
    return Choice(decider, knn, linear)


def figures(
    items: list[Item], scored: Points, choice: Choice, with_rules: bool, held_out: bool = False
) -> dict:
    """Kinds found per utterance: the semantic layer's, with the rules' in-sample kinds
    (``with_rules``) or their leave-one-group-out kinds (``held_out``)."""
    decided = {}
    for item, per_kind in zip(items, scored, strict=True):
        kinds = set(item.rule_kinds) if with_rules else set()
        kinds |= set(item.held_kinds) if held_out else set()
        kinds |= {k for k in SEMANTIC_KINDS if choice.fires(k, per_kind.get(k, []))}
        decided[id(item.example)] = kinds
    by_example = {(i.example.text, i.example.lang, i.example.earlier): i.example for i in items}
    return score(
        lambda text, lang, earlier: decided[id(by_example[(text, lang, tuple(earlier))])],
        (i.example for i in items),
    )


def semantic_false_flags(reports: dict) -> float:
    return max(r.false_flag_rate for r in reports.values())


def mean_recall(reports: dict) -> float:
    return float(np.mean([r.recall(k) for r in reports.values() for k in SEMANTIC_KINDS]))


def objective(reports: dict) -> float:
    """What issue 10 asks of unseen utterances, weighed alike: every kind's recall, flagged
    recall (any finding on a flagged utterance) and the secrecy promises' own recall, per
    language. The calibrated cuts maximise the same (``calibrated``)."""
    return float(
        (
            mean_recall(reports)
            + np.mean([r.flagged_recall for r in reports.values()])
            + np.mean([r.recall(questions.SECRECY_PROMISE) for r in reports.values()])
        )
        / 3
    )


def tuned(items: list[Item], scored: Points, decider: str, budget: float) -> Choice:
    """The per-kind budget that keeps the union of kinds within ``budget`` on every language."""
    best = choose(items, scored, decider, 0.0)
    for per_kind in np.arange(0.0, budget + 1e-9, 0.0025):
        choice = choose(items, scored, decider, float(per_kind))
        if semantic_false_flags(figures(items, scored, choice, with_rules=False)) <= budget:
            best = choice
    return best


def calibrated(items: list[Item], scored: Points, decider: str, budget: float) -> Choice:
    """Per-kind linear thresholds chosen together for the COMBINED decision (the rules held out
    one meaning group at a time, OR the semantic layer, CV): of every combination of per-kind
    cuts that keeps the clean false flags of the combination within ``budget`` in each
    language, the one with the highest objective (see ``objective``). A kind whose
    exemplars the layer separates well gets more of the budget than one it does not."""
    least = AGREE_MARGIN if decider == "agree" else -9.0
    langs = sorted({i.example.lang for i in items})
    lang = np.array([i.example.lang for i in items])
    clean = np.array([i.example.clean for i in items])
    ruled = np.array([bool(i.held_kinds) for i in items])
    best_score = {
        kind: np.array(
            [max((s for _, m, s in p.get(kind, []) if m >= least), default=-9.0) for p in scored]
        )
        for kind in SEMANTIC_KINDS
    }
    has = {kind: np.array([kind in i.example.kinds for i in items]) for kind in SEMANTIC_KINDS}
    held = {kind: np.array([kind in i.held_kinds for i in items]) for kind in SEMANTIC_KINDS}
    # Candidate cuts per kind: just above the k-th highest score of a clean utterance the rules
    # pass (k false flags of that kind), k = 0 .. CUTS - 1.
    cuts = {}
    for kind in SEMANTIC_KINDS:
        tops = np.sort(best_score[kind][clean & ~ruled])[::-1]
        cuts[kind] = [float(t) + 1e-6 for t in tops[:CUTS]]
    allowed = {g: int(budget * (clean & (lang == g)).sum()) for g in langs}
    best: tuple[float, tuple[float, ...]] | None = None
    for combo in itertools.product(*(cuts[k] for k in SEMANTIC_KINDS)):
        fires = {k: best_score[k] >= c for k, c in zip(SEMANTIC_KINDS, combo, strict=True)}
        flagged = ruled | np.logical_or.reduce([fires[k] for k in SEMANTIC_KINDS])
        if any((flagged & clean & (lang == g)).sum() > allowed[g] for g in langs):
            continue
        per_kind = {
            (k, g): ((held[k] | fires[k]) & has[k] & (lang == g)).sum()
            / max(1, (has[k] & (lang == g)).sum())
            for k in SEMANTIC_KINDS
            for g in langs
        }
        caught = flagged & ~clean
        flagged_recall = [
            (caught & (lang == g)).sum() / max(1, (~clean & (lang == g)).sum()) for g in langs
        ]
        # What the issue asks of an unseen set: every kind, any finding on a flagged utterance,
        # and above all the secrecy promises (their own target), weighed alike.
        recall = (
            np.mean(list(per_kind.values()))
            + np.mean(flagged_recall)
            + np.mean([per_kind[(questions.SECRECY_PROMISE, g)] for g in langs])
        ) / 3
        if best is None or recall > best[0]:
            best = (float(recall), combo)
    linear = dict(zip(SEMANTIC_KINDS, best[1], strict=True)) if best else {}
    # A phrasing typed as it is listed is caught whatever the cuts (see EXACT).
    return Choice(decider, dict.fromkeys(SEMANTIC_KINDS, EXACT), dict(linear))


def nested(
    items: list[Item],
    scored: Points,
    label: str,
    budget: float,
    folds: np.ndarray,
    semantic_budget: float,
    only: Callable[[Example], bool] | None = None,
    budgets: dict[str, float] | None = None,
) -> dict:
    """The combined figures when the per-kind cuts, too, are chosen without the utterance's
    meaning group: cuts picked on four folds, applied to the fifth. Picking a cut just above the
    k-th clean score flatters the false flags it was picked on; this does not. ``label`` is a
    decider ("linear", "both", ...) tuned to ``semantic_budget`` or a calibrated one
    ("linear-calibrated") tuned to ``budget``, or "linear-per-kind" with ``budgets``. ``only``
    scores a part of the items (all of them still train and choose)."""
    import writer_cv  # bench/, beside this script; it imports this module

    decided: dict[int, set[str]] = {}
    decider = label.removesuffix("-calibrated")
    for f in np.unique(folds):
        inside = [n for n in range(len(items)) if folds[n] != f]
        chosen_items, chosen_scores = [items[n] for n in inside], [scored[n] for n in inside]
        if label == writer_cv.PER_KIND:
            choice = writer_cv.choose(chosen_items, chosen_scores, label, budget, budgets)
        elif label.endswith("-calibrated"):
            choice = calibrated(chosen_items, chosen_scores, decider, budget)
        else:
            choice = tuned(chosen_items, chosen_scores, decider, semantic_budget)
        for n in range(len(items)):
            if folds[n] == f:
                found = set(items[n].held_kinds)
                found |= {k for k in SEMANTIC_KINDS if choice.fires(k, scored[n].get(k, []))}
                decided[id(items[n].example)] = found
    by_example = {(i.example.text, i.example.lang, i.example.earlier): i.example for i in items}
    return score(
        lambda text, lang, earlier: decided[id(by_example[(text, lang, tuple(earlier))])],
        (i.example for i in items if only is None or only(i.example)),
    )


def show(title: str, reports: dict) -> None:
    print(title)
    for lang in sorted(reports):
        for line in reports[lang].lines():
            print("  " + line)


def main() -> int:
    global CLEAN_MARGIN
    parser = argparse.ArgumentParser()
    parser.add_argument("--embedder", choices=("use", "char"), default="use")
    parser.add_argument(
        "--decider",
        choices=(
            "auto",
            "linear",
            "agree",
            "linear-per-kind",
            "linear-calibrated",
            "agree-calibrated",
        ),
        default="auto",
    )
    parser.add_argument(
        "--clean-margin",
        default=str(CLEAN_MARGIN),
        help="the clean-neighbour veto's margin, or 'off' (see CLEAN_MARGIN)",
    )
    parser.add_argument("--write", action="store_true", help="write semantic.json and .npz")
    parser.add_argument("--test", action="store_true", help="measure (only) the test part")
    parser.add_argument(
        "--nested",
        action="store_true",
        help="also the nested estimate over meaning groups (5 more trainings), for comparison",
    )
    parser.add_argument(
        "--without",
        default="",
        metavar="A,B",
        help="with --nested: also the nested estimate on the families without these batch "
        "markers (e.g. a16,a17): the same utterances as before a batch joined",
    )
    parser.add_argument(
        "--dump",
        metavar="FILE",
        help="write the writer-held-out misses and false flags (development part) as JSON",
    )
    parser.add_argument(
        "--group-with",
        nargs="+",
        default=[],
        metavar="JSONL",
        help="form the meaning groups, and so the folds, with these files' families too",
    )
    args = parser.parse_args()
    import writer_cv  # bench/, beside this script; it imports this module

    CLEAN_MARGIN = None if args.clean_margin == "off" else float(args.clean_margin)

    examples = development()
    extra = load_all(Path(path) for path in args.group_with)
    start = time.perf_counter()
    embedder: Embedder = (
        CachedEmbedder(UniversalSentenceEncoder())
        if args.embedder == "use"
        else CharNgramEmbedder([e.text for e in examples])
    )
    index = ExemplarIndex.build(embedder, examples)
    by_key = dict(zip((store_key(e) for e in index.examples), index.vectors, strict=True))
    others = [e for e in usable_exemplars(extra) if store_key(e) not in by_key]
    if others:
        fresh = embedder.embed([written_out(e.text, e.lang) for e in others])
        by_key.update(zip((store_key(e) for e in others), fresh, strict=True))
    group_of = groups(index.examples + usable_exemplars(extra), by_key)
    group_fn = group_function(examples + extra, by_key)
    key = cache_key(embedder.name, args.group_with)
    # The rules held out per meaning group serve the nested estimate only (the writer-held-out
    # items replace them): a few minutes skipped without --nested.
    held, cleared = (
        cached(
            "rules-groups",
            key,
            lambda: (
                rules_cv.rule_kinds_held_out(examples, group_fn),
                # The rules' vetoes for the semantic layer, held out the same way.
                rules_cv.vetoes_held_out(examples, group_fn),
            ),
        )
        if args.nested
        else (
            {e.id: set() for e in examples},
            {e.id: {k: set() for k in SEMANTIC_KINDS} for e in examples},
        )
    )
    items = prepare(embedder, examples, held, cleared)
    names = writer_cv.writers(examples)
    print(
        f"{embedder.name}: {len(examples)} development utterances in "
        f"{len(set(group_of.values()))} meaning groups by {len(names)} writers "
        f"({', '.join(names)}), embedded with their segments in "
        f"{time.perf_counter() - start:.1f} s",
        flush=True,
    )
    # The estimate that chooses: every writer held out in turn (rules and layer), the cuts
    # chosen on the other writers (bench/writer_cv.py says why).
    witems = writer_cv.held_out_items(items, examples, key)
    wscored, wfolds = writer_cv.scored_held_out(
        index, witems, names, cache_key(embedder.name, args.group_with, layer_only=True)
    )
    print(f"layer trained once per writer held out: {time.perf_counter() - start:.0f} s")
    # The shipped model (every exemplar) and what its cuts must keep in-sample and on the
    # app's own sentences (bench/layer_guard.py): a choice that breaks either is no candidate.
    clauses = CleanClauses.of(items)
    model = train(
        index,
        np.ones(len(index.examples), dtype=bool),
        clauses,
        np.ones(len(clauses.examples), dtype=bool),
    )
    guard = layer_guard.Guard.of(
        embedder, index, model, examples, CLEAN_MARGIN, (layer_guard.NONE, AGREE_MARGIN)
    )
    print(
        f"guard ({len(guard.texts)} sentences the app shows; in-sample recall "
        f"{layer_guard.IN_SAMPLE_RECALL}): linear {guard.describe()}; agree "
        f"{guard.describe(AGREE_MARGIN)}; {time.perf_counter() - start:.0f} s",
        flush=True,
    )
    if (FOLDER / SETTINGS_FILE).exists():
        before = Settings.load(FOLDER / SETTINGS_FILE)
        cuts = Choice("linear" if before.linear_margin is None else "agree", {}, before.linear)
        writer_cv.per_writer(
            witems,
            writer_cv.decided(witems, wscored, cuts),
            [],
            f"The cuts shipped before ({before.linear}), on the same writer-held-out scores:",
        )
        print(f"  guard: {guard.problems(np.array([before.linear[k] for k in SEMANTIC_KINDS]))}")
    labels = writer_cv.LABELS if args.decider == "auto" else (args.decider,)
    best, _ = writer_cv.select(witems, wscored, wfolds, labels, guard.problems)
    label, budget = best.label, best.budget
    # The shipped cuts: chosen on every writer's held-out scores (what a new writer's phrasing
    # scores like), not on scores of models that had seen the writer.
    choice = writer_cv.choose(witems, wscored, label, budget, best.budgets)
    decider = choice.decider
    print(f"Chosen: {best.describe()}; thresholds: linear {choice.linear}")
    least = AGREE_MARGIN if decider == "agree" else layer_guard.NONE
    shipped_cuts = np.array([choice.linear[k] for k in SEMANTIC_KINDS])
    broken = guard.problems(shipped_cuts, least)
    if broken:  # the guard judged the same cuts; this would be a bug in the bench
        raise RuntimeError(f"the chosen cuts break the guard: {broken}")
    rules_writer = writer_cv.report(
        witems, writer_cv.decided(witems, wscored, Choice("none", {}, {}))
    )
    writer_cv.per_writer(
        witems,
        writer_cv.decided(witems, wscored, Choice("none", {}, {})),
        names,
        "Rules alone, each writer held out (alternatives only that writer supports off):",
    )
    writer_cv.per_writer(
        witems,
        best.found,
        names,
        "Rules + semantic, each writer held out, cuts chosen on the other writers: the estimate",
    )
    combined = best.reports
    show("... in full:", combined)
    # In-sample, the shipped layer should still catch its own exemplars (an adviser who types a
    # listed phrasing gets the finding): the guard keeps it at the figures test's level.
    print(f"  in-sample, the shipped cuts (guard): {guard.in_sample(shipped_cuts, least)}")
    nested_lines: list[str] = []
    if args.nested:
        scored = cross_validated(index, items, group_of)
        folds = np.array(
            [
                zlib.crc32(
                    group_of.get(meaning(i.example.family), meaning(i.example.family)).encode()
                )
                % FOLDS
                for i in items
            ]
        )
        grouped = nested(items, scored, label, budget, folds, budget, budgets=best.budgets)
        show(
            "Nested over meaning groups (writers stay in training), the same decider and budget:",
            grouped,
        )
        nested_lines = [line for _, r in sorted(grouped.items()) for line in r.lines()]
        if args.without:
            markers = tuple(f"-{m}-" for m in args.without.split(","))
            show(
                f"... the same, scored on the families without {args.without} (trained on all):",
                nested(
                    items,
                    scored,
                    label,
                    budget,
                    folds,
                    budget,
                    lambda e: not any(m in e.family for m in markers),
                    best.budgets,
                ),
            )
    if args.dump:
        Path(args.dump).write_text(
            json.dumps(
                {
                    lang: {"missed": r.missed, "false_flags": r.false_flags}
                    for lang, r in combined.items()
                },
                ensure_ascii=False,
                indent=1,
            ),
            encoding="utf-8",
        )
    settings = Settings(
        choice.knn,
        cross_lingual=True,
        top_k=1,
        linear=choice.linear,
        linear_margin=AGREE_MARGIN if decider == "agree" else None,
        clean_margin=CLEAN_MARGIN,
    )
    if args.write:
        (FOLDER / SETTINGS_FILE).write_text(
            settings.to_json(
                {
                    "tuned_on": "development part, each writer held out in turn",
                    "decider": label,
                    "budget": best.budgets or budget,
                    "target_false_flags": writer_cv.TARGET_FALSE_FLAGS,
                    "secrecy_floor": writer_cv.SECRECY_FLOOR,
                    "ridge": RIDGE,
                    "lexical_weight": LEXICAL_WEIGHT,
                    # The honest figures, for bench/questions_bench.py.
                    "rules_held_out": [
                        line for _, r in sorted(rules_writer.items()) for line in r.lines()
                    ],
                    "combined_held_out": [
                        line for _, r in sorted(combined.items()) for line in r.lines()
                    ],
                    "combined_nested_groups": nested_lines,
                }
            ),
            encoding="utf-8",
        )
        Store(
            corpus_fingerprint(FOLDER, embedder.name),
            store_model(embedder.name),
            tuple(store_key(e) for e in index.examples),
            index.vectors,
            model,
        ).save(FOLDER / STORE_FILE)
        print(f"wrote {FOLDER / SETTINGS_FILE} and {FOLDER / STORE_FILE}")
    if args.test:
        # The shipped checker as the app loads it (semantic.json + semantic.npz in FOLDER).
        checker = QuestionChecker(load_semantic_layer(FOLDER, embedder))
        held_out = load_all(TEST_PART / f"checker_test_{lang}.jsonl" for lang in ("nl", "en"))
        show(
            "TEST part, rules + semantic, the shipped files (measured only, never tuned on):",
            score(
                lambda text, lang, earlier: {f.kind for f in checker.check(text, lang, earlier)},
                held_out,
            ),
        )
    print(f"total {time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
