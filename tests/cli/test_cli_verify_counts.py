"""`adviser-desk verify` said "1 stored items match their SHA-256" for a file with one stored
item; its report now counts one as one, in the words the window's English report uses."""

from __future__ import annotations

from pathlib import Path

from adviser_desk.domain import cases as dc
from adviser_desk.domain.audit import ChainReport
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.evidence_service import EvidenceService
from adviser_desk.services.protocol_data import protocol
from adviser_desk.storage.integrity import IntegrityReport
from tests.cli.test_cli import cli, new_file
from tests.conftest import PASSWORD
from tests.services.test_evidence import png


def evidence_line(path: Path) -> str:
    result = cli("verify", str(path), "--password-stdin", stdin=PASSWORD + "\n")
    assert result.returncode == 0, result.stdout + result.stderr
    (line,) = [line for line in result.stdout.splitlines() if line.startswith("evidence:")]
    return line


def test_verify_counts_one_stored_item_as_one(case_dir: Path) -> None:
    path, _ = new_file(case_dir)
    service = svc.unlock_with_password(path, PASSWORD)
    try:
        cases = CaseService(service.case, protocol())
        case_id = cases.create_case(
            dc.CaseDraft(title="Nepaccount", incident_types=[dc.IncidentType.FAKE_ACCOUNT])
        )
        evidence = EvidenceService(cases)
        evidence.add_bytes(case_id, png(40, 30), "profiel.png", description="Het nepprofiel")
    finally:
        service.close()
    assert evidence_line(path) == "evidence: OK, 1 stored item matches its SHA-256"
    service = svc.unlock_with_password(path, PASSWORD)
    try:
        cases = CaseService(service.case, protocol())
        evidence = EvidenceService(cases)
        evidence.add_bytes(case_id, png(30, 40), "bericht.png", description="Het bericht")
    finally:
        service.close()
    assert evidence_line(path) == "evidence: OK, 2 stored items match their SHA-256"


def test_the_report_counts_one_audit_event_as_one() -> None:
    """One event is not reached through the commands (a new file already has three)."""
    intact = IntegrityReport(chain=ChainReport(events=1, head="a" * 64), structure_checked=True)
    assert f"audit chain: OK, 1 event, head {'a' * 64}" in intact.lines()
    broken = IntegrityReport(
        chain=ChainReport(events=1, head="", broken_at=2, reason="hash mismatch"),
        structure_checked=True,
    )
    assert (
        "audit chain: BROKEN at event 2 (hash mismatch); the 1 event before it is intact"
        in broken.lines()
    )
