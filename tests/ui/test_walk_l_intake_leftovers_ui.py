"""Walk L leftovers at intake, through the real window on a real case file: Add > Files… (only the
OS file chooser patched), Ctrl+V with real image bytes, Escape pressed on the real box and form.

- Escape closes the one-button refusal box (finding 30: a hidden "May be sexual…" button took
  Qt's default Escape, so Escape did nothing).
- A file withheld in the case on screen is named "in this case", as a file stored here is
  (finding 26a: "as B-003 in 2026-001" in the same box as "in this case").
- Every round sets the line under the list, also when the form is escaped (findings 8, 26b: the
  previous round's "1 not added." stayed).
- "Yes, or I am not sure" alone is an answer: Escape asks before dropping it (finding 8).
- The paste's Escape question starts with a capital; a file name is left as it is (26c, 16).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.ui.common import i18n
from adviser_desk.ui.evidence.evidence_dialogs import IntakeDialog
from tests.ui.conftest import Opened, add_files
from tests.ui.drive import FileDialogs, Modals, click
from tests.ui.test_evidence_ui import png
from tests.ui.test_guard_walk_g_ui import press_ctrl_v
from tests.ui.test_walk_k_intake_leftovers_ui import CHAT, FILES, stored_here
from tests.ui.test_withheld_before_form_ui import no_dialog_follows

pytestmark = pytest.mark.usefixtures("clipboard")


@pytest.fixture
def dutch() -> Iterator[Callable[[QtBot], None]]:
    """Switches the window to Dutch when called (after the case is open), as Settings does."""

    def switch(qtbot: QtBot) -> None:
        assert i18n.install("nl")
        qtbot.wait(200)  # the language change reaches every window

    yield switch
    i18n.install("en")


def escape_closes(qtbot: QtBot, box: QMessageBox) -> None:
    """Escape on the box; if it stays open (the bug), it is closed so the test fails, not hangs."""
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.wait(300)
    if box.isVisible():
        box.done(0)
        raise AssertionError("Escape did not close the box")


def test_escape_closes_the_refusal_box_naming_this_case_and_an_escaped_form_says_nothing_added(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    opened = open_tab(stored_here)
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    # A first round leaves "1 not added." on the line.
    chat = tmp_path / "chat.txt"
    chat.write_bytes(CHAT)
    modals.answer(QMessageBox.StandardButton.Ok)
    add_files(qtbot, widget, files, [chat])
    modals.wait_done()
    no_dialog_follows(qtbot, widget)
    assert widget.status.text() == "1 not added."
    # The walk's round: a film withheld here and a new photo; Escape on the box, then Escape
    # on the photo's form (nothing typed or chosen).
    film, new = tmp_path / "video.mp4", tmp_path / "nieuw.png"
    film.write_bytes(FILES["filmpje.mp4"])
    new.write_bytes(png(80, 40, 11))
    seen: list[str] = []

    def escape_box(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        escape_closes(qtbot, box)

    def escape_form(dialog: QWidget) -> None:
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)

    modals.expect(QMessageBox, escape_box)
    modals.expect(IntakeDialog, escape_form)
    add_files(qtbot, widget, files, [film, new])
    modals.wait_done()
    no_dialog_follows(qtbot, widget)
    assert seen == [
        "video.mp4 is the same file (identical SHA-256) as B-003 in this case, recorded as "
        "possibly a nude or sexual image of someone under 18 and deliberately not kept. Such a "
        "file is never stored. Nothing was stored.\n\n"
        "The other file goes on to the next window: nieuw.png"
    ]
    assert widget.status.text() == "Nothing added."
    assert evidence.count(case_id) == 3


def test_escape_with_only_yes_chosen_asks_before_dropping_the_answer_in_dutch(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
    dutch: Callable[[QtBot], None],
) -> None:
    opened = open_tab()
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    dutch(qtbot)
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(FILES["foto.jpg"])
    kept: list[bool] = []

    def yes_then_escape_twice(dialog: QWidget) -> None:
        yes = dialog.findChild(QWidget, "minor_yes")
        assert yes is not None
        click(qtbot, yes)  # type: ignore[arg-type]
        qtbot.keyClick(yes, Qt.Key.Key_Escape)  # answered: Verder typen
        kept.append(dialog.isVisible())
        qtbot.keyClick(yes, Qt.Key.Key_Escape)  # answered: Niet toevoegen, weggooien

    modals.expect(IntakeDialog, yes_then_escape_twice)
    modals.answer("Verder typen")
    modals.answer("Niet toevoegen, weggooien")
    add_files(qtbot, widget, files, [photo])
    modals.wait_done()
    no_dialog_follows(qtbot, widget)
    assert kept == [True]
    question = (
        "photo.jpg niet toevoegen en je antwoord (ja, of niet zeker) weggooien?\n\n"
        "Er wordt niets over vastgelegd."
    )
    assert modals.texts == [question, question]
    assert widget.status.text() == "Niets toegevoegd."
    assert evidence.count(case_id) == 0


def test_the_paste_escape_question_starts_with_a_capital_and_the_line_says_nothing_added(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    modals: Modals,
    dutch: Callable[[QtBot], None],
) -> None:
    opened = open_tab()
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    widget.status.setText("1 niet toegevoegd.")  # a previous round's line
    dutch(qtbot)
    mime = QMimeData()
    mime.setData("image/png", png(72, 54, 5))
    QGuiApplication.clipboard().setMimeData(mime)

    def typed_then_escape(dialog: QWidget) -> None:
        description = dialog.findChild(QWidget, "description")
        assert description is not None
        qtbot.keyClicks(description, "screenshot uit Snapchat")
        qtbot.keyClick(description, Qt.Key.Key_Escape)

    modals.expect(IntakeDialog, typed_then_escape)
    modals.answer("Niet toevoegen, weggooien")
    press_ctrl_v(qtbot, widget)
    modals.wait_done()
    no_dialog_follows(qtbot, widget)
    assert modals.texts == [
        "Geplakte afbeelding niet toevoegen en je antwoorden (beschrijving) weggooien?\n\n"
        "Er wordt niets over vastgelegd."
    ]
    assert widget.status.text() == "Niets toegevoegd."
    assert evidence.count(case_id) == 0


def test_escape_on_a_refusal_of_one_file_closes_it(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    """The walk's box: one file, withheld before, only OK shown."""
    opened = open_tab(stored_here)
    widget = opened.widget
    film = tmp_path / "photo.webm"
    film.write_bytes(FILES["filmpje.mp4"])
    titles: list[str] = []

    def escape(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        titles.append(box.windowTitle())
        assert len([b for b in box.buttons() if b.isVisible()]) == 1
        escape_closes(qtbot, box)

    modals.expect(QMessageBox, escape)
    add_files(qtbot, widget, files, [film])
    modals.wait_done()
    no_dialog_follows(qtbot, widget)
    assert titles == ["File cannot be added"]
    assert widget.status.text() == "1 not added."
