"""Edit > Undo after Mark done or Reopen on the Tasks tab said only "Undo: mark task done"
("Ongedaan maken: taak afvinken"), where a closing's Undo names its case; the offer stays while
another case is shown, so the menu names the task and its case. Through the real window: the
task's row clicked, Mark done / Reopen clicked, the Edit menu's Undo triggered."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.ui.case.case_models import ID_ROLE
from adviser_desk.ui.case.tasks_tab import TasksTab
from adviser_desk.ui.common import i18n
from tests.ui.case_steps import demo_case
from tests.ui.conftest import Opened, open_case
from tests.ui.drive import FileDialogs, Modals, click, click_row, click_tab
from tests.ui.test_walk_i_timeline_ui import open_in
from tests.ui.test_walk_j_undo_ui import edit_undo


def in_menu(title: str) -> str:
    """The task's title as the menu shows it: a long one cut after a whole word."""
    if len(title) <= 40:
        return title
    cut = title[:39]
    return cut[: cut.rfind(" ")].rstrip(" ,.;:") + "…"


def first_open_task(qtbot: QtBot, tasks: TasksTab) -> tuple[int, str]:
    """Clicks the list's first row; the task's id and title."""
    click_row(qtbot, tasks.table, 0)
    task = tasks._selected_task()
    assert task is not None and task.status == dc.TaskStatus.OPEN
    return task.task_id, task.title


def status_of(opened: Opened, task_id: int) -> dc.TaskStatus:
    cases = opened.window.cases
    assert cases is not None
    detail = cases.get_case(opened.case_id)
    return next(t.status for t in detail.tasks if t.task_id == task_id)


def test_the_task_undo_names_the_task_and_its_case(
    qtbot: QtBot, open_tab: Callable[..., Opened]
) -> None:
    opened = open_tab(None, dc.IncidentType.CYBERBULLYING)
    window, view = opened.window, opened.window.page.case_view
    cases = window.cases
    assert cases is not None
    other = cases.create_case(
        dc.CaseDraft(title="Groepsapp", incident_types=[dc.IncidentType.THREATS])
    )
    window.page.case_list.refresh()
    click_tab(qtbot, view.tabs, "Tasks")
    task_id, title = first_open_task(qtbot, view.tasks)
    click(qtbot, view.tasks.done_button)
    assert status_of(opened, task_id) == dc.TaskStatus.DONE
    undo = edit_undo(window)
    named = f"&Undo: mark task ‘{in_menu(title)}’ done in case 2026-001"
    assert undo.isEnabled() and undo.text() == named
    # Another case shown: the menu still says which case the task is in.
    open_case(qtbot, window, other, "Overview")
    assert undo.isEnabled() and undo.text() == named
    undo.trigger()
    qtbot.waitUntil(lambda: status_of(opened, task_id) == dc.TaskStatus.OPEN)

    # Reopen, with done tasks shown.
    open_case(qtbot, window, opened.case_id, "Tasks")
    task_id, title = first_open_task(qtbot, view.tasks)
    click(qtbot, view.tasks.done_button)
    click(qtbot, view.tasks.show_closed)
    rows = view.tasks.proxy.rowCount()
    done = [r for r in range(rows) if view.tasks.proxy.index(r, 0).data(ID_ROLE) == task_id]
    assert done, title
    click_row(qtbot, view.tasks.table, done[0])
    assert view.tasks.done_button.text().replace("&", "") == "Mark not done"
    click(qtbot, view.tasks.done_button)
    assert status_of(opened, task_id) == dc.TaskStatus.OPEN
    assert undo.text() == f"&Undo: reopen task ‘{in_menu(title)}’ in case 2026-001"
    window.act_close.trigger()


def test_the_task_undo_names_the_task_and_its_case_in_dutch(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    assert i18n.install("nl")  # before the window is made: it is made in Dutch
    try:
        _mark_done_in_dutch(qtbot, case_dir, modals, files)
    finally:
        i18n.install("en")


def _mark_done_in_dutch(qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs) -> None:
    window, case_id = open_in(qtbot, case_dir, modals, files, lambda session, case_id: None)
    view = window.page.case_view
    click_tab(qtbot, view.tabs, "Taken")
    task_id, title = first_open_task(qtbot, view.tasks)
    click(qtbot, view.tasks.done_button)
    cases = window.cases
    assert cases is not None
    assert next(t for t in cases.get_case(case_id).tasks if t.task_id == task_id).status == (
        dc.TaskStatus.DONE
    )
    edit = next(a for a in window.menuBar().actions() if a.text().replace("&", "") == "Bewerken")
    menu = edit.menu()
    assert menu is not None
    (undo,) = [a for a in menu.actions() if a.objectName() == "edit_undo"]
    assert undo.isEnabled()
    assert undo.text() == f"&Ongedaan maken: taak ‘{in_menu(title)}’ afvinken in zaak 2026-001"
    window.act_close.trigger()


def test_the_undo_of_removing_a_person_names_the_case(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    """The same for People > Remove from case: "remove Noor from this case" said nothing once
    another case was shown."""
    window, cases, case_id = demo_case(qtbot, case_dir, modals, files)
    view = window.page.case_view
    number = cases.get_case(case_id).number
    click_tab(qtbot, view.tabs, "People")
    click_row(qtbot, view.people.table, 0)
    person = view.people.model.rows[0]
    name = person.display_name(translate=QCoreApplication.translate)
    before = view.people.model.rowCount()
    modals.answer(QMessageBox.StandardButton.Yes)
    click(qtbot, view.people.remove_button)
    modals.wait_done()
    assert view.people.model.rowCount() == before - 1
    undo = edit_undo(window)
    assert undo.isEnabled() and undo.text() == f"&Undo: remove {name} from case {number}"
    undo.trigger()
    qtbot.waitUntil(lambda: len(cases.get_case(case_id).people) == before)
    window.act_close.trigger()
