"""A closed conversation looks closed, in its window and in the case's list (walk 5, W5-26:
after closing only the fields went grey; title, heading and the 'Question (you)' toggle looked
as before, and the list said 'closed' only as a word among others)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.services import case_file_service as svc
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.common import theme
from adviser_desk.ui.interview.conversation_dialogs import ClosingDialog
from adviser_desk.ui.interview.interview_window import InterviewWindow
from tests.conftest import PASSWORD
from tests.ui.conftest import demo_file, open_case, open_window
from tests.ui.drive import FileDialogs, Modals, activate, button_named, click, click_row, press_ok


def test_a_closed_conversation_says_so_in_its_window_and_in_the_list(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    path, ids = demo_file(case_dir / "Zaken.adcase")
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as session:
        interview = session.interviews.start(ids[0], "victim")
        session.interviews.add_line(interview, "adviser", "Wat is er gebeurd?")
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[0], "Interviews")
    interviews = window.page.case_view.interviews
    click_row(qtbot, interviews.list, 0)
    item = interviews.list.item(0)
    assert " · open · " in item.text()
    seen: dict[str, object] = {}

    def close_it(dialog: QWidget) -> None:
        assert isinstance(dialog, InterviewWindow)
        activate(qtbot, dialog)
        assert dialog.findChild(QLabel, "closed_note") is None
        assert dialog.speaker_indicator.isVisible()
        click(qtbot, dialog.close_button)  # the closing dialog is answered below
        note = dialog.findChild(QLabel, "closed_note")
        seen["note"] = note.text() if note is not None and note.isVisible() else None
        seen["title"] = dialog.windowTitle()
        seen["toggle"] = dialog.speaker_indicator.isVisible()
        seen["hint"] = dialog.input.placeholderText()
        click(qtbot, button_named(dialog, "Close"))

    def closing(dialog: QWidget) -> None:
        assert isinstance(dialog, ClosingDialog)
        activate(qtbot, dialog)
        dialog.agreements.setFocus()
        qtbot.keyClicks(dialog.agreements, "Morgen verder.")
        press_ok(qtbot)(dialog)

    modals.expect(InterviewWindow, close_it)
    modals.expect(ClosingDialog, closing)
    click(qtbot, button_named(interviews, "Open…"))
    modals.wait_done()
    assert isinstance(seen["note"], str) and "closed on" in seen["note"]
    assert "read-only" in seen["note"]
    assert str(seen["title"]).endswith("(closed, read-only)")
    assert seen["toggle"] is False and seen["hint"] == ""
    # The list, read again when the window closed, says it too, in the muted colour.
    item = interviews.list.item(0)
    assert "closed on" in item.text() and "read-only" in item.text()
    assert item.foreground().color() == theme.color("done")

    # Opened again, it is closed from the start.
    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, InterviewWindow)
        note = dialog.findChild(QLabel, "closed_note")
        seen["again"] = note is not None and not dialog.speaker_indicator.isVisibleTo(dialog)
        click(qtbot, button_named(dialog, "Close"))

    modals.expect(InterviewWindow, look)
    click_row(qtbot, interviews.list, 0)
    click(qtbot, button_named(interviews, "Open…"))
    modals.wait_done()
    assert seen["again"] is True
    window.act_close.trigger()
