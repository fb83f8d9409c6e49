"""Typing a date into a date or time field after clicking into it or entering it.

Walk 15, W15-3: a click left Qt's date field with a bare cursor inside a full part, where typed
digits were refused without a word; a click now selects the part it lands on, so the arrow keys
change that part. Walk 16, W16-1: digits typed after the click still went into that part only,
so "01122026" typed after a click on the month became 04-01-2026, and typed after a click right
of the text it was appended and dropped on Tab, each without a word.

Now what is typed right after a click into the field, or after entering it by Tab or its
label's letter, is one entry: the field shows it as typed, and date_entry.py reads it as a
whole date ("01122026", "1-12-2026") or, failing that, as the parts from the selected one on
("10" on the month). The field takes the moment when the entry ends: Tab, Enter, an arrow key,
the focus leaving, or OK (:func:`finish_typing`). What cannot be a date stays in the field, in
the danger colour with a tooltip saying why; Tab and Enter say it in a message, and OK refuses
it naming it: the field never goes back, or on to another date, unseen. Backspace corrects the
entry; Escape drops it and shows the date the field still holds. After an arrow key, Home or
End the digits go into the selected part, as before.

Walk 17, W17-1: Tab went on to the field's next part (Qt's way), so a keyboard user who typed
a date and pressed Tab stayed in the field with the month selected, and the next words typed
changed the month. Tab and Shift+Tab now always leave the field, to the next or previous
widget of the window, after taking what was typed (or, if it is no date, saying so and
staying); Left and Right move between the parts. Digits typed with the whole text selected
(Ctrl+A), or after the field's label letter while it already had the focus, start an entry too.

Issue 11: digits typed into a part after an arrow that Qt cannot read yet ("06-05-26" while
typing the year) were an entry on Tab only; a click elsewhere, Enter or OK let Qt put the old
date back unsaid. Each now takes them as Tab does, or refuses them with the same message.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, QObject, Qt, QTime
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateTimeEdit, QLineEdit, QToolTip, QWidget

from adviser_desk.domain.errors import KnownError
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.ui.common import date_entry
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common.errors import known_errors
from adviser_desk.ui.common.i18n import error_text
from adviser_desk.ui.common.theme import set_role

_PARTS = {
    QDateTimeEdit.Section.DaySection: date_entry.DAY,
    QDateTimeEdit.Section.MonthSection: date_entry.MONTH,
    QDateTimeEdit.Section.YearSection: date_entry.YEAR,
    QDateTimeEdit.Section.HourSection: date_entry.HOUR,
    QDateTimeEdit.Section.MinuteSection: date_entry.MINUTE,
}
# Keys that end an entry: what is typed is taken first, or the key waits until it is a date.
_LEAVES = {
    Qt.Key.Key_Tab,
    Qt.Key.Key_Backtab,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
}
_SAYS = {Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter}
_EXAMPLE = QDate(2026, 12, 1)


class UnfinishedDateError(KnownError):
    """What was typed into a date field is not a date."""

    def __init__(self, typed: str, field: str, example: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                '"{typed}" in {field} is not a date. Type day, month and year, as {example}, '
                "or press Escape for the date the field had; nothing was saved.",
            ),
            typed=typed,
            field=field,
            example=example,
        )


class _Entry(QObject):
    """One date field's typing: what was typed since the click (None: no entry), whether the
    next digit starts an entry, and the part that was selected when it did."""

    def __init__(self, edit: QDateTimeEdit) -> None:
        super().__init__(edit)  # goes with the field
        self.typed: str | None = None
        self.armed = False
        self.invalid = False
        self.selected = 0
        self.tracking = edit.keyboardTracking()
        self.validator = edit.lineEdit().validator()
        edit.dateTimeChanged.connect(self._changed)

    # The field an event belongs to is taken from the event, not kept: nothing is touched
    # while the field is being destroyed.
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if isinstance(watched, QLineEdit) and isinstance(watched.parent(), QDateTimeEdit):
            if kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
                self._clicked(watched.parent(), watched, event)  # type: ignore[arg-type]
            return False
        if not isinstance(watched, QDateTimeEdit):
            return False
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(watched, event)
        if kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            self._label_letter(event)
            return False
        if kind == QEvent.Type.FocusIn:
            return self._focus_in(watched, event)
        if kind == QEvent.Type.FocusOut:
            if self.typed is None:  # a click elsewhere, or OK, after digits typed into a part
                self.take_qt_typed(watched)
            if self.typed is not None:
                return self._focus_out(watched, event)
        if kind == QEvent.Type.Wheel and self.typed is not None:
            return not self.finish(watched)
        return False

    def _clicked(self, edit: QDateTimeEdit, line: QLineEdit, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if self.typed is not None:  # a click into an entry: go on typing it
            _put(edit, self.typed)
            return
        if not line.hasSelectedText():  # a drag selected text: leave it
            at = _index(edit, line.cursorPosition())
            edit.setSelectedSection(edit.sectionAt(at))
        self.armed = True

    def _focus_in(self, edit: QDateTimeEdit, event: QEvent) -> bool:
        if self.typed is None:
            self.armed = True
            return False
        edit.event(event)  # back to an entry that is not a date: it is shown again
        _put(edit, self.typed)
        return True

    def _focus_out(self, edit: QDateTimeEdit, event: QEvent) -> bool:
        if self.finish(edit):
            return False
        # Leaving, Qt reads the text and would make 31-02-2026 into 28-02-2026: it reads the
        # date the field holds, and the entry stays shown, marked.
        _put(edit, edit.textFromDateTime(edit.dateTime()))
        edit.event(event)
        _put(edit, self.typed or "")
        return True

    def _label_letter(self, event: QKeyEvent) -> None:
        """Alt and a letter (the field's label letter) while the field has the focus does not
        enter it again: the next digits start an entry as if it had."""
        if self.typed is None and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.armed = True

    def _key(self, edit: QDateTimeEdit, event: QKeyEvent) -> bool:
        text, key = event.text(), event.key()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if self.typed is None and (_tab(event) or key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.take_qt_typed(edit)  # Enter then reads it below, as an entry
        if _tab(event):
            return self._tab(edit, event)
        if self.typed is None:
            if plain and text.isdigit() and (self.armed or _all_selected(edit)):
                self._begin(edit, text)
                return True
            if text.isdigit():
                line = edit.lineEdit()
                if line.cursorPosition() == 0 and not line.hasSelectedText():  # after Home
                    edit.setSelectedSection(edit.sectionAt(0))
            elif key not in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt):
                self.armed = False
            return False
        if plain and text and (text.isdigit() or text in date_entry.SEPARATORS):
            self._show(edit, self.typed + text)
        elif key == Qt.Key.Key_Backspace:
            self._show(edit, self.typed[:-1]) if len(self.typed) > 1 else self._drop(edit)
        elif key == Qt.Key.Key_Escape:
            self._drop(edit)
        elif key not in _LEAVES:
            return bool(text)  # a letter is not part of a date; F-keys and the like go on
        elif self.finish(edit):
            self.armed = key in _SAYS  # after an arrow, Home or End, digits go into a part
            return False  # on, with the date taken
        elif key in _SAYS:
            with known_errors(edit.window(), edit.window().windowTitle()):
                raise unfinished_message(edit)
        else:
            QToolTip.showText(edit.mapToGlobal(edit.rect().bottomLeft()), edit.toolTip(), edit)
        return True

    def _tab(self, edit: QDateTimeEdit, event: QKeyEvent) -> bool:
        """Tab and Shift+Tab leave the field, with what was typed taken; Qt's own Tab went on
        to the field's next part. An entry that is no date is said, and the focus stays."""
        if not self.finish(edit):
            with known_errors(edit.window(), edit.window().windowTitle()):
                raise unfinished_message(edit)
            return True
        self.armed = True
        back = event.key() == Qt.Key.Key_Backtab or bool(
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        # QWidget's own step through the window's tab order, past QDateTimeEdit's override.
        QWidget.focusNextPrevChild(edit, not back)
        return True

    def take_qt_typed(self, edit: QDateTimeEdit) -> None:
        """Digits typed into a part after an arrow key that do not make a date yet ("07-12-20"
        while typing the year) become an entry, read as a whole: Qt would put back the date it
        had on leaving (Tab, Enter, a click elsewhere, OK), without a word."""
        text = edit.lineEdit().text()
        if text != edit.textFromDateTime(edit.dateTime()):
            self._begin(edit, text)

    def _begin(self, edit: QDateTimeEdit, digit: str) -> None:
        whole = _all_selected(edit)  # Ctrl+A: the entry is the whole date, from the first part
        self.selected = 0 if whole else max(edit.currentSectionIndex(), 0)
        self.armed = False
        # Qt reads the text at each key, and its reading changes it: 31-02-2026 became
        # 28-02-2026 and "1-2-" became "1-02-" under the typing hand. The entry is read here.
        self.tracking = edit.keyboardTracking()
        edit.setKeyboardTracking(False)
        self.validator = edit.lineEdit().validator()
        edit.lineEdit().setValidator(None)  # type: ignore[arg-type]
        self._show(edit, digit)

    def _show(self, edit: QDateTimeEdit, typed: str) -> None:
        self.typed = typed
        _put(edit, typed)

    def finish(self, edit: QDateTimeEdit) -> bool:
        """Takes the entry's moment and ends it; False (and the field marked) if it is none."""
        if self.typed is None:
            return True
        values = self.read(edit)
        moment = _moment(edit, values) if values is not None else None
        if moment is None or not edit.minimumDateTime() <= moment <= edit.maximumDateTime():
            self._mark(edit, True)  # not a date, or one the field cannot hold (year 0112)
            return False
        self._close(edit)
        edit.setDateTime(moment)
        return True

    def read(self, edit: QDateTimeEdit) -> dict[str, int] | None:
        order = [_PARTS.get(edit.sectionAt(i), "") for i in range(edit.sectionCount())]
        return date_entry.read(self.typed or "", order, self.selected, _parts(edit), final=True)

    def _drop(self, edit: QDateTimeEdit) -> None:
        self._close(edit)
        _put(edit, edit.textFromDateTime(edit.dateTime()))

    def _close(self, edit: QDateTimeEdit) -> None:
        self.typed = None
        self.armed = True
        self._mark(edit, False)
        edit.setKeyboardTracking(self.tracking)
        edit.lineEdit().setValidator(self.validator)

    def _changed(self) -> None:
        """The field was given a date (by its calendar, or by the window): the entry is over."""
        edit = self.parent()
        if self.typed is not None and isinstance(edit, QDateTimeEdit):
            self._close(edit)

    def _mark(self, edit: QDateTimeEdit, invalid: bool) -> None:
        if invalid == self.invalid:
            return
        self.invalid = invalid
        set_role(edit, "invalid" if invalid else "")
        edit.setToolTip(error_text(unfinished_message(edit)) if invalid else "")


def _tab(event: QKeyEvent) -> bool:
    if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        return False  # Ctrl+Tab goes to the window (a tab page's next page)
    return event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


def _all_selected(edit: QDateTimeEdit) -> bool:
    line = edit.lineEdit()
    return bool(line.text()) and line.selectedText() == line.text()


def _put(edit: QDateTimeEdit, text: str) -> None:
    """Shows text in the field as it is: Qt's own reading at each change (its text and cursor
    signals) made "1-2-" into "1-02-" under the typing hand."""
    line = edit.lineEdit()
    blocked = line.blockSignals(True)
    line.setText(text)
    line.blockSignals(blocked)
    line.update()


def _parts(edit: QDateTimeEdit) -> dict[str, int]:
    moment = edit.dateTime()
    day, time = moment.date(), moment.time()
    return {
        date_entry.DAY: day.day(),
        date_entry.MONTH: day.month(),
        date_entry.YEAR: day.year(),
        date_entry.HOUR: time.hour(),
        date_entry.MINUTE: time.minute(),
    }


def _moment(edit: QDateTimeEdit, values: dict[str, int]) -> QDateTime:
    day = QDate(values[date_entry.YEAR], values[date_entry.MONTH], values[date_entry.DAY])
    kept = edit.dateTime().time()
    time = QTime(values[date_entry.HOUR], values[date_entry.MINUTE], kept.second())
    return QDateTime(day, time)


def _index(edit: QDateTimeEdit, position: int) -> int:
    """The index of the part a text position lies in (a separator counts with the part
    before it)."""
    text = edit.lineEdit().text()
    index = 0
    for at in range(1, min(position, len(text))):
        if not text[at].isdigit() and text[at - 1].isdigit():
            index += 1
    return min(index, edit.sectionCount() - 1)


def _entry(edit: QDateTimeEdit) -> _Entry | None:
    return edit.findChild(_Entry)


def unfinished_message(edit: QDateTimeEdit) -> UnfinishedDateError:
    entry = _entry(edit)
    typed = entry.typed if entry is not None and entry.typed is not None else edit.text()
    example = fmt.locale().toString(_EXAMPLE, fmt.date_edit_format())
    holder = edit.parentWidget()  # OptionalDate: the row's label names the box and the field
    named = edit.accessibleName() or (holder.accessibleName() if holder is not None else "")
    field = named.rstrip(":") or QCoreApplication.translate("errors", "the date field")
    return UnfinishedDateError(typed, field, example)


def finish_typing(window: QWidget) -> None:
    """Takes what was typed into the window's date fields; raises UnfinishedDateError for the
    first that is not a date, with the focus put in it (the message box gives it back when it
    closes). OK, Add note and the like call it before they read a date."""
    edits = [window] if isinstance(window, QDateTimeEdit) else []
    for edit in edits + window.findChildren(QDateTimeEdit):
        entry = _entry(edit)
        if entry is not None and edit.isEnabled() and entry.typed is None:
            entry.take_qt_typed(edit)
        if entry is not None and edit.isEnabled() and not entry.finish(edit):
            edit.setFocus(Qt.FocusReason.OtherFocusReason)
            raise unfinished_message(edit)


def take_typed(window: QWidget) -> None:
    """Takes what was typed into the window's date fields where it is a date, and says
    nothing of the rest: for a lock, which keeps a form's fields to show again after it."""
    for edit in window.findChildren(QDateTimeEdit):
        entry = _entry(edit)
        if entry is not None:
            entry.finish(edit)


Edit = TypeVar("Edit", bound=QDateTimeEdit)


def typable(edit: Edit) -> Edit:
    """Lets a date or time field take a date typed after a click (see the module's note)."""
    entry = _Entry(edit)
    edit.installEventFilter(entry)
    edit.lineEdit().installEventFilter(entry)
    return edit
