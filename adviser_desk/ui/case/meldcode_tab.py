"""The Meldcode tab of a case: its five steps and two decisions, each recorded in a dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.domain import meldcode as dm
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.services.meldcode_service import MeldcodeService
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common import theme
from adviser_desk.ui.common.column_fit import stretch_with_minimum
from adviser_desk.ui.common.discard import may_discard
from adviser_desk.ui.common.errors import known_errors
from adviser_desk.ui.common.form_dialog import FormDialog
from adviser_desk.ui.common.keyboard import enter_presses, tab_leaves
from adviser_desk.ui.common.read_only import allow_edits, edits_allowed
from adviser_desk.ui.common.table_model import RowsModel
from adviser_desk.ui.common.widgets import OptionalDate

# The outcome column's least width, in average characters.
OUTCOME_CHARS = 16


def _step(step: dm.Step) -> str:
    return QCoreApplication.translate(dm.CTX, dm.STEP_LABELS[step])


def _answer(answer: dm.Answer) -> str:
    return QCoreApplication.translate(dm.CTX, dm.ANSWER_LABELS[answer]) if answer else ""


class MeldcodeModel(RowsModel[dm.Entry]):
    STEP, DONE, OUTCOME = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("MeldcodeModel", "Step"),
        QT_TRANSLATE_NOOP("MeldcodeModel", "Date, by"),
        QT_TRANSLATE_NOOP("MeldcodeModel", "Outcome and note"),
    )
    CONTEXT = "MeldcodeModel"

    def cell(self, row: dm.Entry, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.STEP:
            return QCoreApplication.translate(dm.CTX, dm.STEP_HINTS[row.step])
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.STEP:
            return _step(row.step)
        if column == self.DONE:
            if row.done_on is None:
                return "—"
            return f"{fmt.date_text(row.done_on)}, {row.by}"
        outcome = _answer(row.answer)
        if row.note:
            outcome = f"{outcome} — {row.note}" if outcome else row.note
        return outcome or "—"


class MeldcodeStepDialog(FormDialog):
    """Records one step: when, by whom, its answer and a note; "Clear step" empties it."""

    def __init__(
        self,
        meldcode: MeldcodeService,
        case_id: int,
        entry: dm.Entry,
        adviser: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(_step(entry.step), parent)
        self.meldcode, self.case_id, self.step = meldcode, case_id, entry.step
        hint = QLabel(QCoreApplication.translate(dm.CTX, dm.STEP_HINTS[entry.step]), self)
        hint.setWordWrap(True)
        theme.set_role(hint, "hint")
        self.layout_.insertWidget(0, hint)
        self.done_on = OptionalDate(self)
        self.done_on.setObjectName("done_on")
        self.done_on.set_value(entry.done_on)
        if entry.done_on is None:
            self.done_on.enabled.setChecked(True)
            self.done_on.edit.setDate(QDate.currentDate())
        self.done_on.edit.setMaximumDate(QDate.currentDate())
        self._date_as_opened = self.done_on.shown()  # a changed date counts as typed
        self.by = QLineEdit(entry.by or adviser, self)
        self.by.setObjectName("by")
        self.answer = QComboBox(self)
        self.answer.setObjectName("answer")
        self.note = QPlainTextEdit(entry.note, self)
        self.note.setObjectName("note")
        self.note.setMaximumHeight(110)
        self.form.addRow(self.tr("&Date:"), self.done_on)
        self.form.addRow(self.tr("&By:"), self.by)
        choices = dm.ANSWERS[entry.step]
        if choices:
            self.answer.addItem(self.tr("Choose…"), "")
            for choice in choices:
                self.answer.addItem(_answer(choice), choice.value)
            self.answer.setCurrentIndex(max(0, self.answer.findData(entry.answer.value)))
            self.form.addRow(self.tr("&Outcome:"), self.answer)
        else:
            self.answer.hide()
        self.form.addRow(self.tr("&Note:"), self.note)
        self.clear_button = QPushButton(self.tr("C&lear step"), self)
        self.clear_button.setObjectName("clear_step")
        self.clear_button.setEnabled(not entry.empty)
        self.clear_button.clicked.connect(self.clear_step)
        self.buttons.addButton(self.clear_button, self.buttons.ButtonRole.ResetRole)
        self.record: dm.Record | None = None
        self.finish_layout()
        tab_leaves(self.note)
        (self.answer if choices and not entry.answer else self.by).setFocus()

    def entry(self) -> dm.Entry:
        return dm.Entry(
            self.step,
            self.done_on.value(),
            self.by.text(),
            dm.Answer(self.answer.currentData() or ""),
            self.note.toPlainText(),
        )

    def apply(self) -> None:
        self.record = self.meldcode.save_step(self.case_id, self.entry())

    def reject(self) -> None:
        # A note typed into the step is not lost unasked to Escape or Cancel (walk 18, W18-2),
        # nor a changed date (walk 18: it went without a question).
        changed = self.done_on.shown() != self._date_as_opened
        if may_discard(self, [self.note], typed_only=True, changed=changed):
            super().reject()

    @Slot()
    def clear_step(self) -> None:
        with known_errors(self, self.windowTitle()) as attempt:
            self.record = self.meldcode.save_step(self.case_id, dm.Entry(self.step))
        if not attempt.failed:
            self.accept()


class MeldcodeTab(QWidget):
    """The steps in a table; Enter or "Record step…" opens the selected one."""

    changed = Signal()  # a step was recorded or cleared (the case's timeline has a new line)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meldcode: MeldcodeService | None = None
        self.case_id: int | None = None
        self.adviser = ""
        intro = QLabel(
            self.tr(
                "The Meldcode for domestic violence and child abuse: map the signals, consult, "
                "talk with the student, weigh with the afwegingskader, then decide whether to "
                "report to Veilig Thuis and whether help is possible and enough. Record each "
                "step with its date and who took it; the case summary prints them."
            ),
            self,
        )
        intro.setWordWrap(True)
        theme.set_role(intro, "hint")
        self.status = QLabel(self)
        self.status.setObjectName("meldcode_status")
        self.warnings = QLabel(self)
        self.warnings.setObjectName("meldcode_warnings")
        self.warnings.setWordWrap(True)
        theme.set_role(self.warnings, "warning")
        self.model = MeldcodeModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("meldcode_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Meldcode steps"))
        # Enter and the double click both activate (a double click also emits doubleClicked:
        # connecting that too asked for the step a second time once the first was closed).
        self.table.activated.connect(lambda _i: self.record_step())
        tab_leaves(self.table)
        # The outcome takes the free width and keeps a readable least; when the table is
        # narrow the long step names wrap first (at 2x the headers read "Date, by" and
        # "Dutcome and note", walk 14, W14-16).
        self.table.setWordWrap(True)
        stretch_with_minimum(self.table, MeldcodeModel.OUTCOME, OUTCOME_CHARS)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.record_button = QPushButton(self.tr("&Record step…"), self)
        self.record_button.setObjectName("record_meldcode_step")
        self.record_button.clicked.connect(self.record_step)
        enter_presses(self.record_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warnings)

    def set_read_only(self, read_only: bool) -> None:
        allow_edits((self.record_button,), not read_only)

    def show_case(self, meldcode: MeldcodeService, case_id: int, adviser: str) -> None:
        self.meldcode, self.case_id, self.adviser = meldcode, case_id, adviser
        self.reload()

    def clear(self) -> None:
        self.meldcode = self.case_id = None
        self.model.set_rows([])

    def reload(self) -> None:
        if self.meldcode is None or self.case_id is None:
            return
        self._show(self.meldcode.record(self.case_id))

    def _show(self, record: dm.Record) -> None:
        current = max(0, self.table.currentIndex().row())
        self.model.set_rows(record.entries)
        self.table.selectRow(min(current, len(record.entries) - 1))
        self.status.setText(
            self.tr("Status: {status}").format(
                status=QCoreApplication.translate(dm.CTX, dm.STATUS_LABELS[record.status])
            )
        )
        warnings = [QCoreApplication.translate(dm.CTX, w) for w in record.warnings()]
        self.warnings.setText("\n".join("⚠ " + w for w in warnings))
        self.warnings.setVisible(bool(warnings))

    @Slot()
    def record_step(self) -> None:
        # Enter or a double click on a step of a case kept read-only records nothing.
        if self.meldcode is None or self.case_id is None or not edits_allowed(self.record_button):
            return
        entry = self.model.row_at(max(0, self.table.currentIndex().row()))
        if entry is None:
            return
        dialog = MeldcodeStepDialog(self.meldcode, self.case_id, entry, self.adviser, self)
        if dialog.exec() and dialog.record is not None:
            self._show(dialog.record)
            self.changed.emit()
