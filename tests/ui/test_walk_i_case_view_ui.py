"""Walk I, finding 4: after Later, the case view's sentence saying how many files wait and
where stayed 12 seconds (the undo bar's time for what an undo did), and the Overview then
showed no sign of them. It now stays until it is no longer true or the adviser closes it.
The real Save, the question's Escape (Later), Ctrl+Z and the Close button."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.ui.case import undo_bar
from tests.ui.conftest import Opened
from tests.ui.drive import Modals, activate, click, click_tab
from tests.ui.test_walk_h_evidence_ui import WAIT_ON_TAB, later, stored_two


def test_the_later_sentence_stays_until_closed(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The bar's own timers, shortened so the test need not wait 12 seconds for them.
    for name in ("OFFERED_MS", "TOLD_MS", "NOTHING_MS"):
        monkeypatch.setattr(undo_bar, name, 150)
    opened = open_tab(stored_two, dc.IncidentType.FAKE_ACCOUNT)
    view = opened.window.page.case_view
    bar = view.undo_bar
    click_tab(qtbot, view.tabs, "Overview")
    click(qtbot, view.overview.types.boxes[dc.IncidentType.EXPOSING])
    modals.expect(QMessageBox, later(qtbot))
    click(qtbot, view.overview.save_button)
    modals.wait_done()
    qtbot.waitUntil(bar.isVisible)
    assert bar.message.text() == WAIT_ON_TAB
    assert bar.close_button.isVisible() and not bar.button.isVisible()
    # Named for what it closes, not "Close" under Save (walk K, finding 29).
    assert (
        bar.close_button.text(),
        bar.close_button.toolTip(),
        bar.close_button.accessibleName(),
    ) == ("Dismiss", "Close this message", "Close this message")
    qtbot.wait(600)  # longer than every timer of the bar
    assert bar.isVisible() and bar.message.text() == WAIT_ON_TAB
    # Ctrl+Z with nothing to undo says so under it, for a while; the sentence stays.
    activate(qtbot, opened.window)
    qtbot.keyClick(view.overview.save_button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert bar.message.text() == f"{WAIT_ON_TAB}\nNothing to undo."
    qtbot.waitUntil(lambda: bar.message.text() == WAIT_ON_TAB)
    qtbot.wait(300)
    assert bar.isVisible() and bar.close_button.isVisible()
    # Close: gone, and it stays gone.
    click(qtbot, bar.close_button)
    assert not bar.isVisible()
    qtbot.wait(300)
    assert not bar.isVisible()
    opened.window.act_close.trigger()
