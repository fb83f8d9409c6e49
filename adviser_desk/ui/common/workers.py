"""Long work off the GUI thread, with progress and Cancel.

A :class:`Task` runs a plain function in a ``QThread``; the function receives ``progress(done,
total)`` and ``cancelled()`` callbacks. Results and errors come back through signals, so the
function never touches a widget. :func:`run_with_progress` adds a modal progress dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

Job = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class Task(QThread):
    """Runs ``job`` in its own thread; emits ``done(result)`` or ``error(exception)`` once.

    The signals are emitted by this object, which lives in the GUI thread, so receivers there
    get them queued. Results are delivered only after the thread has ended. Keep a reference
    while it runs and create it without a parent widget (see ``run_with_progress``); a started
    task also keeps itself until it has reported, as a QThread destroyed while it runs aborts
    the whole app (a job started while another ran dropped the only reference to the first:
    a SIGABRT in a test run under load).
    """

    _running: ClassVar[set[Task]] = set()  # started and not yet reported

    progressed = Signal(int, int)
    done = Signal(object)
    error = Signal(object)

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self._cancel = False
        self._outcome: tuple[bool, object] | None = None
        self.finished.connect(self._deliver)

    def cancel(self) -> None:
        self._cancel = True

    def start(self, priority: QThread.Priority = QThread.Priority.InheritPriority) -> None:
        Task._running.add(self)
        super().start(priority)

    def run(self) -> None:
        try:
            result = self._job(self.progressed.emit, lambda: self._cancel)
        except BaseException as exc:
            self._outcome = (False, exc)
        else:
            self._outcome = (True, result)

    @property
    def busy(self) -> bool:
        return self.isRunning() or (self._outcome is not None and not self.reported)

    reported = False

    def finish_now(self) -> None:
        """Waits for the thread and delivers its outcome now, not from the event loop (for a
        dialog that must not close before its work has reported)."""
        self.wait()
        self._deliver()

    @Slot()
    def _deliver(self) -> None:
        self.wait()
        if self.reported:
            return
        self.reported = True
        # Let go from the event loop, not inside this slot: the set may hold the last reference.
        QTimer.singleShot(0, lambda: Task._running.discard(self))
        if self._outcome is None:
            return
        ok, value = self._outcome
        (self.done if ok else self.error).emit(value)


def run_with_progress(
    parent: QWidget,
    title: str,
    label: str,
    job: Job,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    cancellable: bool = True,
    at_once: bool = False,
) -> Task:
    """Starts ``job`` in a thread behind a modal progress dialog, shown once the work has
    taken 0.3 s, or ``at_once`` for work known to take seconds."""
    cancel_text = QCoreApplication.translate("workers", "Cancel")
    dialog = QProgressDialog(label, cancel_text if cancellable else "", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    # Owned by Python (the caller keeps it until it has reported), not by a widget: a QThread
    # must never be destroyed with its parent while it still runs.
    task = Task(job)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    def finish() -> None:
        dialog.close()
        dialog.deleteLater()

    task.progressed.connect(progressed)

    def done(result: object) -> None:
        finish()
        on_done(result)

    def failed(exc: BaseException) -> None:
        finish()
        on_error(exc)

    task.done.connect(done)
    task.error.connect(failed)
    dialog.canceled.connect(task.cancel)
    task.start()
    if at_once:
        dialog.show()
    return task
