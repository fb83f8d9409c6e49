"""The case view's line saying that files wait for the question about minors, through the real
window: the Overview's type ticked and Save clicked, the question's Escape (Later), rows in the
case list clicked, the closing question answered, Dismiss and the Evidence tab's answers clicked.

- Walk I, finding 4: after Later the sentence stayed 12 seconds (the undo bar's time), and the
  Overview then showed no sign of the files. It stays while they wait.
- Walk K, finding 11: it was gone once the adviser looked at another case and came back, and a
  closed case's Overview showed nothing. It is built from the case: it comes back with the case
  while files wait, and goes when none do. Dismiss hides it until the case is opened again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.case import undo_bar
from adviser_desk.ui.case.case_view import CaseView
from adviser_desk.ui.evidence.evidence_dialogs import IntakeDialog
from tests.ui.case_steps import close_case
from tests.ui.conftest import Opened, add_files, open_case
from tests.ui.drive import FileDialogs, Modals, button_named, click, click_row, click_tab
from tests.ui.test_evidence_ui import describe
from tests.ui.test_walk_h_evidence_ui import (
    FILES,
    WAIT_ON_TAB,
    later,
    pending_answer,
    stored_two,
)


def save_where(view: CaseView) -> QPoint:
    """Where Save is in the window, as the pointer finds it."""
    return view.overview.save_button.mapTo(view.window(), QPoint(0, 0))


# The offscreen platform cannot raise the combo's popup or grab the keyboard for it.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_the_line_comes_back_with_the_case_while_files_wait(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The undo bar's own timers, shortened: the line does not go with them.
    for name in ("OFFERED_MS", "TOLD_MS", "NOTHING_MS"):
        monkeypatch.setattr(undo_bar, name, 150)
    opened = open_tab(stored_two, dc.IncidentType.FAKE_ACCOUNT)
    window, view, case_id = opened.window, opened.window.page.case_view, opened.case_id
    cases = window.cases
    assert cases is not None
    other = cases.create_case(
        dc.CaseDraft(title="Groepsapp", incident_types=[dc.IncidentType.THREATS])
    )
    window.page.case_list.refresh()
    line = view.waiting
    assert line.isHidden()  # nothing waits yet
    click_tab(qtbot, view.tabs, "Overview")
    click(qtbot, view.overview.types.boxes[dc.IncidentType.EXPOSING])
    modals.expect(QMessageBox, later(qtbot))
    click(qtbot, view.overview.save_button)
    modals.wait_done()
    assert line.isVisible() and line.message.text() == WAIT_ON_TAB
    qtbot.wait(600)  # longer than every timer of the undo bar
    assert line.isVisible() and line.message.text() == WAIT_ON_TAB
    # Another case has no such files; back on this one, the line is back (finding 11).
    open_case(qtbot, window, other, "Overview")
    assert line.isHidden()
    open_case(qtbot, window, case_id, "Overview")
    assert line.isVisible() and line.message.text() == WAIT_ON_TAB
    # Closed, the case still says so on its Overview.
    close_case(qtbot, window, modals)
    assert cases.get_case(case_id).draft.status == dc.CaseStatus.CLOSED
    assert line.isVisible() and line.message.text() == WAIT_ON_TAB
    # Dismiss: named for what it closes (walk K, finding 29), and the Save buttons below the
    # tabs do not move when it goes.
    button = line.dismiss_button
    assert (button.text(), button.toolTip(), button.accessibleName()) == (
        "Dismiss",
        "Close this message until the case is opened again",
        "Close this message",
    )
    save_before = save_where(view)
    click(qtbot, button)
    assert line.isHidden() and save_where(view) == save_before
    qtbot.wait(300)
    assert line.isHidden()
    # Opened again (after another case): shown again.
    open_case(qtbot, window, other)
    open_case(qtbot, window, case_id, "Evidence")
    assert line.isVisible()
    click(qtbot, line.dismiss_button)
    # Answering one on the Evidence tab keeps it dismissed; the tab's own line counts.
    widget = opened.widget
    click_row(qtbot, widget.table, 0)
    modals.expect(QMessageBox, pending_answer(qtbot, "No, keep it"))
    click(qtbot, button_named(widget, "Possibly sexual image? Answer…"))
    modals.wait_done()
    assert line.isHidden()
    assert widget.pending.notice.text().startswith("1 file still waits")
    # Back with the case, one file waits: said so, in the singular.
    open_case(qtbot, window, other)
    open_case(qtbot, window, case_id, "Evidence")
    assert line.isVisible() and line.message.text() == (
        "1 file still waits for the question about minors (B-002): answer it on the Evidence "
        "tab, where it is marked."
    )
    # The last one answered: none waits, the line goes, and does not come back.
    click_row(qtbot, widget.table, 1)
    modals.expect(QMessageBox, pending_answer(qtbot, "No, keep it"))
    click(qtbot, button_named(widget, "Possibly sexual image? Answer…"))
    modals.wait_done()
    assert line.isHidden()
    rows = opened.evidence.items(case_id)
    assert len(rows) == 2 and not any(row.waits_for_answer for row in rows)
    open_case(qtbot, window, other)
    open_case(qtbot, window, case_id, "Overview")
    assert line.isHidden()
    window.act_close.trigger()


def one_photo(session: CaseFileSession, case_id: int) -> None:
    session.evidence.add_bytes(case_id, FILES["foto.jpg"], "foto.jpg", "Profielfoto")


def save_overview(qtbot: QtBot, view: CaseView, modals: Modals, asked: bool) -> None:
    """Save clicked; the question about minors, if ``asked``, put off with Escape."""
    if asked:
        modals.expect(QMessageBox, later(qtbot))
    click(qtbot, view.overview.save_button)
    modals.wait_done()
    assert not view.overview.is_dirty()


# The offscreen platform cannot raise the combo's popup or grab the keyboard for it.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_a_file_that_starts_waiting_after_dismiss_brings_the_line_back(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    modals: Modals,
    files: FileDialogs,
    tmp_path: Path,
) -> None:
    opened = open_tab(one_photo, dc.IncidentType.FAKE_ACCOUNT)
    view, line = opened.window.page.case_view, opened.window.page.case_view.waiting
    exposing = view.overview.types.boxes[dc.IncidentType.EXPOSING]
    click_tab(qtbot, view.tabs, "Overview")
    click(qtbot, exposing)
    save_overview(qtbot, view, modals, asked=True)
    assert line.isVisible() and line.message.text().startswith("1 file still waits")
    click(qtbot, line.dismiss_button)
    # No longer a sexual case: the photo keeps waiting (the safe side); still dismissed.
    click(qtbot, exposing)
    save_overview(qtbot, view, modals, asked=False)
    assert line.isHidden()
    # A film added now is stored without the question, and waits for nothing yet.
    film = tmp_path / "filmpje.mp4"
    film.write_bytes(FILES["filmpje.mp4"])
    click_tab(qtbot, view.tabs, "Evidence")
    modals.expect(IntakeDialog, describe(qtbot, minor=None))
    add_files(qtbot, opened.widget, files, [film])
    modals.wait_done()
    qtbot.waitUntil(lambda: opened.widget.model.rowCount() == 2, timeout=20_000)
    assert line.isHidden()
    # A sexual case again: the film starts waiting too, and the line is back, counting both.
    click_tab(qtbot, view.tabs, "Overview")
    click(qtbot, exposing)
    save_overview(qtbot, view, modals, asked=True)
    assert line.isVisible() and line.message.text() == WAIT_ON_TAB
    rows = opened.evidence.items(opened.case_id)
    assert [row.waits_for_answer for row in rows] == [True, True]
    opened.window.act_close.trigger()
