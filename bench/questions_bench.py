"""The question checker's speed over its labelled corpus (target: under 2 ms per utterance)."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from adviser_desk.domain.questions import check_question
from tests.domain.question_corpus import EN, NL


def run() -> None:
    rows = [("nl", text, ctx) for _k, text, ctx in NL] + [("en", text, ctx) for _k, text, ctx in EN]
    for language, text, ctx in rows:  # warm the compiled patterns
        check_question(text, language, ctx)
    times = []
    for _ in range(20):
        for language, text, ctx in rows:
            start = time.perf_counter()
            check_question(text, language, ctx)
            times.append(time.perf_counter() - start)
    times.sort()
    p99 = times[int(len(times) * 0.99)]
    print(
        f"question checker, {len(rows)} utterances x 20: median "
        f"{statistics.median(times) * 1000:.3f} ms, p99 {p99 * 1000:.3f} ms per utterance   "
        "target < 2 ms"
    )


if __name__ == "__main__":
    run()
