"""Scoring harness for the question checker: per language, per kind recall, flagged recall and
the clean false-flag rate on a labelled part of the corpus.

- kind recall: of the utterances labelled with a kind, the share that get a finding of it;
- flagged recall: of the utterances with any label, the share that get any finding;
- clean false flags: of the clean utterances, the share that get any finding.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from adviser_desk.domain.question_examples import KIND_NAMES, Example

# text, language, earlier lines -> the kinds found
Predict = Callable[[str, str, Sequence[str]], set[str]]


@dataclass
class Report:
    language: str
    total: int = 0
    kind_total: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KIND_NAMES, 0))
    kind_found: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KIND_NAMES, 0))
    flagged_total: int = 0
    flagged_found: int = 0
    clean_total: int = 0
    clean_flagged: int = 0
    # The texts themselves stay out of repr: a failing assertion prints the report, and the
    # test part's and the independent set's texts must never be shown to whoever tunes rules.
    missed: dict[str, list[str]] = field(default_factory=dict, repr=False)  # kind -> texts
    false_flags: list[tuple[str, tuple[str, ...]]] = field(default_factory=list, repr=False)

    def recall(self, kind: str) -> float:
        total = self.kind_total[kind]
        return self.kind_found[kind] / total if total else 1.0

    @property
    def flagged_recall(self) -> float:
        return self.flagged_found / self.flagged_total if self.flagged_total else 1.0

    @property
    def false_flag_rate(self) -> float:
        return self.clean_flagged / self.clean_total if self.clean_total else 0.0

    def lines(self) -> list[str]:
        parts = [
            f"{kind} {self.recall(kind):.3f} ({self.kind_found[kind]}/{self.kind_total[kind]})"
            for kind in KIND_NAMES
        ]
        return [
            f"[{self.language}] {self.total} utterances; recall per kind: " + ", ".join(parts),
            f"[{self.language}] flagged recall {self.flagged_recall:.3f} "
            f"({self.flagged_found}/{self.flagged_total}); clean false flags "
            f"{self.false_flag_rate:.3f} ({self.clean_flagged}/{self.clean_total})",
        ]


def score(predict: Predict, examples: Iterable[Example]) -> dict[str, Report]:
    """One report per language found in ``examples``."""
    reports: dict[str, Report] = {}
    for example in examples:
        report = reports.setdefault(example.lang, Report(example.lang))
        found = predict(example.text, example.lang, example.earlier)
        report.total += 1
        if example.clean:
            report.clean_total += 1
            if found:
                report.clean_flagged += 1
                report.false_flags.append((example.text, tuple(sorted(found))))
            continue
        report.flagged_total += 1
        report.flagged_found += bool(found)
        for kind in example.kinds:
            report.kind_total[kind] += 1
            if kind in found:
                report.kind_found[kind] += 1
            else:
                report.missed.setdefault(kind, []).append(example.text)
    return reports
