"""Checking a case file: every encrypted page, the SQLite structure and the audit chain."""

from __future__ import annotations

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

    @property
    def ok(self) -> bool:
        chain_ok = self.chain is not None and self.chain.intact
        return not self.page_errors and not self.structure_errors and chain_ok

    def lines(self) -> list[str]:
        """A readable report in English for the CLI (the UI builds its own, translated)."""
        out = [f"encrypted pages: {'OK' if not self.page_errors else 'DAMAGED'}"]
        out += [f"  {line}" for line in self.page_errors[:20]]
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
        return out


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
    advance(2)
    if not report.structure_errors:
        with case.transaction() as session:
            report.chain = audit_log.verify(session)
    advance(3)
    return report
