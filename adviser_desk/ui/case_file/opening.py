"""File > New, Open, reopen the last file, unlock, and the demo: getting a case file open."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QInputDialog, QLabel, QMessageBox, QWidget

from adviser_desk.domain.errors import KnownError
from adviser_desk.ui.common import settings as prefs
from adviser_desk.ui.common.dialogs import choose_existing_case_file, show_error
from adviser_desk.ui.common.errors import known_errors
from adviser_desk.ui.common.host import WindowHost
from adviser_desk.ui.common.i18n import error_text
from adviser_desk.ui.common.workers import run_with_progress

if TYPE_CHECKING:
    # The window's menus are built before the case file's layers load (issue 15): the
    # dialogs and services below are imported when an action runs.
    from adviser_desk.services import case_file_service as svc


def _same_file(a: Path, b: Path) -> bool:
    return a.resolve() == b.resolve()


class CaseFileOpening(QObject):
    """Creates, opens and unlocks case files for the window; the window builds the session."""

    # An open ended without a file: the chooser or the unlock was cancelled, or it failed.
    not_opened = Signal()

    def __init__(self, host: WindowHost, window: QWidget) -> None:
        super().__init__(window)
        self.host = host
        self.window = window

    @Slot()
    def new_case_file(self) -> None:
        # The open file closes only once the new one exists: Cancel keeps it open.
        if not self.host.may_release():
            return
        folder = self.host.settings.case_file_folder()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            folder = Path.home()
        from adviser_desk.ui.case_file.create_dialog import CreateCaseFileDialog

        dialog = CreateCaseFileDialog(folder, self.window, self.host.kdf_params)
        # The case page is built while the dialog still says it is opening the file, not
        # after it has gone: for about 2 s the window then answered nothing and showed no
        # busy sign before the recovery sheet came (walk 10).
        dialog.opening.connect(self.host.prepare)
        if self.host.run_dialog(dialog) and dialog.service is not None:
            self.host.release_current(ask=False)
            self.host.opened(dialog.service, ask_name=False)  # the dialog asked for the name

    @Slot()
    def open_case_file(self) -> None:
        """File > Open: the adviser chooses the case file (a slot: takes no arguments, since
        triggered and clicked pass ``checked``)."""
        path = choose_existing_case_file(self.window, self.host.settings.case_file_folder())
        if path is None:
            self.not_opened.emit()
        else:
            self.open_path(path)

    def open_path(self, path: Path) -> bool:
        """Unlocks ``path`` and only then closes the case file open before: a wrong password,
        Cancel, a file that is no case file or a damaged one leaves that file open (or locked)
        as it was. Unsaved Overview edits are settled first, while the adviser is still there."""
        session = self.host.session
        if session is not None and _same_file(session.file.path, path):
            return True  # already open
        if not self.host.may_release():
            return False
        unlocked = self._unlock(path)
        if unlocked is None:
            self.not_opened.emit()
            return False
        self.host.release_current(ask=False)
        self.host.opened(*unlocked)
        return True

    @Slot()
    def reopen_last(self) -> None:
        last = self.host.settings.get(prefs.LAST_CASE_FILE)
        if last:
            self.open_path(Path(last))

    def unlock_path(self, path: Path) -> bool:
        """Unlocks the locked window's file ``path``: always with a password or the recovery
        key. The key remembered on this computer only saves typing when a file is opened;
        using it here would make the lock (Ctrl+L, idle) open with one click (walk W18)."""
        unlocked = self._unlock(path, try_remembered=False)
        if unlocked is not None:
            self.host.opened(*unlocked)
        return unlocked is not None

    def _unlock(
        self, path: Path, try_remembered: bool = True
    ) -> tuple[svc.CaseFileService, bool] | None:
        """The unlocked service and whether the recovery key was used; None when the file
        is no case file, is held by another copy of the app, or the adviser gave up."""
        from adviser_desk.services import case_file_service as svc
        from adviser_desk.ui.case_file.unlock_dialog import UnlockDialog

        try:
            # A renamed photo or a cut-off file is told as such, and a file another copy of
            # the app holds is refused, before any password or recovery key is asked for.
            svc.check_case_file(path)
            svc.ensure_not_open_elsewhere(path)
        except KnownError as exc:
            show_error(self.window, self.tr("Open case file"), exc)
            return None
        dialog = UnlockDialog(path, self.window, try_remembered=try_remembered)
        if self.host.run_dialog(dialog) and dialog.service is not None:
            return dialog.service, dialog.used_recovery_key
        return None

    @Slot()
    def open_demo(self) -> None:
        """Creates the demo case file (once) in this computer's cache folder, away from the
        real case files (walk 4, W17), and opens it (the file open before closes only once
        the demo is open). It never becomes the "last opened" file."""
        path = demo_path()
        folder = path.parent
        session = self.host.session
        if session is not None and _same_file(session.file.path, path):
            return
        if not self.host.may_release():
            return
        from adviser_desk.services.demo import create_demo

        if path.exists():
            self._open_demo(path)
            return

        # Making the demo takes seconds (15 on the walker's machine, with no sign of life,
        # walk 5, W5-22): it is made in a worker behind a progress dialog shown at once, and
        # opened (here, in the GUI thread that will use the connection) once it is there;
        # the busy cursor covers the opening too.
        def make(_progress: object, _cancelled: object) -> Path:
            folder.mkdir(parents=True, exist_ok=True)
            return create_demo(path)

        def failed(exc: BaseException) -> None:
            QApplication.restoreOverrideCursor()
            show_error(self.window, self.tr("The demo could not be opened"), exc)

        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self.host.task = run_with_progress(
            self.window,
            self.tr("Demo"),
            self.tr("Making the demo case file…"),
            make,
            lambda made: self._open_demo(made, busy=True),
            failed,
            cancellable=False,
            at_once=True,
        )

    def _open_demo(self, path: Path, busy: bool = False) -> None:
        from adviser_desk.services import case_file_service as svc
        from adviser_desk.services.demo import DEMO_PASSWORD

        try:
            with known_errors(self.window, self.tr("The demo could not be opened")) as attempt:
                service = svc.unlock_with_password(path, DEMO_PASSWORD)
            if attempt.failed:
                return
            self.host.release_current(ask=False)
            self.host.opened(service)
        finally:
            if busy:
                QApplication.restoreOverrideCursor()

    def tell_open_notices(self, service: svc.CaseFileService) -> None:
        """What the adviser must know about the file just opened: an upgrade's safety copy,
        changes lost in a crash."""
        if service.case.safety_copy is not None:
            QMessageBox.information(
                self.window,
                self.tr("Case file upgraded"),
                self.tr(
                    "This case file was upgraded for this version of Adviser Desk. An "
                    "encrypted copy of the old version was kept as {path}."
                ).format(path=service.case.safety_copy),
            )
        for notice in service.open_notices():
            QMessageBox.warning(self.window, self.tr("Please note"), error_text(notice))

    def ask_adviser_name(self) -> None:
        """A case file made before the name was asked at creation: asked once on unlock (not
        blocking: the adviser may first look around; it is asked again next time if skipped)."""
        dialog = QInputDialog(self.window)
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
        # The explanation wraps: on one line the prompt was wider than a 1280 pixel screen
        # (1920 x 1080 at 150 %), cut off at the right.
        label = dialog.findChild(QLabel)
        if label is not None:
            label.setWordWrap(True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(self._set_adviser_name)
        dialog.open()

    def _set_adviser_name(self, name: str) -> None:
        session = self.host.session
        if session is None or not name.strip():
            return
        with known_errors(self.window, self.tr("Not saved")):
            session.update_profile(name.strip(), session.file.info().school_name)
        self.host.refresh()


def demo_path() -> Path:
    """Where the demo case file lives: the cache folder (fictional data, re-made if removed)."""
    import platformdirs

    from adviser_desk import APP_NAME

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "Demo.adcase"


def is_demo(path: Path) -> bool:
    return _same_file(path, demo_path())
