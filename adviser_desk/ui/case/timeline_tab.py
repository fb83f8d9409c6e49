"""The Timeline and notes tab of a case: what happened when, and the adviser's notes."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QTime, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.domain.errors import KnownError
from adviser_desk.services.case_views import TimelineRow
from adviser_desk.ui.case.case_models import TimelineModel
from adviser_desk.ui.case.tables import case_table, fit_columns
from adviser_desk.ui.common.earlier_time import (
    EarlierTimeEdit,
    earlier_moment,
    earlier_time,
    in_future,
    shown,
)
from adviser_desk.ui.common.errors import known_errors
from adviser_desk.ui.common.focus_show import set_first_action
from adviser_desk.ui.common.keyboard import labelled, tab_leaves
from adviser_desk.ui.common.read_only import allow_edits, edits_allowed

if TYPE_CHECKING:
    from adviser_desk.ui.case.case_view import CaseView


@dataclass(frozen=True)
class KeptNote:
    """A note the lock added from what was being typed: which, and in which case (only ids:
    its text stays in the case file while locked)."""

    case_id: int
    number: str
    note_id: int
    # The earlier time typed for it, left out because it lies in the future (the lock cannot
    # ask; Undo puts it back in the field).
    future_time: QDateTime | None = None


class TimelineTab(QWidget):
    """The timeline, and a note (Ctrl+Enter) that may say it happened earlier."""

    def __init__(self, view: CaseView) -> None:
        super().__init__(view)
        self.view = view
        self.note_edit = QPlainTextEdit(self)
        set_first_action(self, self.note_edit)  # its letter starts here (W11-2)
        self.note_edit.setObjectName("note_edit")
        self.note_edit.setMaximumHeight(90)
        self.note_edit.setPlaceholderText(self.tr("Write a note… (Ctrl+Enter adds it)"))
        self.observed = QCheckBox(self.tr("Happened earlier, at:"), self)
        self.observed_at = EarlierTimeEdit(self)
        self.observed_at.setCalendarPopup(True)
        earlier_time(self.observed, self.observed_at)
        self.add_button = add_note = QPushButton(self.tr("Add note"), self)
        add_note.setObjectName("add_note")
        add_note.clicked.connect(self.add_note)
        note_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self.note_edit)
        note_shortcut.activated.connect(self.add_note)
        note_row = QHBoxLayout()
        note_row.addWidget(self.observed)
        note_row.addWidget(self.observed_at)
        note_row.addStretch(1)
        note_row.addWidget(add_note)
        self.model = TimelineModel(self)
        self.table = case_table(self, "timeline_table")
        self.table.setModel(self.model)
        fit_columns(self.table, TimelineModel.WHAT, wrap=True)
        tab_leaves(self.note_edit)
        self.observed_at.setAccessibleName(self.tr("Happened at"))
        layout = QVBoxLayout(self)
        layout.addWidget(labelled(self.tr("New &note:"), self.note_edit, self))
        layout.addWidget(self.note_edit)
        layout.addLayout(note_row)
        layout.addWidget(self.table, 1)

    def set_read_only(self, read_only: bool) -> None:
        allow_edits(
            (self.note_edit, self.observed, self.observed_at, self.add_button), not read_only
        )

    def show_timeline(self, rows: list[TimelineRow]) -> None:
        self.model.set_rows(rows)

    def showEvent(self, event: QShowEvent) -> None:
        """Evidence, letters and takedowns are recorded on other tabs and in the letter editor
        without the whole case being read again; the timeline reads them whenever it shows."""
        super().showEvent(event)
        view = self.view
        if view.cases is None or view.case_id is None:
            return
        with contextlib.suppress(KnownError):  # the case went (purged): the view clears
            self.show_timeline(view.cases.timeline(view.case_id))

    def clear(self) -> None:
        self.model.set_rows([])
        self.note_edit.clear()

    def keep_unsaved(self) -> KeptNote | None:
        """Before locking: a note being typed is added, as the Overview edits are saved (walk
        4, W12: the lock threw it away; nothing typed may stay in a widget while locked).
        Returns the note added, for the lock page and the Undo after unlocking (None if
        nothing was typed, or it could not be added: the lock page then says it was not kept)."""
        view = self.view
        if not self.note_edit.toPlainText().strip() or view.detail is None:
            return None
        number, case_id = view.detail.number, view.detail.case_id
        future = None
        if in_future(self.observed, self.observed_at):  # a message now would hold the lock up
            future = self.observed_at.dateTime()
            self.observed.setChecked(False)
        note_id = self._add()
        return None if note_id is None else KeptNote(case_id, number, note_id, future)

    def kept_sentence(self, kept: KeptNote, unlocked: bool = False) -> str:
        """What the lock page says about the note it added (or the bar after unlocking)."""
        said = (
            self.tr(
                "The note you were writing on the Timeline of case {number} was added when "
                "the case file was locked."
            )
            if unlocked
            else self.tr(
                "The note you were writing on the Timeline of case {number} was added before "
                "locking."
            )
        ).format(number=kept.number)
        if kept.future_time is None:
            return said
        left_out = self.tr(
            "Its time, {moment}, lies in the future and was left out: Undo puts it back."
        ).format(moment=shown(kept.future_time))
        return f"{said} {left_out}"

    def undo_kept(self, kept: KeptNote) -> None:
        """Undo after unlocking: the note the lock added goes, and its text is back in the
        field, as it was being typed (the text is read back from the case file: it did not
        stay in memory while locked)."""
        cases = self.view.cases
        if cases is None:
            return
        note = cases.remove_note(kept.note_id)
        self.note_edit.setPlainText(note.text)
        self.observed.setChecked(note.observed_at is not None or kept.future_time is not None)
        if kept.future_time is not None:
            self.observed_at.setDateTime(kept.future_time)
        elif note.observed_at is not None:
            local = note.observed_at.astimezone()
            self.observed_at.setDateTime(
                QDateTime(
                    QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)
                )
            )

    @Slot()
    def add_note(self) -> None:
        self._add()

    def _add(self) -> int | None:
        """Adds the typed note; returns its id (None: nothing added)."""
        view = self.view
        if not edits_allowed(self.add_button):  # Ctrl+Enter on a case kept read-only
            return None
        if view.cases is None or view.case_id is None or not self.note_edit.toPlainText().strip():
            return None
        with known_errors(view, self.tr("The note was not added")) as attempt:
            observed = earlier_moment(self.observed, self.observed_at)
            note_id = view.cases.add_note(view.case_id, self.note_edit.toPlainText(), observed)
        if attempt.failed:
            return None
        self.note_edit.clear()
        self.observed.setChecked(False)
        view.after_change()
        self.show_note(note_id)
        return note_id

    def show_note(self, note_id: int) -> None:
        """Selects the note's line and scrolls to it (walk 5, W5-27: it was added below the
        visible part of the list, out of sight). The focus stays in the note field, for the
        next note."""
        for number, row in enumerate(self.model.rows):
            if row.kind == "note.added" and row.details.get("note") == note_id:
                self.table.selectRow(number)
                self.table.scrollTo(self.model.index(number, TimelineModel.WHAT))
                return
