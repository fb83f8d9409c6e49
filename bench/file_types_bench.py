"""The minor-image guard's type detection on real files (tests/media.py).

Prints, for the development set and for the held-out set (other encoders, codecs, modes and
containers, never used to adjust the rules): how many files that are or may hold a picture or
a film are held for the question (must be all), how many are named with the right category,
and how long detection takes per file. Also: plain text must pass.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from adviser_desk.domain.file_types import detect
from tests import media


def run() -> None:
    for group in ("development", "held_out", "text"):
        files = media.made(group)
        for name, _category, data in files:  # warm up the libraries
            detect(data, name)
        times: list[float] = []
        held = right = 0
        wrong: list[str] = []
        for name, category, data in files:
            start = time.perf_counter()
            kind = detect(data, name)
            times.append(time.perf_counter() - start)
            held += kind.may_hold_picture
            if kind.category == category:
                right += 1
            else:
                wrong.append(f"{name} as {kind.category}")
        n = len(files)
        share = "passed as plain text" if group == "text" else "held for the question"
        count = n - held if group == "text" else held
        print(
            f"file types, {group} set ({n} real files): {count}/{n} {share}, "
            f"{right}/{n} named right ({right / n:.0%}); detection median "
            f"{statistics.median(times) * 1000:.2f} ms, max {max(times) * 1000:.2f} ms"
            + (f"; misnamed: {', '.join(wrong)}" if wrong else "")
        )
    # The plain-text check reads the whole file (in the intake worker, not the window).
    line = "2026-11-30 21:04:11,@nep.noor,stuur nou die foto anders zet ik het online\n"
    export = (line * (50 * 2**20 // len(line))).encode()
    start = time.perf_counter()
    kind = detect(export, "chat.csv")
    print(
        f"file types, a 50 MB chat export (CSV) checked as plain text: "
        f"{time.perf_counter() - start:.2f} s ({kind.category})"
    )


if __name__ == "__main__":
    run()
