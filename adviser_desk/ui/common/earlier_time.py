"""A moment that happened earlier ("Happened earlier, at:", "Seen at:"), switched on by a check
box: the Timeline's note and the evidence dialogs share it.

The field takes what is typed, as typed. It had a maximum of "now" (walk 7, W7-2: 19:30 was
stored at 10:17), but a maximum judges every key press: "2130" typed at 12:03 lost its refused
"21" and the remaining digits made 02:13, which was stored without a word (walks 8 and 9,
W8-3 and W9-2). Now a moment after the present minute is refused when the form is submitted,
with a message naming it and the focus back in the field, and nothing is stored. Only the
arrow keys, Page Up and the mouse wheel stop at the present minute: stepping cannot mislead.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt, QTime, QTimer
from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QDateTimeEdit, QWidget

from adviser_desk.domain.errors import KnownError
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common.date_typing import finish_typing, typable


class TypedFutureError(KnownError):
    """The time typed in an earlier-moment field lies after now."""

    def __init__(self, moment: str, now: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "That time is in the future: {moment}. It is now {now}. Correct the time it "
                "happened; nothing was saved.",
            ),
            moment=moment,
            now=now,
        )


def _minute(moment: QDateTime) -> QDateTime:
    time = moment.time()
    return QDateTime(moment.date(), QTime(time.hour(), time.minute()))


def _now() -> QDateTime:
    return QDateTime.currentDateTime()


def present_minute() -> QDateTime:
    return _minute(_now())


class EarlierTimeEdit(QDateTimeEdit):
    """A local date and time, to the minute, that steps no further than now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(present_minute(), parent)
        self.setDisplayFormat(fmt.date_edit_format(with_time=True))
        typable(self)

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        enabled = super().stepEnabled()
        if _minute(self.dateTime()) >= present_minute():
            enabled &= ~QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        return enabled

    def stepBy(self, steps: int) -> None:
        super().stepBy(steps)
        now = present_minute()
        if steps > 0 and _minute(self.dateTime()) > now:  # a day up from yesterday evening
            self.setDateTime(now)


# How often an unticked field shown for a while catches up with the clock.
_REFRESH_MS = 20_000


class _ShownNow(QObject):
    """While the box is unticked, the field shows the present minute each time it is shown and
    as the clock moves on. Walk 14, W14-11: the Timeline tab, made when the app started, showed
    the app's start time ten minutes later, so the default an adviser saw was not now."""

    def __init__(self, check: QCheckBox, edit: EarlierTimeEdit) -> None:
        super().__init__(edit)
        self.check, self.edit = check, edit
        timer = QTimer(self)
        timer.setInterval(_REFRESH_MS)
        timer.timeout.connect(self.refresh)
        timer.start()

    def refresh(self) -> None:
        if not self.check.isChecked() and self.edit.isVisible():
            self.edit.setDateTime(present_minute())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and not self.check.isChecked():
            self.edit.setDateTime(present_minute())
        return False


def earlier_time(check: QCheckBox, edit: EarlierTimeEdit) -> None:
    """The field is on while the box is ticked, and proposes the moment it was ticked, to the
    minute; unticked, it shows the present minute. Made with the window, the Timeline tab's
    field proposed the moment the case file was opened, hours earlier (re-walk N5)."""
    edit.setEnabled(check.isChecked())
    edit.installEventFilter(_ShownNow(check, edit))

    def ticked(on: bool) -> None:
        edit.setEnabled(on)
        edit.setDateTime(present_minute())

    check.toggled.connect(ticked)


def in_future(check: QCheckBox, edit: QDateTimeEdit) -> bool:
    """Whether the box is ticked and the field holds a minute after the present one."""
    return check.isChecked() and _minute(edit.dateTime()) > present_minute()


def shown(moment: QDateTime) -> str:
    """A moment as the field shows it, in the chosen language."""
    return fmt.locale().toString(moment, fmt.date_edit_format(with_time=True))


def earlier_moment(check: QCheckBox, edit: QDateTimeEdit) -> datetime | None:
    """The moment in the field, in UTC, if the box is ticked. A moment after the present
    minute raises TypedFutureError, naming it as it was typed, with the focus put back in the
    field (the message box returns it there when it closes)."""
    if not check.isChecked():
        return None
    finish_typing(edit)
    typed = _minute(edit.dateTime())
    if in_future(check, edit):
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        raise TypedFutureError(shown(typed), shown(present_minute()))
    local: datetime = typed.toPython()  # type: ignore[assignment]
    return local.astimezone(UTC)
