"""Use cases around the case file itself: create, unlock, keys, backup, verify, audit view."""

from __future__ import annotations

import contextlib
import getpass
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from adviser_desk.domain.audit import utc_now
from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.domain.errors import KnownError
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.domain.recovery_key import RecoveryKey
from adviser_desk.domain.work import CancelRequested, Progress, never_cancelled, no_progress
from adviser_desk.services import advisers, export_leftovers
from adviser_desk.services.actor import actor, adviser_name
from adviser_desk.services.case_file_backups import CaseFileBackups
from adviser_desk.services.password_rules import PasswordTooWeakError as PasswordTooWeakError
from adviser_desk.services.password_rules import require_acceptable
from adviser_desk.storage import (
    audit_log,
    backup,
    casefile,
    integrity,
    kdf,
    keyring_slot,
    keyslots,
    lock,
)
from adviser_desk.storage import keys as key_material
from adviser_desk.storage.atomic import write_atomic
from adviser_desk.storage.casefile import CaseFile
from adviser_desk.storage.errors import (
    DamagedCaseFileError,
    ReadOnlyOpenNotice,
    WalDamagedNotice,
    WrongKeyOrDamagedError,
)
from adviser_desk.storage.errors import KeySlotFileError as KeySlotFileError
from adviser_desk.storage.errors import RememberedKeyGoneError as RememberedKeyGoneError
from adviser_desk.storage.errors import WrongPasswordError as WrongPasswordError
from adviser_desk.storage.integrity import IntegrityReport as IntegrityReport
from adviser_desk.storage.kdf import KdfParams as KdfParams
from adviser_desk.storage.keyslots import KeySlots
from adviser_desk.storage.models import Adviser, AuditEvent, Case
from adviser_desk.storage.repositories import meta, profile

# The diagnostics log: events only, never a path or anything from a case.
_log = logging.getLogger(__name__)

# What a case file's name ends with, for the file dialogs (the UI does not import storage).
SUFFIX = casefile.SUFFIX


# The cheapest allowed KDF settings: tests and throw-away files (`new --kdf minimum`).
MINIMUM_KDF = kdf.MINIMUM


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: str
    actor: str
    action: str
    subject: str
    hash: str
    receiver: str = ""  # who took a police export (walk 5, W5-11)


@dataclass(frozen=True)
class CaseFileInfo:
    path: Path
    case_file_id: str
    created_at: datetime
    events: int
    chain_head: str
    remembered_here: bool
    adviser_name: str
    school_name: str


class CaseFileService(CaseFileBackups):
    """An unlocked case file as the UI and CLI see it: plain data in, plain data out. Its
    backups are a part of their own (case_file_backups), as the evidence and case services'
    parts are."""

    def __init__(self, case: CaseFile) -> None:
        self.case = case
        _log.info("case file opened")
        # For the IT desk: the kind of outcome only (the notice's text names the file).
        if case.pages_converted:
            _log.info("case file converted to 16 KiB pages with HMAC-SHA256")
        elif case.pages_notice is not None:
            _log.info("page conversion postponed: %s", type(case.pages_notice).__name__)

    def close(self) -> None:
        self.case.close()
        _log.info("case file closed")

    def open_notices(self) -> list[KnownError]:
        """What opening found and the adviser must be told (not errors: the file is open)."""
        notices: list[KnownError] = []
        if self.case.read_only:
            notices.append(ReadOnlyOpenNotice(self.path))
        damage = self.case.wal_damage
        if damage is not None:
            notices.append(WalDamagedNotice(self.path, damage.copy))
        if self.case.pages_notice is not None:
            notices.append(self.case.pages_notice)
        return notices

    # -- recovery key -------------------------------------------------------------------------
    def pending_recovery_key(self) -> RecoveryKey | None:
        """The recovery key, while the adviser has not yet confirmed it is stored."""
        with self.case.reading() as session:
            secret = meta(session).pending_recovery_secret
        return None if secret is None else RecoveryKey(secret)

    def record_recovery_sheet_saved(self, destination: str) -> None:
        """Saving or printing the sheet is an export of a secret: it goes in the chain."""
        with self.case.transaction() as session:
            audit_log.append(
                session, actor(session), AuditAction.RECOVERY_SHEET_EXPORTED, destination
            )

    def recovery_sheet(
        self,
        recovery: RecoveryKey,
        created: str,
        translate: Callable[[str, str], str],
        receiver: str = "",
    ) -> bytes:
        """The printable recovery sheet (PDF) for ``recovery``; ``created`` is the file's
        creation time as the adviser reads it; ``receiver`` the colleague a hand-over made
        the file for."""
        from adviser_desk.reports import recovery_sheet  # reportlab: not at start-up

        info = self.info()
        return recovery_sheet.render(
            recovery_sheet.RecoverySheetData(
                case_file_name=info.path.name,
                case_file_id=info.case_file_id,
                created=created,
                recovery_key=recovery.formatted(),
                chain_head=info.chain_head,
                receiver=receiver,
            ),
            translate,
        )

    def save_recovery_sheet(self, target: Path, pdf: bytes) -> None:
        """Writes the sheet whole or not at all, and records that the secret left the file."""
        write_atomic(target, pdf)
        self.record_recovery_sheet_saved(str(target))

    def confirm_recovery_key_stored(self) -> None:
        with self.case.transaction() as session:
            meta(session).pending_recovery_secret = None
            audit_log.append(session, actor(session), AuditAction.RECOVERY_KEY_CONFIRMED)

    # -- passwords and remembered keys ----------------------------------------------------
    def change_password(self, old: str, new: str) -> None:
        """Rewraps the database key; the database itself is not touched (well under 1 s).

        One KDF run per password typed: one to prove the old password, one for the new.
        """
        require_acceptable(new)
        slots = self.case.slots
        if slots is None:
            raise RuntimeError("set a new password first")
        # Proves the old password (raises WrongPasswordError) of the adviser who unlocked.
        slots.copy().unlock_with_password(old, self.case.adviser)
        params = slots.password_slot(self.case.adviser).kdf_params
        self._replace_password(new, params, AuditAction.PASSWORD_CHANGED)

    def set_new_password(self, new: str, params: kdf.KdfParams | None = None) -> None:
        """After opening with the recovery key: a new password without knowing the old one.

        Recreates the key-slot file if it was lost; keeps "remember on this computer" slots.
        """
        require_acceptable(new)
        slots = self.case.slots
        action = AuditAction.PASSWORD_RESET
        if slots is None:
            action = AuditAction.KEY_SLOTS_RECREATED
        elif params is None and slots.find_password_slot(self.case.adviser or "") is not None:
            params = slots.password_slot(self.case.adviser).kdf_params
        self._replace_password(new, params, action)

    def _replace_password(
        self, new: str, params: kdf.KdfParams | None, action: AuditAction
    ) -> None:
        """Writes a key file whose password slot for this adviser is for ``new``.

        The audit record comes first: a crash after it leaves a record of a change that may
        not have happened (the old password then still works, which the adviser notices),
        never a changed password without a record. No copy of the old key file is kept, so
        after this the old password opens nothing.
        """
        if self.case.slots is None:
            with self.case.transaction() as session:
                case_file_id = meta(session).case_file_id
            updated = KeySlots(
                case_file_id,
                key_material.key_id(self.case.raw_key),
                db_salt=key_material.read_salt(self.case.path),
            )
        else:
            updated = self.case.slots.copy()
        adviser = self.case.adviser
        if adviser is None and len(updated.password_slots()) > 1:
            raise RuntimeError("say which adviser's password this is")
        public_key = updated.set_password(
            self.case.raw_key, new, kdf.capped(params or kdf.calibrated()), adviser
        )
        if adviser is None:
            adviser = updated.password_slot().adviser
            self.case.adviser = adviser
        with self.case.transaction() as session:
            row = session.get(Adviser, adviser)
            if row is None:
                row = Adviser(id=adviser, name=profile(session).adviser_name, added_at=utc_now())
                session.add(row)
            row.public_key = public_key
            audit_log.append(session, actor(session), action)
        try:
            updated.save(self.case.path)
        except KnownError:
            with contextlib.suppress(KnownError), self.case.transaction() as session:
                audit_log.append(
                    session, actor(session), AuditAction.PASSWORD_CHANGE_FAILED, action
                )
            raise
        self.case.slots = updated

    def remembered_here(self) -> bool:
        return casefile.is_remembered_here(self.case)

    def remember_here(self) -> None:
        slots = self.case.slots
        if slots is None or self.remembered_here():
            return
        slot_id, secret = slots.add_keyring_slot(self.case.raw_key, self.case.adviser)
        try:
            keyring_slot.store(slots.case_file_id, slot_id, secret)
        except KnownError:
            slots.remove_slot(slot_id)
            raise
        with self.case.transaction() as session:
            audit_log.append(session, actor(session), AuditAction.KEYRING_REMEMBERED, slot_id)
        self.case.save_slots()

    def forget_here(self) -> None:
        slots = self.case.slots
        if slots is None:
            return
        forgotten = []
        for slot in slots.keyring_slots(self.case.adviser):
            if keyring_slot.fetch(slots.case_file_id, slot.slot_id) is not None:
                keyring_slot.delete(slots.case_file_id, slot.slot_id)
                slots.remove_slot(slot.slot_id)
                forgotten.append(slot.slot_id)
        if forgotten:
            with self.case.transaction() as session:
                audit_log.append(
                    session, actor(session), AuditAction.KEYRING_FORGOTTEN, ",".join(forgotten)
                )
            self.case.save_slots()

    # -- verification ---------------------------------------------------------------------------
    def verify(self, progress: Progress | None = None) -> integrity.IntegrityReport:
        report = integrity.check(self.case, progress)
        _log.info("verified: %s", "ok" if report.ok else "problems found")
        return report

    def find_chain_heads(self, heads: list[str]) -> dict[str, int | None]:
        """For each chain head printed earlier (on a report, or in a verify output): the event
        it marks in this file's chain, or None when the history no longer contains it."""
        with self.case.transaction() as session:
            return {head: audit_log.find_head(session, head) for head in heads}

    def raw_key_hex(self) -> str:
        """For IT staff who need another SQLCipher tool; recorded because it exposes the key."""
        with self.case.transaction() as session:
            audit_log.append(session, actor(session), AuditAction.RAW_KEY_SHOWN)
        return self.case.raw_key.hex()

    def page_size(self) -> int:
        """SQLCipher's page size of this file, which another SQLCipher tool must be told
        (16384 for files made since issue 15, 4096 before)."""
        with self.case.engine.connect() as conn:
            return int(conn.exec_driver_sql("PRAGMA page_size").scalar() or 0)

    def hmac_algorithm(self) -> str:
        """SQLCipher's page MAC of this file, which another SQLCipher tool must be told
        (HMAC_SHA256 for files made or converted since issue 15, HMAC_SHA512 before)."""
        with self.case.engine.connect() as conn:
            return str(conn.exec_driver_sql("PRAGMA cipher_hmac_algorithm").scalar())

    # -- reading -------------------------------------------------------------------------------
    def info(self) -> CaseFileInfo:
        remembered = self.remembered_here()
        with self.case.reading() as session:
            row = meta(session)
            prof = profile(session)
            count = session.scalar(select(func.count()).select_from(AuditEvent)) or 0
            return CaseFileInfo(
                path=self.case.path,
                case_file_id=row.case_file_id,
                created_at=row.created_at,
                events=count,
                chain_head=audit_log.head(session),
                remembered_here=remembered,
                adviser_name=adviser_name(session),
                school_name=prof.school_name,
            )

    def holds_cases(self) -> bool:
        with self.case.reading() as session:
            return session.scalar(select(Case.id).limit(1)) is not None

    def audit_rows(self) -> list[AuditRow]:
        with self.case.reading() as session:
            return [
                AuditRow(
                    r.seq,
                    r.at,
                    r.actor,
                    r.action,
                    r.subject,
                    r.hash,
                    receiver if isinstance(receiver := r.details.get("receiver"), str) else "",
                )
                for r in audit_log.records(session)
            ]

    def letterhead(self) -> tuple[str, str, bytes | None]:
        """The school's address, place and logo for letters."""
        with self.case.reading() as session:
            prof = profile(session)
            return prof.school_address, prof.school_place, prof.school_logo

    def update_letterhead(self, address: str, place: str, logo: bytes | None) -> None:
        if logo is not None:
            check_logo(logo)
        with self.case.transaction() as session:
            prof = profile(session)
            if (prof.school_address, prof.school_place, prof.school_logo) == (
                address,
                place,
                logo,
            ):
                return
            prof.school_address, prof.school_place, prof.school_logo = address, place, logo
            audit_log.append(session, actor(session), AuditAction.LETTERHEAD_UPDATED)

    def update_profile(self, adviser_name: str, school_name: str) -> None:
        """The school's name, and the name of the adviser who unlocked the file (each adviser
        names themself; the profile keeps the last name given, for files without advisers)."""
        adviser = self.case.adviser
        with self.case.transaction() as session:
            prof = profile(session)
            row = session.get(Adviser, adviser) if adviser else None
            current = row.name if row is not None else prof.adviser_name
            if (current, prof.adviser_name, prof.school_name) == (
                adviser_name,
                adviser_name,
                school_name,
            ):
                return
            if row is not None:
                row.name = adviser_name
            prof.adviser_name, prof.school_name = adviser_name, school_name
            audit_log.append(session, actor(session), AuditAction.PROFILE_UPDATED)
            if row is not None and self.case.slots is not None and adviser is not None:
                updated = self.case.slots.copy()
                updated.set_label(adviser, adviser_name)
                updated.save(self.case.path)  # the last step: a failure rolls the rename back
                self.case.slots = updated


BAD_LOGO = QT_TRANSLATE_NOOP(
    "errors",
    "The logo must be a PNG or JPEG image of at most 2 MB that opens correctly; the letterhead "
    "was not changed.",
)


def check_logo(data: bytes) -> None:
    """Raises a KnownError unless ``data`` is a PNG or JPEG of at most 2 MB that decodes."""
    import io

    from PIL import Image

    from adviser_desk.domain.file_types import detect

    if len(data) > 2 * 2**20 or detect(data).mime not in ("image/png", "image/jpeg"):
        raise KnownError(BAD_LOGO)
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
    except (OSError, SyntaxError, ValueError) as exc:
        raise KnownError(BAD_LOGO) from exc


# -- opening and creating -----------------------------------------------------------------------
def create_case_file(
    path: Path, password: str, params: kdf.KdfParams | None = None, adviser_name: str = ""
) -> tuple[CaseFileService, RecoveryKey]:
    """``adviser_name`` names the adviser in the audit log, outputs and letters from the first
    event on; without it, the computer login stands in until a name is given."""
    require_acceptable(password)
    name = adviser_name.strip()
    case, recovery = casefile.create(
        path, password, params, actor=name or getpass.getuser(), adviser_name=name
    )
    service = CaseFileService(case)
    if name:
        service.update_profile(name, "")
    return service, recovery


def discard_new_case_file(service: CaseFileService) -> None:
    """Closes and removes a case file made moments ago for something that then failed (a
    hand-over into a new file), when it holds no case: nothing in it is lost."""
    if service.holds_cases():
        service.close()
        return
    path = service.path
    service.close()
    for companion in casefile.companion_files(path):
        companion.unlink(missing_ok=True)


def holds_case_files(folder: Path) -> bool:
    """Whether ``folder`` holds a case file, or a backup folder with one.

    A recovery sheet opens its case file without the password, so it must never lie beside
    the file or a backup of it (walk 3: saved with one Enter onto the backup stick)."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return False
    for entry in entries:
        try:
            if entry.suffix == SUFFIX and entry.is_file():
                return True
            # Backup folders only: the default folder for case files sits inside Documents,
            # where the sheet is proposed, and that is not the file's side.
            if entry.is_dir() and " backup " in entry.name and any(entry.glob(f"*{SUFFIX}")):
                return True
        except OSError:
            continue
    return False


def missing_key_file(path: Path) -> KeySlotFileError | None:
    """The error to tell when the case file's key file is gone (then only the recovery key
    opens it), or None: checked before the unlock dialog asks for a password."""
    slot_file = keyslots.slot_file_path(path)
    return None if slot_file.exists() else KeySlotFileError(slot_file)


def check_case_file(path: Path) -> None:
    """Raises a KnownError when ``path`` is no case file, is missing or is cut off: cheap,
    no key needed, so the window can say so before asking for a password."""
    casefile.check_file(path.absolute())


def _opened(case: CaseFile, public_key: bytes | None = None) -> CaseFileService:
    """What every unlock does once the file is open: note who unlocked it (and when), record
    that it was restored from a backup (the first time), remove what a crash left half-written,
    unfinished backups beside it and unencrypted exports (recorded in the chain when they
    were started)."""
    service = CaseFileService(case)
    if case.read_only:
        return service  # nothing can be removed or recorded on read-only media
    try:
        advisers.note_unlock(case, public_key)
        service.record_restore()
        service.remove_partial_backups()
        export_leftovers.remove_leftovers(case)
    except BaseException:
        case.close()
        raise
    return service


def ensure_not_open_elsewhere(path: Path) -> None:
    """Raises CaseFileLockedError at once when another Adviser Desk has the file open, so the
    adviser is told before typing a password rather than after."""
    probe = lock.CaseFileLock(path)
    probe.acquire()
    probe.release(remove_made=True)  # a look, not an open: it leaves no lock files (W8-5)


@dataclass(frozen=True)
class UnlockChoice:
    """An adviser the unlock dialog offers (read from the key file, before any key)."""

    adviser_id: str
    name: str


def unlock_choices(path: Path) -> list[UnlockChoice]:
    return [UnlockChoice(i, n) for i, n in casefile.unlock_choices(path)]


def remembered_advisers(path: Path) -> list[str]:
    """The advisers with a key remembered on this computer (the unlock dialog picks the first)."""
    return casefile.remembered_advisers(path)


@contextlib.contextmanager
def _logged_failure(how: str) -> Iterator[None]:
    """A failed open leaves one line for the IT desk: the kind of failure and how it was
    tried, never the path, the password or the key (walk 8, W8-5: nothing was logged). A
    damaged file is a WARNING; a wrong password or a file in use is everyday, an INFO."""
    try:
        yield
    except Exception as exc:
        damaged = isinstance(exc, (DamagedCaseFileError, WrongKeyOrDamagedError))
        level = logging.WARNING if damaged else logging.INFO
        _log.log(level, "case file not opened (%s): %s", how, type(exc).__name__)
        raise


def unlock_with_password(
    path: Path,
    password: str,
    progress: Progress = no_progress,
    cancelled: CancelRequested = never_cancelled,
    adviser: str | None = None,
) -> CaseFileService:
    """With ``adviser``'s password (one KDF run); with no adviser named, every adviser's slot
    is tried in turn (one KDF run each), which scripts without ``--adviser`` rely on.
    ``progress`` and ``cancelled`` serve the one-time upgrade of a file made by an older
    version (safety copy and migrations; Cancel leaves the file as it was)."""
    with _logged_failure("password"):
        case, public_key = casefile.open_with_password(path, password, progress, cancelled, adviser)
    return _opened(case, public_key)


def unlock_with_recovery_key(
    path: Path,
    key_text: str,
    progress: Progress = no_progress,
    cancelled: CancelRequested = never_cancelled,
    adviser: str | None = None,
) -> CaseFileService:
    """The recovery key is the file's, not an adviser's: ``adviser`` says who is using it (the
    only adviser when the file has one)."""
    with _logged_failure("recovery key"):
        recovery = RecoveryKey.parse(key_text)
        case = casefile.open_with_recovery_key(path, recovery, progress, cancelled)
    choices = [] if case.slots is None else [s.adviser for s in case.slots.password_slots()]
    if adviser in choices:
        case.adviser = adviser
    elif len(choices) == 1:
        case.adviser = choices[0]
    service = _opened(case)
    with service.case.transaction() as session:
        audit_log.append(session, actor(session), AuditAction.UNLOCKED_WITH_RECOVERY_KEY)
    return service


def change_password(path: Path, old: str, new: str, adviser: str | None = None) -> None:
    """The command line's password change: unlocking with the old password is its proof, so
    the KDF runs once for each password typed."""
    require_acceptable(new)
    service = unlock_with_password(path, old, adviser=adviser)
    try:
        slots = service.case.slots
        assert slots is not None  # a password opened it, so it has slots
        service._replace_password(
            new, slots.password_slot(service.case.adviser).kdf_params, AuditAction.PASSWORD_CHANGED
        )
    finally:
        service.close()


def unlock_remembered(
    path: Path,
    progress: Progress = no_progress,
    cancelled: CancelRequested = never_cancelled,
    adviser: str | None = None,
) -> CaseFileService:
    with _logged_failure("remembered key"):
        case = casefile.open_remembered(path, progress, cancelled, adviser)
    return _opened(case)


def keyring_unavailable_reason() -> str | None:
    return keyring_slot.availability()


def is_restored_copy(path: Path) -> bool:
    """Whether ``path`` is a backup restored and not unlocked yet: it opens with the password
    of when the backup was made, or the recovery key (walk 12, W12-5)."""
    return backup.read_restore_note(path) is not None


def check_backup(backup_path: Path) -> None:
    """Raises a KnownError naming ``backup_path`` when it is no case file (a photo, a note),
    is missing or is cut off: cheap and without a key, so a restore refuses it before asking
    where the copy goes or writing anything (walk 14, W14-1)."""
    casefile.check_file(backup_path.absolute())


def restore_backup(backup_path: Path, target: Path) -> Path:
    check_backup(backup_path)
    return backup.restore(backup_path, target)


def backup_made_at(backup_path: Path) -> datetime | None:
    """When the backup was made (local time), if its folder says; None otherwise."""
    return backup.backup_made_at(backup_path)


def remove_restored_copy(path: Path) -> bool:
    """Removes a restored copy the adviser did not open (never one that was unlocked)."""
    return backup.remove_restored(path)
