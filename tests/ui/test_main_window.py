"""The main window: opening, locking (Ctrl+L and idle), and what a locked window shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from adviser_desk.domain.audit import ChainReport
from adviser_desk.services import case_file_service as svc
from adviser_desk.storage import kdf
from adviser_desk.storage.integrity import IntegrityReport
from adviser_desk.ui import settings as prefs
from adviser_desk.ui.main_window import MainWindow
from tests.conftest import PASSWORD


def open_window(qtbot: QtBot, path: Path) -> MainWindow:
    window = MainWindow(prefs.Settings(), kdf.MINIMUM)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # Shortcuts need an active window; the offscreen platform activates only on request.
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window._opened(svc.unlock_with_password(path, PASSWORD))
    return window


def test_starts_on_the_welcome_page_with_case_actions_off(qtbot: QtBot) -> None:
    window = MainWindow(prefs.Settings(), kdf.MINIMUM)
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.welcome
    assert not window.act_lock.isEnabled() and not window.act_backup.isEnabled()
    assert window.act_new.isEnabled() and window.act_open.isEnabled()
    assert window.welcome.demo_button.isEnabled()


def test_open_shows_the_case_file_and_remembers_it(
    qtbot: QtBot, closed_case: tuple[Path, str]
) -> None:
    path, _ = closed_case
    window = open_window(qtbot, path)
    assert window.stack.currentWidget() is window.page
    assert window.page.model.rowCount() >= 2
    assert window.page.heading.text() == "Zaken"
    assert window.act_lock.isEnabled()
    assert prefs.Settings().get(prefs.LAST_CASE_FILE) == str(path)
    window.close_case_file()
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.reopen_button.isVisible()


def test_ctrl_l_locks_closes_the_database_and_hides_everything(
    qtbot: QtBot, closed_case: tuple[Path, str]
) -> None:
    path, _ = closed_case
    window = open_window(qtbot, path)
    case = window.service.case if window.service else None
    assert case is not None
    assert window.act_lock.shortcut().toString() == "Ctrl+L"
    qtbot.keyClick(window.page.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.service is None
    assert window.stack.currentWidget() is window.locked
    assert window.page.model.rowCount() == 0
    assert window.page.path.text() == "" and window.page.chain.text() == ""
    assert not case.is_open
    try:
        case.raw_key  # noqa: B018 - the key is gone from memory
    except RuntimeError:
        pass
    else:
        raise AssertionError("the key survived locking")
    # The file is free: another opener (here, a service) can take it.
    svc.unlock_with_password(path, PASSWORD).close()
    assert "Zaken.adcase" in window.locked.message.text()


def test_idle_time_locks_the_window(qtbot: QtBot, closed_case: tuple[Path, str]) -> None:
    path, _ = closed_case
    window = open_window(qtbot, path)
    assert window.idle.active
    window.idle.set_interval_ms(150)
    window.idle.start()
    qtbot.waitUntil(lambda: window.service is None, timeout=5000)
    assert window.stack.currentWidget() is window.locked
    assert not window.idle.active


def test_typing_postpones_the_idle_lock(qtbot: QtBot, closed_case: tuple[Path, str]) -> None:
    path, _ = closed_case
    window = open_window(qtbot, path)
    window.idle.set_interval_ms(400)
    window.idle.start()
    for _ in range(6):
        qtbot.wait(120)
        qtbot.keyClicks(window.page.filter, "a")
    assert window.service is not None  # 720 ms of activity, still open
    window.close_case_file()


def test_idle_minutes_come_from_the_settings(qtbot: QtBot) -> None:
    settings = prefs.Settings()
    settings.set(prefs.IDLE_LOCK_MINUTES, 12)
    window = MainWindow(settings, kdf.MINIMUM)
    qtbot.addWidget(window)
    assert window.idle._timer.interval() == 12 * 60_000
    settings.set(prefs.IDLE_LOCK_MINUTES, 0)
    assert settings.idle_lock_minutes() == prefs.MIN_IDLE_MINUTES


def test_audit_filter_narrows_the_table(qtbot: QtBot, closed_case: tuple[Path, str]) -> None:
    path, _ = closed_case
    window = open_window(qtbot, path)
    total = window.page.proxy.rowCount()
    qtbot.keyClicks(window.page.filter, "confirmed")
    assert window.page.proxy.rowCount() == 1 < total
    window.close_case_file()


def test_verification_text_is_plain_language(qtbot: QtBot) -> None:
    window = MainWindow(prefs.Settings(), kdf.MINIMUM)
    qtbot.addWidget(window)
    good = IntegrityReport(chain=ChainReport(events=7, head="a" * 64))
    assert "intact" in window.verification_text(good) and "7 events" in window.verification_text(
        good
    )
    bad = IntegrityReport(
        page_errors=["HMAC verification failed for page 9"],
        chain=None,
    )
    text = window.verification_text(bad)
    assert "1 encrypted pages fail" in text and "backup" in text
    broken = IntegrityReport(chain=ChainReport(events=2, head="b" * 64, broken_at=3, reason="x"))
    assert "broken at event 3" in window.verification_text(broken)


def test_locking_closes_open_dialogs_that_could_show_case_data(
    qtbot: QtBot, closed_case: tuple[Path, str]
) -> None:
    from adviser_desk.ui.password_dialogs import ChangePasswordDialog

    path, _ = closed_case
    window = open_window(qtbot, path)
    assert window.service is not None
    dialog = ChangePasswordDialog(window.service, window)
    dialog.show()
    window.lock()
    assert not dialog.isVisible()
    assert window.stack.currentWidget() is window.locked


class MessageBoxCatcher:
    """Accepts each modal message box as it appears and keeps its text."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.texts: list[str] = []
        self._timer = QTimer()
        self._timer.timeout.connect(self._poll)
        self._timer.start(30)

    def _poll(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            self.texts.append(box.text())
            box.accept()

    def stop(self) -> None:
        self._timer.stop()


def test_backup_from_the_window_runs_in_a_worker_and_reports(
    qtbot: QtBot, closed_case: tuple[Path, str], tmp_path: Path
) -> None:
    path, _ = closed_case
    window = open_window(qtbot, path)
    stick = tmp_path / "stick"
    stick.mkdir()
    catcher = MessageBoxCatcher()
    try:
        window.make_backup(stick)
        qtbot.waitUntil(lambda: bool(catcher.texts), timeout=20000)
    finally:
        catcher.stop()
    assert "encrypted" in catcher.texts[0]
    (folder,) = list(stick.iterdir())
    assert (folder / "Zaken.adcase").is_file()
    assert window.page.model.rowCount() >= 3  # the backup event is shown
    window.close_case_file()


def test_verify_from_the_window_reports_an_intact_file(
    qtbot: QtBot, closed_case: tuple[Path, str]
) -> None:
    path, _ = closed_case
    window = open_window(qtbot, path)
    catcher = MessageBoxCatcher()
    try:
        window.verify()
        qtbot.waitUntil(lambda: bool(catcher.texts), timeout=20000)
    finally:
        catcher.stop()
    assert "intact" in catcher.texts[0]
    window.close_case_file()


def test_backup_to_a_removed_stick_shows_the_reason(
    qtbot: QtBot, closed_case: tuple[Path, str], tmp_path: Path
) -> None:
    path, _ = closed_case
    window = open_window(qtbot, path)
    catcher = MessageBoxCatcher()
    try:
        window.make_backup(tmp_path / "gone")
        qtbot.waitUntil(lambda: bool(catcher.texts), timeout=20000)
    finally:
        catcher.stop()
    assert "does not exist" in catcher.texts[0]
    assert window.service is not None  # the case file stays open and usable
    window.close_case_file()


def test_locking_keeps_a_letter_being_edited_as_a_version(
    qtbot: QtBot, closed_case: tuple[Path, str]
) -> None:
    from adviser_desk.domain import cases as dc
    from adviser_desk.domain.letters import LetterKind
    from adviser_desk.services.session import CaseFileSession
    from adviser_desk.ui.letter_editor import LetterEditor

    path, _ = closed_case
    window = open_window(qtbot, path)
    assert window.cases is not None
    case_id = window.cases.create_case(
        dc.CaseDraft(title="Brief", incident_types=[dc.IncidentType.EXPOSING])
    )
    assert window.session is not None
    editor = LetterEditor(window.session.letters, case_id, LetterKind.TEAM_NOTICE, None, window)
    editor.show()
    qtbot.keyClicks(editor.editor, "Nog niet opgeslagen zin. ")
    window.lock()
    assert not editor.isVisible() and window.stack.currentWidget() is window.locked
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as session:
        (letter,) = session.letters.letters(case_id)
        assert "Nog niet opgeslagen zin." in letter.versions[-1].html
