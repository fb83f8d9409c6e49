"""Retention: expired cases are listed and purged, and their bytes are gone from the file."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from unittest import mock

import pytest

from adviser_desk.domain import cases as dc
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.case_views import PersonInput, TaskUpdate
from adviser_desk.services.protocol_data import protocol
from adviser_desk.services.retention_service import (
    CaseNotExpiredError,
    expired_cases,
    purge_case,
)
from adviser_desk.storage import engine, kdf
from tests.conftest import PASSWORD
from tests.storage.pages import decrypted_pages

TODAY = date(2026, 11, 21)
MARKER = "Purgemarker-Xq7Zoë"


def closed_case(cases: CaseService, title: str, closed: date, opened: date) -> int:
    case_id = cases.create_case(
        dc.CaseDraft(title=title, incident_types=[dc.IncidentType.EXPOSING], opened_on=opened),
        today=opened,
    )
    draft = cases.get_case(case_id).draft
    draft.status = dc.CaseStatus.CLOSED
    cases.update_case(case_id, draft, today=closed)
    return case_id


def test_expired_cases_are_listed_and_only_they_can_be_purged(cases: CaseService) -> None:
    old = closed_case(cases, "Oud", date(2023, 1, 10), date(2022, 12, 1))
    recent = closed_case(cases, "Recent", date(2026, 1, 10), date(2025, 12, 1))
    cases.create_case(dc.CaseDraft(title="Lopend", incident_types=[dc.IncidentType.OTHER]))
    assert [row.case_id for row in expired_cases(cases, TODAY)] == [old]
    with pytest.raises(CaseNotExpiredError):
        purge_case(cases, recent, TODAY)
    assert cases.get_case(recent).number == "2025-001"


def needle_bytes(word: str) -> bytes:
    return word.encode("utf-8") * 20


@pytest.mark.parametrize("made_with", [engine.FORMAT, engine.LEGACY_FORMAT])
def test_purge_removes_every_byte_of_the_case_and_records_only_counts(
    case_dir: Path, made_with: engine.PageFormat
) -> None:
    """Also on a file made with 4 KiB pages and HMAC-SHA512, which the unlock before the purge
    converts."""
    with mock.patch.object(engine, "FORMAT", made_with):
        service, _ = svc.create_case_file(case_dir / "p.adcase", PASSWORD, kdf.MINIMUM)
    cases = CaseService(service.case, protocol(), "nl")
    keep = cases.create_case(dc.CaseDraft(title="Blijft", incident_types=[dc.IncidentType.OTHER]))
    opened = date(2023, 2, 1)
    case_id = cases.create_case(
        dc.CaseDraft(
            title=f"Zaak {MARKER}", incident_types=[dc.IncidentType.EXPOSING], opened_on=opened
        ),
        today=opened,
    )
    cases.add_person(case_id, PersonInput(f"Persoon {MARKER}", dc.Role.VICTIM, email="x@y.nl"))
    cases.add_person(case_id, PersonInput(f"Melder {MARKER}", dc.Role.REPORTER, anonymous=True))
    cases.add_note(case_id, f"Notitie {MARKER} " * 50, observed_at=datetime(2023, 2, 1, tzinfo=UTC))
    task = cases.tasks(case_id)[0]
    cases.update_task(
        task.task_id, TaskUpdate(dc.TaskStatus.OPEN, None, "", None, f"Taaknotitie {MARKER}")
    )
    # Closed after the task's note: a closed case's tasks stay as they are (W12-3).
    draft = cases.get_case(case_id).draft
    draft.status = dc.CaseStatus.CLOSED
    cases.update_case(case_id, draft, today=date(2023, 3, 1))
    # Evidence (an original file and a web address with a takedown step) and a letter.
    from adviser_desk.domain import evidence as de
    from adviser_desk.domain import letters as dl
    from adviser_desk.services.evidence_service import EvidenceService
    from adviser_desk.services.letter_service import LetterService

    evidence = EvidenceService(cases)
    shared = b"%PDF-1.4 shared original " + needle_bytes("gedeeld")
    # A PDF may carry pictures: in this (sexual) case it is kept only after the answer "no".
    evidence.add_bytes(
        case_id, b"%PDF-1.4 " + MARKER.encode() * 40, "verslag.pdf", minor_sexual=False
    )
    evidence.add_bytes(case_id, shared, "gedeeld.pdf", minor_sexual=False)
    evidence.add_bytes(keep, shared, "gedeeld.pdf")  # the other case keeps this original
    url = evidence.add_url(case_id, f"https://example.org/{MARKER}")
    evidence.report_takedown(url.item_id, de.TakedownChannel.PLATFORM, date(2023, 2, 2), MARKER)
    letters = LetterService(cases, evidence)
    letters.save_version(case_id, dl.LetterKind.TEAM_NOTICE, "nl", f"<p>Brief {MARKER}</p>", True)
    raw = service.case.raw_key
    needle = MARKER.encode("utf-8")
    service.close()
    before = decrypted_pages(service.path, raw)
    assert needle in before  # the reader sees the clear pages: the check below means something

    assert engine.format_of(service.path, raw) == made_with
    service = svc.unlock_with_password(service.path, PASSWORD)
    assert service.page_size() == engine.PAGE_SIZE
    assert service.hmac_algorithm() == engine.HMAC_ALGORITHM
    cases = CaseService(service.case, protocol(), "nl")
    counts = purge_case(cases, case_id, TODAY)
    assert counts["people"] == 2 and counts["notes"] == 1 and counts["persons_removed"] == 2
    assert counts["evidence"] == 3 and counts["letters"] == 1
    assert counts["evidence_files_removed"] == 1  # the shared original stays for the other case
    kept = EvidenceService(cases).items(keep)
    assert EvidenceService(cases).original(kept[0].item_id) == shared
    assert cases.search(MARKER) == []
    assert [row.case_id for row in cases.list_cases()] == [keep]
    audit = service.audit_rows()
    assert audit[-1].action == "case.purged" and audit[-1].subject == "2023-001"
    assert MARKER not in repr(audit)
    assert service.verify().ok
    service.close()
    after = decrypted_pages(service.path, raw)
    assert needle not in after
    assert b"Melder" not in after and b"x@y.nl" not in after


def test_cancel_before_the_point_of_no_return_changes_nothing_and_the_file_shrinks(
    case_dir: Path,
) -> None:
    import os

    import pytest

    from adviser_desk.domain.errors import Cancelled
    from adviser_desk.services.evidence_service import EvidenceService

    service, _ = svc.create_case_file(case_dir / "s.adcase", PASSWORD, kdf.MINIMUM)
    cases = CaseService(service.case, protocol(), "nl")
    case_id = closed_case(cases, "Groot", date(2023, 3, 1), date(2023, 2, 1))
    evidence = EvidenceService(cases)
    for i in range(40):
        evidence.add_bytes(case_id, os.urandom(100_000), f"stuk{i}.bin", minor_sexual=False)
    seen: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        purge_case(cases, case_id, TODAY, lambda d, t: seen.append((d, t)), lambda: len(seen) > 1)
    assert evidence.count(case_id) == 40 and len(evidence.verify(case_id)) == 0
    assert all(row.action != "case.purged" for row in service.audit_rows())
    counts = purge_case(cases, case_id, TODAY, lambda d, t: seen.append((d, t)))
    assert counts["evidence_files_removed"] == 40
    # New files have incremental auto-vacuum: the 4 MB of freed pages go back to the file
    # system, and the WAL is emptied.
    assert service.path.stat().st_size < 1_000_000
    assert Path(f"{service.path}-wal").stat().st_size == 0
    service.close()
