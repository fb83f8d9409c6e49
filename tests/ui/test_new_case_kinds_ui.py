"""New case with nothing ticked under What happened (walk 13, W13-1: it was saved as Other
without a word). OK says a box must be ticked, keeps the dialog and what was typed, and puts
the focus on the boxes, so Space ticks one and OK saves the case with it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.ui.case.case_dialogs import NewCaseDialog
from tests.ui.conftest import open_window
from tests.ui.drive import FileDialogs, Modals, activate, click


def test_new_case_with_nothing_ticked_asks_for_a_kind_and_keeps_the_typing(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    path, _ = closed_case
    window = open_window(qtbot, path, modals, files)
    cases = window.cases
    assert cases is not None
    before = {row.case_id for row in cases.list_cases()}
    told: list[str] = []
    focus: list[QWidget | None] = []

    def fill_without_a_tick(dialog: QWidget) -> None:
        assert isinstance(dialog, NewCaseDialog)
        activate(qtbot, dialog)
        qtbot.keyClicks(dialog.title, "Dreigbericht via Snapchat")
        dialog.description.setFocus()
        qtbot.keyClicks(dialog.description, "Bericht op vrijdagavond ontvangen.")
        assert dialog.types.values() == []

        def read_and_close(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            told.append(box.text())
            click(qtbot, box.button(QMessageBox.StandardButton.Ok))

        modals.expect(QMessageBox, read_and_close)
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
        modals.wait_done()
        activate(qtbot, dialog)  # the offscreen platform does not hand activation back
        first = next(iter(dialog.types.boxes.values()))
        qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
        focus.append(QApplication.focusWidget())
        # Nothing saved, nothing lost: still open with the title and description as typed.
        assert dialog.isVisible()
        assert {row.case_id for row in cases.list_cases()} == before
        assert dialog.title.text() == "Dreigbericht via Snapchat"
        assert dialog.description.toPlainText() == "Bericht op vrijdagavond ontvangen."
        # By keyboard from there: Tab to Threats, Space ticks it, Enter saves.
        boxes = list(dialog.types.boxes.values())
        target = dialog.types.boxes[dc.IncidentType.THREATS]
        for _ in range(boxes.index(target)):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is target
        qtbot.keyClick(target, Qt.Key.Key_Space)
        assert dialog.types.values() == [dc.IncidentType.THREATS]
        qtbot.keyClick(target, Qt.Key.Key_Return)

    modals.expect(NewCaseDialog, fill_without_a_tick)
    click(qtbot, window.page.case_list.new_button)
    modals.wait_done()
    assert told and "Tick at least one box under “What happened”" in told[0], told
    assert "Other, if none fits" in told[0]
    new = [row for row in cases.list_cases() if row.case_id not in before]
    assert len(new) == 1
    detail = cases.get_case(new[0].case_id)
    assert detail.draft.incident_types == [dc.IncidentType.THREATS]
    assert detail.draft.description == "Bericht op vrijdagavond ontvangen."
    window.act_close.trigger()
