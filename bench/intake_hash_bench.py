"""Intake of 40 files of 8 MB in a case file that holds a withheld record: the check before the
intake form hashes each chosen file (to refuse bytes recorded as withheld), and storing hashed
each again. Prints wall and CPU time of the check, of storing and of both, and the bytes put
through SHA-256; the best of three rounds. Asserts nothing.

Run alone: evidence_bench.py hash-once."""

from __future__ import annotations

import hashlib
import os
import resource
import time
from pathlib import Path
from typing import Any

from adviser_desk.domain import cases as dc
from adviser_desk.services import case_file_service as svc
from adviser_desk.services import evidence_intake
from adviser_desk.services import evidence_service as esvc
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.evidence_intake import Intake
from adviser_desk.services.protocol_data import protocol
from adviser_desk.storage import kdf

FILES = 40
SIZE = 8 * 2**20
ROUNDS = 3
_SHA256 = hashlib.sha256  # patched on hashlib itself while a round runs


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class _Counted:
    """hashlib.sha256 counting the bytes it is given."""

    hashed = 0

    def __init__(self, data: bytes = b"") -> None:
        self._h = _SHA256(data)
        _Counted.hashed += len(data)

    def update(self, data: Any) -> None:
        _Counted.hashed += len(data)
        self._h.update(data)

    def hexdigest(self) -> str:
        return self._h.hexdigest()


def _round(folder: Path, index: int) -> tuple[float, float, float, float, int]:
    service, _ = svc.create_case_file(folder / f"hash{index}.adcase", "bench words", kdf.MINIMUM)
    cases = CaseService(service.case, protocol(), "en")
    case_id = cases.create_case(
        dc.CaseDraft(title="Hash", incident_types=[dc.IncidentType.THREATS])
    )
    evidence = esvc.EvidenceService(cases)
    # One withheld record: from then on every chosen file is hashed before the form.
    evidence.add_bytes(case_id, os.urandom(4096), "x.bin", minor_sexual=True,
                       marked_sexual=True, where="bench")  # fmt: skip
    files = folder / f"files{index}"
    files.mkdir()
    paths = []
    for n in range(FILES):
        path = files / f"film{n:02d}.bin"
        path.write_bytes(os.urandom(SIZE))
        paths.append(path)
        evidence_intake.hashlib.sha256 = _Counted  # type: ignore[assignment]
    _Counted.hashed = 0
    try:
        wall, cpu = time.perf_counter(), _cpu()
        look = evidence.look_before_intake(paths)
        look_wall, look_cpu = time.perf_counter() - wall, _cpu() - cpu
        wall, cpu = time.perf_counter(), _cpu()
        extra = {"hashed": look.hashed} if hasattr(look, "hashed") else {}
        result = evidence.add_files(
            case_id, paths, Intake(description="bench"), checked=look.checked, **extra
        )
        store_wall, store_cpu = time.perf_counter() - wall, _cpu() - cpu
    finally:
        evidence_intake.hashlib.sha256 = _SHA256
    assert len(result.added) == FILES and not result.failed, result.failed
    service.close()
    return look_wall, look_cpu, store_wall, store_cpu, _Counted.hashed


def bench_hash_once(folder: Path) -> None:
    rounds = [_round(folder, i) for i in range(ROUNDS)]
    best = min(rounds, key=lambda r: r[0] + r[2])
    look_wall, look_cpu, store_wall, store_cpu, hashed = best
    print(
        f"Intake of {FILES} x {SIZE // 2**20} MB with a withheld record in the file "
        f"(best of {ROUNDS}): check before the form {look_wall:.2f} s wall / {look_cpu:.2f} s "
        f"CPU, storing {store_wall:.2f} s / {store_cpu:.2f} s, both {look_wall + store_wall:.2f} "
        f"s / {look_cpu + store_cpu:.2f} s; through SHA-256 {hashed / 2**20:.0f} MB"
    )
