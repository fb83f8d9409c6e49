"""Revision 0020: stored items get ``minor_answer`` (walk G, finding 2). An item stored before it
was not asked as far as the file knows (""), so a case that becomes a sexual case after the
upgrade puts it to the question."""

from __future__ import annotations

from pathlib import Path

from adviser_desk.domain import cases as dc
from adviser_desk.domain import evidence as de
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.evidence_service import EvidenceService
from adviser_desk.services.protocol_data import protocol
from adviser_desk.storage import kdf, migrate
from tests import media
from tests.conftest import PASSWORD


def test_a_file_stored_before_the_revision_is_asked_about_when_its_case_becomes_sexual(
    case_dir: Path,
) -> None:
    video = dict((n, d) for n, _c, d in media.made("development"))["filmpje.mov"]
    service, _ = svc.create_case_file(case_dir / "old.adcase", PASSWORD, kdf.MINIMUM)
    service.confirm_recovery_key_stored()
    cases = CaseService(service.case, protocol(), "en")
    case_id = cases.create_case(dc.CaseDraft(title="Oud", incident_types=[dc.IncidentType.THREATS]))
    row = EvidenceService(cases).add_bytes(case_id, video, "filmpje.mov", "Dreigfilmpje")
    migrate.run_alembic(service.case.engine, "0019", downgrade=True)
    with service.case.engine.connect() as connection:
        columns = [r[1] for r in connection.exec_driver_sql("PRAGMA table_info(evidence_items)")]
    assert "minor_answer" not in columns
    path = service.path
    service.close()

    upgraded = svc.unlock_with_password(path, PASSWORD)
    try:
        cases = CaseService(upgraded.case, protocol(), "en")
        evidence = EvidenceService(cases)
        (before,) = evidence.items(case_id)
        assert before.minor_answer == "" and before.stored and not before.waits_for_answer
        draft = cases.get_case(case_id).draft
        draft.incident_types = [dc.IncidentType.THREATS, dc.IncidentType.SEXTORTION]
        assert cases.update_case(case_id, draft) == [row.number]
        (after,) = evidence.items(case_id)
        assert after.minor_answer == de.MINOR_PENDING and after.waits_for_answer
    finally:
        upgraded.close()
