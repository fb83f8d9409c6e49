"""Escape on Edit person with changed fields asks before dropping them, Keep editing the
default; unchanged, it closes at once (walk 11: a changed name and school went without a
word, in a dialog the adviser may have reached by an Enter meant for Add person)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.ui.case.case_dialogs import PersonDialog
from tests.ui.conftest import demo_file, open_case, open_window
from tests.ui.drive import FileDialogs, Modals, activate, click, click_row


def test_escape_on_a_changed_edit_person_asks_and_keeps_editing_by_default(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    path, ids = demo_file(case_dir / "Demo.adcase")
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[0], "People")
    people = window.page.case_view.people
    click_row(qtbot, people.table, 0)
    person = people.selected_person()
    assert person is not None
    seen: dict[str, object] = {}

    def escape_twice(dialog: QWidget) -> None:
        assert isinstance(dialog, PersonDialog)
        activate(qtbot, dialog)
        dialog.name.setFocus()
        dialog.name.selectAll()
        qtbot.keyClicks(dialog.name, "Test Persoon")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)  # asked: Enter keeps editing
        seen["kept"] = dialog.isVisible() and dialog.name.text() == "Test Persoon"
        qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)  # asked again: Discard

    def enter_on_default(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen["default"] = box.defaultButton().text().replace("&", "")
        qtbot.keyClick(box, Qt.Key.Key_Return)

    modals.expect(PersonDialog, escape_twice)
    modals.expect(QMessageBox, enter_on_default)
    modals.answer("Discard")
    click(qtbot, people.edit_button)
    modals.wait_done()
    assert seen == {"default": "Keep editing", "kept": True}
    assert "not been saved" in modals.texts[0]
    qtbot.waitUntil(lambda: people.selected_person() is not None)
    assert people.selected_person().name == person.name  # type: ignore[union-attr]

    # Unchanged, Escape closes without a question.
    def escape(dialog: QWidget) -> None:
        assert isinstance(dialog, PersonDialog)
        activate(qtbot, dialog)
        qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
        seen["closed"] = not dialog.isVisible()

    activate(qtbot, window)
    modals.expect(PersonDialog, escape)
    click(qtbot, people.edit_button)
    modals.wait_done()
    assert seen["closed"] is True and len(modals.texts) == 2
    window.act_close.trigger()
