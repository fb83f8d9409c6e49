"""A batch intake leaves copying its commits from the WAL into the case file for later (issue
15): each commit is durable in the WAL, the checkpoint follows off the intake's path."""

from __future__ import annotations

import os

from adviser_desk.domain import cases as dc
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.evidence_intake import Intake
from adviser_desk.services.evidence_service import EvidenceService
from adviser_desk.storage import engine
from adviser_desk.storage.wal_check import wal_path

MIB = 2**20


def _case(cases: CaseService) -> int:
    return cases.create_case(
        dc.CaseDraft(title="Export", incident_types=[dc.IncidentType.CYBERBULLYING])
    )


def _sources(count: int, size: int) -> list[tuple[str, int, object]]:
    return [(f"export{i}.bin", size, lambda: os.urandom(size)) for i in range(count)]


def test_a_large_import_leaves_its_checkpoint_to_the_next_ordinary_commit(
    cases: CaseService,
) -> None:
    evidence = EvidenceService(cases, max_bytes=16 * MIB)
    case_id = _case(cases)
    path = cases.case_file.path
    before = path.stat().st_size
    # 80 MiB in two batches: more than the WAL_PAGES (64 MiB) after which an ordinary commit
    # copies the WAL into the file.
    result = evidence.add_sources(case_id, _sources(10, 8 * MIB), Intake("export"))  # type: ignore[arg-type]
    assert len(result.added) == 10 and not result.failed
    assert path.stat().st_size - before < MIB, "the import's commits were copied on its path"
    assert wal_path(path).stat().st_size > 80 * MIB
    # Every commit is in the WAL: the items read back whole before any checkpoint.
    assert evidence.verify(case_id) == []
    # The connections the import lent checkpoint as usual again: the next ordinary commit
    # copies what the import left (when nothing settled it first) ...
    _case(cases)
    assert path.stat().st_size - before > 80 * MIB
    # ... and the commit after that starts the WAL afresh and cuts it back to its limit.
    _case(cases)
    assert wal_path(path).stat().st_size <= engine.WAL_SIZE_LIMIT
    with cases.case_file.reading() as session:
        for pragma, value in (
            ("wal_autocheckpoint", engine.WAL_PAGES),
            ("journal_size_limit", engine.WAL_SIZE_LIMIT),
        ):
            assert session.connection().exec_driver_sql(f"PRAGMA {pragma}").scalar() == value
    assert evidence.verify(case_id) == []


def test_settle_copies_what_an_import_left_in_the_wal(cases: CaseService) -> None:
    evidence = EvidenceService(cases, max_bytes=16 * MIB)
    case_id = _case(cases)
    path = cases.case_file.path
    evidence.settle()  # nothing due: nothing happens
    before = path.stat().st_size
    result = evidence.add_sources(case_id, _sources(3, MIB), Intake("export"))  # type: ignore[arg-type]
    assert len(result.added) == 3
    assert path.stat().st_size - before < MIB
    assert cases.case_file.checkpoint_due
    evidence.settle()
    assert not cases.case_file.checkpoint_due
    assert path.stat().st_size - before >= 3 * MIB
    assert [row.number for row in evidence.items(case_id)] == ["B-001", "B-002", "B-003"]
    assert evidence.verify(case_id) == []
