"""The details a letter takes from the case and the prompts left to fill in, as the adviser
works on them in the editor."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.domain import letters as dl
from adviser_desk.domain.dates import long_date
from adviser_desk.services.session import CaseFileSession
from tests.ui.conftest import Opened, demo_file, open_case, open_window
from tests.ui.drive import (
    FileDialogs,
    Modals,
    activate,
    button_named,
    click,
    new_letter,
    reopened_letter,
)
from tests.ui.test_letter_kind_ui import choose
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
    dialog = new_letter(qtbot, window)
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
    again = reopened_letter(qtbot, window)
    shown = again.editor
    at = shown.toPlainText().index("Utrecht,")
    assert not any(_highlighted_at(shown, p) for p in range(at, at + 7))
    assert _highlighted_at(shown, at + len("Utrecht, "))
    click(qtbot, button_named(again, "Close"))
    qtbot.waitUntil(lambda: tab.editor is None)
    assert QApplication.activeModalWidget() is None
    window.act_close.trigger()


def test_a_double_click_on_a_prompt_selects_it_brackets_and_all(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    """Walk 6, W6-1: a double click on "plaats" in "[plaats]" selected the word only, so the
    letter read "[Utrecht]" and the open-fields check no longer saw it."""
    from PySide6.QtGui import QTextCursor

    path, ids = demo_file(case_dir / "D.adcase")
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[1], "Letters")
    tab = window.page.case_view.letters
    dialog = new_letter(qtbot, window)
    editor = dialog.editor
    prompt = "[place]"
    start = editor.toPlainText().index(prompt)
    place = QTextCursor(editor.document())
    place.setPosition(start + 3)  # on the word, inside the brackets
    at = editor.cursorRect(place).center()
    qtbot.mouseDClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert editor.textCursor().selectedText() == prompt
    qtbot.keyClicks(editor, "Zeist")
    plain = editor.toPlainText()
    assert plain[start : start + 6] == "Zeist," and prompt not in plain
    assert not any(_highlighted_at(editor, p) for p in range(start, start + 5))
    # A double click on plain text still selects a word, as everywhere else.
    word = plain.index("Zeist")
    place.setPosition(word + 2)
    qtbot.mouseDClick(
        editor.viewport(), Qt.MouseButton.LeftButton, pos=editor.cursorRect(place).center()
    )
    assert editor.textCursor().selectedText() == "Zeist"
    # A prompt typed into rather than over still counts as open.
    assert dl.open_fields("[Utrecht], 3 december; [plZeistaats]") == [
        "[Utrecht]",
        "[plZeistaats]",
    ]
    modals.answer(QMessageBox.StandardButton.Discard)  # "Save your changes?"
    click(qtbot, button_named(dialog, "Close"))
    modals.wait_done()
    qtbot.waitUntil(lambda: tab.editor is None)
    window.act_close.trigger()


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_the_stop_letter_dates_it_from_when_it_happened_not_from_the_case(
    qtbot: QtBot, open_tab: Callable[..., Opened]
) -> None:
    """Walk 5, W5-25: 'Dit speelt sinds' gave the day the case was opened. It is the
    earliest time the case records something happening (here a note of something that
    happened earlier), and without one the letter asks for the [date]."""
    earlier = datetime.now(UTC) - timedelta(days=12)
    second: list[int] = []

    def prepare(session: CaseFileSession, _case_id: int) -> None:
        case_id = session.cases.create_case(
            dc.CaseDraft(title="Tweede", incident_types=[dc.IncidentType.EXPOSING])
        )
        session.cases.add_note(case_id, "De foto ging rond in de klassenapp.", earlier)
        second.append(case_id)

    opened = open_tab(prepare)
    window = opened.window
    for case_id, since in (
        (opened.case_id, "[date]"),
        (second[0], long_date(earlier.astimezone().date(), "en").replace("\xa0", " ")),
    ):
        open_case(qtbot, window, case_id, "Letters")
        dialog = new_letter(qtbot, window)
        choose(qtbot, dialog.kind, dl.LetterKind.STOP_SPREAD.value)
        text = dialog.editor.toPlainText()
        assert f"This has been going on since {since}." in text, text
        assert _highlighted_at(dialog.editor, text.index(f"since {since}") + len("since "))
        note = "no time when this started" if since == "[date]" else "earliest time"
        assert note in dialog.notes.text()
        click(qtbot, button_named(dialog, "Close"))
        qtbot.waitUntil(lambda: window.page.case_view.letters.editor is None)
        activate(qtbot, window)
