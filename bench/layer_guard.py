"""What the shipped cuts of the semantic layer must keep, whatever the writer-held-out estimate
prefers: judged in-sample with the model the app ships, before a choice is made.

The writer-held-out choice (bench/writer_cv.py) judges cuts by what a new writer's phrasing
scores like. On its own it chose, on 2026-12-05 (chk6), a suggestive cut so high that the
shipped checker missed a tenth of its own suggestive exemplars (in-sample .877/.892: the
figures test wants 0.90), and a secrecy cut so low that a prompt the interview guide itself
offers for a class conversation was taken for a promise of secrecy. Both are product failures
a held-out figure cannot see. So a choice is a candidate only if its shipped cuts (rounded as
semantic.json stores them) keep:

- every kind's in-sample recall at IN_SAMPLE_RECALL per language, and in-sample clean false
  flags at most IN_SAMPLE_FALSE_FLAGS, on the development utterances the layer learns from
  (those without the student's earlier words), as tests/domain/test_question_checker_figures.py
  measures them: a lowest cut per kind;
- every sentence the app itself shows clean: each prompt of each conversation guide in each
  age band and language, in its own conversation's profile
  (tests/domain/test_checker_profiles.py), and each open rewrite the checker offers
  (tests/domain/test_question_semantics.py): a highest cut per kind.

The scores are the app's: the shipped model trained on the whole development part, the rules'
own vetoes (``question_checker.vetoes``), the clean-neighbour veto, the nearest neighbours of
the exemplar index including the utterance itself.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from adviser_desk.domain import questions
from adviser_desk.domain.chat_spelling import written_out
from adviser_desk.domain.checker_profiles import profile_for
from adviser_desk.domain.conversations import AgeBand, ConversationType
from adviser_desk.domain.question_checker import vetoes
from adviser_desk.domain.question_examples import Example
from adviser_desk.domain.question_semantics import (
    SEMANTIC_KINDS,
    Embedder,
    ExemplarIndex,
    LinearModel,
    lexical_features,
    segments,
)
from adviser_desk.services.protocol_data import interview_guide

# tests/domain/test_question_checker_figures.py: TARGET_RECALL and TARGET_FALSE_FLAGS.
IN_SAMPLE_RECALL = 0.90
IN_SAMPLE_FALSE_FLAGS = 0.05
NONE = -9.0  # a kind no segment may be judged for


def app_texts() -> list[tuple[str, str, frozenset[str]]]:
    """(text, language, kinds the conversation keeps) of every sentence the app shows as one
    to say: the guides' prompts per conversation, age band and language, and the rewrites."""
    out: dict[tuple[str, str], set[str]] = {}
    guide = interview_guide()
    for kind in ConversationType:
        if kind == ConversationType.OTHER:
            continue
        profile = profile_for(kind)
        kept = {
            k
            for k in SEMANTIC_KINDS
            if k not in profile.drop_kinds and f"semantic.{k}" not in profile.drop_rules
        }
        for phase in guide.for_type(kind).phases:
            for prompt in phase.prompts:
                for language in ("nl", "en"):
                    for band in AgeBand:
                        out.setdefault((prompt.say(language, band), language), set()).update(kept)
    for (language, _variant), rewrite in questions.SUGGESTIONS.items():
        out.setdefault((rewrite, language), set()).update(SEMANTIC_KINDS)
    return [(text, lang, frozenset(kinds)) for (text, lang), kinds in sorted(out.items())]


def best_scores(
    embedder: Embedder,
    index: ExemplarIndex,
    model: LinearModel,
    utterances: list[tuple[str, str, tuple[str, ...]]],
    margins: tuple[float, ...],
    clean_margin: float | None,
) -> dict[float, np.ndarray]:
    """Per least margin, utterances x SEMANTIC_KINDS: the highest linear score of a segment the
    app would judge for the kind (not cleared by the rules, past the clean-neighbour veto, with
    the closest exemplar of the kind that much closer than any other: the "agree" decider),
    NONE if none. The layer fires on a kind exactly when this reaches the kind's cut."""
    spans = [segments(text) for text, _, _ in utterances]
    pieces = [
        written_out(text[s:e], lang)
        for (text, lang, _), found in zip(utterances, spans, strict=True)
        for s, e in found
    ]
    vectors = embedder.embed(pieces)
    linear = model.scores(vectors, lexical_features(pieces))
    # ExemplarIndex.scores with the shipped settings (top_k 1, both languages, nothing left out),
    # for every segment at once: the closest exemplar with the kind, without it, and clean.
    closest: dict[str, list[np.ndarray]] = {"clean": []}
    closest.update({f"{k}{side}": [] for k in SEMANTIC_KINDS for side in "+-"})
    for at in range(0, len(vectors), 2048):
        sims = vectors[at : at + 2048] @ index.vectors.T
        closest["clean"].append(np.where(index.clean[None, :], sims, -2.0).max(axis=1))
        for kind in SEMANTIC_KINDS:
            has = index.labels[kind][None, :]
            closest[f"{kind}+"].append(np.where(has, sims, -2.0).max(axis=1))
            closest[f"{kind}-"].append(np.where(has, -2.0, sims).max(axis=1))
    near = {name: np.concatenate(parts) for name, parts in closest.items()}
    out = {least: np.full((len(utterances), len(SEMANTIC_KINDS)), NONE) for least in margins}
    at = 0
    for n, ((text, lang, earlier), found) in enumerate(zip(utterances, spans, strict=True)):
        rows = range(at, at + len(found))
        at += len(found)
        if not found:
            continue
        cleared = vetoes(text, lang, earlier)
        for j, kind in enumerate(SEMANTIC_KINDS):
            judged = [
                (float(linear[kind][r]), float(near[f"{kind}+"][r] - near[f"{kind}-"][r]))
                for span, r in zip(found, rows, strict=True)
                if span not in cleared[kind]
                and (clean_margin is None or near[f"{kind}+"][r] - near["clean"][r] >= clean_margin)
            ]
            for least in margins:
                out[least][n, j] = max((v for v, m in judged if m >= least), default=NONE)
    return out


def shipped(cuts: np.ndarray) -> np.ndarray:
    """The cuts as semantic.json stores them (Settings.to_json rounds to four places)."""
    return np.array([round(float(c), 4) for c in cuts])


@dataclass
class Guard:
    lang: np.ndarray  # development utterances without earlier words
    clean: np.ndarray
    has: np.ndarray  # x SEMANTIC_KINDS
    ruled: np.ndarray  # x SEMANTIC_KINDS: the rules' own findings, in-sample
    ruled_any: np.ndarray  # any finding of the rules (option-posing too)
    best: dict[float, np.ndarray]  # least margin -> x SEMANTIC_KINDS
    texts: list[tuple[str, str, frozenset[str]]]
    text_best: dict[float, np.ndarray]  # least margin -> texts x SEMANTIC_KINDS, NONE if kept

    @classmethod
    def of(
        cls,
        embedder: Embedder,
        index: ExemplarIndex,
        model: LinearModel,
        examples: list[Example],
        clean_margin: float | None,
        margins: tuple[float, ...],
    ) -> Guard:
        learnt = [e for e in examples if not e.earlier]
        said = [(e.text, e.lang, e.earlier) for e in learnt]
        rule_kinds = [
            {f.kind for f in questions.check_question(e.text, e.lang, e.earlier)} for e in learnt
        ]
        texts = app_texts()
        probes = [(text, lang, ()) for text, lang, _ in texts]
        text_rules = [{f.kind for f in questions.check_question(t, g)} for t, g, _ in texts]
        text_best = best_scores(embedder, index, model, probes, margins, clean_margin)
        for found in text_best.values():
            for n, (_, _, kept) in enumerate(texts):
                for j, kind in enumerate(SEMANTIC_KINDS):
                    # A kind the conversation drops, or the rules already found (the layer then
                    # adds nothing), cannot make the layer flag the sentence.
                    if kind not in kept or kind in text_rules[n]:
                        found[n, j] = NONE
        return cls(
            np.array([e.lang for e in learnt]),
            np.array([e.clean for e in learnt]),
            np.array([[k in e.kinds for k in SEMANTIC_KINDS] for e in learnt], dtype=bool),
            np.array([[k in r for k in SEMANTIC_KINDS] for r in rule_kinds], dtype=bool),
            np.array([bool(r) for r in rule_kinds]),
            best_scores(embedder, index, model, said, margins, clean_margin),
            texts,
            text_best,
        )

    def recall_cut(self, least: float = NONE) -> np.ndarray:
        """Per kind, the highest cut that still keeps its in-sample recall at IN_SAMPLE_RECALL
        in every language: a cut must not be above it."""
        out = np.zeros(len(SEMANTIC_KINDS))
        for j in range(len(SEMANTIC_KINDS)):
            limits = []
            for lang in sorted(set(self.lang)):
                has = (self.lang == lang) & self.has[:, j]
                missing = has & ~self.ruled[:, j]
                needed = int(np.ceil(IN_SAMPLE_RECALL * has.sum() - 1e-9)) - int(
                    (has & self.ruled[:, j]).sum()
                )
                scores = np.sort(self.best[least][missing, j])[::-1]
                limits.append(np.inf if needed <= 0 else scores[needed - 1])
            out[j] = min(limits)
        return out

    def text_cut(self, least: float = NONE) -> np.ndarray:
        """Per kind, the highest score of a sentence the app shows: a cut must be above it."""
        return self.text_best[least].max(axis=0)

    def problems(self, cuts: np.ndarray, least: float = NONE) -> list[str]:
        """What the cuts (as shipped) break; empty if nothing."""
        cuts = shipped(cuts)
        out = []
        fires = self.best[least] >= cuts
        found = self.ruled | fires
        for lang in sorted(set(self.lang)):
            mine = self.lang == lang
            for j, kind in enumerate(SEMANTIC_KINDS):
                has = mine & self.has[:, j]
                recall = (found[:, j] & has).sum() / max(1, has.sum())
                if recall < IN_SAMPLE_RECALL:
                    out.append(f"in-sample {lang} {kind} recall {recall:.3f}")
            clean = mine & self.clean
            flagged = (self.ruled_any | fires.any(axis=1)) & clean
            rate = flagged.sum() / max(1, clean.sum())
            if rate > IN_SAMPLE_FALSE_FLAGS:
                out.append(f"in-sample {lang} false flags {rate:.3f}")
        shown = self.text_best[least] >= cuts
        for n, j in zip(*np.nonzero(shown), strict=True):
            text, lang, _ = self.texts[n]
            out.append(f"app text flagged {SEMANTIC_KINDS[j]} ({lang}): {text}")
        return out

    def in_sample(self, cuts: np.ndarray, least: float = NONE) -> str:
        """Per language, each kind's recall and the clean false flags, in-sample (as the
        figures test measures the utterances without earlier words)."""
        fires = self.best[least] >= shipped(cuts)
        found = self.ruled | fires
        flagged = self.ruled_any | fires.any(axis=1)
        out = []
        for lang in sorted(set(self.lang)):
            mine = self.lang == lang
            has = mine[:, None] & self.has
            recall = (found & has).sum(axis=0) / np.maximum(1, has.sum(axis=0))
            recalls = ", ".join(f"{kind} {recall[j]:.3f}" for j, kind in enumerate(SEMANTIC_KINDS))
            clean = mine & self.clean
            out.append(
                f"{lang} {recalls}, false flags {(flagged & clean).sum() / max(1, clean.sum()):.3f}"
            )
        return "; ".join(out)

    def describe(self, least: float = NONE) -> str:
        low, high = self.recall_cut(least), self.text_cut(least)
        return "; ".join(
            f"{kind} cut in ({high[j]:.4f}, {low[j]:.4f}]" for j, kind in enumerate(SEMANTIC_KINDS)
        )
