"""A long location shows where the file goes and its name, cut in the middle (walk 10, W10-8:
the start, which says where, was cut off), the whole path in the tooltip."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from adviser_desk.ui.case_file.create_dialog import CreateCaseFileDialog


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
