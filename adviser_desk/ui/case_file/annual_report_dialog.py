"""File > Annual report…: the anonymised counts of a year, saved as PDF (and CSV)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.services.annual_report_service import AnnualReportService
from adviser_desk.ui.common import theme
from adviser_desk.ui.common.dialogs import save_pdf_name
from adviser_desk.ui.common.errors import known_errors
from adviser_desk.ui.common.i18n import current_language, translate_report
from adviser_desk.ui.common.keyboard import name_fields


class AnnualReportDialog(QDialog):
    def __init__(self, reports: AnnualReportService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reports = reports
        self.saved_to: list[str] = []
        self.setWindowTitle(self.tr("Annual report"))
        note = QLabel(
            self.tr(
                "Counts for the school's annual account: cases opened in the year by incident "
                "type and month, how they stand, police reports, referrals, reports to Veilig "
                "Thuis and the median duration. No names and no case details; every count below "
                "5 is printed as “<5”, so a small school cannot be read back to a child."
            ),
            self,
        )
        note.setWordWrap(True)
        theme.set_role(note, "hint")
        self.year = QComboBox(self)
        self.year.setObjectName("year")
        this_year = date.today().year
        years = sorted(set(reports.years()) | {this_year, this_year - 1}, reverse=True)
        for year in years:
            self.year.addItem(str(year), year)
        # In the new school year the account is usually about the year just ended.
        self.year.setCurrentIndex(
            max(0, self.year.findData(this_year - 1 if date.today().month < 7 else this_year))
        )
        self.csv = QCheckBox(
            self.tr("Also save the counts as a CSV file (for a spreadsheet)"), self
        )
        self.csv.setObjectName("with_csv")
        self.csv.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("&Year:"), self.year)
        form.addRow("", self.csv)
        name_fields(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.save_button.setObjectName("save_annual_report")
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.year.setFocus()

    @Slot()
    def save(self) -> None:
        year = int(self.year.currentData())
        target = save_pdf_name(
            self, self.windowTitle(), self.tr("Annual report {year}.pdf").format(year=year)
        )
        if target is None:
            return
        table = target.with_suffix(".csv") if self.csv.isChecked() else None
        with known_errors(self, self.tr("The annual report was not saved")) as attempt:
            self.reports.save(year, target, translate_report, current_language(), table)
        if attempt.failed:
            return
        self.saved_to = [str(target)] + ([str(table)] if table else [])
        QMessageBox.information(
            self,
            self.windowTitle(),
            self.tr(
                "Saved:\n{files}\n\nThese files are not encrypted, but hold counts only."
            ).format(files="\n".join(self.saved_to)),
        )
        self.accept()
