"""A fresh batch of labelled utterances, measured as the app would judge them, before anyone
reads it: the honest figures for phrasing nobody here has tuned on.

    python bench/checker_batch.py BATCH_DIR            # aggregates only, no texts
    python bench/checker_batch.py BATCH_DIR --rules    # rules alone (no encoder load)
    python bench/checker_batch.py BATCH_DIR --list     # then the misses and false flags
    python bench/checker_batch.py BATCH_DIR --folded   # a batch the corpus now holds

The folder holds ``nl.jsonl`` and/or ``en.jsonl`` in the corpus format. Utterances whose text
the corpus already holds (development or test part, compared as
``tests/domain/test_checker_corpus.py`` compares texts) are left out: they measure nothing new.
The checker is called as the interview service calls it in a conversation with a victim: the
student's earlier words as ``A:`` lines (the corpus writes ``S:``), the adviser's as ``Q:``,
through the victim profile. Figures are printed for rules + the semantic layer as shipped and
for the rules alone; by default no utterance is printed, so the batch can be measured before it
is read. Never point this at the test part or an independent set.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from adviser_desk.domain import questions  # noqa: E402
from adviser_desk.domain.checker_eval import Report, score  # noqa: E402
from adviser_desk.domain.checker_profiles import FULL  # noqa: E402
from adviser_desk.domain.question_checker import QuestionChecker  # noqa: E402
from adviser_desk.domain.question_examples import Example, development_files, load  # noqa: E402

TEST_PART = ROOT / "tests" / "domain" / "data"
KINDS = (
    questions.SECRECY_PROMISE,
    questions.BLAMING,
    questions.SUGGESTIVE,
    questions.OPTION_POSING,
)
SHORT = {
    questions.SECRECY_PROMISE: "secrecy",
    questions.BLAMING: "blaming",
    questions.SUGGESTIVE: "suggestive",
    questions.OPTION_POSING: "option",
}


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower()).strip().strip(" .?!,;:")


def known_texts() -> set[str]:
    """The texts of the corpus, both parts (only compared, never shown)."""
    folder = ROOT / "resources" / "checker"
    paths = [*development_files(folder)]
    paths += [TEST_PART / f"checker_test_{lang}.jsonl" for lang in ("nl", "en")]
    return {normalise(e.text) for p in paths if p.exists() for e in load(p)}


def batch(folder: Path, folded: bool = False) -> tuple[list[Example], int]:
    """The batch's utterances the corpus does not hold, and how many it did hold; with
    ``folded`` every utterance (a batch that has joined the development part: in-sample)."""
    known = set() if folded else known_texts()
    rows = [
        e
        for lang in ("nl", "en")
        if (folder / f"{lang}.jsonl").exists()
        for e in load(folder / f"{lang}.jsonl")
    ]
    fresh = [e for e in rows if normalise(e.text) not in known]
    return fresh, len(rows) - len(fresh)


def as_the_app_passes(earlier: Sequence[str]) -> list[str]:
    """The interview service prefixes the student's lines with "A: " and the adviser's "Q: "."""
    return ["A: " + line[3:] if line.startswith("S: ") else line for line in earlier]


Predict = Callable[[str, str, Sequence[str]], set[str]]


def predictor(checker: QuestionChecker) -> Predict:
    def predict(text: str, lang: str, earlier: Sequence[str]) -> set[str]:
        found = checker.check(text, lang, as_the_app_passes(earlier))
        return {f.kind for f in FULL.apply(found, text, (), lang)}

    return predict


def summary(report: Report) -> str:
    kinds = ", ".join(
        f"{SHORT[k]} {report.recall(k):.3f} ({report.kind_found[k]}/{report.kind_total[k]})"
        for k in KINDS
        if report.kind_total[k]
    )
    return (
        f"flagged {report.flagged_recall:.3f} ({report.flagged_found}/{report.flagged_total}), "
        f"clean false flags {report.false_flag_rate:.1%} "
        f"({report.clean_flagged}/{report.clean_total}); {kinds}"
    )


def listing(name: str, report: Report) -> None:
    print(f"\n== {name} [{report.language}] false flags ({report.clean_flagged})")
    for text, found in report.false_flags:
        print(f"  {'/'.join(SHORT.get(k, k) for k in found):>18}  {text}")
    for kind in KINDS:
        missed = report.missed.get(kind, [])
        if missed:
            print(f"== {name} [{report.language}] {SHORT[kind]} missed ({len(missed)})")
            for text in missed:
                print(f"    {text}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--rules", action="store_true", help="rules alone (no encoder load)")
    parser.add_argument("--list", action="store_true", help="print misses and false flags")
    parser.add_argument(
        "--folded", action="store_true", help="keep the texts the corpus holds (in-sample)"
    )
    args = parser.parse_args()
    rows, held = batch(args.folder, args.folded)
    if not rows:
        print(f"{args.folder}: no utterances the corpus does not already hold")
        return 1
    counts = {lang: sum(e.lang == lang for e in rows) for lang in ("nl", "en")}
    print(
        f"{args.folder}: {counts['nl']} nl, {counts['en']} en utterances ({held} left out: "
        "their text is in the corpus)"
    )
    checkers = [("rules alone", QuestionChecker(None))]
    if not args.rules:
        from adviser_desk.services import question_checking

        layer = question_checking.load_semantic()
        if layer is None:
            print(f"semantic layer not loaded: {question_checking.failure()}")
            return 1
        checkers.insert(0, ("rules + layer", QuestionChecker(layer)))
    reports = {name: score(predictor(checker), rows) for name, checker in checkers}
    for name, per_lang in reports.items():
        for lang in ("nl", "en"):
            if lang in per_lang:
                print(f"{name:>13} [{lang}] {summary(per_lang[lang])}")
    if args.list:
        for name, per_lang in reports.items():
            for lang in ("nl", "en"):
                if lang in per_lang:
                    listing(name, per_lang[lang])
    return 0


if __name__ == "__main__":
    sys.exit(main())
