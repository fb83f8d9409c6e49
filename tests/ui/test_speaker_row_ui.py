"""Walk 12, W12-8: in the interview the speaker switched by itself after each line and the
button row moved (Add shifted, the toggle's text changed length), so a mouse user's click
meant as "to the answer" switched back to the question and the student's answer was stored
as the adviser's; nothing on screen offered to correct it. Now Question and Answer are two
buttons that stay put and choose their speaker however often they are clicked, the line
just added is named under the field with a button that corrects its speaker, and the
correction is a note in the conversation and an audit entry, not a silent rewrite."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.services import case_file_service
from adviser_desk.services.interview_service import InterviewService
from tests.ui.drive import activate, click
from tests.ui.test_interview_ui import setup as setup  # the fixture
from tests.ui.test_interview_ui import shown_window


def place(widget: QWidget, field: QWidget) -> tuple[int, int, int, int]:
    """Where ``widget`` is in its window, across and from the line ``field``'s top, and its
    size (the check's status line below may change height as the semantic layer loads)."""
    corner = widget.mapTo(widget.window(), QPoint(0, 0))
    top = field.mapTo(field.window(), QPoint(0, 0)).y()
    return corner.x(), corner.y() - top, widget.width(), widget.height()


def test_the_speaker_buttons_stay_put_and_the_last_line_can_be_given_the_other_speaker(
    qtbot: QtBot, setup: tuple[InterviewService, int]
) -> None:
    interviews, case_id = setup
    interview, window = shown_window(qtbot, interviews, case_id, "victim")
    activate(qtbot, window)
    choice, add, last = window.speaker_indicator, window.add_line_button, window.speaker_fix.last
    row = [choice.ask, choice.answer, add]
    before = [place(widget, window.input) for widget in row]
    assert not last.isVisible()  # no line yet
    # The question, added by mouse: the field switches to the answer, nothing moves.
    qtbot.keyClicks(window.input, "Vertel eens wat er gebeurd is.")
    click(qtbot, add)
    assert window.speaker == "student" and choice.current() is choice.answer
    qtbot.wait(20)  # a layout change, if any, would be done by now
    assert [place(widget, window.input) for widget in row] == before
    assert last.isVisible() and "(adviser)" in last.message.text()
    # The walker's click, "to the answer", on a field already there: it stays the answer.
    click(qtbot, choice.answer)
    assert window.speaker == "student" and window.focusWidget() is window.input
    qtbot.keyClicks(window.input, "Daan heeft mijn foto in de klassenapp gezet.")
    click(qtbot, add)
    assert [(line.speaker, line.text[:4]) for line in interviews.get(interview).lines] == [
        ("adviser", "Vert"),
        ("student", "Daan"),
    ]
    # A wrong click now (Question), and the answer goes in as the adviser's ...
    click(qtbot, choice.ask)
    qtbot.keyClicks(window.input, "Iedereen heeft hem gezien.")
    click(qtbot, add)
    assert [place(widget, window.input) for widget in row] == before
    assert interviews.get(interview).lines[-1].speaker == "adviser"
    text = last.message.text()
    assert "(adviser)" in text and "Iedereen heeft hem gezien." in text
    # ... which the bar's button corrects, in the open: a note says what changed.
    click(qtbot, last.button)
    lines = interviews.get(interview).lines
    assert [line.speaker for line in lines] == ["adviser", "student", "student", "note"]
    assert lines[2].text == "Iedereen heeft hem gezien."
    assert "Iedereen heeft hem gezien." in lines[3].text
    audit = case_file_service.CaseFileService(interviews.case_file).audit_rows()
    assert [row.action for row in audit][-1] == "interview.speaker_changed"
    assert "(student)" in last.message.text()
    # It was the answer, so the next line is the question; the keys still go to the field.
    assert window.speaker == "adviser" and choice.current() is choice.ask
    assert window.focusWidget() is window.input
    qtbot.keyClicks(window.input, "Wie waren dat?")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert interviews.get(interview).lines[-1].speaker == "adviser"
