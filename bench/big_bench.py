"""Benchmarks on the big case file (5,000 items, about 2 GB; see bigfile.py): opening it (with
the migration when the cached file is older), the evidence list's thumbnails, verify against
``sha256sum``, backup against ``cp`` + sync, and purging one case (peak memory in a fresh
process). Ratios are paired and alternating, 5 rounds, medians. Prints; asserts nothing.

    python bench/big_bench.py [open|verify|backup|purge ...]
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import bigfile  # type: ignore[import-not-found]
import goals  # type: ignore[import-not-found]
from realistic import alternating, ratio, spread  # type: ignore[import-not-found]

from adviser_desk.services import case_file_service as svc
from adviser_desk.services import evidence_service as esvc
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.protocol_data import protocol

ROUNDS = 5


def _vm_hwm_mb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) // 1024
    return -1


def _unlock(big: bigfile.BigFile) -> tuple[svc.CaseFileService, esvc.EvidenceService]:
    service = svc.unlock_with_password(big.path, bigfile.PASSWORD)
    return service, esvc.EvidenceService(CaseService(service.case, protocol(), "nl"))


def visible_thumbnails_shown(tab: Any, app: Any, limit: float = 120.0) -> bool:
    """Processes events until every image row on screen shows its thumbnail (what the adviser
    waits for); False if that did not happen within ``limit`` seconds."""
    table, model = tab.table, tab.model
    deadline = time.perf_counter() + limit
    while time.perf_counter() < deadline:
        app.processEvents()
        last = table.rowAt(table.viewport().height() - 1)
        rows = model.rows[: (last + 1) if last >= 0 else len(model.rows)]
        images = [r.item_id for r in rows if r.stored and r.kind == "image"]
        if rows and all(model.shown_thumbnail(item_id) is not None for item_id in images):
            return True
        time.sleep(0.001)
    return False


def bench_open_and_thumbnails(big: bigfile.BigFile) -> None:
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from adviser_desk.ui.evidence.evidence_tab import EvidenceTab

    qInstallMessageHandler(lambda *_args: None)
    start = time.perf_counter()
    service, evidence = _unlock(big)
    first_open = time.perf_counter() - start
    upgraded = service.case.safety_copy is not None
    note = " (includes upgrading the cached file)" if upgraded else ""
    if service.case.safety_copy:
        service.case.safety_copy.unlink()
    print(f"first open of the {big.items}-item file: {first_open:.1f} s{note}")
    missing = len(evidence.missing_thumbnails(big.case_id))
    if missing:
        # An upgraded file gets its thumbnails in the background after the upgrade (from the
        # old column); timed here on its own, before the list is timed.
        start = time.perf_counter()
        evidence.make_missing_thumbnails(big.case_id)
        print(
            f"after the upgrade: {missing} thumbnails made in the background in "
            f"{time.perf_counter() - start:.1f} s (the list shows each batch as it is made)"
        )
    app = QApplication.instance() or QApplication([])
    tab = EvidenceTab()
    tab.resize(1000, 700)
    tab.show()
    shown, thumbs, listed = [], [], []
    for _ in range(ROUNDS):
        tab.clear()
        app.processEvents()
        start = time.perf_counter()
        tab.show_case(evidence, big.case_id)
        app.processEvents()
        shown.append(time.perf_counter() - start)
        assert visible_thumbnails_shown(tab, app), "the thumbnails on screen never appeared"
        thumbs.append(time.perf_counter() - start)
        while tab.model.rowCount() < big.items:  # the rest of the list, read in a worker
            app.processEvents()
            time.sleep(0.001)
        listed.append(time.perf_counter() - start)
    print(
        f"evidence list of the {big.items}-item case: first rows shown {spread(shown)}; "
        f"thumbnails of the rows on screen shown {spread(thumbs)} from opening the case "
        f"(before: 7.6-13.9 s, then 5-8 s; goal <= 1 s); all rows listed {spread(listed)}"
    )
    goals.record(
        f"thumbnails of a {big.items}-item case",
        f"{statistics.median(thumbs):.2f} s to the rows on screen",
        "<= 1 s",
        "7.6-13.9 s",
        statistics.median(thumbs) <= 1.0,
    )
    tab.clear()
    tab.close()
    service.close()


def _sync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def bench_verify(big: bigfile.BigFile) -> None:
    service, _evidence = _unlock(big)

    def verify() -> float:
        start = time.perf_counter()
        report = service.verify()
        elapsed = time.perf_counter() - start
        assert report.ok, report.lines()
        return elapsed

    def sha256sum() -> float:
        start = time.perf_counter()
        subprocess.run(["sha256sum", str(big.path)], check=True, capture_output=True)
        return time.perf_counter() - start

    ours, tool = alternating(verify, sha256sum, rounds=ROUNDS)
    service.close()
    print(
        f"verify, {big.size / 2**30:.2f} GiB file: {spread(ours)}; sha256sum {spread(tool)}; "
        f"ratio {ratio(ours, tool):.2f}x (before: 3.2x; goal <= 1.5x)"
    )
    goals.record(
        f"verify, {big.size / 2**30:.2f} GiB file",
        f"{ratio(ours, tool):.2f}x sha256sum ({statistics.median(ours):.1f} s)",
        "<= 1.5x sha256sum",
        "3.2x (25.8 s)",
        ratio(ours, tool) <= 1.5,
    )


def bench_backup(big: bigfile.BigFile, folder: Path) -> None:
    service, _evidence = _unlock(big)
    target = folder / "backups"
    target.mkdir()

    def backup() -> float:
        start = time.perf_counter()
        copy = service.make_backup(target)
        elapsed = time.perf_counter() - start
        shutil.rmtree(copy.parent)
        return elapsed

    def cp_sync(read_back: bool = False) -> float:
        dest = target / "plain-copy"
        start = time.perf_counter()
        subprocess.run(["cp", str(big.path), str(dest)], check=True)
        _sync_file(dest)
        if read_back:
            # What reading a copy back from the drive costs at the least: one pass with
            # O_DIRECT in 8 MiB reads, nothing compared.
            subprocess.run(
                ["dd", f"if={dest}", "of=/dev/null", "bs=8M", "iflag=direct"],
                check=True,
                capture_output=True,
            )
        elapsed = time.perf_counter() - start
        dest.unlink()
        return elapsed

    ours, tool, floor = alternating(backup, cp_sync, lambda: cp_sync(True), rounds=ROUNDS)
    service.close()
    print(
        f"backup, {big.size / 2**30:.2f} GiB file: {spread(ours)}; cp + fsync {spread(tool)}; "
        f"ratio {ratio(ours, tool):.2f}x (before: 5.1x; goal <= 2x). The floor of a backup "
        f"read back from the drive, cp + fsync + dd iflag=direct of the copy: "
        f"{ratio(floor, tool):.2f}x cp + fsync; the app is {ratio(ours, floor):.2f}x that floor"
    )
    goals.record(
        f"backup, {big.size / 2**30:.2f} GiB file, read back from the drive",
        f"{ratio(ours, tool):.2f}x cp + fsync ({statistics.median(ours):.1f} s; floor "
        f"{ratio(floor, tool):.2f}x)",
        "<= 2x cp + fsync",
        "5.1x (32 s)",
        ratio(ours, tool) <= 2.0,
    )


def _purge_child(path: str, case_id: str, today: str) -> None:
    """In a fresh interpreter; the high-water mark is reset after unlocking."""
    from adviser_desk.services import retention_service

    service = svc.unlock_with_password(Path(path), bigfile.PASSWORD)
    cases = CaseService(service.case, protocol(), "nl")
    Path("/proc/self/clear_refs").write_text("5")
    start = time.perf_counter()
    counts = retention_service.purge_case(cases, int(case_id), date.fromisoformat(today))
    elapsed = time.perf_counter() - start
    peak = _vm_hwm_mb()
    service.close()
    print(f"{elapsed:.2f} {peak} {counts.get('evidence', 0)}")


def bench_purge(big: bigfile.BigFile, folder: Path) -> None:
    size = big.size
    wal = Path(f"{big.path}-wal")
    result = subprocess.run(
        [
            sys.executable,
            __file__,
            "purge-child",
            str(big.path),
            str(big.purge_case_id),
            big.purge_today.isoformat(),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    elapsed, peak, items = result.stdout.split()
    after = big.path.stat().st_size
    print(
        f"purge of one case ({items} items) in a {size / 2**30:.2f} GiB file (one run, fresh "
        f"process): {float(elapsed):.1f} s, peak RSS {peak} MB (before: 2.3 GiB; goal <= 300 MB); "
        f"file {size / 2**30:.2f} -> {after / 2**30:.2f} GiB, WAL left "
        f"{(wal.stat().st_size if wal.exists() else 0) / 2**20:.0f} MB"
    )
    goals.record(
        f"purge of one case, {size / 2**30:.2f} GiB file",
        f"peak {peak} MB, {float(elapsed):.1f} s",
        "<= 300 MB peak",
        "2.3 GiB peak",
        int(peak) <= 300,
    )


def run(parts: list[str] | None = None) -> None:
    parts = parts or ["open", "verify", "backup", "purge"]
    cache = bigfile.cached()
    with tempfile.TemporaryDirectory(
        prefix="adviser-desk-big-", dir=os.environ.get("BENCH_TMP")
    ) as tmp:
        folder = Path(tmp)
        if not bigfile.enough_disk(folder):
            print("big case file benchmarks: skipped, not enough free disk space")
            return
        big = bigfile.working_copy(cache, folder)
        if bigfile.items_wanted() != 5000:
            print(f"NOTE: scaled down to {big.items} items (BENCH_BIG_ITEMS)")
        for part in parts:
            if part == "open":
                bench_open_and_thumbnails(big)
            elif part == "verify":
                bench_verify(big)
            elif part == "backup":
                bench_backup(big, folder)
            elif part == "purge":
                bench_purge(big, folder)


if __name__ == "__main__":
    if sys.argv[1:2] == ["purge-child"]:
        _purge_child(*sys.argv[2:5])
    else:
        run(sys.argv[1:] or None)
        goals.print_table()
