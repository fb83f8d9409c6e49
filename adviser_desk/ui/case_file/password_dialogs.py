"""Changing the password, and choosing a new one after using the recovery key."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from adviser_desk.services.case_file_service import CaseFileService, KdfParams
from adviser_desk.services.errors import WrongPasswordError
from adviser_desk.ui.case_file.password_fields import NewPasswordFields
from adviser_desk.ui.common.fit import fit_height_to_content
from adviser_desk.ui.common.working_dialog import WorkingDialog


class _PasswordDialog(WorkingDialog):
    def __init__(self, service: CaseFileService, parent: QWidget | None, ask_old: bool) -> None:
        super().__init__(parent)
        self.service = service
        self.setMinimumWidth(480)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.old = QLineEdit(self)
        self.old.setObjectName("old_password")
        self.old.setEchoMode(QLineEdit.EchoMode.Password)
        self.fields = NewPasswordFields(self)
        self.buttons.accepted.connect(self._apply)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        if ask_old:
            self.fields.lead_with(
                QCoreApplication.translate("PasswordDialog", "&Current password:"), self.old
            )
            self.old.setFocus()  # a typed password goes into the first field
        else:
            self.old.hide()
            self.fields.password.setFocus()
        layout.addWidget(self.fields)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.fields.changed.connect(self._update)
        self.busy.setText(
            QCoreApplication.translate(
                "PasswordDialog", "Making the key from the new password… a few seconds."
            )
        )
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(self.fields.is_acceptable() and not self.working)

    def _job(self) -> None:
        raise NotImplementedError

    @Slot()
    def _apply(self) -> None:
        if self.fields.is_acceptable() and not self.working:
            self.run_work(self._job)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height_to_content(self)  # no empty band under the explanation (W12-6)

    def work_failed(self, exc: BaseException) -> None:
        self._update()
        fit_height_to_content(self)


class ChangePasswordDialog(_PasswordDialog):
    def __init__(self, service: CaseFileService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent, ask_old=True)
        self.setWindowTitle(self.tr("Change password"))
        self.explanation.setText(
            self.tr(
                "The case file itself is not re-encrypted: only its key is locked with the new "
                "password. The recovery key stays the same."
            )
        )
        self.ok.setText(self.tr("Change password"))

    def _job(self) -> None:
        self.service.change_password(self.old.text(), self.fields.value())

    def work_failed(self, exc: BaseException) -> None:
        super().work_failed(exc)
        # Back in the field to type it again, its text selected, as in Unlock (walk 12,
        # W12-6: the focus was left on Cancel, the wrong password in the field unselected).
        if isinstance(exc, WrongPasswordError):
            self.old.setFocus()
            self.old.selectAll()
        else:
            self.fields.password.setFocus()


class NewPasswordDialog(_PasswordDialog):
    """After unlocking with the recovery key: set a password without knowing the old one."""

    def __init__(
        self,
        service: CaseFileService,
        parent: QWidget | None = None,
        kdf_params: KdfParams | None = None,
    ) -> None:
        super().__init__(service, parent, ask_old=False)
        self._kdf_params = kdf_params
        self.setWindowTitle(self.tr("Choose a new password"))
        self.explanation.setText(
            self.tr(
                "You opened the case file with the recovery key. Choose a new password for "
                "everyday use; the recovery key keeps working."
            )
        )
        self.ok.setText(self.tr("Set password"))

    def _job(self) -> None:
        self.service.set_new_password(self.fields.value(), self._kdf_params)
