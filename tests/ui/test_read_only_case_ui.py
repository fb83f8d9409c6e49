"""A letter and a conversation of a handed-over case, opened by Open… on their tabs: shown to
be read, printed and saved as PDF, with a banner saying why nothing can be changed (walk 4:
Open… gave an editor that took typing and refused only at save). Only the OS file chooser
is answered by the test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import letters as dl
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.demo import fill_demo
from adviser_desk.services.session import CaseFileSession
from adviser_desk.storage import kdf
from adviser_desk.ui.interview.interview_window import InterviewWindow
from adviser_desk.ui.letters.letter_editor import LetterEditor
from tests.conftest import NEW_PASSWORD, PASSWORD, copy_of
from tests.ui.conftest import open_case, open_window
from tests.ui.drive import FileDialogs, Modals, button_named, click, click_row

TODAY = date(2026, 11, 22)
SAID = "Ze sturen de foto door in de klassenapp."


def handed_over(path: Path) -> int:
    """A closed case file at ``path`` (as the closed_case fixture leaves one) with the demo
    cases, one with a conversation and a saved letter, handed over to Carla's new file; its id
    in the adviser's file, where it stays read-only. A copy (see copy_of): the demo, Carla's
    file and the hand-over cost seconds, for four tests; none of them opens Carla's file."""

    def make(target: Path) -> int:
        service, _ = svc.create_case_file(target, PASSWORD, kdf.MINIMUM)
        service.confirm_recovery_key_stored()
        service.update_profile("Marieke Jansen", "Het Baken College")
        service.close()
        with CaseFileSession(svc.unlock_with_password(target, PASSWORD)) as session:
            case_id = fill_demo(session.cases, TODAY)[1]
            interview = session.interviews.start(case_id, "victim")
            session.interviews.add_line(interview, "adviser", "Wat is er gebeurd?")
            session.interviews.add_line(interview, "student", SAID)
            letters = session.letters
            kind = letters.default_kind(case_id)
            draft = letters.draft(case_id, kind, "nl")
            letters.save_version(case_id, kind, "nl", draft.draft.html, True)
            colleague = target.with_name("Voor Carla.adcase")
            file, _ = svc.create_case_file(colleague, NEW_PASSWORD, kdf.MINIMUM, "Carla Visser")
            file.confirm_recovery_key_stored()
            with CaseFileSession(file) as there:
                session.handover.hand_over([case_id], there, "Carla Visser")
            return case_id

    return copy_of(path, make, "handed over")


def banner(window: QWidget) -> str:
    note = window.findChild(QLabel, "read_only_note")
    assert note is not None and note.isVisible()
    return note.text()


def test_a_letter_and_a_conversation_of_a_handed_over_case_open_read_only(
    qtbot: QtBot,
    case_dir: Path,
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    path = case_dir / "Zaken.adcase"
    case_id = handed_over(path)
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, case_id, "Letters")
    letters = window.page.case_view.letters
    click_row(qtbot, letters.list, 0)
    click(qtbot, letters.open_button)
    qtbot.waitUntil(lambda: letters.editor is not None and letters.editor.isVisible())
    editor = letters.editor
    assert isinstance(editor, LetterEditor)
    said = banner(editor)
    assert "handed over to Carla Visser" in said and "read-only" in said, said
    # Nothing can be typed, formatted, redrafted or saved; Ctrl+S saves nothing.
    text = editor.editor.toHtml()
    assert editor.editor.isReadOnly()
    editor.editor.setFocus()
    qtbot.keyClicks(editor.editor, "Extra zin")
    qtbot.keyClick(editor.editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.editor.toHtml() == text
    for name in ("save", "redraft", "details_checked"):
        found = editor.findChild(QPushButton, name)
        assert found is not None and not found.isEnabled(), name
    for combo in (editor.kind, editor.sender_choice, editor.language):
        assert not combo.isEnabled()
    assert not any(action.isEnabled() for action in editor.text.format_actions)
    assert editor.versions.count() == 1  # still only the version saved before
    # Saving as PDF works, and is recorded beside the version as for any letter.
    target = tmp_path / "brief.pdf"
    files.save(target)
    if dl.open_fields(editor.editor.toPlainText()):
        modals.answer(QMessageBox.StandardButton.Yes)  # "Some [fields] are still open"
    click(qtbot, editor.findChild(QPushButton, "pdf"))  # type: ignore[arg-type]
    modals.wait_done()
    assert target.exists() and PdfReader(target).pages
    # "once" with the English catalogue installed (an earlier test's i18n.install("en")),
    # "1 time(s)" without: the test must not depend on the order the suite runs in.
    version = editor.versions.item(0).text()
    assert "printed or saved as PDF once" in version or "PDF 1 time" in version, version
    assert editor.findChild(QPushButton, "print").isEnabled()  # type: ignore[union-attr]
    click(qtbot, button_named(editor, "Close"))  # nothing changed, so nothing is asked
    qtbot.waitUntil(lambda: letters.editor is None)

    # The conversation: read, its record saved as PDF; no line, note, tick or closing.
    view = window.page.case_view
    from tests.ui.drive import click_tab

    click_tab(qtbot, view.tabs, "Interviews")
    click_row(qtbot, view.interviews.list, 0)
    record = tmp_path / "verslag.pdf"
    files.save(record)
    looked: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, InterviewWindow)
        looked.append(banner(dialog))
        for widget in (
            dialog.input,
            dialog.note,
            dialog.close_button,
            dialog.speaker_indicator,
            dialog.checklist,
        ):
            assert not widget.isEnabled(), widget.objectName()
        qtbot.keyClicks(dialog.input, "Nog een vraag")
        assert dialog.input.text() == ""
        assert dialog.model.rowCount() == 2
        click(qtbot, button_named(dialog, "Save record as PDF…"))  # "Record saved" answered
        click(qtbot, button_named(dialog, "Close"))

    modals.expect(InterviewWindow, look)
    modals.accept_box()
    click(qtbot, button_named(view.interviews, "Open…"))
    modals.wait_done()
    assert "handed over to Carla Visser" in looked[0] and "read-only" in looked[0]
    pages = " ".join(page.extract_text() for page in PdfReader(record).pages)
    assert "klassenapp" in pages
    assert modals.texts[-1].startswith("The record was saved unencrypted")
    window.act_close.trigger()
