"""The letter editor's banners follow the letter shown and what the case records, whether the
letter was just drafted, saved, opened from the Letters tab or reopened after a lock."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from adviser_desk.domain import letters as dl
from adviser_desk.ui.letters.letter_editor import LetterEditor
from tests.ui.conftest import Opened, open_case
from tests.ui.drive import (
    Modals,
    activate,
    button_named,
    click,
    new_letter,
    reopened_letter,
    unlock,
)
from tests.ui.test_letter_kind_ui import choose
from tests.ui.test_letters_ui import click_list_row

OWN_NAME = "in the student's own name"
NO_DATE = "The case records no time when this started"
NO_DISTRIBUTOR = "The case names no distributor or account yet"
HIGHLIGHTED = "highlighted until you press “Details checked”"


def banners(editor: LetterEditor) -> str:
    assert editor.notes.isVisible()
    return editor.notes.text()


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_the_banners_stay_while_their_condition_holds(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    """Walk 6, W6-2: after Ctrl+L and unlocking, the stop letter came back without its
    banners (sent by the student, no date, no distributor, details highlighted), although
    the case still recorded no date and no distributor and the details were never checked;
    a letter opened from the Letters tab had none either."""
    opened = open_tab()  # a case with no people and no evidence: no date, no distributor
    window = opened.window
    open_case(qtbot, window, opened.case_id, "Letters")
    tab = window.page.case_view.letters
    editor = new_letter(qtbot, window)
    choose(qtbot, editor.kind, dl.LetterKind.STOP_SPREAD.value)
    drafted = banners(editor)
    for banner in (OWN_NAME, NO_DATE, NO_DISTRIBUTOR, HIGHLIGHTED):
        assert banner in drafted, drafted
    # Saved by hand: the same banners.
    editor.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.editor, " Stop ermee.")
    click(qtbot, button_named(editor, "Save version"))
    assert editor.version is not None and editor.version.number == 1
    assert banners(editor) == drafted
    # Typed on, Ctrl+L (the lock saves version 2), unlocked: the editor is back, banners too.
    qtbot.keyClicks(editor.editor, " Echt.")
    qtbot.keyClick(editor.editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.service is None
    unlock(qtbot, window, modals)
    back = reopened_letter(qtbot, window)
    assert back is not editor
    assert back.version is not None and back.version.number == 2
    assert banners(back) == drafted
    # The kind of a saved letter is fixed, and the combo says why.
    assert not back.kind.isEnabled() and "New letter…" in back.kind.toolTip()
    # Details checked: that banner goes; the prompts still open are named instead.
    activate(qtbot, back)
    click(qtbot, button_named(back, "Details checked"))
    checked = banners(back)
    assert HIGHLIGHTED not in checked and NO_DATE in checked and NO_DISTRIBUTOR in checked
    assert "Still to fill in:" in checked and "[date]" in checked, checked
    click(qtbot, button_named(back, "Save version"))
    click(qtbot, button_named(back, "Close"))
    qtbot.waitUntil(lambda: tab.editor is None)
    # Opened again from the Letters tab: the case's banners, and what is still open.
    activate(qtbot, window)
    click_list_row(qtbot, tab.list, 0)
    click(qtbot, button_named(tab, "Open…"))
    again = tab.editor
    assert again is not None
    assert banners(again) == checked
    # An older version opened from the list brings back its own state: not yet checked.
    activate(qtbot, again)
    click_list_row(qtbot, again.versions, again.versions.count() - 1)  # version 1, the oldest
    qtbot.keyClick(again.versions, Qt.Key.Key_Return)
    assert again.version is not None and again.version.number == 1
    assert HIGHLIGHTED in banners(again)
    click(qtbot, button_named(again, "Close"))
    qtbot.waitUntil(lambda: tab.editor is None)
    window.act_close.trigger()


def marked(editor: LetterEditor) -> list[str]:
    """The highlighted stretches of the letter's text, in order."""
    runs: list[str] = []
    block = editor.editor.document().begin()
    while block.isValid():
        it = block.begin()
        joined = False
        while not it.atEnd():
            fragment = it.fragment()
            highlighted = fragment.charFormat().background().style() != Qt.BrushStyle.NoBrush
            if highlighted and joined:
                runs[-1] += fragment.text()
            elif highlighted:
                runs.append(fragment.text())
            joined = highlighted
            it += 1
        block = block.next()
    return runs


def fill(qtbot: QtBot, editor: LetterEditor, prompt: str, text: str) -> None:
    """A double click on the prompt selects it, typing replaces it (as the adviser does)."""
    at = editor.editor.toPlainText().index(prompt)
    place = QTextCursor(editor.editor.document())
    place.setPosition(at + 2)
    editor.editor.ensureCursorVisible()
    pos = editor.editor.cursorRect(place).center()
    qtbot.mouseDClick(editor.editor.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert editor.editor.textCursor().selectedText() == prompt
    qtbot.keyClicks(editor.editor, text)


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_details_checked_leaves_open_prompts_marked_and_filled_prompts_end_their_banner(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    """Walk 7, W7-10: Details checked took the highlight off the still-open [date] too, and
    'The case records no time when this started: fill in the [date]…' stayed after the date
    was filled in and saved."""
    opened = open_tab()  # no date, no distributor
    window = opened.window
    open_case(qtbot, window, opened.case_id, "Letters")
    tab = window.page.case_view.letters
    editor = new_letter(qtbot, window)
    choose(qtbot, editor.kind, dl.LetterKind.STOP_SPREAD.value)
    before = marked(editor)
    assert "[place]" in before and "[date]" in before
    details = [run for run in before if not run.startswith("[")]
    assert details, before  # details taken from the case, highlighted to be checked
    fill(qtbot, editor, "[place]", "Zeist")
    click(qtbot, button_named(editor, "Details checked"))
    after = marked(editor)
    # Only the prompts still open keep their mark; the checked details and Zeist have none.
    assert after == [run for run in before if run.startswith("[") and run != "[place]"], after
    assert "[date]" in after and not any(d in after for d in details)
    shown = banners(editor)
    assert HIGHLIGHTED not in shown and NO_DATE in shown and NO_DISTRIBUTOR in shown
    assert "Still to fill in:" in shown and "[date]" in shown, shown
    # Filled in: the banner asking for the date goes as it is typed, the open prompts shrink.
    fill(qtbot, editor, "[date]", "1 December 2026")
    filled = banners(editor)
    assert NO_DATE not in filled and "[date]" not in filled, filled
    assert NO_DISTRIBUTOR in filled and OWN_NAME in filled  # these still hold
    assert "[date]" not in marked(editor)
    click(qtbot, button_named(editor, "Save version"))
    assert banners(editor) == filled
    click(qtbot, button_named(editor, "Close"))
    qtbot.waitUntil(lambda: tab.editor is None)
    # Opened again from the Letters tab: the same banners, the open prompts still marked.
    activate(qtbot, window)
    click_list_row(qtbot, tab.list, 0)
    click(qtbot, button_named(tab, "Open…"))
    again = tab.editor
    assert again is not None
    assert banners(again) == filled
    assert marked(again) == [run for run in after if run != "[date]"]
    click(qtbot, button_named(again, "Close"))
    qtbot.waitUntil(lambda: tab.editor is None)
    window.act_close.trigger()
