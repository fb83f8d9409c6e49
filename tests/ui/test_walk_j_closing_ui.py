"""What walk J found in the closing form and in saving a closed case, through the real window
(the Overview's status and types chosen, Save clicked, the closing form read and answered):

- Finding 15: closing a case with a file still waiting for the question about minors said
  nothing of it. The form names the files, says closing does not answer the question and the
  case cannot be handed over or exported until it is answered, and where to answer first;
  closing may go on, and the file keeps waiting.
- Finding 8: the closing form counted only the open tasks, not the protocol tasks the same save
  adds for a type ticked with it; and saving a closed case that gains a type said nothing on
  screen (only the timeline said the tasks came in not applicable).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.domain import evidence as de
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.case.case_closing import CloseCaseDialog
from tests import media
from tests.ui.case_steps import choose_status
from tests.ui.conftest import Opened
from tests.ui.drive import Modals, click, click_tab

FILES = {name: data for name, _category, data in media.made("development")}


def photo_waiting(session: CaseFileSession, case_id: int) -> None:
    """A photo stored in a cyberbullying case, which then became an exposing case: it waits."""
    session.evidence.add_bytes(case_id, FILES["foto.jpg"], "foto.jpg", "Profielfoto")
    draft = session.cases.get_case(case_id).draft
    draft.incident_types = [dc.IncidentType.CYBERBULLYING, dc.IncidentType.EXPOSING]
    assert session.cases.update_case(case_id, draft) == ["B-001"]


def one_photo_closed(session: CaseFileSession, case_id: int) -> None:
    session.evidence.add_bytes(case_id, FILES["foto.jpg"], "foto.jpg", "Profielfoto")
    draft = session.cases.get_case(case_id).draft
    closed = replace(draft, status=dc.CaseStatus.CLOSED, outcome=dc.CaseOutcome.IMAGES_REMOVED)
    session.cases.close_case(case_id, closed, "Case closed")


def task_ids(opened: Opened) -> set[int]:
    cases = opened.window.cases
    assert cases is not None
    return {t.task_id for t in cases.tasks(opened.case_id)}


# The offscreen platform cannot raise the combo's popup or grab the keyboard for it.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_the_closing_form_names_the_file_still_waiting_and_closing_goes_on(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    opened = open_tab(photo_waiting, dc.IncidentType.CYBERBULLYING)
    view = opened.window.page.case_view
    click_tab(qtbot, view.tabs, "Overview")
    choose_status(qtbot, opened.window, Qt.Key.Key_End)  # Closed
    seen: list[tuple[bool, str]] = []

    def read_and_close(dialog: QWidget) -> None:
        assert isinstance(dialog, CloseCaseDialog)
        seen.append((dialog.waiting.isVisible(), dialog.waiting.text()))
        qtbot.keyClick(dialog.outcome, Qt.Key.Key_Down)
        click(qtbot, dialog.ok)

    modals.expect(CloseCaseDialog, read_and_close)
    click(qtbot, view.overview.save_button)
    modals.wait_done()
    assert seen == [
        (
            True,
            "1 file still waits for the question about minors: B-001. Closing does not answer "
            "it: the file keeps waiting, and the case cannot be handed over or exported for the "
            "police until it is answered. To answer first, choose Cancel and go to the Evidence "
            "tab.",
        )
    ]
    cases = opened.window.cases
    assert cases is not None
    assert cases.get_case(opened.case_id).draft.status == dc.CaseStatus.CLOSED
    (row,) = opened.evidence.items(opened.case_id)
    assert row.minor_answer == de.MINOR_PENDING and row.waits_for_answer
    opened.window.act_close.trigger()


# The offscreen platform cannot raise the combo's popup or grab the keyboard for it.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_the_closing_form_counts_the_tasks_a_type_ticked_with_it_adds(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    opened = open_tab(None, dc.IncidentType.CYBERBULLYING)
    view = opened.window.page.case_view
    before = task_ids(opened)
    click_tab(qtbot, view.tabs, "Overview")
    click(qtbot, view.overview.types.boxes[dc.IncidentType.THREATS])
    choose_status(qtbot, opened.window, Qt.Key.Key_End)  # Closed
    summaries: list[str] = []
    waiting_shown: list[bool] = []

    def read_and_close(dialog: QWidget) -> None:
        assert isinstance(dialog, CloseCaseDialog)
        summaries.append(dialog.summary.text())
        waiting_shown.append(dialog.waiting.isVisible())
        qtbot.keyClick(dialog.outcome, Qt.Key.Key_Down)
        click(qtbot, dialog.ok)

    modals.expect(CloseCaseDialog, read_and_close)
    click(qtbot, view.overview.save_button)
    modals.wait_done()
    added = len(task_ids(opened) - before)
    assert added >= 1
    assert (
        f"The incident types ticked with it add {added} protocol task"
        f"{'s' if added > 1 else ''}, not applicable as the case is closed." in summaries[0]
    ), summaries
    assert waiting_shown == [False]  # no file waits in this case
    opened.window.act_close.trigger()


def test_saving_a_closed_case_that_gains_a_type_says_its_tasks_came_in_not_applicable(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    opened = open_tab(one_photo_closed, dc.IncidentType.CYBERBULLYING)
    view = opened.window.page.case_view
    before = task_ids(opened)
    click_tab(qtbot, view.tabs, "Overview")
    click(qtbot, view.overview.types.boxes[dc.IncidentType.THREATS])
    click(qtbot, view.overview.save_button)
    qtbot.waitUntil(lambda: not view.overview.is_dirty())
    added = len(task_ids(opened) - before)
    assert added >= 1
    said = f"{added} protocol tasks added as not applicable: the case is closed."
    if added == 1:
        said = "1 protocol task added as not applicable: the case is closed."
    qtbot.waitUntil(lambda: view.undo_bar.isVisible())
    assert view.undo_bar.message.text() == said
    opened.window.act_close.trigger()
