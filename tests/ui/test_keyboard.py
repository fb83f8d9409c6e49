"""The keyboard alone: Enter on the welcome and lock screens, dialogs open with the cursor in
their first field, and Tab walks from the case search through the list into the case and its
fields without being trapped by a table or typing tab characters into case data."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.storage import kdf
from adviser_desk.ui.case_file.create_dialog import CreateCaseFileDialog
from adviser_desk.ui.case_file.unlock_dialog import UnlockDialog
from adviser_desk.ui.common import settings as prefs
from adviser_desk.ui.shell.main_window import MainWindow
from tests.conftest import PASSWORD
from tests.ui.conftest import demo_file, open_window
from tests.ui.drive import FileDialogs, Modals, activate, click, click_tab


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def test_enter_on_the_welcome_page_creates_and_the_dialog_starts_in_its_first_field(
    qtbot: QtBot, modals: Modals
) -> None:
    window = MainWindow(prefs.Settings(), kdf.MINIMUM)
    qtbot.addWidget(window)
    activate(qtbot, window)
    assert focused() is window.welcome.create_button
    seen: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, CreateCaseFileDialog)
        activate(qtbot, dialog)
        widget = focused()
        seen.append(widget.objectName() if widget else "")
        assert dialog.adviser.accessibleName() == "Your name"
        dialog.reject()

    modals.expect(CreateCaseFileDialog, look)
    qtbot.keyClick(window.welcome.create_button, Qt.Key.Key_Return)
    modals.wait_done()
    assert seen == ["adviser_name"]


def test_enter_on_the_lock_screen_unlocks_with_the_typed_password(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    window = open_window(qtbot, closed_case[0], modals, files)
    qtbot.keyClick(window.page.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.locked
    assert focused() is window.locked.unlock_button
    names: list[str] = []

    def type_password(dialog: QWidget) -> None:
        assert isinstance(dialog, UnlockDialog)
        activate(qtbot, dialog)
        field = focused()
        assert isinstance(field, QLineEdit)
        names.append(field.accessibleName())
        qtbot.keyClicks(field, PASSWORD)  # typed straight away, no click first
        qtbot.keyClick(field, Qt.Key.Key_Return)

    modals.expect(UnlockDialog, type_password)
    qtbot.keyClick(window.locked.unlock_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.service is not None, timeout=20_000)
    assert names == ["Password"]
    window.act_close.trigger()


def test_tab_alone_walks_from_the_search_into_the_case_and_types_no_tabs(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    window = open_window(qtbot, closed_case[0], modals, files)
    cases = window.cases
    assert cases is not None
    cases.create_case(
        dc.CaseDraft(title="Sexting klas 3", incident_types=[dc.IncidentType.EXPOSING])
    )
    page = window.page
    page.case_list.refresh()
    page.case_list.wait()
    qtbot.waitUntil(lambda: page.case_list.proxy.rowCount() == 1)
    every_table = window.findChildren(QAbstractItemView)
    assert every_table and not [t.objectName() for t in every_table if t.tabKeyNavigation()]
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is page.case_list.search
    assert page.case_list.search.accessibleName() == "Quick search"
    overview = page.case_view.overview
    wanted = {
        "case_table": page.case_list.table,
        "case_tabs": page.case_view.tabs.tabBar(),
        "title": overview.title,
        "description": overview.description,
        "platforms": overview.platforms,
        "secrecy": overview.secrecy,
    }
    reached: list[str] = []
    for _ in range(120):
        widget = focused()
        assert widget is not None
        for name, target in wanted.items():
            if widget is target and name not in reached:
                reached.append(name)
                if name == "case_table":
                    qtbot.keyClick(widget, Qt.Key.Key_Down)  # choose the case by keyboard
                    qtbot.keyClick(widget, Qt.Key.Key_Space)
                    qtbot.waitUntil(lambda: page.case_view.case_id is not None)
                if isinstance(widget, QLineEdit | QPlainTextEdit):
                    assert widget.accessibleName(), name
                    qtbot.keyClick(widget, Qt.Key.Key_End)  # Tab selected the text: add to it
                    qtbot.keyClicks(widget, "x")
        if len(reached) == len(wanted):
            break
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert reached == list(wanted)
    assert "\t" not in overview.description.toPlainText() + overview.secrecy.toPlainText()
    # Saved with Ctrl+S: what was typed is stored, without tab characters.
    qtbot.keyClick(overview.secrecy, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = cases.get_case(page.case_view.case_id or 0).draft
    assert stored.description == "x" and stored.secrecy_statement == "x"
    assert stored.title == "Sexting klas 3x"
    window.act_close.trigger()


def test_dialogs_open_with_the_cursor_in_their_first_field(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    from adviser_desk.ui.case.case_dialogs import NewCaseDialog, PersonDialog
    from adviser_desk.ui.case_file.password_dialogs import ChangePasswordDialog

    window = open_window(qtbot, closed_case[0], modals, files)
    seen: dict[str, str] = {}

    def record(kind: str):  # type: ignore[no-untyped-def]
        def handler(dialog: QWidget) -> None:
            assert isinstance(dialog, QDialog)
            activate(qtbot, dialog)
            widget = focused()
            seen[kind] = widget.objectName() if widget else ""
            dialog.reject()

        return handler

    modals.expect(ChangePasswordDialog, record("password"))
    window.act_password.trigger()
    modals.wait_done()
    modals.expect(NewCaseDialog, record("new case"))
    activate(qtbot, window)
    qtbot.keyClick(window.page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.wait_done()
    cases = window.cases
    assert cases is not None
    case_id = cases.create_case(dc.CaseDraft(title="Zaak", incident_types=[dc.IncidentType.OTHER]))
    window.page.show_new_case(case_id)
    modals.expect(PersonDialog, record("person"))
    view = window.page.case_view
    click_tab(qtbot, view.tabs, "People")
    click(qtbot, view.findChild(QPushButton, "add_person"))  # type: ignore[arg-type]
    modals.wait_done()
    assert seen == {"password": "old_password", "new case": "title", "person": "name"}
    window.act_close.trigger()


def test_enter_on_a_row_opens_it_in_tasks_people_and_evidence(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    """Walker F11: Enter on a task, a person or an evidence item did nothing; it opens the
    row as a double click does, once."""
    from datetime import date

    from PySide6.QtWidgets import QMessageBox

    from adviser_desk.services import case_file_service as svc
    from adviser_desk.services.demo import fill_demo
    from adviser_desk.services.session import CaseFileSession
    from adviser_desk.ui.case.case_dialogs import PersonDialog, TaskDialog
    from tests.ui.conftest import open_case
    from tests.ui.drive import click_row, press_cancel

    service, _ = svc.create_case_file(case_dir / "R.adcase", PASSWORD, kdf.MINIMUM)
    service.confirm_recovery_key_stored()
    service.update_profile("Marieke Jansen", "Het Baken College")
    path = service.path
    with CaseFileSession(service) as session:
        ids = fill_demo(session.cases, date.today())
        session.evidence.add_url(ids[0], "https://www.tiktok.com/@nep_account", "Nepaccount")
    window = open_window(qtbot, path, modals, files)
    view = window.page.case_view
    opened: list[str] = []

    def cancel(name: str) -> Callable[[QWidget], None]:
        def handler(dialog: QWidget) -> None:
            opened.append(name)
            press_cancel(qtbot)(dialog)

        return handler

    for tab, table, kind in (
        ("Tasks", view.tasks.table, TaskDialog),
        ("People", view.people.table, PersonDialog),
    ):
        open_case(qtbot, window, ids[0], tab)
        activate(qtbot, window)  # the offscreen platform does not hand activation back
        click_row(qtbot, table, 0)
        assert QApplication.focusWidget() is table
        modals.expect(kind, cancel(tab))
        qtbot.keyClick(table, Qt.Key.Key_Return)
        modals.wait_done()
    open_case(qtbot, window, ids[0], "Evidence")
    activate(qtbot, window)
    click_row(qtbot, view.evidence.table, 0)
    modals.accept_box()  # a web address is shown in a message
    qtbot.keyClick(view.evidence.table, Qt.Key.Key_Enter)
    modals.wait_done()
    assert opened == ["Tasks", "People"]
    assert "tiktok.com/@" in modals.texts[-1]  # the item shown
    qtbot.wait(200)
    assert not isinstance(QApplication.activeModalWidget(), QDialog | QMessageBox)
    window.act_close.trigger()


def test_tab_follows_the_screen_in_the_case_list_and_the_tasks_tab(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    """Walker F11: Tab in the Tasks tab ran bottom-up (table, check box, buttons), and on the
    Cases page "New case…" came only after the filters. Walked with Tab presses alone."""

    from tests.ui.conftest import open_case
    from tests.ui.drive import click_row

    path, ids = demo_file(case_dir / "T.adcase")
    window = open_window(qtbot, path, modals, files)
    activate(qtbot, window)
    cases = window.page.case_list
    cases.wait()
    qtbot.keyClick(cases.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is cases.search
    order = []
    for _ in range(5):
        widget = focused()
        assert widget is not None
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        order.append(focused())
    assert order == [cases.new_button, cases.status, cases.incident, cases.overdue, cases.table]
    back = []  # and Shift+Tab the same way back (the filters' holder takes no stop of its own)
    for _ in range(4):
        qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
        back.append(focused())
    assert back == [cases.overdue, cases.incident, cases.status, cases.new_button]

    open_case(qtbot, window, ids[0], "Tasks")
    tasks = window.page.case_view.tasks
    activate(qtbot, window)
    click_row(qtbot, tasks.table, 0)  # a task selected: Mark done and Open… take part
    assert focused() is tasks.table
    on_tab = [
        tasks.done_button,
        tasks.open_button,
        tasks.findChild(QPushButton, "add_task"),
        tasks.to_meldcode,
        tasks.show_closed,
        tasks.table,
    ]
    wanted = [w for w in on_tab if w is not None and w.isVisible() and w.isEnabled()]
    reached: list[QWidget] = []
    # Round the whole window once with Tab, from the table back to it.
    for _ in range(200):
        widget = focused()
        assert widget is not None
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        now = focused()
        if now in on_tab:
            reached.append(now)  # type: ignore[arg-type]
        if now is tasks.table:
            break
    assert reached == wanted
    assert reached[0] is tasks.done_button and len(reached) >= 5
    window.act_close.trigger()


def test_a_double_click_opens_a_letter_once(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    """A double click also activates the row: with both signals connected a saved letter
    opened in two editors at once (the conversations and Meldcode steps were wired alike)."""
    from datetime import date

    from adviser_desk.domain import letters as dl
    from adviser_desk.services import case_file_service as svc
    from adviser_desk.services.demo import fill_demo
    from adviser_desk.services.session import CaseFileSession
    from adviser_desk.ui.letters.letter_editor import LetterEditor
    from tests.ui.conftest import open_case

    service, _ = svc.create_case_file(case_dir / "D.adcase", PASSWORD, kdf.MINIMUM)
    service.confirm_recovery_key_stored()
    service.update_profile("Marieke Jansen", "Het Baken College")
    path = service.path
    with CaseFileSession(service) as session:
        ids = fill_demo(session.cases, date.today())
        draft = session.letters.draft(ids[0], dl.LetterKind.TEAM_NOTICE, "nl").draft
        session.letters.save_version(ids[0], dl.LetterKind.TEAM_NOTICE, "nl", draft.html, True)
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[0], "Letters")
    listing = window.page.case_view.letters.list
    centre = listing.visualItemRect(listing.item(0)).center()
    # As the window system delivers a double click: press and release, then the double.
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.wait(200)
    editors = [w for w in window.findChildren(LetterEditor) if w.isVisible()]
    assert len(editors) == 1, editors
    for editor in editors:
        editor.close()
    window.act_close.trigger()
