"""Revision 0014: "Where it is" of an image not kept gets its own column, apart from who
provided it (walk 6, W6-4)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PIL import Image

from adviser_desk.domain import cases as dc
from adviser_desk.services import case_file_service as svc
from adviser_desk.services import evidence_export as evx
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.evidence_service import EvidenceService
from adviser_desk.services.protocol_data import protocol
from adviser_desk.storage import kdf, migrate
from tests.conftest import PASSWORD


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 60, 90)).save(buffer, "PNG")
    return buffer.getvalue()


def test_where_moves_out_of_source_only_where_it_was_all_source_held(
    case_dir: Path, tmp_path: Path
) -> None:
    service, _ = svc.create_case_file(case_dir / "old.adcase", PASSWORD, kdf.MINIMUM)
    service.confirm_recovery_key_stored()
    cases = CaseService(service.case, protocol(), "en")
    evidence = EvidenceService(cases)
    case_id = cases.create_case(
        dc.CaseDraft(title="Oud", incident_types=[dc.IncidentType.EXPOSING])
    )
    described = evidence.record_withheld(
        case_id, "ab" * 32, "foto.jpg", "Naaktfoto", "Snapchat 3B", "mentor"
    )
    stored = evidence.add_bytes(
        case_id, _png(), "goed.png", "Chat", "door Sanne getoond", minor_sexual=False
    )
    evidence.withhold_stored(stored.item_id)
    # Written as before 0014: "Where it is" of the item described at intake in ``source``.
    migrate.run_alembic(service.case.engine, "0013", downgrade=True)
    with service.case.engine.begin() as connection:
        rows = connection.exec_driver_sql(
            "SELECT number, source, seen_by FROM evidence_items ORDER BY number"
        ).all()
    assert [tuple(r) for r in rows] == [
        ("B-001", "Snapchat 3B", "mentor"),
        ("B-002", "door Sanne getoond", ""),
    ]
    path = service.path
    service.close()

    upgraded = svc.unlock_with_password(path, PASSWORD)
    try:
        assert migrate.current_revision(upgraded.case.engine) == migrate.HEAD_REVISION
        evidence = EvidenceService(CaseService(upgraded.case, protocol(), "en"))
        rows_after = {r.number: r for r in evidence.items(case_id)}
        # Described at intake: what ``source`` held was where it is.
        first = rows_after[described.number]
        assert (first.location, first.source, first.seen_by) == ("Snapchat 3B", "", "mentor")
        # Stored, then removed: ``source`` is still who provided it, and stays so.
        second = rows_after[stored.number]
        assert (second.location, second.source) == ("", "door Sanne getoond")
        # The police package names both, each in its own column.
        stick = tmp_path / "usb"
        stick.mkdir()
        folder = evx.export_package(evidence, case_id, stick, "Agent", lambda c, t: t)
        with open(folder / "manifest.csv", encoding="utf-8") as handle:
            manifest = {row["number"]: row for row in csv.DictReader(handle)}
        assert manifest["B-001"]["where_it_is"] == "Snapchat 3B"
        assert manifest["B-001"]["seen_by"] == "mentor"
        assert manifest["B-002"]["source"] == "door Sanne getoond"
        assert manifest["B-002"]["where_it_is"] == ""
    finally:
        upgraded.close()
