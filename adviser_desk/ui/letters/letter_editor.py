"""The letter editor: a draft from the case, edited freely as rich text, saved as versions,
printed or saved as PDF (each output recorded with its SHA-256), or copied as plain text."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QKeySequence,
    QPalette,
    QTextCharFormat,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.domain import letters as dl
from adviser_desk.services.letter_service import LetterRow, LetterService, VersionRow
from adviser_desk.services.protocol_data import letter_templates
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common import theme
from adviser_desk.ui.common.dialogs import save_pdf_name
from adviser_desk.ui.common.errors import known_errors
from adviser_desk.ui.common.fit import ScrollingArea, fit_to_screen
from adviser_desk.ui.common.i18n import current_language, translate_report
from adviser_desk.ui.common.pdf_print import preview_and_print


class LetterEditor(QDialog):
    """One letter of one case. ``letter_id`` None starts a new letter from a fresh draft."""

    def __init__(
        self,
        letters: LetterService,
        case_id: int,
        kind: dl.LetterKind | None = None,
        letter_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.letters, self.case_id, self.letter_id = letters, case_id, letter_id
        self.setWindowTitle(self.tr("Letter"))
        fit_to_screen(self, 1000, 720)
        self.saved_html = ""
        self.version: VersionRow | None = None
        self.checked = False
        ui = current_language()

        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for k, template in letter_templates().items():
            self.kind.addItem(template.title.get(ui, template.title["en"]), k.value)
        self.sender_choice = QComboBox(self)
        self.sender_choice.setObjectName("sender")
        self.sender_choice.addItem(self.tr("the student"), dl.Sender.STUDENT.value)
        self.sender_choice.addItem(self.tr("a parent"), dl.Sender.PARENT.value)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if ui == "nl" else 1)
        redraft = QPushButton(self.tr("New draft from the case"), self)
        redraft.setObjectName("redraft")
        redraft.clicked.connect(lambda: self.redraft(confirm=True))
        choose = QHBoxLayout()
        choose.addWidget(self.kind, 2)
        choose.addWidget(QLabel(self.tr("Sent by:"), self))
        choose.addWidget(self.sender_choice)
        choose.addWidget(self.language)
        choose.addWidget(redraft)

        self.notes = QLabel(self)
        self.notes.setObjectName("letter_notes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)

        self.editor = QTextEdit(self)
        self.editor.setObjectName("letter_text")
        self.editor.setAcceptRichText(True)
        font = self.editor.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        self.editor.setFont(font)
        # The letter is shown as the paper it is printed on, in either colour scheme, so the
        # highlighted details (dark text on yellow) read the same everywhere.
        paper = self.editor.palette()
        paper.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
        paper.setColor(QPalette.ColorRole.Text, QColor("#000000"))
        self.editor.setPalette(paper)
        tools = QToolBar(self)
        self.bold = QAction(self.tr("Bold"), self)
        self.bold.setShortcut(QKeySequence.StandardKey.Bold)
        self.bold.setCheckable(True)
        self.bold.triggered.connect(self.toggle_bold)
        tools.addAction(self.bold)
        self.italic = QAction(self.tr("Italic"), self)
        self.italic.setShortcut(QKeySequence.StandardKey.Italic)
        self.italic.setCheckable(True)
        self.italic.triggered.connect(lambda on: self.editor.setFontItalic(on))
        tools.addAction(self.italic)
        for text, style in (
            (self.tr("Bulleted list"), "disc"),
            (self.tr("Numbered list"), "decimal"),
        ):
            action = QAction(text, self)
            action.triggered.connect(lambda _c=False, s=style: self.make_list(s))
            tools.addAction(action)
        tools.addSeparator()
        self.check_button = QPushButton(self.tr("Details checked"), self)
        self.check_button.setObjectName("details_checked")
        self.check_button.setToolTip(
            self.tr("Removes the highlighting once you have checked every filled-in detail.")
        )
        self.check_button.clicked.connect(self.mark_checked)
        tools.addWidget(self.check_button)
        self.editor.currentCharFormatChanged.connect(self._format_changed)

        self.versions = QListWidget(self)
        self.versions.setObjectName("versions")
        self.versions.setWordWrap(True)  # "Version 2 — date — printed ..." wraps, never cut off
        self.versions.itemActivated.connect(self.load_version)
        self.versions.itemDoubleClicked.connect(self.load_version)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("Saved versions:"), side))
        side_layout.addWidget(self.versions, 1)
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(tools)
        body_layout.addWidget(self.editor, 1)
        split = QSplitter(self)
        split.addWidget(body)
        split.addWidget(side)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)

        buttons = QHBoxLayout()
        for text, slot, key, name in (
            (self.tr("Save version"), self.save_version, QKeySequence.StandardKey.Save, "save"),
            (self.tr("Print…"), self.print_letter, QKeySequence.StandardKey.Print, "print"),
            (self.tr("Save as PDF…"), self.save_pdf, None, "pdf"),
            (self.tr("Copy as plain text"), self.copy_text, None, "copy"),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            if key is not None:
                button.setShortcut(key)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        buttons.addWidget(close)
        self.status = QLabel(self)

        # On a small screen the letter scrolls; the buttons below it stay in view.
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(choose)
        layout.addWidget(self.notes)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        outer = QVBoxLayout(self)
        outer.addWidget(ScrollingArea(content, self), 1)
        outer.addLayout(buttons)

        existing = self._letter() if letter_id is not None else None
        if existing is not None:
            self.kind.setCurrentIndex(self.kind.findData(existing.kind.value))
            self.language.setCurrentIndex(self.language.findData(existing.language))
            self.kind.setEnabled(False)
            self._fill_versions()
            last = existing.versions[-1]
            self._show(last.html, last.checked)
            self.version = last
        else:
            start = kind or letters.default_kind(case_id)
            self.kind.setCurrentIndex(self.kind.findData(start.value))
            self.redraft(confirm=False)
        for combo in (self.kind, self.sender_choice, self.language):
            combo.currentIndexChanged.connect(lambda _i: self.redraft(confirm=True))
        self._update_sender()

    # -- drafting -----------------------------------------------------------------------------
    def current_kind(self) -> dl.LetterKind:
        return dl.LetterKind(self.kind.currentData())

    def _update_sender(self) -> None:
        self.sender_choice.setEnabled(self.current_kind() in dl.STOP_LETTERS)

    def _letter(self) -> LetterRow | None:
        return next(
            (row for row in self.letters.letters(self.case_id) if row.letter_id == self.letter_id),
            None,
        )

    @property
    def modified(self) -> bool:
        return self.editor.toHtml() != self.saved_html

    @property
    def has_unsaved_edits(self) -> bool:
        """The adviser changed the text since it was drafted, loaded or saved."""
        return self.editor.document().isModified() and self.modified

    def redraft(self, confirm: bool) -> None:
        """A fresh draft from the case for the chosen kind, sender and language."""
        if confirm and self.has_unsaved_edits:
            answer = QMessageBox.question(
                self,
                self.tr("New draft"),
                self.tr("Replace the text with a new draft? Unsaved changes are lost."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._update_sender()
        with known_errors(self, self.tr("Letter")) as attempt:
            result = self.letters.draft(
                self.case_id,
                self.current_kind(),
                self.language.currentData(),
                dl.Sender(self.sender_choice.currentData()),
            )
        if attempt.failed:
            return
        danger = dl.SEXTORTION_WARNING in result.warnings
        notes = [translate_report("letters", w) for w in result.warnings]
        notes.append(
            self.tr(
                "Details taken from the case are highlighted until you press “Details checked”. "
                "Bracketed words still need filling in."
            )
        )
        self.notes.setText("<br/><br/>".join(notes))
        theme.set_role(self.notes, "danger_banner" if danger else "banner")
        if self.letter_id is not None and self.version is not None:
            # A new draft of an existing letter starts a new letter: versions stay apart.
            self.letter_id = None
            self.version = None
            self.versions.clear()
            self.kind.setEnabled(True)
        self._show(result.draft.html, False)
        self.saved_html = ""

    def _show(self, html: str, checked: bool) -> None:
        self.editor.setHtml(html)
        self.checked = checked
        self.saved_html = self.editor.toHtml()
        self.editor.document().setModified(False)

    # -- editing ------------------------------------------------------------------------------
    def _format_changed(self, fmt: QTextCharFormat) -> None:
        self.bold.setChecked(fmt.fontWeight() >= QFont.Weight.DemiBold)
        self.italic.setChecked(fmt.fontItalic())

    @Slot()
    def toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if self.bold.isChecked() else QFont.Weight.Normal)
        self.editor.mergeCurrentCharFormat(fmt)

    def make_list(self, style: str) -> None:
        from PySide6.QtGui import QTextListFormat

        cursor = self.editor.textCursor()
        fmt = QTextListFormat()
        fmt.setStyle(
            QTextListFormat.Style.ListDecimal
            if style == "decimal"
            else QTextListFormat.Style.ListDisc
        )
        cursor.createList(fmt)

    @Slot()
    def mark_checked(self) -> None:
        """Clears every highlight: the adviser has checked the details taken from the case."""
        cursor = self.editor.textCursor()
        cursor.select(cursor.SelectionType.Document)
        fmt = QTextCharFormat()
        fmt.setBackground(QBrush(Qt.BrushStyle.NoBrush))
        cursor.mergeCharFormat(fmt)
        self.checked = True
        self.status.setText(self.tr("Details marked as checked."))

    # -- versions -----------------------------------------------------------------------------
    def _fill_versions(self) -> None:
        self.versions.clear()
        letter = self._letter()
        if letter is None:
            return
        for version in reversed(letter.versions):
            printed = [a for _at, a, _sha in version.outputs]
            label = self.tr("Version {number} — {when}").format(
                number=version.number,
                when=fmt.date_time_text(version.saved_at),
            )
            if printed:
                label += " — " + self.tr("printed or saved as PDF %n time(s)", "", len(printed))
            item = QListWidgetItem(label, self.versions)
            item.setData(Qt.ItemDataRole.UserRole, version.version_id)

    def load_version(self, item: QListWidgetItem) -> None:
        letter = self._letter()
        if letter is None:
            return
        wanted = item.data(Qt.ItemDataRole.UserRole)
        for version in letter.versions:
            if version.version_id == wanted:
                self._show(version.html, version.checked)
                self.version = version
                self.status.setText(self.tr("Showing version {n}.").format(n=version.number))

    @Slot()
    def save_version(self) -> VersionRow | None:
        with known_errors(self, self.tr("The letter was not saved")) as attempt:
            version = self.letters.save_version(
                self.case_id,
                self.current_kind(),
                self.language.currentData(),
                self.editor.toHtml(),
                self.checked,
                self.letter_id,
            )
        if attempt.failed:
            return None
        self.letter_id, self.version = version.letter_id, version
        self.saved_html = self.editor.toHtml()
        self.kind.setEnabled(False)
        self._fill_versions()
        self.status.setText(self.tr("Saved as version {n}.").format(n=version.number))
        return version

    def _version_for_output(self) -> VersionRow | None:
        """What is printed is always a saved version: unsaved edits are saved first."""
        if not self.checked:
            answer = QMessageBox.question(
                self,
                self.tr("Details not checked"),
                self.tr(
                    "Some details taken from the case may still be wrong or unfilled. "
                    "Continue anyway?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        if self.version is None or self.modified:
            return self.save_version()
        return self.version

    def _pdf(self, version: VersionRow) -> bytes:
        kind = self.current_kind()
        return self.letters.render(
            kind, version.html, self.letters.title(kind, self.language.currentData())
        )

    @Slot()
    def print_letter(self) -> None:
        version = self._version_for_output()
        if version is None:
            return
        with known_errors(self, self.tr("The letter was not printed")):
            pdf = self._pdf(version)
            if preview_and_print(self, pdf, self.windowTitle()):
                self.letters.record_output(version.version_id, "printed", pdf)
                self._fill_versions()
                self.status.setText(self.tr("Printed; recorded with the PDF's SHA-256."))

    @Slot()
    def save_pdf(self) -> None:
        version = self._version_for_output()
        if version is None:
            return
        number = self.letters.cases.get_case(self.case_id).number
        title = self.letters.title(self.current_kind(), self.language.currentData())
        target = save_pdf_name(self, self.tr("Save letter as PDF"), f"{number} {title}.pdf")
        if target is None:
            return
        kind = self.current_kind()
        with known_errors(self, self.tr("The letter was not saved")) as attempt:
            digest = self.letters.save_pdf(
                version, kind, self.letters.title(kind, self.language.currentData()), target
            )
        if attempt.failed:
            return
        self._fill_versions()
        self.status.setText(
            self.tr("Saved {path} (SHA-256 {digest}…); not encrypted.").format(
                path=target, digest=digest[:12]
            )
        )

    @Slot()
    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.editor.toPlainText())
        self.status.setText(self.tr("Copied as plain text."))

    def keep_unsaved(self) -> None:
        """Before the case file locks: unsaved edits become a version instead of being lost."""
        if self.modified and self.editor.document().isModified():
            self.save_version()
            self.editor.document().setModified(False)

    def reject(self) -> None:
        # Escape, the window's close button and Close all end here (QDialog's closeEvent
        # calls reject); returning without hiding keeps the editor open.
        if self.modified and self.editor.document().isModified():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Save the changes as a new version before closing?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and self.save_version() is None:
                return
        super().reject()
