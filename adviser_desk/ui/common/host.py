"""What the menu actions need of the window they act for.

The main window builds the menus and the page stack; each group of actions (opening a case
file, keys, backup and verification, exporting a summary, settings and About) lives in its own
module and reaches the window only through this protocol, so a feature folder never imports
the shell.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QDialog

from adviser_desk.ui.common import settings as prefs
from adviser_desk.ui.common.workers import Task

if TYPE_CHECKING:  # the first window is shown before these layers load (issue 15)
    from adviser_desk.services.case_file_service import CaseFileService, KdfParams
    from adviser_desk.services.session import CaseFileSession


class WindowHost(Protocol):
    """The main window as its actions see it."""

    settings: prefs.Settings
    #: None: calibrate the password KDF on this computer (tests pass the minimum).
    kdf_params: KdfParams | None
    #: The long work running now (a backup, a check); the window waits for it before locking.
    task: Task | None

    @property
    def session(self) -> CaseFileSession | None: ...

    def refresh(self) -> None:
        """Shows the open case file's details and audit log again."""

    def run_dialog(self, dialog: QDialog) -> bool:
        """Runs a modal dialog and lets it go (dialogs may hold the key)."""

    def may_release(self) -> bool:
        """Whether the open case file may close (asks about unsaved edits; False: keep it)."""

    def release_current(self, ask: bool = True) -> bool:
        """Closes the open (or locked) case file; False if the adviser kept it open.
        ``ask=False``: may_release() was answered already."""

    def prepare(self) -> None:
        """Builds the page an open case file shows, ahead of opening one: the new-file
        dialog has it built while the key is made, so the window is not busy for seconds
        once the file is there."""

    def opened(
        self, service: CaseFileService, used_recovery_key: bool = False, ask_name: bool = True
    ) -> None:
        """Builds the session for a case file just unlocked and shows it."""
