"""A long location shows where the file goes and its name, cut in the middle (walk 10, W10-8:
the start, which says where, was cut off), the whole path in the tooltip."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from adviser_desk.ui.case_file.create_dialog import CreateCaseFileDialog
from tests.ui.drive import FileDialogs, button_named, click


def test_a_long_location_is_cut_in_the_middle_and_whole_in_its_tooltip(
    qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "a rather long folder name" / "Documents" / "Adviser Desk"
    dialog = CreateCaseFileDialog(folder)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.location
    assert not field.hasFocus()  # the name field has it
    shown, whole = field.elided_text(), field.text()
    assert shown != whole and "…" in shown
    assert shown.startswith(whole[:4]) and shown.endswith(".adcase")
    assert field.toolTip() == whole
    field.setText(str(tmp_path / "Elders.adcase"))
    assert field.toolTip() == field.text()


def test_a_location_the_screen_has_room_for_is_shown_whole_also_after_browse(
    qtbot: QtBot, files: FileDialogs
) -> None:
    """Walk 16, W16-3: "/tmp/walkC-home/Docum…ser Desk/Zaken.adcase" was cut in the middle
    although the dialog could widen. The dialog opens wide enough for the path, and a longer
    one chosen by Browse widens it, as long as the screen has room."""
    folder = Path("/tmp/AD")  # short: the test screen is 800 pixels wide (nothing is written)
    dialog = CreateCaseFileDialog(folder)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.location
    assert field.elided_text() == field.text()  # whole
    width = dialog.width()
    longer = folder / "Schooljaar 2026-2027" / "Vertrouwenspersoon" / "Zaken.adcase"
    files.answers["save"].append(longer)
    click(qtbot, button_named(dialog, "Browse…"))
    assert field.text() == str(longer)
    qtbot.waitUntil(lambda: field.elided_text() == field.text())
    assert dialog.width() > width
    screen = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().right() <= screen.right()
