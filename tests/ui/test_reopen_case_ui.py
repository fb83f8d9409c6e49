"""Reopening a closed case asks first and says what happens (walk 12, W12-2: it was silent,
cleared the outcome without a word and left the 53 tasks the closing had marked not
applicable): the outcome is cleared from the case and kept in the timeline, the tasks the
closing marked open again (only those), and the bar offers Undo, as closing does."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.domain.timeline import render
from adviser_desk.services.case_views import TaskUpdate
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common import i18n
from tests.ui.case_steps import choose_status, closed_by_service, demo_window
from tests.ui.conftest import open_case
from tests.ui.drive import FileDialogs, Modals, activate, click, unlock


def states(cases: object, case_id: int) -> dict[int, tuple[dc.TaskStatus, str]]:
    return {t.task_id: (t.status, t.na_reason) for t in cases.tasks(case_id)}  # type: ignore[attr-defined]


def task_lines(cases: object, case_id: int) -> int:
    """The timeline's lines about one task each."""
    rows = cases.timeline(case_id)  # type: ignore[attr-defined]
    return sum(1 for r in rows if r.kind in ("task.reopened", "task.not_applicable"))


# The offscreen platform cannot raise the combo's popup or grab the keyboard for it.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_reopening_asks_opens_the_closings_tasks_again_and_can_be_undone(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    window, cases, case_id = demo_window(qtbot, case_dir, modals, files)
    # One task the adviser marked not applicable before closing: reopening leaves it so.
    own = next(t for t in cases.tasks(case_id) if t.status == dc.TaskStatus.OPEN)
    cases.update_task(
        own.task_id, TaskUpdate(dc.TaskStatus.NOT_APPLICABLE, None, "", None, "", "Geen school")
    )
    task_lines_before = task_lines(cases, case_id)
    marked = closed_by_service(cases, case_id, "Case closed")
    assert len(marked) > 3 and own.task_id not in marked
    at_closing = states(cases, case_id)
    closed_on = cases.get_case(case_id).draft.closed_on
    open_case(qtbot, window, case_id)
    view = window.page.case_view
    overview = view.overview
    choose_status(qtbot, window, Qt.Key.Key_Home)  # Open
    said: list[tuple[str, bool]] = []

    def look_and_reopen(box: QMessageBox) -> None:
        check = box.checkBox()
        said.append((box.text() + "\n" + check.text(), check.isChecked()))
        click(qtbot, next(b for b in box.buttons() if b.text().replace("&", "") == "Reopen case"))

    modals.expect(QMessageBox, look_and_reopen)  # type: ignore[arg-type]
    click(qtbot, overview.save_button)
    modals.wait_done()
    text, ticked = said[0]
    assert "Images removed (takedown succeeded)" in text and "timeline keeps it" in text
    assert any(f"Open again the {len(marked)} {w}" in text for w in ("task(s)", "tasks")), text
    assert ticked
    stored = cases.get_case(case_id).draft
    assert stored.status == dc.CaseStatus.OPEN and stored.outcome == dc.CaseOutcome.NOT_RECORDED
    now = states(cases, case_id)
    assert all(now[i] == (dc.TaskStatus.OPEN, "") for i in marked)
    assert now[own.task_id] == (dc.TaskStatus.NOT_APPLICABLE, "Geen school")
    # One line for the reopening and the tasks it opened, not one per task (walk 13, W13-5).
    timeline = cases.timeline(case_id)
    assert task_lines(cases, case_id) == task_lines_before  # none by closing or reopening
    events = [r for r in timeline if r.kind == "case.reopened"]
    assert [render(r.kind, r.details) for r in events] == [
        "Case reopened; the outcome recorded at closing was: Images removed (takedown "
        f"succeeded). {len(marked)} tasks the closing marked not applicable are open again"
    ]
    qtbot.waitUntil(view.undo_bar.isVisible)
    bar = view.undo_bar.message.text()
    number = cases.get_case(case_id).number
    assert bar.startswith(f"Case {number} reopened.")
    assert f"{len(marked)}" in bar and "open again" in bar

    # Ctrl+Z: closed again with its outcome, its closing date and the same tasks marked, and
    # the bar says so (walk 13, W13-5: it said nothing).
    lines_before = len(cases.timeline(case_id))
    activate(qtbot, window)
    qtbot.keyClick(overview.save_button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Undone" in view.undo_bar.message.text())
    assert view.undo_bar.isVisible() and not view.undo_bar.button.isVisible()
    assert view.undo_bar.message.text() == (
        f"Undone: case {number} is closed again, with its outcome and its closing date, "
        f"{fmt.date_text(closed_on)}. {len(marked)} tasks marked not applicable again."
    )
    assert not view.undo_bar.action.isEnabled()  # nothing more to undo
    added = cases.timeline(case_id)[lines_before:]
    assert [render(r.kind, r.details) for r in added][-1] == (
        "Reopening undone: the case is closed again, with its outcome and closing date; "
        f"{len(marked)} tasks are marked not applicable again"
    )
    assert len(added) <= 3, [r.kind for r in added]  # the status, the fields, the undo
    again = cases.get_case(case_id).draft
    assert again.status == dc.CaseStatus.CLOSED
    assert again.outcome == dc.CaseOutcome.IMAGES_REMOVED and again.closed_on == closed_on
    assert states(cases, case_id) == at_closing
    qtbot.waitUntil(lambda: overview.status.value() == dc.CaseStatus.CLOSED)
    # And the marks count as the closing's: reopening again offers the same tasks.
    assert set(cases.closing_marked(case_id)) == set(marked)
    window.act_close.trigger()


# The offscreen platform cannot raise the combo's popup or grab the keyboard for it.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
@pytest.mark.parametrize(
    ("language", "quoted"),
    [
        ("en", "“Images removed (takedown succeeded)”"),
        ("nl", "‘Beelden verwijderd (offline halen gelukt)’"),
    ],
)
def test_the_reopen_question_quotes_the_outcome_without_nested_brackets(
    qtbot: QtBot,
    case_dir: Path,
    modals: Modals,
    files: FileDialogs,
    language: str,
    quoted: str,
) -> None:
    """Walk 13, W13-2: the question read "(Beelden verwijderd (offline halen gelukt))", the
    outcome's own brackets inside the sentence's."""
    assert i18n.install(language)
    window, cases, case_id = demo_window(qtbot, case_dir, modals, files, language)
    closed_by_service(cases, case_id, None)
    open_case(qtbot, window, case_id)
    overview = window.page.case_view.overview
    choose_status(qtbot, window, Qt.Key.Key_Home)  # Open
    said: list[str] = []

    def look_and_cancel(box: QMessageBox) -> None:
        said.append(box.text())
        click(qtbot, box.button(QMessageBox.StandardButton.Cancel))

    modals.expect(QMessageBox, look_and_cancel)  # type: ignore[arg-type]
    click(qtbot, overview.save_button)
    modals.wait_done()
    assert quoted in said[0], said[0]
    assert "((" not in said[0] and "))" not in said[0]
    assert cases.get_case(case_id).draft.status == dc.CaseStatus.CLOSED  # Cancel saved nothing
    i18n.install("en")
    overview.revert_button.click()
    window.act_close.trigger()


# The offscreen platform cannot raise the combo's popup or grab the keyboard for it.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_undo_of_a_reopening_the_lock_saved_keeps_the_closing_date(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    """Open chosen on a closed case's Overview, then Ctrl+L: the lock saves the reopening
    without asking. Its Undo after unlocking closed the case again as of today, so the
    retention counted from the undo; it keeps the day the case was closed."""
    window, cases, case_id = demo_window(qtbot, case_dir, modals, files)
    weeks_ago = date.today() - timedelta(days=40)
    marked = closed_by_service(cases, case_id, "Case closed", today=weeks_ago)
    assert cases.get_case(case_id).draft.closed_on == weeks_ago
    open_case(qtbot, window, case_id)
    overview = window.page.case_view.overview
    choose_status(qtbot, window, Qt.Key.Key_Home)  # Open, unsaved
    qtbot.keyClick(overview.status, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.service is None)
    unlock(qtbot, window, modals)
    qtbot.waitUntil(lambda: window.page.case_view.case_id == case_id)
    assert cases is not None
    reopened = window.cases.get_case(case_id).draft  # type: ignore[union-attr]
    assert reopened.status == dc.CaseStatus.OPEN and reopened.closed_on is None
    bar = window.page.case_view.undo_bar
    assert bar.isVisible() and "were saved when the case file was locked" in bar.message.text()
    click(qtbot, bar.button)
    again = window.cases.get_case(case_id).draft  # type: ignore[union-attr]
    assert again.status == dc.CaseStatus.CLOSED
    assert again.outcome == dc.CaseOutcome.IMAGES_REMOVED
    assert again.closed_on == weeks_ago
    # The tasks the closing marked (the lock opened none) are still its marks: reopening
    # again offers them.
    assert marked and set(window.cases.closing_marked(case_id)) == set(marked)  # type: ignore[union-attr]
    window.act_close.trigger()
