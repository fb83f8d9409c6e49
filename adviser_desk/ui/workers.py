"""Long work off the GUI thread, with progress and Cancel.

A :class:`Task` runs a plain function in a ``QThread``; the function receives ``progress(done,
total)`` and ``cancelled()`` callbacks. Results and errors come back through signals, so the
function never touches a widget. :func:`run_with_progress` adds a modal progress dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

Job = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class _Worker(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    @Slot()
    def run(self) -> None:
        try:
            result = self._job(self.progressed.emit, lambda: self._cancel)
        except BaseException as exc:
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class Task(QObject):
    """Owns a thread and its worker; emits ``done(result)`` or ``error(exception)`` once."""

    progressed = Signal(int, int)
    done = Signal(object)
    error = Signal(object)

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._worker = _Worker(job)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self.progressed)
        self._worker.succeeded.connect(self._on_success)
        self._worker.failed.connect(self._on_failure)
        self.finished = False

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._worker.cancel()

    def _stop_thread(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self.finished = True

    @Slot(object)
    def _on_success(self, result: object) -> None:
        self._stop_thread()
        self.done.emit(result)

    @Slot(object)
    def _on_failure(self, exc: object) -> None:
        self._stop_thread()
        self.error.emit(exc)


def run_with_progress(
    parent: QWidget,
    title: str,
    label: str,
    job: Job,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    cancellable: bool = True,
) -> Task:
    """Starts ``job`` in a thread behind a modal progress dialog."""
    cancel_text = QCoreApplication.translate("workers", "Cancel")
    dialog = QProgressDialog(label, cancel_text if cancellable else "", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    task = Task(job, parent)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    def finish() -> None:
        dialog.close()
        dialog.deleteLater()
        task.deleteLater()

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
    return task
