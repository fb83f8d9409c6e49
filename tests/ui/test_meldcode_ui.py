"""The Meldcode tab, driven as an adviser does: open the file, pick the case, click the tab,
Enter on a step, fill the dialog by keyboard, OK."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.domain import meldcode as dm
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.case.case_models import TaskModel, TimelineModel
from adviser_desk.ui.case.meldcode_tab import MeldcodeModel, MeldcodeStepDialog
from adviser_desk.ui.case_file.annual_report_dialog import AnnualReportDialog
from adviser_desk.ui.shell.main_window import MainWindow
from tests.conftest import PASSWORD
from tests.ui.conftest import open_window
from tests.ui.drive import FileDialogs, Modals, click, click_row, click_tab, press_ok


def with_a_case(path: Path) -> None:
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as session:
        session.cases.create_case(
            dc.CaseDraft(title="Foto gedeeld", incident_types=[dc.IncidentType.EXPOSING]),
            date.today(),
        )


def choose_and_ok(qtbot: QtBot, answer_row: int, note: str) -> object:
    """Picks the outcome by keyboard (Down from "Choose…"), types a note, clicks OK."""

    def handler(dialog: QWidget) -> None:
        assert isinstance(dialog, MeldcodeStepDialog)
        combo = dialog.findChild(QComboBox, "answer")
        assert combo is not None and combo.hasFocus()  # the open question has the focus
        for _ in range(answer_row):
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        text = dialog.findChild(QPlainTextEdit, "note")
        assert text is not None
        text.setFocus()
        qtbot.keyClicks(text, note)
        by = dialog.findChild(QLineEdit, "by")
        assert by is not None and by.text() == "Marieke Jansen"  # the adviser who unlocked
        press_ok(qtbot)(dialog)

    return handler


def meldcode_window(qtbot: QtBot, path: Path, modals: Modals, files: FileDialogs) -> MainWindow:
    with_a_case(path)
    window = open_window(qtbot, path, modals, files)
    view = window.page.case_view
    click_row(qtbot, window.page.case_list.table, 0)
    qtbot.waitUntil(lambda: view.case_id is not None)
    click_tab(qtbot, view.tabs, "Meldcode")
    return window


def test_recording_steps_by_keyboard_shows_them_with_the_afwegingskader_advice(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    window = meldcode_window(qtbot, closed_case[0], modals, files)
    view = window.page.case_view
    tab = view.meldcode
    assert tab.model.rowCount() == len(dm.STEPS)
    status = tab.findChild(QLabel, "meldcode_status")
    assert status is not None and "Not started" in status.text()
    # Step 4, weighing: third answer, "acute or structural unsafety".
    modals.expect(MeldcodeStepDialog, choose_and_ok(qtbot, 3, "Dreiging met verspreiding"))
    click_row(qtbot, tab.table, 3)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    modals.wait_done()
    qtbot.waitUntil(lambda: "unsafety" in str(tab.model.index(3, MeldcodeModel.OUTCOME).data()))
    assert "Dreiging" in str(tab.model.index(3, MeldcodeModel.OUTCOME).data())
    assert "Marieke Jansen" in str(tab.model.index(3, MeldcodeModel.DONE).data())
    assert "In progress" in status.text()
    # Decision 1 "No" after unsafety: the afwegingskader's warning shows under the table.
    modals.expect(MeldcodeStepDialog, choose_and_ok(qtbot, 2, ""))
    click_row(qtbot, tab.table, 4)
    record = tab.findChild(QPushButton, "record_meldcode_step")
    assert record is not None
    click(qtbot, record)
    modals.wait_done()
    warnings = tab.findChild(QLabel, "meldcode_warnings")
    assert warnings is not None
    qtbot.waitUntil(lambda: warnings.isVisible())
    assert "asks for a report to Veilig Thuis" in warnings.text()
    # The case's timeline names the steps.
    timeline = [
        str(view.timeline.model.index(r, TimelineModel.WHAT).data())
        for r in range(view.timeline.model.rowCount())
    ]
    assert sum("Meldcode" in line for line in timeline) == 2


def test_a_step_without_its_outcome_stays_open_with_a_message(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    window = meldcode_window(qtbot, closed_case[0], modals, files)
    tab = window.page.case_view.meldcode
    seen: list[str] = []

    def ok_without_answer(dialog: QWidget) -> None:
        modals.expect(QWidget, lambda box: (seen.append(box.windowTitle()), box.close()))  # type: ignore[func-returns-value]
        press_ok(qtbot)(dialog)
        qtbot.waitUntil(lambda: bool(seen))
        assert dialog.isVisible()  # nothing lost: the dialog stays open
        assert isinstance(dialog, MeldcodeStepDialog)
        dialog.reject()

    modals.expect(MeldcodeStepDialog, ok_without_answer)
    click_row(qtbot, tab.table, 5)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    modals.wait_done()
    assert tab.model.row_at(5) == dm.Entry(dm.Step.HELP_DECISION)


def test_a_task_that_names_the_meldcode_leads_to_it(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    window = meldcode_window(qtbot, closed_case[0], modals, files)
    view = window.page.case_view
    click_tab(qtbot, view.tabs, "Tasks")
    assert view.tasks.model is not None
    titles = [
        str(view.tasks.proxy.index(r, TaskModel.TITLE).data())
        for r in range(view.tasks.proxy.rowCount())
    ]
    row = next(i for i, title in enumerate(titles) if "Meldcode" in title)
    click_row(qtbot, view.tasks.table, row)
    qtbot.waitUntil(lambda: view.tasks.to_meldcode.isVisible())
    click(qtbot, view.tasks.to_meldcode)
    assert view.tabs.currentWidget() is view.meldcode
    other = next(i for i, title in enumerate(titles) if "Meldcode" not in title)
    click_tab(qtbot, view.tabs, "Tasks")
    click_row(qtbot, view.tasks.table, other)
    qtbot.waitUntil(lambda: not view.tasks.to_meldcode.isVisible())


def test_the_annual_report_is_saved_from_the_case_menu(
    qtbot: QtBot,
    closed_case: tuple[Path, str],
    modals: Modals,
    files: FileDialogs,
    tmp_path: Path,
) -> None:
    with_a_case(closed_case[0])
    window = open_window(qtbot, closed_case[0], modals, files)
    target = tmp_path / "jaarverslag.pdf"
    files.save(target)

    def save_this_year(dialog: QWidget) -> None:
        assert isinstance(dialog, AnnualReportDialog)
        year = dialog.findChild(QComboBox, "year")
        assert year is not None
        year.setCurrentIndex(year.findData(date.today().year))
        click(qtbot, dialog.save_button)

    modals.expect(AnnualReportDialog, save_this_year).accept_box()
    case_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Case"
    )
    assert window.act_annual in case_menu.actions()
    window.act_annual.trigger()
    modals.wait_done()
    assert target.exists() and target.with_suffix(".csv").exists()
    assert "Foto gedeeld" not in target.with_suffix(".csv").read_text(encoding="utf-8")
    assert any("jaarverslag.csv" in text for text in modals.texts)
    window.close_case_file()
