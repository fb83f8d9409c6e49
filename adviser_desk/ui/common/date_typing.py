"""Typing into a date or time field that was clicked (walk 15, W15-3).

A click leaves Qt's date field with a bare cursor inside a full section, where a typed digit is
refused without a word: a date typed after clicking into "Sent at" or "Opened on" was silently
ignored, and only the arrow keys, or Tab into the field (which selects a section), set it. Now a
click selects the section it landed in, as in a browser's date field, so typed digits replace
it and move on to the next section; and a digit typed at the very start (after Home) selects
the first section, as Tab does.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateTimeEdit, QLineEdit


class _SelectsSection(QObject):
    """Watches a date field and its text: the field it serves is the one the event came to
    (no reference is kept, so nothing is touched while the field is being destroyed)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            edit = watched.parent()
            if (
                isinstance(watched, QLineEdit)
                and isinstance(edit, QDateTimeEdit)
                and event.button() == Qt.MouseButton.LeftButton
                and not watched.hasSelectedText()  # a drag selected text: leave it
            ):
                at = _index(edit, watched.cursorPosition())
                edit.setSelectedSection(edit.sectionAt(at))
        elif (
            kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QDateTimeEdit)
            and event.text().isdigit()
        ):
            line = watched.lineEdit()
            if line.cursorPosition() == 0 and not line.hasSelectedText():  # after Home
                watched.setSelectedSection(watched.sectionAt(0))
        return False


def _index(edit: QDateTimeEdit, position: int) -> int:
    """The index of the section a text position lies in (a separator counts with the section
    before it)."""
    text = edit.lineEdit().text()
    index = 0
    for at in range(1, min(position, len(text))):
        if not text[at].isdigit() and text[at - 1].isdigit():
            index += 1
    return min(index, edit.sectionCount() - 1)


Edit = TypeVar("Edit", bound=QDateTimeEdit)


def typable(edit: Edit) -> Edit:
    """Lets a clicked date or time field take what is typed (see the module's note)."""
    selects = _SelectsSection(edit)  # goes with the field
    edit.installEventFilter(selects)
    edit.lineEdit().installEventFilter(selects)
    return edit
