"""The audit chain in the database, and schema upgrades with a safety copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from adviser_desk.services import case_file_service as svc
from adviser_desk.storage import audit_log, casefile, kdf, migrate
from adviser_desk.storage.models import Profile
from tests.conftest import PASSWORD


def test_events_link_to_each_other_and_verify(new_case: tuple[svc.CaseFileService, str]) -> None:
    service, _ = new_case
    with service.case.transaction() as session:
        for i in range(5):
            audit_log.append(session, "tester", "note.added", f"n{i}", {"i": i, "naam": "Zoë"})
    rows = service.audit_rows()
    assert [r.seq for r in rows] == list(range(1, len(rows) + 1))
    report = service.verify()
    assert report.ok and report.chain is not None and report.chain.events == len(rows)
    assert report.chain.head == rows[-1].hash == service.info().chain_head


def test_a_failed_transaction_leaves_neither_data_nor_event(
    new_case: tuple[svc.CaseFileService, str],
) -> None:
    service, _ = new_case
    before = len(service.audit_rows())
    with pytest.raises(RuntimeError), service.case.transaction() as session:
        session.get(Profile, 1).school_name = "half-written"  # type: ignore[union-attr]
        audit_log.append(session, "tester", "profile.updated")
        raise RuntimeError("power cut in the middle")
    assert len(service.audit_rows()) == before
    assert service.info().school_name == ""


def test_history_cannot_be_edited_or_deleted_through_sql(
    new_case: tuple[svc.CaseFileService, str],
) -> None:
    service, _ = new_case
    for statement in (
        "UPDATE audit_events SET actor = 'someone else'",
        "DELETE FROM audit_events",
    ):
        with pytest.raises(IntegrityError), service.case.transaction() as session:
            session.execute(text(statement))
    assert service.verify().ok


def test_tampering_by_someone_with_the_key_is_found_at_the_first_broken_link(
    new_case: tuple[svc.CaseFileService, str],
) -> None:
    service, _ = new_case
    with service.case.transaction() as session:
        for i in range(4):
            audit_log.append(session, "tester", "note.added", f"n{i}")
    with service.case.transaction() as session:
        session.execute(text("DROP TRIGGER audit_events_no_update"))
        session.execute(text("UPDATE audit_events SET subject = 'forged' WHERE seq = 3"))
    report = service.verify()
    assert not report.ok
    assert report.chain is not None and report.chain.broken_at == 3
    assert "BROKEN at event 3" in "\n".join(report.lines())


def test_an_older_file_is_copied_before_it_is_upgraded(case_dir: Path) -> None:
    service, recovery = svc.create_case_file(case_dir / "old.adcase", PASSWORD, kdf.MINIMUM)
    with service.case.transaction() as session:
        audit_log.append(session, "tester", "note.added", "before upgrade")
    migrate.run_alembic(service.case.engine, "0001", downgrade=True)
    assert migrate.current_revision(service.case.engine) == "0001"
    path = service.path
    service.close()

    upgraded = svc.unlock_with_password(path, PASSWORD)
    try:
        copy = upgraded.case.safety_copy
        assert copy is not None and copy.exists() and copy.parent == path.parent
        assert migrate.current_revision(upgraded.case.engine) == migrate.HEAD_REVISION
        assert any(r.subject == "before upgrade" for r in upgraded.audit_rows())
        raw = upgraded.case.raw_key
    finally:
        upgraded.close()
    old = casefile.open_with_raw_key(copy, raw)  # the copy is encrypted with the same key
    try:
        assert migrate.current_revision(old.engine) == migrate.HEAD_REVISION  # opened = upgraded
    finally:
        old.close()
    by_recovery = svc.unlock_with_recovery_key(copy, recovery.formatted())
    assert by_recovery.case.needs_new_password  # the copy has no key-slot file beside it
    by_recovery.close()


def test_head_revision_constant_matches_the_migration_scripts() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(migrate.MIGRATIONS_DIR))
    assert ScriptDirectory.from_config(config).get_current_head() == migrate.HEAD_REVISION


def test_upgrading_moves_thumbnails_to_their_own_table_and_prints_to_the_log(
    case_dir: Path,
) -> None:
    """Revision 0008 on a file written by 0007: the thumbnail kept in the original's row and
    the per-item "printed" lines of two prints become their own rows; nothing is lost."""
    from adviser_desk.services.case_service import CaseService
    from adviser_desk.services.evidence_service import EvidenceService
    from adviser_desk.services.protocol_data import protocol

    service, _ = svc.create_case_file(case_dir / "old.adcase", PASSWORD, kdf.MINIMUM)
    migrate.run_alembic(service.case.engine, "0007", downgrade=True)
    with service.case.transaction() as session:
        session.execute(
            text(
                "INSERT INTO cases (number, title, description, status, opened_on, incident_types,"
                " platforms, images, reach, police_report, police_report_by, escalation, may_tell,"
                " publicity, secrecy_statement, created_at, open_tasks) VALUES ('2026-001', 'Oud',"
                " '', 'open', '2026-01-01', '[]', '[]', 'unknown', 'unknown', 'none', '', 'none',"
                " '[]', 'undecided', '', '2026-01-01 10:00:00', 0)"
            )
        )
        session.execute(
            text(
                "INSERT INTO evidence_blobs (sha256, size, data, thumbnail) "
                "VALUES ('a' || hex(zeroblob(31)), 3, x'010203', x'ffd8ffe0')"
            )
        )
        for number in ("B-001", "B-002"):
            session.execute(
                text(
                    "INSERT INTO evidence_items (case_id, number, kind, recorded_at, collector, "
                    "app_version, sha256, stored) VALUES (1, :n, 'image', '2026-01-01 10:00:00', "
                    "'tester', 'x', 'a' || hex(zeroblob(31)), 1)"
                ),
                {"n": number},
            )
        for item_id in (1, 2):
            for at, note in (("10:01", "11" * 32), ("10:02", "22" * 32), ("10:03", "")):
                action = "printed" if note else "handed_over"
                session.execute(
                    text(
                        "INSERT INTO custody_events (item_id, at, action, actor, receiver, note) "
                        "VALUES (:i, :at, :a, 'tester', '', :n)"
                    ),
                    {
                        "i": item_id,
                        "at": f"2026-01-01 {at}:00",
                        "a": action,
                        "n": f"evidence log sha256 {note}" if note else "",
                    },
                )
    service.close()
    upgraded = svc.unlock_with_password(case_dir / "old.adcase", PASSWORD)
    try:
        assert upgraded.case.safety_copy is not None
        evidence = EvidenceService(CaseService(upgraded.case, protocol(), "en"))
        # The upgrade leaves the table empty (copying walked every original); the list fills
        # it from the old column in the background.
        assert evidence.thumbnails(1) == {}
        assert evidence.make_missing_thumbnails(1) == 1
        assert evidence.thumbnails(1) == {1: b"\xff\xd8\xff\xe0", 2: b"\xff\xd8\xff\xe0"}
        with upgraded.case.transaction() as session:
            prints = session.execute(
                text("SELECT case_id, sha256, items FROM evidence_log_prints ORDER BY at")
            ).all()
            columns = [r[1] for r in session.execute(text("PRAGMA table_info(evidence_blobs)"))]
        assert prints == [(1, "11" * 32, 2), (1, "22" * 32, 2)]
        assert "thumbnail" in columns  # left in place, unused: dropping it rewrites every row
        for item in evidence.items(1):
            assert [event[1] for event in item.custody] == ["handed_over"]
    finally:
        upgraded.close()
        if upgraded.case.safety_copy is not None:
            upgraded.case.safety_copy.unlink()


def _old_file_with_screenshots(case_dir: Path, revision: str) -> tuple[Path, list[str]]:
    """A case file as an older version wrote it: real PNG screenshots whose (PNG) thumbnails
    live in the original's row, then downgraded to ``revision``. Each old thumbnail is a
    green image of its own size, so a test can tell it from one made from the original."""
    import io

    from PIL import Image

    from adviser_desk.domain import cases as dc
    from adviser_desk.services.case_service import CaseService
    from adviser_desk.services.evidence_service import EvidenceService
    from adviser_desk.services.protocol_data import protocol

    service, _ = svc.create_case_file(case_dir / "old.adcase", PASSWORD, kdf.MINIMUM)
    cases = CaseService(service.case, protocol(), "en")
    evidence = EvidenceService(cases)
    case_id = cases.create_case(dc.CaseDraft(title="Oud", incident_types=[dc.IncidentType.THREATS]))
    digests = []
    for i in range(3):
        out = io.BytesIO()
        Image.new("RGB", (300 + i, 200), (200, 30, 30)).save(out, format="PNG")
        evidence.add_bytes(case_id, out.getvalue(), f"shot {i}.png", description=f"shot {i}")
    evidence.make_missing_thumbnails(case_id)
    for row in evidence.items(case_id):
        assert row.sha256 is not None
        digests.append(row.sha256)
    migrate.run_alembic(service.case.engine, revision, downgrade=True)
    with service.case.transaction() as session:
        for i, digest in enumerate(digests):
            old = io.BytesIO()
            Image.new("RGB", (40 + i, 30), (0, 160, 0)).save(old, format="PNG")
            session.execute(
                text("UPDATE evidence_blobs SET thumbnail = :t WHERE sha256 = :d"),
                {"t": old.getvalue(), "d": digest},
            )
    path = service.path
    service.close()
    return path, digests


def test_upgrading_a_real_older_file_reports_progress_and_makes_thumbnails_later(
    case_dir: Path,
) -> None:
    import io

    from PIL import Image

    from adviser_desk.services.case_service import CaseService
    from adviser_desk.services.evidence_service import EvidenceService
    from adviser_desk.services.protocol_data import protocol

    path, digests = _old_file_with_screenshots(case_dir, "0007")
    seen: list[tuple[int, int]] = []
    upgraded = svc.unlock_with_password(path, PASSWORD, lambda d, t: seen.append((d, t)))
    try:
        assert upgraded.case.safety_copy is not None and upgraded.case.safety_copy.exists()
        assert migrate.current_revision(upgraded.case.engine) == migrate.HEAD_REVISION
        determinate = [(d, t) for d, t in seen if t]
        assert determinate[0] == (0, migrate.PROGRESS_TOTAL)
        assert determinate[-1] == (migrate.PROGRESS_TOTAL, migrate.PROGRESS_TOTAL)
        done = [d for d, _ in determinate]
        assert done == sorted(done)  # never back
        assert (0, 0) in seen  # busy while the safety copy is checked
        evidence = EvidenceService(CaseService(upgraded.case, protocol(), "en"))
        assert evidence.thumbnails(1) == {}  # made after the upgrade, not during it
        batches: list[tuple[int, int]] = []
        assert evidence.make_missing_thumbnails(1, batch_done=lambda d, t: batches.append((d, t)))
        assert batches[-1] == (3, 3)
        thumbs = evidence.thumbnails(1)
        assert len(thumbs) == 3
        for item_id, data in thumbs.items():
            assert data[:2] == b"\xff\xd8"  # redone as JPEG
            image = Image.open(io.BytesIO(data))
            # From the small old thumbnail (green, its own size), not from the red original.
            assert image.size == (40 + item_id - 1, 30)
            assert image.convert("RGB").getpixel((5, 5))[1] > 120
        assert evidence.missing_thumbnails(1) == []
        assert set(digests) == {r.sha256 for r in evidence.items(1)}
    finally:
        upgraded.close()
    # Opening again is quick and quiet: nothing to upgrade, no progress reported.
    seen.clear()
    again = svc.unlock_with_password(path, PASSWORD, lambda d, t: seen.append((d, t)))
    assert again.case.safety_copy is None and seen == []
    again.close()


@pytest.mark.parametrize("when", ["copying", "between revisions"])
def test_a_cancelled_upgrade_leaves_the_file_as_it_was(case_dir: Path, when: str) -> None:
    from adviser_desk.domain.errors import Cancelled

    path, _ = _old_file_with_screenshots(case_dir, "0006")  # two revisions to go
    before = path.read_bytes()
    progress: list[int] = []

    def cancelled() -> bool:
        if when == "copying":
            return True
        return bool(progress) and progress[-1] > migrate.COPY_SHARE  # after the first revision

    with pytest.raises(Cancelled):
        svc.unlock_with_password(path, PASSWORD, lambda d, _t: progress.append(d), cancelled)
    if when == "between revisions":
        assert migrate.COPY_SHARE < progress[-1] < migrate.PROGRESS_TOTAL  # one of two done
    assert list(case_dir.glob("*before-upgrade*")) == []  # no copy left behind
    upgraded = svc.unlock_with_password(path, PASSWORD)  # not locked, and still the old version
    try:
        assert upgraded.case.safety_copy is not None
        assert "0006" in upgraded.case.safety_copy.name
        assert migrate.current_revision(upgraded.case.engine) == migrate.HEAD_REVISION
    finally:
        upgraded.close()
    assert before[:16] == path.read_bytes()[:16]
