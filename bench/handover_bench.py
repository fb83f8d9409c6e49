"""Hand-over of a case with 300 phone chat screenshots (about 400 KB each): into a new case
file and into an existing one, in-process (the hand-over alone, split at its point of no
return) and as the `adviser-desk hand-over` command (end to end, with its peak memory).
Prints figures; asserts nothing.

    python bench/handover_bench.py [SCREENSHOTS]
"""

from __future__ import annotations

import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from realistic import chat_screenshot  # type: ignore[import-not-found]

from adviser_desk.domain import cases as dc
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.session import CaseFileSession
from adviser_desk.storage import kdf, keyslots

PASSWORD = "benchmark password with enough words"
OTHER = "another benchmark password, the colleague's"
MB = 1024 * 1024


def source_file(folder: Path, count: int) -> tuple[Path, str, int]:
    """A case file with one case holding ``count`` screenshots; returns path, number, bytes."""
    file, _ = svc.create_case_file(folder / "Zaken.adcase", PASSWORD, kdf.MINIMUM, "Bench")
    file.confirm_recovery_key_stored()
    with CaseFileSession(file) as session:
        case_id = session.cases.create_case(
            dc.CaseDraft(title="Groepsapp 3B", incident_types=[dc.IncidentType.CYBERBULLYING])
        )
        shots = folder / "shots"
        shots.mkdir()
        size = 0
        paths = []
        for index in range(count):
            data = chat_screenshot(index)
            size += len(data)
            path = shots / f"scherm-{index:03}.png"
            path.write_bytes(data)
            paths.append(path)
        session.evidence.import_files(case_id, paths, source="bench")
        session.evidence.make_missing_thumbnails(case_id)
        number = session.cases.get_case(case_id).number
    shutil.rmtree(shots)
    return folder / "Zaken.adcase", number, size


def copy_file(path: Path, folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    for part in (path, keyslots.slot_file_path(path)):
        shutil.copyfile(part, folder / part.name)
    return folder / path.name


def in_process(source: Path, target: Path, new: bool) -> None:
    if new:
        file, _ = svc.create_case_file(target, OTHER, kdf.MINIMUM, "Collega")
    else:
        file = svc.unlock_with_password(target, OTHER)
    with (
        CaseFileSession(svc.unlock_with_password(source, PASSWORD)) as here,
        CaseFileSession(file) as there,
    ):
        case_id = here.cases.list_cases()[0].case_id
        marks: dict[str, float] = {}
        start = time.perf_counter()
        result = here.handover.hand_over(
            [case_id], there, on_committed=lambda: marks.setdefault("commit", time.perf_counter())
        )
        end = time.perf_counter()
    committed = marks["commit"] - start
    after = end - start - committed
    print(
        f"  in-process, {'new' if new else 'existing'} file: {end - start:.2f} s "
        f"(copy + check + commit {committed:.2f} s, check again + sender {after:.2f} s); "
        f"{result.files_copied} originals, {result.bytes_copied / MB:.0f} MB copied, "
        f"{result.files_verified} verified"
    )


def command(source: Path, target: Path, number: str, new: bool) -> None:
    stdin = f"{PASSWORD}\n{OTHER}\n"
    args = [sys.executable, "-m", "adviser_desk", "hand-over", str(source), number,
            "--to", str(target), "--password-stdin", "--kdf", "minimum"]  # fmt: skip
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run(args, input=stdin, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    state = "ok" if done.returncode == 0 else f"exit {done.returncode}: {done.stderr.strip()}"
    print(
        f"  command, {'new' if new else 'existing'} file: {elapsed:.2f} s end to end "
        f"(start, two unlocks, hand-over), peak memory {max(peak, before) / 1024:.0f} MB; {state}"
    )


def main(count: int = 300) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        source, number, size = source_file(folder, count)
        print(
            f"hand-over of one case with {count} chat screenshots ({size / MB:.0f} MB of "
            f"originals; made in {time.perf_counter() - start:.0f} s):"
        )
        copy_start = time.perf_counter()
        shutil.copyfile(source, folder / "plain-copy.adcase")
        with open(folder / "plain-copy.adcase", "rb+") as handle:
            import os

            os.fsync(handle.fileno())
        print(f"  reference: cp + fsync of the case file: {time.perf_counter() - copy_start:.2f} s")
        for new in (True, False):
            run = folder / ("new" if new else "existing")
            here = copy_file(source, run)
            there = run / "Collega.adcase"
            if not new:
                file, _ = svc.create_case_file(there, OTHER, kdf.MINIMUM, "Collega")
                with CaseFileSession(file) as colleague:
                    colleague.cases.create_case(
                        dc.CaseDraft(title="Eigen zaak", incident_types=[dc.IncidentType.OTHER])
                    )
                shutil.copytree(run, folder / "existing-cli")
            in_process(here, there, new)
        cli = folder / "cli-new"
        command(copy_file(source, cli), cli / "Collega.adcase", number, True)
        command(
            folder / "existing-cli" / "Zaken.adcase",
            folder / "existing-cli" / "Collega.adcase",
            number,
            False,
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
