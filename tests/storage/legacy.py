"""Case files as versions before issue 15 made them: SQLCipher's 4 KiB pages, made through the
real creation path with the storage layer's page size set back to 4 KiB."""

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
    folder: Path, blobs: int = 8, blob_bytes: int = 262144, remember: bool = False
) -> tuple[Path, bytes, RecoveryKey]:
    """A 4 KiB-page case file with one case, an audit chain and ``blobs`` incompressible rows;
    returns its path, raw key and recovery key."""
    path = folder / "Oud.adcase"
    with mock.patch.object(engine, "PAGE_SIZE", engine.LEGACY_PAGE_SIZE):
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
    assert engine.page_size_of(path, raw_key) == engine.LEGACY_PAGE_SIZE
    return path, raw_key, recovery
