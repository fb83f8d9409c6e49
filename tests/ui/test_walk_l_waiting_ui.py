"""The case view's waiting line and the question about minors, as walk L found them, through the
real window: the Overview's type ticked and Save clicked, the question answered by its buttons
and Escape (Later), a row of the case list clicked, Tab, Shift+Tab and Space pressed.

- Finding 23a: Dismiss is drawn above the case's tabs but came last in the Tab order, after the
  Overview's Save and Discard changes. It now comes right after the case list, before the tabs.
- Finding 23c: the line names the waiting files, as the Evidence tab's line does.
- Finding 23b: switching between a case with waiting files and one without moved the tabs;
  the line's room stays while a file of any case waits.
- Finding 5: Later on "(2 of 3)" ends the whole series; the question says so, counting the
  files that follow.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.case.case_view import CaseView
from tests.ui.conftest import Opened, open_case
from tests.ui.drive import Modals, activate, button_named, click, click_row, click_tab
from tests.ui.test_walk_h_evidence_ui import FILES, later, pending_answer, stored_two

PLATFORM = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
NEXT_ONE = "Later stops the questions: the next file waits too."


@PLATFORM
def test_dismiss_comes_after_the_case_list_and_before_the_tabs(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    opened = open_tab(stored_two, dc.IncidentType.FAKE_ACCOUNT)
    window, view = opened.window, opened.window.page.case_view
    click_tab(qtbot, view.tabs, "Overview")
    click(qtbot, view.overview.types.boxes[dc.IncidentType.EXPOSING])
    modals.expect(QMessageBox, later(qtbot))  # "1 of 2": Escape
    click(qtbot, view.overview.save_button)
    modals.wait_done()
    # "1 of 2" said that Later leaves the second waiting too; the line names both.
    assert modals.texts[0].endswith("\n\n" + NEXT_ONE), modals.texts[0]
    line = view.waiting
    assert line.isVisible()
    assert line.message.text().startswith(
        "2 files still wait for the question about minors (B-001, B-002): "
    )
    activate(qtbot, window)
    table = window.page.case_list.table
    click_row(qtbot, table, 0)
    assert table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    button = line.dismiss_button
    assert button.hasFocus(), QApplication.focusWidget()
    qtbot.keyClick(button, Qt.Key.Key_Tab)
    bar = view.tabs.tabBar()
    assert bar.hasFocus(), QApplication.focusWidget()
    qtbot.keyClick(bar, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert button.hasFocus(), QApplication.focusWidget()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert line.isHidden() and view.overview.title.hasFocus(), QApplication.focusWidget()
    # Hidden, it is skipped: Tab from the case list goes to the tabs.
    click_row(qtbot, table, 0)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert bar.hasFocus(), QApplication.focusWidget()
    window.act_close.trigger()


def stored_three(session: CaseFileSession, case_id: int) -> None:
    stored_two(session, case_id)
    session.evidence.add_bytes(case_id, FILES["chat.pdf"], "chat.pdf", "Chat")


@PLATFORM
def test_later_says_that_the_files_after_it_wait_too(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    opened = open_tab(stored_three, dc.IncidentType.FAKE_ACCOUNT)
    view = opened.window.page.case_view
    click_tab(qtbot, view.tabs, "Overview")
    click(qtbot, view.overview.types.boxes[dc.IncidentType.EXPOSING])
    modals.expect(QMessageBox, pending_answer(qtbot, "No, keep it"))  # "1 of 3"
    modals.expect(QMessageBox, later(qtbot))  # "2 of 3": Escape
    click(qtbot, view.overview.save_button)
    modals.wait_done()
    first, second = modals.texts
    assert first.endswith("\n\nLater stops the questions: the next 2 files wait too."), first
    assert second.endswith("\n\n" + NEXT_ONE), second
    assert view.waiting.message.text().startswith(
        "2 files still wait for the question about minors (B-002, B-003): "
    )
    # The last question of a series, and a single one, say nothing of it.
    click_tab(qtbot, view.tabs, "Evidence")
    widget = opened.widget
    click_row(qtbot, widget.table, 2)
    modals.expect(QMessageBox, later(qtbot))
    click(qtbot, widget.findChild(type(view.overview.save_button), "withhold"))
    modals.wait_done()
    assert "Later stops" not in modals.texts[2], modals.texts[2]
    opened.window.act_close.trigger()


def tabs_y(view: CaseView) -> int:
    """Where the case's tabs are in the window, as the eye finds them."""
    return view.tabs.mapTo(view.window(), QPoint(0, 0)).y()


@PLATFORM
def test_switching_cases_keeps_the_tabs_still_while_any_file_waits(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    """Finding 23b: the line's coming and going moved the tabs (y 138 and 176) between a case
    with waiting files and one without. Its room stays while any case has such files."""
    opened = open_tab(stored_two, dc.IncidentType.FAKE_ACCOUNT)
    window, view, case_id = opened.window, opened.window.page.case_view, opened.case_id
    cases = window.cases
    assert cases is not None
    other = cases.create_case(
        dc.CaseDraft(title="Groepsapp", incident_types=[dc.IncidentType.THREATS])
    )
    window.page.case_list.refresh()
    open_case(qtbot, window, other, "Overview")
    bare = tabs_y(view)  # nothing waits anywhere: no room kept
    open_case(qtbot, window, case_id, "Overview")
    assert tabs_y(view) == bare
    click(qtbot, view.overview.types.boxes[dc.IncidentType.EXPOSING])
    modals.expect(QMessageBox, later(qtbot))
    click(qtbot, view.overview.save_button)
    modals.wait_done()
    assert view.waiting.isVisible()
    shown = tabs_y(view)
    assert shown > bare
    open_case(qtbot, window, other, "Overview")
    assert view.waiting.isHidden() and tabs_y(view) == shown
    open_case(qtbot, window, case_id, "Overview")
    assert view.waiting.isVisible() and tabs_y(view) == shown
    click(qtbot, view.waiting.dismiss_button)
    assert view.waiting.isHidden() and tabs_y(view) == shown
    # Both answered: none waits anywhere, and the room goes.
    open_case(qtbot, window, case_id, "Evidence")
    widget = opened.widget
    for row in (0, 1):
        click_row(qtbot, widget.table, row)
        modals.expect(QMessageBox, pending_answer(qtbot, "No, keep it"))
        click(qtbot, button_named(widget, "Possibly sexual image? Answer…"))
        modals.wait_done()
    open_case(qtbot, window, other, "Overview")
    qtbot.waitUntil(lambda: tabs_y(view) == bare)  # laid out again once events run
    window.act_close.trigger()
