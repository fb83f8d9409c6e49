"""Retention (AVG/GDPR): which closed cases have passed their retention date, and purging them.

Purging deletes the case and everything in it (people who are in no other case too) and merges
the search index so no trace of it stays in the index pages. ``secure_delete`` is on, so every
freed page and cell is overwritten with zeros in the same transaction, and a checkpoint then
writes those zeros over the old pages in the file and empties the WAL: no remnant stays in the
(encrypted) pages. The audit chain records that case N was purged and how many rows went,
never what they said.

No VACUUM: it rebuilt the whole file in a temporary database (2.3 GiB of memory for a 2 GB
file, or unencrypted temp files on disk) and doubled the WAL. Files made since auto-vacuum was
switched on, and older ones once converted to 16 KiB pages (storage/repage.py), give the freed
pages back to the file system with an incremental vacuum, step by step; a file not converted
keeps them as zeroed free pages that new data fills first.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import bindparam, func, select, text
from sqlalchemy.orm import InstrumentedAttribute

from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.domain.errors import Cancelled, KnownError
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.domain.work import CancelRequested, Progress, never_cancelled, no_progress
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


def purgeable_cases(service: CaseService, today: date | None = None) -> list[CaseRow]:
    """Cases that may be purged now: past their retention date, or handed over to another
    case file (where they live on)."""
    today = today or date.today()
    return [
        row
        for row in service.list_cases(today)
        if row.handed_over or (row.retention_until is not None and row.retention_until <= today)
    ]


BLOBS_PER_STEP = 16  # originals deleted per progress step (and chance to cancel)
VACUUM_PAGES_PER_STEP = 4096  # 16 MiB given back to the file system per step


def purge_case(
    service: CaseService,
    case_id: int,
    today: date | None = None,
    progress: Progress = no_progress,
    cancelled: CancelRequested = never_cancelled,
) -> dict[str, int]:
    """Deletes an expired (or handed-over) case for good; returns how many rows of each kind
    went.

    Cancel is possible until the deletion commits (the point of no return): the transaction
    is then rolled back and nothing has changed. Progress counts the originals deleted and
    then the pages given back to the file system."""
    today = today or date.today()
    expired = {row.case_id: row for row in expired_cases(service, today)}
    with service.case_file.transaction() as session:
        case = session.get(Case, case_id)
        if case is None:
            return {}
        # A handed-over case lives on in the receiving file: it may go before its date.
        handed_over = case.handed_over_at is not None
        if case_id not in expired and not handed_over:
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
        # Originals are stored once per content and shared between cases: those no owner holds
        # any more go (storage/blobs.py), in steps (most of the work) so Cancel can still stop.
        digests = list(
            session.scalars(
                text(
                    f"SELECT sha256 FROM evidence_blobs WHERE sha256 NOT IN ({blobs.owned_query()})"  # noqa: S608
                )
            )
        )
        steps = len(digests) + 1
        progress(0, steps)
        for first in range(0, len(digests), BLOBS_PER_STEP):
            if cancelled():
                raise Cancelled()
            chunk = digests[first : first + BLOBS_PER_STEP]
            session.execute(
                text("DELETE FROM evidence_blobs WHERE sha256 IN :d").bindparams(
                    bindparam("d", expanding=True)
                ),
                {"d": chunk},
            )
            progress(first + len(chunk), steps)
        if cancelled():
            raise Cancelled()
        counts["evidence_files_removed"] = len(digests)
        search_index.optimize(session)
        details = {**counts, "handed_over": 1} if handed_over else counts
        audit_log.append(session, actor(session), AuditAction.CASE_PURGED, number, details)
    # Committed: the point of no return. What follows only tidies the file.
    compact(service, progress)
    return counts


def compact(service: CaseService, progress: Progress = no_progress) -> None:
    """Writes the zeroed pages over the old ones in the file and empties the WAL; gives free
    pages back to the file system where the file has incremental auto-vacuum. Memory stays at
    SQLite's page cache: no VACUUM, no temporary copy of the file."""
    raw = service.case_file.engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert driver is not None
        driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        if int(driver.execute("PRAGMA auto_vacuum").fetchone()[0]) == 2:  # incremental
            free = int(driver.execute("PRAGMA freelist_count").fetchone()[0])
            done = 0
            while done < free:
                driver.execute(f"PRAGMA incremental_vacuum({VACUUM_PAGES_PER_STEP})").fetchall()
                done += VACUUM_PAGES_PER_STEP
                progress(min(done, free), free)
                # Keeps the WAL small: each step's pages go into the file at once.
                driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        raw.close()


__all__ = [
    "CaseNotExpiredError",
    "compact",
    "expired_cases",
    "purge_case",
    "purgeable_cases",
    "text",
]
