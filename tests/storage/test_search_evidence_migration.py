"""Revision 0015: evidence recorded before the search covered it is found too (walk 7, W7-8),
and a case received from a colleague is searchable by its evidence."""

from __future__ import annotations

from pathlib import Path

from adviser_desk.domain import cases as dc
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.evidence_service import EvidenceService
from adviser_desk.services.protocol_data import protocol
from adviser_desk.storage import kdf, migrate
from tests.conftest import PASSWORD


def test_an_older_file_gets_its_evidence_in_the_search(case_dir: Path) -> None:
    service, _ = svc.create_case_file(case_dir / "old.adcase", PASSWORD, kdf.MINIMUM)
    service.confirm_recovery_key_stored()
    cases = CaseService(service.case, protocol(), "en")
    evidence = EvidenceService(cases)
    case_id = cases.create_case(dc.CaseDraft(title="Oud", incident_types=[dc.IncidentType.THREATS]))
    evidence.add_url(case_id, "https://www.tiktok.com/@nep.sanne.3b", "Dreigbericht")
    evidence.add_message(case_id, "tekst", sender="")  # its text only: indexed from 0018 on
    assert cases.matching_case_ids("Dreigbericht") == {case_id}
    # As before 0015: the evidence is not in the index.
    migrate.run_alembic(service.case.engine, "0014", downgrade=True)
    assert cases.matching_case_ids("Dreigbericht") == set()
    path = service.path
    service.close()

    upgraded = svc.unlock_with_password(path, PASSWORD)
    try:
        assert migrate.current_revision(upgraded.case.engine) == migrate.HEAD_REVISION
        again = CaseService(upgraded.case, protocol(), "en")
        assert again.matching_case_ids("Dreigbericht") == {case_id}
        assert again.matching_case_ids("nep.sanne") == {case_id}
        hits = again.search("dreig")
        assert [hit.case_id for hit in hits] == [case_id]
        assert "[Dreigbericht]" in hits[0].snippets[0]
    finally:
        upgraded.close()
