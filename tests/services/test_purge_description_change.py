"""A description corrected at removal leaves no text behind when its case is purged (walk L,
finding 14).

Its old and new texts live in the item and in the case's own history (the timeline line, the
evidence log's chain of custody), all deleted with the case; the audit chain, which stays,
holds only the item's number. Read back from the raw SQLCipher file with plain sqlcipher3
and the raw key: the audit table, the case tables (every table, the search index's too) and
every page in clear, free pages included.
"""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

from PIL import Image
from sqlcipher3 import dbapi2 as sqlcipher

from adviser_desk.domain import cases as dc
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.evidence_service import EvidenceService
from adviser_desk.services.protocol_data import protocol
from adviser_desk.services.retention_service import purge_case
from adviser_desk.storage import engine
from tests.conftest import PASSWORD, opened_copy
from tests.storage.pages import decrypted_pages

OLD = "groepsfoto Wq8oudtekst klas"
NEW = "naaktfoto van Noor Wq8nieuwtekst (2B)"
WORDS = ("Wq8oudtekst", "Wq8nieuwtekst")


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (120, 20, 60)).save(buffer, "PNG")
    return buffer.getvalue()


def _tables(path: Path, raw_key: bytes) -> dict[str, str]:
    """Every table of the file, its rows as text, read with plain SQLCipher 4."""
    page_format = engine.format_of(path, raw_key)
    conn = sqlcipher.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{raw_key.hex()}'\"")
        conn.execute(f"PRAGMA cipher_page_size = {page_format.page_size}")
        conn.execute(f"PRAGMA cipher_hmac_algorithm = {page_format.hmac_algorithm}")
        names = [
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        return {
            name: repr(conn.execute(f'SELECT * FROM "{name}"').fetchall())  # noqa: S608
            for name in names
        }
    finally:
        conn.close()


def test_a_purge_leaves_neither_text_of_a_corrected_description(case_dir: Path) -> None:
    service, _ = opened_copy(case_dir / "Zaken.adcase")
    cases = CaseService(service.case, protocol(), "nl")
    evidence = EvidenceService(cases)
    opened = date(2023, 2, 1)
    case_id = cases.create_case(
        dc.CaseDraft(title="Oude zaak", incident_types=[dc.IncidentType.OTHER], opened_on=opened),
        today=opened,
    )
    item = evidence.add_bytes(case_id, _png(), "photo.png", OLD)
    evidence.withhold_stored(item.item_id, where="groepsapp", seen_by="mentor", description=NEW)
    draft = cases.get_case(case_id).draft
    draft.status = dc.CaseStatus.CLOSED
    cases.update_case(case_id, draft, today=date(2023, 3, 1))
    raw = service.case.raw_key
    path = service.case.path

    # Before: the item, the case's history and the search index hold the texts; the chain
    # only the number. (So the checks after the purge look where the texts really were.)
    service.close()
    before = _tables(path, raw)
    assert NEW in before["evidence_items"]
    assert OLD in before["case_events"] and NEW in before["case_events"]
    changed = [r for r in before["audit_events"].split("), (") if "description_changed" in r]
    assert len(changed) == 1 and json.dumps({"number": item.number}) in changed[0], changed
    assert all(word.encode() in decrypted_pages(path, raw) for word in WORDS)

    service = svc.unlock_with_password(path, PASSWORD)
    cases = CaseService(service.case, protocol(), "nl")
    counts = purge_case(cases, case_id, date(2026, 12, 5))
    assert counts["evidence"] == 1 and counts["timeline"] >= 3
    service.close()

    after = _tables(path, raw)
    assert "case.purged" in after["audit_events"]
    assert "evidence.description_changed" in after["audit_events"]  # the chain keeps its event
    leaks = {name: word for name, rows in after.items() for word in WORDS if word in rows}
    assert leaks == {}
    assert "Oude zaak" not in after["cases"] and after["case_events"] == "[]"
    pages = decrypted_pages(path, raw)
    assert [word for word in WORDS if word.encode() in pages] == []
