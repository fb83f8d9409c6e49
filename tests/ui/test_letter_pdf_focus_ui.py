"""After Save as PDF… the focus is back on the button that was used (walk 11: it sat on the
Sent by box, so the next Enter or Space went somewhere the adviser had not been)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import letters as dl
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.evidence_service import EvidenceService
from adviser_desk.services.letter_service import LetterService
from adviser_desk.services.protocol_data import protocol
from adviser_desk.ui.common import mnemonics
from adviser_desk.ui.letters.letter_editor import LetterEditor
from tests.conftest import opened_copy_of
from tests.ui.drive import FileDialogs, Modals, activate
from tests.ui.test_focus_landing_ui import focus_shows_on
from tests.ui.test_letters_ui import dutch_demo


@pytest.fixture
def letters(case_dir: Path) -> Iterator[tuple[LetterService, list[int]]]:
    service, ids = opened_copy_of(case_dir / "L.adcase", dutch_demo)  # as test_letters_ui's
    cases = CaseService(service.case, protocol(), "nl")
    yield LetterService(cases, EvidenceService(cases)), ids
    service.close()


def test_after_saving_as_pdf_the_focus_is_back_on_its_button(
    qtbot: QtBot,
    letters: tuple[LetterService, list[int]],
    tmp_path: Path,
    files: FileDialogs,
    modals: Modals,
) -> None:
    service, ids = letters
    editor = LetterEditor(service, ids[1], dl.LetterKind.STOP_SPREAD)
    qtbot.addWidget(editor)
    activate(qtbot, editor)
    pdf = editor.findChild(QPushButton, "pdf")
    assert isinstance(pdf, QPushButton)
    target = tmp_path / "brief.pdf"
    letter = mnemonics.mnemonic_of(pdf.text())
    assert letter
    for answer, saved in (
        (QMessageBox.StandardButton.No, False),
        (QMessageBox.StandardButton.Yes, True),
    ):
        if saved:
            files.save(target)

        def by_key(box: QWidget, answer: QMessageBox.StandardButton = answer) -> None:
            assert isinstance(box, QMessageBox)
            choice = box.button(answer)
            key = mnemonics.mnemonic_of(choice.text())
            assert key, choice.text()
            qtbot.keyClick(box, Qt.Key(ord(key.upper())), Qt.KeyboardModifier.AltModifier)

        modals.expect(QMessageBox, by_key)  # "Letter not ready", answered by its Alt letter
        editor.editor.setFocus()
        qtbot.keyClick(editor.editor, Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)
        modals.wait_done()
        said = "Saved" if saved else "Not saved"
        qtbot.waitUntil(lambda said=said: said in editor.status.text())
        activate(qtbot, editor)  # the offscreen platform does not hand activation back
        focus_shows_on(qtbot, pdf)
    assert target.is_file()
    assert QApplication.focusWidget() is pdf
