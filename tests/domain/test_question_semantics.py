"""The semantic layer of the question checker, with the real sentence encoder and the shipped
development part: what it adds, what the rules veto, how it explains itself, how it fails."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from adviser_desk.domain import questions
from adviser_desk.domain.chat_spelling import written_out
from adviser_desk.domain.checker_eval import score
from adviser_desk.domain.question_checker import (
    QuestionChecker,
    corpus_fingerprint,
    load_semantic_layer,
    load_store,
)
from adviser_desk.domain.question_examples import (
    CorpusFormatError,
    Example,
    development_files,
    load,
    load_all,
    parse_line,
)
from adviser_desk.domain.question_semantics import (
    STORE_FILE,
    CharNgramEmbedder,
    ExemplarIndex,
    KindThreshold,
    LinearModel,
    SemanticLayer,
    Settings,
    Store,
    Vectors,
    lexical_features,
    segments,
    store_key,
    store_model,
)
from adviser_desk.domain.questions import RULE, SEMANTIC
from adviser_desk.services import question_checking


@pytest.fixture(scope="module")
def checker() -> QuestionChecker:
    layer = question_checking.load_semantic()
    assert layer is not None, question_checking.failure()
    return QuestionChecker(layer)


def kinds(checker: QuestionChecker, text: str, language: str) -> set[str]:
    return {f.kind for f in checker.check(text, language)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Dit gaat niemand wat aan behalve ons."),
        ("en", "Whatever you say here dies with me."),
    ],
)
def test_a_secrecy_promise_no_rule_lists_is_found_and_explained(
    checker: QuestionChecker, language: str, text: str
) -> None:
    assert questions.SECRECY_PROMISE not in {
        f.kind for f in questions.check_question(text, language)
    }
    found = [f for f in checker.check(text, language) if f.kind == questions.SECRECY_PROMISE]
    assert found, text
    finding = found[0]
    assert finding.layer == SEMANTIC
    assert text[finding.start : finding.end] == finding.trigger and finding.trigger.strip()
    assert finding.suggestion == questions.SUGGESTIONS[(language, questions.SECRECY_PROMISE)]
    assert finding.examples, "a semantic finding names the examples it resembles"
    shipped = {
        e.text: e
        for e in load_all(development_files(question_checking.checker_folder()))
        if e.lang == language
    }
    for example in finding.examples:
        assert example in shipped, "examples come from the development part, same language"
        assert questions.SECRECY_PROMISE in shipped[example].kinds


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # honest limits of confidentiality and promises of care
        ("nl", "Geheimhouden kan ik niet beloven, wel dat ik zorgvuldig ben."),
        ("nl", "Ik vertel het aan niemand zonder het eerst met jou te bespreken."),
        ("nl", "Als je in gevaar bent, moet ik het doorgeven; dat zeg ik je dan eerst."),
        ("en", "I can't promise to keep it secret, but I promise to be careful."),
        ("en", "I won't tell anyone without talking to you first."),
        # reassurance about fault
        ("nl", "Het is niet jouw schuld, echt niet."),
        ("nl", "Het is niet je eigen schuld."),
        ("en", "This is not your own fault."),
        ("en", "You shouldn't have to deal with this on your own."),
        # invitations and minimal prompts
        ("nl", "Kun je me in je eigen woorden vertellen wat er gebeurde?"),
        ("nl", "Kun je me iets meer over die avond vertellen?"),
        ("nl", "Zou je kunnen uitleggen hoe het begon?"),
        ("nl", "En toen?"),
        ("nl", "Oké, en toen…?"),
        ("en", "Can you tell me what happened?"),
        ("en", "Could you please describe the account?"),
        ("en", "And then?"),
        ("en", "And then what?"),
    ],
)
def test_good_questions_stay_clean_with_both_layers(
    checker: QuestionChecker, language: str, text: str
) -> None:
    assert questions.check_question(text, language) == []
    assert checker.check(text, language) == []


def test_an_embedded_yes_no_question_is_not_an_invitation() -> None:
    assert {
        f.kind for f in questions.check_question("Kun je me vertellen of hij het stuurde?", "nl")
    } == {questions.OPTION_POSING}
    assert {
        f.kind for f in questions.check_question("Can you tell me whether he sent it?", "en")
    } == {questions.OPTION_POSING}


def test_every_open_rewrite_passes_the_whole_checker(checker: QuestionChecker) -> None:
    for (language, _variant), rewrite in questions.SUGGESTIONS.items():
        assert checker.check(rewrite, language) == [], rewrite


def test_a_kind_found_by_a_rule_is_not_repeated_by_the_semantic_layer(
    checker: QuestionChecker,
) -> None:
    findings = checker.check("Dit blijft tussen ons.", "nl")
    assert [(f.kind, f.layer) for f in findings] == [(questions.SECRECY_PROMISE, RULE)]


def test_segments_are_the_utterance_its_sentences_and_clauses() -> None:
    text = "Waar was je toen? Ik vertel het aan niemand, dat beloof ik je."
    spans = [text[s:e] for s, e in segments(text)]
    assert spans[0] == text
    assert "Ik vertel het aan niemand, dat beloof ik je." in spans
    assert "Ik vertel het aan niemand" in spans
    assert "Waar was je toen?" in spans
    assert segments("En toen?") == []  # too short to judge by meaning


def test_the_encoder_can_be_replaced_through_the_embedder_protocol() -> None:
    examples = [
        Example("a", "a", "nl", "Dit blijft echt tussen ons twee.", frozenset({"secrecy_promise"})),
        Example("b", "b", "nl", "Wat gebeurde er daarna op school?", frozenset()),
        Example("c", "c", "nl", "Waarom heb je die foto gestuurd?", frozenset({"blaming"})),
    ]
    embedder = CharNgramEmbedder([e.text for e in examples])
    settings = Settings({"secrecy_promise": KindThreshold(0.3, 0.05)})
    layer = SemanticLayer.build(embedder, examples, settings)
    hits = layer.classify("Dit blijft echt tussen ons, hoor.", "nl")
    assert [h.kind for h in hits] == ["secrecy_promise"]
    assert hits[0].examples == ("Dit blijft echt tussen ons twee.",)
    assert layer.classify("Wat gebeurde er daarna?", "nl") == []


def test_without_the_model_the_checker_falls_back_to_its_rules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(FileNotFoundError):
        load_semantic_layer(tmp_path, CharNgramEmbedder(["x"]))
    saved = (question_checking._semantic, question_checking._failure)
    monkeypatch.setattr(question_checking, "checker_folder", lambda: tmp_path)
    question_checking._reset_for_tests()
    try:
        assert question_checking.load_semantic() is None
        assert "examples_nl.jsonl" in (question_checking.failure() or "")
        assert question_checking.load_semantic() is None  # tried once, not on every call
        fallback = question_checking.checker()
        assert fallback.semantic is None
        assert [f.kind for f in fallback.check("Niemand hoeft dit te weten.", "nl")] == [
            questions.SECRECY_PROMISE
        ]
    finally:
        question_checking._reset_for_tests(*saved)


def test_the_shipped_settings_cover_the_semantic_kinds() -> None:
    settings = Settings.load(question_checking.checker_folder() / "semantic.json")
    for kind in ("suggestive", "blaming", "secrecy_promise"):
        assert kind in settings.thresholds or kind in settings.linear, kind
    for threshold in settings.thresholds.values():
        assert 0 < threshold.similarity < 1 and -1 < threshold.margin < 1


def test_the_shipped_store_is_built_from_the_shipped_corpus_with_the_shipped_encoder(
    checker: QuestionChecker,
) -> None:
    """semantic.npz (exemplar vectors and trained weights) must match examples_*.jsonl and the
    encoder; after changing either, run `python bench/tune_checker.py --write`."""
    folder = question_checking.checker_folder()
    layer = checker.semantic
    assert layer is not None
    stored = load_store(folder, layer.embedder.name)
    assert stored is not None, "semantic.npz is missing or from another encoder"
    assert stored.fingerprint == corpus_fingerprint(folder, layer.embedder.name), (
        "the corpus changed since semantic.npz was built: run bench/tune_checker.py --write"
    )
    assert stored.linear is not None and set(stored.linear.semantic) == set(
        Settings.load(folder / "semantic.json").linear
    )
    # The vectors are the encoder's own for those words written out (a sample, freshly embedded).
    index = dict(zip(stored.keys, stored.vectors, strict=True))
    sample = layer.index.examples[:: max(1, len(layer.index.examples) // 12)]
    fresh = layer.embedder.embed([written_out(e.text, e.lang) for e in sample])
    for example, vector in zip(sample, fresh, strict=True):
        assert abs(index[store_key(example)] - vector).max() < 1e-4, example.text


class CountingEmbedder(CharNgramEmbedder):
    def __init__(self, corpus: list[str]) -> None:
        super().__init__(corpus)
        self.seen: list[str] = []

    def embed(self, texts: Sequence[str]) -> Vectors:
        self.seen.extend(texts)
        return super().embed(texts)


def _tiny_corpus() -> list[Example]:
    rows = [
        ("Dit blijft echt tussen ons twee.", {"secrecy_promise"}),
        ("Ik vertel dit aan niemand, echt tussen ons.", {"secrecy_promise"}),
        ("Wat gebeurde er daarna op school?", set()),
        ("Vertel eens wat er daarna gebeurde.", set()),
        ("Waarom heb je die foto gestuurd?", {"blaming"}),
        ("Waarom ging je met hem chatten?", {"blaming"}),
    ]
    return [
        Example(str(i), f"f{i}", "nl", text, frozenset(kinds))
        for i, (text, kinds) in enumerate(rows)
    ]


def test_the_linear_scorer_decides_and_the_store_spares_embedding_the_corpus(
    tmp_path: Path,
) -> None:
    examples = _tiny_corpus()
    embedder = CountingEmbedder([e.text for e in examples])
    vectors = embedder.embed([e.text for e in examples])
    labels = {kind: np.array([kind in e.kinds for e in examples]) for kind in ("secrecy_promise",)}
    model = LinearModel.train(
        vectors, lexical_features([e.text for e in examples]), labels, 0.1, 1.0
    )
    path = tmp_path / STORE_FILE
    Store(
        "fp", store_model(embedder.name), tuple(store_key(e) for e in examples), vectors, model
    ).save(path)
    stored = Store.load(path)
    assert stored.keys == tuple(store_key(e) for e in examples) and stored.linear is not None
    embedder.seen.clear()
    settings = Settings({}, linear={"secrecy_promise": 0.0})
    layer = SemanticLayer.build(embedder, examples, settings, stored)
    assert embedder.seen == [], "stored exemplars are not embedded again"
    hits = layer.classify("Dit blijft echt tussen ons, hoor.", "nl")
    assert [h.kind for h in hits] == ["secrecy_promise"]
    assert hits[0].examples[0] in {examples[0].text, examples[1].text}  # it explains itself
    assert layer.classify("Wat gebeurde er daarna?", "nl") == []
    # A store that lacks an exemplar (the corpus grew): only that one is embedded at load.
    extra = Example("x", "fx", "nl", "Niemand hoort dit van mij.", frozenset({"secrecy_promise"}))
    embedder.seen.clear()
    SemanticLayer.build(embedder, [*examples, extra], settings, stored)
    assert embedder.seen == [written_out(extra.text, "nl")]  # read as the layer reads it


def test_the_layer_reads_chat_spelling_written_out_and_points_at_what_was_typed() -> None:
    examples = _tiny_corpus()
    embedder = CountingEmbedder([e.text for e in examples])
    settings = Settings({}, linear={"blaming": 0.0})
    vectors = embedder.embed([written_out(e.text, e.lang) for e in examples])
    labels = {"blaming": np.array(["blaming" in e.kinds for e in examples])}
    lexical = lexical_features([written_out(e.text, e.lang) for e in examples])
    model = LinearModel.train(vectors, lexical, labels, 0.1, 1.0)
    layer = SemanticLayer(embedder, ExemplarIndex(examples, vectors), settings, model)
    embedder.seen.clear()
    typed = "wrm heb je die foto ff gestuurd"
    hits = layer.classify(typed, "nl")
    assert embedder.seen == ["waarom heb je die foto even gestuurd"]
    assert [h.kind for h in hits] == ["blaming"]
    assert typed[hits[0].start : hits[0].end] == typed  # the span is of the text as typed


def test_the_clean_neighbour_veto_leaves_what_is_nearest_a_good_question_alone(
    tmp_path: Path,
) -> None:
    """With ``clean_margin`` set, a segment is judged for a kind only where an exemplar of that
    kind is at least as close as every clean exemplar: however low the scorer's cut, a question
    nearest a good one is not flagged, and a promise nearest a promise still is."""
    examples = _tiny_corpus()
    embedder = CharNgramEmbedder([e.text for e in examples])
    vectors = embedder.embed([written_out(e.text, e.lang) for e in examples])
    labels = {"secrecy_promise": np.array(["secrecy_promise" in e.kinds for e in examples])}
    lexical = lexical_features([written_out(e.text, e.lang) for e in examples])
    model = LinearModel.train(vectors, lexical, labels, 0.1, 1.0)
    index = ExemplarIndex(examples, vectors)
    cut = {"secrecy_promise": -9.0}  # the scorer alone would fire on anything
    loose = SemanticLayer(embedder, index, Settings({}, linear=cut), model)
    vetoing = SemanticLayer(embedder, index, Settings({}, linear=cut, clean_margin=0.0), model)
    good = "Wat gebeurde er daarna op school, denk je?"
    assert [h.kind for h in loose.classify(good, "nl")] == ["secrecy_promise"]
    assert vetoing.classify(good, "nl") == []
    promise = "Dit blijft echt tussen ons, hoor."
    assert [h.kind for h in vetoing.classify(promise, "nl")] == ["secrecy_promise"]
    # The margin travels with the shipped settings.
    (tmp_path / "semantic.json").write_text(Settings({}, clean_margin=0.0).to_json())
    assert Settings.load(tmp_path / "semantic.json").clean_margin == 0.0
    (tmp_path / "semantic.json").write_text(Settings({}).to_json())
    assert Settings.load(tmp_path / "semantic.json").clean_margin is None


def test_a_store_from_another_encoder_is_not_used(tmp_path: Path) -> None:
    examples = _tiny_corpus()
    embedder = CharNgramEmbedder([e.text for e in examples])
    vectors = embedder.embed([e.text for e in examples])
    Store(
        "fp", store_model("another encoder"), tuple(store_key(e) for e in examples), vectors, None
    ).save(tmp_path / STORE_FILE)
    assert load_store(tmp_path, embedder.name) is None
    assert load_store(tmp_path, "another encoder") is not None
    # Nor a store of the texts as typed, from before they were read written out.
    Store("fp", embedder.name, tuple(store_key(e) for e in examples), vectors, None).save(
        tmp_path / STORE_FILE
    )
    assert load_store(tmp_path, embedder.name) is None


def test_corpus_lines_are_parsed_and_bad_ones_named(tmp_path: Path) -> None:
    good = {
        "id": "nl-sec-014-c",
        "family": "nl-sec-014",
        "lang": "nl",
        "text": "Dit blijft echt tussen ons twee, hoor.",
        "kinds": ["secrecy_promise"],
        "register": "casual",
        "earlier": [],
        "why": "promise of secrecy, idiom",
    }
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps(good) + "\n\n", encoding="utf-8")
    (example,) = load(path)
    assert example.family == "nl-sec-014" and example.kinds == {"secrecy_promise"}
    with pytest.raises(CorpusFormatError, match="unknown kinds"):
        parse_line(json.dumps({**good, "kinds": ["rude"]}))
    with pytest.raises(CorpusFormatError):
        parse_line("{not json")


def test_the_harness_counts_recall_flagged_recall_and_false_flags() -> None:
    examples = [
        Example("1", "f1", "nl", "a", frozenset({"blaming"})),
        Example("2", "f2", "nl", "b", frozenset({"blaming", "suggestive"})),
        Example("3", "f3", "nl", "c", frozenset()),
        Example("4", "f4", "nl", "d", frozenset()),
    ]
    answers = {"a": {"blaming"}, "b": {"option_posing"}, "c": {"suggestive"}, "d": set()}
    report = score(lambda text, _lang, _earlier: answers[text], examples)["nl"]
    assert report.recall("blaming") == 0.5 and report.recall("suggestive") == 0.0
    assert report.flagged_recall == 1.0  # both flagged items got some finding
    assert report.false_flag_rate == 0.5
    assert report.missed == {"blaming": ["b"], "suggestive": ["b"]}
    assert "clean false flags 0.500 (1/2)" in report.lines()[1]


# Written for this test: a reassurance about fault whose fronted clause ("Dat hij ...") the layer
# reads as a presumption, next to look-alikes where a real presumption of a feeling stands
# beside the reassurance (its own sentence, or joined by "en"/"and") and keeps its finding.
REASSURED = [
    ("nl", "Dat hij zo'n type was, kon jij echt niet weten."),
    ("nl", "Dat hij hem met de hele klas zou delen, kon jij niet weten."),
]
PRESUMED_BESIDE = [
    ("nl", "Het is niet jouw schuld. Je was toen echt bang."),
    ("nl", "Je was doodsbang, en dat is niet jouw schuld."),
    ("nl", "Het is niet jouw schuld, en je was toen echt bang."),
    ("en", "It's not your fault. You were really scared then."),
    ("en", "It's not your fault, and you were really scared then."),
]


@pytest.mark.parametrize(("language", "text"), REASSURED)
def test_a_reassurance_about_fault_is_no_presumption_of_the_layer(
    checker: QuestionChecker, language: str, text: str
) -> None:
    assert checker.semantic is not None
    assert questions.reassurance(text, language)
    assert questions.SUGGESTIVE in {h.kind for h in checker.semantic.classify(text, language)}
    assert checker.check(text, language) == []


@pytest.mark.parametrize(("language", "text"), PRESUMED_BESIDE)
def test_a_presumption_beside_a_reassurance_keeps_its_finding(
    checker: QuestionChecker, language: str, text: str
) -> None:
    found = checker.check(text, language)
    assert [(f.kind, f.layer) for f in found] == [(questions.SUGGESTIVE, SEMANTIC)]
    assert found[0].examples  # it names the labelled examples it resembles
