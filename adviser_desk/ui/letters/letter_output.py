"""What leaves the letter editor: printing, a PDF file, the plain text on the clipboard.
Every print or PDF is of a saved version and recorded with the PDF's SHA-256."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton

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
        self._saved_now = False  # the output being made saved a version first

    def _version_for_output(self, printing: bool) -> VersionRow | None:
        """What is printed is always a saved version: unsaved edits are saved first. None:
        the adviser answered No (the status line says nothing left)."""
        dialog = self.dialog
        self._saved_now = False
        if not self._go_ahead(printing):
            self._nothing_out(printing)
            return None
        if dialog.version is None or dialog.modified:
            self._saved_now = True
            return dialog.save_version()
        return dialog.version

    def _go_ahead(self, printing: bool) -> bool:
        """One question naming all that is not ready: details from the case not checked and
        [fields] still open. They were two questions in a row, both No by default (walk 5,
        W5-17: Enter must not send unchecked details out); an Enter meant for the file dialog
        after Yes to the first answered No to the second, and nothing was saved, without a
        word (walk 9, W9-4). No stays the default."""
        dialog = self.dialog
        points = []
        if not dialog.checked:
            points.append(
                self.tr(
                    "The details taken from the case are not checked: some may still be wrong "
                    "or unfilled."
                )
            )
        left = dl.open_fields(dialog.editor.toPlainText())
        if left:
            points.append(
                self.tr("Some [fields] are still open: {fields}.").format(fields=", ".join(left))
            )
        if not points:
            return True
        question = self.tr("Print anyway?") if printing else self.tr("Save as PDF anyway?")
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Letter not ready"),
            "\n\n".join([*points, question]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            dialog,
        )
        box.setObjectName("letter_not_ready")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _nothing_out(self, printing: bool) -> None:
        """Says that nothing left the editor, after what saving a version just said."""
        status = self.dialog.status
        said = self.tr("Not printed.") if printing else self.tr("Not saved as PDF.")
        status.setText(f"{status.text()} {said}" if self._saved_now else said)

    def _title(self) -> str:
        dialog = self.dialog
        return dialog.letters.title(dialog.current_kind(), dialog.language.currentData())

    def _name(self) -> str:
        """The file name proposed for the letter's PDF, printed to a file or saved."""
        dialog = self.dialog
        number = dialog.letters.cases.get_case(dialog.case_id).number
        return f"{number} {self._title()}.pdf"

    def _back_on(self, name: str) -> None:
        """The focus on the button that was used (Print… or Save as PDF…), whatever came of
        it. A button's Alt letter clicks it without taking the focus, so the focus went back
        to where it had been, such as the Sent by box, and the next Enter or arrow acted
        there (walk 11)."""
        button = self.dialog.findChild(QPushButton, name)
        if button is not None and button.isVisible() and button.isEnabled():
            button.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def print_letter(self) -> None:
        self._print_letter()
        self._back_on("print")

    @Slot()
    def save_pdf(self) -> None:
        self._save_pdf()
        self._back_on("pdf")

    def _print_letter(self) -> None:
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
            else:
                self._nothing_out(printing=True)

    def _save_pdf(self) -> None:
        dialog = self.dialog
        version = self._version_for_output(printing=False)
        if version is None:
            return
        target = save_pdf_name(dialog, self.tr("Save letter as PDF"), self._name())
        if target is None:
            self._nothing_out(printing=False)
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
