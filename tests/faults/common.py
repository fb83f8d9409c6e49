"""Shared parts of the fault suite: real case files, real CLI processes, real images."""

from __future__ import annotations

import io
import random
import signal
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from adviser_desk.domain import cases as dc
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.evidence_service import EvidenceService
from adviser_desk.services.protocol_data import protocol
from adviser_desk.storage import kdf
from tests.conftest import PASSWORD


def cli(
    *args: str, stdin: str = PASSWORD + "\n", fsize_limit: int | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Runs ``adviser-desk`` as a real process; with ``fsize_limit`` every file it writes
    stops growing at that size, as on a full disk (EFBIG instead of SIGXFSZ)."""

    def limit() -> None:
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        assert fsize_limit is not None
        resource.setrlimit(resource.RLIMIT_FSIZE, (fsize_limit, fsize_limit))

    return subprocess.run(
        [sys.executable, "-m", "adviser_desk", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        preexec_fn=limit if fsize_limit is not None else None,
    )


def case_file_with_a_case(folder: Path, name: str = "Zaken.adcase") -> tuple[Path, str]:
    """A real case file holding one (non-sexual) case; returns the path and case number."""
    service, _ = svc.create_case_file(folder / name, PASSWORD, kdf.MINIMUM)
    try:
        cases = CaseService(service.case, protocol())
        case_id = cases.create_case(
            dc.CaseDraft(title="Nepaccount", incident_types=[dc.IncidentType.OTHER])
        )
        number = cases.get_case(case_id).number
    finally:
        service.close()
    return folder / name, number


def stored_numbers(path: Path, number: str) -> list[str]:
    service = svc.unlock_with_password(path, PASSWORD)
    try:
        cases = CaseService(service.case, protocol())
        evidence = EvidenceService(cases)
        return [row.number for row in evidence.items(cases.case_id_for_number(number))]
    finally:
        service.close()


def noisy_pngs(folder: Path, count: int, side: int = 96, seed: int = 12) -> list[Path]:
    """Distinct PNGs that do not compress (so they really take room on the disk)."""
    from PIL import Image

    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        image = Image.frombytes("RGB", (side, side), rng.randbytes(side * side * 3))
        out = io.BytesIO()
        image.save(out, "PNG")
        path = folder / f"shot-{index:03}.png"
        path.write_bytes(out.getvalue())
        paths.append(path)
    return paths


def lines_starting(text: str, prefix: str) -> list[str]:
    return [line[len(prefix) :] for line in text.splitlines() if line.startswith(prefix)]


def paths_args(paths: Sequence[Path]) -> list[str]:
    return [str(p) for p in paths]
