"""Checking a case file: every encrypted page, the SQLite structure and the audit chain."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from adviser_desk.domain.audit import ChainReport
from adviser_desk.storage import audit_log
from adviser_desk.storage.casefile import CaseFile
from adviser_desk.storage.errors import from_sqlite_error

Progress = Callable[[int, int], None]
STEPS = 3


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
        """A readable report in English for the CLI (the UI builds its own, translated)."""
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
            out.append(f"audit chain: OK, {self.chain.events} events, head {self.chain.head}")
        else:
            out.append(
                f"audit chain: BROKEN at event {self.chain.broken_at} ({self.chain.reason}); "
                f"{self.chain.events} events before it are intact"
            )
        if self.evidence_errors:
            out.append("evidence: MISMATCH for " + ", ".join(self.evidence_errors))
        elif self.chain is not None:
            out.append(f"evidence: OK, {self.evidence_checked} stored items match their SHA-256")
        return out


def _check_evidence(case: CaseFile, report: IntegrityReport) -> None:
    """Re-hashes every stored evidence item against the hash recorded at intake."""
    with case.engine.connect() as conn:
        exists = conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='evidence_items'")
        ).first()
        if exists is None:
            return
        rows = conn.execute(
            text(
                "SELECT c.number, i.number, i.sha256, b.data FROM evidence_items i "
                "JOIN cases c ON c.id = i.case_id "
                "LEFT JOIN evidence_blobs b ON b.sha256 = i.sha256 WHERE i.stored = 1"
            )
        )
        for case_number, number, recorded, data in rows:
            report.evidence_checked += 1
            actual = hashlib.sha256(data).hexdigest() if data is not None else ""
            if actual != recorded:
                report.evidence_errors.append(f"{case_number} {number}")


def check(case: CaseFile, progress: Progress | None = None) -> IntegrityReport:
    report = IntegrityReport()

    def advance(done: int) -> None:
        if progress is not None:
            progress(done, STEPS)

    advance(0)
    with case.engine.connect() as conn:
        rows = conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()
        report.page_errors = [str(row[0]) for row in rows]
        advance(1)
        if report.page_errors:
            return report  # reading damaged pages further would only repeat the news
        try:
            rows = conn.execute(text("PRAGMA integrity_check")).fetchall()
            problems = [str(row[0]) for row in rows if str(row[0]) != "ok"]
            rows = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
            problems += [f"foreign key: {tuple(row)}" for row in rows]
        except DBAPIError as exc:
            if from_sqlite_error(exc, case.path) is None:
                raise
            problems = [str(exc.orig)]
        report.structure_errors = problems
        report.structure_checked = True
    advance(2)
    if not report.structure_errors:
        with case.transaction() as session:
            report.chain = audit_log.verify(session)
        _check_evidence(case, report)
    advance(3)
    return report
