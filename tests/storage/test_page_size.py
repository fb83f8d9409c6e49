"""16 KiB pages with HMAC-SHA256 for new case files: plain SQLCipher 4 opens them with the
exported key and the two documented pragmas, and case files made with SQLCipher's defaults
(4 KiB pages, HMAC-SHA512) still open with every key slot (and are converted when unlocked)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text
from sqlcipher3 import dbapi2 as sqlcipher

from adviser_desk.services import case_file_service as svc
from adviser_desk.storage import audit_log, engine, kdf, keys
from tests.conftest import PASSWORD


def _plain(
    path: Path, key_hex: str, page_size: int, mac: str = "HMAC_SHA256"
) -> sqlcipher.Connection:
    """Plain SQLCipher 4 through the sqlcipher3 module, as the README tells a tool to do."""
    conn = sqlcipher.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key_hex}'\"")
    conn.execute(f"PRAGMA cipher_page_size = {page_size}")
    conn.execute(f"PRAGMA cipher_hmac_algorithm = {mac}")
    return conn


def _opens(conn: sqlcipher.Connection) -> bool:
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher.DatabaseError:
        return False
    finally:
        conn.close()


def test_a_new_case_file_has_16_kib_pages_and_plain_sqlcipher_opens_it(case_dir: Path) -> None:
    path = case_dir / "Zaken.adcase"
    service, _ = svc.create_case_file(path, PASSWORD, kdf.MINIMUM)
    try:
        with service.case.transaction() as session:
            audit_log.append(session, "tester", "note.added", "n1", {"text": "zichtbaar"})
        key_hex = service.raw_key_hex()
    finally:
        service.close()
    assert engine.format_of(path, bytes.fromhex(key_hex)) == engine.PageFormat(16384, "HMAC_SHA256")
    assert path.stat().st_size % 16384 == 0
    conn = _plain(path, key_hex, 16384)
    try:
        assert int(conn.execute("PRAGMA page_size").fetchone()[0]) == 16384
        assert conn.execute("PRAGMA cipher_hmac_algorithm").fetchone()[0] == "HMAC_SHA256"
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        subjects = [row[0] for row in conn.execute("SELECT subject FROM audit_events")]
        assert "n1" in subjects
    finally:
        conn.close()
    # The README's full list of pragmas, in its order, opens it too.
    readme = sqlcipher.connect(str(path), isolation_level=None)
    try:
        for pragma in (
            f"key = \"x'{key_hex}'\"",
            "cipher_compatibility = 4",
            "cipher_kdf_algorithm = PBKDF2_HMAC_SHA512",
            "kdf_iter = 256000",
            "cipher_page_size = 16384",
            "cipher_hmac_algorithm = HMAC_SHA256",
        ):
            readme.execute(f"PRAGMA {pragma}")
        assert readme.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 10
    finally:
        readme.close()
    # Stating SQLCipher's default page size or MAC instead does not read it: the README must
    # say both.
    assert _opens(_plain(path, key_hex, 16384))
    assert not _opens(_plain(path, key_hex, 4096))
    assert not _opens(_plain(path, key_hex, 16384, "HMAC_SHA512"))


def _to_4_kib_pages(path: Path, raw_key: bytes) -> None:
    """Rewrites a case file as one made before issue 15: same key and salt, SQLCipher 4's
    defaults (4 KiB pages, HMAC-SHA512)."""
    salt = keys.read_salt(path)
    legacy = path.with_name("legacy.adcase")
    conn = _plain(path, raw_key.hex(), 16384)
    try:
        literal = keys.sqlcipher_key_literal(raw_key, salt)
        conn.execute(f"ATTACH DATABASE '{legacy}' AS legacy KEY {literal}")
        conn.execute("PRAGMA legacy.cipher_page_size = 4096")
        conn.execute("PRAGMA legacy.cipher_hmac_algorithm = HMAC_SHA512")
        conn.execute("SELECT sqlcipher_export('legacy')").fetchall()
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA legacy.user_version = {int(version)}")
        conn.execute("DETACH DATABASE legacy")
    finally:
        conn.close()
    legacy.replace(path)


def test_a_case_file_with_4_kib_pages_and_sha512_opens_with_password_and_recovery_key_converted(
    case_dir: Path,
) -> None:
    """Made with sqlcipher_export to 4 KiB pages (tests/storage/legacy.py makes one through the
    creation path instead, for tests/storage/test_repage.py): the unlock converts it."""
    path = case_dir / "Oud.adcase"
    service, recovery = svc.create_case_file(path, PASSWORD, kdf.MINIMUM)
    try:
        with service.case.transaction() as session:
            audit_log.append(session, "tester", "note.added", "oud", {"text": "x"})
        raw_key = bytes.fromhex(service.raw_key_hex())
    finally:
        service.close()
    _to_4_kib_pages(path, raw_key)
    assert engine.format_of(path, raw_key) == engine.PageFormat(4096, "HMAC_SHA512")
    plain = _plain(path, raw_key.hex(), 4096, "HMAC_SHA512")
    try:
        assert plain.execute("PRAGMA auto_vacuum").fetchone()[0] == 0
    finally:
        plain.close()
    service = svc.unlock_with_password(path, PASSWORD)
    try:
        assert "oud" in {row.subject for row in service.audit_rows()}
        assert service.page_size() == 16384  # converted when unlocked (storage/repage.py)
        assert service.hmac_algorithm() == "HMAC_SHA256"
        with service.case.reading() as session:
            # Made without auto-vacuum, converted with it, as new files have it.
            assert session.execute(text("PRAGMA auto_vacuum")).scalar() == 2
        assert service.verify().ok
    finally:
        service.close()
    assert engine.format_of(path, raw_key) == engine.FORMAT
    by_key = svc.unlock_with_recovery_key(path, recovery.formatted())
    try:
        assert "oud" in {row.subject for row in by_key.audit_rows()}
        assert by_key.open_notices() == []
    finally:
        by_key.close()
    # Converted with the same key and salt: plain SQLCipher 4 reads it with the documented
    # pragmas, and no longer with the old ones.
    assert _opens(_plain(path, raw_key.hex(), 16384))
    assert not _opens(_plain(path, raw_key.hex(), 4096, "HMAC_SHA512"))


def test_a_wrong_key_reads_as_the_legacy_format_and_opens_nothing(case_dir: Path) -> None:
    path = case_dir / "Zaken.adcase"
    service, _ = svc.create_case_file(path, PASSWORD, kdf.MINIMUM)
    service.close()
    assert engine.format_of(path, bytes(32)) == engine.LEGACY_FORMAT
