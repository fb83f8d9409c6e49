"""Unlocking a case file: password (optionally remembered here) or the recovery key."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from adviser_desk.services import case_file_service as svc
from adviser_desk.storage import keyslots
from adviser_desk.storage.errors import KeySlotFileError, RememberedKeyGoneError
from adviser_desk.ui.common import theme
from adviser_desk.ui.common.keyboard import labelled
from adviser_desk.ui.common.working_dialog import WorkingDialog


class UnlockDialog(WorkingDialog):
    """On success, ``service`` holds the unlocked case file."""

    def __init__(
        self, path: Path, parent: QWidget | None = None, try_remembered: bool = True
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.service: svc.CaseFileService | None = None
        self.used_recovery_key = False
        self._quiet_failure = False
        self._unlock_when_free = False
        self.setWindowTitle(self.tr("Unlock case file"))
        self.setMinimumWidth(520)

        self.heading = QLabel(
            self.tr("Unlock <b>{name}</b>").format(name=path.name.replace("<", "&lt;")), self
        )
        self.heading.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.remember = QCheckBox(self.tr("Remember on this computer"), self)
        self.remember.setObjectName("remember")
        self.keyring_note = QLabel(self)
        self.keyring_note.setWordWrap(True)
        theme.set_role(self.keyring_note, "hint")
        reason = svc.keyring_unavailable_reason()
        if reason is None:
            self.remember.setToolTip(
                self.tr(
                    "The key is kept in this computer's password store, unlocked when you log "
                    "in. Only use this on a computer nobody else logs in to as you."
                )
            )
            self.keyring_note.hide()
        else:
            self.remember.setEnabled(False)
            self.keyring_note.setText(
                self.tr(
                    "“Remember on this computer” is not available: this computer has no "
                    "password store (keyring) that Adviser Desk can use safely. Type the "
                    "password each time instead."
                )
            )
        self.recovery = QLineEdit(self)
        self.recovery.setObjectName("recovery_key")
        self.recovery.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.recovery.hide()
        self.toggle = QPushButton(self.tr("Use recovery key instead"), self)
        self.toggle.setObjectName("toggle_recovery")
        self.toggle.setFlat(True)
        self.toggle.clicked.connect(lambda: self.set_recovery_mode(self.recovery.isHidden()))
        self.unlock_button = self.ok
        self.unlock_button.setText(self.tr("Unlock"))
        self.buttons.accepted.connect(self.unlock)

        self.password_label = labelled(self.tr("&Password:"), self.password, self)
        self.recovery_label = labelled(self.tr("&Recovery key:"), self.recovery, self)
        self.recovery_label.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.password_label)
        layout.addWidget(self.password)
        layout.addWidget(self.remember)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.recovery_label)
        layout.addWidget(self.recovery)
        layout.addWidget(self.toggle)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        if not keyslots.slot_file_path(path).exists():
            self.set_recovery_mode(True)
            self.show_error(KeySlotFileError(keyslots.slot_file_path(path)))
        self._try_remembered = try_remembered and reason is None
        if not self.recovery.isVisibleTo(self):
            self.password.setFocus()  # typing goes into the password, not onto a button

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if self._try_remembered:
            self._try_remembered = False
            self._run(lambda: svc.unlock_remembered(self.path), quiet_failure=True)
            # The adviser may type the password meanwhile: Enter must still reach unlock().
            self.busy.hide()
            self.ok.setEnabled(True)

    def set_recovery_mode(self, on: bool) -> None:
        self.recovery.setVisible(on)
        self.recovery_label.setVisible(on)
        self.password.setVisible(not on)
        self.password_label.setVisible(not on)
        self.remember.setVisible(not on)
        self.toggle.setText(
            self.tr("Use password instead") if on else self.tr("Use recovery key instead")
        )
        (self.recovery if on else self.password).setFocus()
        self.grow_to_content()

    @Slot()
    def unlock(self) -> None:
        if self.working:
            # Enter pressed while the remembered key is still being tried: unlock with what
            # was typed as soon as that attempt fails, instead of dropping the key press.
            self._unlock_when_free = self._quiet_failure
            return
        self.used_recovery_key = self.recovery.isVisible()
        if self.used_recovery_key:
            key_text = self.recovery.text()
            self._run(lambda: svc.unlock_with_recovery_key(self.path, key_text))
            return
        password = self.password.text()
        remember = self.remember.isEnabled() and self.remember.isChecked()

        def job() -> svc.CaseFileService:
            service = svc.unlock_with_password(self.path, password)
            if remember:
                service.remember_here()
            return service

        self._run(job)

    def _run(self, job: Callable[[], svc.CaseFileService], quiet_failure: bool = False) -> None:
        self._quiet_failure = quiet_failure
        self.run_work(job)

    def work_succeeded(self, result: object) -> None:
        assert isinstance(result, svc.CaseFileService)
        self.service = result
        self.password.clear()
        self.recovery.clear()
        self.accept()

    def show_error(self, exc: BaseException) -> None:
        if self._quiet_failure and isinstance(exc, RememberedKeyGoneError):
            return  # not remembered here: simply ask for the password
        super().show_error(exc)

    def work_failed(self, exc: BaseException) -> None:
        if isinstance(exc, KeySlotFileError):
            self.set_recovery_mode(True)
        field = self.recovery if self.recovery.isVisible() else self.password
        if self._quiet_failure:
            # The remembered key was tried in the background: what the adviser has typed
            # meanwhile stays as it is (selecting it would let the next key press replace it).
            self._quiet_failure = False
            if self._unlock_when_free:
                self._unlock_when_free = False
                self.unlock()
            return
        field.selectAll()
        field.setFocus()
