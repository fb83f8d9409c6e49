"""Correcting who said a transcript line: "Change speaker" on a line (context menu, Shift+F2
in the transcript), and the quiet hint after an answer that sounds like the adviser's own
promise of secrecy.

The hint replaced a modal question that opened on Enter while the adviser was still typing
(walk 5, W5-2): the next keys answered it, so a student's answer was stored as the adviser's
promise and the next line lost its first word. The hint takes no keys and no focus; the line
stays the student's answer unless the adviser presses its button. Every change is written into
the conversation as a note and into the audit, and the line's check is done again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QWidget

from adviser_desk.services import interview_service as isvc
from adviser_desk.services.interview_service import ADVISER, NOTE, STUDENT, InterviewService
from adviser_desk.services.interview_service import LineRow as LineRow
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common import theme
from adviser_desk.ui.common.errors import known_errors
from adviser_desk.ui.common.table_model import RowsModel
from adviser_desk.ui.interview.last_line import LastLine

_t = fmt.translate


class PromiseHint(QWidget):
    """ "This sounds like your promise: record it as your question?" under the line field,
    for one line; it stays until answered, dismissed or replaced by the next such line."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("promise_hint")
        self.line_id: int | None = None
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        theme.set_role(self.message, "banner")
        self.mine = QPushButton(self.tr("Record as &my question"), self)
        self.mine.setObjectName("promise_mine")
        self.keep = QPushButton(self.tr("&Keep as the answer"), self)
        self.keep.setObjectName("promise_keep")
        self.keep.clicked.connect(self.dismiss)
        for button in (self.mine, self.keep):
            # Shown while the adviser types: never the default for Enter, and never the focus
            # (a click or its Alt letter leaves the keys going into the line field).
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.message, 1)
        row.addWidget(self.mine)
        row.addWidget(self.keep)
        self.hide()

    def offer(self, line: LineRow, who: str) -> None:
        self.line_id = line.line_id
        self.message.setText(
            self.tr(
                "“{text}” was kept as the answer ({who}), but it sounds like a promise of "
                "yours. Was it your question?"
            ).format(text=line.text, who=who)
        )
        self.show()

    @Slot()
    def dismiss(self) -> None:
        self.line_id = None
        self.hide()


class SpeakerFix(QObject):
    """Change speaker on the transcript's selected line, and the promise hint. ``reload``
    shows the conversation again after a change (lines, state). ``claimed_last`` is emitted
    when the hint's line, the last said, became the adviser's: the answer comes next."""

    claimed_last = Signal()
    last_changed = Signal(str)  # the speaker the last said line has now (its bar's button)

    def __init__(
        self,
        service: InterviewService,
        interview_id: int,
        table: QTableView,
        model: RowsModel[LineRow],
        conversation_type: str,
        reload: Callable[[], None],
    ) -> None:
        super().__init__(table)
        self.service, self.interview_id = service, interview_id
        self.table, self.model, self.reload = table, model, reload
        self.conversation_type = conversation_type
        self.is_open = True
        self.hint = PromiseHint(table.parentWidget() or table)
        self.hint.mine.clicked.connect(self._hinted_line_is_mine)
        self.action = QAction(self.tr("Change speaker"), table)
        self.action.setObjectName("change_speaker")
        self.action.setShortcut(QKeySequence("Shift+F2"))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.setToolTip(self.tr("The selected line was said by the other person (Shift+F2)"))
        self.action.triggered.connect(self.change_selected)
        table.addAction(self.action)
        # Right click and the Menu key (Shift+F10) show it on the line.
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        table.selectionModel().selectionChanged.connect(self.update)
        # The last line and its speaker, with a button to correct it (walk 12, W12-8).
        self.last = LastLine(self._who, self._change_last, table.parentWidget() or table)
        model.modelReset.connect(self.update)
        self.update()

    def _selected(self) -> LineRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            index = self.table.currentIndex()
            return self.model.rows[index.row()] if index.isValid() else None
        return self.model.rows[rows[0].row()]

    @Slot()
    def update(self) -> None:
        line = self._selected()
        self.action.setEnabled(self.is_open and line is not None and line.speaker != NOTE)
        if not self.is_open:
            self.hint.dismiss()
        self.last.show_last(self.model.rows, self.is_open)

    def _change_last(self, line: LineRow) -> None:
        speaker = STUDENT if line.speaker == ADVISER else ADVISER
        if self.change(line, speaker):
            self.last_changed.emit(speaker)

    def offer(self, line: LineRow) -> None:
        """Shows the hint for a line kept as the answer that sounds like the adviser's."""
        self.hint.offer(line, self._who(STUDENT).lower())

    def _who(self, speaker: str) -> str:
        return isvc.speaker_label(speaker, self.conversation_type, _t)

    @Slot()
    def change_selected(self) -> None:
        line = self._selected()
        if line is not None and self.action.isEnabled():
            self.change(line, STUDENT if line.speaker == ADVISER else ADVISER)

    @Slot()
    def _hinted_line_is_mine(self) -> None:
        line = next((row for row in self.model.rows if row.line_id == self.hint.line_id), None)
        self.hint.dismiss()
        if line is None or line.speaker != STUDENT:
            return
        said = [row for row in self.model.rows if row.speaker != NOTE]
        last = bool(said) and said[-1].line_id == line.line_id
        if self.change(line, ADVISER) and last:
            self.claimed_last.emit()

    def change(self, line: LineRow, speaker: str) -> bool:
        note = self.tr(
            "Speaker corrected: the line of {time} “{text}” was recorded as {was}; it was said "
            "by {now}."
        ).format(
            time=fmt.time_text(line.at, seconds=True),
            text=line.text,
            was=self._who(line.speaker).lower(),
            now=self._who(speaker).lower(),
        )
        with known_errors(self.table, self.tr("The speaker was not changed")) as attempt:
            self.service.change_speaker(self.interview_id, line.line_id, speaker, note)
        if attempt.failed:
            return False
        if self.hint.line_id == line.line_id:
            self.hint.dismiss()
        had_focus = self.table.hasFocus()
        self.reload()
        # The changed line stays selected, so a second Shift+F2 puts it back.
        for number, row in enumerate(self.model.rows):
            if row.line_id == line.line_id:
                self.table.selectRow(number)
        if had_focus:
            self.table.setFocus()
        self.update()
        return True
