"""The Tasks tab of a case: the protocol's steps and the adviser's own tasks."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.domain import cases as dc
from adviser_desk.domain.meldcode import mentioned_in as names_meldcode
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.case_views import TaskRow, TaskUpdate
from adviser_desk.ui.case.case_dialogs import TaskDialog
from adviser_desk.ui.case.case_models import ID_ROLE, TaskFilterProxy, TaskModel
from adviser_desk.ui.case.tables import case_table, fit_columns
from adviser_desk.ui.common.errors import known_errors
from adviser_desk.ui.common.keyboard import enter_opens
from adviser_desk.ui.common.mnemonics import flips, last_in_line, retext
from adviser_desk.ui.common.read_only import allow_edits, edits_allowed
from adviser_desk.ui.common.selection import select_on_keyboard_focus

if TYPE_CHECKING:
    from adviser_desk.ui.case.case_view import CaseView


class TasksTab(QWidget):
    """Open, add and mark done or reopen (Ctrl+D, with Undo); done and not-applicable ones on
    request."""

    def __init__(self, view: CaseView) -> None:
        super().__init__(view)
        self.view = view
        self.model: TaskModel | None = None
        # The task to select, and the row to fall back on, when the list is read again after
        # Mark done or its Undo (walk 5, W5-5: the selection and the focus were lost).
        self._reselect: tuple[int, int] | None = None
        self.proxy = TaskFilterProxy(self)
        self.table = case_table(self, "task_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_task())
        enter_opens(self.table, self.edit_task)
        self.show_closed = QCheckBox(self.tr("Show done and not applicable"), self)
        self.show_closed.setObjectName("show_closed")
        self.show_closed.setChecked(False)
        self.show_closed.toggled.connect(self.proxy.set_show_closed)
        self.proxy.set_show_closed(False)
        self.done_button = done = QPushButton(self.tr("Mark done"), self)
        done.setObjectName("mark_done")
        done.setToolTip(self.tr("Mark the selected task done (Ctrl+D)"))
        # On a done task it reads "Mark not done": one letter for both texts (walk 7, W7-4;
        # walk 11: the English "Reopen" shared no free letter with "Mark done").
        flips(done, self.tr("Mark done"), self.tr("Mark not done"))
        done.clicked.connect(self.mark_done)
        # An action, not the button's own shortcut: it fires wherever the focus is on this
        # tab (the task list, usually), and a mnemonic in the button's text cannot replace it.
        mark_done = QAction(self)
        mark_done.setShortcut(QKeySequence("Ctrl+D"))
        mark_done.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        mark_done.triggered.connect(done.animateClick)
        self.addAction(mark_done)
        self.open_button = edit_task = QPushButton(self.tr("Open…"), self)
        edit_task.setObjectName("open_task")
        edit_task.clicked.connect(self.edit_task)
        self.add_button = add_task = QPushButton(self.tr("Add own task…"), self)
        add_task.setObjectName("add_task")
        add_task.clicked.connect(self.add_task)
        # A task that names the Meldcode leads to the case's Meldcode record.
        self.to_meldcode = QPushButton(self.tr("Meldcode…"), self)
        self.to_meldcode.setObjectName("task_meldcode")
        self.to_meldcode.setToolTip(self.tr("This task names the Meldcode: record its steps"))
        # Shown now and then, and the Meldcode tab has its own letter: a letter only when the
        # rest of the page has one (walk 6, W6-6: in Dutch it took the last one the 'Show
        # done' box could have).
        last_in_line(self.to_meldcode)
        self.to_meldcode.clicked.connect(view.show_meldcode)
        self.to_meldcode.hide()
        # After the selection moved (the current row changes before the selection does).
        self.table.selectionModel().selectionChanged.connect(
            lambda _now, _before: self.offer_meldcode()
        )
        done.setEnabled(False)  # nothing selected yet: Mark done and Open… wait for a task
        select_on_keyboard_focus(self.table)  # arriving by Tab: Enter opens a task at once
        edit_task.setEnabled(False)
        buttons = QHBoxLayout()
        for button in (done, edit_task, add_task, self.to_meldcode):
            buttons.addWidget(button)
        buttons.addStretch(1)
        # A closed case's tasks stay as closing left them (walk 12, W12-3): said here, not
        # only by buttons that are off.
        self.closed_hint = QLabel(
            self.tr(
                "This case is closed, so its tasks stay as they are. To work on them, reopen "
                "the case on the Overview (Status)."
            ),
            self,
        )
        self.closed_hint.setObjectName("tasks_closed_hint")
        self.closed_hint.setWordWrap(True)
        self.closed_hint.hide()
        self.closed = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.closed_hint)
        layout.addLayout(buttons)
        # On a line of its own: beside the buttons its long label made the case pane wider
        # than a 1280-pixel window (1.5x on a full-HD screen).
        layout.addWidget(self.show_closed)
        layout.addWidget(self.table)
        # Tab follows the screen, top to bottom and left to right; in the order the widgets
        # were made it ran bottom-up, from the table to the buttons (walker F11).
        chain = (done, edit_task, add_task, self.to_meldcode, self.show_closed, self.table)
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def set_read_only(self, read_only: bool) -> None:
        """A case kept read-only: Open… still shows a task; marking done and adding are off."""
        allow_edits((self.done_button, self.add_button), not read_only)

    def set_closed(self, closed: bool) -> None:
        """A closed case: Mark done and Add own task are off and the hint says why; Open…
        shows a task without changing it. Called after ``set_read_only``."""
        self.closed = closed
        self.closed_hint.setVisible(closed)
        if closed:
            allow_edits((self.done_button, self.add_button), False)

    def use_protocol(self, cases: CaseService) -> None:
        """The task model speaks the case file's protocol and language; made again when
        another case file (with another protocol) is shown."""
        if self.model is not None and self.model.protocol is cases.protocol:
            return
        self.model = TaskModel(cases.protocol, cases.language, self)
        self.proxy.setSourceModel(self.model)
        # Who fits its text: "Vertrouwenspersoon" was cut off in a fixed 120 px (walker).
        fit_columns(self.table, TaskModel.TITLE, wrap=True)
        # In protocol order (step by step) until the adviser sorts otherwise.
        self.table.sortByColumn(TaskModel.SECTION, Qt.SortOrder.AscendingOrder)

    def show_tasks(self, tasks: list[TaskRow]) -> None:
        """The case's tasks; the task selected stays selected (after Open… and OK the list is
        read again, and Mark done then did nothing: walker F6)."""
        if self.model is None:
            return
        kept = self.selected_task_id()
        wanted, self._reselect = self._reselect, None
        self.model.set_rows(tasks)
        target = wanted[0] if wanted is not None else kept
        if target is None:
            return
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == target:
                self.table.selectRow(row)
                break
        else:
            # Marked done and hidden: the task now in its place is next, as in a to-do list.
            if wanted is not None and self.proxy.rowCount():
                self.table.selectRow(min(wanted[1], self.proxy.rowCount() - 1))
        if wanted is not None:
            self.table.setFocus()  # ticking off the next one by keyboard goes on here

    def _current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else 0

    def selected_task_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(ID_ROLE)
        return int(value) if value is not None else None

    def _selected_task(self) -> TaskRow | None:
        task_id, detail = self.selected_task_id(), self.view.detail
        if detail is None or task_id is None:
            return None
        return next((t for t in detail.tasks if t.task_id == task_id), None)

    def offer_meldcode(self) -> None:
        """The Meldcode… button shows while the selected task names the Meldcode."""
        task = self._selected_task()
        self.to_meldcode.setVisible(task is not None and names_meldcode(task.title))
        # Without a selected task these buttons would do nothing: they say so by being off.
        self.done_button.setEnabled(task is not None and edits_allowed(self.done_button))
        # On a done task the button reopens it (walk W2: Mark done stayed on and did nothing).
        if task is not None and task.status == dc.TaskStatus.DONE:
            retext(self.done_button, self.tr("Mark not done"))
            self.done_button.setToolTip(self.tr("Open the selected task again (Ctrl+D)"))
        else:
            retext(self.done_button, self.tr("Mark done"))
            self.done_button.setToolTip(self.tr("Mark the selected task done (Ctrl+D)"))
        self.open_button.setEnabled(task is not None)

    def _task_dialog(self, task: TaskRow | None) -> None:
        view = self.view
        if view.cases is not None and view.detail is not None:
            detail = view.detail
            dialog = TaskDialog(
                view.cases,
                detail.case_id,
                task,
                detail.people,
                view.cases.protocol,
                view,
                advisers=self._advisers(),
            )
            if detail.read_only or self.closed:  # Open… shows the task, nothing more
                dialog.look_only()
            view.run_dialog(dialog)

    def _advisers(self) -> list[str]:
        """The names of the file's advisers, the one working now first."""
        session = self.view.session
        if session is None:
            return []
        names = [session.identity.name] + [row.name for row in session.advisers.rows()]
        return list(dict.fromkeys(name for name in names if name.strip()))

    @Slot()
    def edit_task(self) -> None:
        task = self._selected_task()
        if task is not None:
            self._task_dialog(task)

    @Slot()
    def add_task(self) -> None:
        self._task_dialog(None)

    @Slot()
    def mark_done(self) -> None:
        view = self.view
        cases, task = view.cases, self._selected_task()
        if cases is None or task is None:
            return
        reopen = task.status == dc.TaskStatus.DONE
        task_id, row = task.task_id, self._current_row()
        with known_errors(view, self.tr("Not changed")) as attempt:
            cases.update_task(
                task_id,
                TaskUpdate(
                    dc.TaskStatus.OPEN if reopen else dc.TaskStatus.DONE,
                    task.due_on,
                    task.assignee_role,
                    task.assignee_person_id,
                    task.note,
                ),
            )
        if attempt.failed:
            return
        self._reselect = (task_id, row)
        view.after_change()
        before = TaskUpdate(
            task.status,
            task.due_on,
            task.assignee_role,
            task.assignee_person_id,
            task.note,
            na_reason=task.na_reason,
        )
        title = _shortened(task.title, 90)
        # The menu names the task and its case, as a closing's Undo does: the offer stays while
        # another case is shown (walk J).
        what = (
            self.tr("reopen task ‘{task}’ in case {number}")
            if reopen
            else self.tr("mark task ‘{task}’ done in case {number}")
        ).format(task=_shortened(task.title, 40), number=view.detail.number if view.detail else "")
        view.undo_bar.offer(
            self.tr("Reopened: {task}").format(task=title)
            if reopen
            else self.tr("Marked done: {task}").format(task=title),
            lambda: self._undo(cases, task_id, before, row),
            what,
        )

    def _undo(self, cases: CaseService, task_id: int, before: TaskUpdate, row: int) -> None:
        """Undo of Mark done or Reopen; the list then shows the task selected again."""
        cases.update_task(task_id, before)
        self._reselect = (task_id, row)


def _shortened(title: str, most: int) -> str:
    """``title`` in at most ``most`` characters, cut after a whole word where one ends."""
    if len(title) <= most:
        return title
    cut = title[: most - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > most // 2 else cut).rstrip(" ,.;:") + "…"
