"""Steps with New case, shared by its tests: the case file opened, New case by Ctrl+N with a
subject and a kind filled in, OK refused with a message, a date typed into Opened on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QPoint, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.services.case_service import CaseService
from adviser_desk.ui.case.case_dialogs import NewCaseDialog
from adviser_desk.ui.shell.main_window import MainWindow
from tests.ui.conftest import open_window
from tests.ui.drive import FileDialogs, Handler, Modals, activate, click

SUBJECT = "Naaktfoto gedeeld"


def opened_with_cases(
    qtbot: QtBot, path: Path, modals: Modals, files: FileDialogs
) -> tuple[MainWindow, CaseService, set[int]]:
    """The case file at ``path`` opened as the adviser does; its cases, and their ids now (to
    tell the case New case adds)."""
    window = open_window(qtbot, path, modals, files)
    cases = window.cases
    assert cases is not None
    return window, cases, {row.case_id for row in cases.list_cases()}


def ok_refused(qtbot: QtBot, modals: Modals, dialog: NewCaseDialog) -> str:
    """OK clicked where the dialog refuses: the message it shows, read and closed with OK."""
    told: list[str] = []

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        told.append(box.text())
        click(qtbot, box.button(QMessageBox.StandardButton.Ok))

    modals.expect(QMessageBox, read_and_close)
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    modals.wait_done()
    return told[0]


def type_opened_on(qtbot: QtBot, dialog: NewCaseDialog, day: QDate) -> None:
    """A click in Opened on (its first part), ``day`` typed as the field shows dates, Tab."""
    field = dialog.opened
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(12, field.height() // 2))
    qtbot.keyClicks(field, field.textFromDateTime(QDateTime(day, QTime())))
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def new_case_by_ctrl_n(qtbot: QtBot, modals: Modals, window: MainWindow, fill: Handler) -> None:
    """Ctrl+N on the case list, ``fill`` answering New case."""
    modals.expect(NewCaseDialog, fill)
    activate(qtbot, window)
    qtbot.keyClick(window.page.case_list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.wait_done()


def begin_new_case(qtbot: QtBot, dialog: QWidget) -> NewCaseDialog:
    """In New case, active: the subject typed and Exposing ticked, all but the date done."""
    assert isinstance(dialog, NewCaseDialog)
    activate(qtbot, dialog)
    qtbot.keyClicks(dialog.title, SUBJECT)
    dialog.types.boxes[dc.IncidentType.EXPOSING].setChecked(True)
    return dialog


def made_case(window: MainWindow) -> dc.CaseDraft:
    """The case New case made with the subject begin_new_case typed."""
    assert window.cases is not None
    (made,) = [c for c in window.cases.list_cases() if c.title == SUBJECT]
    return window.cases.get_case(made.case_id).draft
