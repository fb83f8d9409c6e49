"""Issue 15's page format (16 KiB pages, HMAC-SHA256) for files made with SQLCipher's defaults
(4 KiB, HMAC-SHA512): how long the one-time conversion at unlock takes for a realistic 200 MB
case file (beside ``cp`` + sync of the same file and an unlock with nothing to convert), and
how fast evidence is stored in an old-format file and in a new one, paired and alternating.
Prints its figures; asserts nothing.

    python bench/repage_bench.py        (BENCH_REPAGE_MB=200 sets the file's size)
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path
from unittest import mock

from bigfile import unique_png  # type: ignore[import-not-found]
from realistic import alternating, chat_screenshot, ratio  # type: ignore[import-not-found]

from adviser_desk.domain import cases as dc
from adviser_desk.services import case_file_service as svc
from adviser_desk.services import evidence_service as esvc
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.evidence_intake import Intake
from adviser_desk.services.protocol_data import protocol
from adviser_desk.storage import engine, kdf, repage

PASSWORD = "bench password for the page conversion"
MB = 2**20
BASES = 24  # distinct drawn chat screenshots; the rest are copies with their own text chunk
STORE_ITEMS = 20  # screenshots stored per timed side
ROUNDS = 7  # pairs of sides, alternating; medians of these
CONVERSIONS = 3


def _legacy(path: Path) -> tuple[svc.CaseFileService, esvc.EvidenceService, int]:
    """An open case file with SQLCipher's 4 KiB pages and HMAC-SHA512, made as versions before
    issue 15 did (and kept open: an unlock by this version would convert it)."""
    with mock.patch.object(engine, "FORMAT", engine.LEGACY_FORMAT):
        service, _ = svc.create_case_file(path, PASSWORD, kdf.MINIMUM)
    return _with_case(service)


def _current(path: Path) -> tuple[svc.CaseFileService, esvc.EvidenceService, int]:
    service, _ = svc.create_case_file(path, PASSWORD, kdf.MINIMUM)
    return _with_case(service)


def _with_case(
    service: svc.CaseFileService,
) -> tuple[svc.CaseFileService, esvc.EvidenceService, int]:
    cases = CaseService(service.case, protocol(), "nl")
    case_id = cases.create_case(
        dc.CaseDraft(title="Dreigberichten", incident_types=[dc.IncidentType.THREATS])
    )
    return service, esvc.EvidenceService(cases), case_id


class Shots:
    """Realistic chat screenshots, each with bytes (and a hash) of its own."""

    def __init__(self) -> None:
        self.bases = [chat_screenshot(seed) for seed in range(BASES)]
        self.serial = 0

    def batch(self, count: int) -> list[tuple[str, int, object]]:
        out = []
        for _ in range(count):
            self.serial += 1
            data = unique_png(self.bases[self.serial % BASES], self.serial)
            out.append((f"shot{self.serial:05d}.png", len(data), lambda d=data: d))
        return out


def _store(evidence: esvc.EvidenceService, case_id: int, shots: Shots, count: int) -> float:
    sources = shots.batch(count)
    start = time.perf_counter()
    result = evidence.add_sources(case_id, sources, Intake("bench", "bench"))  # type: ignore[arg-type]
    took = time.perf_counter() - start
    assert not result.failed, result.failed[:3]
    return took


def _fill(path: Path, megabytes: int, shots: Shots) -> None:
    service, evidence, case_id = _legacy(path)
    try:
        while path.stat().st_size < megabytes * MB:
            _store(evidence, case_id, shots, 50)
            fill = getattr(evidence, "make_missing_thumbnails", None)
            if fill is not None:
                fill(case_id)
    finally:
        service.close()


def _copy(source: Path, folder: Path) -> Path:
    folder.mkdir()
    for name in (source.name, source.name + "-keys"):
        shutil.copyfile(source.parent / name, folder / name)
    return folder / source.name


def _cp_sync(source: Path, folder: Path) -> float:
    folder.mkdir()
    start = time.perf_counter()
    subprocess.run(["cp", str(source), str(folder)], check=True)
    subprocess.run(["sync", str(folder / source.name)], check=True)
    return time.perf_counter() - start


def bench_conversion(base: Path, megabytes: int, shots: Shots) -> None:
    source = base / "legacy" / "Oud.adcase"
    source.parent.mkdir()
    started = time.perf_counter()
    _fill(source, megabytes, shots)
    size = source.stat().st_size
    print(
        f"  a 4 KiB-page HMAC-SHA512 case file of {size / MB:.0f} MB with realistic chat "
        f"screenshots (made in {time.perf_counter() - started:.0f} s)"
    )
    converting, unlocking, copying = [], [], []
    for run in range(CONVERSIONS):
        path = _copy(source, base / f"run{run}")
        subprocess.run(["sync"], check=True)
        start = time.perf_counter()
        service = svc.unlock_with_password(path, PASSWORD)
        converting.append(time.perf_counter() - start)
        assert service.page_size() == engine.PAGE_SIZE and not service.open_notices()
        service.close()
        start = time.perf_counter()
        svc.unlock_with_password(path, PASSWORD).close()  # nothing left to convert
        unlocking.append(time.perf_counter() - start)
        copying.append(_cp_sync(source, base / f"cp{run}"))
        shutil.rmtree(base / f"run{run}")
        shutil.rmtree(base / f"cp{run}")
    convert = statistics.median(converting)
    print(
        f"  conversion at unlock: median {convert:.1f} s of {CONVERSIONS} "
        f"(min {min(converting):.1f}, max {max(converting):.1f}); "
        f"{size / MB / convert:.0f} MB/s; room needed beside the file "
        f"{repage.room_needed(source) / MB:.0f} MB"
    )
    print(
        f"  beside it: unlock with nothing to convert {statistics.median(unlocking):.2f} s; "
        f"cp + sync of the same file {statistics.median(copying):.2f} s "
        f"(conversion = {convert / statistics.median(copying):.1f}x cp + sync)"
    )


def bench_store_speed(base: Path, shots: Shots) -> None:
    old, old_evidence, old_case = _legacy(base / "store-4k.adcase")
    new, new_evidence, new_case = _current(base / "store-16k.adcase")
    try:
        # One batch each first, so neither side pays for growing an empty file.
        _store(old_evidence, old_case, shots, STORE_ITEMS)
        _store(new_evidence, new_case, shots, STORE_ITEMS)
        four, sixteen = alternating(
            lambda: _store(old_evidence, old_case, shots, STORE_ITEMS),
            lambda: _store(new_evidence, new_case, shots, STORE_ITEMS),
            rounds=ROUNDS,
        )
    finally:
        old.close()
        new.close()
    per = 1000 / STORE_ITEMS
    print(
        f"  storing {STORE_ITEMS} chat screenshots, {ROUNDS} alternating pairs: 4 KiB pages "
        f"and HMAC-SHA512 median {statistics.median(four) * per:.1f} ms each, 16 KiB pages and "
        f"HMAC-SHA256 {statistics.median(sixteen) * per:.1f} ms each; the new format takes "
        f"{ratio(sixteen, four):.2f}x the time of the old (median of the paired ratios)"
    )


def run(base: Path | None = None) -> None:
    own = base is None
    folder = Path(tempfile.mkdtemp(prefix="adviser-desk-repage-")) if base is None else base
    folder.mkdir(parents=True, exist_ok=True)
    try:
        megabytes = int(os.environ.get("BENCH_REPAGE_MB", "200"))
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(
            f"4 KiB pages, HMAC-SHA512 -> 16 KiB pages, HMAC-SHA256 (issue 15), load average "
            f"{load:.1f}:"
        )
        shots = Shots()
        if shutil.disk_usage(folder).free < megabytes * MB * 5:
            print(f"  conversion of {megabytes} MB: skipped, not enough free disk space")
        else:
            (folder / "conversion").mkdir(exist_ok=True)
            bench_conversion(folder / "conversion", megabytes, shots)
        (folder / "store").mkdir(exist_ok=True)
        bench_store_speed(folder / "store", shots)
    finally:
        if own:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    run()
