"""The interview window: the guide and checklist (guide_panel.py), the live question check
(question_check.py), the verbatim transcript and notes, closing and the record.

Keyboard-first: the adviser types while listening. Enter adds the line and switches to the
other speaker; F2 switches by hand (or a click on Question / Answer, speaker_choice.py); the
last line's speaker can be corrected under the field (last_line.py); Enter in the note field
adds a note.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QBrush, QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.domain.checker_profiles import profile_for
from adviser_desk.domain.conversations import type_label
from adviser_desk.domain.questions import Finding
from adviser_desk.services import interview_service as isvc
from adviser_desk.services.case_views import CaseDetail
from adviser_desk.services.interview_service import (
    ADVISER,
    NOTE,
    STUDENT,
    InterviewService,
    LineRow,
)
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common import theme
from adviser_desk.ui.common.errors import known_errors
from adviser_desk.ui.common.fit import ScrollingArea, fit_to_screen
from adviser_desk.ui.common.i18n import translate_report
from adviser_desk.ui.common.read_only import handed_over_note
from adviser_desk.ui.common.table_model import RowsModel
from adviser_desk.ui.interview.closing_kept import KeptClosing, LockedNote, keep_cancelled
from adviser_desk.ui.interview.conversation_dialogs import ClosingDialog, ClosingDraft
from adviser_desk.ui.interview.conversation_dialogs import NewInterviewDialog as NewInterviewDialog
from adviser_desk.ui.interview.entry_rows import entry_rows
from adviser_desk.ui.interview.guide_panel import GuidePanel
from adviser_desk.ui.interview.question_check import OpenQuestions, QuestionCheck
from adviser_desk.ui.interview.record_pdf import print_record_pdf, save_record_pdf
from adviser_desk.ui.interview.speaker_choice import SpeakerChoice
from adviser_desk.ui.interview.speaker_fix import SpeakerFix
from adviser_desk.ui.interview.typed_kept import KeptLine
from adviser_desk.ui.interview.unentered import (
    keep_typed,
    may_close_window,
    sounds_like_own_promise,
)

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
    conversation_type = "victim"  # names who answers: the student, a parent, the class

    def cell(self, row: LineRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            kinds = isvc.finding_labels(row, lambda text: _t("interviews", text))
            return (
                fmt.time_text(row.at, seconds=True),
                isvc.speaker_label(row.speaker, self.conversation_type, _t),
                row.text,
                kinds,
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == self.CHECK and row.findings:
            return QBrush(theme.color("danger"))
        return None


class InterviewWindow(QDialog):
    def __init__(
        self,
        service: InterviewService,
        interview_id: int,
        parent: QWidget | None = None,
        closing_draft: ClosingDraft | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.interview_id = interview_id
        # What was typed in the closing dialog and cancelled, shown when it opens again; the
        # interviews tab keeps it while the window is closed, the file once kept as a note.
        self.closing_draft = closing_draft
        self._closing_dialog: ClosingDialog | None = None
        self.kept_closing: KeptClosing | None = None  # where the lock put the closing draft
        self.kept_before: LockedNote | None = None  # an earlier lock's note of it (unchanged)
        self.kept_lines: tuple[KeptLine, ...] = ()  # where the lock put typed lines
        self._locked = False
        self.record = service.get(interview_id)
        self.closing_draft = closing_draft or self.record.closing_draft  # kept in the file
        self.speaker = ADVISER
        self.language = self.record.language
        kind = _t("conversations", type_label(self.record.with_role))
        self.setWindowTitle(self.tr("Conversation: {kind}").format(kind=kind))
        fit_to_screen(self, 1180, 720)

        detail = service.cases.get_case(self.record.case_id)
        self.case_number = detail.number
        self.guide = service.guide_for(self.record.with_role)
        who = kind if not self.record.person_name else f"{kind}: {self.record.person_name}"
        heading = QLabel(
            self.tr("{who} — case {number}").format(who=who, number=detail.number), self
        )
        heading.setObjectName("heading")

        # The guide and the checklist (ui/interview/guide_panel.py).
        self.side = GuidePanel(
            service,
            interview_id,
            self.guide,
            service.checklist(interview_id),
            self.record.checks,
            self.language,
            self,
            band=self.record.age_band,
            profile_note=profile_for(self.record.with_role).note,
        )
        self.side.prompt_chosen.connect(self._use_prompt)
        self.checklist, self.phases, self.prompts = (
            self.side.checklist,
            self.side.phases,
            self.side.prompts,
        )
        self.guide_panel = self.side

        # Transcript and input.
        self.model = LinesModel(self)
        self.model.conversation_type = self.record.with_role
        self.model.set_rows(list(self.record.lines))
        self.table = lines_table(self.model, self)
        self.speaker_fix = SpeakerFix(
            service, interview_id, self.table, self.model, self.record.with_role, self._reload
        )
        # The promise was the adviser's question after all: the student's answer comes next.
        self.speaker_fix.claimed_last.connect(lambda: self._set_speaker(STUDENT))
        self.speaker_fix.last_changed.connect(
            lambda speaker: self._set_speaker(STUDENT if speaker == ADVISER else ADVISER)
        )
        # Who the next line is from, impossible to miss: Enter switches it after every line.
        answering = isvc.speaker_label(STUDENT, self.record.with_role, _t).lower()
        self.speaker_indicator = SpeakerChoice(answering, self._chosen, self)
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
        said = self.input, self.speaker_indicator, self.add_line
        input_row, note_row, self.add_line_button, self.add_note_button = entry_rows(
            self, said, (self.note, self.add_note)
        )
        center = QWidget(self)
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        center_layout.addWidget(self.table, 1)
        center_layout.addLayout(input_row)
        center_layout.addWidget(self.speaker_fix.last)
        center_layout.addWidget(self.speaker_fix.hint)
        center_layout.addWidget(self.checker)
        center_layout.addLayout(note_row)

        splitter = side_by_side(self.side.tabs, center, self)

        self.close_button = QPushButton(self.tr("Close the interview…"), self)
        self.close_button.setObjectName("close_interview")
        self.close_button.clicked.connect(self.close_interview)
        self.stats = OpenQuestions(self)
        bottom = record_row(self)
        # On a small screen the conversation scrolls; the buttons below it stay in view.
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(make_heading(heading))
        layout.addWidget(splitter, 1)
        outer = QVBoxLayout(self)
        outer.addWidget(ScrollingArea(content, self), 1)
        outer.addLayout(bottom)
        # Enter belongs to Said and Note (they add through their own signal). A dialog presses
        # its default button on Enter, and a push button that once had the focus can stay the
        # default: after a lock from the question about an unadded note, every Enter also
        # opened the closing form (walk F). So no button of the window takes Enter.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)

        self.side.phases.setCurrentRow(2 if not self.record.lines else 3)
        self._set_speaker(ADVISER)
        self._update_state()
        self.input.setFocus()
        self.checker.start_semantic_layer()
        if detail.read_only:
            look_only(self, detail)

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
        self.speaker_indicator.show_speaker(speaker)
        if speaker == ADVISER:
            hint = self.tr("Your question (Enter adds, F2 switches)")
        elif self.record.with_role in ("victim", "distributor", "other"):
            hint = self.tr("The student's words, as said (Enter adds)")
        else:
            hint = self.tr("The answer, word for word (Enter adds)")
        self.input.setPlaceholderText(hint)
        self.checker.check_live()

    def _chosen(self, speaker: str) -> None:
        self._set_speaker(speaker)
        self.input.setFocus()

    @Slot()
    def toggle_speaker(self) -> None:
        self._set_speaker(STUDENT if self.speaker == ADVISER else ADVISER)

    @Slot()
    def add_line(self) -> None:
        text = self.input.text()
        if not text.strip():
            return
        speaker = self.speaker
        with known_errors(self, self.tr("The line was not added")) as attempt:
            line = self.service.add_line(self.interview_id, speaker, text)
        if attempt.failed:
            return
        self.model.set_rows([*self.model.rows, line])
        self.table.scrollToBottom()
        self.input.clear()
        # Kept as the answer; a quiet hint (no dialog, no focus) offers to make it the
        # adviser's, as the next keys must go on into the line field (walk 5, W5-2).
        if speaker == STUDENT and sounds_like_own_promise(self.service, self.interview_id, text):
            self.speaker_fix.offer(line)
        # Usually a question is followed by its answer, and an answer by the next question.
        self.toggle_speaker()
        self._update_state()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_asking()
            return
        super().keyPressEvent(event)

    @Slot()
    def close_asking(self) -> None:
        """Close or Escape with a typed line or note not yet added asks: it may be the student's
        words."""
        if may_close_window(self):
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        # The window manager's close button asks too (a spontaneous event); a close by the
        # program (the lock, a test's teardown) never does: nobody may be there to answer.
        if event.spontaneous() and not may_close_window(self):
            event.ignore()
            return
        super().closeEvent(event)

    def keep_unsaved(self) -> None:
        """On lock (the Interviews tab, then close_open_dialogs: once): see
        unentered.keep_typed."""
        keep_typed(self)

    def _reload(self) -> None:
        """Shows the conversation as stored (after a line's speaker was changed)."""
        self.record = self.service.get(self.interview_id)
        self.model.set_rows(list(self.record.lines))
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
            self.stats.show_counts(round(stats["open"] * total), total)
        closed = self.record.status != "open"
        for widget in (
            self.input,
            self.note,
            self.close_button,
            self.speaker_indicator,
            self.add_line_button,
            self.add_note_button,
            self.checklist,
        ):
            widget.setEnabled(not closed)
        if closed:
            look_closed(self)
        self.speaker_fix.is_open = not closed
        self.speaker_fix.update()

    # -- closing and the record ------------------------------------------------------------------
    @Slot()
    def close_interview(self) -> None:
        dialog = ClosingDialog(self.service, self.record.case_id, self, self.guide.asks_consent)
        if self.closing_draft is not None:
            dialog.restore(self.closing_draft)
        self._closing_dialog = dialog
        try:
            accepted = dialog.exec()
        finally:
            self._closing_dialog = None
            dialog.deleteLater()
        if self._locked:
            return  # the lock kept the draft as a note and closed this window
        if not accepted or dialog.closing is None:
            # Escape or Cancel keeps what was typed for the next opening, in the file (W10-2).
            self.closing_draft = keep_cancelled(self, dialog.changed_draft())
            return
        with known_errors(self, self.tr("The interview was not closed")) as attempt:
            self.service.close(self.interview_id, dialog.closing)
        if attempt.failed:
            return
        self.closing_draft = None
        self.record = self.service.get(self.interview_id)
        self._update_state()

    def save_pdf_to(self, target: Path) -> str:
        return isvc.export_record(self.service, self.interview_id, target, translate_report)

    @Slot()
    def save_pdf(self) -> None:
        save_record_pdf(self, self.case_number, self.save_pdf_to)

    @Slot()
    def print_record(self) -> None:
        print_record_pdf(
            self,
            self.case_number,
            lambda: isvc.render_record(self.service, self.interview_id, translate_report),
            lambda pdf: isvc.record_printed(self.service, self.interview_id, pdf),
        )


def look_only(window: InterviewWindow, case: CaseDetail) -> None:
    """A conversation of a handed-over case opens to be read, and its record printed or
    saved as PDF; nothing can be added or ticked, and it cannot be closed (Open… gave a
    window that took lines and refused them only when added). The banner says why."""
    # Off, as in a closed conversation (read-only fields would still take a prompt's text);
    # no "type your question" hints, no prompts to pick, no question check.
    for field in (window.input, window.note):
        field.setEnabled(False)
        field.setPlaceholderText("")
    for widget in (window.close_button, window.speaker_indicator, window.checklist, window.prompts):
        widget.setEnabled(False)
    window.add_line_button.setEnabled(False)
    window.add_note_button.setEnabled(False)
    window.speaker_indicator.hide()
    window.speaker_fix.is_open = False
    window.speaker_fix.update()
    window.checker.switch_off()
    window.table.setFocus()
    transfer = case.transfer
    handed_over_note(
        window,
        QCoreApplication.translate(
            "InterviewWindow",
            "Case {number} was handed over to {receiver} on {date} and is kept here "
            "read-only: you can read this conversation, print its record and save it as "
            "PDF, but not add to it or change it.",
        ).format(
            number=case.number,
            receiver=transfer.handed_over_to if transfer else "",
            date=fmt.date_time_text(transfer.handed_over_at if transfer else None),
        ),
    )


def look_closed(window: InterviewWindow) -> None:
    """A closed conversation says so (walk 5, W5-26: only its fields went grey, while the
    title, heading and the 'Question (you)' toggle looked as before): the title and a banner
    say when it was closed and that it is read-only; nothing invites typing."""
    if window.findChild(QLabel, "closed_note") is not None:
        return
    when = fmt.date_time_text(window.record.closed_at)
    window.setWindowTitle(
        QCoreApplication.translate("InterviewWindow", "{title} (closed, read-only)").format(
            title=window.windowTitle()
        )
    )
    for field in (window.input, window.note):
        field.setPlaceholderText("")
    window.speaker_indicator.hide()
    window.add_line_button.hide()
    window.add_note_button.hide()
    window.checker.switch_off()
    window.speaker_fix.hint.dismiss()
    window.prompts.setEnabled(False)  # a prompt would go into a field that takes nothing
    note = handed_over_note(
        window,
        QCoreApplication.translate(
            "InterviewWindow",
            "Conversation closed on {date} (read-only): its record can be saved as PDF or "
            "printed, but nothing can be added or changed. Start a new conversation to go on.",
        ).format(date=when),
    )
    note.setObjectName("closed_note")
    note.show()  # added to a shown window: shown now, not at the next event loop turn


def lines_table(model: LinesModel, parent: QWidget) -> QTableView:
    """The transcript: one row per line, the words wrapped in the widest column."""
    table = QTableView(parent)
    table.setObjectName("lines")
    table.setModel(model)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(LinesModel.TEXT, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def side_by_side(guide: QWidget, center: QWidget, parent: QWidget) -> QSplitter:
    """The guide and checklist beside the transcript, which gets most of the width."""
    splitter = QSplitter(Qt.Orientation.Horizontal, parent)
    splitter.addWidget(guide)
    splitter.addWidget(center)
    splitter.setStretchFactor(0, 2)
    splitter.setStretchFactor(1, 5)
    splitter.setSizes([360, 820])
    return splitter


def make_heading(heading: QLabel) -> QLabel:
    """The window's heading, bold and a little larger than the text below it."""
    font = heading.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.2)
    heading.setFont(font)
    return heading


def record_row(window: InterviewWindow) -> QHBoxLayout:
    """The row below the conversation: closing it, the record (PDF, print), the open-question
    count and Close (the strings keep the window's translation context)."""
    pdf = QPushButton(QCoreApplication.translate("InterviewWindow", "Save record as PDF…"), window)
    pdf.clicked.connect(window.save_pdf)
    print_button = QPushButton(
        QCoreApplication.translate("InterviewWindow", "Print record…"), window
    )
    print_button.setObjectName("print_record")
    print_button.clicked.connect(window.print_record)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, window)
    buttons.rejected.connect(window.close_asking)
    bottom = QHBoxLayout()
    bottom.addWidget(window.close_button)
    bottom.addWidget(pdf)
    bottom.addWidget(print_button)
    bottom.addWidget(window.stats, 1)
    bottom.addWidget(buttons)
    return bottom
