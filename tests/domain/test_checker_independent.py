"""The question checker on the independent sets: issue 10's Done-when, per language.

tests/domain/data/checker_independent4_{nl,en}.jsonl (set a10), checker_independent5_{nl,en}.jsonl
(set a12), checker_independent6_{nl,en}.jsonl (set a13), checker_independent7_{nl,en}.jsonl
(set a15), checker_independent8_{nl,en}.jsonl (set a20), checker_independent9_{nl,en}.jsonl
(set a24), checker_independent10_{nl,en}.jsonl (set a28) and checker_independent11_{nl,en}.jsonl
(set a31) were each written by an annotator who had seen neither the checker, its corpus nor the
earlier sets, and are for measurement only (tests/domain/data/README.md): no rule, exemplar or
threshold may be tuned on them. A failure here is a figure to report, never an item to look up
and special-case; bench/checker_independent.py prints the figures
(--set a10|a12|a13|a15|a20|a24|a28|a31). The earlier sets a3, a6 and a8 were spent (measured
many times while they guided the work) and were folded into the development part on 2026-12-04.

Done-when: flagged recall >= 0.90, clean false flags <= 0.10 and secrecy-promise recall >= 0.90 in
each language. A figure that meets the bar is a plain assertion; one that does not is a strict xfail
with the figure measured when it was written, so the test turns red the day the bar is met and the
mark must go.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter, defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.domain.test_checker_corpus import FILES, KINDS, REGISTERS, REQUIRED, Record, _load

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "domain" / "data"
LANGUAGES = ("nl", "en")
FAMILIES_PER_LANGUAGE = 60
PHRASINGS = 5
# The headline figures leave out the set's texts that the corpus also holds (short prompts both
# sides wrote, phrasings quoted in the issue); more than this share would mean a leak.
MAX_LEFT_OUT = 0.10
BAR = {"flagged_recall": ">= 0.90", "false_flags": "<= 0.10", "secrecy_recall": ">= 0.90"}

SETS = ("a10", "a12", "a13", "a15", "a20", "a24", "a28", "a31")
# (set, language, figure) -> the figure measured when it was below the bar (rules + semantic
# layer, utterances the corpus does not hold). a10 was first measured once, on main at 17f8a4a
# (after checker9's last change), by the lead: Dutch met every bar (flagged 0.905, false flags
# 9.1%, secrecy 0.971), English missed all three (flagged 0.785, false flags 11.4%, secrecy 0.800;
# blaming 0.640). Measured once more on 2026-12-04 after the spent sets a3, a6 and a8 and the
# a11 development families had joined and the layer was re-tuned (the development part's nested
# estimate chose the uncalibrated linear scorer): Dutch flagged 0.899 and secrecy 0.884 fell
# below the bar, false flags 9.4%; English flagged 0.785, secrecy 0.757, false flags 12.5%
# (blaming 0.640 -> 0.680, suggestive 0.667 -> 0.683). Those figures were not used to
# choose anything. The sets a3, a6 and a8 and their marks left
# with their folding (their last figures are in tests/domain/data/README.md).
# a12 (tests/domain/data/README.md) was written on 2026-12-04 (16:35-16:40 UTC) by an annotator who
# read only the seed pages, issue 10 and the label definitions, kept outside the repository, and
# measured by the lead twice: on main at 7635d05 before that session's checker work and at
# ec9bff4 after it, as a check of that work, never to choose anything. Its figures at ec9bff4:
# Dutch flagged 0.899, false flags 13.1%, secrecy 0.886; English flagged 0.942, false flags 17.6%,
# secrecy 0.871 (before: 0.904, 13.8%, 0.914; 0.933, 19.3%, 0.857). Every false flag of a12 comes
# from the rules (rules alone: 11/84 and 15/85), the semantic layer adds none.
# a13 was written on 2026-12-04 (19:35-19:40 UTC) the same way and measured by the lead twice:
# before that evening's checker work (9a862f1, whose checker is ec9bff4's) and after it
# (a675ffa): Dutch flagged 0.934 -> 0.960, false flags 7.9% -> 12.7%, secrecy 0.888 -> 0.933;
# English 0.947 -> 0.964, 12.9% -> 17.7%, 0.899 -> 0.933.
# a15 was written on 2026-12-04 (22:28-22:35 UTC) the same way (80 families per language, 30 of
# them clean) and measured by the lead twice: before the night session's checker work (07e5fe7,
# whose checker is a675ffa's) and after it (60192ac: the layer's budget and cuts chosen with whole
# writers held out, the rules made precise on four fresh development batches a16-a19, a16 and a17
# folded in). Before -> after, Dutch flagged 0.967 -> 0.959, false flags 17.4% -> 13.4%, secrecy
# 0.969 -> 0.959; English 0.963 -> 0.955, 9.4% -> 6.0%, 1.000 -> 0.980.
# a20 was written on 2026-12-05 (01:12-01:18 UTC) the same way (80 families per language, 30 clean)
# and measured by the lead twice: before that session's checker work (80ebe8f: Dutch flagged
# 0.943, false flags 13.2%, secrecy 0.909; English 0.929, 11.9%, 0.887) and after it (8fa12a6: the
# rules made precise on five more fresh development batches a18, a19, a21-a23, all folded in, the
# layer's store refit on the grown part at the same cuts).
# a24 was written on 2026-12-05 (04:05-04:10 UTC) the same way (80 families per language, 30 clean)
# and measured by the lead twice: before that session's checker work (d4f2798: Dutch flagged
# 0.975, false flags 13.8%, secrecy 0.959; English 0.971, 12.4%, 0.960) and after it (8e517b5: the
# rules made precise on three more fresh development batches a25-a27, regional Dutch spellings
# read as the common words, all three folded in, the layer's store refit at the same cuts). All
# sets were measured at 8e517b5 (tests/domain/data/README.md).
# a28 was written on 2026-12-05 (07:00-07:05 UTC) the same way (80 families per language, 30 clean)
# and measured by the lead before that session's checker work (73971cf, whose checker is
# 8e517b5's): Dutch flagged 0.962, false flags 11.0%, secrecy 0.960; English 0.967, 16.6%, 0.973.
# After that session's checker change (ea74b27: a clean-side check of rule findings, chosen with
# whole writers held out) every set was measured again at eb3507c; the figures below are those,
# and none chose anything.
# a31 was written on 2026-12-05 (10:03-10:06 UTC) the same way (80 families per language, 30 clean)
# and measured by the lead before that session's checker work (2dfc8fd, whose checker is
# ea74b27's) and after it (339c98c: a reassurance about fault cleared from the layer's
# presumptions, honest limits, a closing name as the listener, proposals and leave asked as no
# option posed). No a31 figure moved; of all sets only a24's Dutch false flags did (17 -> 16 of
# 145). The figures below are those at 339c98c.
BELOW_BAR: dict[tuple[str, str, str], float] = {
    ("a10", "en", "flagged_recall"): 0.785,  # 164/209
    ("a10", "en", "secrecy_recall"): 0.743,  # 52/70
    ("a12", "nl", "false_flags"): 0.107,  # 9/84
    ("a15", "nl", "false_flags"): 0.115,  # 17/148
    ("a20", "nl", "secrecy_recall"): 0.897,  # 87/97
    ("a20", "en", "secrecy_recall"): 0.897,  # 87/97
    ("a24", "nl", "false_flags"): 0.110,  # 16/145
    ("a28", "en", "false_flags"): 0.152,  # 22/145
    ("a31", "nl", "false_flags"): 0.137,  # 19/139
}
# Every figure as measured then: a floor (recalls) or a ceiling (false flags) SLACK away catches
# a regression, whether or not the figure meets the bar.
MEASURED: dict[tuple[str, str, str], float] = {
    ("a10", "nl", "flagged_recall"): 0.908,
    ("a10", "nl", "secrecy_recall"): 0.913,
    ("a10", "nl", "false_flags"): 0.073,
    ("a10", "en", "flagged_recall"): 0.785,
    ("a10", "en", "secrecy_recall"): 0.743,
    ("a10", "en", "false_flags"): 0.093,
    ("a12", "nl", "flagged_recall"): 0.922,
    ("a12", "nl", "secrecy_recall"): 0.929,
    ("a12", "nl", "false_flags"): 0.107,
    ("a12", "en", "flagged_recall"): 0.951,
    ("a12", "en", "secrecy_recall"): 0.914,
    ("a12", "en", "false_flags"): 0.071,
    ("a13", "nl", "flagged_recall"): 0.950,
    ("a13", "nl", "secrecy_recall"): 0.919,
    ("a13", "nl", "false_flags"): 0.017,
    ("a13", "en", "flagged_recall"): 0.954,
    ("a13", "en", "secrecy_recall"): 0.919,
    ("a13", "en", "false_flags"): 0.066,
    ("a15", "nl", "flagged_recall"): 0.954,
    ("a15", "nl", "secrecy_recall"): 0.958,
    ("a15", "nl", "false_flags"): 0.115,
    ("a15", "en", "flagged_recall"): 0.954,
    ("a15", "en", "secrecy_recall"): 0.980,
    ("a15", "en", "false_flags"): 0.068,
    ("a20", "nl", "flagged_recall"): 0.928,
    ("a20", "nl", "secrecy_recall"): 0.897,
    ("a20", "nl", "false_flags"): 0.092,
    ("a20", "en", "flagged_recall"): 0.940,
    ("a20", "en", "secrecy_recall"): 0.897,
    ("a20", "en", "false_flags"): 0.086,
    ("a24", "nl", "flagged_recall"): 0.974,
    ("a24", "nl", "secrecy_recall"): 0.969,
    ("a24", "nl", "false_flags"): 0.110,
    ("a24", "en", "flagged_recall"): 0.966,
    ("a24", "en", "secrecy_recall"): 0.959,
    ("a24", "en", "false_flags"): 0.097,
    ("a28", "nl", "flagged_recall"): 0.962,
    ("a28", "nl", "secrecy_recall"): 0.960,
    ("a28", "nl", "false_flags"): 0.082,
    ("a28", "en", "flagged_recall"): 0.967,
    ("a28", "en", "secrecy_recall"): 0.973,
    ("a28", "en", "false_flags"): 0.152,
    ("a31", "nl", "flagged_recall"): 0.940,
    ("a31", "nl", "secrecy_recall"): 0.919,
    ("a31", "nl", "false_flags"): 0.137,
    ("a31", "en", "flagged_recall"): 0.941,
    ("a31", "en", "secrecy_recall"): 0.919,
    ("a31", "en", "false_flags"): 0.098,
}
SLACK = 0.03  # one or two utterances


def _bench() -> ModuleType:
    """bench/checker_independent.py: the one place that calls the checker as the app does."""
    name = "checker_independent_bench"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            name, ROOT / "bench" / "checker_independent.py"
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


# -- the set's format (the corpus format, tests/domain/test_checker_corpus.py) ------------------


def _independent(language: str, which: str) -> list[Record]:
    return _load(_bench().independent_file(language, which))


@pytest.mark.parametrize("which", SETS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_independent_records_are_well_formed(language: str, which: str) -> None:
    for r in _independent(language, which):
        where = f"{language} independent {which} {r.get('id')}"
        for name, typ in REQUIRED.items():
            assert isinstance(r.get(name), typ), f"{where}: bad field {name!r}"
        assert r["lang"] == language, where
        assert r["text"].strip(), f"{where}: empty text"
        assert r["register"] in REGISTERS, f"{where}: register {r['register']!r}"
        assert set(r["kinds"]) <= KINDS, f"{where}: unknown kind in {r['kinds']}"
        assert len(set(r["kinds"])) == len(r["kinds"]), f"{where}: repeated kind"
        earlier = r.get("earlier", [])
        assert isinstance(earlier, list), f"{where}: earlier is not a list"
        assert all(isinstance(x, str) and x.startswith(("S: ", "Q: ")) for x in earlier), where
        assert isinstance(r.get("why", ""), str), f"{where}: why is not text"
        assert r["family"].startswith(f"{language}-{which}-"), f"{where}: family"
        assert r["id"].startswith(r["family"]), f"{where}: id does not start with family"


@pytest.mark.parametrize("which", SETS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_independent_families_are_whole(language: str, which: str) -> None:
    families: dict[str, list[Record]] = defaultdict(list)
    for r in _independent(language, which):
        families[r["family"]].append(r)
    assert len(families) >= FAMILIES_PER_LANGUAGE
    kinds: Counter[str] = Counter()
    for family, members in families.items():
        assert len(members) >= PHRASINGS, f"{family}: {len(members)} phrasings"
        assert len({frozenset(r["kinds"]) for r in members}) == 1, f"{family}: kinds disagree"
        kinds.update(members[0]["kinds"] or ["clean"])
    # Every kind is measured, and there are enough clean families to measure false flags.
    assert all(kinds[kind] >= 5 for kind in KINDS), kinds
    assert kinds["clean"] >= 14, kinds  # 70 clean utterances at least


@pytest.mark.parametrize("which", SETS)
def test_independent_set_is_apart_from_the_corpus(which: str) -> None:
    """Nothing of the set is in the checker's corpus: no id, no family, at most a few texts."""
    corpus = [r for path in FILES.values() for r in _load(path)]
    ids = Counter(r["id"] for language in LANGUAGES for r in _independent(language, which))
    assert all(n == 1 for n in ids.values()), "repeated ids in the independent set"
    assert not set(ids) & {r["id"] for r in corpus}, "independent ids in the corpus"
    assert not [r for r in corpus if f"-{which}-" in r["family"]], f"{which} families in corpus"
    bench = _bench()
    for language in LANGUAGES:
        seen = bench.corpus_texts(language)
        texts = [bench.normalise(r["text"]) for r in _independent(language, which)]
        shared = sum(text in seen for text in texts)
        # A count only: whoever works on the checker must not learn the set's items from here.
        assert shared <= MAX_LEFT_OUT * len(texts), f"{language}: {shared} texts also in the corpus"


# -- the figures ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def figures() -> dict[tuple[str, str], Any]:
    bench = _bench()
    checker = bench.app_checker()
    return {
        (which, language): bench.measure(checker, language, which=which)
        for which in SETS
        for language in LANGUAGES
    }


def _cases(figure: str) -> list[object]:
    cases: list[object] = []
    for which in SETS:
        for language in LANGUAGES:
            measured = BELOW_BAR.get((which, language, figure))
            reason = f"{which} {language} {figure} {measured}, bar {BAR[figure]}"
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if measured is not None else []
            cases.append(pytest.param(which, language, marks=marks, id=f"{which}-{language}"))
    return cases


@pytest.mark.parametrize(("which", "language"), _cases("flagged_recall"))
def test_flagged_recall(figures: dict[tuple[str, str], Any], which: str, language: str) -> None:
    result = figures[(which, language)]
    assert result.flagged_recall >= 0.90, f"{which} {language}: {result.flagged_recall:.3f}"


@pytest.mark.parametrize(("which", "language"), _cases("false_flags"))
def test_clean_false_flags(figures: dict[tuple[str, str], Any], which: str, language: str) -> None:
    result = figures[(which, language)]
    assert result.false_flag_rate <= 0.10, f"{which} {language}: {result.false_flag_rate:.3f}"


@pytest.mark.parametrize(("which", "language"), _cases("secrecy_recall"))
def test_secrecy_recall(figures: dict[tuple[str, str], Any], which: str, language: str) -> None:
    result = figures[(which, language)]
    assert result.secrecy_recall >= 0.90, f"{which} {language}: {result.secrecy_recall:.3f}"


@pytest.mark.parametrize(("which", "language", "figure"), sorted(MEASURED))
def test_figures_do_not_regress(
    figures: dict[tuple[str, str], Any], which: str, language: str, figure: str
) -> None:
    result = figures[(which, language)]
    measured = MEASURED[(which, language, figure)]
    where = f"{which} {language} {figure}"
    if figure == "false_flags":
        assert result.false_flag_rate <= measured + SLACK, f"{where}: {result.false_flag_rate:.3f}"
    else:
        value = getattr(result, figure)
        assert value >= measured - SLACK, f"{where}: {value:.3f}"
