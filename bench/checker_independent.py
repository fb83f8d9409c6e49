"""The question checker on the independent sets (tests/domain/data/checker_independent*.jsonl).

Each set (a10, a12, a13, a15, a20, a24, a28, a31) was written by an annotator who had not seen
the checker's code, its corpus or its test part, and nobody tunes on it (see
tests/domain/data/README.md). Its figures estimate how the checker does on phrasing it has never
seen. Issue 10's Done-when, per language: flagged recall >= 0.90, clean false flags <= 0.10,
secrecy-promise recall >= 0.90.

The checker is called as the interview window calls it (InterviewService.check): the shared checker
of services/question_checking with the semantic layer loaded, the student's earlier words passed as
the app passes them ("A: ..."), through the profile of a victim conversation. Only aggregate figures
are printed, never an utterance: whoever improves the checker must not learn the set's items from
this output.

The headline figures leave out the set's utterances whose text is also in the checker's corpus
(development or test part, compared as tests/domain/test_checker_corpus.py compares texts): a short
prompt such as "Go on." or a phrasing quoted in issue 10 was written by both sides, and the checker
has seen it. How many were left out is printed; the whole set is scored as well.

    python bench/checker_independent.py [--set a10|a12|...|a31] [--rules-only] [--json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from adviser_desk.domain.checker_eval import Report  # noqa: E402
from adviser_desk.domain.checker_profiles import profile_for  # noqa: E402
from adviser_desk.domain.conversations import ConversationType  # noqa: E402
from adviser_desk.domain.question_checker import QuestionChecker  # noqa: E402
from adviser_desk.domain.question_examples import KIND_NAMES, Example, load  # noqa: E402
from adviser_desk.services import question_checking  # noqa: E402

DATA = ROOT / "tests" / "domain" / "data"
CORPUS = [ROOT / "resources" / "checker" / "examples_{}.jsonl", DATA / "checker_test_{}.jsonl"]
LANGUAGES = ("nl", "en")
FLAGGED_TARGET = 0.90
SECRECY_TARGET = 0.90
FALSE_FLAG_TARGET = 0.10


# The independent sets, each written by someone who had seen neither the checker nor the other
# sets (tests/domain/data/README.md). a3, a6 and a8 were spent (measured repeatedly while they
# guided the work) and were folded into the development part on 2026-12-04; a10 stays apart.
# a12 was written on 2026-12-04 and measured by the lead before and after that session's checker
# work, never used to choose anything; a13 likewise in the evening session of that day, and a15
# in the night session (2026-12-04/05), a20, a24, a28 and a31 in the four sessions of 2026-12-05.
SETS = {
    "a10": "checker_independent4_{}.jsonl",
    "a12": "checker_independent5_{}.jsonl",
    "a13": "checker_independent6_{}.jsonl",
    "a15": "checker_independent7_{}.jsonl",
    "a20": "checker_independent8_{}.jsonl",
    "a24": "checker_independent9_{}.jsonl",
    "a28": "checker_independent10_{}.jsonl",
    "a31": "checker_independent11_{}.jsonl",
}


def independent_file(language: str, which: str = "a10") -> Path:
    return DATA / SETS[which].format(language)


@dataclass
class Figures(Report):
    """Aggregate figures of one language: the counts of a corpus Report, never its lists of
    missed texts (``measure`` fills only the counts), plus what this set adds."""

    semantic_only: int = 0  # labelled utterances caught only by a semantic finding
    left_out: int = 0  # utterances not scored: their text is also in the checker's corpus

    @property
    def secrecy_recall(self) -> float:
        return self.recall("secrecy_promise")

    def meets(self) -> dict[str, bool]:
        return {
            "flagged_recall": self.flagged_recall >= FLAGGED_TARGET,
            "false_flags": self.false_flag_rate <= FALSE_FLAG_TARGET,
            "secrecy_recall": self.secrecy_recall >= SECRECY_TARGET,
        }

    def lines(self) -> list[str]:
        kinds = ", ".join(
            f"{kind} {self.recall(kind):.3f} ({self.kind_found[kind]}/{self.kind_total[kind]})"
            for kind in KIND_NAMES
        )
        verdict = ", ".join(
            f"{name} {'ok' if ok else 'BELOW'}" for name, ok in self.meets().items()
        )
        return [
            f"[{self.language}] {self.total} utterances scored ({self.left_out} left out: "
            f"also in the corpus); recall per kind: {kinds}",
            f"[{self.language}] flagged recall {self.flagged_recall:.3f} "
            f"({self.flagged_found}/{self.flagged_total}, target >= {FLAGGED_TARGET}); "
            f"clean false flags {self.false_flag_rate:.3f} "
            f"({self.clean_flagged}/{self.clean_total}, target <= {FALSE_FLAG_TARGET}); "
            f"secrecy recall {self.secrecy_recall:.3f} (target >= {SECRECY_TARGET})",
            f"[{self.language}] caught by the semantic layer alone: {self.semantic_only}; "
            f"Done-when: {verdict}",
        ]


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower()).strip().strip(" .?!,;:")


def corpus_texts(language: str) -> set[str]:
    """The normalised texts of the checker's corpus in ``language`` (development and test part)."""
    paths = [Path(str(pattern).format(language)) for pattern in CORPUS]
    return {normalise(e.text) for path in paths if path.exists() for e in load(path)}


def app_earlier(earlier: Sequence[str]) -> list[str]:
    """The set's context lines as InterviewService passes them: the student's lines are "A: "."""
    return ["A: " + line[3:] if line.startswith("S: ") else line for line in earlier]


def findings_kinds(checker: QuestionChecker, example: Example) -> tuple[set[str], set[str]]:
    """The kinds found (all layers) and the kinds found by a rule, as the interview finds them."""
    found = checker.check(example.text, example.lang, app_earlier(example.earlier))
    kept = profile_for(str(ConversationType.VICTIM)).apply(found, example.text, (), example.lang)
    return {f.kind for f in kept}, {f.kind for f in kept if f.layer == "rule"}


def measure(
    checker: QuestionChecker, language: str, unseen_only: bool = True, which: str = "a10"
) -> Figures:
    """The figures of one language on set ``which``; ``unseen_only`` leaves out texts the corpus
    also holds."""
    figures = Figures(language)
    seen = corpus_texts(language) if unseen_only else set()
    for example in load(independent_file(language, which)):
        assert example.lang == language
        if normalise(example.text) in seen:
            figures.left_out += 1
            continue
        kinds, rule_kinds = findings_kinds(checker, example)
        figures.total += 1
        if example.clean:
            figures.clean_total += 1
            figures.clean_flagged += bool(kinds)
            continue
        figures.flagged_total += 1
        figures.flagged_found += bool(kinds)
        figures.semantic_only += bool(kinds) and not rule_kinds
        for kind in example.kinds:
            figures.kind_total[kind] += 1
            figures.kind_found[kind] += kind in kinds
    return figures


def app_checker(rules_only: bool = False) -> QuestionChecker:
    """The app's checker; with the semantic layer unless ``rules_only`` (raises if it fails)."""
    if rules_only:
        return QuestionChecker(None)
    layer = question_checking.load_semantic()
    if layer is None:
        raise RuntimeError(f"semantic layer not loaded: {question_checking.failure()}")
    return question_checking.checker()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rules-only", action="store_true", help="without the semantic layer")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--set", choices=sorted(SETS), default="a10", help="which independent set")
    args = parser.parse_args()
    checker = app_checker(args.rules_only)
    unseen = [measure(checker, language, which=args.set) for language in LANGUAGES]
    whole = [measure(checker, language, False, args.set) for language in LANGUAGES]
    if args.json:
        print(
            json.dumps(
                {
                    "unseen": [asdict(f) | {"meets": f.meets()} for f in unseen],
                    "whole": [asdict(f) | {"meets": f.meets()} for f in whole],
                },
                indent=1,
            )
        )
        return 0
    layers = "rules only" if args.rules_only else "rules + semantic layer"
    print(f"question checker on independent set {args.set} ({layers}), measurement only")
    print("utterances the corpus does not hold (the Done-when figures):")
    for figures in unseen:
        for line in figures.lines():
            print("  " + line)
    print("the whole set:")
    for figures in whole:
        for line in figures.lines():
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
