"""The question checker: speed per utterance (rules alone; rules + semantic layer), the memory
the semantic layer adds, and its figures on the development and the test part.

Targets: rules under 2 ms per utterance; with the semantic layer at most 15 ms per utterance
and at most 200 MB more memory. The test part is only scored here, never tuned on.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from adviser_desk.domain.checker_eval import score  # noqa: E402
from adviser_desk.domain.question_checker import QuestionChecker  # noqa: E402
from adviser_desk.domain.question_examples import Example, development_files, load_all  # noqa: E402
from adviser_desk.domain.questions import check_question  # noqa: E402
from adviser_desk.services import question_checking  # noqa: E402

TEST_PART = ROOT / "tests" / "domain" / "data"

# Run in a fresh interpreter so the figure is the layer's own: peak RSS before and after.
# Peak RSS from /proc (VmHWM): ru_maxrss would carry over the parent's peak across fork+exec.
_MEMORY_PROBE = """
import json, sys
sys.path.insert(0, sys.argv[1])
def peak():
    with open("/proc/self/status") as status:
        return next(int(l.split()[1]) for l in status if l.startswith("VmHWM:"))
from adviser_desk.services import question_checking
from adviser_desk.domain.question_checker import QuestionChecker
before = peak()
layer = question_checking.load_semantic()
checker = QuestionChecker(layer)
for text in ["Dit blijft tussen ons, echt.", "Why did you send it to him?"] * 20:
    checker.check(text, "en")
after = peak()
print(json.dumps({"before": before, "after": after, "ok": layer is not None}))
"""


def test_part() -> list[Example]:
    return load_all(TEST_PART / f"checker_test_{lang}.jsonl" for lang in ("nl", "en"))


def timing(rows: list[Example], check: QuestionChecker | None, rounds: int) -> list[float]:
    times = []
    cpu_start = time.process_time()
    for _ in range(rounds):
        for row in rows:
            start = time.perf_counter()
            if check is None:
                check_question(row.text, row.lang, row.earlier)
            else:
                check.check(row.text, row.lang, row.earlier)
            times.append(time.perf_counter() - start)
    # CPU time per utterance: what the check costs, whatever else the machine is doing (the
    # wall-clock figures above it grow with the load average on this shared 2-core machine).
    _cpu_per_utterance.append((time.process_time() - cpu_start) / max(1, len(times)))
    times.sort()
    return times


_cpu_per_utterance: list[float] = []


def describe(times: list[float]) -> str:
    p95 = times[int(len(times) * 0.95)]
    return (
        f"median {statistics.median(times) * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms, "
        f"max {times[-1] * 1000:.1f} ms"
    )


def memory() -> str:
    result = subprocess.run(
        [sys.executable, "-c", _MEMORY_PROBE, str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    data = json.loads(result.stdout.strip().splitlines()[-1])
    added = (data["after"] - data["before"]) / 1024
    return f"{added:.0f} MB more peak memory (numpy included)"


def figures(checker: QuestionChecker, name: str, examples: list[Example]) -> None:
    def predict(text: str, lang: str, earlier: tuple[str, ...] | list[str]) -> set[str]:
        return {f.kind for f in checker.check(text, lang, earlier)}

    reports = score(predict, examples)
    for lang in sorted(reports):
        for line in reports[lang].lines():
            print(f"  {name}: {line}")


def run() -> None:
    development = load_all(development_files(question_checking.checker_folder()))
    rows = development or [
        Example("x", "x", "nl", "Waarom ging je met hem chatten?", frozenset()),
        Example("y", "y", "en", "Tell me what happened.", frozenset()),
    ]
    timing(rows, None, 1)
    print(
        f"question checker, rules only, {len(rows)} utterances x 5: "
        f"{describe(timing(rows, None, 5))}   target < 2 ms"
    )
    start = time.perf_counter()
    layer = question_checking.load_semantic()
    loaded = time.perf_counter() - start
    if layer is None:
        print(f"question checker, semantic layer NOT loaded: {question_checking.failure()}")
        return
    checker = QuestionChecker(layer)
    print(
        f"question checker, semantic layer ({layer.name}, {len(layer.index.examples)} "
        f"exemplars) loaded in {loaded:.1f} s (off the GUI thread in the app)"
    )
    timed = describe(timing(rows, checker, 2))
    load = os.getloadavg()[0]  # per-utterance time is CPU-bound: say how busy the machine was
    print(
        f"question checker, rules + semantic, {len(rows)} utterances x 2: {timed} wall, "
        f"{_cpu_per_utterance[-1] * 1000:.2f} ms CPU per utterance   "
        f"target <= 15 ms (load average {load:.1f} on {os.cpu_count()} cores)"
    )
    print(f"question checker, semantic layer memory: {memory()}   target <= +200 MB")
    settings = json.loads(
        (question_checking.checker_folder() / "semantic.json").read_text(encoding="utf-8")
    )
    for line in settings.get("rules_held_out", []):
        print(f"  rules alone, dev part, each writer held out (bench/writer_cv.py): {line}")
    for line in settings.get("combined_held_out", []):
        print(f"  rules + semantic, dev part, each writer held out, the estimate: {line}")
    for line in settings.get("combined_nested_groups", []):
        print(f"  rules + semantic, dev part, nested over meaning groups: {line}")
    rules = QuestionChecker(None)
    if development:
        figures(rules, "rules only, dev part", development)
        figures(checker, "rules + semantic, dev part (in-sample)", development)
    held_out = test_part()
    if held_out:
        figures(rules, "rules only, TEST part", held_out)
        figures(checker, "rules + semantic, TEST part", held_out)
    else:
        print("question checker: no test part found under tests/domain/data")


if __name__ == "__main__":
    run()
