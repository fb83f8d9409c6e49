"""Exporting a case summary PDF, after saying plainly that it leaves the encryption."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from adviser_desk.ui.common.dialogs import save_pdf_name
from adviser_desk.ui.common.errors import known_errors
from adviser_desk.ui.common.host import WindowHost
from adviser_desk.ui.common.i18n import translate_report


class SummaryExport(QObject):
    """Case > Export case summary, and the retention dialog's "Export summary first"."""

    def __init__(self, host: WindowHost, window: QWidget) -> None:
        super().__init__(window)
        self.host = host
        self.window = window

    def export_summary(
        self, case_id: int, target: Path | None = None, unmask_reporter: bool = False
    ) -> Path | None:
        """Saves the case summary PDF; with no ``target`` the adviser chooses where and
        confirms that the PDF is not encrypted (and whether to name an anonymous reporter)."""
        session = self.host.session
        if session is None:
            return None
        detail = session.cases.get_case(case_id)
        if target is None:
            target = save_pdf_name(
                self.window,
                self.tr("Export case summary"),
                self.tr("{number} case summary.pdf").format(number=detail.number),
            )
            if target is None:
                return None
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Export case summary"),
                self.tr(
                    "The PDF is not encrypted: anyone who gets the file can read it. An "
                    "anonymous reporter is not named in it. Export it?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                self.window,
            )
            unmask_box = None
            if any(person.anonymous for person in detail.people):
                unmask_box = QCheckBox(
                    self.tr(
                        "Name the anonymous reporter in this one export (recorded in the audit log)"
                    )
                )
                box.setCheckBox(unmask_box)
            answer = box.exec()
            if answer != QMessageBox.StandardButton.Yes:
                return None
            unmask_reporter = unmask_box is not None and unmask_box.isChecked()
        from adviser_desk.services import summary_service

        with known_errors(self.window, self.tr("The summary was not exported")) as attempt:
            summary_service.export_summary(
                session.cases, case_id, target, translate_report, unmask_reporter
            )
        if attempt.failed:
            return None
        self.host.refresh()
        return target
