"""Advisers of one case file: who has access, adding and removing one, and the re-key.

Each adviser has their own password slot in the key file (and their own "remember on this
computer"); the recovery key stays the file's. The adviser who unlocked is the one every record
names (``services/actor.py``). Removing an adviser deletes their slot at once; because they
knew the database key, the re-key that follows gives the file a new key and recovery key.
"""

from __future__ import annotations

import logging
import threading
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from adviser_desk.domain.audit import utc_now
from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.domain.errors import KnownError
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.domain.recovery_key import RecoveryKey
from adviser_desk.domain.work import CancelRequested, Progress
from adviser_desk.services.actor import actor
from adviser_desk.services.password_rules import require_acceptable
from adviser_desk.storage import audit_log, kdf, keyring_slot, rekey
from adviser_desk.storage.casefile import CaseFile
from adviser_desk.storage.models import Adviser
from adviser_desk.storage.repositories import profile

_log = logging.getLogger(__name__)

NAME_MAX = 200


class AdviserNameError(KnownError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Give the adviser a name (at most 200 characters) that no other adviser of "
                "this case file has.",
            )
        )


class RemoveYourselfError(KnownError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "You cannot remove your own access. Another adviser of this case file can, "
                "after unlocking it with their own password.",
            )
        )


class SealNotPossibleError(KnownError):
    def __init__(self, name: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} has not unlocked this case file with their password since this version "
                "of Adviser Desk, so the new key cannot be kept for them. Ask {name} to unlock "
                "it once, then re-key; nothing was changed.",
            ),
            name=name,
        )


class NoKeyFileError(KnownError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This case file was opened with its recovery key and has no key file yet. Set "
                "a new password first (Security > Change password).",
            )
        )


@dataclass(frozen=True)
class AdviserRow:
    adviser_id: str
    name: str
    added_at: datetime
    last_unlocked_at: datetime | None
    is_you: bool
    has_password: bool  # False when the key file no longer holds their slot


def note_unlock(case: CaseFile, public_key: bytes | None) -> None:
    """At every unlock: the advisers the key file lets in are listed in the case file (a file
    from before advisers gets its one adviser, under the profile's name), the one who
    unlocked is noted with the time, and the key file lists everyone under their name."""
    if case.read_only or case.slots is None:
        return
    slots = case.slots
    with case.transaction() as session:
        rows = {row.id: row for row in session.scalars(select(Adviser))}
        first_name = profile(session).adviser_name if not rows else ""
        for slot in slots.password_slots():
            if slot.adviser not in rows:
                row = Adviser(id=slot.adviser, name=slot.label or first_name, added_at=utc_now())
                session.add(row)
                rows[row.id] = row
        if case.adviser is not None and case.adviser in rows:
            row = rows[case.adviser]
            row.last_unlocked_at = utc_now()
            if public_key is not None:
                row.public_key = public_key
        stale = [s for s in slots.password_slots() if s.label != rows[s.adviser].name]
        if stale:
            for slot in stale:
                slot.label = rows[slot.adviser].name
            case.save_slots()  # the names the unlock dialog lists


class AdviserService:
    """The advisers of the open case file; built once in ``CaseFileSession``."""

    def __init__(self, case: CaseFile) -> None:
        self.case = case

    @property
    def current(self) -> str | None:
        """The id of the adviser who unlocked the file (None: recovery key, nobody chosen)."""
        return self.case.adviser

    def rows(self) -> list[AdviserRow]:
        slots = self.case.slots
        with_slot = {s.adviser for s in slots.password_slots()} if slots is not None else set()
        with self.case.reading() as session:
            rows = session.scalars(select(Adviser).order_by(Adviser.added_at, Adviser.name))
            return [
                AdviserRow(
                    row.id,
                    row.name,
                    row.added_at,
                    row.last_unlocked_at,
                    row.id == self.case.adviser,
                    row.id in with_slot,
                )
                for row in rows
            ]

    @staticmethod
    def measure_key_cost_ahead() -> None:
        """Measures in the background what a key costs on this computer (once per process), so
        that adding an adviser after their name and password are typed only derives their key:
        the measurement took about a second more on top of the derivation."""
        threading.Thread(target=kdf.calibrated, name="kdf-calibration", daemon=True).start()

    def add(self, name: str, password: str, params: kdf.KdfParams | None = None) -> AdviserRow:
        """Gives a colleague their own password (typed by them, the policy applies). One
        transaction: their row and the audit event, with the key file written as its last
        step, so a failure leaves neither."""
        name = name.strip()
        require_acceptable(password)
        if self.case.slots is None:
            raise NoKeyFileError()
        settings = kdf.capped(params or kdf.calibrated())
        with self.case.transaction() as session:
            taken = {n.casefold() for n in session.scalars(select(Adviser.name))}
            if not name or len(name) > NAME_MAX or name.casefold() in taken:
                raise AdviserNameError()
            updated = self.case.slots.copy()
            adviser_id = _new_id({s.slot_id for s in updated.slots})
            public_key = updated.set_password(
                self.case.raw_key, password, settings, adviser_id, label=name
            )
            row = Adviser(id=adviser_id, name=name, added_at=utc_now(), public_key=public_key)
            session.add(row)
            audit_log.append(session, actor(session), AuditAction.ADVISER_ADDED, name)
            updated.save(self.case.path)
        self.case.slots = updated
        _log.info("adviser added")
        return AdviserRow(adviser_id, name, row.added_at, None, False, True)

    def remove(self, adviser_id: str) -> None:
        """Deletes the adviser's password slot and remembered keys at once. They still know
        the database key: ``rekey`` is what shuts them out for good."""
        if adviser_id == self.case.adviser:
            raise RemoveYourselfError()
        if self.case.slots is None:
            raise NoKeyFileError()
        with self.case.transaction() as session:
            row = session.get(Adviser, adviser_id)
            if row is None:
                raise LookupError("no such adviser")
            name = row.name
            session.delete(row)
            audit_log.append(session, actor(session), AuditAction.ADVISER_REMOVED, name)
            updated = self.case.slots.copy()
            gone = updated.remove_adviser(adviser_id)
            updated.save(self.case.path)
        self.case.slots = updated
        for slot_id in gone:
            keyring_slot.delete(updated.case_file_id, slot_id)
        _log.info("adviser removed")

    def check_rekey(self) -> None:
        """Raises a KnownError when a re-key cannot keep every adviser's access."""
        self._public_keys()

    def _public_keys(self) -> dict[str, bytes]:
        slots = self.case.slots
        if slots is None:
            raise NoKeyFileError()
        others = {s.adviser for s in slots.password_slots()} - {self.case.adviser}
        with self.case.reading() as session:
            keys: dict[str, bytes] = {}
            for adviser_id in sorted(others):
                row = session.get(Adviser, adviser_id)
                if row is None or not row.public_key:
                    raise SealNotPossibleError(row.name if row is not None else adviser_id)
                keys[adviser_id] = row.public_key
            return keys

    def rekey(
        self,
        password: str,
        progress: Progress | None = None,
        cancelled: CancelRequested | None = None,
    ) -> RecoveryKey:
        """A new database key and recovery key; every remaining adviser keeps their password.

        ``password`` is the re-keying adviser's own (asked again: this replaces the recovery
        sheet). Long work with progress and Cancel; killed at any moment, the file opens with
        the old key set or the new one. Returns the new recovery key, whose sheet the adviser
        must store: the old sheet opens nothing any more.
        """
        public_keys = self._public_keys()
        with self.case.reading() as session:
            by = actor(session)
        result = rekey.rekey(
            self.case,
            password,
            public_keys,
            by,
            {"advisers": len(public_keys) + 1},
            progress,
            cancelled,
        )
        _log.info("case file re-keyed")
        return result.recovery


def _new_id(taken: set[str]) -> str:
    while True:
        candidate = uuid.uuid4().hex
        if candidate not in taken:
            return candidate
