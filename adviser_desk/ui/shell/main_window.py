"""The main window: menus, the three pages and locking. The actions behind the menus live in
their own modules (opening and keys and backups in ui/case_file, the Case menu in
ui/shell/case_menu.py), which reach the window through ui/common/host.WindowHost."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from adviser_desk import APP_NAME
from adviser_desk.ui.case_file.adviser_actions import AdviserActions
from adviser_desk.ui.case_file.backup_actions import BackupActions
from adviser_desk.ui.case_file.key_actions import KeyActions
from adviser_desk.ui.case_file.opening import CaseFileOpening, is_demo
from adviser_desk.ui.common import fit
from adviser_desk.ui.common import settings as prefs
from adviser_desk.ui.common.dialogs import show_error
from adviser_desk.ui.common.discard import CLOSED_BY_LOCK
from adviser_desk.ui.common.errors import known_errors
from adviser_desk.ui.common.i18n import current_language
from adviser_desk.ui.common.workers import Task
from adviser_desk.ui.shell.app_actions import AppActions
from adviser_desk.ui.shell.case_menu import CaseMenuActions
from adviser_desk.ui.shell.demo_marker import DemoMarker
from adviser_desk.ui.shell.idle_lock import IdleWatcher
from adviser_desk.ui.shell.locked_place import LockedPlace
from adviser_desk.ui.shell.pages import LazyCaseFilePage, LockedPage, PageStack, WelcomePage

if TYPE_CHECKING:
    # Only for types: the first window is shown before the case file's layers load (issue 15);
    # they are imported where they are used, usually long after the background preload.
    from adviser_desk.services import case_file_service as svc
    from adviser_desk.services.case_service import CaseService
    from adviser_desk.services.session import CaseFileSession, SessionSettings
    from adviser_desk.ui.shell.case_file_page import CaseFilePage


def _session_settings(settings: prefs.Settings) -> SessionSettings:
    from adviser_desk.services.session import SessionSettings

    return SessionSettings(current_language(), settings.evidence_max_bytes())


def _new_session(service: svc.CaseFileService, settings: prefs.Settings) -> CaseFileSession:
    from adviser_desk.services.session import CaseFileSession

    return CaseFileSession(service, _session_settings(settings))


def window_action(
    window: QMainWindow,
    text: str,
    slot: object,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
) -> QAction:
    """An action of ``window`` whose shortcut works even while the menu bar is hidden or
    native (the action is added to the window itself)."""
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def window_menu(window: QMainWindow, title: str, *groups: tuple[QAction | None, ...]) -> QMenu:
    """A menu of ``window``'s menu bar with the actions in ``groups``, in order; None is a
    separator."""
    menu = window.menuBar().addMenu(title)
    for action in (action for group in groups for action in group):
        menu.addSeparator() if action is None else menu.addAction(action)
    return menu


def close_open_dialogs(window: QWidget, kept: list[str] | None = None) -> list[str]:
    """On lock: open dialogs may show case data (the recovery key) or hold the closing
    service. A dialog with unsaved work (a letter being edited) keeps it first, and what it
    says it kept is added to ``kept``. Returns the titles of the dialogs closed with typed work
    that could not be kept, to say so."""
    lost: list[str] = []
    for dialog in window.findChildren(QDialog):
        if dialog.isVisible():
            keep = getattr(dialog, "keep_unsaved", None)
            if keep is not None:
                said = keep()  # a letter being edited is saved as a version, not lost
                if isinstance(said, str) and kept is not None:
                    kept.append(said)
            elif has_typed_text(dialog):
                lost.append(dialog.windowTitle())
            dialog.setProperty(CLOSED_BY_LOCK, True)  # closes without asking (discard.py)
            dialog.reject()
    return lost


def has_typed_text(dialog: QWidget) -> bool:
    """Whether the adviser typed into one of the dialog's fields (text set by the program,
    such as a person's name shown for editing, does not count)."""
    if any(f.isModified() and not f.isReadOnly() for f in dialog.findChildren(QLineEdit)):
        return True
    plain = dialog.findChildren(QPlainTextEdit)
    rich = dialog.findChildren(QTextEdit)
    return any(t.document().isModified() and not t.isReadOnly() for t in plain) or any(
        t.document().isModified() and not t.isReadOnly() for t in rich
    )


class MainWindow(QMainWindow):
    """Builds the menus and the page stack (welcome, locked, the open case file) and owns
    the open file's session: opening it, locking and closing it."""

    def __init__(
        self,
        settings: prefs.Settings,
        kdf_params: svc.KdfParams | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.kdf_params = kdf_params  # None: calibrate on this computer (tests pass minimum)
        # Everything of the unlocked case file; None while no file is open (or it is locked).
        self.session: CaseFileSession | None = None
        self.locked_path: Path | None = None
        self._unlocking = False
        self.locked_place = LockedPlace()  # where the adviser was when locked, for unlocking
        self.task: Task | None = None
        self.setWindowTitle(APP_NAME)
        self._fit_to_screen(1280, 800)

        self.welcome = WelcomePage(self)
        self.locked = LockedPage(self)
        self.stack = PageStack(self)
        for widget in (self.welcome, self.locked):
            self.stack.addWidget(widget)
        # Built when a file is first opened; its "New case…" button does what Ctrl+N does.
        self._page = LazyCaseFilePage(self, self.stack, lambda: self.act_new_case.trigger())
        # Below 1280 x 720 logical pixels the pages scroll rather than being cut off.
        self.setCentralWidget(fit.ScrollingArea(self.stack, self))
        self.demo_marker = DemoMarker(self)

        # The menus' actions, one module per group.
        self.opening = CaseFileOpening(self, self)
        self.keys = KeyActions(self, self)
        self.advisers = AdviserActions(self, self)
        self.backups = BackupActions(self, self, self.opening)
        self.case_menu = CaseMenuActions(self, self, lambda: self.page)
        self.app_actions = AppActions(self, self, self.settings_changed)

        self.welcome.create_requested.connect(self.opening.new_case_file)
        self.welcome.open_requested.connect(self.opening.open_case_file)
        self.welcome.reopen_requested.connect(self.opening.reopen_last)
        self.welcome.demo_requested.connect(self.opening.open_demo)
        self.opening.not_opened.connect(self.welcome.focus_start)
        self.locked.unlock_requested.connect(self.unlock_locked)
        self.locked.close_requested.connect(self.close_case_file)

        self.idle = IdleWatcher(settings.idle_lock_minutes(), self)
        self.idle.idle.connect(self._lock_when_idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self._build_menus()
        # Ctrl+L from every window: the interview window and the letter editor are windows of
        # their own, where a main-window shortcut does not reach.
        self.idle.share_action(self.act_lock)
        self._show_welcome()

    @property
    def service(self) -> svc.CaseFileService | None:
        return None if self.session is None else self.session.file

    @property
    def cases(self) -> CaseService | None:
        return None if self.session is None else self.session.cases

    @property
    def page(self) -> CaseFilePage:
        return self._page.get()

    def _fit_to_screen(self, width: int, height: int) -> None:
        fit.fit_to_screen(self, width, height)

    # -- menus -------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        std, act = QKeySequence.StandardKey, partial(window_action, self)
        opening, keys, backups, cases = self.opening, self.keys, self.backups, self.case_menu
        app = self.app_actions
        self.act_new = act(self.tr("&New case file…"), opening.new_case_file, "Ctrl+Shift+N")
        self.act_open = act(self.tr("&Open case file…"), opening.open_case_file, std.Open)
        self.act_lock = act(self.tr("&Lock"), self.lock, "Ctrl+L")
        self.act_close = act(self.tr("&Close case file"), self.close_case_file)
        self.act_backup = act(self.tr("Make &backup…"), backups.make_backup, "Ctrl+B")
        self.act_restore = act(self.tr("&Restore from backup…"), backups.restore_backup)
        self.act_verify = act(self.tr("&Verify case file"), backups.verify)
        self.act_advisers = act(self.tr("A&dvisers…"), self.advisers.show_advisers)
        self.act_quit = act(self.tr("&Quit"), self.close, std.Quit)
        self.act_password = act(self.tr("&Change password…"), keys.change_password)
        self.act_remember = act(self.tr("&Remember on this computer"), self.toggle_remember)
        self.act_remember.setCheckable(True)
        self.act_recovery = act(self.tr("Show recovery &key…"), keys.show_recovery)
        self.act_settings = act(self.tr("&Settings…"), app.open_settings, std.Preferences)
        self.act_about = act(self.tr("&About Adviser Desk"), app.about)
        self.act_diagnostics = act(self.tr("Copy &diagnostics"), app.copy_diagnostics)
        self.act_new_case = act(self.tr("New &case…"), cases.new_case, std.New)
        self.act_find = act(self.tr("&Find cases"), cases.focus_search, std.Find)
        self.act_summary = act(
            self.tr("&Export case summary…"), cases.export_current_summary, "Ctrl+E"
        )
        self.act_handover = act(self.tr("&Hand over…"), cases.hand_over)
        self.act_retention = act(self.tr("Cases past &retention…"), cases.show_retention)
        self.act_details = act(self.tr("Case file &details…"), cases.edit_case_file_details)
        self.act_annual = act(self.tr("&Annual report…"), cases.annual_report)

        fill_menu_bar(self)

    def _update_actions(self) -> None:
        is_open = self.service is not None
        for action in (
            self.act_lock,
            self.act_backup,
            self.act_verify,
            self.act_advisers,
            self.act_password,
            self.act_remember,
            self.act_recovery,
            # The Case menu needs the unlocked file: while locked (or with none open) its
            # items looked on and did nothing, Ctrl+N included (walk W11).
            self.act_new_case,
            self.act_find,
            self.act_summary,
            self.act_handover,
            self.act_retention,
            self.act_annual,
            self.act_details,
        ):
            action.setEnabled(is_open)
        self.act_close.setEnabled(is_open or self.locked_path is not None)
        self.act_remember.setEnabled(is_open and self.keys.can_remember())

    # -- pages --------------------------------------------------------------------------------
    def _show_welcome(self) -> None:
        last = self.settings.get(prefs.LAST_CASE_FILE)
        self.welcome.set_last_file(Path(last).name if last and Path(last).is_file() else None)
        self.stack.setCurrentWidget(self.welcome)
        self.demo_marker.show_for(demo=False)
        self.setWindowTitle(APP_NAME)
        self._update_actions()

    def refresh(self) -> None:
        if self.service is None:
            return
        with known_errors(self, self.tr("Could not read the case file")) as attempt:
            info = self.service.info()
            rows = self.service.audit_rows()
        if attempt.failed:
            return
        self.page.show_info(info)
        self.page.model.set_rows(rows)
        self.act_remember.setChecked(info.remembered_here)
        self.setWindowTitle(f"{info.path.stem} — {APP_NAME}")

    def opened(
        self,
        service: svc.CaseFileService,
        used_recovery_key: bool = False,
        ask_name: bool = True,
    ) -> None:
        self.session = _new_session(service, self.settings)
        self.locked_path = None
        if not is_demo(service.path):  # the demo never hides the adviser's own last file
            self.settings.set(prefs.LAST_CASE_FILE, str(service.path))
        self.demo_marker.show_for(is_demo(service.path))
        self.stack.setCurrentWidget(self.page)
        self.page.set_session(self.session)
        self.refresh()
        self._update_actions()
        self.idle.set_minutes(self.settings.idle_lock_minutes())
        self.idle.start()
        self.opening.tell_open_notices(service)
        if used_recovery_key:
            self.keys.choose_new_password()
        self.keys.show_pending_recovery(only_if_pending=True)
        if ask_name and self.service is not None and not self.service.info().adviser_name:
            self.opening.ask_adviser_name()

    def prepare(self) -> None:
        self._page.get()  # the open file's page, built ahead (see WindowHost.prepare)

    def run_dialog(self, dialog: QDialog) -> bool:
        """Runs a modal dialog and lets it go: dialogs may hold the service, and so the key."""
        try:
            return bool(dialog.exec())
        finally:
            dialog.deleteLater()

    # -- opening, locking, closing -------------------------------------------------------------
    def open_path(self, path: Path) -> bool:
        """Opens ``path`` given on the command line or by the desktop (see CaseFileOpening)."""
        return self.opening.open_path(path)

    @Slot()
    def unlock_locked(self) -> None:
        # One unlock at a time: a second request (a Return queued by the keyboard while the
        # first dialog was open) must not open a stray second dialog over the unlocked file.
        if self.locked_path is None or self._unlocking or self.service is not None:
            return
        place = self.locked_place
        self._unlocking = True
        try:
            unlocked = self.opening.unlock_path(self.locked_path)
        finally:
            self._unlocking = False
        if unlocked:
            self.locked_place = LockedPlace()  # the saved edits are told once
            place.restore(self.page, then=self.case_menu.reopen_kept)  # New case, as typed

    @Slot()
    def lock(self) -> None:
        """Ctrl+L or File > Lock."""
        self._lock(idle=False)

    @Slot()
    def _lock_when_idle(self) -> None:
        self._lock(idle=True)

    def _lock(self, idle: bool) -> None:
        """Closes the database and forgets the key; shows nothing until unlocked again."""
        if self.service is None:
            return
        if (self.task is not None and self.task.busy) or self._page.busy():
            self.idle.start()  # a backup, check or import is running: lock when it is done
            return
        # Overview edits are saved first. Those that cannot be saved (a required field emptied)
        # are not thrown away: an idle lock waits; Ctrl+L asks what to do with them.
        all_kept, kept = self.page.case_view.keep_unsaved()
        if not all_kept and (idle or not self.page.case_view.confirm_leave()):
            self.idle.start()
            return
        path = self.service.path
        # A note being typed is added and a letter being edited saved; the lock page says so.
        self.locked_place, saved = LockedPlace.keep(self.page, kept)
        lost = close_open_dialogs(self, saved)
        self._close_service()
        self.locked_path = path
        self.locked.set_file(path.name, lost, None if kept is None else kept.saved_number, saved)
        self.stack.setCurrentWidget(self.locked)
        locked = self.tr("Locked")
        self.setWindowTitle(f"{locked} — {APP_NAME}")
        self._update_actions()

    @Slot()
    def close_case_file(self) -> None:
        self.release_current()

    def may_release(self) -> bool:
        """Whether the open file may close: no work running, Overview edits saved or
        discarded as the adviser says (False: Cancel)."""
        if (self.task is not None and self.task.busy) or self._page.busy():
            QMessageBox.information(
                self,
                APP_NAME,
                self.tr("Please wait until the work in progress has finished."),
            )
            return False
        return self._page.confirm_leave()

    def release_current(self, ask: bool = True) -> bool:
        if ask and not self.may_release():
            return False
        self._close_service()
        self.locked_path = None
        self.locked_place, self.case_menu.kept_new_case = LockedPlace(), None  # nothing kept
        # Whatever follows (a cancelled or failed open, a new file), the closed file's page
        # must not stay on screen with its actions still looking available.
        self._show_welcome()
        return True

    def _close_service(self) -> None:
        self.idle.stop()
        self._page.clear()
        if self.session is not None:
            session, self.session = self.session, None
            try:
                session.close()
            except Exception as exc:  # locking must go on whatever happens, even after a bug
                show_error(self, self.tr("Problem while closing"), exc)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.release_current():
            event.ignore()
            return
        app = QApplication.instance()
        if app is not None:
            # An application-wide filter must not outlive the window that owns it.
            app.removeEventFilter(self.idle)
        event.accept()

    # -- small actions ---------------------------------------------------------------------------
    @Slot()
    def toggle_remember(self) -> None:
        self.keys.set_remembered(self.act_remember.isChecked())

    def settings_changed(self) -> None:
        """The Settings dialog was accepted: the idle lock and the open session follow."""
        self.idle.set_minutes(self.settings.idle_lock_minutes())
        if self.session is not None:
            self.session.apply(_session_settings(self.settings))


def fill_menu_bar(window: MainWindow) -> None:
    """The menu bar: which of the window's actions is in which menu, in what order (the
    strings keep the window's translation context)."""
    w, menu = window, partial(window_menu, window)
    menu(
        QCoreApplication.translate("MainWindow", "&File"),
        (w.act_new, w.act_open, None, w.act_lock, w.act_close, None),
        (w.act_backup, w.act_restore, w.act_verify, None),
        (w.act_advisers, None, w.act_quit),
    )
    menu(
        QCoreApplication.translate("MainWindow", "&Case"),
        (w.act_new_case, w.act_find, w.act_summary, w.act_handover, None),
        (w.act_retention, w.act_annual, w.act_details),
    )
    security = menu(
        QCoreApplication.translate("MainWindow", "&Security"),
        (w.act_password, w.act_remember, w.act_recovery),
    )
    # Show recovery key… only while the key waits for confirmation (KeyActions).
    security.setToolTipsVisible(True)
    security.aboutToShow.connect(lambda: w.keys.show_recovery_state(w.act_recovery))
    # Undo of the open case's last step, named, while it can be undone (walk J, finding 11).
    menu(
        QCoreApplication.translate("MainWindow", "&Edit"),
        (w._page.undo.action, None, w.act_settings),
    )
    menu(QCoreApplication.translate("MainWindow", "&Help"), (w.act_diagnostics, w.act_about))
