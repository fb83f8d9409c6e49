"""The main window: menus, the three pages, locking, and the case-file actions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from adviser_desk import APP_NAME
from adviser_desk.domain.errors import Cancelled, KnownError
from adviser_desk.services import case_file_service as svc
from adviser_desk.services import summary_service
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.demo import DEMO_PASSWORD, create_demo
from adviser_desk.services.session import CaseFileSession, SessionSettings
from adviser_desk.ui.case.case_dialogs import CaseFileDetailsDialog, NewCaseDialog
from adviser_desk.ui.case.retention_dialog import RetentionDialog
from adviser_desk.ui.case_file.create_dialog import CreateCaseFileDialog
from adviser_desk.ui.case_file.password_dialogs import ChangePasswordDialog, NewPasswordDialog
from adviser_desk.ui.case_file.recovery_dialog import RecoveryKeyDialog
from adviser_desk.ui.case_file.unlock_dialog import UnlockDialog
from adviser_desk.ui.common import fit
from adviser_desk.ui.common import settings as prefs
from adviser_desk.ui.common.dialogs import (
    case_file_filter,
    choose_existing_case_file,
    choose_folder,
    choose_new_case_file,
    save_pdf_name,
    show_error,
)
from adviser_desk.ui.common.errors import known_errors
from adviser_desk.ui.common.i18n import current_language, error_text, translate_report
from adviser_desk.ui.common.workers import Task, run_with_progress
from adviser_desk.ui.shell.about_dialog import AboutDialog, copy_diagnostics
from adviser_desk.ui.shell.idle_lock import IdleWatcher
from adviser_desk.ui.shell.pages import CaseFilePage, LockedPage, WelcomePage
from adviser_desk.ui.shell.settings_dialog import SettingsDialog


class MainWindow(QMainWindow):
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
        self.locked_case: tuple[int | None, int] = (None, 0)  # the case and tab shown when locked
        self.task: Task | None = None
        self.setWindowTitle(APP_NAME)
        self._fit_to_screen(1280, 800)

        self.welcome = WelcomePage(self)
        self.locked = LockedPage(self)
        self.page = CaseFilePage(self)
        self.stack = QStackedWidget(self)
        for widget in (self.welcome, self.locked, self.page):
            self.stack.addWidget(widget)
        # Below 1280 x 720 logical pixels the pages scroll rather than being cut off.
        self.setCentralWidget(fit.ScrollingArea(self.stack, self))
        self.welcome.create_requested.connect(self.new_case_file)
        self.welcome.open_requested.connect(self.open_case_file)
        self.welcome.reopen_requested.connect(self.reopen_last)
        self.welcome.demo_requested.connect(self.open_demo)
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

    def _session_settings(self) -> SessionSettings:
        return SessionSettings(current_language(), self.settings.evidence_max_bytes())

    def _fit_to_screen(self, width: int, height: int) -> None:
        fit.fit_to_screen(self, width, height)

    # -- menus -------------------------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even while the menu bar is hidden or native
        return action

    def _build_menus(self) -> None:
        std = QKeySequence.StandardKey
        self.act_new = self._action(self.tr("&New case file…"), self.new_case_file, "Ctrl+Shift+N")
        self.act_open = self._action(self.tr("&Open case file…"), self.open_case_file, std.Open)
        self.act_lock = self._action(self.tr("&Lock"), self.lock, "Ctrl+L")
        self.act_close = self._action(self.tr("&Close case file"), self.close_case_file)
        self.act_backup = self._action(self.tr("Make &backup…"), self.make_backup, "Ctrl+B")
        self.act_restore = self._action(self.tr("&Restore from backup…"), self.restore_backup)
        self.act_verify = self._action(self.tr("&Verify case file"), self.verify)
        self.act_quit = self._action(self.tr("&Quit"), self.close, std.Quit)
        self.act_password = self._action(self.tr("Change &password…"), self.change_password)
        self.act_remember = self._action(
            self.tr("&Remember on this computer"), self.toggle_remember
        )
        self.act_remember.setCheckable(True)
        self.act_recovery = self._action(self.tr("Show recovery &key…"), self.show_recovery)
        self.act_settings = self._action(self.tr("&Settings…"), self.open_settings, std.Preferences)
        self.act_about = self._action(self.tr("&About Adviser Desk"), self.about)
        self.act_diagnostics = self._action(self.tr("Copy &diagnostics"), self.copy_diagnostics)
        self.act_new_case = self._action(self.tr("New &case…"), self.new_case, std.New)
        self.act_find = self._action(self.tr("&Find cases"), self.focus_search, std.Find)
        self.act_summary = self._action(
            self.tr("&Export case summary…"), self.export_current_summary, "Ctrl+E"
        )
        self.act_retention = self._action(self.tr("Cases past &retention…"), self.show_retention)
        self.act_details = self._action(self.tr("Case file &details…"), self.edit_case_file_details)
        self.act_annual = self._action(self.tr("&Annual report…"), self.annual_report)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (
            self.act_new,
            self.act_open,
            None,
            self.act_lock,
            self.act_close,
            None,
            self.act_backup,
            self.act_restore,
            self.act_verify,
            None,
            self.act_quit,
        ):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        case_menu = self.menuBar().addMenu(self.tr("&Case"))
        for action in (
            self.act_new_case,
            self.act_find,
            self.act_summary,
            None,
            self.act_retention,
            self.act_annual,
            self.act_details,
        ):
            case_menu.addSeparator() if action is None else case_menu.addAction(action)
        security = self.menuBar().addMenu(self.tr("&Security"))
        for action in (self.act_password, self.act_remember, self.act_recovery):
            security.addAction(action)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        edit.addAction(self.act_settings)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.act_diagnostics)
        help_menu.addAction(self.act_about)

    def _update_actions(self) -> None:
        is_open = self.service is not None
        for action in (
            self.act_lock,
            self.act_backup,
            self.act_verify,
            self.act_password,
            self.act_remember,
            self.act_recovery,
        ):
            action.setEnabled(is_open)
        self.act_close.setEnabled(is_open or self.locked_path is not None)
        self.act_remember.setEnabled(is_open and svc.keyring_unavailable_reason() is None)

    # -- pages --------------------------------------------------------------------------------
    def _show_welcome(self) -> None:
        last = self.settings.get(prefs.LAST_CASE_FILE)
        self.welcome.set_last_file(Path(last).name if last and Path(last).is_file() else None)
        self.stack.setCurrentWidget(self.welcome)
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

    def _opened(
        self,
        service: svc.CaseFileService,
        used_recovery_key: bool = False,
        ask_name: bool = True,
    ) -> None:
        self.session = CaseFileSession(service, self._session_settings())
        self.locked_path = None
        self.settings.set(prefs.LAST_CASE_FILE, str(service.path))
        self.stack.setCurrentWidget(self.page)
        self.page.set_session(self.session)
        self.refresh()
        self._update_actions()
        self.idle.set_minutes(self.settings.idle_lock_minutes())
        self.idle.start()
        if service.case.safety_copy is not None:
            QMessageBox.information(
                self,
                self.tr("Case file upgraded"),
                self.tr(
                    "This case file was upgraded for this version of Adviser Desk. An "
                    "encrypted copy of the old version was kept as {path}."
                ).format(path=service.case.safety_copy),
            )
        for notice in service.open_notices():
            QMessageBox.warning(self, self.tr("Please note"), error_text(notice))
        if used_recovery_key:
            self._run_dialog(NewPasswordDialog(service, self, self.kdf_params))
            self.refresh()
        self.show_pending_recovery(only_if_pending=True)
        if ask_name and self.service is not None and not self.service.info().adviser_name:
            self._ask_adviser_name()

    def _ask_adviser_name(self) -> None:
        """A case file made before the name was asked at creation: asked once on unlock (not
        blocking: the adviser may first look around; it is asked again next time if skipped)."""
        dialog = QInputDialog(self)
        dialog.setObjectName("adviser_name_prompt")
        dialog.setWindowTitle(self.tr("Your name"))
        dialog.setLabelText(
            self.tr(
                "This case file does not say yet who keeps it. Your name is printed on evidence "
                "logs, summaries and letters and recorded in the audit log (instead of this "
                "computer's login). You can change it later in Case > Case file details.\n\n"
                "Your name:"
            )
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(self._set_adviser_name)
        dialog.open()

    def _set_adviser_name(self, name: str) -> None:
        session = self.session
        if session is None or not name.strip():
            return
        with known_errors(self, self.tr("Not saved")):
            session.update_profile(name.strip(), session.file.info().school_name)
        self.refresh()

    def _run_dialog(self, dialog: QDialog) -> bool:
        """Runs a modal dialog and lets it go: dialogs may hold the service, and so the key."""
        try:
            return bool(dialog.exec())
        finally:
            dialog.deleteLater()

    # -- opening, locking, closing -------------------------------------------------------------
    @Slot()
    def new_case_file(self) -> None:
        if not self._release_current():
            return
        folder = self.settings.case_file_folder()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            folder = Path.home()
        dialog = CreateCaseFileDialog(folder, self, self.kdf_params)
        if self._run_dialog(dialog) and dialog.service is not None:
            self._opened(dialog.service, ask_name=False)  # the dialog asked for the name

    @Slot()
    def open_case_file(self) -> None:
        """File > Open: the adviser chooses the case file (a slot: takes no arguments, since
        triggered and clicked pass ``checked``)."""
        path = choose_existing_case_file(self, self.settings.case_file_folder())
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path) -> bool:
        """Closes the current case file and unlocks ``path``. If that fails or is cancelled,
        the welcome page shows: the closed file's page must not stay on screen."""
        if not self._release_current():
            return False
        return self.unlock_path(path)

    @Slot()
    def reopen_last(self) -> None:
        last = self.settings.get(prefs.LAST_CASE_FILE)
        if last:
            self.open_path(Path(last))

    def unlock_path(self, path: Path) -> bool:
        try:
            # A renamed photo or a cut-off file is told as such, and a file another copy of
            # the app holds is refused, before any password or recovery key is asked for.
            svc.check_case_file(path)
            svc.ensure_not_open_elsewhere(path)
        except KnownError as exc:
            show_error(self, self.tr("Open case file"), exc)
            return False
        dialog = UnlockDialog(path, self)
        if self._run_dialog(dialog) and dialog.service is not None:
            self._opened(dialog.service, dialog.used_recovery_key)
            return True
        return False

    @Slot()
    def unlock_locked(self) -> None:
        if self.locked_path is None:
            return
        case_id, tab = self.locked_case
        if self.unlock_path(self.locked_path):
            self._return_to_case(case_id, tab)  # back where the adviser was

    def _return_to_case(self, case_id: int | None, tab: int) -> None:
        """Shows the case (and tab) the adviser had open, if it still exists."""
        if case_id is None or self.cases is None:
            return
        try:
            self.cases.get_case(case_id)
        except KnownError:
            return  # purged meanwhile
        self.page.case_list.select_case(case_id)
        self.page.open_case(case_id)
        self.page.case_view.tabs.setCurrentIndex(tab)

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
        if (self.task is not None and self.task.busy) or self.page.case_view.busy:
            self.idle.start()  # a backup, check or import is running: lock when it is done
            return
        # Overview edits are saved first. Those that cannot be saved (a required field emptied)
        # are not thrown away: an idle lock waits; Ctrl+L asks what to do with them.
        if not self.page.case_view.keep_unsaved() and (
            idle or not self.page.case_view.confirm_leave()
        ):
            self.idle.start()
            return
        path = self.service.path
        self.locked_case = (
            self.page.case_view.case_id,
            self.page.case_view.tabs.currentIndex(),
        )
        # Open dialogs may show case data (the recovery key) or hold the closing service.
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                keep = getattr(dialog, "keep_unsaved", None)
                if keep is not None:
                    keep()  # a letter being edited is saved as a version, not lost
                dialog.reject()
        self._close_service()
        self.locked_path = path
        self.locked.set_file(path.name)
        self.stack.setCurrentWidget(self.locked)
        locked = self.tr("Locked")
        self.setWindowTitle(f"{locked} — {APP_NAME}")
        self._update_actions()

    @Slot()
    def close_case_file(self) -> None:
        self._release_current()

    def _release_current(self) -> bool:
        if (self.task is not None and self.task.busy) or self.page.case_view.busy:
            QMessageBox.information(
                self,
                APP_NAME,
                self.tr("Please wait until the work in progress has finished."),
            )
            return False
        if not self.page.case_view.confirm_leave():
            return False  # Cancel on the question about unsaved Overview edits
        self._close_service()
        self.locked_path = None
        # Whatever follows (a cancelled or failed open, a new file), the closed file's page
        # must not stay on screen with its actions still looking available.
        self._show_welcome()
        return True

    def _close_service(self) -> None:
        self.idle.stop()
        self.page.clear()
        if self.session is not None:
            session, self.session = self.session, None
            try:
                session.close()
            except Exception as exc:  # locking must go on whatever happens, even after a bug
                show_error(self, self.tr("Problem while closing"), exc)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._release_current():
            event.ignore()
            return
        app = QApplication.instance()
        if app is not None:
            # An application-wide filter must not outlive the window that owns it.
            app.removeEventFilter(self.idle)
        event.accept()

    # -- security ---------------------------------------------------------------------------
    @Slot()
    def change_password(self) -> None:
        if self.service is not None and self._run_dialog(ChangePasswordDialog(self.service, self)):
            QMessageBox.information(
                self, self.tr("Password changed"), self.tr("The new password is in use.")
            )
            self.refresh()

    @Slot()
    def toggle_remember(self) -> None:
        if self.service is None:
            return
        with known_errors(self, self.tr("Could not change this setting")):
            if self.act_remember.isChecked():
                self.service.remember_here()
            else:
                self.service.forget_here()
        self.refresh()

    @Slot()
    def show_recovery(self) -> None:
        self.show_pending_recovery(only_if_pending=False)

    def show_pending_recovery(self, only_if_pending: bool) -> None:
        if self.service is None:
            return
        recovery = self.service.pending_recovery_key()
        if recovery is None:
            if not only_if_pending:
                QMessageBox.information(
                    self,
                    self.tr("Recovery key"),
                    self.tr(
                        "You confirmed that the recovery key is stored, so Adviser Desk no "
                        "longer shows it. Use your printed recovery sheet."
                    ),
                )
            return
        self._run_dialog(RecoveryKeyDialog(self.service, recovery, self))
        self.refresh()

    # -- long operations ---------------------------------------------------------------------
    @Slot()
    def make_backup(self) -> None:
        if self.service is None:
            return
        dest = choose_folder(self, self.tr("Choose a folder for the backup (a USB stick)"))
        if dest is None or self.service is None:
            return
        service = self.service
        self.task = run_with_progress(
            self,
            self.tr("Backup"),
            self.tr("Making an encrypted backup…"),
            lambda progress, cancelled: service.make_backup(dest, progress, cancelled),
            self._backup_done,
            self._backup_failed,
        )

    def _backup_done(self, copy: Path) -> None:
        self.refresh()
        QMessageBox.information(
            self,
            self.tr("Backup made"),
            self.tr(
                "The backup was saved as {path}. It is encrypted: the same password and "
                "recovery key open it."
            ).format(path=copy),
        )

    def _backup_failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            QMessageBox.information(
                self, self.tr("Backup"), self.tr("The backup was cancelled; nothing was kept.")
            )
            return
        show_error(self, self.tr("The backup failed"), exc)

    @Slot()
    def verify(self) -> None:
        if self.service is None:
            return
        service = self.service
        self.task = run_with_progress(
            self,
            self.tr("Verify case file"),
            self.tr("Checking every encrypted page and the audit chain…"),
            lambda progress, _cancelled: service.verify(progress),
            self._verified,
            lambda exc: show_error(self, self.tr("The check could not run"), exc),
            cancellable=False,
        )

    def verification_text(self, report: svc.IntegrityReport) -> str:
        if report.ok and report.chain is not None:
            return self.tr(
                "The case file is intact: every encrypted page passed its check, the database "
                "structure is sound and the audit chain of {count} events is unbroken."
            ).format(count=report.chain.events)
        parts = []
        if report.page_errors:
            parts.append(
                self.tr("{count} encrypted pages fail their integrity check.").format(
                    count=len(report.page_errors)
                )
            )
        if report.structure_errors:
            parts.append(self.tr("The database structure is damaged."))
        if report.chain is not None and not report.chain.intact:
            parts.append(
                self.tr("The audit chain is broken at event {seq}.").format(
                    seq=report.chain.broken_at
                )
            )
        parts.append(self.tr("Restore the case file from a backup and tell your IT staff."))
        return " ".join(parts)

    def _verified(self, report: svc.IntegrityReport) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information if report.ok else QMessageBox.Icon.Critical,
            self.tr("Verify case file"),
            self.verification_text(report),
            parent=self,
        )
        box.setObjectName("verify_result")
        box.setDetailedText("\n".join(report.lines()))
        box.exec()

    @Slot()
    def restore_backup(self) -> None:
        source, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the backup to restore"), str(Path.home()), case_file_filter()
        )
        if not source:
            return
        target = choose_new_case_file(self, self.settings.case_file_folder())
        if target is None or not self._release_current():
            return
        with known_errors(self, self.tr("The backup was not restored")) as attempt:
            restored = svc.restore_backup(Path(source), target)
        if attempt.failed:
            return
        self.unlock_path(restored)

    # -- cases --------------------------------------------------------------------------------
    @Slot()
    def new_case(self) -> None:
        if self.cases is None:
            return
        dialog = NewCaseDialog(self.cases, self)
        if self._run_dialog(dialog) and dialog.case_id is not None:
            self.page.tabs.setCurrentIndex(0)
            self.page.show_new_case(dialog.case_id)
            self.refresh()

    @Slot()
    def focus_search(self) -> None:
        if self.cases is not None:
            self.page.tabs.setCurrentIndex(0)
            self.page.case_list.search.setFocus()
            self.page.case_list.search.selectAll()

    @Slot()
    def export_current_summary(self) -> None:
        case_id = self.page.case_view.case_id
        if self.cases is None or case_id is None:
            QMessageBox.information(
                self, APP_NAME, self.tr("Select a case first, then export its summary.")
            )
            return
        self.export_summary(case_id)

    def export_summary(
        self, case_id: int, target: Path | None = None, unmask_reporter: bool = False
    ) -> Path | None:
        """Saves the case summary PDF after saying plainly that it leaves the encryption."""
        if self.cases is None:
            return None
        detail = self.cases.get_case(case_id)
        number = detail.number
        has_anonymous = any(person.anonymous for person in detail.people)
        if target is None:
            target = save_pdf_name(
                self,
                self.tr("Export case summary"),
                self.tr("{number} case summary.pdf").format(number=number),
            )
            if target is None:
                return None
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Export case summary"),
                self.tr(
                    "The PDF is not encrypted: anyone who gets the file can read it. An "
                    "anonymous reporter is not named in it. Export it?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                self,
            )
            unmask_box = None
            if has_anonymous:
                unmask_box = QCheckBox(
                    self.tr(
                        "Name the anonymous reporter in this one export (recorded in the audit log)"
                    )
                )
                box.setCheckBox(unmask_box)
            answer = box.exec()
            if answer != QMessageBox.StandardButton.Yes:
                return None
            unmask_reporter = unmask_box is not None and unmask_box.isChecked()
        with known_errors(self, self.tr("The summary was not exported")) as attempt:
            summary_service.export_summary(
                self.cases, case_id, target, translate_report, unmask_reporter
            )
        if attempt.failed:
            return None
        self.refresh()
        return target

    @Slot()
    def annual_report(self) -> None:
        if self.session is None:
            return
        from adviser_desk.ui.case_file.annual_report_dialog import AnnualReportDialog

        self._run_dialog(AnnualReportDialog(self.session.annual_report, self))

    @Slot()
    def show_retention(self) -> None:
        if self.cases is None:
            return
        shown = (self.page.case_view.case_id, self.page.case_view.tabs.currentIndex())
        dialog = RetentionDialog(self.cases, self.export_summary, self)
        self._run_dialog(dialog)
        if dialog.purged:
            self.page.set_session(self.session)
            self._return_to_case(*shown)  # the case on screen was not the one purged
        self.refresh()

    @Slot()
    def edit_case_file_details(self) -> None:
        if self.service is None or self.cases is None:
            return
        info = self.service.info()
        address, place, logo = self.service.letterhead()
        dialog = CaseFileDetailsDialog(
            info.adviser_name,
            info.school_name,
            self.cases.default_retention_years(),
            self,
            address,
            place,
            logo,
        )
        if not self._run_dialog(dialog):
            return
        session = self.session
        if session is None:
            return
        with known_errors(self, self.tr("Not saved")):
            session.update_profile(dialog.adviser.text().strip(), dialog.school.text().strip())
            session.file.update_letterhead(
                dialog.address.toPlainText().strip(), dialog.place.text().strip(), dialog.logo
            )
            session.cases.set_default_retention_years(dialog.retention.value())
        self.refresh()

    @Slot()
    def open_demo(self) -> None:
        """Creates the demo case file (once) in the case-file folder and opens it."""
        if not self._release_current():
            return
        folder = self.settings.case_file_folder()
        path = folder / "Demo.adcase"
        with known_errors(self, self.tr("The demo could not be opened")) as attempt:
            folder.mkdir(parents=True, exist_ok=True)
            if not path.exists():
                create_demo(path)
            service = svc.unlock_with_password(path, DEMO_PASSWORD)
        if attempt.failed:
            return
        self._opened(service)

    # -- other -------------------------------------------------------------------------------
    @Slot()
    def open_settings(self) -> None:
        if self._run_dialog(SettingsDialog(self.settings, self)):
            self.idle.set_minutes(self.settings.idle_lock_minutes())
            if self.session is not None:
                self.session.apply(self._session_settings())

    @Slot()
    def about(self) -> None:
        self._run_dialog(AboutDialog(self))

    @Slot()
    def copy_diagnostics(self) -> None:
        copy_diagnostics(self)
