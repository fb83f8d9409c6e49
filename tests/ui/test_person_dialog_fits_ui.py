"""Add person shrinks to its form when a role hides School, Class and "Attends this school",
and grows back when they return (walk 11, W11-8: for a staff member about 100 pixels of empty
space stayed between Note and the buttons)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.ui.case.case_dialogs import PersonDialog
from tests.ui.conftest import demo_file, open_case, open_window
from tests.ui.drive import FileDialogs, Modals, activate, click, press_cancel


def gap_above_buttons(dialog: PersonDialog) -> int:
    """Logical pixels between the bottom of the Note field and the top of the buttons."""
    note_bottom = dialog.note.mapTo(dialog, QPoint(0, dialog.note.height())).y()
    return dialog.buttons.mapTo(dialog, QPoint(0, 0)).y() - note_bottom


def choose_role(qtbot: QtBot, dialog: PersonDialog, role: dc.Role) -> None:
    """Arrows in the role box, as the adviser picks a role with the keyboard."""
    dialog.role.setFocus()
    roles = list(dc.ROLE_LABELS)
    key = Qt.Key.Key_Down if roles.index(role) > roles.index(dialog.role.value()) else Qt.Key.Key_Up
    while dialog.role.value() != role:
        qtbot.keyClick(dialog.role, key)


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_add_person_shrinks_for_staff_and_grows_back_for_a_student(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    path, ids = demo_file(case_dir / "Demo.adcase")
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[0], "People")
    seen: dict[str, int] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, PersonDialog)
        activate(qtbot, dialog)
        seen["student"], seen["student_gap"] = dialog.height(), gap_above_buttons(dialog)
        choose_role(qtbot, dialog, dc.Role.STAFF)
        assert not dialog.school.isVisible()
        qtbot.waitUntil(lambda: dialog.height() < seen["student"] - 40)
        seen["staff_gap"] = gap_above_buttons(dialog)
        choose_role(qtbot, dialog, dc.Role.VICTIM)
        qtbot.waitUntil(lambda: dialog.height() >= seen["student"])
        seen["back_gap"] = gap_above_buttons(dialog)
        assert dialog.school.isVisible() and dialog.class_name.visibleRegion().boundingRect()
        press_cancel(qtbot)(dialog)

    modals.expect(PersonDialog, look)
    click(qtbot, window.page.case_view.people.add_button)
    modals.wait_done()
    # The same small gap above the buttons with the rows hidden as with them shown.
    assert abs(seen["staff_gap"] - seen["student_gap"]) <= 8, seen
    assert abs(seen["back_gap"] - seen["student_gap"]) <= 8, seen
    window.act_close.trigger()
