"""The interview window: the guide and checklist (guide_panel.py), the live question check
(question_check.py), the verbatim transcript and notes, closing and the record.

Keyboard-first: the adviser types while listening. Enter adds the line and switches to the
other speaker; F2 switches by hand; Ctrl+Enter in the note field adds a note.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.domain import cases as dc
from adviser_desk.domain.conversations import TYPE_LABELS, type_label
from adviser_desk.domain.questions import Finding
from adviser_desk.services import interview_service as isvc
from adviser_desk.services.interview_service import (
    ADVISER,
    NOTE,
    STUDENT,
    Closing,
    InterviewService,
    LineRow,
)
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common import theme
from adviser_desk.ui.common.dialogs import save_pdf_name
from adviser_desk.ui.common.errors import known_errors
from adviser_desk.ui.common.fit import ScrollingArea, fit_to_screen
from adviser_desk.ui.common.form_dialog import FormDialog
from adviser_desk.ui.common.i18n import translate_report
from adviser_desk.ui.common.table_model import RowsModel
from adviser_desk.ui.common.widgets import CheckGroup, ChoiceCombo, YesNoCombo
from adviser_desk.ui.interview.guide_panel import GuidePanel
from adviser_desk.ui.interview.question_check import QuestionCheck

_t = fmt.translate


class LinesModel(RowsModel[LineRow]):
    TIME, WHO, TEXT, CHECK = range(4)
    HEADERS = (
        "Time",
        "Who",
        "Said",
        "Check",
    )
    CONTEXT = "interview_record"

    def cell(self, row: LineRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            kinds = isvc.finding_labels(row, lambda text: _t("interviews", text))
            return (
                fmt.time_text(row.at, seconds=True),
                _t("interviews", isvc.SPEAKER_LABELS[row.speaker]),
                row.text,
                kinds,
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == self.CHECK and row.findings:
            return QBrush(theme.color("danger"))
        return None


class InterviewWindow(QDialog):
    def __init__(
        self, service: InterviewService, interview_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.interview_id = interview_id
        self.record = service.get(interview_id)
        self.speaker = ADVISER
        self.language = self.record.language
        self.setWindowTitle(self.tr("Interview"))
        fit_to_screen(self, 1180, 720)

        detail = service.cases.get_case(self.record.case_id)
        self.case_number = detail.number
        self.guide = service.guide_for(self.record.with_role)
        who = _t("conversations", type_label(self.record.with_role))
        if self.record.person_name:
            who = f"{self.record.person_name} ({who})"
        heading = QLabel(
            self.tr("Interview with {who} — case {number}").format(who=who, number=detail.number),
            self,
        )
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)

        # The guide and the checklist (ui/interview/guide_panel.py).
        self.side = GuidePanel(
            service,
            interview_id,
            self.guide,
            service.checklist(interview_id),
            self.record.checks,
            self.language,
            self,
        )
        self.side.prompt_chosen.connect(self._use_prompt)
        self.checklist = self.side.checklist

        # Transcript and input.
        self.model = LinesModel(self)
        self.model.set_rows(list(self.record.lines))
        self.table = QTableView(self)
        self.table.setObjectName("lines")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LinesModel.TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.speaker_button = QPushButton(self)
        self.speaker_button.setObjectName("speaker")
        self.speaker_button.setToolTip(self.tr("Switch between question and answer (F2)"))
        self.speaker_button.clicked.connect(self.toggle_speaker)
        self.input = QLineEdit(self)
        self.input.setObjectName("line_input")
        self.input.returnPressed.connect(self.add_line)
        switch = QShortcut(QKeySequence("F2"), self)
        switch.activated.connect(self.toggle_speaker)
        # The live question check (ui/interview/question_check.py).
        self.checker = QuestionCheck(
            self.input,
            lambda text: self.service.check(self.interview_id, text),
            lambda: self.speaker == ADVISER,
            self,
        )
        self.finding_label = self.checker.finding_label
        self.checker_state = self.checker.checker_state
        self.use_suggestion = self.checker.use_suggestion
        self.note = QLineEdit(self)
        self.note.setObjectName("note_input")
        self.note.setPlaceholderText(self.tr("Note beside the conversation (Enter adds it)"))
        self.note.returnPressed.connect(self.add_note)
        input_row = QHBoxLayout()
        input_row.addWidget(self.speaker_button)
        input_row.addWidget(self.input, 1)
        center = QWidget(self)
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        center_layout.addWidget(self.table, 1)
        center_layout.addLayout(input_row)
        center_layout.addWidget(self.checker)
        center_layout.addWidget(self.note)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.side.tabs)
        splitter.addWidget(center)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([360, 820])

        self.close_button = QPushButton(self.tr("Close the interview…"), self)
        self.close_button.setObjectName("close_interview")
        self.close_button.clicked.connect(self.close_interview)
        pdf = QPushButton(self.tr("Save record as PDF…"), self)
        pdf.clicked.connect(self.save_pdf)
        self.stats = QLabel(self)
        self.stats.setObjectName("stats")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.close_button)
        bottom.addWidget(pdf)
        bottom.addWidget(self.stats, 1)
        bottom.addWidget(buttons)
        # On a small screen the conversation scrolls; the buttons below it stay in view.
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(splitter, 1)
        outer = QVBoxLayout(self)
        outer.addWidget(ScrollingArea(content, self), 1)
        outer.addLayout(bottom)

        self.side.phases.setCurrentRow(2 if not self.record.lines else 3)
        self._set_speaker(ADVISER)
        self._update_state()
        self.input.setFocus()
        self.checker.start_semantic_layer()

    @property
    def findings(self) -> list[Finding]:
        """What the live check found in the question being typed."""
        return self.checker.findings

    def _use_prompt(self, text: str) -> None:
        self._set_speaker(ADVISER)
        self.input.setText(text)
        self.input.setFocus()

    # -- lines ------------------------------------------------------------------------------
    def _set_speaker(self, speaker: str) -> None:
        self.speaker = speaker
        label = self.tr("Question") if speaker == ADVISER else self.tr("Answer")
        self.speaker_button.setText(label + " ⇄")
        self.input.setPlaceholderText(
            self.tr("Type your question… (Enter adds it, F2 switches)")
            if speaker == ADVISER
            else self.tr("Type the student's answer, word for word… (Enter adds it)")
        )
        self.checker.check_live()

    @Slot()
    def toggle_speaker(self) -> None:
        self._set_speaker(STUDENT if self.speaker == ADVISER else ADVISER)

    @Slot()
    def add_line(self) -> None:
        text = self.input.text()
        if not text.strip():
            return
        with known_errors(self, self.tr("The line was not added")) as attempt:
            line = self.service.add_line(self.interview_id, self.speaker, text)
        if attempt.failed:
            return
        self.model.set_rows([*self.model.rows, line])
        self.table.scrollToBottom()
        self.input.clear()
        # Usually a question is followed by its answer, and an answer by the next question.
        self.toggle_speaker()
        self._update_state()

    @Slot()
    def add_note(self) -> None:
        text = self.note.text()
        if not text.strip():
            return
        with known_errors(self, self.tr("The note was not added")) as attempt:
            line = self.service.add_line(self.interview_id, NOTE, text)
        if attempt.failed:
            return
        self.model.set_rows([*self.model.rows, line])
        self.note.clear()

    def _update_state(self) -> None:
        stats = self.service.statistics(self.interview_id)
        total = int(stats["total"])
        if total:
            self.stats.setText(
                self.tr("{open} of {total} questions open").format(
                    open=round(stats["open"] * total), total=total
                )
            )
        closed = self.record.status != "open"
        for widget in (
            self.input,
            self.note,
            self.close_button,
            self.speaker_button,
            self.checklist,
        ):
            widget.setEnabled(not closed)

    # -- closing and the record ------------------------------------------------------------------
    @Slot()
    def close_interview(self) -> None:
        dialog = ClosingDialog(self.service, self.record.case_id, self)
        try:
            accepted = dialog.exec()
        finally:
            dialog.deleteLater()
        if not accepted or dialog.closing is None:
            return
        with known_errors(self, self.tr("The interview was not closed")) as attempt:
            self.service.close(self.interview_id, dialog.closing)
        if attempt.failed:
            return
        self.record = self.service.get(self.interview_id)
        self._update_state()

    def save_pdf_to(self, target: Path) -> str:
        return isvc.export_record(self.service, self.interview_id, target, translate_report)

    @Slot()
    def save_pdf(self) -> None:
        chosen = save_pdf_name(
            self,
            self.tr("Save interview record"),
            self.tr("{number} interview record.pdf").format(number=self.case_number),
        )
        if chosen is None:
            return
        name = str(chosen)
        with known_errors(self, self.tr("The record was not saved")) as attempt:
            self.save_pdf_to(Path(name))
        if attempt.failed:
            return
        QMessageBox.information(
            self,
            self.tr("Record saved"),
            self.tr("The record was saved unencrypted as {path}.").format(path=name),
        )


class ClosingDialog(FormDialog):
    """Agreements, wishes, follow-up tasks and the impact fields, carried into the case."""

    def __init__(self, service: InterviewService, case_id: int, parent: QWidget | None) -> None:
        super().__init__(
            QCoreApplication.translate("ClosingDialog", "Close the interview"), parent, 560
        )
        self.closing: Closing | None = None
        draft = service.cases.get_case(case_id).draft
        self.agreements = QPlainTextEdit(self)
        self.agreements.setObjectName("agreements")
        self.agreements.setMaximumHeight(80)
        self.wishes = QPlainTextEdit(self)
        self.wishes.setObjectName("wishes")
        self.wishes.setMaximumHeight(60)
        self.may_tell = CheckGroup(dc.AUDIENCE_LABELS, 3, self)
        self.may_tell.set_values(draft.may_tell)
        self.publicity = ChoiceCombo(dc.PUBLICITY_LABELS, self)
        self.publicity.set_value(draft.publicity)
        self.follow_up = QPlainTextEdit(self)
        self.follow_up.setObjectName("follow_up")
        self.follow_up.setPlaceholderText(self.tr("One task per line"))
        self.follow_up.setMaximumHeight(70)
        self.images = ChoiceCombo(dc.IMAGES_LABELS, self)
        self.images.set_value(draft.images)
        self.reach = ChoiceCombo(dc.REACH_LABELS, self)
        self.reach.set_value(draft.reach)
        self.spreading = YesNoCombo(self)
        self.spreading.set_value(draft.still_spreading)
        self.offence = YesNoCombo(self)
        self.offence.set_value(draft.offence_suspected)
        self.psych = YesNoCombo(self)
        self.psych.set_value(draft.psychological_help)
        form = self.form
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("What was agreed:"), self.agreements)
        form.addRow(self.tr("The student's wishes:"), self.wishes)
        form.addRow(self.tr("May be told:"), self.may_tell)
        form.addRow(self.tr("Publicity:"), self.publicity)
        form.addRow(self.tr("Follow-up tasks:"), self.follow_up)
        form.addRow(self.tr("Images:"), self.images)
        form.addRow(self.tr("Seen by:"), self.reach)
        form.addRow(self.tr("Still spreading:"), self.spreading)
        form.addRow(self.tr("Criminal offence suspected:"), self.offence)
        form.addRow(self.tr("Psychological help needed:"), self.psych)
        self.finish_layout()

    def apply(self) -> None:
        self.closing = Closing(
            agreements=self.agreements.toPlainText(),
            wishes=self.wishes.toPlainText(),
            may_tell=self.may_tell.values(),
            publicity=self.publicity.value(),
            follow_up=self.follow_up.toPlainText().splitlines(),
            images=self.images.value(),
            reach=self.reach.value(),
            still_spreading=self.spreading.value(),
            offence_suspected=self.offence.value(),
            psychological_help=self.psych.value(),
        )


class NewInterviewDialog(FormDialog):
    """Who the conversation is with, where, who else is there, and in which language."""

    def __init__(
        self, service: InterviewService, case_id: int, language: str, parent: QWidget | None
    ) -> None:
        from PySide6.QtWidgets import QComboBox

        super().__init__(
            QCoreApplication.translate("NewInterviewDialog", "New interview"), parent, 460
        )
        self.service = service
        self.case_id = case_id
        self.interview_id: int | None = None
        self.with_role = QComboBox(self)
        for key, label in TYPE_LABELS.items():
            self.with_role.addItem(_t("conversations", label), str(key))
        self.person = QComboBox(self)
        self.person.addItem("—", None)
        for person in service.cases.people(case_id):
            if not person.anonymous:
                role = _t("cases", dc.ROLE_LABELS[person.role])
                self.person.addItem(f"{person.name} ({role})", person.person_id)
        self.place = QLineEdit(self)
        self.place.setObjectName("place")
        self.present = QLineEdit(self)
        self.present.setPlaceholderText(self.tr("e.g. the mentor; nobody else"))
        self.language = QComboBox(self)
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if language == "nl" else 1)
        form = self.form
        form.addRow(self.tr("Conversation with:"), self.with_role)
        form.addRow(self.tr("Person:"), self.person)
        form.addRow(self.tr("Place:"), self.place)
        form.addRow(self.tr("Also present:"), self.present)
        form.addRow(self.tr("Language:"), self.language)
        self.finish_layout()

    def apply(self) -> None:
        self.interview_id = self.service.start(
            self.case_id,
            str(self.with_role.currentData()),
            self.person.currentData(),
            self.place.text(),
            self.present.text(),
            str(self.language.currentData()),
        )
