"""Every kind of conversation through the real window: the Interviews tab's button, the New
conversation dialog (its kind, who takes part, the age band), that kind's guide and checker in
the interview window, its closing and its printed record. Only the OS file chooser is
answered by the test."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.ui.interview.conversation_dialogs import ClosingDialog, NewInterviewDialog
from adviser_desk.ui.interview.interview_window import InterviewWindow
from adviser_desk.ui.shell.main_window import MainWindow
from tests.ui.conftest import exposing_case_on_tab
from tests.ui.drive import (
    FileDialogs,
    Modals,
    activate,
    button_named,
    click,
    press_ok,
)


def case_with_two_distributors(
    qtbot: QtBot, path: Path, modals: Modals, files: FileDialogs
) -> MainWindow:
    people = [
        ("Sanne de Vries", dc.Role.VICTIM),
        ("Daan Kramer", dc.Role.DISTRIBUTOR),
        ("Mila Jansen", dc.Role.DISTRIBUTOR),
    ]
    return exposing_case_on_tab(qtbot, path, modals, files, people, "Interviews")[0]


def choose(qtbot: QtBot, combo: QComboBox, data: str) -> None:
    """Picks an entry with the keyboard, as a user does: focus, then arrow keys."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0, data
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def new_conversation_button(window: MainWindow) -> QPushButton:
    button = window.page.case_view.findChild(QPushButton, "new_interview")  # Interviews tab
    assert isinstance(button, QPushButton)
    return button


def test_a_distributor_conversation_from_start_to_printed_record(
    qtbot: QtBot,
    closed_case: tuple[Path, str],
    modals: Modals,
    files: FileDialogs,
    tmp_path: Path,
) -> None:
    window = case_with_two_distributors(qtbot, closed_case[0], modals, files)
    seen: dict[str, object] = {}

    def start(dialog: QWidget) -> None:
        assert isinstance(dialog, NewInterviewDialog)
        activate(qtbot, dialog)
        choose(qtbot, dialog.kind, "distributor")
        assert dialog.person.currentText().startswith("Daan Kramer")  # a distributor first
        note = dialog.findChild(QLabel, "repeat_note")
        assert note is not None and note.isVisible() and "Several distributors" in note.text()
        box = dialog.findChild(QCheckBox, "takes_part_mentor")
        assert box is not None
        click(qtbot, box)
        choose(qtbot, dialog.age_band, "upper_secondary")
        choose(qtbot, dialog.language, "nl")  # the conversation is held in Dutch
        press_ok(qtbot)(dialog)

    def converse(dialog: QWidget) -> None:
        assert isinstance(dialog, InterviewWindow)
        activate(qtbot, dialog)
        heading = dialog.findChild(QLabel, "heading")
        assert heading is not None and "A distributor: Daan Kramer" in heading.text()
        phases = [dialog.phases.item(i).text() for i in range(dialog.phases.count())]
        assert "De ernst duidelijk maken" in phases  # the distributor's guide, in Dutch
        note = dialog.guide_panel.profile_note
        assert note.isVisible() and "not flagged as blame" in note.text()
        # The seriousness phase, worded for upper secondary / MBO.
        dialog.phases.setFocus()
        while dialog.phases.currentItem().text() != "De ernst duidelijk maken":
            qtbot.keyClick(dialog.phases, Qt.Key.Key_Down)
        advice = dialog.guide_panel.advice.toPlainText()
        assert "ook voor wie zelf 18 is" in advice
        # Confronting the distributor is not blame; a secrecy promise is still flagged.
        dialog.input.setFocus()
        qtbot.keyClicks(dialog.input, "Waarom heb je die foto doorgestuurd?")
        assert dialog.finding_label.text() == ""
        qtbot.keyClick(dialog.input, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.input, "Iedereen deed het.")
        qtbot.keyClick(dialog.input, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.input, "Dit blijft tussen ons.")
        assert "secrecy" in dialog.finding_label.text().lower()
        dialog.input.clear()
        # A prompt from the guide, chosen with the keyboard, is typed into the input.
        dialog.prompts.setFocus()
        dialog.prompts.setCurrentRow(0)
        qtbot.keyClick(dialog.prompts, Qt.Key.Key_Return)
        assert dialog.input.text() == "Wat denk je dat dit voor de ander betekent?"
        assert dialog.model.index(1, 1).data() == "Student"
        seen["interview"] = dialog.interview_id
        modals.expect(ClosingDialog, close_it)
        click(qtbot, dialog.close_button)
        files.save(tmp_path / "verspreider.pdf")
        modals.accept_box()  # "Record saved"
        click(qtbot, button_named(dialog, "Save record as PDF…"))
        assert not dialog.input.isEnabled()  # closed: the record cannot change
        click(qtbot, button_named(dialog, "Close"))

    def close_it(dialog: QWidget) -> None:
        assert isinstance(dialog, ClosingDialog)
        activate(qtbot, dialog)
        assert not dialog.may_tell.isVisible() and not dialog.wishes.isVisible()
        consent = dialog.findChild(QLabel, "consent_note")
        assert consent is not None and consent.isVisible()
        dialog.agreements.setFocus()
        qtbot.keyClicks(dialog.agreements, "Daan verwijdert alles vandaag.")
        dialog.follow_up.setFocus()
        qtbot.keyClicks(dialog.follow_up, "Ouders van Daan bellen")
        press_ok(qtbot)(dialog)

    modals.expect(NewInterviewDialog, start)
    modals.expect(InterviewWindow, converse)
    click(qtbot, new_conversation_button(window))
    modals.wait_done()
    assert window.session is not None
    interviews = window.session.interviews
    row = interviews.get(int(str(seen["interview"])))
    assert row.with_role == "distributor" and row.age_band == "upper_secondary"
    assert row.present == "De mentor" and row.follow_up == ("Ouders van Daan bellen",)
    assert [line.findings for line in row.lines] == [(), ()]
    text = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "verspreider.pdf").pages)
    assert "A distributor" in text and "Ouders van Daan bellen" in text
    assert "Not decided in this conversation." in text

    # The second distributor's conversation: Mila, the one not spoken with yet, comes first.
    def second(dialog: QWidget) -> None:
        assert isinstance(dialog, NewInterviewDialog)
        activate(qtbot, dialog)
        choose(qtbot, dialog.kind, "distributor")
        assert dialog.person.currentText().startswith("Mila Jansen")
        assert "so far: 1" in dialog.repeat_note.text()
        assert dialog.age_band.currentData() == "upper_secondary"  # the case's band
        choose(qtbot, dialog.kind, "class")
        assert not dialog.repeat_note.isVisible()
        assert dialog.findChild(QCheckBox, "takes_part_class") is not None
        click(qtbot, button_named(dialog, "Cancel"))

    modals.expect(NewInterviewDialog, second)
    click(qtbot, new_conversation_button(window))
    modals.wait_done()


def test_a_class_conversation_uses_the_class_guide_and_checks_a_group(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    window = case_with_two_distributors(qtbot, closed_case[0], modals, files)

    def start(dialog: QWidget) -> None:
        assert isinstance(dialog, NewInterviewDialog)
        activate(qtbot, dialog)
        choose(qtbot, dialog.kind, "class")
        choose(qtbot, dialog.age_band, "primary")
        choose(qtbot, dialog.language, "nl")
        press_ok(qtbot)(dialog)

    def converse(dialog: QWidget) -> None:
        assert isinstance(dialog, InterviewWindow)
        activate(qtbot, dialog)
        assert "The class or year group" in dialog.windowTitle()
        prompts = [dialog.prompts.item(i).text() for i in range(dialog.prompts.count())]
        dialog.phases.setFocus()
        while dialog.phases.currentItem().text() != "Opening":
            qtbot.keyClick(dialog.phases, Qt.Key.Key_Up)
        prompts = [dialog.prompts.item(i).text() for i in range(dialog.prompts.count())]
        assert "Ik wil met jullie praten over iets vervelends dat op internet is gebeurd." in (
            prompts
        )
        keys = [
            dialog.checklist.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(dialog.checklist.count())
        ]
        assert "forwarding" in keys and "delete" in keys
        dialog.input.setFocus()
        qtbot.keyClicks(dialog.input, "Wie van jullie heeft iets over Lotte op Instagram gezien?")
        assert dialog.finding_label.text() == ""  # a group: names and yes/no not flagged
        dialog.input.clear()
        # ... except the victim's own name (Sanne de Vries), which the class must not hear.
        qtbot.keyClicks(dialog.input, "Wie van jullie heeft iets over Sanne op Instagram gezien?")
        assert [f.kind for f in dialog.findings] == ["names_victim"]
        dialog.input.clear()
        qtbot.keyClicks(dialog.input, "Waarom heb je die foto gemaakt?")
        assert "blam" in dialog.finding_label.text().lower()  # blaming the victim still is
        dialog.input.clear()
        click(qtbot, button_named(dialog, "Close"))

    modals.expect(NewInterviewDialog, start)
    modals.expect(InterviewWindow, converse)
    click(qtbot, new_conversation_button(window))
    modals.wait_done()
