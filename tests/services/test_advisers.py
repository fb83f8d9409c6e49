"""A second adviser in one case file, on real SQLCipher files and real key files."""

from __future__ import annotations

import base64
import io
import json
import os
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from pypdf import PdfReader
from sqlalchemy import select

from adviser_desk.domain import cases as dc
from adviser_desk.domain import letters as dl
from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.domain.errors import Cancelled
from adviser_desk.reports import interview_record
from adviser_desk.reports.common import english
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.advisers import (
    AdviserNameError,
    RemoveYourselfError,
    SealNotPossibleError,
)
from adviser_desk.services.case_file_service import PasswordTooWeakError
from adviser_desk.services.interview_service import record_data
from adviser_desk.services.session import CaseFileSession
from adviser_desk.storage import casefile, kdf, keys, keyslots, migrate
from adviser_desk.storage.errors import WrongPasswordError, WrongRecoveryKeyError
from adviser_desk.storage.models import CustodyEvent, LetterVersion, Note
from tests.conftest import NEW_PASSWORD, PASSWORD

THIRD_PASSWORD = "blauwe giraf zwemt in de gracht"


def made(case_dir: Path, name: str = "Anna de Vries") -> tuple[Path, str]:
    service, recovery = svc.create_case_file(
        case_dir / "Zaken.adcase", PASSWORD, kdf.MINIMUM, adviser_name=name
    )
    service.confirm_recovery_key_stored()
    service.close()
    return case_dir / "Zaken.adcase", recovery.formatted()


def with_second(case_dir: Path) -> tuple[Path, str, dict[str, str]]:
    """Anna's case file with Bram added by Anna; returns the ids by name."""
    path, recovery = made(case_dir)
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as session:
        session.advisers.add("Bram Jansen", NEW_PASSWORD, kdf.MINIMUM)
    ids = {c.name: c.adviser_id for c in svc.unlock_choices(path)}
    return path, recovery, ids


def test_each_adviser_unlocks_with_their_own_password_and_the_file_lists_them(
    case_dir: Path,
) -> None:
    path, _, ids = with_second(case_dir)
    assert set(ids) == {"Anna de Vries", "Bram Jansen"}
    with CaseFileSession(
        svc.unlock_with_password(path, NEW_PASSWORD, adviser=ids["Bram Jansen"])
    ) as s:
        assert s.identity.name == "Bram Jansen"
        rows = {row.name: row for row in s.advisers.rows()}
        assert rows["Bram Jansen"].is_you and not rows["Anna de Vries"].is_you
        assert all(row.has_password and row.last_unlocked_at for row in rows.values())
    # One slot is tried when the adviser is named: Anna's password is not Bram's.
    with pytest.raises(WrongPasswordError):
        svc.unlock_with_password(path, PASSWORD, adviser=ids["Bram Jansen"])
    # Scripts without a name: the password finds its own slot.
    with CaseFileSession(svc.unlock_with_password(path, NEW_PASSWORD)) as s:
        assert s.identity.name == "Bram Jansen"
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as s:
        assert s.identity.name == "Anna de Vries"


def test_records_made_by_the_second_adviser_name_them(case_dir: Path) -> None:
    path, _, ids = with_second(case_dir)
    with CaseFileSession(
        svc.unlock_with_password(path, NEW_PASSWORD, adviser=ids["Bram Jansen"])
    ) as s:
        case_id = s.cases.create_case(
            dc.CaseDraft(title="Nepaccount", incident_types=[dc.IncidentType.FAKE_ACCOUNT])
        )
        s.cases.add_note(case_id, "Gesprek met mentor gepland.")
        s.evidence.add_url(case_id, "https://www.instagram.com/nep.account.123/")
        interview = s.interviews.start(case_id, "victim")
        html = s.letters.draft(case_id, dl.LetterKind.STOP_SPREAD, "nl", today=date.today())
        s.letters.save_version(case_id, dl.LetterKind.STOP_SPREAD, "nl", html.draft.html, True)
        facts = s.letters.facts(case_id, "nl", dl.Sender.STUDENT, date.today())
        assert facts.adviser_name == "Bram Jansen"
        record = record_data(s.interviews, interview, english)
        assert ("Adviser", "Bram Jansen") in record.heading
        pdf = interview_record.render(record, english)
        printed = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
        assert "Bram Jansen" in printed
        rows = s.file.audit_rows()
        with s.file.case.reading() as db:
            custody = db.scalars(select(CustodyEvent.actor)).all()
            notes = db.scalars(select(Note.author)).all()
            versions = db.scalars(select(LetterVersion.author)).all()
    assert interview
    mine = [r for r in rows if r.action != AuditAction.CASE_FILE_CREATED]
    by_action = {r.action: r.actor for r in mine}
    for action in (
        AuditAction.CASE_CREATED,
        AuditAction.NOTE_ADDED,
        AuditAction.EVIDENCE_RECORDED,
        AuditAction.INTERVIEW_STARTED,
    ):
        assert by_action[action] == "Bram Jansen", action
    assert custody and set(custody) == {"Bram Jansen"}
    assert notes == ["Bram Jansen"] and versions == ["Bram Jansen"]
    added = [r for r in rows if r.action == AuditAction.ADVISER_ADDED]
    assert [(r.actor, r.subject) for r in added] == [("Anna de Vries", "Bram Jansen")]


def test_adding_needs_a_strong_password_and_a_name_of_its_own(case_dir: Path) -> None:
    path, _ = made(case_dir)
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as s:
        with pytest.raises(PasswordTooWeakError):
            s.advisers.add("Bram", "kort", kdf.MINIMUM)
        for name in ("", "  ", "anna de vries", "x" * 201):
            with pytest.raises(AdviserNameError):
                s.advisers.add(name, NEW_PASSWORD, kdf.MINIMUM)
        assert [row.name for row in s.advisers.rows()] == ["Anna de Vries"]
        assert len(s.file.case.slots.password_slots()) == 1  # type: ignore[union-attr]
    assert len(keyslots.load(path).password_slots()) == 1


def test_removing_an_adviser_deletes_their_slot_and_remembered_key(case_dir: Path) -> None:
    path, _, ids = with_second(case_dir)
    bram = svc.unlock_with_password(path, NEW_PASSWORD, adviser=ids["Bram Jansen"])
    bram.remember_here()
    bram.close()
    remembered = svc.unlock_remembered(path, adviser=ids["Bram Jansen"])
    assert CaseFileSession(remembered).identity.name == "Bram Jansen"
    remembered.close()
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as s:
        with pytest.raises(RemoveYourselfError):
            s.advisers.remove(ids["Anna de Vries"])
        s.advisers.remove(ids["Bram Jansen"])
        assert [row.name for row in s.advisers.rows()] == ["Anna de Vries"]
        removed = [r for r in s.file.audit_rows() if r.action == AuditAction.ADVISER_REMOVED]
        assert [(r.actor, r.subject) for r in removed] == [("Anna de Vries", "Bram Jansen")]
    with pytest.raises(WrongPasswordError):
        svc.unlock_with_password(path, NEW_PASSWORD)
    slots = keyslots.load(path)
    assert [s.label for s in slots.password_slots()] == ["Anna de Vries"]
    assert slots.keyring_slots() == []
    with pytest.raises(svc.casefile.RememberedKeyGoneError):
        svc.unlock_remembered(path)


def test_rekey_shuts_out_the_old_key_and_keeps_everyone_elses_password(case_dir: Path) -> None:
    path, old_recovery, ids = with_second(case_dir)
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as s:
        s.advisers.add("Chris Bakker", THIRD_PASSWORD, kdf.MINIMUM)
        s.cases.create_case(dc.CaseDraft(title="Sexting", incident_types=[dc.IncidentType.OTHER]))
        old_key = s.file.case.raw_key
        s.advisers.remove(ids["Bram Jansen"])
        with pytest.raises(WrongPasswordError):
            s.advisers.rekey(NEW_PASSWORD)  # the re-keying adviser's own password is asked
        steps: list[tuple[int, int]] = []
        recovery = s.advisers.rekey(PASSWORD, lambda done, total: steps.append((done, total)))
        assert steps and steps[-1][0] == steps[-1][1]
        assert s.file.case.raw_key != old_key
        # The open session goes on under the new key.
        s.cases.create_case(dc.CaseDraft(title="Daarna", incident_types=[dc.IncidentType.OTHER]))
        assert s.file.pending_recovery_key() == recovery
    assert not casefile.staging_path(path).exists()
    assert not (path.parent / f".{path.name}.rekeying").exists()
    # The removed adviser's copy of the old key and the old sheet open nothing.
    with pytest.raises(WrongRecoveryKeyError):
        svc.unlock_with_recovery_key(path, old_recovery)
    with pytest.raises(casefile.DamagedCaseFileError):
        casefile.open_with_raw_key(path, old_key)
    assert keys.raw_key_from_recovery(recovery, keys.read_salt(path)) != old_key
    # Chris was not there: his password still opens it (the sealed slot), once rewrapped.
    sealed = [s for s in keyslots.load(path).password_slots() if s.label == "Chris Bakker"]
    assert sealed[0].sealed
    with CaseFileSession(svc.unlock_with_password(path, THIRD_PASSWORD)) as s:
        assert s.identity.name == "Chris Bakker"
        titles = {c.title for c in s.cases.list_cases()}
        assert {"Sexting", "Daarna"} <= titles
    rewrapped = [s for s in keyslots.load(path).password_slots() if s.label == "Chris Bakker"]
    assert not rewrapped[0].sealed and rewrapped[0].wrapped
    svc.unlock_with_password(path, THIRD_PASSWORD).close()
    with CaseFileSession(svc.unlock_with_recovery_key(path, recovery.formatted())) as s:
        events = [r for r in s.file.audit_rows() if r.action == AuditAction.CASE_FILE_REKEYED]
        assert [r.actor for r in events] == ["Anna de Vries"]
    svc.unlock_with_password(path, PASSWORD).close()


def test_a_cancelled_rekey_leaves_the_file_as_it_was(case_dir: Path) -> None:
    path, old_recovery, ids = with_second(case_dir)
    before = keyslots.slot_file_path(path).read_bytes()
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as s:
        with pytest.raises(Cancelled):
            s.advisers.rekey(PASSWORD, cancelled=lambda: True)
        s.cases.create_case(dc.CaseDraft(title="Nog open", incident_types=[dc.IncidentType.OTHER]))
    assert keyslots.slot_file_path(path).read_bytes() == before
    assert not (path.parent / f".{path.name}.rekeying").exists()
    svc.unlock_with_recovery_key(path, old_recovery).close()
    svc.unlock_with_password(path, NEW_PASSWORD, adviser=ids["Bram Jansen"]).close()


def test_rekey_needs_every_adviser_to_have_unlocked_once(case_dir: Path) -> None:
    """An adviser from before this version has no public key until their next password
    unlock: the re-key says so and changes nothing."""
    path, _, ids = with_second(case_dir)
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as s:
        with s.file.case.transaction() as db:
            from adviser_desk.storage.models import Adviser

            row = db.get(Adviser, ids["Bram Jansen"])
            assert row is not None
            row.public_key = None
        with pytest.raises(SealNotPossibleError):
            s.advisers.rekey(PASSWORD)
    svc.unlock_with_password(path, NEW_PASSWORD).close()
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as s:
        s.advisers.check_rekey()  # Bram's key is known again


def _legacy(path: Path, raw_key: bytes, case_file_id: str, key_id: str) -> None:
    """Rewrites the key file as version 2 wrote it: one password slot, id "password"."""
    data = json.loads(keyslots.slot_file_path(path).read_text())
    slot = data["slots"][0]
    params = kdf.KdfParams.from_json(slot["kdf"])
    salt = base64.b64decode(slot["salt"])
    settings = json.dumps(params.to_json(), sort_keys=True)
    aad = f"{keyslots.FORMAT}/2|{case_file_id}|password|password|{settings}|{salt.hex()}"
    nonce = os.urandom(12)
    wrapped = AESGCM(kdf.derive(PASSWORD, salt, params)).encrypt(nonce, raw_key, aad.encode())
    legacy = {
        "format": keyslots.FORMAT,
        "version": 2,
        "case_file_id": case_file_id,
        "key_id": key_id,
        "slots": [{"kind": "password", "id": "password", "created": slot["created"],
                   "nonce": base64.b64encode(nonce).decode(),
                   "wrapped": base64.b64encode(wrapped).decode(), "aad": 2,
                   "kdf": slot["kdf"], "salt": slot["salt"]}],
        "case_file_salt": data["case_file_salt"],
    }  # fmt: skip
    legacy["checksum"] = keyslots._checksum(legacy)
    keyslots.slot_file_path(path).write_text(json.dumps(legacy))


def test_a_case_file_from_before_advisers_opens_and_keeps_its_adviser(case_dir: Path) -> None:
    path, recovery = made(case_dir, "Anna de Vries")
    service = svc.unlock_with_password(path, PASSWORD)
    raw, slots = service.case.raw_key, service.case.slots
    assert slots is not None
    service.close()
    # The database as version 0011 left it (no advisers table), the key file as v2 wrote it.
    case = casefile.open_with_raw_key(path, raw)
    migrate.run_alembic(case.engine, "0011", downgrade=True)
    case.close()
    _legacy(path, raw, slots.case_file_id, slots.key_id)
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as s:
        assert s.identity.name == "Anna de Vries"
        assert [(r.adviser_id, r.name) for r in s.advisers.rows()] == [
            (keyslots.LEGACY_ADVISER, "Anna de Vries")
        ]
        s.advisers.add("Bram Jansen", NEW_PASSWORD, kdf.MINIMUM)
    upgraded = json.loads(keyslots.slot_file_path(path).read_text())
    assert upgraded["version"] == keyslots.VERSION
    assert {s["label"] for s in upgraded["slots"]} == {"Anna de Vries", "Bram Jansen"}
    assert all(s["aad"] == keyslots.VERSION for s in upgraded["slots"])
    with CaseFileSession(svc.unlock_with_password(path, NEW_PASSWORD)) as s:
        assert s.identity.name == "Bram Jansen"
    svc.unlock_with_recovery_key(path, recovery).close()


def test_each_adviser_remembers_on_this_computer_for_themself(case_dir: Path) -> None:
    path, _, ids = with_second(case_dir)
    anna = svc.unlock_with_password(path, PASSWORD, adviser=ids["Anna de Vries"])
    anna.remember_here()
    assert anna.remembered_here()
    anna.close()
    bram = svc.unlock_with_password(path, NEW_PASSWORD, adviser=ids["Bram Jansen"])
    assert not bram.remembered_here()  # Anna's remembered key is not Bram's
    bram.remember_here()
    bram.close()
    for name in ("Anna de Vries", "Bram Jansen"):
        with CaseFileSession(svc.unlock_remembered(path, adviser=ids[name])) as s:
            assert s.identity.name == name
    with CaseFileSession(svc.unlock_remembered(path, adviser=ids["Bram Jansen"])) as s:
        s.file.forget_here()
    with pytest.raises(casefile.RememberedKeyGoneError):
        svc.unlock_remembered(path, adviser=ids["Bram Jansen"])
    svc.unlock_remembered(path, adviser=ids["Anna de Vries"]).close()


def test_renaming_yourself_renames_you_in_the_unlock_list(case_dir: Path) -> None:
    path, _, ids = with_second(case_dir)
    with CaseFileSession(
        svc.unlock_with_password(path, NEW_PASSWORD, adviser=ids["Bram Jansen"])
    ) as s:
        s.update_profile("Bram Jansen-de Wit", "")
        assert s.identity.name == "Bram Jansen-de Wit"
    names = {c.name for c in svc.unlock_choices(path)}
    assert names == {"Anna de Vries", "Bram Jansen-de Wit"}


def test_the_password_change_of_one_adviser_leaves_the_other(case_dir: Path) -> None:
    path, _, ids = with_second(case_dir)
    with CaseFileSession(
        svc.unlock_with_password(path, NEW_PASSWORD, adviser=ids["Bram Jansen"])
    ) as s:
        s.file.change_password(NEW_PASSWORD, THIRD_PASSWORD)
    svc.unlock_with_password(path, THIRD_PASSWORD, adviser=ids["Bram Jansen"]).close()
    svc.unlock_with_password(path, PASSWORD, adviser=ids["Anna de Vries"]).close()
    with pytest.raises(WrongPasswordError):
        svc.unlock_with_password(path, NEW_PASSWORD)
