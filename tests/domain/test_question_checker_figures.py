"""The question checker's figures on the corpus, per language and kind.

The TEST part (tests/domain/data/checker_test_{nl,en}.jsonl) is only scored: no rule, exemplar
or threshold was tuned by looking at it, and the app never loads it. A failure here is a
figure to report, not an item to special-case.

The targets are 0.90 recall per kind and at most 5% of clean questions flagged. Where the
checker does not reach a target yet, that test is marked xfail (strict) with the figure
measured when it was written, so it turns red the day the target is reached and the mark must
go; a floor at that figure catches a regression meanwhile.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from adviser_desk.domain.checker_eval import Report, score
from adviser_desk.domain.question_checker import QuestionChecker
from adviser_desk.domain.question_examples import KIND_NAMES, Example, load
from adviser_desk.services import question_checking

DATA = Path(__file__).parent / "data"
LANGUAGES = ("nl", "en")
TARGET_RECALL = 0.90
TARGET_FALSE_FLAGS = 0.05

# Test-part figures (rules + semantic layer) that miss the target, as measured; see the module
# docstring. (language, kind) -> recall; language -> clean false-flag rate.
RECALL_BELOW_TARGET: dict[tuple[str, str], float] = {
    ("nl", "suggestive"): 0.792,
    ("en", "suggestive"): 0.854,
    ("en", "secrecy_promise"): 0.881,
}
# The semantic layer was tuned to 7% nested false flags on the development part (issue 10's bar
# on unseen utterances is 10%; bench/tune_checker.py says why); measured after the a9- families
# and the widened vetoes (2026-12-03, checker9), the test part's clean questions were flagged
# 5.1% (nl, 8/156) and 4.5% (en) of the time. Measured again when the spent independent sets
# a3, a6 and a8 joined the development part and the layer was re-tuned (2026-12-04): false
# flags 3.2% (nl, 5/156; its mark went) and 3.8% (en, 6/156); English secrecy promises 0.905 ->
# 0.881 (37/42, marked), English blaming 0.881 -> 0.857 and suggestive 0.854 -> 0.833, Dutch
# blaming 0.929 and secrecy 0.976 unchanged. Measured once more after the a11- development
# families and their re-tune (the nested estimate chose the uncalibrated linear scorer): nl
# suggestive 0.771 -> 0.792, secrecy 0.976 -> 0.952; en secrecy 0.881 -> 0.857 (36/42),
# suggestive 0.833 -> 0.854, blaming 0.857; false flags 3.2% and 3.8% unchanged. Measured after
# the rules were made precise on clean phrasing, the a14- development families joined and the
# layer was re-tuned (2026-12-04 evening; the rules' lower false flags left the layer a larger
# budget): en blaming 0.857 -> 0.929 and secrecy 0.857 -> 0.929 (39/42; both marks went), nl
# blaming 0.929 -> 0.952, secrecy 0.952 -> 0.976; suggestive unchanged (nl 0.792, en 0.854);
# false flags nl 3.2% (5/156), en 3.8% -> 4.5% (7/156). Measured after the layer's budget and
# cuts were chosen writer-held-out (2026-12-04 late, chk3: each writer held out in turn, 6%
# combined false flags; fresh writers had met two to three times the false flags the nested
# estimate promised): en secrecy 0.929 -> 0.881 (37/42, marked), en flagged 0.925 -> 0.914, nl
# false flags 3.2% -> 1.9% (3/156), en 4.5% unchanged; nl unchanged otherwise. Measured after the
# rules were made precise on questions about how the talk goes (with chk4's work on a18 and a19
# merged), the dev batches a16 and a17 joined and the layer was re-tuned writer-held-out (a 0.030
# budget): en secrecy 0.881 (37/42, still marked), blaming 0.929 -> 0.905, flagged 0.914 -> 0.908,
# false flags 4.5% -> 3.2% (5/156); nl false flags 1.9% -> 2.6% (4/156), secrecy 0.976, blaming
# 0.952, suggestive 0.792 and flagged 0.943 unchanged.
FALSE_FLAGS_ABOVE_TARGET: dict[str, float] = {}
# The development part scored by the shipped checker is in-sample (its exemplars trained the
# semantic layer, its families shaped the rules): a guard that the shipped corpus is learnt,
# not a figure of quality (bench/tune_checker.py prints the cross-validated one).
SLACK = 0.03  # a floor sits this far under the measured figure (one or two utterances)


@pytest.fixture(scope="module")
def checker() -> QuestionChecker:
    layer = question_checking.load_semantic()
    assert layer is not None, question_checking.failure()
    return QuestionChecker(layer)


def report_for(checker: QuestionChecker, path: Path, language: str) -> Report:
    examples = load(path)
    assert examples and {e.lang for e in examples} == {language}
    reports = score(
        lambda text, lang, earlier: {f.kind for f in checker.check(text, lang, earlier)}, examples
    )
    return reports[language]


@pytest.fixture(scope="module")
def test_reports(checker: QuestionChecker) -> dict[str, Report]:
    return {
        lang: report_for(checker, DATA / f"checker_test_{lang}.jsonl", lang) for lang in LANGUAGES
    }


def _recall_cases() -> list[object]:
    cases: list[object] = []
    for language in LANGUAGES:
        for kind in KIND_NAMES:
            measured = RECALL_BELOW_TARGET.get((language, kind))
            marks = (
                [
                    pytest.mark.xfail(
                        strict=True,
                        reason=f"test-part recall {measured:.2f}, target {TARGET_RECALL}",
                    )
                ]
                if measured is not None
                else []
            )
            cases.append(pytest.param(language, kind, marks=marks, id=f"{language}-{kind}"))
    return cases


@pytest.mark.parametrize(("language", "kind"), _recall_cases())
def test_test_part_recall_per_kind_reaches_90_percent(
    test_reports: dict[str, Report], language: str, kind: str
) -> None:
    report = test_reports[language]
    assert report.kind_total[kind] >= 40
    assert report.recall(kind) >= TARGET_RECALL, report.lines()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KIND_NAMES)
def test_test_part_recall_does_not_fall_below_its_measured_figure(
    test_reports: dict[str, Report], language: str, kind: str
) -> None:
    floor = min(TARGET_RECALL, RECALL_BELOW_TARGET.get((language, kind), TARGET_RECALL)) - SLACK
    assert test_reports[language].recall(kind) >= floor, test_reports[language].lines()


@pytest.mark.parametrize(
    "language",
    [
        pytest.param(
            lang,
            marks=[
                pytest.mark.xfail(
                    strict=True,
                    reason=f"test-part clean false flags {FALSE_FLAGS_ABOVE_TARGET[lang]:.3f}, "
                    f"target {TARGET_FALSE_FLAGS}",
                )
            ]
            if lang in FALSE_FLAGS_ABOVE_TARGET
            else [],
        )
        for lang in LANGUAGES
    ],
)
def test_test_part_clean_questions_are_flagged_at_most_5_percent(
    test_reports: dict[str, Report], language: str
) -> None:
    report = test_reports[language]
    assert report.clean_total >= 150
    assert report.false_flag_rate <= TARGET_FALSE_FLAGS, report.lines()


@pytest.mark.parametrize("language", LANGUAGES)
def test_test_part_false_flags_do_not_rise_above_their_measured_figure(
    test_reports: dict[str, Report], language: str
) -> None:
    ceiling = max(TARGET_FALSE_FLAGS, FALSE_FLAGS_ABOVE_TARGET.get(language, 0.0)) + SLACK
    assert test_reports[language].false_flag_rate <= ceiling, test_reports[language].lines()


# In-sample figures of the development utterances that carry the student's `earlier` words,
# as measured. The semantic layer does not learn from them (whether "your ex" inserts a detail
# depends on what the student said, which a sentence vector does not see), so only the rules'
# inserted-detail and echo checks catch them: since the a7- families (mostly suggestive with
# `earlier`) these stay far under 0.90 even in-sample. (language, kind) -> recall; "clean" ->
# the clean false-flag rate.
# Re-recorded after the a9- families (2026-12-03): they add 72 suggestive and 24 blaming
# utterances with `earlier` per language, written where the checker was weakest, so the share
# fell (nl suggestive 0.562 -> 0.514, blaming 0.567 -> 0.481; en 0.649 -> 0.564, 0.600 -> 0.519)
# while the clean ones are flagged less (0.091 -> 0.086, 0.124 -> 0.093). Re-recorded when a3, a6
# and a8 joined (2026-12-04; their families with `earlier` are easier for the rules): nl
# suggestive 0.549, blaming 0.636, clean 0.061; en 0.585, 0.612, 0.087. Again after the a11-
# families (hard clean negatives with `earlier`, 150 English utterances with context): nl 0.579,
# 0.664, clean 0.075; en 0.603, 0.579, clean 0.118. Again after the a14- families (91 Dutch and
# 82 English utterances with `earlier`, mostly clean echoes and summaries) and the re-tune with
# a larger layer budget: nl 0.668, 0.729, clean 0.100; en 0.679, 0.690, clean 0.112 (on the
# utterances of before: clean nl 0.075 -> 0.087, en 0.118 -> 0.122; suggestive 0.579 -> 0.646
# and 0.603 -> 0.657). Again after the a16- and a17- families joined and the layer was re-tuned
# writer-held-out with a smaller budget (2026-12-04 late): nl suggestive 0.693, blaming 0.746,
# option-posing 0.969, clean 0.083; en 0.688, 0.701, 1.000, clean 0.075 (on the utterances of
# before: nl suggestive 0.668 -> 0.648, blaming 0.729 -> 0.715, clean 0.100 -> 0.062; en 0.679 ->
# 0.652, 0.690 -> 0.672, clean 0.112 -> 0.068: the higher cuts flag less of both).
WITH_EARLIER_MEASURED: dict[tuple[str, str], float] = {
    ("nl", "suggestive"): 0.693,
    ("nl", "blaming"): 0.746,
    ("nl", "option_posing"): 0.969,
    ("nl", "clean"): 0.083,
    ("en", "suggestive"): 0.688,
    ("en", "blaming"): 0.701,
    ("en", "option_posing"): 1.000,
    ("en", "clean"): 0.075,
}


def _development_report(checker: QuestionChecker, language: str, with_earlier: bool) -> Report:
    folder = question_checking.checker_folder()
    examples = [
        e for e in load(folder / f"examples_{language}.jsonl") if bool(e.earlier) == with_earlier
    ]
    reports = score(
        lambda text, lang, earlier: {f.kind for f in checker.check(text, lang, earlier)}, examples
    )
    return reports[language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_development_part_in_sample_figures_hold(checker: QuestionChecker, language: str) -> None:
    """The utterances the semantic layer learns from (no `earlier` context) are learnt."""
    report = _development_report(checker, language, with_earlier=False)
    for kind in KIND_NAMES:
        assert report.recall(kind) >= TARGET_RECALL, report.lines()
    assert report.false_flag_rate <= TARGET_FALSE_FLAGS, report.lines()


@pytest.mark.parametrize("language", LANGUAGES)
def test_development_utterances_with_earlier_words_keep_their_measured_figures(
    checker: QuestionChecker, language: str
) -> None:
    report = _development_report(checker, language, with_earlier=True)
    for kind in ("suggestive", "blaming", "option_posing"):
        floor = WITH_EARLIER_MEASURED[(language, kind)] - SLACK
        assert report.recall(kind) >= floor, report.lines()
    ceiling = WITH_EARLIER_MEASURED[(language, "clean")] + SLACK
    assert report.false_flag_rate <= ceiling, report.lines()


def test_the_app_ships_only_the_development_part() -> None:
    shipped = {p.name for p in question_checking.checker_folder().iterdir()}
    assert {"examples_nl.jsonl", "examples_en.jsonl", "semantic.json"} <= shipped
    assert not any(name.startswith("checker_test") for name in shipped)


def test_a_report_never_shows_its_texts() -> None:
    """A failing figure assertion prints the Report; it held the test part's missed texts."""
    examples = [
        Example("t1", "f1", "nl", "Je hebt het zeker zelf gestuurd?", frozenset({"suggestive"})),
        Example("t2", "f2", "nl", "Wat is er gebeurd?", frozenset()),
    ]
    report = score(lambda text, lang, earlier: {"suggestive"} if "Wat" in text else set(), examples)
    shown = repr(report) + "\n".join(report["nl"].lines())
    assert report["nl"].missed and report["nl"].false_flags
    assert "zelf gestuurd" not in shown and "Wat is er gebeurd" not in shown
