"""What leaves the letter editor: printing, a PDF file, the plain text on the clipboard.
Every print or PDF is of a saved version and recorded with the PDF's SHA-256."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from adviser_desk.domain import letters as dl
from adviser_desk.services.letter_service import VersionRow
from adviser_desk.ui.common.dialogs import proposed_pdf, save_pdf_name
from adviser_desk.ui.common.errors import known_errors
from adviser_desk.ui.common.pdf_print import preview_and_print

if TYPE_CHECKING:
    from adviser_desk.ui.letters.letter_editor import LetterEditor


class LetterOutput(QObject):
    """Print…, Save as PDF… and Copy as plain text of the editor's letter."""

    def __init__(self, editor: LetterEditor) -> None:
        super().__init__(editor)
        self.dialog = editor

    def _version_for_output(self, printing: bool) -> VersionRow | None:
        """What is printed is always a saved version: unsaved edits are saved first."""
        dialog = self.dialog
        if not dialog.checked:
            # No is the default, as for open fields: Enter does not send unchecked details
            # out (walk 5, W5-17).
            answer = QMessageBox.question(
                dialog,
                self.tr("Details not checked"),
                self.tr(
                    "Some details taken from the case may still be wrong or unfilled. "
                    "Continue anyway?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        left = dl.open_fields(dialog.editor.toPlainText())
        if left:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Fields still open"),
                (
                    self.tr("Some [fields] are still open: {fields}. Print anyway?")
                    if printing
                    else self.tr("Some [fields] are still open: {fields}. Save as PDF anyway?")
                ).format(fields=", ".join(left)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                dialog,
            )
            box.setDefaultButton(QMessageBox.StandardButton.No)
            if box.exec() != QMessageBox.StandardButton.Yes:
                return None
        if dialog.version is None or dialog.modified:
            return dialog.save_version()
        return dialog.version

    def _title(self) -> str:
        dialog = self.dialog
        return dialog.letters.title(dialog.current_kind(), dialog.language.currentData())

    def _name(self) -> str:
        """The file name proposed for the letter's PDF, printed to a file or saved."""
        dialog = self.dialog
        number = dialog.letters.cases.get_case(dialog.case_id).number
        return f"{number} {self._title()}.pdf"

    @Slot()
    def print_letter(self) -> None:
        dialog = self.dialog
        version = self._version_for_output(printing=True)
        if version is None:
            return
        with known_errors(dialog, self.tr("The letter was not printed")):
            pdf = dialog.letters.render(dialog.current_kind(), version.html, self._title())
            if preview_and_print(dialog, pdf, dialog.windowTitle(), proposed_pdf(self._name())):
                dialog.letters.record_output(version.version_id, "printed", pdf)
                dialog.fill_versions()
                dialog.status.setText(self.tr("Printed; recorded with the PDF's SHA-256."))

    @Slot()
    def save_pdf(self) -> None:
        dialog = self.dialog
        version = self._version_for_output(printing=False)
        if version is None:
            return
        target = save_pdf_name(dialog, self.tr("Save letter as PDF"), self._name())
        if target is None:
            return
        with known_errors(dialog, self.tr("The letter was not saved")) as attempt:
            digest = dialog.letters.save_pdf(version, dialog.current_kind(), self._title(), target)
        if attempt.failed:
            return
        dialog.fill_versions()
        dialog.status.setText(
            self.tr("Saved {path} (SHA-256 {digest}…); not encrypted.").format(
                path=target, digest=digest[:12]
            )
        )

    @Slot()
    def copy_text(self) -> None:
        dialog = self.dialog
        QGuiApplication.clipboard().setText(dialog.editor.toPlainText())
        dialog.status.setText(self.tr("Copied as plain text."))
