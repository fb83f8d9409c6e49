"""The details a letter takes from the case and the prompts left to fill in, as the adviser
works on them in the editor."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import demo_file, open_case, open_window
from tests.ui.drive import FileDialogs, Modals, activate, button_named, click
from tests.ui.test_letters_ui import _click_at, _highlighted_at


def test_typing_over_a_prompt_is_the_advisers_own_text(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    """Walk 5, W5-16: "[plaats]" selected and typed over with "Utrecht" kept the "U"
    highlighted as taken from the case, also after saving and opening the letter again."""
    path, ids = demo_file(case_dir / "K.adcase")
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[1], "Letters")
    tab = window.page.case_view.letters
    click(qtbot, button_named(tab, "New letter…"))
    dialog = tab.editor
    assert dialog is not None
    activate(qtbot, dialog)
    editor = dialog.editor
    prompt = "[place]"
    start = editor.toPlainText().index(prompt)
    assert _highlighted_at(editor, start)
    # Selected by keyboard from a click before it, then typed over.
    _click_at(qtbot, editor, start)
    for _ in prompt:
        qtbot.keyClick(editor, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert editor.textCursor().selectedText() == prompt
    qtbot.keyClicks(editor, "Utrecht")
    assert editor.toPlainText()[start : start + 8] == "Utrecht,"
    assert not any(_highlighted_at(editor, p) for p in range(start, start + 7))
    # A detail from the case right after it keeps its highlight.
    date_at = start + len("Utrecht, ")
    assert _highlighted_at(editor, date_at)
    click(qtbot, button_named(dialog, "Save version"))
    click(qtbot, button_named(dialog, "Close"))
    qtbot.waitUntil(lambda: tab.editor is None)
    # Opened again: the saved text shows "Utrecht" plain.
    activate(qtbot, window)
    tab.list.setFocus()
    qtbot.keyClick(tab.list, Qt.Key.Key_Home)
    qtbot.keyClick(tab.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.editor is not None and tab.editor.isVisible())
    again = tab.editor
    assert again is not None
    shown = again.editor
    at = shown.toPlainText().index("Utrecht,")
    assert not any(_highlighted_at(shown, p) for p in range(at, at + 7))
    assert _highlighted_at(shown, at + len("Utrecht, "))
    click(qtbot, button_named(again, "Close"))
    qtbot.waitUntil(lambda: tab.editor is None)
    assert QApplication.activeModalWidget() is None
    window.act_close.trigger()
