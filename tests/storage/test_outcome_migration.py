"""Revision 0013: cases written before it, closed ones too, read as "outcome not recorded"."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from adviser_desk.services import case_file_service as svc
from adviser_desk.storage import kdf, migrate
from tests.conftest import PASSWORD


def test_an_older_closed_case_gets_outcome_not_recorded(case_dir: Path) -> None:
    service, _ = svc.create_case_file(case_dir / "old.adcase", PASSWORD, kdf.MINIMUM)
    service.confirm_recovery_key_stored()
    migrate.run_alembic(service.case.engine, "0012", downgrade=True)
    assert migrate.current_revision(service.case.engine) == "0012"
    with service.case.engine.begin() as connection:
        columns = {row[1] for row in connection.execute(text("PRAGMA table_info(cases)"))}
        assert "outcome" not in columns
        connection.execute(
            text(
                "INSERT INTO cases (number, title, description, status, opened_on, closed_on, "
                "incident_types, platforms, images, reach, police_report, police_report_by, "
                "escalation, may_tell, publicity, secrecy_statement, created_at, open_tasks) "
                "VALUES ('2026-001', 'Oud', '', 'closed', '2026-03-01', '2026-04-01', "
                "'[\"exposing\"]', '[]', 'unknown', 'unknown', 'none', '', 'none', '[]', "
                "'undecided', '', '2026-03-01 10:00:00', 0)"
            )
        )
    path = service.path
    service.close()

    upgraded = svc.unlock_with_password(path, PASSWORD)
    try:
        assert migrate.current_revision(upgraded.case.engine) == migrate.HEAD_REVISION
        with upgraded.case.reading() as session:
            row = session.execute(text("SELECT title, status, outcome FROM cases")).one()
        assert tuple(row) == ("Oud", "closed", "not_recorded")
    finally:
        upgraded.close()
