"""A re-key killed with SIGKILL at random moments, and at each step of its swap: afterwards
the case file opens with the old key set or with the new one, never with neither, and holds
everything it held. Real SQLCipher files, real processes."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from adviser_desk.domain import cases as dc
from adviser_desk.domain.recovery_key import RecoveryKey
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.session import CaseFileSession
from adviser_desk.storage import kdf, keyslots, rekey
from adviser_desk.storage.errors import WrongRecoveryKeyError
from tests.conftest import NEW_PASSWORD, PASSWORD

FILLER_ROWS = 64  # 64 x 256 KiB: a 16 MiB file, so the copy takes a while

# The child re-keys with a recovery key the test chose, so the test can try it afterwards;
# STOP_AT kills it at one step of the swap instead of at a random moment.
CHILD = """
import os, signal, sys, time
from pathlib import Path
from adviser_desk.domain.recovery_key import RecoveryKey
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.session import CaseFileSession
from adviser_desk.storage import keyslots, rekey

path, password, secret, stop_at = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
RecoveryKey.generate = classmethod(lambda cls: cls(bytes.fromhex(secret)))
rekey.PAGES_PER_STEP = 64
saves = []
real_save = keyslots.KeySlots.save
def save(self, case_path):
    real_save(self, case_path)
    saves.append(self.next is not None)
    if stop_at == "both-sets" and self.next is not None:
        os.kill(os.getpid(), signal.SIGKILL)
keyslots.KeySlots.save = save
real_replace = rekey.os.replace
def replace(src, dst):
    real_replace(src, dst)
    if stop_at == "after-swap" and Path(dst) == path.absolute():  # not the key file's
        os.kill(os.getpid(), signal.SIGKILL)
rekey.os.replace = replace
session = CaseFileSession(svc.unlock_with_password(path, password))
print("ready", flush=True)
def step(done, total):
    # Tells the parent how far the copy is (it aims some kills at it), then takes a moment.
    print("copied", done, total, flush=True)
    time.sleep(0.01)
session.advisers.rekey(password, step)
print("done", flush=True)
session.close()
"""


def _file(case_dir: Path) -> tuple[Path, str]:
    path = case_dir / "Zaken.adcase"
    service, recovery = svc.create_case_file(path, PASSWORD, kdf.MINIMUM, adviser_name="Anna")
    with CaseFileSession(service) as session:
        session.advisers.add("Chris", NEW_PASSWORD, kdf.MINIMUM)
        session.cases.create_case(
            dc.CaseDraft(title="Nepaccount", incident_types=[dc.IncidentType.OTHER])
        )
        with service.case.transaction() as db:
            db.execute(text("CREATE TABLE filler (n INTEGER, data BLOB)"))
            for n in range(FILLER_ROWS):
                db.execute(text("INSERT INTO filler VALUES (:n, randomblob(262144))"), {"n": n})
    return path, recovery.formatted()


def _run(
    path: Path,
    secret: bytes,
    stop_at: str,
    kill_after: float | None,
    kill_at_copied: float | None = None,
) -> tuple[str, float]:
    """Runs the child; returns whether it finished and how long it worked after unlocking.
    ``kill_after`` kills it that many seconds after unlocking; ``kill_at_copied`` as soon as it
    says it has copied that share of the pages (seen, not timed: a loaded machine's pace
    varies from one run to the next)."""
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), PASSWORD, secret.hex(), stop_at],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    start = time.monotonic()
    if kill_after is not None:
        time.sleep(kill_after)
        process.send_signal(signal.SIGKILL)
    elif kill_at_copied is not None:
        for line in process.stdout:
            word, *numbers = line.split()
            if word == "copied" and int(numbers[0]) >= kill_at_copied * int(numbers[1]):
                break
        process.send_signal(signal.SIGKILL)
    out, err = process.communicate(timeout=120)
    took = time.monotonic() - start
    if process.returncode not in (0, -signal.SIGKILL):
        raise AssertionError(err)
    return ("done" if "done" in out else "killed"), took


def _opens_with(path: Path, recovery: str) -> bool:
    try:
        svc.unlock_with_recovery_key(path, recovery).close()
    except WrongRecoveryKeyError:
        return False
    return True


def _intact(path: Path) -> None:
    """Both advisers' passwords open it, and nothing was lost."""
    with CaseFileSession(svc.unlock_with_password(path, NEW_PASSWORD)) as session:
        assert session.identity.name == "Chris"
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as session:
        assert session.identity.name == "Anna"
        assert [c.title for c in session.cases.list_cases()] == ["Nepaccount"]
        with session.file.case.reading() as db:
            count = db.execute(text("SELECT count(*), count(DISTINCT n) FROM filler")).one()
        assert tuple(count) == (FILLER_ROWS, FILLER_ROWS)
        assert session.file.verify().ok
    assert not rekey.staging_path(path).exists()
    assert keyslots.load(path).next is None


@pytest.mark.parametrize("stop_at", ["both-sets", "after-swap"])
def test_a_rekey_killed_at_each_step_of_its_swap(case_dir: Path, stop_at: str) -> None:
    path, old = _file(case_dir)
    new = RecoveryKey.generate()
    assert _run(path, new.secret, stop_at, None)[0] == "killed"
    took = _opens_with(path, new.formatted())
    assert took == (stop_at == "after-swap")
    assert _opens_with(path, old) != took  # the old key set or the new one, never neither
    _intact(path)


def test_a_rekey_killed_at_random_moments(case_dir: Path) -> None:
    path, _ = _file(case_dir)
    rng = random.Random(int.from_bytes(os.urandom(4)))
    first = RecoveryKey.generate()
    outcome, full = _run(path, first.secret, "never", None)  # how long one whole re-key takes
    assert outcome == "done"
    current = first.formatted()
    outcomes = []
    for round_ in range(5):
        new = RecoveryKey.generate()
        if round_ % 2:
            # Mid-copy, seen in its progress: timed from the first run, the kills could all
            # come after the end when this run goes faster (less load than during the first).
            _run(path, new.secret, "never", None, rng.uniform(0.05, 0.6))
        else:  # at any moment of the whole re-key
            _run(path, new.secret, "never", rng.uniform(0.0, full))
        took = _opens_with(path, new.formatted())
        assert _opens_with(path, current) != took  # the old key set or the new, never neither
        outcomes.append(took)
        if took:
            current = new.formatted()
        _intact(path)
    assert not outcomes[1] and not outcomes[3], outcomes  # the kills mid-copy kept the old set
