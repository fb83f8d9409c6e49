"""Security menu: change the password, remember the file on this computer, the recovery key."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from adviser_desk.ui.common.errors import known_errors
from adviser_desk.ui.common.host import WindowHost


class KeyActions(QObject):
    """The open case file's keys: its password, the keyring slot and the recovery key."""

    def __init__(self, host: WindowHost, window: QWidget) -> None:
        super().__init__(window)
        self.host = host
        self.window = window

    @Slot()
    def change_password(self) -> None:
        from adviser_desk.ui.case_file.password_dialogs import ChangePasswordDialog

        session = self.host.session
        if session is not None and self.host.run_dialog(
            ChangePasswordDialog(session.file, self.window)
        ):
            QMessageBox.information(
                self.window, self.tr("Password changed"), self.tr("The new password is in use.")
            )
            self.host.refresh()

    def choose_new_password(self) -> None:
        """After unlocking with the recovery key: a new password before anything else."""
        from adviser_desk.ui.case_file.password_dialogs import NewPasswordDialog

        session = self.host.session
        if session is not None:
            dialog = NewPasswordDialog(session.file, self.window, self.host.kdf_params)
            if self.host.run_dialog(dialog):
                # As after Change password (walk 12, W12-9: the dialog just closed).
                QMessageBox.information(
                    self.window,
                    self.tr("Password changed"),
                    self.tr("The new password is in use."),
                )
            self.host.refresh()

    def can_remember(self) -> bool:
        """Whether this computer has a keyring the key may be kept in."""
        from adviser_desk.services.case_file_service import keyring_unavailable_reason

        return keyring_unavailable_reason() is None

    def set_remembered(self, remember: bool) -> None:
        """Security > Remember on this computer, checked or unchecked."""
        session = self.host.session
        if session is None:
            return
        with known_errors(self.window, self.tr("Could not change this setting")):
            if remember:
                session.file.remember_here()
            else:
                session.file.forget_here()
        self.host.refresh()

    def show_recovery_state(self, action: QAction) -> None:
        """Security > Show recovery key… as the Security menu opens. The key is shown until
        the adviser confirms it is stored and never again: confirming erases it from the file
        (README; recovery_dialog), so nothing is left to show. The item stayed and then only
        said so (walk 4, W22); now it says it in the menu and is off, the reason as tooltip."""
        session = self.host.session
        pending = session is not None and session.file.pending_recovery_key() is not None
        if session is None or pending:
            action.setText(self.tr("Show recovery &key…"))
            action.setToolTip("")
        else:
            action.setText(self.tr("Recovery key stored (not shown again)"))
            action.setToolTip(
                self.tr(
                    "You confirmed that the recovery key is stored, so Adviser Desk no longer "
                    "holds it. Use your printed recovery sheet."
                )
            )
        action.setEnabled(pending)

    @Slot()
    def show_recovery(self) -> None:
        self.show_pending_recovery(only_if_pending=False)

    def show_pending_recovery(self, only_if_pending: bool) -> None:
        session = self.host.session
        if session is None:
            return
        recovery = session.file.pending_recovery_key()
        if recovery is None:
            if not only_if_pending:
                QMessageBox.information(
                    self.window,
                    self.tr("Recovery key"),
                    self.tr(
                        "You confirmed that the recovery key is stored, so Adviser Desk no "
                        "longer shows it. Use your printed recovery sheet."
                    ),
                )
            return
        from adviser_desk.ui.case_file.recovery_dialog import RecoveryKeyDialog

        self.host.run_dialog(RecoveryKeyDialog(session.file, recovery, self.window))
        self.host.refresh()
