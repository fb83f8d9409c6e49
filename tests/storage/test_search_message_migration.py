"""Revision 0018: a message's own text is found by the case search (walk 10, W10-4: "50 euro"
found nothing, while the message's description and sender were found), for a message
recorded now and for one recorded before this revision."""

from __future__ import annotations

from pathlib import Path

from adviser_desk.domain import cases as dc
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.evidence_service import EvidenceService
from adviser_desk.services.protocol_data import protocol
from adviser_desk.storage import kdf, migrate
from tests.conftest import PASSWORD

TEXT = "Als je niet 50 euro stuurt zet ik je foto op Insta"


def test_a_message_is_found_by_its_own_text_also_in_an_older_file(case_dir: Path) -> None:
    service, _ = svc.create_case_file(case_dir / "old.adcase", PASSWORD, kdf.MINIMUM)
    service.confirm_recovery_key_stored()
    cases = CaseService(service.case, protocol(), "nl")
    evidence = EvidenceService(cases)
    case_id = cases.create_case(dc.CaseDraft(title="Oud", incident_types=[dc.IncidentType.THREATS]))
    evidence.add_message(case_id, TEXT, sender="daan_2011", description="Dreigbericht")
    assert cases.matching_case_ids("50 euro") == {case_id}
    # As before 0018: only the description and the sender are in the index.
    migrate.run_alembic(service.case.engine, "0017", downgrade=True)
    assert cases.matching_case_ids("stuurt") == set()
    assert cases.matching_case_ids("daan_2011 Dreigbericht") == {case_id}
    path = service.path
    service.close()

    upgraded = svc.unlock_with_password(path, PASSWORD)
    try:
        again = CaseService(upgraded.case, protocol(), "nl")
        assert again.matching_case_ids("stuurt") == {case_id}
        assert again.matching_case_ids("Dreigbericht") == {case_id}  # one row, not two
        assert [hit.case_id for hit in again.search("50 euro")] == [case_id]
    finally:
        upgraded.close()
