"""The field a dialog opens in shows the focus ring (walk 11, W11-7: New conversation, Close
the interview and Close case opened with the focus in a combo box or a multi-line field and
nothing on screen saying so; Add person showed it only because a line field draws its caret)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.services import case_file_service as svc
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.case.case_closing import CloseCaseDialog
from adviser_desk.ui.interview.conversation_dialogs import ClosingDialog, NewInterviewDialog
from adviser_desk.ui.interview.interview_window import InterviewWindow
from tests.conftest import PASSWORD
from tests.ui.case_steps import choose_closed
from tests.ui.conftest import demo_file, open_case, open_window
from tests.ui.drive import (
    FileDialogs,
    Modals,
    activate,
    button_named,
    click,
    click_row,
    press_cancel,
)
from tests.ui.test_focus_landing_ui import focus_shows_on


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_new_conversation_close_interview_and_close_case_open_with_the_ring_shown(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    path, ids = demo_file(case_dir / "Zaken.adcase")
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as session:
        session.interviews.start(ids[0], "victim")
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[0], "Interviews")
    interviews = window.page.case_view.interviews
    seen: list[str] = []

    def ring_then_cancel(first: str) -> object:
        def handler(dialog: QWidget) -> None:
            activate(qtbot, dialog)
            field = getattr(dialog, first)
            focus_shows_on(qtbot, field)
            seen.append(type(dialog).__name__)
            press_cancel(qtbot)(dialog)

        return handler

    modals.expect(NewInterviewDialog, ring_then_cancel("kind"))  # type: ignore[arg-type]
    click(qtbot, interviews.new_button)
    modals.wait_done()

    def close_it(dialog: QWidget) -> None:
        assert isinstance(dialog, InterviewWindow)
        activate(qtbot, dialog)
        click(qtbot, dialog.close_button)  # Close the interview, answered below
        click(qtbot, button_named(dialog, "Close"))

    modals.expect(InterviewWindow, close_it)
    modals.expect(ClosingDialog, ring_then_cancel("agreements"))  # type: ignore[arg-type]
    click_row(qtbot, interviews.list, 0)
    click(qtbot, button_named(interviews, "Open…"))
    modals.wait_done()

    open_case(qtbot, window, ids[0], "Overview")
    choose_closed(qtbot, window)
    modals.expect(CloseCaseDialog, ring_then_cancel("outcome"))  # type: ignore[arg-type]
    click(qtbot, window.page.case_view.overview.save_button)
    modals.wait_done()
    assert seen == ["NewInterviewDialog", "ClosingDialog", "CloseCaseDialog"]
    window.page.case_view.overview.revert()  # Closed unsaved: closing the window asks nothing
    window.act_close.trigger()
