"""What the audit chain proves against someone holding the raw key: only the chain heads
printed earlier can tell a rewritten history (the README's "honest claims")."""

from __future__ import annotations

import json
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from adviser_desk.domain import audit
from adviser_desk.services import case_file_service as svc
from adviser_desk.storage import audit_log, kdf
from tests.conftest import PASSWORD
from tests.faults.common import cli


def rewrite_history(path: Path, raw_hex: str, seq: int) -> None:
    """What a key holder can do: drop the guards, change an event, recompute every hash."""
    conn = sqlcipher.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{raw_hex}'\"")
    conn.execute("PRAGMA cipher_page_size = 16384")  # new files
    conn.execute("PRAGMA cipher_hmac_algorithm = HMAC_SHA256")
    conn.execute("DROP TRIGGER audit_events_no_update")
    rows = conn.execute(
        "SELECT seq, at, actor, action, subject, details, prev_hash FROM audit_events "
        "WHERE seq >= ? ORDER BY seq",
        (seq - 1,),
    ).fetchall()
    prev = conn.execute("SELECT hash FROM audit_events WHERE seq = ?", (seq - 1,)).fetchone()[0]
    for number, at, actor, action, subject, details, _prev in rows[1:]:
        if number == seq:
            subject = "rewritten"
        digest = audit.event_hash(number, at, actor, action, subject, json.loads(details), prev)
        conn.execute(
            "UPDATE audit_events SET subject = ?, prev_hash = ?, hash = ? WHERE seq = ?",
            (subject, prev, digest, number),
        )
        prev = digest
    conn.close()


def test_a_rewritten_history_passes_the_chain_check_but_not_an_earlier_head(
    case_dir: Path,
) -> None:
    service, _ = svc.create_case_file(case_dir / "h.adcase", PASSWORD, kdf.MINIMUM)
    for n in range(5):
        with service.case.transaction() as session:
            audit_log.append(session, "adviser", "note.added", f"n{n}")
    printed = service.info().chain_head  # as on a report handed to the police
    raw = service.case.raw_key.hex()
    service.close()
    ok = cli("verify", str(case_dir / "h.adcase"), "--password-stdin", "--chain-head", printed)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert f"chain head {printed}: found" in ok.stdout
    short = cli("verify", str(case_dir / "h.adcase"), "--password-stdin",
                "--chain-head", printed[:20])  # fmt: skip
    assert short.returncode == 0 and "found at event" in short.stdout

    rewrite_history(case_dir / "h.adcase", raw, 3)
    after = cli("verify", str(case_dir / "h.adcase"), "--password-stdin", "--chain-head", printed)
    # The chain itself is consistent again: only the earlier head shows the rewrite.
    assert "audit chain: OK" in after.stdout, after.stdout
    assert after.returncode == 1
    assert f"chain head {printed}: NOT FOUND" in after.stdout
