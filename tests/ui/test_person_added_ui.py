"""After Add person… and Enter the new person is selected in the People list, with the
keyboard focus there (walk 6, W6-7: the focus went to the search field at the top left)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.ui.case.case_dialogs import PersonDialog
from tests.ui.conftest import demo_file, open_case, open_window
from tests.ui.drive import FileDialogs, Modals, activate, click


def test_the_person_added_is_selected_with_the_focus_on_the_list(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    path, ids = demo_file(case_dir / "Demo.adcase")
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[0], "People")
    people = window.page.case_view.people
    before = people.model.rowCount()

    def add(dialog: QWidget) -> None:
        assert isinstance(dialog, PersonDialog)
        activate(qtbot, dialog)
        qtbot.keyClicks(dialog.name, "Quirijn Xu")  # the cursor starts in the name
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    modals.expect(PersonDialog, add)
    click(qtbot, people.add_button)
    modals.wait_done()
    qtbot.waitUntil(lambda: people.model.rowCount() == before + 1)
    qtbot.waitUntil(lambda: window.focusWidget() is people.table)
    qtbot.wait(300)  # the case list reloads after the change: the focus stays
    # The offscreen platform does not hand the activation back after a dialog by itself.
    activate(qtbot, window)
    assert QApplication.focusWidget() is people.table
    chosen = people.selected_person()
    assert chosen is not None and chosen.name == "Quirijn Xu"
    # Enter acts on the new person: Edit… opens with their name.
    seen: list[str] = []

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, PersonDialog)
        seen.append(dialog.name.text())
        dialog.reject()

    modals.expect(PersonDialog, edit)
    qtbot.keyClick(people.table, Qt.Key.Key_Return)
    modals.wait_done()
    assert seen == ["Quirijn Xu"]
    window.act_close.trigger()
