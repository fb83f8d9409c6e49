"""Steps with a demo case on its Overview, shared by the tests of closing, reopening and their
Undo: the demo file opened, its first case's status chosen by a key, the case closed through
its question or, as a starting point, by the service."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.services.case_service import CaseService
from adviser_desk.ui.case.case_closing import CloseCaseDialog
from adviser_desk.ui.shell.main_window import MainWindow
from tests.ui.conftest import demo_file, open_case, open_window
from tests.ui.drive import FileDialogs, Modals, activate, click


def demo_window(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs, language: str = "en"
) -> tuple[MainWindow, CaseService, int]:
    """The demo file opened as the adviser does (Ctrl+O, the password); its first case's id."""
    path, ids = demo_file(case_dir / "Demo.adcase", language=language)
    window = open_window(qtbot, path, modals, files)
    assert window.cases is not None
    return window, window.cases, ids[0]


def demo_case(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> tuple[MainWindow, CaseService, int]:
    """The demo file opened, its first case clicked in the list (its Overview shows)."""
    window, cases, case_id = demo_window(qtbot, case_dir, modals, files)
    open_case(qtbot, window, case_id)
    return window, cases, case_id


def choose_status(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    """The Overview's Status chosen by a key in it (Home: Open, End: Closed), unsaved."""
    overview = window.page.case_view.overview
    activate(qtbot, window)
    overview.status.setFocus()
    qtbot.keyClick(overview.status, key)


def choose_closed(qtbot: QtBot, window: MainWindow) -> None:
    """Status -> Closed (End: the last), unsaved."""
    choose_status(qtbot, window, Qt.Key.Key_End)
    assert window.page.case_view.overview.status.value() == dc.CaseStatus.CLOSED


def close_case(qtbot: QtBot, window: MainWindow, modals: Modals) -> None:
    """Status -> Closed, Save, an outcome chosen in the question, Close case."""

    def close(dialog: QWidget) -> None:
        assert isinstance(dialog, CloseCaseDialog)
        qtbot.keyClick(dialog.outcome, Qt.Key.Key_Down)
        click(qtbot, dialog.ok)

    choose_closed(qtbot, window)
    modals.expect(CloseCaseDialog, close)
    click(qtbot, window.page.case_view.overview.save_button)
    modals.wait_done()


def closed_by_service(
    cases: CaseService,
    case_id: int,
    reason: str | None,
    outcome: dc.CaseOutcome = dc.CaseOutcome.IMAGES_REMOVED,
    today: date | None = None,
) -> tuple[int, ...]:
    """The case closed with ``outcome`` (on ``today``) before the test looks at it, its open
    tasks marked not applicable with ``reason`` (None: left open); returns the tasks marked."""
    draft = cases.get_case(case_id).draft
    closed = replace(draft, status=dc.CaseStatus.CLOSED, outcome=outcome)
    return cases.close_case(case_id, closed, reason, today=today)
