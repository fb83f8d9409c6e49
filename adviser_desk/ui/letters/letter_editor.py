"""The letter editor: a draft from the case, edited freely as rich text (letter_text.py),
saved as versions, printed or saved as PDF (each output recorded with its SHA-256) or copied
as plain text (letter_output.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
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
    QVBoxLayout,
    QWidget,
)

from adviser_desk.domain import letters as dl
from adviser_desk.services.case_views import CaseDetail
from adviser_desk.services.letter_service import LetterRow, LetterService, VersionRow
from adviser_desk.services.protocol_data import letter_templates
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common import mnemonics
from adviser_desk.ui.common.errors import known_errors
from adviser_desk.ui.common.fit import ScrollingArea, fit_to_screen
from adviser_desk.ui.common.i18n import current_language
from adviser_desk.ui.common.keyboard import enter_presses, labelled, tab_leaves
from adviser_desk.ui.common.read_only import allow_edits, handed_over_note
from adviser_desk.ui.common.status_line import StatusLine
from adviser_desk.ui.common.widgets import compact
from adviser_desk.ui.letters.letter_choices import (
    drafted_for,
    letter_title,
    put_back,
    replace_asked,
)
from adviser_desk.ui.letters.letter_notes import fix_kind, read_case_notes, show_notes
from adviser_desk.ui.letters.letter_output import LetterOutput
from adviser_desk.ui.letters.letter_save import SaveGate
from adviser_desk.ui.letters.letter_text import LetterText
from adviser_desk.ui.letters.letter_versions import fill_versions


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
        self.case_number = letters.cases.get_case(case_id).number  # for the window's title
        fit_to_screen(self, 1000, 720)
        self.saved_html = ""
        self.version: VersionRow | None = None
        self.checked = False
        self.case_notes: list[str] = []  # message ids of the banners (letter_notes.py)
        ui = current_language()

        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        # It may shrink (eliding a long kind), so the row fits the window at 2x: "New draft
        # from the case" ran off its right edge (walk 14, W14-16).
        compact(self.kind, 20)
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
        self.choices = (self.kind, self.sender_choice, self.language)
        self.drafted = drafted_for(self.choices)
        redraft = QPushButton(self.tr("New draft from the case"), self)
        redraft.setObjectName("redraft")
        redraft.clicked.connect(lambda: self.redraft(confirm=True))
        # It throws unsaved edits away once the question is answered Yes.
        mnemonics.asks_first(redraft, QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No)
        choose = QHBoxLayout()
        choose.addWidget(labelled(self.tr("&Letter:"), self.kind, self))
        choose.addWidget(self.kind, 2)
        choose.addWidget(labelled(self.tr("Sent &by:"), self.sender_choice, self))
        choose.addWidget(self.sender_choice)
        choose.addWidget(labelled(self.tr("La&nguage:"), self.language, self))
        choose.addWidget(self.language)
        choose.addWidget(redraft)

        self.notes = QLabel(self)
        self.notes.setObjectName("letter_notes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)

        self.text = LetterText(self)
        self.editor = self.text.editor
        self.text.details_checked.connect(self._details_checked)
        self.editor.textChanged.connect(lambda: show_notes(self))  # a [prompt] filled in
        # What leaves the editor (print, PDF, clipboard) is handled beside it.
        self.output = LetterOutput(self)

        self.versions = QListWidget(self)
        self.versions.setObjectName("versions")
        self.versions.setWordWrap(True)  # "Version 2 — date — printed ..." wraps, never cut off
        self.versions.itemActivated.connect(self.load_version)
        self.versions.itemDoubleClicked.connect(self.load_version)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(labelled(self.tr("Saved &versions:"), self.versions, side))
        side_layout.addWidget(self.versions, 1)
        text_side = QWidget(self)
        text_layout = QVBoxLayout(text_side)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.addWidget(labelled(self.tr("Te&xt of the letter:"), self.editor, text_side))
        text_layout.addWidget(self.text, 1)
        split = QSplitter(self)
        split.addWidget(text_side)
        split.addWidget(side)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)

        buttons = QHBoxLayout()
        order: list[QWidget] = [self.kind, self.sender_choice, self.language, redraft]
        order += [self.text.check_button, self.editor, self.versions]
        for text, slot, key, name in (
            (self.tr("Save version"), self.save_version, QKeySequence.StandardKey.Save, "save"),
            (self.tr("Print…"), self.output.print_letter, QKeySequence.StandardKey.Print, "print"),
            (self.tr("Save as PDF…"), self.output.save_pdf, None, "pdf"),
            (self.tr("Copy as plain text"), self.output.copy_text, None, "copy"),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            if key is not None:
                # A window-wide action: it fires wherever the focus is in the editor.
                action = QAction(self)
                action.setObjectName(f"{name}_key")
                action.setShortcut(key)
                action.triggered.connect(button.animateClick)
                self.addAction(action)
            buttons.addWidget(button)
            order.append(button)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        buttons.addWidget(close)
        # Tab leaves the text (a tab character in a letter prints as a gap of chance width);
        # the order follows the window top to bottom, the button above the text first.
        tab_leaves(self.editor)
        for before, after in zip(order, [*order[1:], close], strict=True):
            QWidget.setTabOrder(before, after)
        # Enter presses the focused button only: the version list and the combos pass Enter
        # on, and the dialog's default (New draft from the case) replaced the version just
        # opened with a new draft.
        for push in self.findChildren(QPushButton):
            push.setAutoDefault(False)
        enter_presses(*self.findChildren(QPushButton))
        self.status = StatusLine(self)
        self.save_gate = SaveGate(self)  # Save version off while nothing changed

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
            fix_kind(self.kind, True)
            self.fill_versions()
            last = existing.versions[-1]
            self._show(last.html, last.checked, last)
            read_case_notes(self)
        else:
            start = kind or letters.default_kind(case_id)
            self.kind.setCurrentIndex(self.kind.findData(start.value))
            self.redraft(confirm=False)
        for combo in self.choices:
            combo.currentIndexChanged.connect(lambda _i: self.redraft(confirm=True))
        self._update_sender()
        case = letters.cases.get_case(case_id)
        if case.read_only:
            look_only(self, case)
        # Typing starts in the first field that can be changed (the kind of a saved letter
        # is fixed, and the sender only counts for a stop letter).
        next(w for w in order if w.isEnabled()).setFocus()

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
        """A fresh draft from the case for the chosen kind, sender and language. Text kept
        (the adviser said No, or no draft could be made) puts the choices back on what it was
        drafted for, so the kind shown, saved and named in the PDF is the kind of the text."""
        if confirm and self.has_unsaved_edits and not replace_asked(self):
            self._put_back()
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
            self._put_back()
            return
        if self.letter_id is not None and self.version is not None:
            # A new draft of an existing letter starts a new letter: versions stay apart.
            self.letter_id = None
            self.version = None
            self.versions.clear()
            fix_kind(self.kind, False)
        self._show(result.draft.html, False)
        self.case_notes = result.warnings
        show_notes(self)
        self.saved_html = ""

    def _put_back(self) -> None:
        put_back(self.choices, self.drafted)
        self._update_sender()

    def _show(self, html: str, checked: bool, version: VersionRow | None = None) -> None:
        """Shows a fresh draft, or a saved ``version``."""
        self.drafted = drafted_for(self.choices)  # what the text shown was made for
        self.setWindowTitle(letter_title(self.kind.currentText(), self.case_number))
        self.editor.setHtml(html)
        self.checked = checked
        self.saved_html = self.editor.toHtml()
        self.editor.document().setModified(False)
        self.version = version
        self.save_gate.update()

    def _details_checked(self) -> None:
        self.checked = True
        show_notes(self)
        self.status.setText(self.tr("Details marked as checked."))

    # -- versions -----------------------------------------------------------------------------
    def fill_versions(self) -> None:
        times = lambda n: self.tr("printed or saved as PDF %n time(s)", "", n)  # noqa: E731
        fill_versions(self.versions, self._letter(), times)

    def load_version(self, item: QListWidgetItem) -> None:
        letter = self._letter()
        if letter is None:
            return
        wanted = item.data(Qt.ItemDataRole.UserRole)
        for version in letter.versions:
            if version.version_id == wanted:
                self._show(version.html, version.checked, version)
                show_notes(self)
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
        fix_kind(self.kind, True)
        show_notes(self)  # the [fields] still open, once details are checked
        self.fill_versions()
        self.save_gate.update()  # off until something changes
        self.status.setText(self.tr("Saved as version {n}.").format(n=version.number))
        return version

    def keep_unsaved(self) -> str | None:
        """Before the case file locks: unsaved edits become a version instead of being lost.
        Returns the sentence for the lock page (walk 4, W12: it was saved without a word)."""
        if not (self.modified and self.editor.document().isModified()):
            return None
        version = self.save_version()
        self.editor.document().setModified(False)
        if version is None:
            return None
        return self.tr(
            "Your unsaved changes to “{kind}” (case {number}) were saved as version {n} "
            "before locking."
        ).format(kind=self.kind.currentText(), number=self.case_number, n=version.number)

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


def look_only(editor: LetterEditor, case: CaseDetail) -> None:
    """A letter of a handed-over case opens to be read, printed and saved as PDF (each
    recorded, as for any letter), never changed: Open… gave an editor that took typing and
    refused only at Save version. The banner says why."""
    controls: list[QWidget | QAction] = [*editor.choices]
    controls += [editor.editor, editor.text.check_button, *editor.text.format_actions]
    for name in ("redraft", "save"):  # Ctrl+S clicks Save version, which is then off
        controls += editor.findChildren(QPushButton, name)
    allow_edits(controls, False)
    transfer = case.transfer
    handed_over_note(
        editor,
        QCoreApplication.translate(
            "LetterEditor",
            "Case {number} was handed over to {receiver} on {date} and is kept here "
            "read-only: you can read this letter, print it and save it as PDF, but not "
            "change it.",
        ).format(
            number=case.number,
            receiver=transfer.handed_over_to if transfer else "",
            date=fmt.date_time_text(transfer.handed_over_at if transfer else None),
        ),
    )
