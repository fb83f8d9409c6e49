"""The interview window: guide, live question checker, verbatim transcript and checklist.

Keyboard-first: the adviser types while listening. Enter adds the line and switches to the
other speaker; F2 switches by hand; Ctrl+Enter in the note field adds a note.
"""

from __future__ import annotations

import atexit
import html
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
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.domain import cases as dc
from adviser_desk.domain.conversations import TYPE_LABELS, type_label
from adviser_desk.domain.questions import SEMANTIC, Finding
from adviser_desk.services import interview_service as isvc
from adviser_desk.services import question_checking
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
from adviser_desk.ui.common.workers import Task

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


# One load of the semantic layer for the whole app, shared by every interview window; kept
# here so the thread outlives a window closed while it loads.
_loader: Task | None = None


def semantic_loader() -> Task | None:
    """Starts loading the semantic layer off the GUI thread (once); None when nothing is left
    to load (loaded, or failed for good)."""
    global _loader
    if question_checking.semantic_ready() or question_checking.failure() is not None:
        return None
    if _loader is None or (not _loader.busy and _loader.reported):
        _loader = Task(lambda _progress, _cancelled: question_checking.load_semantic())
        # Quitting while it loads must not destroy a running QThread (that aborts Python).
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(wait_for_semantic_loader)
        atexit.register(wait_for_semantic_loader)
        _loader.start()
    return _loader


def wait_for_semantic_loader(timeout_ms: int = 60_000) -> None:
    """Lets a running load finish (tests and shutdown: a QThread must not outlive Python)."""
    if _loader is not None and _loader.isRunning():
        _loader.wait(timeout_ms)


class InterviewWindow(QDialog):
    def __init__(
        self, service: InterviewService, interview_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.interview_id = interview_id
        self.record = service.get(interview_id)
        self.speaker = ADVISER
        self.findings: list[Finding] = []
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

        # Guide: phases, their do's and don'ts, and prompts to use.
        guide_page = QWidget(self)
        self.phases = QListWidget(guide_page)
        self.phases.setObjectName("phases")
        for phase in self.guide.phases:
            self.phases.addItem(phase.heading(self.language))
        self.phases.setMaximumHeight(150)
        self.advice = QTextBrowser(guide_page)
        self.prompts = QListWidget(guide_page)
        self.prompts.setObjectName("prompts")
        self.prompts.setWordWrap(True)
        self.prompts.itemActivated.connect(self._use_prompt)
        self.prompts.itemDoubleClicked.connect(self._use_prompt)
        guide_layout = QVBoxLayout(guide_page)
        guide_layout.addWidget(self.phases)
        guide_layout.addWidget(self.advice, 1)
        guide_layout.addWidget(QLabel(self.tr("Open prompts (double-click to use):"), guide_page))
        guide_layout.addWidget(self.prompts, 1)
        self.phases.currentRowChanged.connect(self._show_phase)

        # Checklist: ticking records the time.
        self.checklist = QListWidget(self)
        self.checklist.setObjectName("checklist")
        self.checklist.setWordWrap(True)  # long items wrap instead of being cut off
        for item in service.checklist(interview_id):
            entry = QListWidgetItem(item.label(self.language))
            entry.setData(Qt.ItemDataRole.UserRole, item.key)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = item.key in self.record.checks
            entry.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.checklist.addItem(entry)
        self.checklist.itemChanged.connect(self._ticked)
        side = QTabWidget(self)
        side.addTab(guide_page, self.tr("Guide"))
        side.addTab(self.checklist, self.tr("Checklist"))

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
        self.input.textChanged.connect(self._check_live)
        switch = QShortcut(QKeySequence("F2"), self)
        switch.activated.connect(self.toggle_speaker)
        self.finding_label = QLabel(self)
        self.finding_label.setObjectName("findings")
        self.finding_label.setWordWrap(True)
        self.finding_label.setTextFormat(Qt.TextFormat.RichText)
        # Says once how questions are checked while the semantic layer loads or if it cannot.
        self.checker_state = QLabel(self)
        self.checker_state.setObjectName("checker_state")
        self.checker_state.setWordWrap(True)
        self.checker_state.hide()
        self.use_suggestion = QPushButton(self.tr("Use the open rewrite"), self)
        self.use_suggestion.setObjectName("use_suggestion")
        self.use_suggestion.clicked.connect(self._apply_suggestion)
        self.use_suggestion.hide()
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
        center_layout.addWidget(self.finding_label)
        center_layout.addWidget(self.checker_state)
        center_layout.addWidget(self.use_suggestion, 0, Qt.AlignmentFlag.AlignLeft)
        center_layout.addWidget(self.note)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(side)
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

        self.phases.setCurrentRow(2 if not self.record.lines else 3)
        self._set_speaker(ADVISER)
        self._update_state()
        self.input.setFocus()
        self._start_semantic_layer()

    # -- the checker's semantic layer -------------------------------------------------------------
    def _start_semantic_layer(self) -> None:
        loader = semantic_loader()
        if loader is not None:
            self._show_checker_state(
                self.tr("Checking with the rules; the semantic check is still loading…")
            )
            loader.done.connect(self._semantic_layer_loaded)
            loader.error.connect(self._semantic_layer_loaded)
        else:
            self._semantic_layer_loaded()

    def _show_checker_state(self, text: str) -> None:
        self.checker_state.setText(f"<i>{text}</i>")
        self.checker_state.setVisible(bool(text))

    @Slot(object)
    def _semantic_layer_loaded(self, _result: object = None) -> None:
        if question_checking.semantic_ready():
            self._show_checker_state("")
            self._check_live()  # what was typed while it loaded gets the full check now
        elif question_checking.failure() is not None:
            self._show_checker_state(
                self.tr(
                    "The semantic check could not be loaded, so questions are checked with the "
                    "rules only."
                )
            )

    # -- guide ------------------------------------------------------------------------------
    def _show_phase(self, index: int) -> None:
        phases = self.guide.phases
        if not 0 <= index < len(phases):
            return
        phase = phases[index]
        lang = self.language
        do = "".join(f"<li>{html.escape(t.say(lang))}</li>" for t in phase.do)
        dont = "".join(f"<li>{html.escape(t.say(lang))}</li>" for t in phase.dont)
        do_title, avoid_title = self.tr("Do"), self.tr("Avoid")
        self.advice.setHtml(f"<b>{do_title}</b><ul>{do}</ul><b>{avoid_title}</b><ul>{dont}</ul>")
        self.prompts.clear()
        for prompt in phase.prompts:
            self.prompts.addItem(prompt.say(lang))

    def _use_prompt(self, item: QListWidgetItem) -> None:
        self._set_speaker(ADVISER)
        self.input.setText(item.text())
        self.input.setFocus()

    def _ticked(self, item: QListWidgetItem) -> None:
        with known_errors(self, self.tr("Not recorded")):
            self.service.tick(
                self.interview_id,
                str(item.data(Qt.ItemDataRole.UserRole)),
                item.checkState() == Qt.CheckState.Checked,
            )

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
        self._check_live()

    @Slot()
    def toggle_speaker(self) -> None:
        self._set_speaker(STUDENT if self.speaker == ADVISER else ADVISER)

    @Slot()
    def _check_live(self) -> None:
        text = self.input.text()
        if self.speaker != ADVISER or not text.strip():
            self.findings = []
        else:
            self.findings = self.service.check(self.interview_id, text)
        if not self.findings:
            self.finding_label.clear()
            self.use_suggestion.hide()
            return
        parts = []
        instead = self.tr("Instead:")
        like_label = self.tr("Like:")
        danger = theme.color("danger").name()
        for finding in self.findings:
            kind = _t("interviews", isvc.KIND_LABELS[finding.kind])
            message = _t("questions", finding.message)
            if finding.layer == SEMANTIC:
                layer = self.tr("semantic: resembles labelled examples")
                like = "".join(
                    f"<br/>{like_label} «{html.escape(example)}»" for example in finding.examples
                )
            else:
                layer, like = self.tr("rule"), ""
            parts.append(
                f"<p><b style='color:{danger}'>{kind}</b> <small>({layer})</small> "
                f"«{html.escape(finding.trigger.strip())}»: {message}{like}"
                f"<br/><i>{instead} {html.escape(finding.suggestion)}</i></p>"
            )
        self.finding_label.setText("".join(parts))
        self.use_suggestion.show()

    @Slot()
    def _apply_suggestion(self) -> None:
        if self.findings:
            self.input.setText(self.findings[0].suggestion)
            self.input.setFocus()

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
