from dataclasses import replace
from datetime import UTC, datetime, timedelta

from adviser_desk.domain.audit import GENESIS_HASH, AuditRecord, seal, verify_chain


def make_chain(n: int) -> list[AuditRecord]:
    records: list[AuditRecord] = []
    prev = GENESIS_HASH
    start = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
    for i in range(1, n + 1):
        record = seal(i, start + timedelta(minutes=i), "adviser", "test", f"s{i}", {"i": i}, prev)
        records.append(record)
        prev = record.hash
    return records


def test_an_untouched_chain_verifies_and_reports_its_head() -> None:
    chain = make_chain(5)
    report = verify_chain(chain)
    assert report.intact
    assert report.events == 5
    assert report.head == chain[-1].hash


def test_an_empty_chain_is_intact_with_the_genesis_head() -> None:
    report = verify_chain([])
    assert report.intact and report.head == GENESIS_HASH


def test_edited_details_break_the_chain_at_that_event() -> None:
    chain = make_chain(5)
    chain[2] = replace(chain[2], details={"i": 99})
    report = verify_chain(chain)
    assert report.broken_at == 3
    assert report.events == 2
    assert "altered" in report.reason


def test_a_removed_event_is_reported_as_a_gap() -> None:
    chain = make_chain(5)
    del chain[1]
    report = verify_chain(chain)
    assert report.broken_at == 3 and report.reason == "sequence gap"


def test_a_rehashed_forgery_still_breaks_the_next_link() -> None:
    chain = make_chain(4)
    forged = seal(2, datetime.now(UTC), "someone", "test", "s2", {"i": 2}, chain[0].hash)
    chain[1] = forged
    report = verify_chain(chain)
    assert report.broken_at == 3
    assert report.reason == "previous hash does not match"


def test_hash_does_not_depend_on_how_the_time_was_given() -> None:
    aware = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    naive = datetime(2026, 1, 1, 12, 0)
    a = seal(1, aware, "a", "b", "c", {}, GENESIS_HASH)
    b = seal(1, naive, "a", "b", "c", {}, GENESIS_HASH)
    assert a.hash == b.hash and a.at == "2026-01-01T12:00:00.000000Z"
