"""The question checker against its labelled corpus, its API contract, and fuzzing."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from adviser_desk.domain.questions import (
    KINDS,
    OPTION_POSING,
    SECRECY_PROMISE,
    SUGGESTIVE,
    Finding,
    check_question,
    statistics,
)
from tests.domain.question_corpus import EN, NL

CORPORA = {"nl": NL, "en": EN}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_corpus_is_large_enough_and_covers_every_kind(language: str) -> None:
    corpus = CORPORA[language]
    assert len(corpus) >= 150
    for kind in KINDS:
        assert sum(1 for kinds, _text, _ctx in corpus if kind in kinds) >= 20
    assert sum(1 for kinds, _t, _c in corpus if not kinds) >= 40


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("kind", KINDS)
def test_recall_per_kind_is_at_least_90_percent(language: str, kind: str) -> None:
    rows = [(text, ctx) for kinds, text, ctx in CORPORA[language] if kind in kinds]
    found = [
        text for text, ctx in rows if kind in {f.kind for f in check_question(text, language, ctx)}
    ]
    missed = sorted(set(t for t, _ in rows) - set(found))
    assert len(found) / len(rows) >= 0.9, missed


@pytest.mark.parametrize("language", ["nl", "en"])
def test_at_most_5_percent_of_clean_questions_are_flagged(language: str) -> None:
    clean = [(text, ctx) for kinds, text, ctx in CORPORA[language] if not kinds]
    flagged = [text for text, ctx in clean if check_question(text, language, ctx)]
    assert len(flagged) / len(clean) <= 0.05, flagged


def test_findings_name_the_words_that_triggered_them() -> None:
    text = "Oké. Hij heeft het doorgestuurd, toch?"
    (finding,) = check_question(text, "nl")
    assert isinstance(finding, Finding)
    assert finding.kind == SUGGESTIVE
    assert text[finding.start : finding.end] == finding.trigger
    assert "toch" in finding.trigger
    assert finding.message and finding.suggestion


def test_suggestions_are_in_the_interview_language() -> None:
    nl = check_question("Niemand hoeft dit te weten.", "nl")[0]
    en = check_question("Nobody needs to know.", "en")[0]
    assert nl.kind == en.kind == SECRECY_PROMISE
    assert "zorgvuldig" in nl.suggestion and "careful" in en.suggestion


def test_the_honest_statement_is_not_a_secrecy_promise() -> None:
    assert check_question("Geheimhouden kan ik niet beloven, wel dat ik zorgvuldig ben", "nl") == []


def test_a_name_counts_as_introduced_only_by_the_student() -> None:
    question = "Heeft Daan de foto gemaakt?"
    assert SUGGESTIVE in {f.kind for f in check_question(question, "nl")}
    adviser_said_it = ["Q: Ken je Daan?", "A: Ja."]
    assert SUGGESTIVE in {f.kind for f in check_question(question, "nl", adviser_said_it)}
    student_said_it = ["Q: Vertel eens.", "A: Daan stuurde een foto."]
    kinds = {f.kind for f in check_question(question, "nl", student_said_it)}
    assert kinds == {OPTION_POSING}


def test_several_sentences_are_each_checked() -> None:
    text = "Dit blijft tussen ons. Waarom stuurde je die foto?"
    assert {f.kind for f in check_question(text, "nl")} == {SECRECY_PROMISE, "blaming"}


def test_statistics_report_the_share_of_open_prompts() -> None:
    kinds = [[], [], ["option_posing"], ["suggestive", "option_posing"]]
    stats = statistics(kinds)
    assert stats["open"] == 0.5 and stats["option_posing"] == 0.5 and stats["total"] == 4
    assert statistics([])["total"] == 0


@settings(max_examples=400, deadline=None)
@given(
    text=st.text(),
    language=st.sampled_from(["nl", "en", "de", "", "NL"]),
    earlier=st.lists(st.text(), max_size=3),
)
def test_any_unicode_string_gives_a_list_and_never_raises(
    text: str, language: str, earlier: list[str]
) -> None:
    findings = check_question(text, language, earlier)
    assert isinstance(findings, list)
    for finding in findings:
        assert finding.kind in KINDS
        assert 0 <= finding.start <= finding.end <= len(text)
        assert text[finding.start : finding.end] == finding.trigger


def run_cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "adviser_desk", "check-question", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_cli_prints_json_for_one_question() -> None:
    result = run_cli("--lang", "nl", "Waarom ging je met hem chatten?")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [f["kind"] for f in data] == ["blaming"]
    assert set(data[0]) >= {"kind", "message", "suggestion", "start", "end", "trigger"}


def test_cli_stdin_checks_one_utterance_per_line() -> None:
    result = run_cli("--lang", "en", "--stdin", stdin="Tell me what happened.\nDid he post it?\n")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0] == [] and lines[1][0]["kind"] == "option_posing"
    assert "PySide6" not in result.stderr
