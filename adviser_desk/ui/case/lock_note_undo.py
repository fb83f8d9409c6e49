"""Undo for the note the lock made in a conversation of what was typed for closing it (walk 6,
item 24: after unlocking, Ctrl+Z did nothing, there was no Undo, and the note's context menu
had only a greyed-out Change speaker, so the note could not be taken back).

In the conversation's window, as the Timeline's lock note has it (6afd3af): a line at the top
says what the lock kept, with Undo (Ctrl+Z, also from an empty line field, whose own undo has
nothing to undo); and "Remove note" on the note's line (right click, the Menu key) as long as
the window is open. Taking it back leaves the text in "Close the interview…", where it was
typed, so nothing is lost; the file's closing then asks about it again, as it is unsaved once
more. The audit records the removal (services/interview_notes.py)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal, Slot
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QBoxLayout, QLineEdit

from adviser_desk.services.interview_notes import remove_note
from adviser_desk.ui.case.undo_bar import UndoBar
from adviser_desk.ui.common.errors import known_errors
from adviser_desk.ui.interview.closing_kept import LockedNote
from adviser_desk.ui.interview.interview_window import InterviewWindow


class LockNoteUndo(QObject):
    """Emits ``undone`` with the conversation's id once the note is gone."""

    undone = Signal(int)

    def __init__(self, window: InterviewWindow, note: LockedNote) -> None:
        super().__init__(window)
        self.window, self.note = window, note
        self.bar = UndoBar(window)
        self.bar.setObjectName("lock_note_undo")
        # Its button says "Undo (Ctrl+Z)" and has no Alt letter (UndoBar; walk 8, W8-1).
        layout = window.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, self.bar)
        self.action = QAction(self.tr("Remove note"), window.table)
        self.action.setObjectName("remove_lock_note")
        self.action.setToolTip(
            self.tr(
                "Removes the note the lock made of what you typed for closing; "
                "Close the interview… still has the text."
            )
        )
        self.action.triggered.connect(self.remove_selected)
        window.table.addAction(self.action)  # its context menu lists the table's actions
        window.table.selectionModel().selectionChanged.connect(self._update)
        for field in (window.input, window.note):
            field.installEventFilter(self)
        self._update()
        self.bar.offer(
            self.tr(
                "When the file was locked, what you typed for closing this interview was "
                "added to it as a note. Close the interview… still has it."
            ),
            self._take_back,
        )

    def _selected_is_note(self) -> bool:
        rows = self.window.table.selectionModel().selectedRows()
        lines = self.window.model.rows
        return bool(rows) and lines[rows[0].row()].line_id == self.note.kept.line_id

    @Slot()
    def _update(self) -> None:
        self.action.setEnabled(self._selected_is_note())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Z in a line field with nothing of its own to undo reaches Undo (QLineEdit
        claims the key whether or not it has anything to undo)."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QLineEdit)
            and event.matches(QKeySequence.StandardKey.Undo)
            and not watched.isUndoAvailable()
            and self.bar.action.isEnabled()
        ):
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def _take_back(self) -> None:
        """Removes the note (errors reach the caller, which says so)."""
        window = self.window
        # Only the note: the conversation still keeps the draft in the file (the closing
        # dialog shows it), so nothing is unsaved and closing the file asks nothing (W10-2).
        remove_note(window.service, window.interview_id, self.note.kept.line_id)
        window.kept_before = None  # a lock with the draft changed keeps it as a new note
        window._reload()
        self.action.setEnabled(False)
        window.table.removeAction(self.action)
        self.undone.emit(window.interview_id)

    @Slot()
    def remove_selected(self) -> None:
        if not (self.action.isEnabled() and self._selected_is_note()):
            return
        self.bar.forget()
        with known_errors(self.window, self.tr("The note was not removed")):
            self._take_back()
