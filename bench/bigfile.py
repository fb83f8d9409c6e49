"""The case file a school reaches after a few years: 5,000 evidence items, about 2 GB.

Generated once through the app's own intake and cached outside the repository (in
``~/.cache/adviser-desk-bench/``, or ``$ADVISER_DESK_BENCH_CACHE``); the benchmarks work on a
copy, so a purge or a migration never touches the cached file. ``BENCH_BIG_ITEMS`` scales it
down when the disk is short (the figures then say so).

Every image is a realistic generated screenshot; to make 5,000 different files without
drawing 5,000 images, each copy of a drawn screenshot gets its own PNG text chunk (a valid PNG
with its own SHA-256, decoded like the original).
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import time
import zlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from realistic import chat_screenshot, desktop_screenshot  # type: ignore[import-not-found]

from adviser_desk.domain import cases as dc
from adviser_desk.services import case_file_service as svc
from adviser_desk.services import evidence_service as esvc
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.evidence_intake import Intake
from adviser_desk.services.protocol_data import protocol
from adviser_desk.storage import kdf

PASSWORD = "bench password for the big case file"
VERSION = 1  # bump when the content recipe changes
CACHE = Path(
    os.environ.get("ADVISER_DESK_BENCH_CACHE", Path.home() / ".cache" / "adviser-desk-bench")
)
BASES = 48  # distinct drawn screenshots; the rest are copies with their own text chunk
PURGE_ITEMS = 200  # the closed, expired case that the purge benchmark removes


@dataclass(frozen=True)
class BigFile:
    path: Path
    items: int
    case_id: int  # the large open case
    purge_case_id: int  # a closed case past its retention date
    purge_today: date

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def items_wanted() -> int:
    return int(os.environ.get("BENCH_BIG_ITEMS", "5000"))


def unique_png(png: bytes, serial: int) -> bytes:
    """The same picture with a tEXt chunk after IHDR, so its bytes (and hash) are its own."""
    payload = b"Comment\x00" + f"bench item {serial}".encode()
    chunk = struct.pack(">I", len(payload)) + b"tEXt" + payload
    chunk += struct.pack(">I", zlib.crc32(chunk[4:]) & 0xFFFFFFFF)
    return png[:33] + chunk + png[33:]


def _fill(evidence: esvc.EvidenceService, case_id: int, count: int, first: int) -> None:
    chats = [chat_screenshot(seed) for seed in range(BASES)]
    desks = [desktop_screenshot(seed) for seed in range(BASES // 4)]
    intake = Intake("generated for the benchmark", "bench")
    batch = 250
    for start in range(0, count, batch):
        sources = []
        for n in range(start, min(count, start + batch)):
            serial = first + n
            base = desks[serial % len(desks)] if serial % 16 == 15 else chats[serial % BASES]
            data = unique_png(base, serial)
            sources.append((f"shot{serial:05d}.png", len(data), lambda d=data: d))
        result = evidence.add_sources(case_id, sources, intake)
        assert not result.failed, result.failed[:3]
        # Thumbnails made after storing (when the app does that) are made here too, as the
        # app's evidence list would make them.
        fill = getattr(evidence, "make_missing_thumbnails", None)
        if fill is not None:
            fill(case_id)


def _generate(path: Path, items: int) -> BigFile:
    started = time.perf_counter()
    print(f"  generating the {items}-item case file once (cached in {path.parent}) ...")
    service, _ = svc.create_case_file(path, PASSWORD, kdf.MINIMUM)
    cases = CaseService(service.case, protocol(), "nl")
    evidence = esvc.EvidenceService(cases)
    big = cases.create_case(
        dc.CaseDraft(title="Groot dossier", incident_types=[dc.IncidentType.THREATS])
    )
    opened, closed = date(2022, 9, 1), date(2022, 12, 1)
    old = cases.create_case(
        dc.CaseDraft(
            title="Oud dossier", incident_types=[dc.IncidentType.THREATS], opened_on=opened
        ),
        today=opened,
    )
    draft = cases.get_case(old).draft
    draft.status = dc.CaseStatus.CLOSED
    cases.update_case(old, draft, today=closed)
    purge_items = min(PURGE_ITEMS, max(10, items // 25))
    _fill(evidence, big, items, 0)
    _fill(evidence, old, purge_items, items)
    service.close()
    info = BigFile(path, items, big, old, date(2026, 6, 1))
    meta = {
        "version": VERSION,
        "items": items,
        "case_id": big,
        "purge_case_id": old,
        "purge_today": info.purge_today.isoformat(),
    }
    path.with_suffix(".json").write_text(json.dumps(meta))
    print(f"  generated in {time.perf_counter() - started:.0f} s: {info.size / 2**30:.2f} GiB")
    return info


def cached() -> BigFile:
    """The cached big case file, generated first if missing or of another recipe."""
    items = items_wanted()
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"big-{items}-v{VERSION}.adcase"
    meta_path = path.with_suffix(".json")
    if path.exists() and meta_path.exists():
        meta = json.loads(meta_path.read_text())
        if meta.get("version") == VERSION:
            return BigFile(
                path,
                meta["items"],
                meta["case_id"],
                meta["purge_case_id"],
                date.fromisoformat(meta["purge_today"]),
            )
    for leftover in CACHE.glob(f"big-{items}-v{VERSION}.adcase*"):
        leftover.unlink()
    return _generate(path, items)


def working_copy(big: BigFile, folder: Path) -> BigFile:
    """A copy of the cached file (and its key file) to work on; opening it migrates it."""
    target = folder / "big.adcase"
    for suffix in ("", "-keys"):
        source = Path(str(big.path) + suffix)
        if source.exists():
            subprocess.run(["cp", str(source), str(target) + suffix], check=True)
    return BigFile(target, big.items, big.case_id, big.purge_case_id, big.purge_today)


def enough_disk(folder: Path, copies: int = 3) -> bool:
    bytes_needed = items_wanted() * 450_000 * copies
    return shutil.disk_usage(folder).free > bytes_needed
