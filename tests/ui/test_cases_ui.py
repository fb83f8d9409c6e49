"""The case list, case view and task editing, driven through the widgets."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.demo import fill_demo
from adviser_desk.services.protocol_data import protocol
from adviser_desk.services.session import CaseFileSession, SessionSettings
from adviser_desk.storage import kdf
from adviser_desk.ui.case.case_dialogs import NewCaseDialog, PersonDialog, TaskDialog
from adviser_desk.ui.case.case_models import (
    ID_ROLE,
    CaseListModel,
    PeopleModel,
    TaskModel,
    TimelineModel,
)
from adviser_desk.ui.common import i18n
from adviser_desk.ui.shell.case_file_page import CaseFilePage
from tests.conftest import PASSWORD, copy_of, opened_copy_of
from tests.ui.drive import (
    FileDialogs,
    Modals,
    activate,
    by_label,
    click,
    click_into,
    click_right_of_text,
    click_row,
    click_tab,
    press_ok,
)
from tests.ui.test_conversations_ui import choose


def confirmed_demo(service: svc.CaseFileService) -> None:
    service.confirm_recovery_key_stored()
    with CaseFileSession(service, SessionSettings(language="en")) as session:
        fill_demo(session.cases, datetime.now(UTC).date())


def marieke_demo(path: Path) -> None:
    """A closed case file of the demo cases made by Marieke (two tests: a copy, see copy_of)."""
    service, _ = svc.create_case_file(path, PASSWORD, kdf.MINIMUM, "Marieke")
    service.confirm_recovery_key_stored()
    with CaseFileSession(service) as session:
        fill_demo(session.cases, datetime.now(UTC).date())


@pytest.fixture
def demo_session(case_dir: Path) -> Iterator[CaseFileSession]:
    """The demo cases (a copy, see tests.conftest.opened_copy_of; 16 tests use them)."""
    service, _ = opened_copy_of(case_dir / "Demo.adcase", confirmed_demo)
    with CaseFileSession(service, SessionSettings(language="en")) as session:
        yield session


@pytest.fixture
def demo_cases(demo_session: CaseFileSession) -> CaseService:
    return demo_session.cases


@pytest.fixture
def page(qtbot: QtBot, demo_session: CaseFileSession) -> CaseFilePage:
    widget = CaseFilePage()
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.set_session(demo_session)
    widget.show()
    return widget


def test_every_case_model_passes_the_model_tester(qtmodeltester, demo_cases: CaseService) -> None:  # type: ignore[no-untyped-def]
    case_model = CaseListModel()
    case_model.set_rows(demo_cases.list_cases())
    qtmodeltester.check(case_model)
    case_id = case_model.rows[0].case_id
    people = PeopleModel()
    people.set_rows(demo_cases.people(case_id))
    qtmodeltester.check(people)
    tasks = TaskModel(protocol(), "en")
    tasks.set_rows(demo_cases.tasks(case_id))
    qtmodeltester.check(tasks)
    timeline = TimelineModel()
    timeline.set_rows(demo_cases.timeline(case_id))
    qtmodeltester.check(timeline)


def test_case_list_filters_by_status_type_overdue_and_search(
    qtbot: QtBot, page: CaseFilePage
) -> None:
    panel = page.case_list
    assert panel.proxy.rowCount() == 3
    panel.status.setCurrentIndex(panel.status.findData("monitoring"))
    assert panel.proxy.rowCount() == 1
    panel.status.setCurrentIndex(0)
    panel.incident.setCurrentIndex(panel.incident.findData("sextortion"))
    assert panel.proxy.rowCount() == 1
    panel.incident.setCurrentIndex(0)
    panel.overdue.setChecked(True)
    assert 1 <= panel.proxy.rowCount() <= 3
    panel.overdue.setChecked(False)
    qtbot.keyClicks(panel.search, "Aylin")
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1, timeout=3000)
    shown = panel.proxy.index(0, CaseListModel.TITLE).data()
    assert shown == "Nepaccount op TikTok"
    assert "1 of 3" in panel.count.text()


def test_selecting_a_case_shows_it_and_anonymous_reporters_are_marked(
    qtbot: QtBot, page: CaseFilePage
) -> None:
    panel = page.case_list
    row = next(
        r
        for r in range(panel.proxy.rowCount())
        if "Naaktfoto" in panel.proxy.index(r, CaseListModel.TITLE).data()
    )
    panel.table.selectRow(row)
    view = page.case_view
    assert page.case_stack.currentWidget() is view
    assert "Naaktfoto" in view.heading.text()
    names = [
        view.people.model.index(r, PeopleModel.NAME).data()
        for r in range(view.people.model.rowCount())
    ]
    assert any("anonymous" in name for name in names)
    assert view.timeline.model.rowCount() > 5


def test_marking_a_task_done_updates_view_and_list(qtbot: QtBot, page: CaseFilePage) -> None:
    page.case_list.table.selectRow(0)
    view = page.case_view
    view.tabs.setCurrentIndex(2)
    before = sum(1 for t in view.tasks.model.rows if t.status == dc.TaskStatus.OPEN)  # type: ignore[union-attr]
    view.tasks.table.selectRow(0)
    task_id = view.tasks.selected_task_id()
    assert task_id is not None
    from PySide6.QtWidgets import QPushButton

    button = view.findChild(QPushButton, "mark_done")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    after = sum(1 for t in view.tasks.model.rows if t.status == dc.TaskStatus.OPEN)  # type: ignore[union-attr]
    assert after == before - 1
    row = next(r for r in page.case_list.model.rows if r.case_id == view.case_id)
    assert row.open_tasks == after
    texts = [
        view.timeline.model.index(r, TimelineModel.WHAT).data()
        for r in range(view.timeline.model.rowCount())
    ]
    assert any(t.startswith("Task done:") for t in texts)


def test_task_dialog_requires_a_reason_for_not_applicable(
    qtbot: QtBot, demo_cases: CaseService
) -> None:
    case_id = demo_cases.list_cases()[0].case_id
    task = next(t for t in demo_cases.tasks(case_id) if t.status == dc.TaskStatus.OPEN)
    dialog = TaskDialog(demo_cases, case_id, task, demo_cases.people(case_id), protocol())
    qtbot.addWidget(dialog)
    dialog.status.set_value(dc.TaskStatus.NOT_APPLICABLE)
    assert dialog.reason.isEnabled()
    seen: list[str] = []

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()

    timer = QTimer()
    timer.timeout.connect(close_box)
    timer.start(30)
    dialog.show()
    press_ok(qtbot)(dialog)
    timer.stop()
    assert seen and "reason" in seen[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.reason.setText("Geen klasgenoten betrokken")
    dialog.show()
    press_ok(qtbot)(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    updated = next(t for t in demo_cases.tasks(case_id) if t.task_id == task.task_id)
    assert updated.status == dc.TaskStatus.NOT_APPLICABLE
    assert updated.na_reason == "Geen klasgenoten betrokken"


def test_new_case_dialog_creates_a_case_with_protocol_tasks(
    qtbot: QtBot, demo_cases: CaseService
) -> None:
    dialog = NewCaseDialog(demo_cases)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title, "Dreigberichten via Discord")
    dialog.types.boxes[dc.IncidentType.THREATS].setChecked(True)
    dialog.show()
    press_ok(qtbot)(dialog)
    assert dialog.case_id is not None
    detail = demo_cases.get_case(dialog.case_id)
    assert detail.draft.incident_types == [dc.IncidentType.THREATS]
    assert any(t.item_key == "perp.police" for t in detail.tasks)


def _new_case(qtbot: QtBot, cases: CaseService) -> NewCaseDialog:
    dialog = NewCaseDialog(cases)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    qtbot.keyClicks(dialog.title, "Bedreiging via Instagram")
    dialog.types.boxes[dc.IncidentType.THREATS].setChecked(True)
    return dialog


def _click(qtbot: QtBot, field: QDateEdit, where: str) -> None:
    """A click on the day, the month or the year, or right of the text."""
    if where == "right":
        click_right_of_text(qtbot, field)
    else:
        parts = re.findall(r"\d+", field.text())  # day, month, year in both languages
        at = {"day": 0, "month": 1, "year": 2}[where]
        click_into(qtbot, field, field.text().index(parts[at], 1 if at else 0))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_date_typed_after_a_click_anywhere_in_opened_on_replaces_it(
    qtbot: QtBot, demo_cases: CaseService, language: str
) -> None:
    """Walks 15 and 16 (W15-3, W16-1): a date typed after a click into "Opened on" was taken
    only when the click hit the day; after a click on the month "01122026" became 04-01-2026,
    and after a click right of the text it was dropped on Tab, without a word. Now, wherever
    the click lands, a whole date typed with or without separators replaces the date."""
    typed = {  # what is typed: the date it is, in the language's own order (day first)
        "01122026": date(2026, 12, 1),
        "1-2-2026": date(2026, 2, 1),
        "03/11/2026": date(2026, 11, 3),
        "7.10.26": date(2026, 10, 7),
    }
    assert i18n.install(language)
    try:
        for where in ("day", "month", "year", "right"):
            for text, meant in typed.items():
                dialog = _new_case(qtbot, demo_cases)
                _click(qtbot, dialog.opened, where)
                assert dialog.opened.hasFocus()
                qtbot.keyClicks(dialog.opened, text)
                assert dialog.opened.text() == text  # shown as typed
                if where == "right":
                    qtbot.keyClick(dialog.opened, Qt.Key.Key_Tab)  # as the walker did
                    assert dialog.opened.date() == QDate(meant.year, meant.month, meant.day), text
                press_ok(qtbot)(dialog)
                assert dialog.case_id is not None, (where, text)
                stored = demo_cases.get_case(dialog.case_id).draft.opened_on
                assert stored == meant, (language, where, text, stored)
    finally:
        i18n.install("en")


def test_a_click_on_a_part_then_the_arrows_or_two_digits_change_that_part(
    qtbot: QtBot, demo_cases: CaseService
) -> None:
    """Editing one part still works: a click on the month and Up, or "10" typed there."""
    dialog = _new_case(qtbot, demo_cases)
    dialog.opened.setDate(QDate(2026, 12, 4))
    _click(qtbot, dialog.opened, "month")
    qtbot.keyClick(dialog.opened, Qt.Key.Key_Down)
    assert dialog.opened.date() == QDate(2026, 11, 4)
    _click(qtbot, dialog.opened, "month")
    qtbot.keyClicks(dialog.opened, "10")
    qtbot.keyClick(dialog.opened, Qt.Key.Key_Tab)
    assert dialog.opened.date() == QDate(2026, 10, 4)
    _click(qtbot, dialog.opened, "year")
    qtbot.keyClicks(dialog.opened, "2025")
    qtbot.keyClick(dialog.opened, Qt.Key.Key_Home)  # takes 2025; then the day's digits
    qtbot.keyClicks(dialog.opened, "02")
    assert dialog.opened.date() == QDate(2025, 10, 2), dialog.opened.text()
    press_ok(qtbot)(dialog)
    assert dialog.case_id is not None
    assert demo_cases.get_case(dialog.case_id).draft.opened_on == date(2025, 10, 2)


def test_a_typed_entry_that_is_no_date_is_said_and_kept_not_changed(
    qtbot: QtBot, demo_cases: CaseService, modals: Modals
) -> None:
    """31-02-2026 (Qt made it 28-02-2026) or a month 13 is refused with a message naming it;
    the field keeps what was typed, marked, and no case is made. Escape shows the old date."""
    dialog = _new_case(qtbot, demo_cases)
    dialog.opened.setDate(QDate(2026, 12, 4))
    made = len(demo_cases.list_cases())
    _click(qtbot, dialog.opened, "month")
    qtbot.keyClicks(dialog.opened, "31-02-2026")
    modals.accept_box()
    qtbot.keyClick(dialog.opened, Qt.Key.Key_Tab)  # Tab says it, and stays
    modals.wait_done()
    assert '"31-02-2026" in Opened on is not a date' in modals.texts[-1]
    assert dialog.opened.text() == "31-02-2026" and dialog.opened.toolTip()
    modals.accept_box()
    press_ok(qtbot)(dialog)  # OK says it too, and makes nothing
    modals.wait_done()
    assert "31-02-2026" in modals.texts[-1]
    assert dialog.isVisible() and len(demo_cases.list_cases()) == made
    assert dialog.opened.date() == QDate(2026, 12, 4) and dialog.opened.text() == "31-02-2026"
    dialog.opened.setFocus()
    for _ in range(10):
        qtbot.keyClick(dialog.opened, Qt.Key.Key_Backspace)
    assert dialog.opened.text() == "04-12-2026" or dialog.opened.text() == "04/12/2026"
    _click(qtbot, dialog.opened, "day")
    qtbot.keyClicks(dialog.opened, "01132026")  # month 13
    qtbot.keyClick(dialog.opened, Qt.Key.Key_Escape)  # drops it: the old date, unmarked
    assert dialog.opened.date() == QDate(2026, 12, 4) and not dialog.opened.toolTip()
    assert dialog.isVisible()
    # Escape again closes, asking first: the date set differs from the one it opened with.
    modals.answer(QMessageBox.StandardButton.Discard)
    qtbot.keyClick(dialog.opened, Qt.Key.Key_Escape)
    modals.wait_done()
    assert not dialog.isVisible() and len(demo_cases.list_cases()) == made


@pytest.mark.parametrize(("language", "where"), [("en", "month"), ("nl", "right")])
def test_a_due_date_typed_after_a_click_into_it_is_stored(
    qtbot: QtBot, demo_cases: CaseService, modals: Modals, language: str, where: str
) -> None:
    """The task's optional Due date (a date field behind a tick box) takes a whole date typed
    after a click on its month or right of its text (walk 16, W16-1); one that is no date is
    said on OK, naming the field, and nothing changes."""
    assert i18n.install(language)
    try:
        case_id = demo_cases.list_cases()[0].case_id
        task = next(t for t in demo_cases.tasks(case_id) if t.status == dc.TaskStatus.OPEN)
        dialog = TaskDialog(demo_cases, case_id, task, demo_cases.people(case_id), protocol())
        qtbot.addWidget(dialog)
        activate(qtbot, dialog)
        if not dialog.due.enabled.isChecked():
            click(qtbot, dialog.due.enabled)
        _click(qtbot, dialog.due.edit, where)
        qtbot.keyClicks(dialog.due.edit, "29-2-2027")  # not a leap year
        modals.accept_box()
        press_ok(qtbot)(dialog)
        modals.wait_done()
        due_label = {"en": "Due", "nl": "Uiterlijk"}[language]
        assert '"29-2-2027"' in modals.texts[-1] and due_label in modals.texts[-1]
        assert dialog.isVisible()
        _click(qtbot, dialog.due.edit, where)  # a click into the entry: go on with it
        for _ in range(len("2027")):
            qtbot.keyClick(dialog.due.edit, Qt.Key.Key_Backspace)
        qtbot.keyClicks(dialog.due.edit, "2028")
        press_ok(qtbot)(dialog)
        assert dialog.result() == QDialog.DialogCode.Accepted
        updated = next(t for t in demo_cases.tasks(case_id) if t.task_id == task.task_id)
        assert updated.due_on == date(2028, 2, 29)
    finally:
        i18n.install("en")


# The completer's popup raises itself and grabs the keyboard; the offscreen platform says it
# cannot (a property of the test platform, as in test_shortcuts).
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_person_dialog_reuses_a_known_person_in_another_role(
    qtbot: QtBot, demo_cases: CaseService
) -> None:
    rows = demo_cases.list_cases()
    target = next(r for r in rows if "Afpersing" in r.title)
    dialog = PersonDialog(demo_cases, target.case_id)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    choose(qtbot, dialog.role, dc.Role.WITNESS.value)  # by the arrow keys
    dialog.name.setFocus()
    # As the adviser does: a few letters, then the name the completer offers, by keyboard.
    qtbot.keyClicks(dialog.name, "Noor")
    popup = dialog.name.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.name.text() == "Noor van Dijk"
    press_ok(qtbot)(dialog)
    people = demo_cases.people(target.case_id)
    noor = [p for p in people if p.name == "Noor van Dijk"]
    assert [p.role for p in noor] == [dc.Role.WITNESS]
    everywhere = [
        p for r in rows for p in demo_cases.people(r.case_id) if p.name == "Noor van Dijk"
    ]
    assert {p.person_id for p in everywhere} == {noor[0].person_id}  # one person, two roles


def test_anonymous_is_only_possible_for_reporters(qtbot: QtBot, demo_cases: CaseService) -> None:
    case_id = demo_cases.list_cases()[0].case_id
    dialog = PersonDialog(demo_cases, case_id)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    choose(qtbot, dialog.role, dc.Role.VICTIM.value)  # by the arrow keys
    assert not dialog.anonymous.isEnabled()
    choose(qtbot, dialog.role, dc.Role.REPORTER.value)
    assert dialog.anonymous.isEnabled()
    dialog.reject()


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_a_parent_has_no_school_and_is_never_marked_as_attending_another_one(
    qtbot: QtBot, page: CaseFilePage, modals: Modals
) -> None:
    """Walk 5, W5-7: "Attends this school" was ticked for a parent, and unticking it listed
    the father as attending another school. School, class and that box are for students."""
    click_row(qtbot, page.case_list.table, 0)
    view = page.case_view
    click_tab(qtbot, view.tabs, "People")

    def add_parent(dialog: QDialog) -> None:
        assert isinstance(dialog, PersonDialog)
        activate(qtbot, dialog)
        assert dialog.school.isVisible() and dialog.attends.isVisible()  # a victim by default
        qtbot.keyClicks(dialog.school, "De Brug")
        choose(qtbot, dialog.role, dc.Role.PARENT.value)  # by the arrow keys
        hidden = (dialog.school, dialog.class_name, dialog.attends)
        assert not any(field.isVisible() for field in hidden)
        assert not dialog.form.labelForField(dialog.school).isVisible()
        qtbot.keyClicks(dialog.name, "Vader Jansen")
        press_ok(qtbot)(dialog)

    modals.expect(PersonDialog, add_parent)  # type: ignore[arg-type]
    click(qtbot, view.findChild(QPushButton, "add_person"))  # type: ignore[arg-type]
    modals.wait_done()
    model = view.people.model
    row = next(
        r for r in range(model.rowCount()) if "Vader Jansen" in str(model.index(r, 1).data())
    )
    assert model.index(row, 2).data() == ""  # no school kept, no "*"
    assert model.index(row, 2).data(Qt.ItemDataRole.ToolTipRole) is None
    parent = next(
        p for p in page.case_view.cases.people(page.case_view.case_id) if p.name == "Vader Jansen"
    )  # type: ignore[union-attr,arg-type]
    assert parent.school == "" and parent.role == dc.Role.PARENT


def test_notes_with_observed_time_appear_in_the_timeline(qtbot: QtBot, page: CaseFilePage) -> None:
    page.case_list.table.selectRow(0)
    view = page.case_view
    view.tabs.setCurrentIndex(3)
    qtbot.keyClicks(view.timeline.note_edit, "Moeder belde: het account is weer online.")
    view.timeline.observed.setChecked(True)
    rows_before = view.timeline.model.rowCount()
    qtbot.keyClick(view.timeline.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert view.timeline.model.rowCount() == rows_before + 1
    assert view.timeline.note_edit.toPlainText() == ""
    observed = [
        r
        for r in view.timeline.model.rows
        if r.kind == "note.added" and "weer online" in str(r.details)
    ]
    assert observed and observed[0].observed_at is not None


def test_overview_saves_scope_and_consent(qtbot: QtBot, page: CaseFilePage) -> None:
    page.case_list.table.selectRow(0)
    view = page.case_view
    overview = view.overview
    overview.spreading.set_value(True)
    overview.may_tell.set_values([dc.Audience.PARENTS, dc.Audience.POLICE])
    # Labelled for what it holds: the wishes (also from closing an interview) and what was
    # agreed instead of secrecy (walk W20).
    assert by_label(overview, "The student's wishes and what was agreed:") is overview.secrecy
    overview.secrecy.setPlainText("Geen geheimhouding beloofd; wel zorgvuldigheid.")
    click(qtbot, overview.save_button)
    assert view.cases is not None and view.case_id is not None
    draft = view.cases.get_case(view.case_id).draft
    assert draft.still_spreading is True
    assert draft.may_tell == [dc.Audience.PARENTS, dc.Audience.POLICE]
    assert draft.secrecy_statement.startswith("Geen geheimhouding")


def test_clearing_the_page_forgets_all_case_data(qtbot: QtBot, page: CaseFilePage) -> None:
    page.case_list.table.selectRow(0)
    page.clear()
    assert page.case_list.model.rowCount() == 0
    assert page.case_view.people.model.rowCount() == 0
    assert page.case_view.heading.text() == ""
    assert page.case_stack.currentWidget() is page.placeholder


def test_id_role_points_at_the_case(page: CaseFilePage) -> None:
    index: QModelIndex = page.case_list.proxy.index(0, 0)
    assert isinstance(index.data(ID_ROLE), int)


def test_export_summary_from_the_window_masks_the_reporter(
    qtbot: QtBot, case_dir: Path, tmp_path: Path, modals: Modals, files: FileDialogs
) -> None:
    """Case > Export case summary (Ctrl+E) on the selected case: the file chooser (patched) and
    the warning that the PDF is not encrypted (answered Yes), as the adviser does it."""
    from pypdf import PdfReader

    from tests.ui.conftest import open_window

    path = case_dir / "W.adcase"
    copy_of(path, marieke_demo, "Marieke's demo")
    window = open_window(qtbot, path, modals, files)
    assert window.cases is not None
    window.page.case_list.wait()
    case_id = next(r.case_id for r in window.cases.list_cases() if "Naaktfoto" in r.title)
    proxy = window.page.case_list.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(ID_ROLE) == case_id)
    click_row(qtbot, window.page.case_list.table, row)
    target = tmp_path / "export.pdf"
    files.save(target)
    modals.answer(QMessageBox.StandardButton.Yes)
    activate(qtbot, window)
    qtbot.keyClick(window.page.case_list.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    modals.wait_done()
    assert "not encrypted" in modals.texts[0]
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Sem de Boer" not in text and "Noor van Dijk" in text
    # The wishes and what was agreed carry the Overview's label (walk W20: "Secrecy and what
    # was promised" read as if secrecy had been promised).
    assert "The student's wishes and what was agreed" in text.replace("\n", " ")
    assert "Secrecy" not in text
    window.act_close.trigger()


def test_a_case_just_shown_has_no_unsaved_changes(qtbot: QtBot, page: CaseFilePage) -> None:
    """Otherwise switching case or closing would ask about edits nobody made (the demo cases'
    consent ticks are stored in another order than the boxes show them)."""
    for row in range(page.case_list.proxy.rowCount()):
        click_row(qtbot, page.case_list.table, row)
        assert page.case_view.case_id is not None
        assert not page.case_view.overview.is_dirty()


def test_a_task_is_given_to_an_adviser_by_name_and_never_to_the_distributor(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    """Walk W3: "Who" offered the distributor (a perpetrator) and not the file's advisers."""
    from adviser_desk.ui.case.case_dialogs import TaskDialog
    from tests.ui.conftest import open_window
    from tests.ui.drive import click_tab

    path = case_dir / "W.adcase"
    copy_of(path, marieke_demo, "Marieke's demo")
    window = open_window(qtbot, path, modals, files)
    assert window.cases is not None
    window.page.case_list.wait()
    case_id = next(r.case_id for r in window.cases.list_cases() if "Naaktfoto" in r.title)
    proxy = window.page.case_list.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(ID_ROLE) == case_id)
    click_row(qtbot, window.page.case_list.table, row)
    view = window.page.case_view
    click_tab(qtbot, view.tabs, "Tasks")
    click_row(qtbot, view.tasks.table, 0)
    task_id = view.tasks.selected_task_id()
    offered: list[str] = []

    def choose_adviser(dialog: QWidget) -> None:
        assert isinstance(dialog, TaskDialog)
        offered.extend(dialog.who.itemText(i) for i in range(dialog.who.count()))
        dialog.who.setFocus()
        dialog.who.setCurrentIndex(offered.index("Marieke (adviser)"))
        press_ok(qtbot)(dialog)

    modals.expect(TaskDialog, choose_adviser)
    click(qtbot, view.tasks.open_button)
    modals.wait_done()
    assert "Marieke (adviser)" in offered
    assert "Noor van Dijk (Victim)" in offered  # the case's other people stay
    assert not [text for text in offered if "Milan" in text or "Distributor" in text], offered
    task = next(t for t in window.cases.tasks(case_id) if t.task_id == task_id)
    assert task.assignee_role == "Marieke" and task.assignee_person_id is None
    shown = view.tasks.table.model()
    texts = [
        str(shown.index(view.tasks.table.currentIndex().row(), c).data())
        for c in range(shown.columnCount())
    ]
    assert "Marieke" in texts, texts
    window.act_close.trigger()


def test_removing_a_person_says_what_happens_to_their_details(
    qtbot: QtBot, page: CaseFilePage, modals: Modals
) -> None:
    """'Their details stay in other cases' was asked about someone in no other case (walk 4,
    W22): the question now says which of the two it is."""
    panel = page.case_list
    panel.table.selectRow(0)
    view = page.case_view
    click_tab(qtbot, view.tabs, "People")
    table = view.people.table
    model = view.people.model
    cases = page.session.cases if page.session is not None else None
    assert cases is not None
    said: dict[bool, str] = {}
    for row in range(model.rowCount()):
        person = model.rows[row]
        elsewhere = cases.other_case_count(person.link_id) > 0
        if elsewhere in said:
            continue
        click_row(qtbot, table, row)
        modals.answer(QMessageBox.StandardButton.No)
        click(qtbot, view.people.remove_button)
        modals.wait_done()
        said[elsewhere] = modals.texts[-1]
    assert "no other case, so their details are deleted" in said[False]
    if True in said:
        assert "stay in the other cases they are in" in said[True]
    assert model.rowCount() >= len(said)  # No removed nobody


def test_the_victims_contact_person_is_chosen_among_staff(qtbot: QtBot, page: CaseFilePage) -> None:
    """Walk 5, W5-8: the contact person offered the victim herself and the distributor (the
    demo had Noor as her own contact). The protocol's contact person is a staff member."""
    shown = page.case_list.table.model()
    row = next(r for r in range(shown.rowCount()) if "klassenapp" in str(shown.index(r, 1).data()))
    click_row(qtbot, page.case_list.table, row)
    view = page.case_view
    click_tab(qtbot, view.tabs, "Overview")
    combo = view.overview.contact.combo
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert offered == ["—", "Karin Smit (Staff member)"]
    assert combo.currentText() == "Karin Smit (Staff member)" and not combo.toolTip()
    other = next(r for r in range(shown.rowCount()) if r != row)
    click_row(qtbot, page.case_list.table, other)
    assert all(
        "(Staff member)" in t or t == "—" for t in (combo.itemText(i) for i in range(combo.count()))
    )
    assert combo.count() > 1 or "People tab" in combo.toolTip()
