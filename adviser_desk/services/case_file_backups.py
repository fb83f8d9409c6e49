"""Backups of the open case file: making one, and cleaning up after one that was cut off."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy.orm import Session

from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.domain.work import CancelRequested, Progress
from adviser_desk.services.actor import actor
from adviser_desk.storage import audit_log, backup
from adviser_desk.storage.casefile import CaseFile

_log = logging.getLogger("adviser_desk.services.case_file_service")


class CaseFileBackups:
    """The backup part of :class:`~adviser_desk.services.case_file_service.CaseFileService`."""

    case: CaseFile

    @property
    def path(self) -> Path:
        return self.case.path

    def make_backup(
        self,
        dest_dir: Path,
        progress: Progress | None = None,
        cancelled: CancelRequested | None = None,
    ) -> Path:
        leftovers = backup.partial_backups(dest_dir, self.path)
        copy = backup.make_backup(self.case, dest_dir, progress, cancelled)
        with self.case.transaction() as session:
            self._record_removed(session, [p for p in leftovers if not p.exists()])
            audit_log.append(session, actor(session), AuditAction.BACKUP_MADE, str(copy))
        _log.info("backup made")
        return copy

    def record_restore(self) -> None:
        """A file restored from a backup says so in its own audit chain, at its first unlock
        (walk 4: its last event was the one before the backup). The restore itself copies
        bytes it cannot write to without the key; the note it left beside them names the
        backup. Who unlocks is the one recorded."""
        note = backup.read_restore_note(self.path)
        if note is None:
            return
        with self.case.transaction() as session:
            audit_log.append(
                session,
                actor(session),
                AuditAction.RESTORED_FROM_BACKUP,
                note.backup,
                {"restored_at": note.at},
            )
        backup.clear_restore_note(self.path)
        _log.info("restore from a backup recorded")

    def remove_partial_backups(self) -> list[Path]:
        """Backups left unfinished beside the case file (the app was killed while copying) are
        removed when the file is opened; the next backup to another folder cleans that one."""
        removed = backup.remove_partial_backups(self.path.parent, self.path)
        if removed:
            with self.case.transaction() as session:
                self._record_removed(session, removed)
        return removed

    @staticmethod
    def _record_removed(session: Session, removed: list[Path]) -> None:
        for path in removed:
            audit_log.append(session, actor(session), AuditAction.BACKUP_PARTIAL_REMOVED, str(path))
