"""Where the keyboard focus lands, and that it shows (walk 7, W7-5 and W7-6): the welcome page
after closing a file and on a fresh start, the lock page, a new case, a case tab chosen by
its letter, and the Interviews list after a conversation's window closed."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.storage import kdf, keyslots
from adviser_desk.storage.engine import PAGE_SIZE
from adviser_desk.ui.case_file.unlock_dialog import UnlockDialog
from adviser_desk.ui.common import mnemonics
from adviser_desk.ui.common import settings as prefs
from adviser_desk.ui.shell.main_window import MainWindow
from tests.conftest import PASSWORD
from tests.ui.conftest import Opened, open_window
from tests.ui.drive import FileDialogs, Modals, activate, type_and_enter


def focus_shows_on(qtbot: QtBot, widget: QWidget) -> None:
    """``widget`` has the keyboard focus and its window draws the ring (as after Tab)."""
    ring = Qt.WidgetAttribute.WA_KeyboardFocusChange
    try:
        qtbot.waitUntil(
            lambda: QApplication.focusWidget() is widget and widget.window().testAttribute(ring)
        )
    except Exception:
        focus = QApplication.focusWidget()
        shown = widget.window().testAttribute(ring)
        raise AssertionError(f"focus on {focus!r}, ring shown: {shown}") from None


def tab_walk(qtbot: QtBot, steps: int) -> list[QWidget | None]:
    seen = []
    for _ in range(steps):
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_after_closing_the_file_the_welcome_page_starts_on_it_and_tabs_down_the_screen(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    path, _ = closed_case
    window = open_window(qtbot, path, modals, files)
    window.act_close.trigger()  # File > Close case file
    welcome = window.welcome
    assert window.stack.currentWidget() is welcome
    focus_shows_on(qtbot, welcome.reopen_button)
    # With its Alt letter again (walk 6, W6-6: it had none after Close case file).
    assert welcome.reopen_button.text().replace("&", "") == "Open Zaken.adcase"
    assert mnemonics.mnemonic_of(welcome.reopen_button.text())
    # Tab follows the screen from the file shown on top; the demo comes last.
    order = [welcome.create_button, welcome.open_button, welcome.demo_button]
    assert tab_walk(qtbot, 4) == [*order, welcome.reopen_button]
    # Enter reopens the adviser's own file (it used to start the demo after one Tab).
    modals.expect(UnlockDialog, type_and_enter(qtbot, "password", PASSWORD))
    qtbot.keyClick(welcome.reopen_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.service is not None, timeout=20_000)
    assert window.service is not None and window.service.path == path
    window.act_close.trigger()


def test_a_fresh_start_starts_on_the_last_file_or_on_create(
    qtbot: QtBot, closed_case: tuple[Path, str]
) -> None:
    path, _ = closed_case
    settings = prefs.Settings()
    settings.set(prefs.LAST_CASE_FILE, str(path))
    window = MainWindow(settings, kdf.MINIMUM)
    qtbot.addWidget(window)
    activate(qtbot, window)
    focus_shows_on(qtbot, window.welcome.reopen_button)
    settings.set(prefs.LAST_CASE_FILE, "")
    first = MainWindow(settings, kdf.MINIMUM)
    qtbot.addWidget(first)
    activate(qtbot, first)
    assert not first.welcome.reopen_button.isVisible()
    focus_shows_on(qtbot, first.welcome.create_button)
    assert tab_walk(qtbot, 2) == [first.welcome.open_button, first.welcome.demo_button]


def test_the_lock_page_shows_the_focus_on_unlock(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    path, _ = closed_case
    window = open_window(qtbot, path, modals, files)
    qtbot.keyClick(window.page.case_list.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.locked
    focus_shows_on(qtbot, window.locked.unlock_button)
    modals.expect(UnlockDialog, type_and_enter(qtbot, "password", PASSWORD))
    qtbot.keyClick(window.locked.unlock_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.service is not None, timeout=20_000)
    window.act_close.trigger()


def test_a_new_file_lands_on_new_case_and_a_new_case_on_its_row(
    qtbot: QtBot, tmp_path: Path, modals: Modals
) -> None:
    """After the recovery sheet's Continue the window showed no focus, and after the New case
    dialog's OK the focus sat in the search field (walk 7, W7-6)."""
    from adviser_desk.domain import cases as dc
    from adviser_desk.ui.case.case_dialogs import NewCaseDialog
    from adviser_desk.ui.case_file.create_dialog import CreateCaseFileDialog
    from adviser_desk.ui.case_file.recovery_dialog import RecoveryKeyDialog

    prefs.Settings().set(prefs.CASE_FILE_FOLDER, str(tmp_path))
    window = MainWindow(prefs.Settings(), kdf.MINIMUM)
    qtbot.addWidget(window)
    activate(qtbot, window)

    def create(dialog: QWidget) -> None:
        assert isinstance(dialog, CreateCaseFileDialog)
        qtbot.keyClicks(dialog.adviser, "Marieke Jansen")
        qtbot.keyClicks(dialog.passwords.password, PASSWORD)
        qtbot.keyClicks(dialog.passwords.repeat, PASSWORD)
        qtbot.keyClick(dialog.passwords.repeat, Qt.Key.Key_Return)

    def confirm_sheet(dialog: QWidget) -> None:
        assert isinstance(dialog, RecoveryKeyDialog)
        dialog.confirm.setFocus()
        qtbot.keyClick(dialog.confirm, Qt.Key.Key_Space)
        dialog.ok.setFocus()
        qtbot.keyClick(dialog.ok, Qt.Key.Key_Space)

    modals.expect(CreateCaseFileDialog, create).expect(RecoveryKeyDialog, confirm_sheet)
    qtbot.keyClick(window.welcome.create_button, Qt.Key.Key_Return)
    modals.wait_done(timeout=60_000)
    qtbot.waitUntil(lambda: window.service is not None, timeout=20_000)
    activate(qtbot, window)  # the offscreen platform does not hand activation back
    case_list = window.page.case_list
    focus_shows_on(qtbot, case_list.new_button)  # an empty file: its first step

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, NewCaseDialog)
        qtbot.keyClicks(dialog.title, "Nepaccount op Instagram")
        box = dialog.types.boxes[dc.IncidentType.FAKE_ACCOUNT]
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)

    modals.expect(NewCaseDialog, fill)
    qtbot.keyClick(case_list.new_button, Qt.Key.Key_Return)
    modals.wait_done()
    qtbot.waitUntil(lambda: window.page.case_view.case_id is not None)
    activate(qtbot, window)
    focus_shows_on(qtbot, case_list.table)
    assert case_list.selected_case() == window.page.case_view.case_id
    assert (
        case_list.table.currentIndex().row()
        == case_list.table.selectionModel().selectedRows()[0].row()
    )
    window.act_close.trigger()


def test_a_case_tab_chosen_by_its_letter_takes_the_focus_into_it(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    """Alt+T and the other tab letters changed the tab while the focus stayed in the search
    field, where arrows and typing went (walk 7, W7-6)."""
    from tests.ui.conftest import demo_file

    path, _ = demo_file(case_dir / "Demo-achtig.adcase")
    window = open_window(qtbot, path, modals, files)
    page = window.page
    page.case_list.table.setFocus()
    qtbot.keyClick(page.case_list.table, Qt.Key.Key_Space)  # the first case, by keyboard
    qtbot.waitUntil(lambda: page.case_view.case_id is not None)
    view = page.case_view
    qtbot.keyClick(page.case_list.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.case_list.search
    bar = view.tabs.tabBar()
    for tab, target in ((view.tasks, view.tasks.table), (view.overview, view.overview.title)):
        text = bar.tabText(view.tabs.indexOf(tab))
        letter = text[text.index("&") + 1]
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, letter.lower(), Qt.KeyboardModifier.AltModifier)
        assert view.tabs.currentWidget() is tab
        focus_shows_on(qtbot, target)
    # A list gets a selected row, so Enter and the arrows act on a task at once.
    assert view.tasks.table.selectionModel().hasSelection()
    window.act_close.trigger()


def test_the_interviews_list_keeps_the_conversation_whose_window_closed(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    """A new conversation's window, closed with Escape, left the first conversation of the
    list selected (walk 7, W7-6)."""
    from adviser_desk.ui.interview.conversation_dialogs import NewInterviewDialog
    from adviser_desk.ui.interview.interview_window import InterviewWindow
    from tests.ui.conftest import demo_file
    from tests.ui.drive import click, click_tab, press_ok

    path, _ = demo_file(case_dir / "Demo-achtig.adcase")
    window = open_window(qtbot, path, modals, files)
    page = window.page
    page.case_list.table.setFocus()
    qtbot.keyClick(page.case_list.table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.case_view.case_id is not None)
    tab = page.case_view.interviews
    click_tab(qtbot, page.case_view.tabs, "Interviews")
    before = tab.list.count()
    made: list[int] = []

    def escape(dialog: QWidget) -> None:
        assert isinstance(dialog, InterviewWindow)
        made.append(dialog.interview_id)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    modals.expect(NewInterviewDialog, press_ok(qtbot)).expect(InterviewWindow, escape)
    click(qtbot, tab.findChild(QPushButton, "new_interview"))  # type: ignore[arg-type]
    modals.wait_done()
    qtbot.waitUntil(lambda: tab.list.count() == before + 1)
    current = tab.list.currentItem()
    assert current is not None and current.data(Qt.ItemDataRole.UserRole) == made[0]
    assert [i.data(Qt.ItemDataRole.UserRole) for i in tab.list.selectedItems()] == made
    activate(qtbot, window)
    focus_shows_on(qtbot, tab.list)
    window.act_close.trigger()


def test_after_saving_the_evidence_log_the_focus_shows_on_its_button(
    qtbot: QtBot, tmp_path: Path, files: FileDialogs, open_tab: Callable[..., Opened]
) -> None:
    """No focus showed after Evidence log > Save as PDF… (walk 7, W7-6)."""
    opened = open_tab()
    widget = opened.widget
    target = tmp_path / "log.pdf"
    files.save(target)
    log_button = widget.findChild(QPushButton, "evidence_log")
    assert log_button is not None and log_button.menu() is not None
    (save_as_pdf,) = [
        a for a in log_button.menu().actions() if a.text().replace("&", "") == "Save as PDF…"
    ]
    save_as_pdf.trigger()
    qtbot.waitUntil(lambda: target.exists() and "Saved" in widget.status.text(), timeout=60_000)
    activate(qtbot, opened.window)
    focus_shows_on(qtbot, log_button)


def test_tab_into_a_multi_line_field_shows_a_ring_round_it(qtbot: QtBot, case_dir: Path) -> None:
    """Close the interview…: Tab into the agreements showed only a caret, no frame (walk 7,
    W7-6); the field now gets the ring buttons get, in the highlight colour."""
    from PySide6.QtGui import QPalette

    from adviser_desk.domain import cases as dc
    from adviser_desk.services import case_file_service as svc
    from adviser_desk.services.case_service import CaseService
    from adviser_desk.services.interview_service import InterviewService
    from adviser_desk.services.protocol_data import interview_guide, protocol
    from adviser_desk.ui.interview.conversation_dialogs import ClosingDialog
    from tests.ui.test_layout_and_look import ring_pixels

    service, _ = svc.create_case_file(case_dir / "I.adcase", PASSWORD, kdf.MINIMUM)
    cases = CaseService(service.case, protocol(), "nl")
    case_id = cases.create_case(
        dc.CaseDraft(title="Afpersing", incident_types=[dc.IncidentType.SEXTORTION])
    )
    try:
        dialog = ClosingDialog(InterviewService(cases, interview_guide()), case_id, None)
        qtbot.addWidget(dialog)
        activate(qtbot, dialog)
        highlight = dialog.palette().color(QPalette.ColorRole.Highlight)
        field = dialog.agreements
        assert QApplication.focusWidget() is field  # the dialog opens in it
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is not field
        field.repaint()
        away = ring_pixels(field, highlight)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        assert QApplication.focusWidget() is field
        field.repaint()
        assert ring_pixels(field, highlight) - away >= 2 * field.width()  # its two long sides
        dialog.reject()
    finally:
        service.close()


def test_after_a_failed_open_the_welcome_page_is_back_on_the_last_file(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    """Walk 8, W8-4: Ctrl+O on a damaged file, the password, "damaged", Escape: no button had
    the focus and Enter opened the file dialog (the password then went into its name field).
    And W8-5: the failed open leaves no lock files next to the damaged file."""
    path, _ = closed_case
    kapot = path.parent / "stick" / "kapot.adcase"
    kapot.parent.mkdir()
    kapot.write_bytes(path.read_bytes()[: 2 * PAGE_SIZE])
    shutil.copy(keyslots.slot_file_path(path), keyslots.slot_file_path(kapot))
    settings = prefs.Settings()
    settings.set(prefs.LAST_CASE_FILE, str(path))
    window = MainWindow(settings, kdf.MINIMUM)
    qtbot.addWidget(window)
    activate(qtbot, window)
    welcome = window.welcome
    focus_shows_on(qtbot, welcome.reopen_button)

    def damaged_then_escape(dialog: QWidget) -> None:
        assert isinstance(dialog, UnlockDialog)
        type_and_enter(qtbot, "password", PASSWORD)(dialog)
        qtbot.waitUntil(lambda: "damaged" in dialog.error.text(), timeout=20_000)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Escape)

    files.open(kapot)
    modals.expect(UnlockDialog, damaged_then_escape)
    qtbot.keyClick(welcome.reopen_button, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    modals.wait_done()
    activate(qtbot, window)
    assert window.service is None and window.stack.currentWidget() is welcome
    focus_shows_on(qtbot, welcome.reopen_button)
    assert sorted(p.name for p in kapot.parent.iterdir()) == ["kapot.adcase", "kapot.adcase-keys"]
    # Enter now asks for the password of the last file, not for a file name.
    modals.expect(UnlockDialog, type_and_enter(qtbot, "password", PASSWORD))
    qtbot.keyClick(welcome.reopen_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.service is not None, timeout=20_000)
    assert window.service is not None and window.service.path == path
    window.act_close.trigger()
