"""Walk L, finding 15, through the real window: the removal form's Description is a box of three
wrapped lines, so a long description can be read back whole before the step that cannot be
undone (on one line only its last 60 characters showed).

Keys as an adviser presses them: typing adds to the prefilled text; Return starts no new line
but does what it does in Where and Who (Keep for now, which asks first: Keep typing goes back);
Ctrl+Return and Shift+Return do nothing; Tab leaves the box for Where and Shift+Tab comes back
with the cursor where it was, so typing adds again instead of replacing the whole text (walk L,
finding 3, as a line field selected all of it).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.ui.evidence.mark_dialog import MarkDialog
from tests.ui.conftest import Opened
from tests.ui.drive import Modals, activate, button_named, click, click_row
from tests.ui.test_walk_k_removal_description_ui import class_photo

MORE = (
    ", een jongen van ongeveer veertien in zijn onderbroek voor een spiegel, gezicht half "
    "zichtbaar, met op de achtergrond een poster; doorgestuurd in de groepsapp van 2B"
)


def test_the_description_box_shows_a_long_text_whole_and_keys_behave(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    opened = open_tab(class_photo, dc.IncidentType.CYBERBULLYING)
    widget = opened.widget
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1)
    click_row(qtbot, widget.table, 0)
    seen: dict[str, object] = {}
    asked: list[str] = []

    def form(dialog: QWidget) -> None:
        assert isinstance(dialog, MarkDialog)
        qtbot.waitExposed(dialog)
        box = QApplication.focusWidget()
        assert isinstance(box, QPlainTextEdit) and box is dialog.description
        qtbot.keyClicks(box, MORE)
        qtbot.wait(50)  # the layout wraps the new text
        line_height = box.fontMetrics().lineSpacing()
        seen["lines shown"] = box.viewport().height() // line_height
        # Wrapped (the font decides into how many lines), and all of them in view.
        seen["wrapped, in view"] = 1 < box.document().firstBlock().layout().lineCount() <= 3
        seen["scrolls"] = box.verticalScrollBar().maximum() > 0
        qtbot.keyClick(box, Qt.Key.Key_Return)  # Keep for now asks; Keep typing goes back
        activate(qtbot, dialog)  # the offscreen platform does not hand activation back itself
        seen["after Return"] = (dialog.isVisible(), QApplication.focusWidget() is box)
        qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
        qtbot.keyClick(box, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
        activate(qtbot, dialog)
        seen["line breaks"] = box.toPlainText().count("\n") + box.toPlainText().count("\u2028")
        qtbot.keyClick(box, Qt.Key.Key_Tab)
        seen["Tab"] = QApplication.focusWidget() is dialog.where
        qtbot.keyClicks(dialog.where, "groepsapp 2B")
        qtbot.keyClick(dialog.where, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        seen["Shift+Tab"] = QApplication.focusWidget() is box
        qtbot.keyClicks(box, " (gezien op 4 dec.)")
        qtbot.keyClicks(dialog.seen_by, "mentor")
        click(qtbot, button_named(dialog, "Remove stored original"))

    def keep_typing(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.windowTitle())
        click(qtbot, button_named(box, "Keep typing"))

    modals.expect(MarkDialog, form)
    modals.expect(QMessageBox, keep_typing)
    modals.expect(QMessageBox, keep_typing)  # the keypad's Enter asks as Return does
    click(qtbot, button_named(widget, "Mark as possibly sexual image…"))
    modals.wait_done()
    qtbot.waitUntil(lambda: not widget.busy and not opened.evidence.items(opened.case_id)[0].stored)
    assert seen == {
        "lines shown": 3,
        "wrapped, in view": True,
        "scrolls": False,
        "after Return": (True, True),
        "line breaks": 0,
        "Tab": True,
        "Shift+Tab": True,
    }, seen
    assert asked == ["Answers not saved", "Answers not saved"]
    item = opened.evidence.items(opened.case_id)[0]
    assert item.description == f"groepsfoto klas{MORE} (gezien op 4 dec.)"
    assert item.location == "groepsapp 2B"
