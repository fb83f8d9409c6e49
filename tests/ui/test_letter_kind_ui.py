"""The kind of letter shown is the kind of its text (walk 5, W5-1): changing the kind of an
edited letter and keeping the text puts the kind back, so the letter is saved, listed and
named as what it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import letters as dl
from tests.ui.conftest import demo_file, open_case, open_window
from tests.ui.drive import (
    FileDialogs,
    Modals,
    button_named,
    click,
    new_letter,
    reopened_letter,
    unlock,
)


def choose(qtbot: QtBot, combo: QComboBox, value: str) -> None:
    """Opens the combo's list and clicks the entry, as the adviser picks a letter."""
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    index = combo.model().index(combo.findData(value), 0)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    qtbot.waitUntil(lambda: not view.isVisible())


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_keeping_the_text_keeps_the_kind_it_was_drafted_for(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs, tmp_path: Path
) -> None:
    path, ids = demo_file(case_dir / "K.adcase")
    window = open_window(qtbot, path, modals, files)
    assert window.session is not None
    letters = window.session.letters
    open_case(qtbot, window, ids[1], "Letters")
    tab = window.page.case_view.letters
    editor = new_letter(qtbot, window)
    parents, stop = dl.LetterKind.PARENTS_VICTIM.value, dl.LetterKind.STOP_SPREAD.value
    assert editor.kind.currentData() == stop  # the demo case's images were spread
    # Typed into the stop letter, then the parents' letter chosen and Yes: a new draft of it.
    editor.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.editor, " Nog iets.")
    modals.answer(QMessageBox.StandardButton.Yes)
    choose(qtbot, editor.kind, parents)
    modals.wait_done()
    assert editor.kind.currentData() == parents
    assert "Nog iets." not in editor.editor.toPlainText()
    editor.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.editor, " Wij nodigen u uit voor een gesprek.")
    # The adviser picks the stop letter, then keeps the text: the kind goes back.
    modals.answer(QMessageBox.StandardButton.No)
    choose(qtbot, editor.kind, stop)
    modals.wait_done()
    assert "new draft" in modals.texts[-1]
    assert editor.kind.currentData() == parents
    assert editor.kind.currentText() == letters.title(dl.LetterKind.PARENTS_VICTIM, "en")
    assert not editor.sender_choice.isEnabled()  # as for any parents' letter
    assert editor.editor.toPlainText().endswith("Wij nodigen u uit voor een gesprek.")
    # Saved, listed and named as the parents' letter.
    click(qtbot, button_named(editor, "Details checked"))
    click(qtbot, button_named(editor, "Save version"))
    (saved,) = letters.letters(ids[1])
    assert saved.kind == dl.LetterKind.PARENTS_VICTIM
    assert "Wij nodigen u uit" in saved.versions[-1].html
    target = tmp_path / "brief.pdf"
    files.save(target)
    if dl.open_fields(editor.editor.toPlainText()):
        modals.answer(QMessageBox.StandardButton.Yes)  # "Save as PDF anyway?"
    click(qtbot, button_named(editor, "Save as PDF…"))
    modals.wait_done()
    number = letters.cases.get_case(ids[1]).number
    title = letters.title(dl.LetterKind.PARENTS_VICTIM, editor.language.currentData())
    assert Path(files.proposed[-1]).name == f"{number} {title}.pdf"
    assert "gesprek" in " ".join(p.extract_text() for p in PdfReader(target).pages)
    click(qtbot, button_named(editor, "Close"))
    qtbot.waitUntil(lambda: tab.editor is None)
    assert tab.list.count() == 1
    assert saved.title in tab.list.item(0).text()
    window.act_close.trigger()


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_enter_on_the_risky_questions_is_the_safe_answer(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs, tmp_path: Path
) -> None:
    """Walk 5, W5-17: Enter on 'Replace the text with a new draft?' threw the edits away, and
    Enter on 'Details not checked … Continue anyway?' sent unchecked details out. Walk 9,
    W9-4: Save as PDF… then asked a second question about the open [fields]; an Enter meant
    for the file dialog answered No, and nothing was saved without a word. Now one question
    names both, and every way out without a PDF says so in the status line."""
    path, ids = demo_file(case_dir / "K.adcase")
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[1], "Letters")
    tab = window.page.case_view.letters
    editor = new_letter(qtbot, window)
    defaults: list[str] = []

    def enter(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        defaults.append(box.defaultButton().text().replace("&", ""))
        qtbot.keyClick(box, Qt.Key.Key_Return)

    editor.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.editor, " Mijn eigen zin.")
    modals.expect(QMessageBox, enter)
    choose(qtbot, editor.kind, dl.LetterKind.PARENTS_VICTIM.value)
    modals.wait_done()
    assert editor.editor.toPlainText().endswith("Mijn eigen zin.")  # kept
    assert editor.kind.currentData() == dl.LetterKind.STOP_SPREAD.value
    modals.expect(QMessageBox, enter)
    save_pdf = button_named(editor, "Save as PDF…")
    click(qtbot, save_pdf)
    modals.wait_done()
    assert len(modals.texts) == 2  # one question for the PDF, naming both points
    assert "not checked" in modals.texts[-1] and "are still open: [" in modals.texts[-1]
    assert modals.texts[-1].endswith("Save as PDF anyway?")
    assert "save" not in files.asked  # no PDF, nothing saved, and said
    assert editor.version is None and editor.status.text() == "Not saved as PDF."
    assert defaults == ["No", "No"]
    # Yes, then Cancel in the file chooser: the version is saved, the PDF is not; both said.
    files.save(None)
    modals.answer(QMessageBox.StandardButton.Yes)
    qtbot.keyClick(save_pdf, Qt.Key.Key_Space)
    modals.wait_done()
    assert files.asked.count("save") == 1 and len(modals.texts) == 3
    assert editor.status.text() == "Saved as version 1. Not saved as PDF."
    # Yes and a file name: saved, after one question.
    target = tmp_path / "stop.pdf"
    files.save(target)
    modals.answer(QMessageBox.StandardButton.Yes)
    qtbot.keyClick(save_pdf, Qt.Key.Key_Space)
    modals.wait_done()
    qtbot.waitUntil(lambda: str(target) in editor.status.text())
    assert len(modals.texts) == 4 and PdfReader(target).pages
    click(qtbot, button_named(editor, "Close"))
    qtbot.waitUntil(lambda: tab.editor is None)
    window.act_close.trigger()


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_the_window_title_and_the_lock_page_name_the_letter_and_its_case(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    """Walk 5, W5-15: the editor's title was just 'Letter' (in Dutch 'Brief')."""

    path, ids = demo_file(case_dir / "K.adcase")
    window = open_window(qtbot, path, modals, files)
    assert window.session is not None
    number = window.session.cases.get_case(ids[1]).number
    open_case(qtbot, window, ids[1], "Letters")
    tab = window.page.case_view.letters
    editor = new_letter(qtbot, window)
    assert editor.windowTitle() == f"Stop letter (images already spread) — case {number}"
    choose(qtbot, editor.kind, dl.LetterKind.PARENTS_VICTIM.value)
    assert editor.windowTitle() == f"Letter to the parents of the victim — case {number}"
    qtbot.keyClicks(editor.editor, "Een zin. ")
    qtbot.keyClick(editor.editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.service is None
    said = window.locked.saved_note.text()
    assert f"“Letter to the parents of the victim” (case {number})" in said, said
    unlock(qtbot, window, modals)
    back = reopened_letter(qtbot, window)
    assert back.windowTitle() == f"Letter to the parents of the victim — case {number}"
    click(qtbot, button_named(back, "Close"))
    qtbot.waitUntil(lambda: tab.editor is None)
    window.act_close.trigger()
