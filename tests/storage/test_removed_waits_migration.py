"""Revision 0021: a record whose stored original was removed waits no more for the question about
minors (walk J, finding 10: an Undo named such a record as still waiting). Files made before the
removal cleared "pending" carry it on the record; the upgrade clears it, and leaves a stored file
that still waits as it is."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from adviser_desk.domain import cases as dc
from adviser_desk.domain import evidence as de
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.evidence_service import EvidenceService
from adviser_desk.services.protocol_data import protocol
from adviser_desk.storage import kdf, migrate
from tests import media
from tests.conftest import PASSWORD


def test_a_removed_original_left_pending_by_an_older_version_waits_no_more(case_dir: Path) -> None:
    made = dict((n, d) for n, _c, d in media.made("development"))
    service, _ = svc.create_case_file(case_dir / "old.adcase", PASSWORD, kdf.MINIMUM)
    service.confirm_recovery_key_stored()
    cases = CaseService(service.case, protocol(), "en")
    evidence = EvidenceService(cases)
    case_id = cases.create_case(
        dc.CaseDraft(title="Oud", incident_types=[dc.IncidentType.CYBERBULLYING])
    )
    photo = evidence.add_bytes(case_id, made["foto.jpg"], "foto.jpg", "Profielfoto")
    film = evidence.add_bytes(case_id, made["filmpje.mp4"], "filmpje.mp4", "Filmpje")
    draft = cases.get_case(case_id).draft
    draft.incident_types = [dc.IncidentType.CYBERBULLYING, dc.IncidentType.EXPOSING]
    assert cases.update_case(case_id, draft) == [photo.number, film.number]
    evidence.withhold_stored(photo.item_id, "Instagram", "mentor", "Een foto van een leerling")
    removed, waiting = evidence.items(case_id)
    assert (removed.stored, removed.minor_answer) == (False, "")  # the removal clears it now
    # As an older version left it, at revision 0020.
    with service.case.engine.begin() as connection:
        connection.execute(
            text("UPDATE evidence_items SET minor_answer = 'pending' WHERE id = :id"),
            {"id": removed.item_id},
        )
    migrate.run_alembic(service.case.engine, "0020", downgrade=True)
    path = service.path
    service.close()

    upgraded = svc.unlock_with_password(path, PASSWORD)
    try:
        assert migrate.current_revision(upgraded.case.engine) == migrate.HEAD_REVISION
        evidence = EvidenceService(CaseService(upgraded.case, protocol(), "en"))
        removed, waiting = evidence.items(case_id)
        assert (removed.number, removed.stored, removed.minor_answer) == ("B-001", False, "")
        assert (waiting.number, waiting.minor_answer) == ("B-002", de.MINOR_PENDING)
        assert [row.number for row in evidence.pending(case_id)] == ["B-002"]
    finally:
        upgraded.close()
