"""Revision 0016: what the adviser and the student said in a conversation before the search
covered it is found too, and a case received from a colleague is found by it."""

from __future__ import annotations

from pathlib import Path

from adviser_desk.domain import cases as dc
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.interview_service import InterviewService
from adviser_desk.services.protocol_data import interview_guide, protocol
from adviser_desk.storage import kdf, migrate
from tests.conftest import PASSWORD


def test_an_older_file_gets_its_interview_lines_in_the_search(case_dir: Path) -> None:
    service, _ = svc.create_case_file(case_dir / "old.adcase", PASSWORD, kdf.MINIMUM)
    service.confirm_recovery_key_stored()
    cases = CaseService(service.case, protocol(), "en")
    interviews = InterviewService(cases, interview_guide())
    case_id = cases.create_case(dc.CaseDraft(title="Oud", incident_types=[dc.IncidentType.THREATS]))
    talk = interviews.start(case_id, "victim")
    interviews.add_line(talk, "adviser", "Wanneer kwam het dreigbericht binnen?")
    interviews.add_line(talk, "student", "Gisteren, van mijn ex-vriendje")
    interviews.add_line(talk, "note", "pauzebrood")
    assert cases.matching_case_ids("vriendje") == {case_id}
    assert cases.matching_case_ids("pauzebrood") == set()  # a note is not what was said
    # As before 0016: the lines are not in the index.
    migrate.run_alembic(service.case.engine, "0015", downgrade=True)
    assert cases.matching_case_ids("vriendje") == set()
    path = service.path
    service.close()

    upgraded = svc.unlock_with_password(path, PASSWORD)
    try:
        assert migrate.current_revision(upgraded.case.engine) == migrate.HEAD_REVISION
        again = CaseService(upgraded.case, protocol(), "en")
        assert again.matching_case_ids("vriendje") == {case_id}
        assert again.matching_case_ids("dreigbericht") == {case_id}
        assert again.matching_case_ids("pauzebrood") == set()
        hits = again.search("vriendje")
        assert "[vriendje]" in hits[0].snippets[0]
    finally:
        upgraded.close()
