"""The clean-side check of rule findings (adviser_desk/domain/rule_review.py): its kinds and cuts
judged writer-held-out, and the shipped weights written.

    python bench/clean_check.py            # the candidate kinds and cuts, writer-held-out
    python bench/clean_check.py --prefold  # also on each fresh batch's rule firings before its
                                           # fold (the rules of the commit that measured it)
    python bench/clean_check.py --write    # train on the whole development part, write
                                           # resources/checker/clean_check.npz with CUTS

Writer-held-out, as bench/writer_cv.py: each writer's utterances are judged by the rules with
every alternative only that writer supports switched off (bench/rules_cv.py), by the semantic
layer trained without the writer at the shipped cuts, and by a clean-side scorer trained
without the writer. The pre-fold firings are the honest fresh-writer rule findings: each batch
a18-a27 as the rules stood when it was measured before anyone read it (resources/checker/
README.md names the commits), its clean-side scorer trained without its writer.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import rules_cv  # noqa: E402  (bench/)
import tune_checker as tc  # noqa: E402  (bench/)
import writer_cv  # noqa: E402  (bench/)

from adviser_desk.domain import questions  # noqa: E402
from adviser_desk.domain.chat_spelling import written_out  # noqa: E402
from adviser_desk.domain.question_checker import corpus_fingerprint  # noqa: E402
from adviser_desk.domain.question_examples import KIND_NAMES, Example  # noqa: E402
from adviser_desk.domain.question_semantics import (  # noqa: E402
    SEMANTIC_KINDS,
    LinearModel,
    Settings,
    Store,
    holding_segment,
    lexical_features,
    segments,
    sentence_spans,
    store_key,
    store_model,
    usable_exemplars,
)
from adviser_desk.domain.rule_review import CLEAN_CHECK_FILE, CleanCheck  # noqa: E402

# Chosen writer-held-out (see the module docstring and resources/checker/README.md): a kind and
# cut are taken only if, on the development part writer-held-out (rules and layer together),
# clean false flags fall at least as much as flagged recall in each language and the kind's
# recall loses at most one point, and on the pre-fold firings clean false flags fall at least
# twice as much as flagged recall. Blaming: no cut passed; secrecy is never cleared.
CUTS = {"option_posing": -0.6, "suggestive": -0.8}
GRID = (-0.9, -0.8, -0.7, -0.6, -0.5, -0.4)
# The batches whose rule firings before their fold are known, and the commit that measured each.
PREFOLD = {
    "a18": "f694d92",
    "a19": "f694d92",
    "a21": "80ebe8f",
    "a22": "80ebe8f",
    "a23": "80ebe8f",
    "a25": "d4f2798",
    "a26": "d4f2798",
    "a27": "d4f2798",
}
_OLD_RULES = """
import json, sys
sys.path.insert(0, sys.argv[1])
from adviser_desk.domain import questions
from adviser_desk.domain.checker_profiles import FULL
out = []
for r in json.load(open(sys.argv[2])):
    earlier = ["A: " + l[3:] if l.startswith("S: ") else l for l in r["earlier"]]
    found = FULL.apply(questions.check_question(r["text"], r["lang"], earlier), r["text"], (),
                       r["lang"])
    out.append([[f.kind, f.start] for f in found if f.layer == "rule"])
json.dump(out, open(sys.argv[3], "w"))
"""


def training_rows(examples: list[Example]) -> tuple[list[Example], np.ndarray, np.ndarray]:
    """The usable exemplars with their stored sentence vectors and lexical features."""
    usable = usable_exemplars(examples)
    store = Store.load(tc.FOLDER / tc.STORE_FILE)
    known = dict(zip(store.keys, store.vectors, strict=True))
    vectors = np.array([known[store_key(e)] for e in usable], dtype=np.float32)
    lexical = lexical_features([written_out(e.text, e.lang) for e in usable])
    return usable, vectors, lexical


def trainer(
    usable: list[Example], vectors: np.ndarray, lexical: np.ndarray
) -> Callable[[str, np.ndarray], LinearModel]:
    """kind, rows kept -> the scorer of the kind against clean exemplars on those rows."""
    gram = vectors @ vectors.T + tc.LEXICAL_WEIGHT * (lexical @ lexical.T)
    labels = {k: np.array([k in e.kinds for e in usable]) for k in KIND_NAMES}
    clean = np.array([e.clean for e in usable])

    def train(kind: str, keep: np.ndarray) -> LinearModel:
        rows = np.flatnonzero(keep & (labels[kind] | clean))
        return LinearModel.train(
            vectors[rows],
            lexical[rows],
            {kind: labels[kind][rows]},
            tc.RIDGE,
            tc.LEXICAL_WEIGHT,
            gram=gram[np.ix_(rows, rows)],
        )

    return train


def segment_features(
    embedder: tc.CachedEmbedder, queries: list[tuple[str, str, int]]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(text, lang, start of a rule finding) -> the holding segment's features, and whether
    there is one (the layer judges the same segment)."""
    pieces, has = [], []
    for text, lang, start in queries:
        spans = segments(text)
        at = holding_segment(spans, sentence_spans(text), start)
        has.append(at is not None)
        pieces.append(
            written_out(text[spans[at][0] : spans[at][1]], lang) if at is not None else ""
        )
    vectors = embedder.embed([p for p in pieces if p])
    full = np.zeros((len(pieces), 512), dtype=np.float32)
    full[np.array(has, dtype=bool)] = vectors
    return full, lexical_features(pieces), np.array(has, dtype=bool)


Firing = tuple[str, str, int, str]  # writer, kind, index of the utterance, lang
Scored = dict[tuple[int, int], float]  # (utterance, finding) -> clean-side score


def held_out_scores(
    train: Callable[[str, np.ndarray], LinearModel],
    writer_rows: np.ndarray,
    embedder: tc.CachedEmbedder,
    utterances: list[Example],
    findings: list[list[tuple[str, int]]],
    kinds: tuple[str, ...],
) -> Scored:
    """Each rule finding of a kind in ``kinds`` scored by a scorer trained without its writer."""
    wanted = [
        (n, j, kind, start)
        for n, found in enumerate(findings)
        for j, (kind, start) in enumerate(found)
        if kind in kinds
    ]
    vectors, lexical, has = segment_features(
        embedder, [(utterances[n].text, utterances[n].lang, start) for n, _, _, start in wanted]
    )
    out: Scored = {}
    by_writer: dict[tuple[str, str], list[int]] = defaultdict(list)
    for q, (n, _, kind, _) in enumerate(wanted):
        if has[q]:
            by_writer[(writer_cv.writer_of(utterances[n]), kind)].append(q)
    for (writer, kind), qs in sorted(by_writer.items()):
        model = train(kind, writer_rows != writer)
        for q in qs:
            n, j, _, _ = wanted[q]
            out[(n, j)] = float(
                vectors[q] @ model.semantic[kind] + lexical[q] @ model.lexical[kind]
            )
    return out


def figures(
    utterances: list[Example],
    findings: list[list[tuple[str, int]]],
    scores: Scored,
    cuts: dict[str, float],
    layer: list[set[str]] | None = None,
) -> str:
    parts = []
    for lang in ("nl", "en"):
        idx = [n for n, e in enumerate(utterances) if e.lang == lang]
        kinds = {}
        for n in idx:
            kept = {
                kind
                for j, (kind, _) in enumerate(findings[n])
                if not (kind in cuts and scores.get((n, j), 9.0) < cuts[kind])
            }
            kinds[n] = kept | (layer[n] if layer is not None else set())
        clean = [n for n in idx if utterances[n].clean]
        flagged = [n for n in idx if not utterances[n].clean]
        false = sum(1 for n in clean if kinds[n])
        recall = sum(1 for n in flagged if kinds[n]) / max(1, len(flagged))
        per_kind = []
        for k in KIND_NAMES:
            having = [n for n in idx if k in utterances[n].kinds]
            caught = sum(1 for n in having if k in kinds[n])
            per_kind.append(f"{k[:3]} {caught / max(1, len(having)):.3f}")
        parts.append(
            f"{lang} flagged {recall:.3f}, false flags {false / len(clean):.3f} "
            f"({false}/{len(clean)}), {' '.join(per_kind)}"
        )
    return "; ".join(parts)


def prefold_firings(examples: list[Example]) -> tuple[list[Example], list[list[tuple[str, int]]]]:
    """Each batch of PREFOLD with the rule findings of the commit that measured it."""
    utterances: list[Example] = []
    findings: list[list[tuple[str, int]]] = []
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "old_rules.py"
        script.write_text(_OLD_RULES, encoding="utf-8")
        for batch, commit in PREFOLD.items():
            rows = [e for e in examples if writer_cv.writer_of(e) == batch]
            checkout = Path(tmp) / commit
            if not checkout.exists():
                checkout.mkdir()
                archive = subprocess.run(
                    ["git", "archive", commit, "adviser_desk"],
                    cwd=ROOT,
                    check=True,
                    capture_output=True,
                )
                subprocess.run(["tar", "-x", "-C", str(checkout)], input=archive.stdout, check=True)
            given = Path(tmp) / f"{batch}.json"
            given.write_text(
                json.dumps(
                    [{"text": e.text, "lang": e.lang, "earlier": list(e.earlier)} for e in rows]
                ),
                encoding="utf-8",
            )
            found = Path(tmp) / f"{batch}.out.json"
            subprocess.run(
                [sys.executable, str(script), str(checkout), str(given), str(found)],
                cwd=tmp,
                check=True,
            )
            utterances += rows
            findings += [[(k, s) for k, s in f] for f in json.loads(found.read_text())]
    return utterances, findings


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--prefold", action="store_true")
    args = parser.parse_args()
    start = time.perf_counter()
    examples = tc.development()
    usable, vectors, lexical = training_rows(examples)
    train = trainer(usable, vectors, lexical)
    embedder = tc.CachedEmbedder(tc.UniversalSentenceEncoder())
    if args.write:
        model = store_model(embedder.name)
        models = [train(kind, np.ones(len(usable), dtype=bool)) for kind in CUTS]
        check = CleanCheck(
            corpus_fingerprint(tc.FOLDER, embedder.name),
            model,
            LinearModel(
                {k: m.semantic[k] for k, m in zip(CUTS, models, strict=True)},
                {k: m.lexical[k] for k, m in zip(CUTS, models, strict=True)},
            ),
            dict(CUTS),
        )
        check.save(tc.FOLDER / CLEAN_CHECK_FILE)
        print(f"wrote {tc.FOLDER / CLEAN_CHECK_FILE} ({', '.join(CUTS)})")
        return 0
    writer_rows = np.array([writer_cv.writer_of(e) for e in usable])
    kinds = ("option_posing", "suggestive", "blaming")
    if args.prefold:
        utterances, found = prefold_firings(examples)
        scores = held_out_scores(train, writer_rows, embedder, utterances, found, kinds)
        print(f"pre-fold rule firings ({time.perf_counter() - start:.0f} s), rules alone:")
        print(f"  none: {figures(utterances, found, scores, {})}")
        for kind in kinds:
            for cut in GRID:
                print(f"  {kind} {cut}: {figures(utterances, found, scores, {kind: cut})}")
        print(f"  CUTS {CUTS}: {figures(utterances, found, scores, CUTS)}")
    # Development part, writer-held-out: rules and layer (the caches of bench/tune_checker.py).
    shipped = Settings.load(tc.FOLDER / tc.SETTINGS_FILE)
    tc.CLEAN_MARGIN = shipped.clean_margin
    index, examples, items, _ = writer_cv.setup()
    names = writer_cv.writers(examples)
    key = tc.cache_key(embedder.name)
    held = tc.cached(
        "clean-check-findings",
        key,
        lambda: findings_held_out(examples),
    )
    witems = writer_cv.held_out_items(items, examples, key)
    scored, _ = writer_cv.scored_held_out(
        index, witems, names, tc.cache_key(embedder.name, layer_only=True)
    )
    choice = tc.Choice("linear", dict.fromkeys(SEMANTIC_KINDS, tc.EXACT), dict(shipped.linear))
    layer = [{k for k in SEMANTIC_KINDS if choice.fires(k, s.get(k, []))} for s in scored]
    found = [held[e.id] for e in examples]
    scores = held_out_scores(train, writer_rows, embedder, examples, found, kinds)
    print(f"development part, writer-held-out ({time.perf_counter() - start:.0f} s):")
    print(f"  none: {figures(examples, found, scores, {}, layer)}")
    for kind in kinds:
        for cut in GRID:
            print(f"  {kind} {cut}: {figures(examples, found, scores, {kind: cut}, layer)}")
    print(f"  CUTS {CUTS}: {figures(examples, found, scores, CUTS, layer)}")
    return 0


def findings_held_out(examples: list[Example]) -> dict[str, list[tuple[str, int]]]:
    """example id -> the rules' findings (kind, start) with the alternatives only its writer
    supports switched off (as bench/writer_cv.py holds the rules out)."""
    alts = rules_cv.all_alternatives()
    backing = rules_cv.support(alts, examples, writer_cv.writer_of)
    by_writer: dict[str, list[Example]] = defaultdict(list)
    for e in examples:
        by_writer[writer_cv.writer_of(e)].append(e)
    out: dict[str, list[tuple[str, int]]] = {}
    for writer, members in by_writer.items():
        off = {a for a, groups in backing.items() if groups == {writer}}
        with rules_cv.switched_off(off):
            for e in members:
                out[e.id] = [
                    (f.kind, f.start) for f in questions.check_question(e.text, e.lang, e.earlier)
                ]
    return out


if __name__ == "__main__":
    raise SystemExit(main())
