"""The letter editor under pytest-qt: draft from a demo case, edit, save, print to PDF."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QApplication, QListWidget, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.domain import letters as dl
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.demo import fill_demo
from adviser_desk.services.evidence_service import EvidenceService
from adviser_desk.services.letter_service import LetterService
from adviser_desk.services.protocol_data import protocol
from adviser_desk.storage import kdf
from adviser_desk.ui.case.case_dialogs import CaseFileDetailsDialog
from adviser_desk.ui.letters.letter_editor import LetterEditor
from tests.conftest import PASSWORD, opened_copy_of
from tests.ui.conftest import Opened
from tests.ui.drive import (
    FileDialogs,
    Modals,
    activate,
    button_named,
    click,
    click_tab,
    new_letter,
    reopened_letter,
    unlock,
)


def dutch_demo(service: svc.CaseFileService) -> list[int]:
    """Marieke's profile and the demo cases, made through the Dutch services."""
    service.update_profile("Marieke Jansen", "Het Baken College")
    return fill_demo(CaseService(service.case, protocol(), "nl"), date.today())


@pytest.fixture
def demo(case_dir: Path) -> Iterator[tuple[svc.CaseFileService, LetterService, list[int]]]:
    """The demo cases (a copy, see tests.conftest.opened_copy_of)."""
    service, ids = opened_copy_of(case_dir / "L.adcase", dutch_demo)
    cases = CaseService(service.case, protocol(), "nl")
    yield service, LetterService(cases, EvidenceService(cases)), ids
    service.close()


def button(editor: QWidget, name: str) -> QPushButton:
    found = editor.findChild(QPushButton, name)
    assert found is not None, name
    return found


def test_draft_edit_save_and_print_a_stop_letter(
    qtbot: QtBot,
    demo: tuple[svc.CaseFileService, LetterService, list[int]],
    tmp_path: Path,
    files: FileDialogs,
) -> None:
    _service, letters, ids = demo
    editor = LetterEditor(letters, ids[1], dl.LetterKind.STOP_SPREAD)
    qtbot.addWidget(editor)
    editor.show()
    editor.language.setCurrentIndex(editor.language.findData("nl"))  # drafts again, in Dutch
    assert "Milan Verhoeven" in editor.editor.toPlainText()
    assert "own name" in editor.notes.text() or "eigen naam" in editor.notes.text()
    # The adviser fills in the place and adds a sentence of the student's own.
    cursor = editor.editor.document().find("[plaats]")
    assert not cursor.isNull()
    cursor.insertText("Utrecht")
    editor.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.editor, "Dit is mijn laatste waarschuwing.")
    click(qtbot, button(editor, "details_checked"))
    click(qtbot, button(editor, "save"))
    version = editor.version
    assert version is not None and version.number == 1 and version.checked
    target = tmp_path / "stopbrief.pdf"
    files.save(target)
    click(qtbot, button(editor, "pdf"))
    assert files.asked == ["save"]
    text = " ".join(p.extract_text() for p in PdfReader(target).pages).replace("\n", " ")
    assert "Aan: Milan Verhoeven" in text  # recipient
    assert "alle foto's en video's van mij die je hebt, verwijdert" in text  # demand
    assert "Noor van Dijk" in text  # sender
    assert "Utrecht," in text and "laatste waarschuwing" in text
    assert "Sem de Boer" not in text  # the anonymous reporter
    (letter,) = letters.letters(ids[1])
    assert letter.versions[0].outputs[0][1] == "exported"
    assert editor.versions.count() == 1
    click(qtbot, button(editor, "copy"))
    assert "Utrecht" in QGuiApplication.clipboard().text()
    subprocess.run(
        ["pdftoppm", "-png", "-r", "30", str(target), str(tmp_path / "page")], check=True
    )
    assert (tmp_path / "page-1.png").stat().st_size > 1000


def test_sextortion_case_shows_the_warning_and_school_letters_use_the_letterhead(
    qtbot: QtBot,
    demo: tuple[svc.CaseFileService, LetterService, list[int]],
    tmp_path: Path,
    files: FileDialogs,
    modals: Modals,
) -> None:
    service, letters, ids = demo
    editor = LetterEditor(letters, ids[2], dl.LetterKind.STOP_THREATENED)
    qtbot.addWidget(editor)
    assert (
        "do not send a stop letter" in editor.notes.text()
        or "geen stopbrief" in editor.notes.text()
    )
    service.update_letterhead("Schoolstraat 1\n3511 AA Utrecht", "Utrecht", None)
    editor.language.setCurrentIndex(editor.language.findData("nl"))
    editor.kind.setCurrentIndex(editor.kind.findData(dl.LetterKind.PARENTS_VICTIM.value))
    assert "Daan Kramer" in editor.editor.toPlainText()
    editor.show()
    target = tmp_path / "ouders.pdf"
    files.save(target)
    # Not yet checked: Save as PDF asks first; the adviser goes on anyway.
    modals.answer(QMessageBox.StandardButton.Yes)
    click(qtbot, button(editor, "pdf"))
    modals.wait_done()
    assert "not checked" in modals.texts[0] or "wrong" in modals.texts[0]
    text = PdfReader(target).pages[0].extract_text()
    assert "Het Baken College" in text and "3511 AA Utrecht" in text and "Utrecht," in text


def test_letters_tab_lists_saved_letters(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    """A saved letter is listed on the case's Letters tab (reached by Ctrl+O, the case's row
    and the tab) and opens in the editor from its button."""
    from adviser_desk.services.session import CaseFileSession
    from tests.ui.conftest import open_case, open_window

    service, _ = svc.create_case_file(case_dir / "T.adcase", PASSWORD, kdf.MINIMUM)
    service.confirm_recovery_key_stored()
    service.update_profile("Marieke Jansen", "Het Baken College")
    path = service.path
    with CaseFileSession(service) as session:
        ids = fill_demo(session.cases, date.today())
        result = session.letters.draft(ids[0], dl.LetterKind.TEAM_NOTICE, "nl")
        session.letters.save_version(
            ids[0], dl.LetterKind.TEAM_NOTICE, "nl", result.draft.html, True
        )
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[1], "Letters")
    tab = window.page.case_view.letters
    assert tab.list.count() == 0  # another case: none of its letters
    open_case(qtbot, window, ids[0], "Letters")
    assert tab.list.count() == 1
    assert "version 1" in tab.list.item(0).text() or "versie 1" in tab.list.item(0).text()
    # Nothing selected: Open… is off rather than doing nothing when clicked (walker F18).
    assert not button(tab, "open_letter").isEnabled()
    click_list_row(qtbot, tab.list, 0)
    click(qtbot, button(tab, "open_letter"))
    assert tab.editor is not None and tab.editor.version is not None
    tab.editor.close()
    QApplication.processEvents()
    # The list is read again after the editor closed: the letter stays selected, Open… on.
    qtbot.waitUntil(lambda: tab.editor is None)
    assert tab.list.currentRow() == 0 and button(tab, "open_letter").isEnabled()
    # Enter on the row opens it, once (a double click's activated opened a second editor).
    activate(qtbot, window)  # the offscreen platform does not hand activation back
    click_list_row(qtbot, tab.list, 0)
    qtbot.keyClick(tab.list, Qt.Key.Key_Return)
    assert tab.editor is not None
    assert len([w for w in tab.findChildren(LetterEditor) if w.isVisible()]) == 1
    tab.editor.close()
    qtbot.waitUntil(lambda: tab.editor is None)
    # Another case: nothing selected again.
    open_case(qtbot, window, ids[1], "Letters")
    assert not button(tab, "open_letter").isEnabled()


def test_unlocking_opens_the_letter_editor_again_where_it_was(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    """Walk 4: the lock closed the letter editor and it stayed closed after unlocking, while
    the interview window and the case's tab came back. It opens again at the same letter and
    the version shown (an older one here), and a fresh draft as a fresh draft in the language
    chosen; the lock saved nothing, since nothing was typed."""
    from adviser_desk.services.session import CaseFileSession
    from tests.ui.conftest import open_case, open_window

    service, _ = svc.create_case_file(case_dir / "T.adcase", PASSWORD, kdf.MINIMUM)
    service.confirm_recovery_key_stored()
    service.update_profile("Marieke Jansen", "Het Baken College")
    path = service.path
    with CaseFileSession(service) as session:
        ids = fill_demo(session.cases, date.today())
        html = session.letters.draft(ids[0], dl.LetterKind.TEAM_NOTICE, "nl").draft.html
        first = session.letters.save_version(ids[0], dl.LetterKind.TEAM_NOTICE, "nl", html, True)
        second = html.replace("</body>", "<p>Tweede versie.</p></body>")
        session.letters.save_version(
            ids[0], dl.LetterKind.TEAM_NOTICE, "nl", second, True, first.letter_id
        )
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[0], "Letters")
    tab = window.page.case_view.letters

    def lock_and_unlock(editor: LetterEditor) -> LetterEditor:
        activate(qtbot, editor)
        qtbot.keyClick(editor.editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert window.service is None and window.stack.currentWidget() is window.locked
        assert not window.locked.saved_note.isVisible()  # nothing typed, nothing saved
        unlock(qtbot, window, modals)
        back = reopened_letter(qtbot, window)
        assert back is not editor
        return back

    click_list_row(qtbot, tab.list, 0)
    click(qtbot, button(tab, "open_letter"))
    editor = tab.editor
    assert editor is not None
    activate(qtbot, editor)
    # Version 1 (the lower row: newest first), clicked and opened by Enter.
    click_list_row(qtbot, editor.versions, 1)
    qtbot.keyClick(editor.versions, Qt.Key.Key_Return)
    assert editor.version is not None and editor.version.number == 1
    back = lock_and_unlock(editor)
    assert back.letter_id == first.letter_id and back.versions.count() == 2
    assert back.version is not None and back.version.number == 1
    assert "Tweede versie." not in back.editor.toPlainText()
    click(qtbot, button_named(back, "Close"))
    qtbot.waitUntil(lambda: tab.editor is None)
    # A fresh draft, in English, nothing typed: back as a fresh English draft, not saved.
    activate(qtbot, window)
    click(qtbot, button(tab, "new_letter"))
    editor = tab.editor
    assert editor is not None
    activate(qtbot, editor)
    editor.language.setFocus()
    qtbot.keyClick(editor.language, Qt.Key.Key_End)  # English, the last
    assert editor.language.currentData() == "en"
    kind, english = editor.kind.currentData(), editor.editor.toPlainText()
    back = lock_and_unlock(editor)
    assert back.letter_id is None and back.version is None
    assert back.language.currentData() == "en" and back.kind.currentData() == kind
    assert back.editor.toPlainText() == english
    assert tab.list.count() == 1  # no letter was saved by the lock
    click(qtbot, button_named(back, "Close"))
    qtbot.waitUntil(lambda: tab.editor is None)
    window.act_close.trigger()


def click_list_row(qtbot: QtBot, widget: QListWidget, row: int) -> None:
    rect = widget.visualItemRect(widget.item(row))
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert widget.currentRow() == row


def test_letterhead_settings_refuse_a_file_that_is_not_a_logo(
    qtbot: QtBot, demo: tuple[svc.CaseFileService, LetterService, list[int]]
) -> None:
    from adviser_desk.domain.errors import KnownError

    service, _letters, _ids = demo
    dialog = CaseFileDetailsDialog("A", "B", 2, None, "Straat 1", "Utrecht", None)
    qtbot.addWidget(dialog)
    assert dialog.logo_preview.text()  # "(none)"
    with pytest.raises(KnownError, match="PNG or JPEG"):
        service.update_letterhead("x", "y", b"not an image at all")
    assert service.letterhead() == ("", "", None)


def test_a_file_that_is_not_a_logo_is_refused_when_chosen(qtbot: QtBot, tmp_path: Path) -> None:
    from adviser_desk.domain.errors import KnownError
    from adviser_desk.services.case_file_service import check_logo

    with pytest.raises(KnownError, match="PNG or JPEG"):
        check_logo(b"\x89PNG\r\n\x1a\n" + b"cut off")
    dialog = CaseFileDetailsDialog("A", "B", 2, None, "Straat 1", "Utrecht", None)
    qtbot.addWidget(dialog)
    assert dialog.address.toPlainText() == "Straat 1" and dialog.logo is None


def test_new_draft_from_the_case_asks_before_replacing_unsaved_edits(
    qtbot: QtBot,
    demo: tuple[svc.CaseFileService, LetterService, list[int]],
    modals: Modals,
) -> None:
    _service, letters, ids = demo
    editor = LetterEditor(letters, ids[1], dl.LetterKind.STOP_SPREAD)
    qtbot.addWidget(editor)
    editor.show()
    editor.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.editor, "Mijn eigen zin.")
    modals.answer(QMessageBox.StandardButton.No)
    click(qtbot, button(editor, "redraft"))
    modals.wait_done()
    assert "Unsaved changes are lost" in modals.texts[0]
    assert "Mijn eigen zin." in editor.editor.toPlainText()  # kept
    modals.answer(QMessageBox.StandardButton.Yes)
    click(qtbot, button(editor, "redraft"))
    modals.wait_done()
    assert "Mijn eigen zin." not in editor.editor.toPlainText()  # replaced, as asked
    # A fresh, untouched draft is replaced without a question.
    click(qtbot, button(editor, "redraft"))
    assert len(modals.texts) == 2


def test_pdf_of_a_letter_with_open_fields_asks_first_and_defaults_to_no(
    qtbot: QtBot,
    demo: tuple[svc.CaseFileService, LetterService, list[int]],
    tmp_path: Path,
    files: FileDialogs,
    modals: Modals,
) -> None:
    """Walker: "[plaats]" went out in a PDF without a word."""
    _service, letters, ids = demo
    editor = LetterEditor(letters, ids[1], dl.LetterKind.STOP_SPREAD)
    qtbot.addWidget(editor)
    editor.show()
    editor.language.setCurrentIndex(editor.language.findData("nl"))
    assert "[plaats]" in editor.editor.toPlainText()
    click(qtbot, button(editor, "details_checked"))
    click(qtbot, button(editor, "save"))

    def enter_on_default(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        modals.texts.append(box.text())
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        box.defaultButton().click()  # what Enter does

    modals.expect(QMessageBox, enter_on_default)
    click(qtbot, button(editor, "pdf"))
    modals.wait_done()
    assert "[plaats]" in modals.texts[-1]
    assert files.asked == []  # no PDF without the adviser's yes
    target = tmp_path / "brief.pdf"
    files.save(target)
    modals.answer(QMessageBox.StandardButton.Yes)
    click(qtbot, button(editor, "pdf"))
    modals.wait_done()
    assert files.asked == ["save"] and target.is_file()
    assert dl.open_fields("Utrecht, [datum] en [plaats]; [plaats]") == ["[datum]", "[plaats]"]
    assert dl.open_fields("Utrecht, 2 december 2026") == []


def test_default_letter_follows_the_cases_images(
    demo: tuple[svc.CaseFileService, LetterService, list[int]],
) -> None:
    """Walker: a plain threat case (images not known) got a stop letter saying the recipient
    has the pupil's photos."""
    from dataclasses import replace

    from adviser_desk.domain import cases as dc

    _service, letters, ids = demo
    case_id = ids[1]
    detail = letters.cases.get_case(case_id)
    expected = {
        dc.ImagesState.SPREAD: dl.LetterKind.STOP_SPREAD,
        dc.ImagesState.THREATENED: dl.LetterKind.STOP_THREATENED,
        dc.ImagesState.UNKNOWN: dl.LetterKind.PARENTS_VICTIM,
        dc.ImagesState.NONE: dl.LetterKind.PARENTS_VICTIM,
    }
    for images, kind in expected.items():
        letters.cases.update_case(case_id, replace(detail.draft, images=images))
        assert letters.default_kind(case_id) == kind
        if kind == dl.LetterKind.PARENTS_VICTIM:
            text = letters.draft(case_id, kind, "nl").draft.html
            assert "hebt foto's" not in text and "hebt foto&#x27;s" not in text


def test_the_letter_editor_by_keyboard(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    """Opened from the Letters tab's button: focus in the first field, Tab walks the window
    top to bottom and leaves the text without putting a tab character in it, Shift+Tab goes
    back, every label and button has its Alt+letter; a saved letter opens with its fixed
    kind skipped."""
    from adviser_desk.ui.common import mnemonics
    from tests.ui.conftest import demo_file, open_case, open_window
    from tests.ui.drive import activate, button_named

    path, ids = demo_file(case_dir / "K.adcase")
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[1], "Letters")
    tab = window.page.case_view.letters
    editor = new_letter(qtbot, window)
    assert QApplication.focusWidget() is editor.kind

    def tab_from(key: Qt.Key = Qt.Key.Key_Tab) -> QWidget | None:
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, key)
        return QApplication.focusWidget()

    try:
        names = [editor.kind.objectName()]
        for _ in range(11):
            widget = tab_from()
            assert widget is not None
            names.append(widget.objectName() or widget.text().replace("&", ""))  # type: ignore[attr-defined]
        assert names == [
            "kind",
            "sender",
            "language",
            "redraft",
            "details_checked",
            "letter_text",
            "versions",
            "save",
            "print",
            "pdf",
            "copy",
            "Close",
        ]
        # Into the text, type, Tab: the focus leaves, no tab character is added.
        editor.editor.setFocus()
        before = editor.editor.toPlainText()
        qtbot.keyClicks(editor.editor, "Nog een zin")
        assert tab_from() is editor.versions
        assert tab_from(Qt.Key.Key_Backtab) is editor.editor
        assert tab_from(Qt.Key.Key_Backtab) is editor.text.check_button
        assert "\t" not in editor.editor.toPlainText()
        assert editor.editor.toPlainText() == "Nog een zin" + before
    except AssertionError:
        # A failure must not leave the question about unsaved edits (a tab typed into
        # the text) to block the teardown.
        editor.editor.document().setModified(False)
        raise
    # Every label with a field and every button carries its own Alt+letter.
    letters = [mnemonics.mnemonic_of(h.get()) for h in mnemonics.holders(editor)]
    assert all(letters) and len(set(letters)) == len(letters), letters
    qtbot.keyClick(editor.editor, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is editor.versions
    # A saved letter: its kind is fixed, so typing starts in the next field.
    click(qtbot, button_named(editor, "Save version"))
    editor.close()  # saved: closes without a question
    qtbot.waitUntil(lambda: tab.editor is None and tab.list.count() == 1)
    click_list_row(qtbot, tab.list, 0)
    click(qtbot, button(tab, "open_letter"))
    saved = tab.editor
    assert saved is not None and not saved.kind.isEnabled()
    activate(qtbot, saved)
    first = next(w for w in (saved.sender_choice, saved.language) if w.isEnabled())
    assert QApplication.focusWidget() is first
    saved.close()
    QApplication.processEvents()


def test_the_parents_letter_claims_consent_only_when_the_case_records_it(
    qtbot: QtBot,
    demo: tuple[svc.CaseFileService, LetterService, list[int]],
    tmp_path: Path,
    files: FileDialogs,
    modals: Modals,
) -> None:
    """Walker F15: the parents' letter said "<naam> heeft ermee ingestemd dat wij u hierover
    ook schriftelijk informeren." as fixed text while the case recorded no consent."""
    from dataclasses import replace

    from adviser_desk.domain import cases as dc

    _service, letters, ids = demo
    case_id = ids[1]
    detail = letters.cases.get_case(case_id)
    letters.cases.update_case(
        case_id, replace(detail.draft, may_tell=[dc.Audience.MENTOR])
    )  # not the parents
    editor = LetterEditor(letters, case_id, dl.LetterKind.PARENTS_VICTIM)
    qtbot.addWidget(editor)
    editor.show()
    editor.language.setCurrentIndex(editor.language.findData("nl"))
    prompt = "[instemming van de leerling met deze brief: invullen of schrappen]"
    assert "ingestemd" not in editor.editor.toPlainText()
    assert prompt in editor.editor.toPlainText()
    notes = editor.notes.text()
    assert "inform the parents" in notes or "ouders worden ingelicht" in notes
    cursor = editor.editor.document().find("[plaats]")
    cursor.insertText("Utrecht")
    click(qtbot, button(editor, "details_checked"))
    click(qtbot, button(editor, "save"))
    target = tmp_path / "ouders.pdf"
    files.save(target)
    modals.answer(QMessageBox.StandardButton.Yes)  # "Some [fields] are still open"
    click(qtbot, button(editor, "pdf"))
    modals.wait_done()
    assert prompt in modals.texts[-1]
    text = " ".join(p.extract_text() for p in PdfReader(target).pages).replace("\n", " ")
    assert "ingestemd" not in text and "instemming van de leerling" in text

    # Once the case records that the parents may be told, the sentence is there (highlighted
    # as a detail from the case) and no open field or note is left.
    letters.cases.update_case(
        case_id, replace(detail.draft, may_tell=[dc.Audience.PARENTS, dc.Audience.MENTOR])
    )
    click(qtbot, button(editor, "redraft"))  # the text is saved: no question
    plain = editor.editor.toPlainText()
    victim = letters.facts(case_id, "nl").student
    assert f"{victim} heeft ermee ingestemd dat wij u hierover informeren." in plain
    assert prompt not in plain and dl.open_fields(plain) == ["[plaats]"]
    notes = editor.notes.text()
    assert "inform the parents" not in notes and "ouders worden ingelicht" not in notes


def _first_detail(editor: QWidget) -> tuple[int, int]:
    """Where the first highlighted case detail of the letter starts and ends."""
    from PySide6.QtWidgets import QTextEdit

    assert isinstance(editor, QTextEdit)
    block = editor.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().background().style() != Qt.BrushStyle.NoBrush:
                return fragment.position(), fragment.position() + fragment.length()
            it += 1
        block = block.next()
    raise AssertionError("no highlighted detail in the letter")


def _highlighted_at(editor: QWidget, position: int) -> bool:
    from PySide6.QtWidgets import QTextEdit

    assert isinstance(editor, QTextEdit)
    cursor = QTextCursor(editor.document())
    cursor.setPosition(position + 1)  # charFormat() is the character before the cursor
    return cursor.charFormat().background().style() != Qt.BrushStyle.NoBrush


def _click_at(qtbot: QtBot, editor: QWidget, position: int) -> None:
    """Clicks the letter's text at ``position``, as the adviser puts the cursor there."""
    from PySide6.QtWidgets import QTextEdit

    assert isinstance(editor, QTextEdit)
    place = QTextCursor(editor.document())
    place.setPosition(position)
    rect = editor.cursorRect(place)
    assert editor.viewport().rect().contains(rect.center()), "not on screen"
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.textCursor().position() == position


def test_text_typed_after_a_case_detail_is_plain(
    qtbot: QtBot, open_tab: Callable[..., Opened]
) -> None:
    """Walker: typing right after a filled-in detail (highlighted yellow) came out yellow too,
    as if taken from the case. It is the adviser's own text; a correction inside a detail
    stays highlighted until the details are checked."""
    opened = open_tab(kind=dc.IncidentType.EXPOSING)
    view = opened.window.page.case_view
    click_tab(qtbot, view.tabs, "Letters")
    click(qtbot, button_named(view.letters, "New letter…"))
    qtbot.waitUntil(lambda: view.letters.editor is not None and view.letters.editor.isVisible())
    dialog = view.letters.editor
    assert dialog is not None
    editor = dialog.editor
    start, end = _first_detail(editor)
    detail = editor.toPlainText()[start:end]
    _click_at(qtbot, editor, end)
    qtbot.keyClicks(editor, " en meer")
    assert editor.toPlainText()[start : end + 8] == detail + " en meer"
    assert all(_highlighted_at(editor, p) for p in range(start, end))
    assert not any(_highlighted_at(editor, p) for p in range(end, end + 8))
    # Inside the detail a correction is still part of it.
    _click_at(qtbot, editor, start + 1)
    qtbot.keyClicks(editor, "x")
    assert _highlighted_at(editor, start + 1)
    # Saved as typed: the words after the detail are outside its highlighted span.
    click(qtbot, dialog.findChild(QPushButton, "save"))  # type: ignore[arg-type]
    assert dialog.version is not None
    html = dialog.version.html
    assert "en meer" in html
    before_words = html[: html.index("en meer")]
    assert before_words.rfind("</span>") > before_words.rfind("background-color")
    click(qtbot, button_named(dialog, "Close"))
    qtbot.waitUntil(lambda: view.letters.editor is None)


# Fixed text that takes for granted what the case may not have had yet (walker: the parents'
# letter began "Zoals wij al met u hebben besproken" before any talk with the parents).
PRESUMING = {
    "nl": (
        "al met u",
        "besproken",
        "Wij hebben met",
        "hebben het bewijs vastgelegd",
        "Uit wat wij hebben vastgelegd",
        "wat al is verspreid",
        "ook schriftelijk",
        "Ik heb bewijs",
        "van alles bewijs",
        "nooit toestemming voor gegeven dat jij",
    ),
    "en": (
        "already discussed",
        "We have spoken with",
        "have recorded the evidence",
        "What we have recorded shows",
        "has already been spread",
        "also inform you about this in writing",
        "I have evidence",
        "recorded evidence of all",
        "I never consented to you",
    ),
}


def test_no_letter_presumes_a_talk_evidence_or_spreading(
    qtbot: QtBot, open_tab: Callable[..., Opened]
) -> None:
    """Every letter in both languages, chosen in the editor's Letter and Language lists by
    keyboard: no fixed sentence assumes that a talk took place, evidence was recorded or
    images were spread; the parents' letter says plainly what it informs about."""
    opened = open_tab(kind=dc.IncidentType.EXPOSING)
    view = opened.window.page.case_view
    click_tab(qtbot, view.tabs, "Letters")
    click(qtbot, button_named(view.letters, "New letter…"))
    qtbot.waitUntil(lambda: view.letters.editor is not None and view.letters.editor.isVisible())
    dialog = view.letters.editor
    assert dialog is not None
    seen = set()
    for language in ("nl", "en"):
        dialog.language.setFocus()
        qtbot.keyClick(dialog.language, Qt.Key.Key_Home)
        for _ in range(dialog.language.count()):
            if dialog.language.currentData() == language:
                break
            qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
        assert dialog.language.currentData() == language
        dialog.kind.setFocus()
        qtbot.keyClick(dialog.kind, Qt.Key.Key_Home)
        for index in range(dialog.kind.count()):
            if index:
                qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)
            assert dialog.kind.currentIndex() == index
            text = dialog.editor.toPlainText()
            found = [phrase for phrase in PRESUMING[language] if phrase in text]
            assert not found, (dialog.kind.currentData(), language, found)
            seen.add((dialog.kind.currentData(), language))
            if dialog.kind.currentData() == dl.LetterKind.PARENTS_VICTIM.value:
                opening = {
                    "nl": "Met deze brief laten wij u weten dat ",
                    "en": "With this letter we let you know that ",
                }[language]
                assert opening in text
    assert len(seen) == 2 * len(dl.LetterKind)
    click(qtbot, button_named(dialog, "Close"))
    qtbot.waitUntil(lambda: view.letters.editor is None)
