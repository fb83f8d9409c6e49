"""Case files as versions before issue 15 made them: SQLCipher's 4 KiB pages and HMAC-SHA512,
made through the real creation path with the storage layer's format for new files set back."""

from __future__ import annotations

from pathlib import Path
from unittest import mock

from sqlalchemy import text

from adviser_desk.domain import cases as dc
from adviser_desk.domain.recovery_key import RecoveryKey
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.session import CaseFileSession
from adviser_desk.storage import engine, kdf
from tests.conftest import PASSWORD


def legacy_case_file(
    folder: Path,
    blobs: int = 8,
    blob_bytes: int = 262144,
    remember: bool = False,
    page_format: engine.PageFormat = engine.LEGACY_FORMAT,
) -> tuple[Path, bytes, RecoveryKey]:
    """A case file in an older page format (by default 4 KiB pages with HMAC-SHA512; files made
    between the two changes had 16 KiB pages with HMAC-SHA512) with one case, an audit chain
    and ``blobs`` incompressible rows; returns its path, raw key and recovery key."""
    path = folder / "Oud.adcase"
    with mock.patch.object(engine, "FORMAT", page_format):
        service, recovery = svc.create_case_file(path, PASSWORD, kdf.MINIMUM, adviser_name="Anna")
        service.confirm_recovery_key_stored()  # printed long ago
        with CaseFileSession(service) as session:
            session.cases.create_case(
                dc.CaseDraft(title="Nepaccount", incident_types=[dc.IncidentType.OTHER])
            )
            with service.case.transaction() as db:
                db.execute(text("CREATE TABLE filler (n INTEGER PRIMARY KEY, data BLOB)"))
                for n in range(blobs):
                    db.execute(
                        text("INSERT INTO filler VALUES (:n, randomblob(:size))"),
                        {"n": n, "size": blob_bytes},
                    )
            if remember:
                service.remember_here()
            raw_key = bytes.fromhex(service.raw_key_hex())
    assert engine.format_of(path, raw_key) == page_format
    return path, raw_key, recovery
