"""Advisers of one case file on the big case file (about 2 GB, see bigfile.py): unlocking with a
calibrated password when the adviser is named (one KDF run) and when the slot must be found by
trying (one run per adviser), adding an adviser, and the re-key that removing one offers,
against a plain `cp` + sync of the same file. Prints figures; asserts nothing.

    python bench/advisers_bench.py
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import bigfile  # type: ignore[import-not-found]

from adviser_desk.services import case_file_service as svc
from adviser_desk.services.session import CaseFileSession
from adviser_desk.storage import kdf

SECOND = "second adviser bench password words"
THIRD = "third adviser bench password words"


def _cp_sync(source: Path, folder: Path) -> float:
    target = folder / "plain-copy"
    start = time.perf_counter()
    subprocess.run(["cp", str(source), str(target)], check=True)
    subprocess.run(["sync", str(target)], check=True)
    took = time.perf_counter() - start
    target.unlink()
    return took


def run() -> None:
    cache = bigfile.cached()
    with tempfile.TemporaryDirectory(
        prefix="adviser-desk-advisers-", dir=os.environ.get("BENCH_TMP")
    ) as tmp:
        folder = Path(tmp)
        if not bigfile.enough_disk(folder):
            print("advisers benchmark: skipped, not enough free disk space")
            return
        big = bigfile.working_copy(cache, folder)
        size = big.size
        service = svc.unlock_with_password(big.path, bigfile.PASSWORD)
        if service.case.safety_copy:  # the cached file was migrated on this first open
            service.case.safety_copy.unlink()
        params, seconds = kdf.calibrate()
        print(f"advisers on a {size / 2**30:.2f} GiB case file; KDF calibrated to {seconds:.2f} s")
        with CaseFileSession(service) as session:
            start = time.perf_counter()
            session.advisers.add("Bram", SECOND, params)
            print(f"  add an adviser (their KDF run included): {time.perf_counter() - start:.2f} s")
            session.advisers.add("Chris", THIRD, params)
            ids = {row.name: row.adviser_id for row in session.advisers.rows()}
        for label, adviser in (("named (one KDF run)", ids["Chris"]), ("found by trying", None)):
            start = time.perf_counter()
            svc.unlock_with_password(big.path, THIRD, adviser=adviser).close()
            print(f"  unlock, adviser {label}: {time.perf_counter() - start:.2f} s")
        baseline = _cp_sync(big.path, folder)
        with CaseFileSession(
            svc.unlock_with_password(big.path, SECOND, adviser=ids["Bram"])
        ) as session:
            session.advisers.remove(ids["Chris"])
            marks: list[float] = []
            start = time.perf_counter()

            def progress(done: int, total: int) -> None:
                if not marks or done * 10 // total > len(marks) - 1:
                    marks.append(time.perf_counter() - start)

            cpu_before = os.times()
            recovery = session.advisers.rekey(SECOND, progress)
            took = time.perf_counter() - start
            cpu_after = os.times()
        cpu = (cpu_after.user + cpu_after.system) - (cpu_before.user + cpu_before.system)
        load = os.getloadavg()[0]
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        print(
            f"  re-key (copy under the new key, swap, new key file): {took:.1f} s "
            f"({size / took / 2**20:.0f} MB/s); cp + sync of the same file: {baseline:.1f} s; "
            f"progress reported {len(marks)} times in tenths; peak RSS {peak} MB; "
            f"{cpu:.1f} s CPU (load average {load:.1f} on {os.cpu_count()} cores)"
        )
        start = time.perf_counter()
        svc.unlock_with_recovery_key(big.path, recovery.formatted()).close()
        print(f"  the new recovery key opens it: {time.perf_counter() - start:.2f} s")
        svc.unlock_with_password(big.path, bigfile.PASSWORD).close()


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    run()
