"""kill -9 of a real `adviser-desk hand-over` process at random moments: the receiving file
holds the whole case or none of it, the sender is marked handed over only when the receiver
holds it, and running the command again finishes the hand-over with exactly one copy."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from sqlalchemy import text

from adviser_desk.services import case_file_service as svc
from adviser_desk.services.session import CaseFileSession
from adviser_desk.storage import kdf, keyslots
from tests.conftest import NEW_PASSWORD, PASSWORD
from tests.faults.common import case_file_with_a_case, cli, noisy_pngs, paths_args
from tests.services.test_handover import case_rows


def copy_file(original: Path, folder: Path) -> Path:
    for part in (original, keyslots.slot_file_path(original)):
        shutil.copyfile(part, folder / part.name)
    return folder / original.name


def state(sender: Path, receiver: Path, number: str) -> tuple[str, dict[str, int] | None]:
    """What the files hold: 'none' (the receiver has no copy), 'copied' (it has one, the
    sender is not marked yet) or 'done'; and the copy's row counts."""
    with CaseFileSession(svc.unlock_with_password(receiver, NEW_PASSWORD)) as there:
        with there.file.case.reading() as db:
            received = db.scalars(text("SELECT id FROM cases WHERE origin != ''")).all()
        assert len(received) <= 1, "a second copy"
        rows = case_rows(there, received[0]) if received else None
        if received:
            assert there.evidence.verify(received[0], record=False) == []
    with CaseFileSession(svc.unlock_with_password(sender, PASSWORD)) as here:
        marked = here.cases.get_case(here.cases.case_id_for_number(number)).read_only
    assert not (marked and rows is None), "marked as handed over without a copy"
    return ("done" if marked else "copied" if rows else "none"), rows


def test_kill_9_during_hand_over_never_leaves_half_a_case(case_dir: Path, tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    sender, number = case_file_with_a_case(templates)
    shots = noisy_pngs(tmp_path / "in", 48, side=224)  # about 7 MB of originals
    imported = cli("import-evidence", str(sender), number, "--password-stdin", *paths_args(shots))
    assert imported.returncode == 0, imported.stderr
    service, _ = svc.create_case_file(templates / "Collega.adcase", NEW_PASSWORD, kdf.MINIMUM)
    service.close()
    with CaseFileSession(svc.unlock_with_password(sender, PASSWORD)) as here:
        expected = case_rows(here, here.cases.case_id_for_number(number))
    items = expected["evidence_items"]
    rng = random.Random(16)
    outcomes: Counter[str] = Counter()

    def start(round_: int) -> tuple[subprocess.Popen[str], Path, Path]:
        folder = tmp_path / f"round{round_}"
        folder.mkdir()
        source = copy_file(sender, folder)
        target = copy_file(templates / "Collega.adcase", folder)
        wal = target.with_name(target.name + "-wal")
        proc = subprocess.Popen(
            [sys.executable, "-m", "adviser_desk", "hand-over", str(source), number,
             "--to", str(target), "--password-stdin"],
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            text=True,
        )  # fmt: skip
        assert proc.stdin is not None
        proc.stdin.write(f"{PASSWORD}\n{NEW_PASSWORD}\n")
        proc.stdin.close()
        # Until the first page the receiving transaction writes.
        deadline = time.monotonic() + 60
        while proc.poll() is None and time.monotonic() < deadline:
            if wal.exists() and wal.stat().st_size > 0:
                break
            time.sleep(0.005)
        return proc, source, target

    # How long the writing takes on this machine (idle or loaded), so the kills fall inside it.
    proc, _, _ = start(-1)
    began = time.monotonic()
    proc.wait()
    window = 0.8 * (time.monotonic() - began)
    # A kill after the hand-over finished interrupts nothing. Under load one round's writing can
    # be much shorter than the measured one (CI once saw five such kills), so each one halves the
    # window of the next, and the rounds go on until a kill has interrupted the writing.
    round_ = 0
    while round_ < 5 or (outcomes["none"] + outcomes["copied"] == 0 and round_ < 12):
        proc, source, target = start(round_)
        round_ += 1
        time.sleep(rng.uniform(0.0, window))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        outcome, rows = state(source, target, number)
        outcomes[outcome] += 1
        if outcome == "done":
            window /= 2
        if rows is not None:
            # The whole case: every row, plus an arrival and a check per item in custody.
            stored = expected["evidence_items"]
            assert rows["custody_events"] == expected["custody_events"] + items + stored
            logged = ("custody_events", "case_events")
            assert {k: v for k, v in rows.items() if k not in logged} == {
                k: v for k, v in expected.items() if k not in logged
            }
        # Running it again finishes the hand-over (or says it was done), with one copy.
        again = cli(
            "hand-over", str(source), number, "--to", str(target), "--password-stdin",
            stdin=f"{PASSWORD}\n{NEW_PASSWORD}\n",
        )  # fmt: skip
        if outcome == "done":
            assert again.returncode == 1 and "already handed over" in again.stderr
        else:
            assert again.returncode == 0, again.stderr
        assert state(source, target, number)[0] == "done"
    print("hand-over kill outcomes:", dict(outcomes))
    assert outcomes["none"] + outcomes["copied"] > 0, outcomes  # the kills did interrupt
