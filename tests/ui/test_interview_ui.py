"""The interview window, typed into like an adviser would."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.case_views import PersonInput
from adviser_desk.services.interview_service import InterviewService
from adviser_desk.services.protocol_data import interview_guide, protocol
from adviser_desk.storage import kdf
from adviser_desk.ui.common.fit import ScrollingArea
from adviser_desk.ui.common.keyboard import plain as plain_text
from adviser_desk.ui.interview.interview_window import InterviewWindow, NewInterviewDialog
from tests.conftest import PASSWORD
from tests.ui.drive import FileDialogs, Modals, activate, click, press_ok


@pytest.fixture
def setup(case_dir: Path) -> Iterator[tuple[InterviewService, int]]:
    service, _ = svc.create_case_file(case_dir / "I.adcase", PASSWORD, kdf.MINIMUM)
    cases = CaseService(service.case, protocol(), "nl")
    case_id = cases.create_case(
        dc.CaseDraft(
            title="Afpersing",
            incident_types=[dc.IncidentType.SEXTORTION],
            images=dc.ImagesState.THREATENED,
        )
    )
    cases.add_person(case_id, PersonInput("Daan Kramer", dc.Role.VICTIM))
    yield InterviewService(cases, interview_guide()), case_id
    service.close()


def test_typing_shows_findings_and_enter_records_lines(
    qtbot: QtBot, setup: tuple[InterviewService, int]
) -> None:
    interviews, case_id = setup
    interview, window = shown_window(qtbot, interviews, case_id, "victim")
    window.windowHandle().requestActivate()  # shortcuts (F2) need an active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.speaker == "adviser"
    qtbot.keyClicks(window.input, "Dit blijft tussen ons")
    assert "geheimhouding" in window.finding_label.text().lower() or "secrecy" in (
        window.finding_label.text().lower()
    )
    assert window.use_suggestion.isVisible()
    qtbot.mouseClick(window.use_suggestion, Qt.MouseButton.LeftButton)
    assert window.input.text().startswith("Geheimhouden kan ik niet beloven")
    assert window.finding_label.text() == ""
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert window.speaker == "student"  # an answer follows a question
    qtbot.keyClicks(window.input, "Hij wil 200 euro, anders stuurt hij de foto rond.")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    qtbot.keyClicks(window.input, "Heb je al betaald?")
    assert "yes/no" in window.finding_label.text() or "ja/nee" in window.finding_label.text()
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    qtbot.keyClick(window.input, Qt.Key.Key_F2)
    assert window.speaker == "adviser"
    qtbot.keyClicks(window.note, "Daan oogt rustig maar praat zacht.")
    qtbot.keyClick(window.note, Qt.Key.Key_Return)
    record = interviews.get(interview)
    assert [line.speaker for line in record.lines] == ["adviser", "student", "adviser", "note"]
    assert record.lines[1].text == "Hij wil 200 euro, anders stuurt hij de foto rond."
    assert record.lines[2].findings == ("option_posing",)
    assert window.model.rowCount() == 4


def test_ticking_the_checklist_records_it(
    qtbot: QtBot, setup: tuple[InterviewService, int]
) -> None:
    interviews, case_id = setup
    interview = interviews.start(case_id, "victim")
    window = InterviewWindow(interviews, interview)
    qtbot.addWidget(window)
    keys = [
        window.checklist.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(window.checklist.count())
    ]
    assert "sextortion" in keys and "stop_letter" in keys
    item = window.checklist.item(keys.index("no_secrecy"))
    item.setCheckState(Qt.CheckState.Checked)
    assert "no_secrecy" in interviews.get(interview).checks


def test_closing_carries_the_outcome_into_the_case_and_prints(
    qtbot: QtBot,
    setup: tuple[InterviewService, int],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    """Closed by its button and the closing dialog, saved by its button: the window's own
    wiring (it once closed the interview through the service and called the window's
    private update, which proves nothing about the buttons)."""
    from adviser_desk.ui.interview.conversation_dialogs import ClosingDialog
    from tests.ui.drive import activate, button_named, click

    interviews, case_id = setup
    dialog = NewInterviewDialog(interviews, case_id, "nl", None)
    qtbot.addWidget(dialog)
    dialog.place.setText("Kamer van de vertrouwenspersoon")
    dialog.person.setCurrentIndex(1)
    dialog.show()
    press_ok(qtbot)(dialog)
    assert dialog.interview_id is not None
    window = InterviewWindow(interviews, dialog.interview_id)
    qtbot.addWidget(window)
    activate(qtbot, window)
    qtbot.keyClicks(window.input, "Vertel eens wat er gebeurde.")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    qtbot.keyClicks(window.input, "Ik kreeg een bericht van een onbekend account.")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)

    def close_it(closing: QWidget) -> None:
        assert isinstance(closing, ClosingDialog)
        activate(qtbot, closing)
        closing.agreements.setFocus()
        qtbot.keyClicks(closing.agreements, "Niet reageren, blokkeren, morgen verder.")
        closing.follow_up.setFocus()
        qtbot.keyClicks(closing.follow_up, "Politie bellen")
        press_ok(qtbot)(closing)

    modals.expect(ClosingDialog, close_it)
    click(qtbot, window.close_button)
    modals.wait_done()
    assert not window.input.isEnabled()
    assert any(t.title == "Politie bellen" for t in interviews.cases.tasks(case_id))
    target = tmp_path / "record.pdf"
    files.save(target)
    modals.accept_box()  # "Record saved"
    click(qtbot, button_named(window, "Save record as PDF…"))
    modals.wait_done()
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Ik kreeg een bericht van een onbekend account." in text
    assert "Niet reageren, blokkeren, morgen verder." in text
    assert "Daan Kramer" in text and "Kamer van de vertrouwenspersoon" in text


def test_closing_dialog_collects_the_outcome(
    qtbot: QtBot, setup: tuple[InterviewService, int]
) -> None:
    from adviser_desk.ui.interview.interview_window import ClosingDialog

    interviews, case_id = setup
    dialog = ClosingDialog(interviews, case_id, None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.agreements, "Donderdag verder praten.")
    dialog.follow_up.setPlainText("Ouders bellen\nHelpwanted inschakelen")
    dialog.may_tell.set_values([dc.Audience.PARENTS])
    dialog.offence.set_value(True)
    dialog.show()
    press_ok(qtbot)(dialog)
    assert dialog.closing is not None
    assert dialog.closing.follow_up == ["Ouders bellen", "Helpwanted inschakelen"]
    assert dialog.closing.may_tell == [dc.Audience.PARENTS]
    assert dialog.closing.offence_suspected is True
    interview = interviews.start(case_id, "victim")
    interviews.close(interview, dialog.closing)
    draft = interviews.cases.get_case(case_id).draft
    assert draft.may_tell == [dc.Audience.PARENTS] and draft.offence_suspected is True


def shown_window(
    qtbot: QtBot, interviews: InterviewService, case_id: int, kind: str
) -> tuple[int, InterviewWindow]:
    """A new Dutch conversation of ``kind``, its window shown as the adviser sees it."""
    interview = interviews.start(case_id, kind, language="nl")
    window = InterviewWindow(interviews, interview)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return interview, window


def plain(button: QAbstractButton) -> str:
    """A button's text without its mnemonic."""
    return plain_text(button.text())


def _answer_next_box(qtbot: QtBot, button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Presses ``button`` on the next message box, by keyboard, noting its text."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        target = box.button(button)
        target.setFocus()
        qtbot.keyClick(target, Qt.Key.Key_Space)

    QTimer.singleShot(0, press)


def test_the_speaker_is_plain_and_a_promise_typed_as_the_answer_is_caught(
    qtbot: QtBot, setup: tuple[InterviewService, int]
) -> None:
    interviews, case_id = setup
    interview, window = shown_window(qtbot, interviews, case_id, "victim")
    indicator = window.speaker_indicator
    assert indicator.isVisible()
    assert indicator.current() is indicator.ask and plain(indicator.ask) == "Question (you)"
    assert indicator.ask.property("role") == "asking"
    assert plain(indicator.answer) == "Answer (student)"
    qtbot.keyClicks(window.input, "Wat is er gebeurd?")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    # Enter switched to the answer: the answer's button is pressed, in its own colour.
    assert window.speaker == "student"
    assert indicator.current() is indicator.answer
    assert indicator.answer.property("role") == "answering"
    assert indicator.ask.property("role") == "not_speaking"
    # The adviser forgets the switch and promises secrecy: kept as the answer, no dialog,
    # a hint offers to make it the adviser's (walk 5, W5-2).
    qtbot.keyClicks(window.input, "Ik beloof dat ik het aan niemand vertel.")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    hint = window.speaker_fix.hint
    assert QApplication.activeModalWidget() is None
    assert hint.isVisible() and "Ik beloof dat ik het aan niemand vertel." in hint.message.text()
    assert window.focusWidget() is window.input
    assert window.speaker == "adviser"  # Enter switched, as after any answer
    click(qtbot, hint.mine)
    assert not hint.isVisible() and window.focusWidget() is window.input
    # It was the adviser's question, the last line: the answer comes next.
    assert window.speaker == "student" and indicator.current() is indicator.answer
    # A plain answer is stored without a hint; "Keep as the answer" keeps it the student's.
    qtbot.keyClicks(window.input, "Hij stuurde de foto door.")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert not hint.isVisible()
    assert window.speaker == "adviser"
    qtbot.keyClicks(window.input, "Wie heeft hem geholpen?")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    qtbot.keyClicks(window.input, "Hij zei: ik vertel het aan niemand, het blijft tussen ons.")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert hint.isVisible()
    click(qtbot, hint.keep)
    assert not hint.isVisible()
    lines = interviews.get(interview).lines
    assert [(line.speaker, line.findings) for line in lines] == [
        ("adviser", ()),
        ("adviser", ("secrecy_promise",)),
        ("note", ()),
        ("student", ()),
        ("adviser", ()),
        ("student", ()),
    ]
    assert lines[1].text == "Ik beloof dat ik het aan niemand vertel."
    assert "Speaker corrected" in lines[2].text and "Ik beloof" in lines[2].text


def test_an_answer_typed_on_is_never_taken_for_a_promise_and_a_speaker_can_be_changed(
    qtbot: QtBot, setup: tuple[InterviewService, int]
) -> None:
    """Walk 5, W5-2: the semantic layer took a student's answer for a promise and a modal
    dialog took the keys typed next. Now the answer is kept, nothing opens, the next line
    arrives whole, and a line's speaker is changed by Shift+F2 or the context menu."""
    from adviser_desk.services import case_file_service, question_checking

    interviews, case_id = setup
    interview, window = shown_window(qtbot, interviews, case_id, "distributor")
    activate(qtbot, window)
    qtbot.waitUntil(question_checking.semantic_ready, timeout=120_000)
    for text in (
        "Wat weet jij over de foto in de groepsapp?",
        "Niks, ik heb hem alleen doorgestuurd.",
        "Wat gebeurde er daarna?",
    ):
        qtbot.keyClicks(window.input, text)
        qtbot.keyClick(window.input, Qt.Key.Key_Return)
        assert QApplication.activeModalWidget() is None
        assert not window.speaker_fix.hint.isVisible()
    lines = interviews.get(interview).lines
    assert [(line.speaker, line.text) for line in lines] == [
        ("adviser", "Wat weet jij over de foto in de groepsapp?"),
        ("student", "Niks, ik heb hem alleen doorgestuurd."),
        ("adviser", "Wat gebeurde er daarna?"),
    ]
    assert lines[1].findings == ()
    # A real promise typed as the answer: the hint shows, the keys typed on stay in the field.
    qtbot.keyClicks(window.input, "Dit blijft tussen ons, echt.")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert window.speaker_fix.hint.isVisible()
    qtbot.keyClicks(window.input, "Wat deed je toen?")
    assert window.input.text() == "Wat deed je toen?"
    assert interviews.get(interview).lines[-1].speaker == "student"
    # The transcript offers Change speaker on a line (right click, Menu key) and Shift+F2.
    table = window.table
    assert table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert window.speaker_fix.action in table.actions()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert table.currentIndex().row() == 3
    qtbot.keyClick(table, Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)
    lines = interviews.get(interview).lines
    assert lines[3].speaker == "adviser" and "secrecy_promise" in lines[3].findings
    assert lines[3].text == "Dit blijft tussen ons, echt."
    assert lines[-1].speaker == "note" and "Dit blijft tussen ons" in lines[-1].text
    assert not window.speaker_fix.hint.isVisible()  # answered by the change
    assert table.hasFocus() and table.currentIndex().row() == 3
    shown = window.model.rows[3]
    assert shown.speaker == "adviser" and "secrecy_promise" in shown.findings
    # Pressed again, it is the answer once more, its finding gone.
    qtbot.keyClick(table, Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)
    lines = interviews.get(interview).lines
    assert (lines[3].speaker, lines[3].findings) == ("student", ())
    assert window.input.text() == "Wat deed je toen?"  # what was being typed is kept
    audit = case_file_service.CaseFileService(interviews.case_file).audit_rows()
    assert [r.action for r in audit][-2:] == ["interview.speaker_changed"] * 2
    # A note is not a said line: nothing to change.
    table.selectRow(len(window.model.rows) - 1)
    assert not window.speaker_fix.action.isEnabled()


def test_closing_gives_no_consent_the_conversation_did_not_give(
    qtbot: QtBot, setup: tuple[InterviewService, int]
) -> None:
    from adviser_desk.ui.interview.interview_window import ClosingDialog

    interviews, case_id = setup
    draft = interviews.cases.get_case(case_id).draft
    interviews.cases.update_case(
        case_id,
        replace(
            draft,
            may_tell=[dc.Audience.PARENTS, dc.Audience.POLICE],
            offence_suspected=True,
            publicity=dc.Publicity.NO_ATTENTION,
        ),
    )
    dialog = ClosingDialog(interviews, case_id, None)
    qtbot.addWidget(dialog)
    dialog.show()
    # Nothing is pre-ticked or pre-answered; the hints say what the case has now.
    assert dialog.may_tell.values() == []
    assert dialog.offence.value() is None
    assert dialog.publicity.value() == dc.Publicity.UNDECIDED
    assert "Parents, Police" in dialog.may_tell_hint.text()
    assert dialog.may_tell_hint.isVisible()
    assert "Yes" in dialog.offence_hint.text()
    qtbot.keyClicks(dialog.agreements, "Morgen verder.")
    press_ok(qtbot)(dialog)
    assert dialog.closing is not None
    assert dialog.closing.may_tell is None and dialog.closing.offence_suspected is None
    assert dialog.closing.publicity is None
    interview = interviews.start(case_id, "victim")
    interviews.close(interview, dialog.closing)
    # Left open, the case keeps its answers; ticked, it takes only what was ticked.
    after = interviews.cases.get_case(case_id).draft
    assert after.may_tell == [dc.Audience.PARENTS, dc.Audience.POLICE]
    assert after.offence_suspected is True and after.publicity == dc.Publicity.NO_ATTENTION
    again = ClosingDialog(interviews, case_id, None)
    qtbot.addWidget(again)
    again.show()
    qtbot.mouseClick(again.may_tell.boxes[dc.Audience.MENTOR], Qt.MouseButton.LeftButton)
    press_ok(qtbot)(again)
    assert again.closing is not None and again.closing.may_tell == [dc.Audience.MENTOR]


def test_new_conversation_offers_only_fitting_people_and_enter_presses_ok(
    qtbot: QtBot, setup: tuple[InterviewService, int]
) -> None:
    interviews, case_id = setup
    cases = interviews.cases
    cases.add_person(case_id, PersonInput("Mevr. Kramer", dc.Role.PARENT))
    cases.add_person(case_id, PersonInput("Bram Jansen", dc.Role.DISTRIBUTOR))
    cases.add_person(case_id, PersonInput("Dhr. Jansen", dc.Role.PARENT))
    dialog = NewInterviewDialog(interviews, case_id, "nl", None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    def offered() -> list[str]:
        return [dialog.person.itemText(i) for i in range(dialog.person.count())]

    def choose(kind: str) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))

    choose("victim_parents")
    assert dialog.person.currentText().startswith("Mevr. Kramer")
    assert not any("Jansen" in text for text in offered())
    # The victim's mother is never the partner of a distributor's parents' conversation.
    choose("distributor_parents")
    assert dialog.person.currentText().startswith("Dhr. Jansen")
    assert not any("Kramer" in text for text in offered())
    choose("class")
    assert offered() == ["—"] and dialog.person.currentData() is None
    # The longer texts of the distributor kinds fit: the dialog grew, no sideways scrolling.
    choose("distributor")
    area = dialog.findChild(ScrollingArea)
    assert area is not None
    content = area.widget()
    qtbot.waitUntil(
        lambda: (
            content.width() >= content.minimumSizeHint().width()
            and not area.horizontalScrollBar().isVisible()
        )
    )
    # Enter on the closed "Conversation with" combo presses OK; it is not swallowed.
    dialog.kind.setFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Return)
    assert dialog.result() == NewInterviewDialog.DialogCode.Accepted
    assert dialog.interview_id is not None
    record = interviews.get(dialog.interview_id)
    assert record.with_role == "distributor" and record.person_name == "Bram Jansen"


def test_fitting_people_without_a_distributor_keeps_the_victims_parent_out() -> None:
    from adviser_desk.domain.conversations import ConversationType
    from adviser_desk.ui.interview.conversation_dialogs import fitting_people

    people = [
        dc.PersonInCase(1, 1, "Daan Kramer", dc.Role.VICTIM),
        dc.PersonInCase(2, 2, "Mevr. Kramer", dc.Role.PARENT),
        dc.PersonInCase(3, 3, "Els de Vries", dc.Role.PARENT),
    ]
    names = [p.name for p in fitting_people(ConversationType.DISTRIBUTOR_PARENTS, people)]
    assert names == ["Els de Vries"]
    names = [p.name for p in fitting_people(ConversationType.VICTIM_PARENTS, people)]
    assert names == ["Mevr. Kramer", "Els de Vries"]


def test_a_class_conversation_flags_the_victims_name(
    qtbot: QtBot, setup: tuple[InterviewService, int]
) -> None:
    interviews, case_id = setup
    interview, window = shown_window(qtbot, interviews, case_id, "class")
    qtbot.keyClicks(window.input, "Wie van jullie heeft de foto van Daan gedeeld?")
    assert "names the victim" in window.finding_label.text()
    # English quotation marks, not guillemets (walk 14, W14-15).
    assert "“Daan”" in window.finding_label.text()
    assert "«" not in window.finding_label.text()
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    line = interviews.get(interview).lines[0]
    assert "names_victim" in line.findings
    assert "names the victim (rule)" in window.model.index(0, 3).data()


def test_the_checker_quotes_with_the_dutch_marks_in_dutch(
    qtbot: QtBot, setup: tuple[InterviewService, int]
) -> None:
    """In the Dutch window the checker quotes with Dutch marks, neither guillemets nor the
    English ones (walk 14, W14-15)."""
    from adviser_desk.ui.common import i18n

    interviews, case_id = setup
    assert i18n.install("nl")
    try:
        _interview, window = shown_window(qtbot, interviews, case_id, "class")
        qtbot.keyClicks(window.input, "Wie van jullie heeft de foto van Daan gedeeld?")
        text = window.finding_label.text()
    finally:
        i18n.install("en")
    assert "\u2018Daan\u2019" in text and "\u00ab" not in text and "\u201c" not in text, text


def test_closing_with_a_line_not_yet_entered_asks_and_keeps_it(
    qtbot: QtBot, setup: tuple[InterviewService, int]
) -> None:
    interviews, case_id = setup
    interview, window = shown_window(qtbot, interviews, case_id, "victim")
    qtbot.keyClicks(window.input, "Wat is er gebeurd?")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    qtbot.keyClicks(window.input, "Er was een nepaccount met mijn foto")
    seen: list[str] = []
    # Escape first: Cancel keeps the window and the typed words.
    _answer_next_box(qtbot, QMessageBox.StandardButton.Cancel, seen)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible() and window.input.text() == "Er was een nepaccount met mijn foto"
    # Then the Close button: "Add the line" stores it as the student's answer, then closes.
    _answer_next_box(qtbot, QMessageBox.StandardButton.Save, seen)
    close = window.findChild(QDialogButtonBox)
    assert close is not None
    qtbot.mouseClick(close.button(QDialogButtonBox.StandardButton.Close), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert len(seen) == 2 and "nepaccount" in seen[0]
    lines = interviews.get(interview).lines
    assert [(line.speaker, line.text) for line in lines][-1] == (
        "student",
        "Er was een nepaccount met mijn foto",
    )


def test_closing_with_a_note_not_yet_added_asks_and_keeps_it(
    qtbot: QtBot, setup: tuple[InterviewService, int]
) -> None:
    """A note typed in Note (Alt+O) but not added went without a word when the window closed;
    closing now asks about it as it asks about a line typed in Said."""
    interviews, case_id = setup
    interview, window = shown_window(qtbot, interviews, case_id, "victim")
    activate(qtbot, window)
    qtbot.keyClick(window.input, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert window.note.hasFocus()
    qtbot.keyClicks(window.note, "Leerling huilt, even pauze")
    seen: list[str] = []
    # Escape first: Cancel keeps the window and the typed note.
    _answer_next_box(qtbot, QMessageBox.StandardButton.Cancel, seen)
    qtbot.keyClick(window.note, Qt.Key.Key_Escape)
    assert window.isVisible() and window.note.text() == "Leerling huilt, even pauze"
    # Then the Close button: "Add the note" stores it as a note, then closes.
    _answer_next_box(qtbot, QMessageBox.StandardButton.Save, seen)
    close = window.findChild(QDialogButtonBox)
    assert close is not None
    qtbot.mouseClick(close.button(QDialogButtonBox.StandardButton.Close), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert len(seen) == 2 and seen[0].startswith("The note you typed has not been added yet")
    lines = interviews.get(interview).lines
    assert [(line.speaker, line.text) for line in lines] == [("note", "Leerling huilt, even pauze")]


def test_in_dutch_the_questions_on_closing_say_add_and_throw_away_and_alt_w_throws_away(
    qtbot: QtBot, setup: tuple[InterviewService, int], modals: Modals
) -> None:
    """Walk F: the questions about a line and a note typed but not added said "ingevoerd" for
    the line and "toegevoegd" for the note (both buttons say Toevoegen), lacked the comma of
    the app's other sentences, and offered Qt's "Verwerpen" where the app says "weggooien".
    Alt+W on each question now throws that text away: the window closes, nothing stored."""
    from adviser_desk.services import question_checking
    from adviser_desk.ui.common import i18n

    interviews, case_id = setup
    assert i18n.install("nl")
    seen: list[tuple[str, str, list[str]]] = []

    def throw_away(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown = [b.text() for b in box.buttons() if b.isVisible()]
        seen.append((box.windowTitle(), box.text(), sorted(shown)))
        activate(qtbot, box)
        qtbot.keyClick(box, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)

    try:
        interview, window = shown_window(qtbot, interviews, case_id, "victim")
        # Loaded before the window closes with a line typed (its late check needs the file).
        qtbot.waitUntil(question_checking.semantic_ready, timeout=120_000)
        activate(qtbot, window)
        qtbot.keyClicks(window.input, "Vertel eens wat er gebeurd is.")
        qtbot.keyClick(window.input, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
        qtbot.keyClicks(window.note, "Daan kijkt weg")
        modals.expect(QMessageBox, throw_away).expect(QMessageBox, throw_away)
        close = window.findChild(QDialogButtonBox)
        assert close is not None
        click(qtbot, close.button(QDialogButtonBox.StandardButton.Close))
        modals.wait_done()
        qtbot.waitUntil(lambda: not window.isVisible())
    finally:
        i18n.install("en")
    assert seen == [
        (
            "Regel niet toegevoegd",
            "De regel die je typte, is nog niet toegevoegd:\n"
            "\u2018Vertel eens wat er gebeurd is.\u2019\n\nToevoegen voordat je sluit?",
            ["&Annuleren", "Regel &toevoegen", "Regel &weggooien"],
        ),
        (
            "Notitie niet toegevoegd",
            "De notitie die je typte, is nog niet toegevoegd:\n"
            "\u2018Daan kijkt weg\u2019\n\nToevoegen voordat je sluit?",
            ["&Annuleren", "Notitie &toevoegen", "Notitie &weggooien"],
        ),
    ], seen
    assert interviews.get(interview).lines == ()


def _window_system_close(window: QWidget) -> None:
    """What the window manager's close button does: a close event delivered to the window's
    QWindow, which reaches the widget as a spontaneous QCloseEvent (on X the real one is
    sent by the window manager: tests/journey/test_window_manager_close.py)."""
    handle = window.windowHandle()
    assert handle is not None
    QApplication.sendEvent(handle, QCloseEvent())


def test_the_window_systems_close_asks_about_a_typed_line_and_the_program_never_does(
    qtbot: QtBot, setup: tuple[InterviewService, int]
) -> None:
    interviews, case_id = setup
    interview, window = shown_window(qtbot, interviews, case_id, "victim")
    qtbot.keyClicks(window.input, "Hij zei dat ik het niet mocht vertellen")
    seen: list[str] = []
    # The window's X: Cancel keeps the window and the words.
    _answer_next_box(qtbot, QMessageBox.StandardButton.Cancel, seen)
    _window_system_close(window)
    assert window.isVisible() and "niet mocht vertellen" in window.input.text()
    # Again: Discard closes without the line.
    _answer_next_box(qtbot, QMessageBox.StandardButton.Discard, seen)
    _window_system_close(window)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert len(seen) == 2 and all("niet mocht vertellen" in text for text in seen)
    assert all("vertellen" not in line.text for line in interviews.get(interview).lines)
    # A close by the program (the lock, a test's teardown) never asks: no box may appear,
    # else this would wait in the question's loop.
    window.show()
    qtbot.waitExposed(window)
    qtbot.keyClicks(window.input, "Nog een zin")
    appeared: list[str] = []

    def refuse() -> None:  # a question that should not come fails the test, not hangs it
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            appeared.append(box.text())
            box.reject()

    guard = QTimer()
    guard.setInterval(50)
    guard.timeout.connect(refuse)
    guard.start()
    window.close()
    guard.stop()
    assert not window.isVisible() and not appeared


def test_escape_in_the_closing_dialog_keeps_what_was_typed_until_closed(
    qtbot: QtBot, setup: tuple[InterviewService, int], modals: Modals
) -> None:
    """Walk 4, W4: Escape (or Cancel) in 'Close the interview' threw away the agreements, the
    wishes and the follow-up tasks. Opened again by its button, the dialog shows them; once
    the interview is closed with them, the draft is gone."""
    from adviser_desk.ui.interview.conversation_dialogs import ClosingDialog
    from tests.ui.drive import activate, click

    interviews, case_id = setup
    interview, window = shown_window(qtbot, interviews, case_id, "victim")
    activate(qtbot, window)

    def type_and_escape(closing: QWidget) -> None:
        assert isinstance(closing, ClosingDialog)
        activate(qtbot, closing)
        closing.agreements.setFocus()
        qtbot.keyClicks(closing.agreements, "Niet reageren, morgen verder")
        closing.wishes.setFocus()
        qtbot.keyClicks(closing.wishes, "Niet de hele klas")
        click(qtbot, closing.may_tell.boxes[dc.Audience.PARENTS])
        closing.follow_up.setFocus()
        qtbot.keyClicks(closing.follow_up, "Ouders bellen")
        qtbot.keyClick(closing.follow_up, Qt.Key.Key_Escape)

    seen: list[tuple[str, str, str, list[dc.Audience]]] = []

    def read_and_cancel(closing: QWidget) -> None:
        assert isinstance(closing, ClosingDialog)
        seen.append(
            (
                closing.agreements.toPlainText(),
                closing.wishes.toPlainText(),
                closing.follow_up.toPlainText(),
                closing.may_tell.values(),
            )
        )
        assert closing.buttons is not None
        click(qtbot, closing.buttons.button(QDialogButtonBox.StandardButton.Cancel))

    def read_and_ok(closing: QWidget) -> None:
        assert isinstance(closing, ClosingDialog)
        seen.append(
            (
                closing.agreements.toPlainText(),
                closing.wishes.toPlainText(),
                closing.follow_up.toPlainText(),
                closing.may_tell.values(),
            )
        )
        press_ok(qtbot)(closing)

    typed = ("Niet reageren, morgen verder", "Niet de hele klas", "Ouders bellen")
    modals.expect(ClosingDialog, type_and_escape)
    click(qtbot, window.close_button)
    modals.wait_done()
    assert window.isVisible() and window.input.isEnabled()  # Escape left it open
    # Opened again (Space on the focused button): what was typed is there; Cancel keeps it too.
    modals.expect(ClosingDialog, read_and_cancel)
    activate(qtbot, window)
    window.close_button.setFocus()
    qtbot.keyClick(window.close_button, Qt.Key.Key_Space)
    modals.wait_done()
    modals.expect(ClosingDialog, read_and_ok)
    activate(qtbot, window)
    window.close_button.setFocus()
    qtbot.keyClick(window.close_button, Qt.Key.Key_Space)
    modals.wait_done()
    assert seen == [(*typed, [dc.Audience.PARENTS])] * 2
    assert interviews.get(interview).status != "open"
    assert any(t.title == "Ouders bellen" for t in interviews.cases.tasks(case_id))
    assert window.closing_draft is None


def test_every_alt_letter_of_the_closing_dialog_reaches_its_field(
    qtbot: QtBot, setup: tuple[InterviewService, int], modals: Modals
) -> None:
    """Walk 5, W5-4: in Dutch 'Gesprek afsluiten' the underlined letters of Openbaarheid,
    Wordt nog verspreid and Psychologische hulp nodig did nothing: their label's buddy was
    the row holding the field and the case's answer beside it, which takes no focus."""
    from adviser_desk.ui.common import i18n, mnemonics
    from adviser_desk.ui.interview.conversation_dialogs import ClosingDialog

    interviews, case_id = setup
    assert i18n.install("nl")
    try:
        _, window = shown_window(qtbot, interviews, case_id, "victim")
        activate(qtbot, window)
        reached: dict[str, bool] = {}

        def press_letters(closing: QWidget) -> None:
            assert isinstance(closing, ClosingDialog)
            activate(qtbot, closing)
            fields = {
                "Openbaarheid": closing.publicity,
                "Wordt nog verspreid": closing.spreading,
                "Vermoeden van strafbaar feit": closing.offence,
                "Psychologische hulp nodig": closing.psych,
                "Beelden": closing.images,
            }
            for label in closing.findChildren(QLabel):
                name = label.text().replace("&", "").rstrip(": ")
                if name not in fields:
                    continue
                letter = mnemonics.mnemonic_of(label.text())
                assert letter, f"{name} has no Alt letter"
                closing.agreements.setFocus()
                qtbot.keyClick(
                    QApplication.focusWidget(),
                    Qt.Key(ord(letter.upper())),
                    Qt.KeyboardModifier.AltModifier,
                )
                reached[name] = QApplication.focusWidget() is fields[name]
            click(
                qtbot,
                closing.findChild(QDialogButtonBox).button(  # type: ignore[union-attr]
                    QDialogButtonBox.StandardButton.Cancel
                ),
            )

        modals.expect(ClosingDialog, press_letters)
        click(qtbot, window.close_button)
        modals.wait_done()
        assert reached == dict.fromkeys(
            (
                "Openbaarheid",
                "Wordt nog verspreid",
                "Vermoeden van strafbaar feit",
                "Psychologische hulp nodig",
                "Beelden",
            ),
            True,
        )
    finally:
        i18n.install("en")


def test_the_add_buttons_add_the_line_and_the_note_for_a_mouse_user(
    qtbot: QtBot, setup: tuple[InterviewService, int]
) -> None:
    interviews, case_id = setup
    interview, window = shown_window(qtbot, interviews, case_id, "victim")
    qtbot.keyClicks(window.input, "Wat is er gebeurd?")
    click(qtbot, window.add_line_button)
    assert window.input.text() == "" and window.speaker == "student"
    qtbot.keyClicks(window.note, "Daan kijkt weg.")
    click(qtbot, window.add_note_button)
    lines = interviews.get(interview).lines
    assert [(line.speaker, line.text) for line in lines] == [
        ("adviser", "Wat is er gebeurd?"),
        ("note", "Daan kijkt weg."),
    ]
    assert window.note.text() == "" and window.model.rowCount() == 2


def test_tab_from_each_field_goes_to_its_own_add_button(
    qtbot: QtBot, setup: tuple[InterviewService, int]
) -> None:
    """Walk F, WF-2: Tab from Note went to Said's Add (the buttons followed the fields in the
    order they were made), and a line typed next was entered as said."""
    interviews, case_id = setup
    _, window = shown_window(qtbot, interviews, case_id, "victim")
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    reached = []
    for field, own in (
        (window.note, window.add_note_button),
        (window.input, window.add_line_button),
    ):
        qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
        assert field.hasFocus()
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget() is own)
        qtbot.keyClick(own, Qt.Key.Key_Backtab)
        reached.append(field.hasFocus())
    assert reached == [True, True, True, True], reached
