"""A stored image that may be a sexual image of a minor stops being kept (walk W21): found by
its SHA-256 when the same file is added again answered "yes, or not sure", and its original
(with its thumbnail, and every stored copy in any case) removed so no byte of it stays in the
file; the item stays as a record of an image deliberately not kept."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from adviser_desk.domain import cases as dc
from adviser_desk.domain import evidence as de
from adviser_desk.domain.timeline import render
from adviser_desk.services import evidence_export as evx
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.evidence_intake import Intake
from adviser_desk.services.evidence_service import EvidenceError, EvidenceService
from adviser_desk.storage import audit_log
from tests.storage.pages import decrypted_pages

MARKER = b"W21-STORED-ORIGINAL-MARKER"


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (120, 90), (30, 160, 200)).save(buffer, "PNG")
    return buffer.getvalue() + MARKER * 8  # a trace to look for in the pages afterwards


def test_the_same_file_answered_yes_finds_the_stored_copies_and_they_are_removed(
    cases: CaseService, tmp_path: Path
) -> None:
    evidence = EvidenceService(cases)
    exposing = cases.create_case(
        dc.CaseDraft(title="Beeld rondgestuurd", incident_types=[dc.IncidentType.EXPOSING])
    )
    other = cases.create_case(
        dc.CaseDraft(title="Pesten in de klas", incident_types=[dc.IncidentType.CYBERBULLYING])
    )
    data = _png()
    path = tmp_path / "chat-screenshot.png"
    path.write_bytes(data)
    first = evidence.add_bytes(
        exposing, data, path.name, "Screenshot van de chat", "Telefoon leerling", minor_sexual=False
    )
    elsewhere = evidence.add_bytes(other, data, path.name, "Zelfde screenshot")
    evidence.make_missing_thumbnails(exposing)
    thumbnail = evidence.thumbnails(exposing)[first.item_id]
    assert thumbnail and first.stored and elsewhere.stored
    raw = cases.case_file.raw_key
    cases.case_file.engine.dispose()  # the last connection's close writes the WAL in
    before = decrypted_pages(cases.case_file.path, raw)
    assert MARKER in before and thumbnail[64:128] in before  # so the check at the end means it
    # Later: the same file, answered "yes, or not sure".
    result = evidence.add_files(
        exposing,
        [path],
        Intake("Zelfde beeld", minor_sexual=True, where="Snapchat 3B", seen_by="mentor"),
    )
    assert result.added == ["B-002"]
    copies = evidence.stored_copies_of_withheld(exposing, result.added)
    assert [(c.case_number, c.number, c.item_id) for c in copies] == [
        (cases.get_case(exposing).number, "B-001", first.item_id),
        (cases.get_case(other).number, "B-001", elsewhere.item_id),
    ]
    assert {c.original_name for c in copies} == {"chat-screenshot.png"}

    changed = evidence.withhold_stored(
        first.item_id, where="Snapchat 3B", seen_by="mentor", at_intake=True
    )
    assert sorted(c.item_id for c in changed) == sorted([first.item_id, elsewhere.item_id])
    # Each case's timeline says why its original went (walk I, finding 28).
    for case_id in (exposing, other):
        lines = [render(r.kind, r.details) for r in cases.timeline(case_id)]
        why = [line for line in lines if line.startswith("Stored original of B-001 removed")]
        assert len(why) == 1 and "the same file was added again and " in why[0], lines
    assert evidence.stored_copies([first.sha256 or ""]) == []
    row = next(r for r in evidence.items(exposing) if r.item_id == first.item_id)
    assert row.kind == de.EvidenceKind.WITHHELD and not row.stored
    assert row.description == "Screenshot van de chat" and row.sha256 == first.sha256
    assert row.location == "Snapchat 3B" and row.seen_by == "mentor"
    assert row.original_name == "chat-screenshot.png" and row.size is None
    assert evidence.original(first.item_id) == b"" and evidence.original(elsewhere.item_id) == b""
    assert evidence.thumbnails(exposing) == {} and evidence.thumbnails(other) == {}
    with pytest.raises(EvidenceError):  # nothing left to remove: said, nothing changed
        evidence.withhold_stored(first.item_id)
    # The audit chain says it, per case; the custody of each item too.
    with cases.case_file.reading() as session:
        audit = [r for r in audit_log.records(session) if r.action == "evidence.original_removed"]
    assert sorted(r.details["numbers"] for r in audit) == ["B-001", "B-001"]
    assert {r.details["sha256"] for r in audit} == {first.sha256}
    # The police package and its log: no original, the item as deliberately not kept.
    (tmp_path / "stick").mkdir()
    folder = evx.export_package(evidence, exposing, tmp_path / "stick", "Agent", lambda _c, t: t)
    files = sorted(p.name for p in folder.iterdir())
    assert not any(name.startswith("B-001") or name.startswith("B-002") for name in files)
    for file in folder.iterdir():
        assert MARKER not in file.read_bytes() and thumbnail not in file.read_bytes()
    log = next(p for p in folder.iterdir() if p.suffix == ".pdf")
    text = "".join(page.extract_text() for page in PdfReader(log).pages).replace("\n", " ")
    assert "Deliberately not kept" in text
    assert "stored original removed" in text
    # No byte of the original or its thumbnail is left in the file's decrypted pages.
    cases.case_file.engine.dispose()
    pages = decrypted_pages(cases.case_file.path, raw)
    assert MARKER not in pages
    assert thumbnail[64:128] not in pages
