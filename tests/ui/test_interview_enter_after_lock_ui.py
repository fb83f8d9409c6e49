"""Enter in the interview's fields adds the line or the note, and never also opens the closing
form (walk F: a note typed, Close clicked, Ctrl+L while the question about the note was open,
unlocking: from then on every Enter in Said or Note also opened "Close the interview", with the
focus in its first field). Qt's dialogs press their default button on Enter, and a push button
that once had the focus can stay the default; the window's own buttons never take Enter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.ui.interview.interview_window import InterviewWindow, NewInterviewDialog
from tests.ui.drive import (
    FileDialogs,
    Modals,
    activate,
    click,
    click_row,
    click_tab,
    press_ok,
    unlock,
)
from tests.ui.test_data_safety import row_of, with_two_cases
from tests.ui.test_lock_note_ui import close_window

NOTE = "Leerling wil even pauze"
LINE = "Wat gebeurde er daarna?"


class OtherModals:
    """Closes, and counts, any modal dialog but the interview window that opens while it runs
    (the closing form would otherwise block the test in its own event loop)."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QDialog) and not isinstance(widget, InterviewWindow):
            self.seen.append(type(widget).__name__)
            widget.reject()

    def stop(self) -> None:
        self._timer.stop()


def test_enter_after_a_lock_from_the_note_question_adds_and_opens_nothing_else(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    window = with_two_cases(qtbot, closed_case[0], modals, files)
    click_row(qtbot, window.page.case_list.table, row_of(window, "Eerste zaak"))
    view = window.page.case_view
    click_tab(qtbot, view.tabs, "Interviews")

    def lock_from_the_question(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        qtbot.keyClick(box, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    def note_then_close(dialog: QDialog) -> None:
        activate(qtbot, dialog)
        assert isinstance(dialog, InterviewWindow)
        qtbot.keyClick(dialog.input, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
        assert dialog.note.hasFocus()
        qtbot.keyClicks(dialog.note, NOTE)  # typed, not added
        modals.expect(QMessageBox, lock_from_the_question)
        close_window(qtbot, dialog)  # asks about the note; Ctrl+L there

    modals.expect(NewInterviewDialog, press_ok(qtbot))  # type: ignore[arg-type]
    modals.expect(InterviewWindow, note_then_close)  # type: ignore[arg-type]
    click(qtbot, view.findChild(QPushButton, "new_interview"))  # type: ignore[arg-type]
    modals.wait_done()
    qtbot.waitUntil(lambda: window.service is None, timeout=5000)

    seen: dict[str, object] = {}

    def enter_in_both_fields(dialog: QDialog) -> None:
        assert isinstance(dialog, InterviewWindow)
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(dialog.note.hasFocus)  # the note is back where it was typed
        others = OtherModals()
        try:
            seen["note back"] = dialog.note.text()
            click(qtbot, dialog.input)
            qtbot.keyClicks(dialog.input, LINE)
            qtbot.keyClick(dialog.input, Qt.Key.Key_Return)
            qtbot.keyClick(dialog.input, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
            qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
            qtbot.wait(100)  # a closing form opened by either Enter shows by now
        finally:
            others.stop()
        seen["lines"] = [(line.speaker, line.text) for line in dialog.model.rows]
        seen["others"] = others.seen
        seen["left typed"] = (dialog.input.text(), dialog.note.text())
        dialog.input.clear()  # whatever is left, closing must not ask about it here
        dialog.note.clear()
        close_window(qtbot, dialog)

    unlock(qtbot, window, modals, (InterviewWindow, enter_in_both_fields))  # type: ignore[arg-type]
    modals.wait_done()
    qtbot.waitUntil(lambda: view.interviews.interview_window is None)
    assert seen == {
        "note back": NOTE,
        "lines": [("adviser", LINE), ("note", NOTE)],
        "others": [],
        "left typed": ("", ""),
    }, seen
