"""File > Make backup, Verify case file and Restore from backup."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from adviser_desk.domain.errors import Cancelled
from adviser_desk.integrity_text import IntegrityText
from adviser_desk.ui.case_file.opening import CaseFileOpening
from adviser_desk.ui.case_file.restore_actions import RestoreActions
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common.dialogs import (
    BACKUP,
    choose_target_folder,
    show_error,
)
from adviser_desk.ui.common.host import WindowHost
from adviser_desk.ui.common.workers import run_with_progress

if TYPE_CHECKING:  # loaded after the first window (issue 15)
    from adviser_desk.services import case_file_service as svc


class BackupActions(QObject):
    """Backup and verification run as long work with progress; restoring is RestoreActions."""

    def __init__(self, host: WindowHost, window: QWidget, opening: CaseFileOpening) -> None:
        super().__init__(window)
        self.host = host
        self.window = window
        self.restores = RestoreActions(host, window, opening)

    @Slot()
    def make_backup(self) -> None:
        if self.host.session is None:
            return
        dest = choose_target_folder(
            self.window, self.tr("Choose a folder for the backup (a USB stick)"), BACKUP
        )
        session = self.host.session
        if dest is None or session is None:
            return
        service = session.file
        self.host.task = run_with_progress(
            self.window,
            self.tr("Backup"),
            self.tr("Making an encrypted backup…"),
            lambda progress, cancelled: service.make_backup(dest, progress, cancelled),
            self._backup_done,
            self._backup_failed,
        )

    def _backup_done(self, copy: Path) -> None:
        self.host.refresh()
        QMessageBox.information(
            self.window,
            self.tr("Backup made"),
            # It keeps the key file of today: a later password change does not reach it
            # (walk 12, W12-5: "the same password" read as "whatever my password is then").
            self.tr(
                "The backup was saved as {path}. It is encrypted: it opens with the password "
                "you use now (of {date}) or with the recovery key. If you change your "
                "password later, this backup still needs today's password, or the recovery "
                "key. Re-encrypting the case file gives a new recovery key; this backup keeps "
                "opening with the one you have now."
            ).format(path=copy, date=fmt.date_text(date.today())),
        )

    def _backup_failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            QMessageBox.information(
                self.window,
                self.tr("Backup"),
                self.tr("The backup was cancelled; nothing was kept."),
            )
            return
        show_error(self.window, self.tr("The backup failed"), exc)

    @Slot()
    def verify(self) -> None:
        session = self.host.session
        if session is None:
            return
        service = session.file
        self.host.task = run_with_progress(
            self.window,
            self.tr("Verify case file"),
            self.tr("Checking every encrypted page and the audit chain…"),
            lambda progress, _cancelled: service.verify(progress),
            self._verified,
            lambda exc: show_error(self.window, self.tr("The check could not run"), exc),
            cancellable=False,
        )

    def verification_text(self, report: svc.IntegrityReport) -> str:
        if report.ok and report.chain is not None:
            return self.tr(
                "The case file is intact: every encrypted page passed its check, the database "
                "structure is sound and the audit chain of %n event(s) is unbroken.",
                "",
                report.chain.events,
            )
        parts = []
        if report.page_errors:
            parts.append(
                self.tr(
                    "%n encrypted page(s) fail their integrity check.", "", len(report.page_errors)
                )
            )
        if report.structure_errors:
            parts.append(self.tr("The database structure is damaged."))
        if report.chain is not None and not report.chain.intact:
            parts.append(
                self.tr("The audit chain is broken at event {seq}.").format(
                    seq=report.chain.broken_at
                )
            )
        parts.append(self.tr("Restore the case file from a backup and tell your IT staff."))
        return " ".join(parts)

    def detail_lines(self, report: svc.IntegrityReport) -> list[str]:
        """The check's details in the adviser's language, as ``adviser-desk verify`` prints
        them in the system's."""
        return IntegrityText().lines(report)

    def _verified(self, report: svc.IntegrityReport) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information if report.ok else QMessageBox.Icon.Critical,
            self.tr("Verify case file"),
            self.verification_text(report),
            parent=self.window,
        )
        box.setObjectName("verify_result")
        box.setDetailedText("\n".join(self.detail_lines(report)))
        box.exec()

    @Slot()
    def restore_backup(self) -> None:
        self.restores.restore_backup()
