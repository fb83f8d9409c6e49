"""A case made a sexual case in the same save that closes or reopens it asks about the files it
already holds at once, as a plain save does (guardE: the files were marked as waiting, but
only the Evidence tab and the police export asked, later). Through the real wiring: the
Overview's type ticked, its status chosen by key, Save clicked, the closing or reopening
question answered, then the per-file question."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.domain import evidence as de
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.case.case_closing import CloseCaseDialog
from tests.ui.case_steps import choose_status
from tests.ui.conftest import Opened
from tests.ui.drive import Modals, button_named, click, click_tab
from tests.ui.test_pending_question_ui import FILES, answer


def stored(session: CaseFileSession, case_id: int) -> None:
    session.evidence.add_bytes(case_id, FILES["foto.jpg"], "foto.jpg", "Profielfoto")
    session.evidence.add_bytes(case_id, FILES["filmpje.mp4"], "filmpje.mp4", "Filmpje")


def stored_and_closed(session: CaseFileSession, case_id: int) -> None:
    stored(session, case_id)
    draft = session.cases.get_case(case_id).draft
    closed = replace(draft, status=dc.CaseStatus.CLOSED, outcome=dc.CaseOutcome.IMAGES_REMOVED)
    session.cases.close_case(case_id, closed, None)


def tick_exposing(qtbot: QtBot, opened: Opened) -> None:
    view = opened.window.page.case_view
    click_tab(qtbot, view.tabs, "Overview")
    click(qtbot, view.overview.types.boxes[dc.IncidentType.EXPOSING])


def test_closing_a_case_made_exposing_in_the_same_save_asks_about_its_files(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    opened = open_tab(stored, dc.IncidentType.FAKE_ACCOUNT)
    evidence, case_id = opened.evidence, opened.case_id
    tick_exposing(qtbot, opened)
    choose_status(qtbot, opened.window, Qt.Key.Key_End)  # Closed

    def close(dialog: QWidget) -> None:
        assert isinstance(dialog, CloseCaseDialog)
        qtbot.keyClick(dialog.outcome, Qt.Key.Key_Down)
        click(qtbot, dialog.ok)

    seen: list[str] = []
    modals.expect(CloseCaseDialog, close)
    modals.expect(QMessageBox, answer(qtbot, seen, "No, keep it"))
    modals.expect(QMessageBox, answer(qtbot, seen, "Later"))
    click(qtbot, opened.window.page.case_view.overview.save_button)
    modals.wait_done()
    assert [s.split("|")[0] for s in seen] == [
        "Question about minors (1 of 2)",
        "Question about minors (2 of 2)",
    ]
    assert opened.window.cases is not None
    assert opened.window.cases.get_case(case_id).draft.status == dc.CaseStatus.CLOSED
    answers = [(r.number, r.minor_answer) for r in evidence.items(case_id)]
    assert answers == [("B-001", de.MINOR_NO), ("B-002", de.MINOR_PENDING)]


def test_reopening_a_case_made_exposing_in_the_same_save_asks_about_its_files(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    opened = open_tab(stored_and_closed, dc.IncidentType.CYBERBULLYING)
    evidence, case_id = opened.evidence, opened.case_id
    tick_exposing(qtbot, opened)
    choose_status(qtbot, opened.window, Qt.Key.Key_Home)  # Open
    seen: list[str] = []
    modals.answer("Reopen case")

    def yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and box.objectName() == "pending_question"
        seen.append(box.windowTitle())
        click(qtbot, button_named(box, "No, keep it"))

    modals.expect(QMessageBox, yes)
    modals.expect(QMessageBox, yes)
    click(qtbot, opened.window.page.case_view.overview.save_button)
    modals.wait_done()
    assert seen == ["Question about minors (1 of 2)", "Question about minors (2 of 2)"]
    assert opened.window.cases is not None
    assert opened.window.cases.get_case(case_id).draft.status == dc.CaseStatus.OPEN
    assert [r.minor_answer for r in evidence.items(case_id)] == [de.MINOR_NO, de.MINOR_NO]


def test_closing_without_a_new_sexual_type_asks_nothing_more(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    opened = open_tab(stored, dc.IncidentType.FAKE_ACCOUNT)
    click_tab(qtbot, opened.window.page.case_view.tabs, "Overview")
    choose_status(qtbot, opened.window, Qt.Key.Key_End)

    def close(dialog: QWidget) -> None:
        assert isinstance(dialog, CloseCaseDialog)
        qtbot.keyClick(dialog.outcome, Qt.Key.Key_Down)
        click(qtbot, dialog.ok)

    modals.expect(CloseCaseDialog, close)
    click(qtbot, opened.window.page.case_view.overview.save_button)
    modals.wait_done()
    qtbot.wait(200)  # a queued question would have shown by now
    assert [r.minor_answer for r in opened.evidence.items(opened.case_id)] == ["", ""]
