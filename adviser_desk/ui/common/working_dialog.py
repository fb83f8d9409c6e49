"""A dialog whose OK button starts one piece of slow work (a KDF run, creating a file).

It owns the busy bar, the inline error label and the OK/Cancel buttons, runs the work in a
:class:`Task`, and refuses to close while the work runs, so nothing is left half done.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QWidget,
)

from adviser_desk.ui.common import theme
from adviser_desk.ui.common.fit import keep_on_screen
from adviser_desk.ui.common.i18n import error_text
from adviser_desk.ui.common.workers import Job, Task


class BusyIndicator(QWidget):
    """What the work is doing, in words, beside a moving bar. Words beside the bar, not on
    it: most styles draw no text on a bar without a measure (a key being derived has none),
    and some drew a stray "0%" there."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busy")
        self.label = QLabel(self.tr("Working…"), self)
        self.label.setObjectName("busy_text")
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(160)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)

    def setText(self, text: str) -> None:  # Qt's spelling, like the label's
        """The words beside the bar; none where the dialog says it in a status line."""
        self.label.setText(text)
        self.label.setVisible(bool(text))
        self.bar.setMaximumWidth(160 if text else 16777215)  # alone, the bar takes the row
        self.bar.setAccessibleName(text)

    def text(self) -> str:
        return self.label.text()

    def setRange(self, minimum: int, maximum: int) -> None:
        """0, 0: busy without a measure, the bar moves to and fro (and shows no number)."""
        self.bar.setRange(minimum, maximum)
        self.bar.setTextVisible(maximum > minimum)

    def setValue(self, value: int) -> None:
        self.bar.setValue(value)


class WorkingDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._task: Task | None = None
        self.busy = BusyIndicator(self)
        self.busy.hide()
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        theme.set_role(self.error, "error")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.rejected.connect(self.reject)

    @property
    def working(self) -> bool:
        return self._task is not None

    def run_work(self, job: Callable[[], object]) -> None:
        self.run_job(lambda _progress, _cancelled: job())

    def run_job(self, job: Job) -> None:
        """Like run_work, for work that reports progress (``work_progressed``) and may be
        cancelled (``cancel_work``)."""
        self.error.hide()
        self.busy.setRange(0, 0)
        self.busy.show()
        self.ok.setEnabled(False)
        self._task = Task(job)
        self._task.progressed.connect(self.work_progressed)
        self._task.done.connect(self._finished)
        self._task.error.connect(self._failed)
        self._task.start()

    def cancel_work(self) -> None:
        if self._task is not None:
            self._task.cancel()

    @Slot(int, int)
    def work_progressed(self, done: int, total: int) -> None:
        """(done, total) from the work; total 0 means busy without a measure."""
        self.busy.setRange(0, total)
        if total:
            self.busy.setValue(min(done, total))

    def show_error(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc))
        self.error.show()
        self.grow_to_content()

    def grow_to_content(self) -> None:
        """Grows the window when a message appears or a field is swapped, so no wrapped line
        is cut off (Qt keeps a shown window's size otherwise). Never shrinks what the adviser
        made larger, and stays on the screen."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = max(self.width(), self.minimumSizeHint().width())
        if layout.hasHeightForWidth():
            height = layout.totalHeightForWidth(width)
        else:
            height = layout.totalSizeHint().height()
        if height > self.height() or width > self.width():
            self.resize(width, max(height, self.height()))
            keep_on_screen(self)

    def work_succeeded(self, result: object) -> None:
        self.accept()

    def work_failed(self, exc: BaseException) -> None:
        """Called after the error is shown; subclasses may refocus or switch modes."""

    @Slot(object)
    def _finished(self, result: object) -> None:
        self._task = None
        self.busy.hide()
        self.ok.setEnabled(True)
        self.work_succeeded(result)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.busy.hide()
        self.ok.setEnabled(True)
        self.show_error(exc)
        self.work_failed(exc)

    def reject(self) -> None:
        if self._task is not None:
            return  # the work under way takes about a second; it must finish, not be orphaned
        super().reject()
