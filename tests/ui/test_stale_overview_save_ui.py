"""Save (Ctrl+S) on the Overview after an Undo under unsaved edits (walk 17, W17-3, the
keyboard case): the Undo of a reopening closed the case again, but the Overview kept the case
as it was before (Open) to compare with, so Discard changes showed Open, and Status Open with
Ctrl+S saw no reopening and asked nothing, saying nothing. And Save with nothing to save says
so on the line below the tabs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.ui.shell.main_window import MainWindow
from tests.ui.case_steps import close_case, demo_case
from tests.ui.drive import FileDialogs, Modals, activate

CTRL = Qt.KeyboardModifier.ControlModifier


def keys(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key pressed on whatever has the focus."""
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifier)


def reopen_then_undo_under_edits(qtbot: QtBot, window: MainWindow, modals: Modals) -> None:
    """Closed through its question, reopened by keys (Home, Ctrl+S, the question), a title
    edit typed, then Ctrl+Z from the Status choice: the case is closed again, edits unsaved."""
    view = window.page.case_view
    overview = view.overview
    close_case(qtbot, window, modals)
    activate(qtbot, window)
    overview.status.setFocus()
    keys(qtbot, Qt.Key.Key_Home)  # Open
    modals.answer("Reopen case")
    keys(qtbot, Qt.Key.Key_S, CTRL)
    modals.wait_done()
    assert view.undo_bar.button.isVisible()
    activate(qtbot, window)
    overview.title.setFocus()
    qtbot.keyClicks(overview.title, " (edited)")
    overview.status.setFocus()
    keys(qtbot, Qt.Key.Key_Z, CTRL)  # undoes the reopening


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
@pytest.mark.parametrize("discard", [True, False])
def test_ctrl_s_after_an_undo_under_edits_asks_to_reopen(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs, discard: bool
) -> None:
    window, cases, case_id = demo_case(qtbot, case_dir, modals, files)
    overview = window.page.case_view.overview
    try:
        reopen_then_undo_under_edits(qtbot, window, modals)
        assert cases.get_case(case_id).draft.status == dc.CaseStatus.CLOSED
        if discard:
            overview.revert_button.setFocus()
            keys(qtbot, Qt.Key.Key_Space)  # Discard changes: the case as it is, Closed
            assert overview.status.value() == dc.CaseStatus.CLOSED
            assert not overview.is_dirty()
            keys(qtbot, Qt.Key.Key_Z, CTRL)  # nothing left to undo
        overview.status.setFocus()
        keys(qtbot, Qt.Key.Key_Home)  # Open
        asked = len(modals.texts)
        modals.expect(QMessageBox, lambda box: box.reject())  # type: ignore[arg-type]
        keys(qtbot, Qt.Key.Key_S, CTRL)
        modals.wait_done()
        assert len(modals.texts) == asked + 1
        assert "becomes “Open” again" in modals.texts[-1], modals.texts[-1]
        assert cases.get_case(case_id).draft.status == dc.CaseStatus.CLOSED
        assert overview.title.text().endswith(" (edited)") != discard
    finally:
        if overview.is_dirty():
            overview.revert()


def test_save_with_nothing_to_save_says_so(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    window = demo_case(qtbot, case_dir, modals, files)[0]
    view = window.page.case_view
    activate(qtbot, window)
    view.overview.title.setFocus()
    keys(qtbot, Qt.Key.Key_S, CTRL)
    assert view.undo_bar.isVisible()
    assert view.undo_bar.message.text() == "Nothing to save: the Overview has no changes."
