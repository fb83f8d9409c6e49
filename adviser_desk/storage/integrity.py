"""Checking a case file: every encrypted page, the SQLite structure and the audit chain.

In one read of the file. SQLCipher checks a page's HMAC each time it reads the page, so the
pages are checked as they are used: the evidence originals (nearly all of a grown file) in
one scan that also re-hashes each against the SHA-256 it is stored under, every other table
and index with SQLite's integrity check. (Before, a page-by-page HMAC pass, a full structure
pass and the evidence hashing each read the whole file: three times ``sha256sum``.) Free pages
hold nothing and are not read. Only when a read fails does the page-by-page HMAC check run,
to name the damaged pages.
"""

from __future__ import annotations

import hashlib
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from adviser_desk.domain.audit import ChainReport
from adviser_desk.domain.work import Progress
from adviser_desk.storage import audit_log
from adviser_desk.storage.casefile import CaseFile
from adviser_desk.storage.errors import from_sqlite_error

STEPS = 1000
# Originals read ahead of the hashing thread: bounds memory when files are up to 200 MB.
HASH_AHEAD_BYTES = 64 * 2**20
_BLOBS = "evidence_blobs"


@dataclass
class IntegrityReport:
    page_errors: list[str] = field(default_factory=list)
    structure_errors: list[str] = field(default_factory=list)
    chain: ChainReport | None = None
    evidence_checked: int = 0
    evidence_errors: list[str] = field(default_factory=list)
    structure_checked: bool = False  # skipped when pages already failed their check

    @property
    def ok(self) -> bool:
        chain_ok = self.chain is not None and self.chain.intact
        parts_ok = not self.page_errors and not self.structure_errors and not self.evidence_errors
        return parts_ok and chain_ok

    def lines(self) -> list[str]:
        """A readable report in English, for tests and logs (the window and the command print
        adviser_desk/integrity_text.py's, in the reader's language)."""
        out = [f"encrypted pages: {'OK' if not self.page_errors else 'DAMAGED'}"]
        out += [f"  {line}" for line in self.page_errors[:20]]
        if not self.structure_checked:
            out.append("database structure: skipped (the encrypted pages are damaged)")
        else:
            out.append(f"database structure: {'OK' if not self.structure_errors else 'DAMAGED'}")
        out += [f"  {line}" for line in self.structure_errors[:20]]
        if self.chain is None:
            out.append("audit chain: not checked (the database could not be read)")
        elif self.chain.intact:
            events = _counted(self.chain.events, "event", "events")
            out.append(f"audit chain: OK, {events}, head {self.chain.head}")
        else:
            before = (
                "the 1 event before it is intact"
                if self.chain.events == 1
                else f"{self.chain.events} events before it are intact"
            )
            out.append(
                f"audit chain: BROKEN at event {self.chain.broken_at} ({self.chain.reason}); "
                + before
            )
        if self.evidence_errors:
            out.append("evidence: MISMATCH for " + ", ".join(self.evidence_errors))
        elif self.chain is not None:
            # One stored file read "1 stored items match" (as the window's English says it).
            out.append(
                "evidence: OK, 1 stored item matches its SHA-256"
                if self.evidence_checked == 1
                else f"evidence: OK, {self.evidence_checked} stored items match their SHA-256"
            )
        return out


def _counted(count: int, one: str, more: str) -> str:
    return f"{count} {one if count == 1 else more}"


def _has_table(conn: object, name: str) -> bool:
    return (
        conn.execute(  # type: ignore[attr-defined]
            text("SELECT 1 FROM sqlite_master WHERE type='table' AND name=:n"), {"n": name}
        ).first()
        is not None
    )


def _check_structure(case: CaseFile, report: IntegrityReport) -> None:
    """SQLite's integrity check of every table and index except the originals' table, whose
    pages the evidence scan reads (and SQLCipher checks) anyway; plus the foreign keys."""
    with case.engine.connect() as conn:
        tables = [
            str(row[0])
            for row in conn.execute(
                text(
                    "SELECT name FROM sqlite_master WHERE type='table' "
                    "AND sql NOT LIKE 'CREATE VIRTUAL%' AND name != :blobs"
                ),
                {"blobs": _BLOBS},
            )
        ]
        problems: list[str] = []
        for table in tables:
            quoted = table.replace('"', '""')
            rows = conn.exec_driver_sql(f'PRAGMA integrity_check("{quoted}")').fetchall()
            problems += [str(row[0]) for row in rows if str(row[0]) != "ok"]
        rows = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
        problems += [f"foreign key: {tuple(row)}" for row in rows]
    report.structure_errors = problems


def _check_evidence(case: CaseFile, report: IntegrityReport, progress: Progress) -> None:
    """Re-hashes every stored original against the SHA-256 recorded at intake, reading each
    once: this thread reads (SQLite and SQLCipher release the GIL while decrypting) while a
    second thread hashes what was read before."""
    with case.engine.connect() as conn:
        if not _has_table(conn, "evidence_items"):
            return
        total = int(
            conn.execute(text("SELECT coalesce(sum(size), 0) FROM evidence_blobs")).scalar() or 0
        )
        matching: set[str] = set()
        done = 0
        pending: deque[tuple[str, int, Future[str]]] = deque()
        ahead = 0

        def settle() -> None:
            nonlocal done, ahead
            digest, size, future = pending.popleft()
            if future.result() == digest:
                matching.add(digest)
            ahead -= size
            done += size
            progress(done, total)

        with ThreadPoolExecutor(1, thread_name_prefix="verify-hash") as pool:
            cursor = conn.exec_driver_sql("SELECT sha256, data FROM evidence_blobs")
            for digest, data in cursor:
                pending.append((digest, len(data), pool.submit(_sha256, data)))
                ahead += len(data)
                del data
                while pending and ahead > HASH_AHEAD_BYTES:
                    settle()
            while pending:
                settle()
        rows = conn.execute(
            text(
                "SELECT c.number, i.number, i.sha256 FROM evidence_items i "
                "JOIN cases c ON c.id = i.case_id WHERE i.stored = 1 ORDER BY i.id"
            )
        )
        for case_number, number, recorded in rows:
            report.evidence_checked += 1
            if recorded not in matching:
                report.evidence_errors.append(f"{case_number} {number}")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _page_errors(case: CaseFile) -> list[str]:
    # On fresh connections: SQLCipher keeps a failed HMAC as the connection's error state.
    case.engine.dispose()
    with case.engine.connect() as conn:
        rows = conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()
    return [str(row[0]) for row in rows]


def check(case: CaseFile, progress: Progress | None = None) -> IntegrityReport:
    report = IntegrityReport()

    def advance(done: int, total: int = STEPS) -> None:
        if progress is not None:
            progress(done * STEPS // max(total, 1), STEPS)

    advance(0)
    try:
        _check_structure(case, report)
        report.structure_checked = True
        advance(20)
        if not report.structure_errors:
            _check_evidence(
                case, report, lambda done, total: advance(20 + 970 * done // max(total, 1))
            )
            with case.transaction() as session:
                report.chain = audit_log.verify(session)
    except DBAPIError as exc:
        # A page that fails its HMAC surfaces as whatever error the statement reading it
        # gives; the page-by-page check then names the damaged pages.
        report.page_errors = _page_errors(case)
        if report.page_errors:
            report.structure_errors = []
            report.structure_checked = False
            report.chain = None
        elif from_sqlite_error(exc, case.path) is None:
            raise
        else:
            report.structure_errors.append(str(exc.orig))
            report.structure_checked = True
    advance(STEPS)
    return report
