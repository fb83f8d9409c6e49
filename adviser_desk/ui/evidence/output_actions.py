"""The Evidence tab's output: verifying the stored items, the evidence log (print or PDF)
and the package for the police. Each runs in a worker behind a progress dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton

from adviser_desk.domain.errors import Cancelled, KnownError
from adviser_desk.services import evidence_export as evx
from adviser_desk.ui.common.dialogs import (
    EXPORT,
    choose_target_folder,
    proposed_pdf,
    save_pdf_name,
    show_error,
)
from adviser_desk.ui.common.errors import known_errors
from adviser_desk.ui.common.focus_show import back_on
from adviser_desk.ui.common.i18n import translate_report
from adviser_desk.ui.common.pdf_print import preview_and_print
from adviser_desk.ui.common.workers import Job, run_with_progress

if TYPE_CHECKING:
    from adviser_desk.ui.evidence.evidence_tab import EvidenceTab


class EvidenceOutput(QObject):
    """Verify evidence, Evidence log > Print / Save as PDF, Export for the police."""

    def __init__(self, tab: EvidenceTab) -> None:
        super().__init__(tab)
        self.tab = tab

    def _run(
        self, title: str, label: str, job: Job, on_done: Callable[[Any], None], failed: str
    ) -> None:
        """Long work in a thread behind a progress dialog with Cancel."""
        tab = self.tab

        def on_error(exc: BaseException) -> None:
            tab.reload()
            if isinstance(exc, Cancelled):
                tab.status.setText(self.tr("Cancelled; nothing was saved."))
            else:
                show_error(tab, failed, exc)

        tab.task = run_with_progress(tab, title, label, job, on_done, on_error)

    @Slot()
    def verify(self) -> None:
        tab = self.tab
        if tab.service is None or tab.case_id is None:
            return
        service, case_id = tab.service, tab.case_id

        def done(bad: list[str]) -> None:
            tab.reload()
            if bad:
                tab.tell(
                    QMessageBox.Icon.Critical,
                    self.tr("Verify evidence"),
                    self.tr("These items no longer match their hash: {items}").format(
                        items=", ".join(bad)
                    ),
                )
            else:
                tab.tell(
                    QMessageBox.Icon.Information,
                    self.tr("Verify evidence"),
                    self.tr("Every stored item matches the hash taken at intake."),
                )

        self._run(
            self.tr("Verify evidence"),
            self.tr("Checking every stored item against its hash…"),
            lambda progress, cancelled: service.verify(case_id, progress, cancelled),
            done,
            self.tr("Verify evidence"),
        )

    @Slot()
    def print_log(self) -> None:
        """Print preview of the evidence log; printing it is recorded with the PDF's hash."""
        tab = self.tab
        if tab.service is None or tab.case_id is None:
            return
        service, case_id = tab.service, tab.case_id
        number = service.cases.get_case(case_id).number
        file = proposed_pdf(self.tr("{number} evidence log.pdf").format(number=number))

        def done(pdf: bytes) -> None:
            tab.reload()
            title = self.tr("Evidence log")
            try:
                printed = preview_and_print(tab, pdf, title, file)
            except KnownError as exc:
                show_error(tab, title, exc)
                return
            if printed:
                evx.record_printed(service, case_id, pdf)
                tab.reload()
                tab.status.setText(self.tr("Printed; recorded in the chain of custody."))

        self._run(
            self.tr("Print evidence log"),
            self.tr("Verifying the evidence and making the log…"),
            lambda progress, cancelled: evx.render_log(
                service, case_id, translate_report, True, progress, cancelled
            ),
            done,
            self.tr("The evidence log could not be made"),
        )

    @Slot()
    def save_log(self) -> None:
        tab = self.tab
        if tab.service is None or tab.case_id is None:
            return
        number = tab.service.cases.get_case(tab.case_id).number
        target = save_pdf_name(
            tab,
            self.tr("Save evidence log"),
            self.tr("{number} evidence log.pdf").format(number=number),
        )
        if target is None or tab.service is None or tab.case_id is None:
            return
        service, case_id, out = tab.service, tab.case_id, target

        def done(_digest: str) -> None:
            tab.reload()
            tab.status.setText(self.tr("Saved {path}; not encrypted.").format(path=out))
            # Back on Evidence log, showing: no focus showed after saving (walk 7, W7-6), nor
            # in any window once the file dialog had closed without a window manager (W14-17).
            log = tab.findChild(QPushButton, "evidence_log")
            if log is not None and log.isVisible():
                back_on(log)

        self._run(
            self.tr("Save evidence log"),
            self.tr("Verifying the evidence and making the log…"),
            lambda progress, cancelled: evx.export_log(
                service, case_id, out, translate_report, True, progress, cancelled
            ),
            done,
            self.tr("The evidence log was not saved"),
        )

    def _ask_receiver(self) -> str | None:
        """Who receives the export: required, since the package is not encrypted and the
        record must say who took it (walk 5, W5-11: an empty answer was exported and
        nothing said to whom). An empty answer is told and asked again, in the field."""
        tab = self.tab
        receiver = ""
        while True:
            receiver, ok = QInputDialog.getText(
                tab,
                self.tr("Export for the police"),
                self.tr("Who receives it (name and organisation)? The export is NOT encrypted."),
                text=receiver,
            )
            if not ok:
                return None
            receiver = " ".join(receiver.split())
            if receiver:
                return receiver
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Export for the police"),
                self.tr(
                    "Fill in who receives the export, for example 'Officer Jansen, Utrecht "
                    "police'. It is recorded with the export."
                ),
                QMessageBox.StandardButton.Ok,
                tab,
            )
            box.setObjectName("receiver_required")
            try:
                box.exec()
            finally:
                box.deleteLater()

    @Slot()
    def export_package(self) -> None:
        tab = self.tab
        if tab.service is None or tab.case_id is None:
            return
        # Files stored before the case became a sexual case are asked about first (walk G);
        # the export goes on once each is answered, and is told as not done when one is left
        # waiting (walk I, finding 26).
        tab.pending.ask_all(
            then=self._export_answered,
            before=self.tr(
                "Asked before the export for the police: nothing is exported while a file "
                "waits for this answer."
            ),
            stopped=self._export_stopped,
        )

    def _export_stopped(self) -> None:
        tab = self.tab
        if tab.service is None or tab.case_id is None:
            return
        numbers = [row.number for row in tab.service.pending(tab.case_id)]
        text = self.tr(
            "Nothing was exported: {numbers} still waits for the question about minors.",
            "",
            len(numbers),
        ).format(numbers=", ".join(numbers))
        tab.status.setText(text)
        tab.tell(QMessageBox.Icon.Information, self.tr("Export for the police"), text)

    def _export_answered(self) -> None:
        tab = self.tab
        if tab.service is None or tab.case_id is None:
            return
        # Told before the receiver and the folder are asked: the export would refuse anyway.
        with known_errors(tab, self.tr("Export for the police")) as attempt:
            tab.service.check_exportable(tab.case_id)
        if attempt.failed:
            return
        receiver = self._ask_receiver()
        if receiver is None:
            return
        folder = choose_target_folder(tab, self.tr("Folder for the export (a USB stick)"), EXPORT)
        if folder is None or tab.service is None or tab.case_id is None:
            return
        service, case_id, dest, who = tab.service, tab.case_id, folder, receiver

        def done(final: Path) -> None:
            tab.reload()
            text = self.tr("Exported to {path}.").format(path=final)
            tab.status.setText(text)
            tab.tell(QMessageBox.Icon.Information, self.tr("Export for the police"), text)

        self._run(
            self.tr("Export for the police"),
            self.tr("Copying the originals and making the log…"),
            lambda progress, cancelled: evx.export_package(
                service, case_id, dest, who, translate_report, None, progress, cancelled
            ),
            done,
            self.tr("The export failed"),
        )
