"""Walk K, finding 24: the Undo of a closing that also ticked a type said so in four lines at the
bottom of the case view; the tabs above shrank, and the Overview's Save and Discard changes
jumped up about 26 px under a pointer aimed at them. The message now has a fixed height of two
lines, cut with "…", the whole text in its tooltip and accessible description; and the Dutch
says which tasks are open again: those the closing marked not applicable.

Through the real window in Dutch: the type ticked, Closed chosen by key, Save clicked, the
closing question answered, the question about minors put off with Escape, Ctrl+Z pressed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.ui.case.case_closing import CloseCaseDialog
from adviser_desk.ui.case.case_view import CaseView
from adviser_desk.ui.common import i18n
from adviser_desk.ui.common.elided_label import ElidedLabel, fit
from tests.ui.case_steps import choose_closed
from tests.ui.drive import FileDialogs, Modals, activate, click
from tests.ui.test_walk_h_evidence_ui import later
from tests.ui.test_walk_i_timeline_ui import open_in
from tests.ui.test_walk_j_undo_ui import closed, photo_and_film


def buttons_at(view: CaseView) -> tuple[QPoint, QPoint]:
    """Where Save and Discard changes are in the window, as the pointer finds them."""
    window = view.window()
    return (
        view.overview.save_button.mapTo(window, QPoint(0, 0)),
        view.overview.revert_button.mapTo(window, QPoint(0, 0)),
    )


# The offscreen platform cannot raise the combo's popup or grab the keyboard for it.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_the_long_undo_message_does_not_move_the_save_buttons(
    qtbot: QtBot,
    case_dir: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    assert i18n.install("nl")  # before the window is made: it is made in Dutch
    try:
        _closed_then_undone(qtbot, case_dir, modals, files)
    finally:
        i18n.install("en")


def _closed_then_undone(qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs) -> None:
    window, case_id = open_in(qtbot, case_dir, modals, files, photo_and_film)
    view = window.page.case_view
    bar = view.undo_bar
    assert view.tabs.currentWidget() is view.overview
    at_first, height = buttons_at(view), bar.height()  # the bar hidden, keeping its place
    click(qtbot, view.overview.types.boxes[dc.IncidentType.EXPOSING])
    choose_closed(qtbot, window)
    modals.expect(CloseCaseDialog, closed(qtbot))
    modals.expect(QMessageBox, later(qtbot))  # the question about minors: Escape
    click(qtbot, view.overview.save_button)
    modals.wait_done()
    cases = window.cases
    assert cases is not None and cases.get_case(case_id).draft.status == dc.CaseStatus.CLOSED
    assert bar.isVisible() and bar.button.isVisible()
    assert buttons_at(view) == at_first and bar.height() == height
    # Ctrl+Z: the long message, in two lines, and nothing below the tabs moved.
    activate(qtbot, window)
    qtbot.keyClick(view.overview.save_button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bar.message.text().startswith("Ongedaan gemaakt"))
    said = bar.message.text()
    assert cases.get_case(case_id).draft.status != dc.CaseStatus.CLOSED
    assert "taken die het sluiten als niet van toepassing had gemarkeerd, staan weer open" in (
        said
    ), said
    message = bar.message
    assert isinstance(message, ElidedLabel)
    width = message.contentsRect().width()
    whole, _ = fit(said, message, width, 100)
    assert whole.count("\n") >= 3, whole  # four lines or more, at this width, in full
    shown = message.shown_text()
    assert shown.count("\n") == 1 and shown.endswith("…"), shown
    assert message.toolTip() == said and message.accessibleDescription() == said
    assert buttons_at(view) == at_first and bar.height() == height
    window.act_close.trigger()
