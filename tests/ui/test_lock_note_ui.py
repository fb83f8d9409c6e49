"""The note a lock makes of what was typed for closing an interview: made once, and taken back
with Undo after unlocking. Driven through clicks and keys."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain.audit_actions import label
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.case.case_view import CaseView
from adviser_desk.ui.common import i18n
from adviser_desk.ui.interview.conversation_dialogs import ClosingDialog
from adviser_desk.ui.interview.interview_window import InterviewWindow, NewInterviewDialog
from adviser_desk.ui.shell.main_window import MainWindow
from tests.conftest import PASSWORD
from tests.ui.drive import (
    FileDialogs,
    Modals,
    activate,
    click,
    click_row,
    click_tab,
    press_ok,
    unlock,
)
from tests.ui.test_accessibility import clashes
from tests.ui.test_data_safety import row_of, type_closing, with_two_cases

AGREED = "Morgen samen naar de mentor"


def start_and_lock_in_closing(
    qtbot: QtBot, window: MainWindow, modals: Modals, seen: dict[str, int]
) -> None:
    """New interview…, a question, Close the interview…, the closing typed (Parents
    ticked), Ctrl+L in the closing dialog."""
    view = window.page.case_view

    def type_then_lock(dialog: QDialog) -> None:
        type_closing(qtbot, dialog, AGREED)
        qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    def open_closing(dialog: QDialog) -> None:
        activate(qtbot, dialog)
        assert isinstance(dialog, InterviewWindow)
        seen["interview"] = dialog.interview_id
        qtbot.keyClicks(dialog.input, "Wat is er gebeurd?")
        qtbot.keyClick(dialog.input, Qt.Key.Key_Return)
        modals.expect(ClosingDialog, type_then_lock)  # type: ignore[arg-type]
        click(qtbot, dialog.close_button)

    modals.expect(NewInterviewDialog, press_ok(qtbot))  # type: ignore[arg-type]
    modals.expect(InterviewWindow, open_closing)  # type: ignore[arg-type]
    click(qtbot, view.findChild(QPushButton, "new_interview"))  # type: ignore[arg-type]
    modals.wait_done()
    qtbot.waitUntil(lambda: window.service is None, timeout=5000)


def close_window(qtbot: QtBot, dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    click(qtbot, box.button(QDialogButtonBox.StandardButton.Close))


def notes_with(path: Path, interview_id: int, text: str) -> list[str]:
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as session:
        lines = session.interviews.get(interview_id).lines
    return [line.text for line in lines if line.speaker == "note" and text in line.text]


def test_locking_again_with_the_same_closing_draft_adds_no_second_note(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    """Walk 6, item 24: the first lock keeps the typed closing as a note; locking again with
    the draft unchanged, from the reopened closing dialog or with the window closed, added
    the same note again each time."""
    path = closed_case[0]
    window = with_two_cases(qtbot, path, modals, files)
    click_row(qtbot, window.page.case_list.table, row_of(window, "Eerste zaak"))
    view = window.page.case_view
    click_tab(qtbot, view.tabs, "Interviews")
    seen: dict[str, int] = {}
    start_and_lock_in_closing(qtbot, window, modals, seen)

    # Unlocked: the window is back; Close the interview… shows the draft; Ctrl+L again.
    def lock_unchanged(dialog: QDialog) -> None:
        activate(qtbot, dialog)
        assert isinstance(dialog, ClosingDialog)
        assert dialog.agreements.toPlainText() == AGREED
        qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    def reopened_closing(dialog: QDialog) -> None:
        activate(qtbot, dialog)
        assert isinstance(dialog, InterviewWindow)
        modals.expect(ClosingDialog, lock_unchanged)  # type: ignore[arg-type]
        click(qtbot, dialog.close_button)

    unlock(qtbot, window, modals, (InterviewWindow, reopened_closing))  # type: ignore[arg-type]
    modals.wait_done()
    qtbot.waitUntil(lambda: window.service is None, timeout=5000)
    assert "closing an interview" in window.locked.saved_note.text()
    # Unlocked again: the window is closed, the draft kept by the tab; Ctrl+L a third time.
    unlock(qtbot, window, modals, (InterviewWindow, lambda dialog: close_window(qtbot, dialog)))
    modals.wait_done()
    qtbot.waitUntil(lambda: view.interviews.interview_window is None)
    assert seen["interview"] in view.interviews.closing_drafts
    activate(qtbot, window)
    qtbot.keyClick(window.page.case_list.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.service is None
    unlock(qtbot, window, modals)
    assert view.interviews.closing_drafts[seen["interview"]].agreements == AGREED
    asked = len(modals.texts)
    window.act_close.trigger()  # unchanged since the lock kept it: no question
    assert window.service is None and len(modals.texts) == asked
    notes = notes_with(path, seen["interview"], AGREED)
    assert len(notes) == 1, notes
    assert "May be told: Parents" in notes[0]


def test_the_lock_note_of_a_closing_draft_can_be_undone_after_unlocking(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    """Walk 6, item 24: after unlocking, the note 'Typed for closing the interview … locked'
    could not be taken back: Ctrl+Z did nothing, there was no Undo, and the note's context
    menu had only a greyed-out Change speaker. Now the window says what the lock kept, with
    Undo (Ctrl+Z, also from the empty line field), and the note's line has Remove note; the
    text stays in Close the interview… and in the file, and the audit records the note's
    adding and its removal."""
    path = closed_case[0]
    window = with_two_cases(qtbot, path, modals, files)
    click_row(qtbot, window.page.case_list.table, row_of(window, "Eerste zaak"))
    view = window.page.case_view
    click_tab(qtbot, view.tabs, "Interviews")
    seen: dict[str, int] = {}
    start_and_lock_in_closing(qtbot, window, modals, seen)
    shown: list[str] = []

    def read_and_cancel(dialog: QDialog) -> None:
        activate(qtbot, dialog)
        assert isinstance(dialog, ClosingDialog)
        shown.append(dialog.agreements.toPlainText())
        click(
            qtbot,
            dialog.findChild(QDialogButtonBox).button(  # type: ignore[union-attr]
                QDialogButtonBox.StandardButton.Cancel
            ),
        )

    def undo_with_ctrl_z(dialog: QDialog) -> None:
        activate(qtbot, dialog)
        assert isinstance(dialog, InterviewWindow)
        bar = dialog.findChild(QWidget, "lock_note_undo")
        assert bar is not None and bar.isVisible()
        assert "what you typed for closing this interview" in bar.message.text()  # type: ignore[attr-defined]
        note = dialog.model.rows[-1]
        assert note.speaker == "note" and AGREED in note.text
        # Remove note is on the note's line only.
        remove = dialog.table.findChild(QAction, "remove_lock_note")
        assert remove is not None and remove in dialog.table.actions()
        click_row(qtbot, dialog.table, 0)
        assert not remove.isEnabled()
        click_row(qtbot, dialog.table, len(dialog.model.rows) - 1)
        assert remove.isEnabled()
        # Ctrl+Z in the empty Said field (its own undo has nothing to undo).
        dialog.input.setFocus()
        qtbot.keyClick(dialog.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert not any(AGREED in row.text for row in dialog.model.rows)
        assert not bar.isVisible()
        # The text is still in the closing dialog.
        modals.expect(ClosingDialog, read_and_cancel)  # type: ignore[arg-type]
        click(qtbot, dialog.close_button)
        qtbot.waitUntil(lambda: len(shown) == 1)
        close_window(qtbot, dialog)

    unlock(qtbot, window, modals, (InterviewWindow, undo_with_ctrl_z))  # type: ignore[arg-type]
    modals.wait_done()
    qtbot.waitUntil(lambda: view.interviews.interview_window is None)
    assert shown == [AGREED]
    assert window.service is not None
    removed = [r for r in window.service.audit_rows() if r.action == "interview.note_removed"]
    assert len(removed) == 1
    # The audit tab shows the lock adding the note, then its undoing (walk: the undoing
    # only, of a note the log never said was added).
    activate(qtbot, window)
    click_tab(qtbot, window.page.tabs, "Case file and audit log")
    rows = sorted(window.page.model.rows, key=lambda event: event.seq)
    logged = [label(e.action) for e in rows if e.action.startswith("interview.note")]
    assert logged == ["Interview note added", "Interview note undone"], logged
    # The file still keeps the draft (W10-2): closing it asks nothing, and no note is added.
    window.act_close.trigger()
    assert window.service is None and not [t for t in modals.texts if "not saved" in t]
    assert notes_with(path, seen["interview"], AGREED) == []


@pytest.fixture(params=["en", "nl"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    assert i18n.install(request.param)
    yield request.param
    i18n.install("en")


def test_the_lock_note_undo_names_ctrl_z_and_it_works_from_the_note_field(
    qtbot: QtBot,
    closed_case: tuple[Path, str],
    modals: Modals,
    files: FileDialogs,
    language: str,
) -> None:
    """Walk 8, W8-1: after unlocking, the bar's Undo showed Alt+O ('&Ongedaan maken'), which
    the window had given to 'N&otitie' too: Alt+O, twice, went to the note field and never
    reached Undo. The button now has no Alt letter and names its key, Ctrl+Z, in both
    languages; no two things in the window share a letter; and Ctrl+Z pressed where Alt+O
    left the adviser (the empty Note field) takes the note back."""
    path = closed_case[0]
    window = with_two_cases(qtbot, path, modals, files)
    click_row(qtbot, window.page.case_list.table, row_of(window, "Eerste zaak"))
    view = window.page.case_view
    tab = view.tabs.tabText(view.tabs.indexOf(view.interviews))
    click_tab(qtbot, view.tabs, tab.replace("&", ""))
    seen: dict[str, int] = {}
    start_and_lock_in_closing(qtbot, window, modals, seen)
    troubles: list[str] = []  # checked once the window is closed
    buttons: list[str] = []

    def undo_with_ctrl_z(dialog: QDialog) -> None:
        activate(qtbot, dialog)
        assert isinstance(dialog, InterviewWindow)
        bar = dialog.findChild(QWidget, "lock_note_undo")
        button = dialog.findChild(QPushButton, "undo")
        if bar is None or button is None or not bar.isVisible():
            troubles.append("no bar")
            close_window(qtbot, dialog)
            return
        troubles.extend(clashes(dialog))
        buttons.append(button.text())
        dialog.note.setFocus()
        qtbot.keyClick(dialog.note, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        if bar.isVisible() or any(AGREED in row.text for row in dialog.model.rows):
            troubles.append("Ctrl+Z in the Note field did not undo")
        close_window(qtbot, dialog)

    unlock(qtbot, window, modals, (InterviewWindow, undo_with_ctrl_z))  # type: ignore[arg-type]
    modals.wait_done()
    qtbot.waitUntil(lambda: view.interviews.interview_window is None)
    assert not troubles, troubles
    assert buttons == [{"en": "Undo (Ctrl+Z)", "nl": "Ongedaan maken (Ctrl+Z)"}[language]]
    assert notes_with_open(view, seen["interview"]) == []
    window.act_close.trigger()  # the file keeps the draft: nothing to ask (W10-2)
    assert window.service is None


def notes_with_open(view: CaseView, interview_id: int) -> list[str]:
    service = view.interviews.service()
    assert service is not None
    lines = service.get(interview_id).lines
    return [line.text for line in lines if line.speaker == "note" and AGREED in line.text]
