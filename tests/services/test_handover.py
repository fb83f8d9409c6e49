"""Hand-over of cases between two real SQLCipher case files: everything moves, originals are
verified on arrival, both sides record it, the sender keeps a read-only case, and a failure
at any step leaves no half case anywhere."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from adviser_desk.domain import cases as dc
from adviser_desk.domain import evidence as de
from adviser_desk.domain import letters as dl
from adviser_desk.domain import meldcode as dm
from adviser_desk.domain.errors import Cancelled, KnownError
from adviser_desk.domain.interview_closing import Closing
from adviser_desk.services import case_file_service as svc
from adviser_desk.services import evidence_export, retention_service
from adviser_desk.services.case_views import PersonInput
from adviser_desk.services.demo import fill_demo
from adviser_desk.services.handed_over import CaseHandedOverError
from adviser_desk.services.handover import (
    AlreadyHandedOverError,
    ArrivalCheckFailedError,
    HandoverResult,
    SameCaseFileError,
)
from adviser_desk.services.session import CaseFileSession
from adviser_desk.services.texts import english
from adviser_desk.storage import audit_log, blobs, case_transfer, kdf, keyslots
from adviser_desk.storage.models import Base
from tests.conftest import PASSWORD
from tests.services.test_use_case_transactions import Refused, png_bytes, snapshot

TODAY = date(2026, 11, 22)


def open_session(path: Path, name: str) -> CaseFileSession:
    file, _ = svc.create_case_file(path, PASSWORD, kdf.MINIMUM, adviser_name=name)
    file.confirm_recovery_key_stored()
    return CaseFileSession(file)


def handed_over(
    source: CaseFileSession, case_ids: list[int], case_dir: Path, name: str = "Carla Visser"
) -> HandoverResult:
    """Hands ``case_ids`` over into a new case file of adviser ``name``, closed again."""
    target = open_session(case_dir / "Opvolger.adcase", name)
    try:
        return source.handover.hand_over(case_ids, target)
    finally:
        target.close()


def fill(session: CaseFileSession, screenshots: int = 5) -> dict[str, int]:
    """The demo's three cases plus everything else a case can hold: an interview (lines,
    ticks, closing), notes, a letter with a printed version, screenshots with thumbnails, a
    printed evidence log, a custody hand-over to the police."""
    ids = fill_demo(session.cases, TODAY)
    fake, exposing, sextortion = ids
    interviews = session.interviews
    interview = interviews.start(exposing, "victim")
    interviews.add_line(interview, "adviser", "Wat is er gebeurd?")
    interviews.add_line(interview, "student", "Ze sturen het door.")
    interviews.tick(interview, "no_secrecy")
    interviews.close(interview, Closing(agreements="Morgen verder", follow_up=["Mentor bellen"]))
    session.cases.add_note(exposing, "Gesproken met de mentor van 3B.")
    session.meldcode.save_step(exposing, dm.Entry(dm.Step.SIGNALS, TODAY, "Anna Jansen"), TODAY)
    letters = session.letters
    kind = letters.default_kind(exposing)
    draft = letters.draft(exposing, kind, "nl")
    version = letters.save_version(exposing, kind, "nl", draft.draft.html, True)
    letters.record_output(version.version_id, "printed", b"%PDF-1.7 letter")
    for index in range(screenshots):
        session.evidence.add_bytes(
            exposing, png_bytes(40 + index, 30), f"scherm{index}.png", minor_sexual=False
        )
    url = session.evidence.add_url(exposing, "https://example.org/foto-noor")
    session.evidence.report_takedown(
        url.item_id, de.TakedownChannel.PLATFORM, TODAY, recheck_on=TODAY + timedelta(days=2)
    )
    session.evidence.make_missing_thumbnails(exposing)
    evidence_export.record_printed(session.evidence, exposing, b"%PDF-1.7 log")
    session.evidence.record_handover(exposing, [], "Wijkagent De Boer", "bon 12")
    return {"fake": fake, "exposing": exposing, "sextortion": sextortion}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """One filled case file for the whole module (filling takes seconds); each test works
    on its own copy."""
    folder = tmp_path_factory.mktemp("template")
    session = open_session(folder / "Zaken.adcase", "Anna Jansen")
    try:
        ids = fill(session, screenshots=3)
    finally:
        session.close()
    return folder / "Zaken.adcase", ids


@pytest.fixture
def ids(template: tuple[Path, dict[str, int]]) -> dict[str, int]:
    return template[1]


@pytest.fixture
def source(template: tuple[Path, dict[str, int]], case_dir: Path) -> Iterator[CaseFileSession]:
    path = case_dir / "Zaken.adcase"
    for original in (template[0], keyslots.slot_file_path(template[0])):
        shutil.copyfile(original, case_dir / original.name)
    assert not template[0].with_name(template[0].name + "-wal").exists()  # closed cleanly
    session = CaseFileSession(svc.unlock_with_password(path, PASSWORD))
    yield session
    session.close()


@pytest.fixture
def colleague(case_dir: Path) -> Iterator[CaseFileSession]:
    session = open_session(case_dir / "Collega.adcase", "Bram de Wit")
    yield session
    session.close()


def case_rows(session: CaseFileSession, case_id: int) -> dict[str, int]:
    """How many rows of each of the case's tables belong to it (found the copy's way)."""
    with session.file.case.reading() as db:
        source_ids: dict[str, dict[int, int]] = {}
        counts: dict[str, int] = {}
        for owned in case_transfer.owned_tables():
            rows = list(case_transfer._owned_rows(db, owned, source_ids, [case_id]))
            source_ids[owned.table.name] = {row.id: row.id for row in rows}
            counts[owned.table.name] = len(rows)
        return counts


def custody(session: CaseFileSession, case_id: int) -> list[str]:
    with session.file.case.reading() as db:
        return list(
            db.scalars(
                text(
                    "SELECT c.action FROM custody_events c JOIN evidence_items i "
                    "ON i.id = c.item_id WHERE i.case_id = :c ORDER BY c.id"
                ),
                {"c": case_id},
            )
        )


def audit(session: CaseFileSession, action: str) -> list[audit_log.audit.AuditRecord]:
    with session.file.case.reading() as db:
        return [r for r in audit_log.records(db) if r.action == action]


def test_everything_of_a_case_moves_into_a_new_case_file_and_is_verified(
    source: CaseFileSession, ids: dict[str, int], case_dir: Path
) -> None:
    exposing = ids["exposing"]
    before = case_rows(source, exposing)
    assert all(before[name] for name in before), before  # the case holds every kind of row
    number = source.cases.get_case(exposing).number
    target = open_session(case_dir / "Opvolger.adcase", "")
    steps: list[tuple[int, int]] = []
    try:
        result = source.handover.hand_over(
            [exposing], target, "Carla Visser", progress=lambda d, t: steps.append((d, t))
        )
        assert [(c.number, c.new_number) for c in result.cases] == [(number, number)]
        assert result.files_verified == result.files_copied > 0
        assert steps[-1][0] == steps[-1][1] and steps == sorted(steps)
        new_id = target.cases.case_id_for_number(number)
        after = case_rows(target, new_id)
        # Every row of every table of the case arrived; custody got its arrival lines.
        for name, count in before.items():
            expected = count
            if name == "custody_events":
                with source.file.case.reading() as db:
                    items = db.scalar(
                        text("SELECT COUNT(*) FROM evidence_items WHERE case_id = :c"),
                        {"c": exposing},
                    )
                    stored = db.scalar(
                        text("SELECT COUNT(*) FROM evidence_items WHERE case_id = :c AND stored"),
                        {"c": exposing},
                    )
                expected = count + items + stored
            if name == "case_events":
                expected = count + 1
            assert after[name] == expected, name
        # The same originals, byte for byte, with their thumbnails.
        with source.file.case.reading() as db:
            digests = blobs.case_blobs(db, [exposing])
            thumbs = dict(db.execute(text("SELECT sha256, data FROM evidence_thumbnails")).all())
        with target.file.case.reading() as db:
            assert blobs.case_blobs(db, [new_id]) == digests
            for digest in digests:
                data = db.scalar(
                    text("SELECT data FROM evidence_blobs WHERE sha256 = :d"), {"d": digest}
                )
                assert hashlib.sha256(data).hexdigest() == digest
                assert (
                    db.scalar(
                        text("SELECT data FROM evidence_thumbnails WHERE sha256 = :d"),
                        {"d": digest},
                    )
                    == thumbs[digest]
                )
        # People, interview, letters and search work in the receiving file.
        detail = target.cases.get_case(new_id)
        assert {p.name for p in detail.people} >= {"Noor van Dijk"}
        assert target.cases.search("Noor")[0].case_id == new_id
        # Its evidence too, by web address (walk 7, W7-8).
        assert target.cases.matching_case_ids("foto-noor") == {new_id}
        # And by what the student said in its conversation.
        assert "Ze [sturen] het door." in target.cases.search("sturen")[0].snippets
        assert [i.status for i in target.interviews.list_for_case(new_id)] == ["closed"]
        assert target.letters.letters(new_id)
        assert target.evidence.verify(new_id) == []
        assert detail.transfer is not None and detail.transfer.received_from.startswith(
            "Anna Jansen (Zaken.adcase)"
        )
        # Custody on both sides, per item.
        assert custody(target, new_id).count("received") == before["evidence_items"]
        assert custody(source, exposing).count("handed_over") == 2 * before["evidence_items"]
        # Audit on both sides: each names the other's chain head.
        (received,) = audit(target, "case.received")
        (sent,) = audit(source, "case.handed_over")
        assert received.details["sender_chain_head"] == result.sender_head
        assert sent.details["receiver_chain_head"] == result.receiver_head == received.hash
        with source.file.case.reading() as db:
            assert db.scalar(
                text("SELECT seq FROM audit_events WHERE hash = :h"), {"h": result.sender_head}
            )
            assert audit_log.verify(db).intact
        with target.file.case.reading() as db:
            assert audit_log.verify(db).intact
        # The other cases stayed where they were and stay editable.
        assert not source.cases.get_case(ids["fake"]).read_only
        assert len(target.cases.list_cases()) == 1
    finally:
        target.close()


def test_the_sender_keeps_the_case_read_only(
    source: CaseFileSession, ids: dict[str, int], case_dir: Path
) -> None:
    exposing = ids["exposing"]
    handed_over(source, [exposing], case_dir)
    detail = source.cases.get_case(exposing)
    assert detail.read_only and detail.transfer is not None
    assert detail.transfer.handed_over_to == "Carla Visser (Opvolger.adcase)"
    row = next(r for r in source.cases.list_cases() if r.case_id == exposing)
    assert row.handed_over
    # Its open tasks are the receiver's now: a year on, none nags the sender as overdue.
    later = TODAY + timedelta(days=365)
    row = next(r for r in source.cases.list_cases(later) if r.case_id == exposing)
    assert row.open_tasks > 0 and row.first_open_due is not None
    assert not row.overdue
    assert not any(task.overdue for task in source.cases.get_case(exposing, later).tasks)
    other = next(r for r in source.cases.list_cases(later) if r.case_id == ids["fake"])
    assert other.overdue
    edits = [
        lambda: source.cases.update_case(exposing, replace(detail.draft, title="Anders")),
        lambda: source.cases.add_note(exposing, "Nog iets"),
        lambda: source.cases.add_person(exposing, PersonInput("Piet", dc.Role.WITNESS)),
        lambda: source.cases.update_task(detail.tasks[0].task_id, _done(detail.tasks[0])),
        lambda: source.evidence.add_bytes(exposing, png_bytes(9, 9), "x.png", minor_sexual=False),
        lambda: source.evidence.add_url(exposing, "https://example.org/x"),
        lambda: source.evidence.record_handover(exposing, [], "Politie"),
        lambda: source.interviews.start(exposing, "parent"),
        lambda: source.cases.remove_person(detail.people[0].link_id),
        lambda: source.meldcode.save_step(
            exposing, dm.Entry(dm.Step.CONSULTATION, TODAY, "Anna Jansen", dm.Answer.COLLEAGUE)
        ),
        lambda: source.letters.save_version(
            exposing, dl.LetterKind.STOP_SPREAD, "nl", "<p>Stop</p>", False
        ),
    ]
    before = snapshot(source.cases)
    for index, edit in enumerate(edits):
        with pytest.raises(CaseHandedOverError) as refused:
            edit()
            pytest.fail(f"edit {index} was not refused")
        assert "read-only" in str(refused.value) and "Carla Visser" in str(refused.value)
    assert snapshot(source.cases) == before
    # Looking, checking and printing stay possible; so does any other case.
    assert source.evidence.verify(exposing) == []
    evidence_export.record_printed(source.evidence, exposing, b"%PDF-1.7 again")
    source.cases.add_note(ids["fake"], "Andere zaak gaat gewoon door")


def test_a_possibly_sexual_image_goes_from_a_handed_over_case_too(
    source: CaseFileSession, ids: dict[str, int], case_dir: Path
) -> None:
    """The one change a read-only case takes: keeping the image is an offence (walk W21)."""
    exposing = ids["exposing"]
    handed_over(source, [exposing], case_dir)
    stored = [row for row in source.evidence.items(exposing) if row.stored]
    assert stored
    changed = source.evidence.withhold_stored(stored[0].item_id)
    assert stored[0].item_id in {c.item_id for c in changed}
    assert source.evidence.original(stored[0].item_id) == b""
    with pytest.raises(CaseHandedOverError):  # everything else stays refused
        source.cases.add_note(exposing, "Nog iets")


def _done(task: Any) -> Any:
    from adviser_desk.services.case_views import TaskUpdate

    return TaskUpdate(dc.TaskStatus.DONE, task.due_on, task.assignee_role, None, "klaar")


def test_merged_into_an_existing_file_a_taken_number_gets_a_new_one(
    source: CaseFileSession, colleague: CaseFileSession, ids: dict[str, int]
) -> None:
    fake = ids["fake"]
    number = source.cases.get_case(fake).number
    # The colleague's file already has cases numbered up to and past this one.
    year = dc.parse_case_number(number)[0]
    for _ in range(dc.parse_case_number(number)[1] + 1):
        colleague.cases.create_case(
            dc.CaseDraft(
                title="Eigen zaak",
                incident_types=[dc.IncidentType.THREATS],
                opened_on=date(year, 3, 1),
            ),
            date(year, 3, 1),
        )
    mine = {r.number for r in colleague.cases.list_cases()}
    result = source.handover.hand_over([fake, ids["sextortion"]], colleague)
    moved = {c.number: c for c in result.cases}
    assert moved[number].renumbered and moved[number].new_number not in mine
    assert dc.parse_case_number(moved[number].new_number)[0] == year
    new_id = colleague.cases.case_id_for_number(moved[number].new_number)
    transfer = colleague.cases.get_case(new_id).transfer
    assert transfer is not None and transfer.previous_number == number
    events = {e.subject: e for e in audit(colleague, "case.received")}
    assert events[moved[number].new_number].details["previous_number"] == number
    (sent,) = [e for e in audit(source, "case.handed_over") if e.subject == number]
    assert sent.details["new_number"] == moved[number].new_number
    assert result.receiver == "Bram de Wit (Collega.adcase)"
    # The colleague's own cases are untouched and the takedown history came along.
    assert {r.number for r in colleague.cases.list_cases()} >= mine
    assert colleague.evidence.items(new_id)[0].takedown


def test_every_table_of_a_case_and_every_blob_owner_is_carried(
    source: CaseFileSession, ids: dict[str, int]
) -> None:
    owned = {o.table.name for o in case_transfer.owned_tables()}
    # Any table with a case_id is the case's (through its cascade), and so are their children.
    for table in Base.metadata.tables.values():
        if "case_id" in table.columns:
            assert table.name in owned, table.name
    assert case_transfer.unhandled_references() == []
    # Each registered owner of originals finds its case, so the hand-over takes its bytes.
    with source.file.case.reading() as db:
        for owner in blobs.BLOB_OWNERS:
            assert owner.table in owned
            held = db.scalars(
                text(
                    f"SELECT {owner.column} FROM {owner.table} "  # noqa: S608
                    f"WHERE {owner.column} IS NOT NULL AND ({owner.holds_bytes})"
                )
            ).all()
            assert held, owner
            assert set(held) == set(blobs.case_blobs(db, list(ids.values())))


def test_a_failure_at_the_last_step_leaves_the_target_without_any_of_it(
    source: CaseFileSession,
    colleague: CaseFileSession,
    ids: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    colleague.cases.create_case(
        dc.CaseDraft(title="Eigen zaak", incident_types=[dc.IncidentType.THREATS]), TODAY
    )
    target_before, source_before = snapshot(colleague.cases), snapshot(source.cases)
    real = audit_log.append_many

    def failing(session: Any, actor: str, events: Any) -> None:
        if any(action == "case.received" for action, *_ in events):
            raise Refused()
        real(session, actor, events)

    monkeypatch.setattr(audit_log, "append_many", failing)
    with pytest.raises(Refused):
        source.handover.hand_over(list(ids.values()), colleague)
    assert snapshot(colleague.cases) == target_before
    assert snapshot(source.cases) == source_before


def test_a_mismatch_on_arrival_stores_nothing(
    source: CaseFileSession,
    colleague: CaseFileSession,
    ids: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target_before, source_before = snapshot(colleague.cases), snapshot(source.cases)
    real = case_transfer.copy_blobs

    def damaging(src: Any, dst: Any, digests: Any, *args: Any) -> tuple[int, int]:
        out = real(src, dst, digests, *args)
        dst.execute(
            text("UPDATE evidence_blobs SET data = X'00' WHERE sha256 = :d"), {"d": digests[0]}
        )
        return out

    monkeypatch.setattr(case_transfer, "copy_blobs", damaging)
    with pytest.raises(ArrivalCheckFailedError) as raised:
        source.handover.hand_over([ids["exposing"]], colleague)
    # One damaged file is said in the singular.
    assert str(raised.value).startswith(
        "1 evidence file did not match its SHA-256 in the receiving case file."
    ), str(raised.value)
    assert snapshot(colleague.cases) == target_before
    assert snapshot(source.cases) == source_before


def test_cancel_before_the_commit_stores_nothing(
    source: CaseFileSession, colleague: CaseFileSession, ids: dict[str, int]
) -> None:
    target_before, source_before = snapshot(colleague.cases), snapshot(source.cases)
    seen: list[int] = []

    def cancelled() -> bool:
        return len(seen) > 3

    with pytest.raises(Cancelled):
        source.handover.hand_over(
            [ids["exposing"]], colleague, progress=lambda d, _t: seen.append(d), cancelled=cancelled
        )
    assert snapshot(colleague.cases) == target_before
    assert snapshot(source.cases) == source_before


def test_stopped_before_the_sender_let_go_it_is_finished_without_a_second_copy(
    source: CaseFileSession,
    colleague: CaseFileSession,
    ids: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    exposing = ids["exposing"]
    real = audit_log.append_many

    def failing(session: Any, actor: str, events: Any) -> None:
        if any(action == "case.handed_over" for action, *_ in events):
            raise Refused()
        real(session, actor, events)

    monkeypatch.setattr(audit_log, "append_many", failing)
    with pytest.raises(Refused):
        source.handover.hand_over([exposing], colleague)
    # The receiver has it whole; the sender was not marked and can still edit.
    assert len(colleague.cases.list_cases()) == 1
    assert not source.cases.get_case(exposing).read_only
    monkeypatch.setattr(audit_log, "append_many", real)
    result = source.handover.hand_over([exposing], colleague)
    assert result.resumed and result.files_copied == 0
    assert len(colleague.cases.list_cases()) == 1
    assert len(audit(colleague, "case.received")) == 1
    assert source.cases.get_case(exposing).read_only


def test_a_receiver_without_a_name_is_named_by_the_file_not_the_login(
    source: CaseFileSession, ids: dict[str, int], case_dir: Path
) -> None:
    result = handed_over(source, [ids["fake"]], case_dir, "")
    assert result.receiver == "Opvolger.adcase"


def test_refusals(source: CaseFileSession, colleague: CaseFileSession, ids: dict[str, int]) -> None:
    with pytest.raises(SameCaseFileError):
        source.handover.hand_over([ids["fake"]], source)
    source.handover.hand_over([ids["fake"]], colleague)
    with pytest.raises(AlreadyHandedOverError):
        source.handover.hand_over([ids["fake"]], colleague)
    with pytest.raises(KnownError):
        source.handover.hand_over([], colleague)


def test_a_handed_over_case_can_be_purged_at_once(
    source: CaseFileSession, colleague: CaseFileSession, ids: dict[str, int]
) -> None:
    exposing = ids["exposing"]
    with pytest.raises(retention_service.CaseNotExpiredError):
        retention_service.purge_case(source.cases, exposing, TODAY)
    source.handover.hand_over([exposing], colleague)
    counts = retention_service.purge_case(source.cases, exposing, TODAY + timedelta(days=1))
    assert counts["evidence"] > 0 and counts["evidence_files_removed"] > 0
    assert exposing not in {r.case_id for r in source.cases.list_cases()}
    (purged,) = audit(source, "case.purged")
    assert purged.details["handed_over"] == 1
    # The colleague's copy is whole.
    new_id = colleague.cases.list_cases()[0].case_id
    assert colleague.evidence.verify(new_id) == []
    assert colleague.evidence.items(new_id)


def test_the_evidence_log_shows_the_hand_over(
    source: CaseFileSession, colleague: CaseFileSession, ids: dict[str, int]
) -> None:
    source.handover.hand_over([ids["exposing"]], colleague)
    new_id = colleague.cases.list_cases()[0].case_id
    data = evidence_export.log_data(colleague.evidence, new_id, english)
    lines = [line for item in data.items for line in item.custody]
    assert any("received" in line and "Anna Jansen" in line for line in lines)


def test_the_timeline_shows_what_the_case_file_recorded_on_both_sides(
    source: CaseFileSession, ids: dict[str, int], case_dir: Path
) -> None:
    """The timeline reads evidence, letters and takedowns from their own records: each
    action once (a custody action on many items is one line), and a hand-over of the whole
    case as the case's event, not again as each item's custody."""
    exposing = ids["exposing"]
    items = source.evidence.items(exposing)
    target = open_session(case_dir / "Opvolger.adcase", "")
    try:
        source.handover.hand_over([exposing], target, "Carla Visser")
        sent = [(row.kind, row.details) for row in source.cases.timeline(exposing)]
        kinds = [kind for kind, _ in sent]
        withheld = sum(1 for item in items if item.kind == de.EvidenceKind.WITHHELD)
        assert withheld == kinds.count("evidence.withheld") == 1
        assert kinds.count("evidence.recorded") == len(items) - withheld
        assert kinds.count("letter.saved") == kinds.count("letter.printed") == 1
        assert kinds.count("evidence.log_printed") == kinds.count("takedown.reported") == 1
        assert kinds.count("case.handed_over") == 1
        (police,) = [d for k, d in sent if k.startswith("evidence.handed_over")]
        assert police["receiver"] == "Wijkagent De Boer" and police["note"] == "bon 12"
        assert police["count"] == len(items)
        assert kinds[-1] == "case.handed_over"
        new_id = target.cases.case_id_for_number(source.cases.get_case(exposing).number)
        arrived = [row.kind for row in target.cases.timeline(new_id)]
        assert arrived.count("case.received") == 1 and arrived[-1] == "case.received"
        assert arrived.count("evidence.recorded") == len(items) - withheld
        assert "evidence.verified" not in arrived  # the arrival's check is the arrival
    finally:
        target.close()


def test_evidence_numbers_read_as_runs() -> None:
    from adviser_desk.services.case_timeline import numbers_text

    assert numbers_text(["B-001", "B-002", "B-003", "B-005", "B-007", "B-008"]) == (
        "B-001–B-003, B-005, B-007, B-008"
    )
    assert numbers_text(["B-002"]) == "B-002"
