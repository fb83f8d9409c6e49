"""`--adviser NAME`: scripts say whose password they pipe in, and the records name them."""

from __future__ import annotations

from pathlib import Path

from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.session import CaseFileSession
from adviser_desk.storage import kdf
from tests.cli.test_cli import cli
from tests.conftest import NEW_PASSWORD, PASSWORD

THIRD = "blauwe giraf zwemt in de gracht"


def two_advisers(case_dir: Path) -> Path:
    path = case_dir / "Zaken.adcase"
    service, _ = svc.create_case_file(path, PASSWORD, kdf.MINIMUM, adviser_name="Anna")
    with CaseFileSession(service) as session:
        session.advisers.add("Bram Jansen", NEW_PASSWORD, kdf.MINIMUM)
    return path


def test_adviser_flag_picks_the_slot_and_the_records_name_that_adviser(case_dir: Path) -> None:
    path = two_advisers(case_dir)
    shown = cli("show-raw-key", str(path), "--password-stdin", "--adviser", "bram jansen",
                stdin=NEW_PASSWORD + "\n")  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    wrong = cli("cases", str(path), "--password-stdin", "--adviser", "Anna",
                stdin=NEW_PASSWORD + "\n")  # fmt: skip
    assert wrong.returncode == 2 and "Traceback" not in wrong.stderr
    unknown = cli("cases", str(path), "--password-stdin", "--adviser", "Chris",
                  stdin=NEW_PASSWORD + "\n")  # fmt: skip
    assert unknown.returncode == 64 and '"Chris"' in unknown.stderr
    # Without the flag the password finds its own slot (as before, with one adviser).
    assert cli("cases", str(path), "--password-stdin", stdin=NEW_PASSWORD + "\n").returncode == 0
    changed = cli("change-password", str(path), "--adviser", "Bram Jansen",
                  stdin=f"{NEW_PASSWORD}\n{THIRD}\n")  # fmt: skip
    assert changed.returncode == 0, changed.stderr
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as session:
        rows = session.file.audit_rows()
    assert [r.actor for r in rows if r.action == AuditAction.RAW_KEY_SHOWN] == ["Bram Jansen"]
    assert [r.actor for r in rows if r.action == AuditAction.PASSWORD_CHANGED] == ["Bram Jansen"]
    svc.unlock_with_password(path, THIRD).close()
