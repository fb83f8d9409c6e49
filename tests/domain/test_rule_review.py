"""The clean-side check of rule findings (rule_review): with the real encoder and the shipped
weights, a rule finding whose sentence reads as a clean question is dropped, its look-alike of
the kind keeps it, and a promise of secrecy is never cleared."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from adviser_desk.domain import questions
from adviser_desk.domain.question_checker import QuestionChecker, corpus_fingerprint
from adviser_desk.domain.question_semantics import (
    LinearModel,
    holding_segment,
    segments,
    sentence_spans,
    store_model,
)
from adviser_desk.domain.rule_review import CLEAN_CHECK_FILE, CleanCheck, load_clean_check
from adviser_desk.services import question_checking


@pytest.fixture(scope="module")
def checker() -> QuestionChecker:
    layer = question_checking.load_semantic()
    assert layer is not None, question_checking.failure()
    assert layer.clean_check is not None, "clean_check.npz is missing or from another encoder"
    return QuestionChecker(layer)


# Sentences written for this test: open invitations with the verb first, which the rules take
# for closed questions, next to closed questions about the event that keep their finding.
CLEARED = [
    ("nl", "Is er verder nog iets dat ik moet weten over hoe het is begonnen?"),
    ("nl", "Heb je nog iets wat je me wilt laten weten over die avond?"),
    ("en", "Is there anything else you'd like me to know about how it started?"),
]
KEPT = [
    ("nl", "Heeft hij je ooit eerder een foto gestuurd?"),
    ("nl", "Stuurde hij de foto eerst?"),
    ("en", "Did he send you the photo first?"),
]


@pytest.mark.parametrize(("language", "text"), CLEARED)
def test_an_invitation_with_the_verb_first_loses_its_rule_finding(
    checker: QuestionChecker, language: str, text: str
) -> None:
    assert questions.OPTION_POSING in {f.kind for f in questions.check_question(text, language)}
    assert checker.check(text, language) == []


@pytest.mark.parametrize(("language", "text"), KEPT)
def test_a_closed_question_about_the_event_keeps_its_rule_finding(
    checker: QuestionChecker, language: str, text: str
) -> None:
    found = checker.check(text, language)
    assert [(f.kind, f.layer) for f in found] == [(questions.OPTION_POSING, questions.RULE)]
    assert found[0].trigger == text.split()[0]  # the finding still explains itself


def test_the_shipped_clean_check_is_built_from_the_shipped_corpus(
    checker: QuestionChecker,
) -> None:
    """After changing the corpus, run `python bench/clean_check.py --write`."""
    layer = checker.semantic
    assert layer is not None and layer.clean_check is not None
    folder = question_checking.checker_folder()
    assert layer.clean_check.fingerprint == corpus_fingerprint(folder, layer.embedder.name)
    assert layer.clean_check.model == store_model(layer.embedder.name)
    assert set(layer.clean_check.cuts) == {questions.OPTION_POSING, questions.SUGGESTIVE}
    assert load_clean_check(folder, "another encoder") is None


def test_a_promise_of_secrecy_is_never_cleared(tmp_path: Path) -> None:
    """Even a scorer that would clear everything, with a cut for secrecy, clears no promise,
    and a file carrying such a cut loads without it."""
    dims = 4
    linear = LinearModel(
        {k: np.zeros(dims, np.float32) for k in (questions.SECRECY_PROMISE, "option_posing")},
        {k: np.zeros(dims, np.float32) for k in (questions.SECRECY_PROMISE, "option_posing")},
    )
    check = CleanCheck("f", "m", linear, {questions.SECRECY_PROMISE: 1.0, "option_posing": 1.0})
    vector = np.ones(dims, np.float32)
    assert check.clears("option_posing", vector, vector)
    assert not check.clears(questions.SECRECY_PROMISE, vector, vector)
    check.save(tmp_path / CLEAN_CHECK_FILE)
    loaded = load_clean_check(tmp_path, "m")
    assert loaded is not None and loaded.cuts == {"option_posing": 1.0}


def test_a_finding_is_judged_on_the_sentence_that_holds_it() -> None:
    text = "Dank je. Is er verder nog iets dat je kwijt wilt?"
    spans = segments(text)
    at = holding_segment(spans, sentence_spans(text), text.index("Is er"))
    assert at is not None and text[spans[at][0] : spans[at][1]] == text[text.index("Is er") :]
    # A sentence too short to embed is judged with the whole utterance.
    short = "Echt? Vertel eens wat er toen gebeurde."
    assert holding_segment(segments(short), sentence_spans(short), 0) == 0
    assert holding_segment(segments("Echt?"), sentence_spans("Echt?"), 0) is None
