"""Revision 0019: a copy of the evidence log recorded before it says "printed or saved as PDF"
(which it was was not recorded); one recorded after says which (walk 14, W14-10)."""

from __future__ import annotations

from pathlib import Path

from adviser_desk.domain import cases as dc
from adviser_desk.services import case_file_service as svc
from adviser_desk.services import evidence_export
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.evidence_service import EvidenceService
from adviser_desk.services.protocol_data import protocol
from adviser_desk.storage import kdf, migrate
from tests.conftest import PASSWORD


def test_an_older_copy_of_the_log_is_printed_or_saved_a_new_one_what_it_was(
    case_dir: Path,
) -> None:
    service, _ = svc.create_case_file(case_dir / "old.adcase", PASSWORD, kdf.MINIMUM)
    service.confirm_recovery_key_stored()
    cases = CaseService(service.case, protocol(), "en")
    case_id = cases.create_case(dc.CaseDraft(title="Oud", incident_types=[dc.IncidentType.THREATS]))
    migrate.run_alembic(service.case.engine, "0018", downgrade=True)
    with service.case.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO evidence_log_prints (case_id, at, actor, sha256, items, verification) "
            "VALUES (?, '2026-12-01 10:00:00.000000', 'Anna', ?, 0, '')",
            (case_id, "a" * 64),
        )
    path = service.path
    service.close()

    upgraded = svc.unlock_with_password(path, PASSWORD)
    try:
        cases = CaseService(upgraded.case, protocol(), "en")
        evidence = EvidenceService(cases)
        evidence_export.record_printed(evidence, case_id, b"%PDF-1.7 saved", "saved")
        evidence_export.record_printed(evidence, case_id, b"%PDF-1.7 printed")
        kinds = [row.kind for row in cases.timeline(case_id) if row.kind.startswith("evidence.log")]
        assert sorted(kinds) == [
            "evidence.log_printed",
            "evidence.log_printed_or_saved",
            "evidence.log_saved",
        ]
    finally:
        upgraded.close()
