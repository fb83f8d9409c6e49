"""Save version in the letter editor makes a version only when there is something new."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

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
from tests.ui.test_letters_ui import click_list_row


def versions_stored(editor: LetterEditor) -> list[int]:
    letter = editor._letter()
    return [] if letter is None else [v.number for v in letter.versions]


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_save_version_without_changes_says_so_and_saves_nothing(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    """Walk 6, W6-3: right after unlocking (the lock had saved version 1), Save version made
    a version 2 identical to it."""
    opened = open_tab()
    window = opened.window
    open_case(qtbot, window, opened.case_id, "Letters")
    tab = window.page.case_view.letters
    editor = new_letter(qtbot, window)
    save = button_named(editor, "Save version")
    assert save.isEnabled()  # a fresh draft may be saved as it is
    editor.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.editor, " Een zin.")
    # Typed, Ctrl+L: the lock saves version 1; unlocked, the editor is back with it.
    qtbot.keyClick(editor.editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.service is None
    unlock(qtbot, window, modals)
    back = reopened_letter(qtbot, window)
    assert back.version is not None and back.version.number == 1
    activate(qtbot, back)
    save = button_named(back, "Save version")
    # Nothing changed since: Save version is off and says why; Ctrl+S says it too.
    assert not save.isEnabled() and save.toolTip() == "No changes since version 1."
    back.editor.setFocus()
    qtbot.keyClick(back.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert back.status.text() == "No changes since version 1."
    assert versions_stored(back) == [1]
    # A change: on again; saved as version 2, then off again.
    back.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(back.editor, " Nog een.")
    assert save.isEnabled() and save.toolTip() == ""
    click(qtbot, save)
    assert versions_stored(back) == [1, 2] and not save.isEnabled()
    assert save.toolTip() == "No changes since version 2."
    # Details checked is a change of its own (the version records it).
    click(qtbot, button_named(back, "Details checked"))
    assert save.isEnabled()
    back.editor.setFocus()
    qtbot.keyClick(back.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: versions_stored(back) == [1, 2, 3])
    assert not save.isEnabled()
    # An older version opened from the list may be saved again, as the newest.
    click_list_row(qtbot, back.versions, 2)  # version 1, the oldest
    qtbot.keyClick(back.versions, Qt.Key.Key_Return)
    assert back.version is not None and back.version.number == 1
    assert save.isEnabled()
    click(qtbot, save)
    assert versions_stored(back) == [1, 2, 3, 4] and not save.isEnabled()
    click(qtbot, button_named(back, "Close"))
    qtbot.waitUntil(lambda: tab.editor is None)
    window.act_close.trigger()
