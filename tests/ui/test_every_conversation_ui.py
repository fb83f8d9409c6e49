"""Each kind of conversation the protocol asks for, run end to end through the real window
(issue 16, "each conversation type can be run, checked, closed and printed"): the Interviews
tab's button, the New conversation dialog (kind and age band chosen by keyboard), that kind's
guide in the interview window with the age band's wording, its checker profile on typed
questions, the Close button with its closing dialog, and the record saved as PDF and read back.
Only the OS file chooser is answered by the test."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.domain.conversations import TYPE_LABELS, ConversationType
from adviser_desk.domain.interview_guide import InterviewGuide, Phase, Wording
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
    expect_print_to_file,
    press_ok,
)
from tests.ui.test_conversations_ui import choose, new_conversation_button

SECRECY = {"nl": "Dit blijft tussen ons.", "en": "I promise this stays between us."}
OPEN_QUESTION = {"nl": "Wat is er gebeurd?", "en": "What happened?"}
# The same words are blame to a victim and the point of the talk with a distributor.
CONFRONTING = {
    "nl": "Waarom heb je die foto doorgestuurd?",
    "en": "Why did you forward the picture?",
}


@dataclass(frozen=True)
class Kind:
    kind: ConversationType
    language: str  # the language the conversation is held in (both are covered)
    person: str  # who the dialog proposes first ("" for the class: a group)
    asks_consent: bool  # the closing asks who may be told
    confronting_is_blame: bool | None  # None: not asserted for this kind


KINDS = [
    Kind(ConversationType.VICTIM, "nl", "Sanne de Vries", True, True),
    Kind(ConversationType.VICTIM_PARENTS, "en", "Petra de Vries", True, None),
    Kind(ConversationType.DISTRIBUTOR, "nl", "Daan Kramer", False, False),
    Kind(ConversationType.DISTRIBUTOR_PARENTS, "en", "Erik Kramer", False, False),
    Kind(ConversationType.CLASS, "nl", "", False, None),
    Kind(ConversationType.EVALUATION, "en", "Sanne de Vries", True, None),
]


def band_variant(guide: InterviewGuide) -> tuple[Phase, Wording, str]:
    """The first do, don't or prompt of the guide that has its own wording for an age band."""
    for phase in guide.phases:
        for part in ("do", "dont", "prompts"):
            for wording in getattr(phase, part):
                if wording.bands:
                    return phase, wording, str(next(iter(wording.bands)))
    raise AssertionError(f"the {guide.type} guide adapts nothing to the student's age band")


def case_with_everyone(
    qtbot: QtBot, path: Path, modals: Modals, files: FileDialogs
) -> tuple[MainWindow, int]:
    people = [
        ("Sanne de Vries", dc.Role.VICTIM),
        ("Petra de Vries", dc.Role.PARENT),
        ("Daan Kramer", dc.Role.DISTRIBUTOR),
        ("Erik Kramer", dc.Role.PARENT),
    ]
    return exposing_case_on_tab(qtbot, path, modals, files, people, "Interviews")


@pytest.mark.parametrize("spec", KINDS, ids=lambda spec: str(spec.kind))
def test_each_conversation_is_started_checked_closed_and_printed(
    qtbot: QtBot,
    closed_case: tuple[Path, str],
    modals: Modals,
    files: FileDialogs,
    tmp_path: Path,
    spec: Kind,
) -> None:
    window, case_id = case_with_everyone(qtbot, closed_case[0], modals, files)
    assert window.session is not None
    interviews = window.session.interviews
    guide = interviews.guide_for(str(spec.kind))
    phase, wording, band = band_variant(guide)
    language = spec.language
    label = TYPE_LABELS[spec.kind]
    pdf = tmp_path / f"{spec.kind}.pdf"
    follow_up = f"Terugbellen na gesprek {spec.kind}"
    seen: dict[str, int] = {}

    def start(dialog: QWidget) -> None:
        assert isinstance(dialog, NewInterviewDialog)
        activate(qtbot, dialog)
        choose(qtbot, dialog.kind, str(spec.kind))
        if spec.person:
            assert dialog.person.currentText().startswith(spec.person)
        choose(qtbot, dialog.age_band, band)
        choose(qtbot, dialog.language, language)
        press_ok(qtbot)(dialog)

    def converse(dialog: QWidget) -> None:
        assert isinstance(dialog, InterviewWindow)
        activate(qtbot, dialog)
        assert label in dialog.windowTitle()
        # This kind's own guide, in the conversation's language.
        shown = [dialog.phases.item(i).text() for i in range(dialog.phases.count())]
        assert shown == [p.heading(language) for p in guide.phases]
        # The phase with a band variant shows the band's wording, not the base one.
        dialog.phases.setFocus()
        dialog.phases.setCurrentRow(0)
        while dialog.phases.currentItem().text() != phase.heading(language):
            qtbot.keyClick(dialog.phases, Qt.Key.Key_Down)
        texts = dialog.guide_panel.advice.toPlainText() + "\n".join(
            dialog.prompts.item(i).text() for i in range(dialog.prompts.count())
        )
        assert wording.say(language, band) in texts
        assert wording.say(language) != wording.say(language, band)
        assert wording.say(language) not in texts
        # The live checker with this kind's profile.
        dialog.input.setFocus()
        qtbot.keyClicks(dialog.input, SECRECY[language])
        assert [f.kind for f in dialog.findings] == ["secrecy_promise"]
        dialog.input.clear()
        if spec.confronting_is_blame is not None:
            qtbot.keyClicks(dialog.input, CONFRONTING[language])
            blamed = "blaming" in {f.kind for f in dialog.findings}
            assert blamed is spec.confronting_is_blame
            dialog.input.clear()
        qtbot.keyClicks(dialog.input, OPEN_QUESTION[language])
        assert dialog.findings == []
        qtbot.keyClick(dialog.input, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.input, "Ik weet het niet precies.")
        qtbot.keyClick(dialog.input, Qt.Key.Key_Return)
        seen["interview"] = dialog.interview_id
        modals.expect(ClosingDialog, close_it)
        click(qtbot, dialog.close_button)
        files.save(pdf)
        modals.accept_box()  # "Record saved"
        click(qtbot, button_named(dialog, "Save record as PDF…"))
        assert not dialog.input.isEnabled()  # closed: the record cannot change
        click(qtbot, button_named(dialog, "Close"))

    def close_it(dialog: QWidget) -> None:
        assert isinstance(dialog, ClosingDialog)
        activate(qtbot, dialog)
        assert dialog.may_tell.isVisible() is spec.asks_consent
        dialog.agreements.setFocus()
        qtbot.keyClicks(dialog.agreements, "Over een week weer spreken.")
        if spec.asks_consent:
            box = dialog.findChild(QCheckBox, "check_mentor")
            assert box is not None
            click(qtbot, box)
        dialog.follow_up.setFocus()
        qtbot.keyClicks(dialog.follow_up, follow_up)
        press_ok(qtbot)(dialog)

    modals.expect(NewInterviewDialog, start)
    modals.expect(InterviewWindow, converse)
    click(qtbot, new_conversation_button(window))
    modals.wait_done()

    record = interviews.get(seen["interview"])
    assert record.with_role == spec.kind and record.age_band == band
    assert record.status == "closed" and record.follow_up == (follow_up,)
    assert [line.text for line in record.lines] == [
        OPEN_QUESTION[language],
        "Ik weet het niet precies.",
    ]
    assert any(task.title == follow_up for task in window.session.cases.tasks(case_id))
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    flat = " ".join(text.split())
    assert label in flat  # the record names the kind of conversation (in the app's language)
    assert "Follow-up tasks" in flat and follow_up in flat
    assert "Who may be told" in flat
    if spec.asks_consent:
        assert "Mentor" in flat.split("Who may be told", 1)[1]
    else:
        assert "Not decided in this conversation." in flat


def test_a_conversation_record_is_printed_from_its_window(
    qtbot: QtBot,
    closed_case: tuple[Path, str],
    modals: Modals,
    files: FileDialogs,
    tmp_path: Path,
) -> None:
    """Print record…: Qt's print preview, its Print button, the print dialog (no printer is
    installed here, so it prints into a file); the audit chain records the printed PDF's
    SHA-256. Issue 16: each conversation can be printed, not only saved as a PDF."""

    from adviser_desk.domain.audit_actions import AuditAction

    window, _ = case_with_everyone(qtbot, closed_case[0], modals, files)
    assert window.session is not None
    printed = tmp_path / "afgedrukt.pdf"

    def start(dialog: QWidget) -> None:
        assert isinstance(dialog, NewInterviewDialog)
        activate(qtbot, dialog)
        choose(qtbot, dialog.kind, str(ConversationType.VICTIM_PARENTS))
        press_ok(qtbot)(dialog)

    def converse(dialog: QWidget) -> None:
        assert isinstance(dialog, InterviewWindow)
        activate(qtbot, dialog)
        dialog.input.setFocus()
        qtbot.keyClicks(dialog.input, "Hoe gaat het thuis met uw kind?")
        qtbot.keyClick(dialog.input, Qt.Key.Key_Return)
        proposed.append(expect_print_to_file(qtbot, modals, printed))
        click(qtbot, button_named(dialog, "Print record…"))
        modals.wait_done(timeout=60_000)
        click(qtbot, button_named(dialog, "Close"))

    proposed: list[list[str]] = []  # filled once the print dialog opens
    modals.expect(NewInterviewDialog, start)
    modals.expect(InterviewWindow, converse)
    click(qtbot, new_conversation_button(window))
    modals.wait_done(timeout=60_000)
    qtbot.waitUntil(printed.exists, timeout=30_000)
    # Print to file proposed the name Save as PDF… proposes (walk 6, W6-5: ~/<title>.pdf),
    # marked as printed (walk 14, W14-13).
    assert [Path(p).name for p in proposed[0]] == ["2026-001 interview record (printed).pdf"]
    # The paper is the record's pages painted as images (pdf_print), so there is no text to
    # read back: its pages are counted, and the audit chain names the printed record.
    assert len(PdfReader(printed).pages) >= 1
    rows = window.session.file.audit_rows()
    assert rows[-1].action == AuditAction.INTERVIEW_RECORD_PRINTED
    assert rows[-1].subject == "2026-001" and rows[-1].actor == "Marieke Jansen"


def test_saving_the_record_speaks_dutch_in_the_dutch_window(
    qtbot: QtBot,
    closed_case: tuple[Path, str],
    modals: Modals,
    files: FileDialogs,
    tmp_path: Path,
) -> None:
    """The Save record as PDF… strings moved to record_pdf.py behind a wrapper lupdate cannot
    see; the Dutch window then said 'Record saved' and 'The record was saved unencrypted'."""
    from adviser_desk.ui.common import i18n

    assert i18n.install("nl")
    try:
        window, _ = case_with_everyone_dutch(qtbot, closed_case[0], modals, files)
        target = tmp_path / "verslag.pdf"

        def start(dialog: QWidget) -> None:
            assert isinstance(dialog, NewInterviewDialog)
            activate(qtbot, dialog)
            press_ok(qtbot)(dialog)

        def converse(dialog: QWidget) -> None:
            assert isinstance(dialog, InterviewWindow)
            activate(qtbot, dialog)
            files.save(target)
            modals.accept_box()
            click(qtbot, button_named(dialog, "Verslag opslaan als pdf…"))
            modals.wait_done()
            assert button_named(dialog, "Verslag afdrukken…").isEnabled()
            click(qtbot, button_named(dialog, "Sluiten"))

        modals.expect(NewInterviewDialog, start)
        modals.expect(InterviewWindow, converse)
        click(qtbot, new_conversation_button(window))
        modals.wait_done()
        assert target.exists()
        # the chooser proposed a Dutch name, not "2026-001 interview record.pdf"
        assert Path(files.proposed[-1]).name == "2026-001 gespreksverslag.pdf"
        assert modals.texts[-1] == f"Het verslag is onversleuteld opgeslagen als {target}."
    finally:
        i18n.install("en")


def case_with_everyone_dutch(
    qtbot: QtBot, path: Path, modals: Modals, files: FileDialogs
) -> tuple[MainWindow, int]:
    people = [("Sanne de Vries", dc.Role.VICTIM)]
    return exposing_case_on_tab(
        qtbot, path, modals, files, people, "Gesprekken", images=dc.ImagesState.UNKNOWN
    )
