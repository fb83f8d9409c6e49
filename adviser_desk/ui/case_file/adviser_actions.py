"""File > Advisers for the main window. Its own module, light to import: the menus are built
before the first paint, and the dialog (with the services it needs) loads when opened
(issue 15)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

from adviser_desk.ui.common.host import WindowHost


class AdviserActions(QObject):
    """File > Advisers for the main window."""

    def __init__(self, host: WindowHost, window: QWidget) -> None:
        super().__init__(window)
        self.host = host
        self.window = window

    @Slot()
    def show_advisers(self) -> None:
        """The advisers dialog; after a re-key the new recovery sheet follows at once."""
        from adviser_desk.ui.case_file.advisers_dialog import AdvisersDialog
        from adviser_desk.ui.case_file.recovery_dialog import RecoveryKeyDialog

        session = self.host.session
        if session is None:
            return
        dialog = AdvisersDialog(session, self.window, self.host.kdf_params, self.host)
        self.host.run_dialog(dialog)
        if dialog.new_recovery is not None:
            self.host.run_dialog(RecoveryKeyDialog(session.file, dialog.new_recovery, self.window))
        self.host.refresh()
