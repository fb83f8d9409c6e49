"""Undo of a closing or reopening that also ticked an incident type takes back the whole save
(walk I, finding 16: after reopening a closed cyberbullying case with sextortion ticked, Ctrl+Z
closed it again but unticked sextortion without a word and left the 7 sextortion tasks that
save added open). The type, the status and the added tasks go back; the file that save made
wait keeps waiting (the safe side), and the bar says all of it. Real case file, real clicks,
Ctrl+Z on the window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.domain import evidence as de
from adviser_desk.domain.timeline import render
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.case.case_closing import CloseCaseDialog
from adviser_desk.ui.case_file.handover_dialog import HandoverDialog
from tests.ui.case_steps import choose_status
from tests.ui.conftest import Opened
from tests.ui.drive import Modals, activate, button_named, click, click_row, click_tab
from tests.ui.test_pending_question_ui import FILES, answer


def one_photo(session: CaseFileSession, case_id: int) -> None:
    session.evidence.add_bytes(case_id, FILES["foto.jpg"], "foto.jpg", "Profielfoto")


def one_photo_closed(session: CaseFileSession, case_id: int) -> None:
    one_photo(session, case_id)
    draft = session.cases.get_case(case_id).draft
    closed = replace(draft, status=dc.CaseStatus.CLOSED, outcome=dc.CaseOutcome.IMAGES_REMOVED)
    session.cases.close_case(case_id, closed, "Case closed")


def tasks(opened: Opened) -> dict[int, tuple[dc.TaskStatus, str]]:
    cases = opened.window.cases
    assert cases is not None
    return {t.task_id: (t.status, t.na_reason) for t in cases.tasks(opened.case_id)}


def tick_sextortion(qtbot: QtBot, opened: Opened) -> None:
    view = opened.window.page.case_view
    click_tab(qtbot, view.tabs, "Overview")
    click(qtbot, view.overview.types.boxes[dc.IncidentType.SEXTORTION])


def undo_by_key(qtbot: QtBot, opened: Opened) -> str:
    view = opened.window.page.case_view
    qtbot.waitUntil(view.undo_bar.isVisible)
    activate(qtbot, opened.window)
    qtbot.keyClick(view.overview.save_button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Undone" in view.undo_bar.message.text())
    return view.undo_bar.message.text()


# The offscreen platform cannot raise the combo's popup or grab the keyboard for it.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_undo_of_a_reopening_that_ticked_sextortion_takes_back_the_type_and_its_tasks(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    opened = open_tab(one_photo_closed, dc.IncidentType.CYBERBULLYING)
    cases, case_id = opened.window.cases, opened.case_id
    assert cases is not None
    at_closing = tasks(opened)
    assert at_closing and all(s == dc.TaskStatus.NOT_APPLICABLE for s, _ in at_closing.values())
    tick_sextortion(qtbot, opened)
    choose_status(qtbot, opened.window, Qt.Key.Key_Home)  # Open
    seen: list[str] = []
    modals.answer("Reopen case")
    modals.expect(QMessageBox, answer(qtbot, seen, "Later"))
    click(qtbot, opened.window.page.case_view.overview.save_button)
    modals.wait_done()
    assert len(seen) == 1
    added = set(tasks(opened)) - set(at_closing)
    assert len(added) >= 3  # the sextortion protocol's own tasks, open
    lines_before = len(cases.timeline(case_id))

    said = undo_by_key(qtbot, opened)
    again = cases.get_case(case_id).draft
    assert again.status == dc.CaseStatus.CLOSED
    assert again.incident_types == [dc.IncidentType.CYBERBULLYING]
    assert tasks(opened) == at_closing  # the added tasks gone, the closing's marked again
    row = next(r for r in cases.list_cases() if r.case_id == case_id)
    assert row.open_tasks == 0  # the case list: Closed with no open task (walk I: 7)
    assert "Unticked again: “Extortion / sextortion”." in said, said
    assert f"{len(added)} tasks that save added are removed." in said, said
    # The photo keeps waiting: the safe side, and said.
    assert [r.minor_answer for r in opened.evidence.items(case_id)] == [de.MINOR_PENDING]
    assert (
        "1 file still waits for the question about minors, to be on the safe side: B-001. "
        "Answer it on the Evidence tab." in said
    ), said
    lines = [render(r.kind, r.details) for r in cases.timeline(case_id)[lines_before:]]
    assert f"{len(added)} protocol tasks removed: the save that added them was undone" in lines
    opened.window.act_close.trigger()


# The offscreen platform cannot raise the combo's popup or grab the keyboard for it.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_undo_of_a_closing_that_ticked_sextortion_takes_back_the_type_and_its_tasks(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    opened = open_tab(one_photo, dc.IncidentType.CYBERBULLYING)
    cases, case_id = opened.window.cases, opened.case_id
    assert cases is not None
    before = tasks(opened)
    tick_sextortion(qtbot, opened)
    choose_status(qtbot, opened.window, Qt.Key.Key_End)  # Closed

    def close(dialog: QWidget) -> None:
        assert isinstance(dialog, CloseCaseDialog)
        qtbot.keyClick(dialog.outcome, Qt.Key.Key_Down)
        click(qtbot, dialog.ok)

    seen: list[str] = []
    modals.expect(CloseCaseDialog, close)
    modals.expect(QMessageBox, answer(qtbot, seen, "Later"))
    click(qtbot, opened.window.page.case_view.overview.save_button)
    modals.wait_done()
    added = set(tasks(opened)) - set(before)
    assert added

    said = undo_by_key(qtbot, opened)
    again = cases.get_case(case_id).draft
    assert again.status == dc.CaseStatus.OPEN
    assert again.incident_types == [dc.IncidentType.CYBERBULLYING]
    assert tasks(opened) == before  # open again as they were, the added ones gone
    assert "Unticked again: “Extortion / sextortion”." in said, said
    assert f"{len(added)} tasks that save added are removed." in said, said
    assert "1 file still waits for the question about minors" in said, said
    opened.window.act_close.trigger()


def test_a_closed_case_that_gains_a_type_gets_its_tasks_not_applicable(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    """Walk I, finding 17: ticking sextortion on a closed case and saving added 7 open tasks
    with due dates; the Tasks tab says a closed case's tasks stay as they are. They come not
    applicable, reason "Case closed", and reopening offers to open them with the closing's."""
    opened = open_tab(one_photo_closed, dc.IncidentType.CYBERBULLYING)
    cases, case_id = opened.window.cases, opened.case_id
    assert cases is not None
    at_closing = tasks(opened)
    tick_sextortion(qtbot, opened)
    seen: list[str] = []
    modals.expect(QMessageBox, answer(qtbot, seen, "Later"))
    click(qtbot, opened.window.page.case_view.overview.save_button)
    modals.wait_done()
    assert cases.get_case(case_id).draft.status == dc.CaseStatus.CLOSED
    now = tasks(opened)
    added = set(now) - set(at_closing)
    assert len(added) >= 3
    assert {now[i] for i in added} == {(dc.TaskStatus.NOT_APPLICABLE, "Case closed")}
    row = next(r for r in cases.list_cases() if r.case_id == case_id)
    assert row.open_tasks == 0 and row.first_open_due is None
    lines = [render(r.kind, r.details) for r in cases.timeline(case_id)]
    assert f"{len(added)} protocol tasks added as not applicable: the case is closed" in lines
    # Reopening offers them with the closing's marks.
    assert set(cases.closing_marked(case_id)) == set(now)
    opened.window.act_close.trigger()


# The offscreen platform cannot raise the combo's popup or grab the keyboard for it.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_after_the_undo_the_hand_over_says_the_file_still_waits_not_that_the_case_is_sexual(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    """Walk I, finding 21: after that Undo the hand-over refused the case as "stored before
    this became a case of sexting…", which it no longer is; its file simply still waits."""
    opened = open_tab(one_photo_closed, dc.IncidentType.CYBERBULLYING)
    tick_sextortion(qtbot, opened)
    choose_status(qtbot, opened.window, Qt.Key.Key_Home)  # Open
    seen: list[str] = []
    modals.answer("Reopen case")
    modals.expect(QMessageBox, answer(qtbot, seen, "Later"))
    click(qtbot, opened.window.page.case_view.overview.save_button)
    modals.wait_done()
    undo_by_key(qtbot, opened)
    said: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, HandoverDialog)
        assert dialog.chosen_ids() == [opened.case_id]
        assert dialog.blocked.isVisible() and not dialog.ok.isEnabled()
        said.append(dialog.blocked.text())
        qtbot.keyClick(dialog.cases, Qt.Key.Key_Escape)

    modals.expect(HandoverDialog, look)
    opened.window.act_handover.trigger()
    modals.wait_done()
    assert said == [
        "Not answered yet: B-001. It still waits for the question about minors, asked when its "
        "case was made a case of sexting, exposing, sextortion or manipulated images, and it "
        "may show a picture or a film. Answer first: select it on the Evidence tab and choose "
        "“Possibly sexual image? Answer…”. Until then Hand over stays off."
    ]
    # The question itself, asked from the Evidence tab, says the same.
    view = opened.window.page.case_view
    click_tab(qtbot, view.tabs, "Evidence")
    widget = opened.widget
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1)
    click_row(qtbot, widget.table, 0)
    asked: list[str] = []
    modals.expect(QMessageBox, answer(qtbot, asked, "Later"))
    click(qtbot, button_named(widget, "Possibly sexual image? Answer…"))
    modals.wait_done()
    assert asked and asked[0].split("|")[1].startswith(
        "B-001, foto.jpg — screenshot or image — still waits for the question about minors, "
        "asked when this case was made a case of sexting, exposing, sextortion or manipulated "
        "images."
    ), asked
    opened.window.act_close.trigger()
