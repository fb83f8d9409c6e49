"""Revision 0010: conversations written before it keep everything and read as before."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from adviser_desk.services import case_file_service as svc
from adviser_desk.storage import kdf, migrate
from tests.conftest import PASSWORD


def test_an_older_conversation_gets_no_age_band_no_follow_up_and_may_tell_not_asked(
    case_dir: Path,
) -> None:
    service, _ = svc.create_case_file(case_dir / "old.adcase", PASSWORD, kdf.MINIMUM)
    service.confirm_recovery_key_stored()
    migrate.run_alembic(service.case.engine, "0009", downgrade=True)
    with service.case.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO cases (number, title, description, status, opened_on, "
                "incident_types, platforms, images, reach, police_report, police_report_by, "
                "escalation, may_tell, publicity, secrecy_statement, created_at, open_tasks) "
                "VALUES ('2026-001', 'Oud', '', 'open', '2026-11-01', '[]', '[]', 'unknown', "
                "'unknown', 'none', '', 'none', '[]', 'undecided', '', '2026-11-01 10:00:00', 0)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO interviews (case_id, with_role, held_at, place, present, language, "
                "status, agreements, wishes) VALUES (1, 'parent', '2026-11-02 09:00:00', "
                "'Kamer 2', '', 'nl', 'closed', 'Afgesproken.', '')"
            )
        )
    path = service.path
    service.close()

    upgraded = svc.unlock_with_password(path, PASSWORD)
    try:
        assert migrate.current_revision(upgraded.case.engine) == migrate.HEAD_REVISION
        with upgraded.case.reading() as session:
            row = session.execute(
                text("SELECT with_role, agreements, age_band, follow_up, may_tell FROM interviews")
            ).one()
        assert tuple(row) == ("parent", "Afgesproken.", "", "[]", None)
    finally:
        upgraded.close()
