"""A closed case's tasks stay as closing left them (walk 12, W12-3: Mark done and then Mark not
done turned a not-applicable task of a closed case into an open one, so the closed case listed
an open task and the reason was lost). The Tasks tab says to reopen the case first; Mark done,
Ctrl+D and Add own task do nothing; Open… shows the task with Close only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.services.case_base import ClosedCaseTasksError
from adviser_desk.services.case_views import TaskUpdate
from adviser_desk.ui.case.case_dialogs import TaskDialog
from adviser_desk.ui.case.case_models import ID_ROLE
from adviser_desk.ui.common import theme
from tests.ui.case_steps import closed_by_service, demo_window
from tests.ui.conftest import open_case
from tests.ui.drive import FileDialogs, Modals, activate, click, click_row


def test_a_closed_cases_tasks_are_shown_not_changed(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    window, cases, case_id = demo_window(qtbot, case_dir, modals, files)
    assert closed_by_service(cases, case_id, "Case closed", dc.CaseOutcome.RESOLVED_IN_SCHOOL)
    before = [(t.task_id, t.status, t.na_reason) for t in cases.tasks(case_id)]
    open_case(qtbot, window, case_id, tab="Tasks")
    tab = window.page.case_view.tasks
    assert tab.closed_hint.isVisible() and "reopen the case" in tab.closed_hint.text()
    click(qtbot, tab.show_closed)
    click_row(qtbot, tab.table, 0)
    assert not tab.done_button.isEnabled() and not tab.add_button.isEnabled()
    assert tab.open_button.isEnabled()
    qtbot.keyClick(tab.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    seen: list[tuple[bool, QDialogButtonBox.StandardButton]] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, TaskDialog)
        seen.append((dialog.status.isEnabled(), dialog.buttons.standardButtons()))
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Close))

    modals.expect(TaskDialog, look)
    click(qtbot, tab.open_button)
    modals.wait_done()
    assert seen == [(False, QDialogButtonBox.StandardButton.Close)]
    assert [(t.task_id, t.status, t.na_reason) for t in cases.tasks(case_id)] == before
    # The service refuses too, whoever asks.
    task = cases.tasks(case_id)[0]
    with pytest.raises(ClosedCaseTasksError, match="reopen the case"):
        cases.update_task(task.task_id, TaskUpdate(dc.TaskStatus.DONE, None, "", None, ""))
    window.act_close.trigger()


@pytest.fixture
def back_to_light() -> Iterator[None]:
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.set_scheme(app, theme.Scheme.LIGHT)


@pytest.mark.parametrize("scheme", [theme.Scheme.LIGHT, theme.Scheme.DARK])
def test_a_closed_cases_task_shows_its_reason_as_read_only(
    qtbot: QtBot,
    case_dir: Path,
    modals: Modals,
    files: FileDialogs,
    scheme: theme.Scheme,
    back_to_light: None,
) -> None:
    """Walk 13, W13-3: Reason (and Note) of a closed case's task kept the field colour of an
    editable one, and the dialog opened in Reason with its text selected, as if to be typed
    over. They take the window's colour, as the switched-off Status and Who beside them do,
    and the dialog opens on Close."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.set_scheme(app, scheme)
    window, cases, case_id = demo_window(qtbot, case_dir, modals, files)
    marked = set(
        closed_by_service(cases, case_id, "Case closed", dc.CaseOutcome.RESOLVED_IN_SCHOOL)
    )
    open_case(qtbot, window, case_id, tab="Tasks")
    tab = window.page.case_view.tasks
    click(qtbot, tab.show_closed)
    proxy = tab.table.model()
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(ID_ROLE) in marked)
    click_row(qtbot, tab.table, row)
    palette = app.palette()
    window_colour = palette.color(QPalette.ColorRole.Window)
    field_colour = palette.color(QPalette.ColorRole.Base)
    assert window_colour != field_colour
    seen: dict[str, object] = {}

    def inside(field: QWidget) -> QColor:
        """The field's colour at its right end, where no text is (inside its frame)."""
        image = field.grab().toImage()
        return image.pixelColor(image.width() - 8, image.height() // 2)

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, TaskDialog)
        activate(qtbot, dialog)
        qtbot.waitExposed(dialog)
        close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
        seen["focus"] = QApplication.focusWidget() is close
        seen["read only"] = dialog.reason.isReadOnly() and dialog.note.isReadOnly()
        seen["reason"] = dialog.reason.text()
        seen["colours"] = (inside(dialog.reason), inside(dialog.note))
        qtbot.keyClick(close, Qt.Key.Key_Return)  # Enter closes it

    modals.expect(TaskDialog, look)
    click(qtbot, tab.open_button)
    modals.wait_done()
    assert seen["focus"] is True and seen["read only"] is True
    assert seen["reason"] == "Case closed"
    reason, note = seen["colours"]  # type: ignore[misc]
    assert reason == window_colour and note == window_colour, (reason.name(), note.name())
    window.act_close.trigger()
