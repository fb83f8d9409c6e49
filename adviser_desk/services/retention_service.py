"""Retention (AVG/GDPR): which closed cases have passed their retention date, and purging them.

Purging deletes the case and everything in it (people who are in no other case too), merges
the search index so no trace of it stays in the index pages, and vacuums the file, so with
``secure_delete`` on no readable remnant stays in the (encrypted) pages either. The audit chain
records that case N was purged and how many rows went, never what they said.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select, text
from sqlalchemy.orm import InstrumentedAttribute

from adviser_desk.domain.errors import KnownError
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.services import search_index
from adviser_desk.services.actor import actor
from adviser_desk.services.case_repository import delete_orphan_persons
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.case_views import CaseRow
from adviser_desk.storage import audit_log, blobs
from adviser_desk.storage.models import (
    Case,
    CaseEvent,
    CasePerson,
    EvidenceItem,
    Letter,
    Note,
    Task,
)


class CaseNotExpiredError(KnownError):
    def __init__(self, number: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Case {number} has not reached its retention date, so it cannot be purged yet.",
            ),
            number=number,
        )


def expired_cases(service: CaseService, today: date | None = None) -> list[CaseRow]:
    today = today or date.today()
    return [
        row
        for row in service.list_cases(today)
        if row.retention_until is not None and row.retention_until <= today
    ]


def purge_case(service: CaseService, case_id: int, today: date | None = None) -> dict[str, int]:
    """Deletes an expired case for good; returns how many rows of each kind went."""
    today = today or date.today()
    expired = {row.case_id: row for row in expired_cases(service, today)}
    with service.case_file.transaction() as session:
        case = session.get(Case, case_id)
        if case is None:
            return {}
        if case_id not in expired:
            raise CaseNotExpiredError(case.number)
        number = case.number

        def count(column: InstrumentedAttribute[int]) -> int:
            return int(session.scalar(select(func.count()).where(column == case_id)) or 0)

        counts = {
            "people": count(CasePerson.case_id),
            "tasks": count(Task.case_id),
            "notes": count(Note.case_id),
            "timeline": count(CaseEvent.case_id),
            "evidence": count(EvidenceItem.case_id),
            "letters": count(Letter.case_id),
        }
        search_index.remove_case(session, case_id)
        session.delete(case)
        session.flush()
        counts["persons_removed"] = delete_orphan_persons(session)
        # Originals are stored once per content and shared between cases: keep only those that
        # another case still holds.
        counts["evidence_files_removed"] = blobs.delete_unowned(session)
        search_index.optimize(session)
        audit_log.append(session, actor(session), "case.purged", number, counts)
    vacuum(service)
    return counts


def vacuum(service: CaseService) -> None:
    """Rewrites the file without free pages; needs to run outside a transaction."""
    raw = service.case_file.engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert driver is not None
        driver.execute("VACUUM")
        driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        raw.close()


__all__ = ["CaseNotExpiredError", "expired_cases", "purge_case", "text"]
