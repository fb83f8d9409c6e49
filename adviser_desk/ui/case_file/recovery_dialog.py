"""The recovery key screen: shown once at creation (and again until confirmed)."""

from __future__ import annotations

import html
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.domain.errors import KnownError
from adviser_desk.domain.recovery_key import RecoveryKey
from adviser_desk.services.case_file_service import CaseFileService, holds_case_files
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common import theme
from adviser_desk.ui.common.dialogs import (
    documents_folder,
    proposed_pdf,
    save_pdf_name,
    show_error,
)
from adviser_desk.ui.common.errors import known_errors
from adviser_desk.ui.common.focus_show import back_on
from adviser_desk.ui.common.i18n import translate_report
from adviser_desk.ui.common.pdf_print import a4_printer, paint_pdf, propose_file


class RecoveryKeyDialog(QDialog):
    def __init__(
        self,
        service: CaseFileService,
        recovery: RecoveryKey,
        parent: QWidget | None = None,
        receiver: str = "",
    ) -> None:
        """``receiver``: the colleague a new file was made for in a hand-over; the window and
        the sheet then speak of their file, not the adviser's (walk 5, W5-23)."""
        super().__init__(parent)
        self.service = service
        self.recovery = recovery
        self.receiver = receiver
        # Named: after a hand-over into a new file this key is the colleague's (walk 4, W13).
        name = service.path.name
        self.setWindowTitle(self.tr("Recovery key for {file}").format(file=name))
        self.setMinimumWidth(620)
        own = self.tr(
            "<b>Store this recovery key for {file} before you start.</b> It opens the case "
            "file if you forget the password or lose the key file beside it. Adviser Desk "
            "cannot show it again once you confirm. Print the sheet or write the key down, "
            "and keep it locked away, apart from this computer."
        )
        theirs = self.tr(
            "<b>This recovery key is for {receiver}, with {file}.</b> It opens that case file "
            "if {receiver} forgets the password or loses the key file beside it. Print the "
            "sheet or write the key down and give it to {receiver} in person, separately from "
            "the case file (never in the same e-mail or on the same stick)."
        )
        intro = QLabel(
            (theirs if receiver else own).format(
                file=html.escape(name), receiver=html.escape(receiver)
            ),
            self,
        )
        intro.setWordWrap(True)
        self.key_label = QLabel(self._key_html(), self)
        self.key_label.setObjectName("recovery_key")
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Deliberately not selectable: the clipboard is readable by every program.
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(max(mono.pointSize(), 10) + 8)
        mono.setWeight(QFont.Weight.DemiBold)
        self.key_label.setFont(mono)
        theme.set_role(self.key_label, "key")
        save = QPushButton(self.tr("Save sheet as PDF…"), self)
        save.setObjectName("save_pdf")
        save.clicked.connect(self._save_pdf)
        print_button = QPushButton(self.tr("Print sheet…"), self)
        print_button.setObjectName("print_sheet")
        print_button.clicked.connect(self._print)
        # What became of the last Save sheet as PDF… when no box says so (walk 11, W11-3).
        self.save_status = QLabel(self)
        self.save_status.setObjectName("save_status")
        self.save_status.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(save)
        actions.addWidget(print_button)
        actions.addWidget(self.save_status, 1)
        self.confirm = QCheckBox(
            self.tr("I have printed or written down the recovery key for {receiver}.").format(
                receiver=receiver
            )
            if receiver
            else self.tr("I have printed or written down the recovery key and stored it safely."),
            self,
        )
        self.confirm.setObjectName("confirm_stored")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Continue"))
        self.ok.setEnabled(False)
        self.confirm.toggled.connect(self.ok.setEnabled)
        self.buttons.accepted.connect(self._confirm)
        later = QLabel(
            self.tr(
                "If you close this window without confirming, the key is shown to {receiver} "
                "the first time they open the case file."
            ).format(receiver=receiver)
            if receiver
            else self.tr(
                "If you close this window without confirming, the key is shown again the next "
                "time you open the case file."
            ),
            self,
        )
        later.setWordWrap(True)
        theme.set_role(later, "hint")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(self.key_label)
        layout.addSpacing(8)
        layout.addLayout(actions)
        layout.addWidget(self.confirm)
        layout.addWidget(later)
        layout.addWidget(self.buttons)

    def _key_html(self) -> str:
        return "<br/>".join(escape(line) for line in self.recovery.shown_lines())

    def sheet_pdf(self) -> bytes:
        created = fmt.date_time_text(self.service.info().created_at)
        return self.service.recovery_sheet(self.recovery, created, translate_report, self.receiver)

    def save_pdf_to(self, target: Path) -> None:
        self.service.save_recovery_sheet(target, self.sheet_pdf())

    def _sheet_name(self) -> str:
        return self.tr("{name} recovery sheet.pdf").format(name=self.service.path.stem)

    @Slot()
    def _save_pdf(self) -> None:
        self.save_status.clear()
        target = self._ask_target()
        if target is None:
            return
        with known_errors(self, self.tr("The sheet was not saved")) as attempt:
            self.save_pdf_to(target)
        if attempt.failed:
            return
        QMessageBox.information(
            self,
            self.tr("Recovery sheet saved"),
            self.tr(
                "The sheet was saved, unencrypted, as {path}. Print it, store the paper safely, "
                "then delete the file and empty the bin."
            ).format(path=target),
        )

    def _ask_target(self) -> Path | None:
        """Where the sheet goes, asked until the adviser chooses a folder without a case file
        or a backup, agrees to save beside one, or cancels. No to "Save it here anyway?"
        opens the chooser again, as the warning says to keep the sheet somewhere else; it
        returned to the sheet without a word (walk 11, W11-3). A Cancel after that No says
        the sheet was not saved."""
        declined = False
        while True:
            # Never proposed where the last backup or document went: that may be the stick
            # with the backup on it (walk 3).
            target = save_pdf_name(
                self, self.tr("Save recovery sheet"), self._sheet_name(), documents_folder()
            )
            if target is None:
                if declined:
                    self.save_status.setText(self.tr("The sheet was not saved."))
                return None
            if self._apart_from_case_files(target):
                return target
            declined = True

    def _apart_from_case_files(self, target: Path) -> bool:
        """Asks before the sheet goes beside a case file or a backup: whoever finds both can
        open the case file without the password."""
        if not holds_case_files(target.parent):
            return True
        answer = QMessageBox.warning(
            self,
            self.tr("Recovery sheet"),
            self.tr(
                "{folder} holds a case file or a backup. The recovery sheet opens the case "
                "file without the password: whoever finds both can read every case. Keep the "
                "sheet somewhere else. Save it here anyway?"
            ).format(folder=target.parent),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def _print(self) -> None:
        printer = a4_printer()
        propose_file(printer, proposed_pdf(self._sheet_name(), documents_folder()))
        dialog = QPrintDialog(printer, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            # The printer gets the very PDF that "Save as PDF" writes, painted page by page.
            try:
                paint_pdf(printer, self.sheet_pdf())
            except KnownError as exc:
                show_error(self, self.tr("Recovery sheet"), exc)
                return
            self.service.record_recovery_sheet_saved(f"printer: {printer.printerName()}")
        finally:
            dialog.deleteLater()
            button = self.findChild(QPushButton, "print_sheet")
            if button is not None and button.isVisible():
                back_on(button)  # walk 14, W14-17: no focus showed after printing

    @Slot()
    def _confirm(self) -> None:
        with known_errors(self, self.tr("Could not confirm")) as attempt:
            self.service.confirm_recovery_key_stored()
        if attempt.failed:
            return
        self.accept()
