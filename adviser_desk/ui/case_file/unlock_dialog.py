"""Unlocking a case file: password (optionally remembered here) or the recovery key."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.domain.errors import Cancelled
from adviser_desk.domain.work import CancelRequested, Progress
from adviser_desk.services import case_file_service as svc
from adviser_desk.ui.case_file.unlock_widgets import (
    link_button,
    recovery_field,
    remember_widgets,
    restored_note,
)
from adviser_desk.ui.common.fit import fit_height_to_content
from adviser_desk.ui.common.keyboard import labelled
from adviser_desk.ui.common.working_dialog import WorkingDialog


class UnlockDialog(WorkingDialog):
    """On success, ``service`` holds the unlocked case file.

    ``try_remembered``: whether the key remembered on this computer may open the file without
    a password. Only when opening a file: never when unlocking a locked window, or the lock
    would open with one click for whoever walks up to the desk (walk W18)."""

    def __init__(
        self, path: Path, parent: QWidget | None = None, try_remembered: bool = True
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.service: svc.CaseFileService | None = None
        self.used_recovery_key = False
        self._quiet_failure = False
        self._unlock_when_free = False
        self._cancel_when_free = False  # Cancel pressed while the remembered key was tried
        self._upgrading = False
        self._hidden_for_upgrade: list[QWidget] = []
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
        reason = svc.keyring_unavailable_reason()
        self.remember, self.keyring_note = remember_widgets(self, reason)
        # Who are you: with several advisers, their slot is the one tried (one KDF run).
        self.choices = svc.unlock_choices(path)
        self.adviser = QComboBox(self)
        self.adviser.setObjectName("adviser")
        for choice in self.choices:
            self.adviser.addItem(choice.name or self.tr("(no name yet)"), choice.adviser_id)
        self.adviser_label = labelled(self.tr("&Adviser:"), self.adviser, self)
        several = len(self.choices) > 1
        self.adviser.setVisible(several)
        self.adviser_label.setVisible(several)
        remembered_ok = try_remembered and reason is None
        remembered = svc.remembered_advisers(path) if several and reason is None else []
        if remembered:  # a likely first choice, still shown and changeable
            self.adviser.setCurrentIndex(max(0, self.adviser.findData(remembered[0])))
        # Whose remembered key may open the file when chosen (none after a lock).
        self._remembered = remembered if remembered_ok else []
        self.adviser.currentIndexChanged.connect(self._adviser_changed)
        self.recovery = recovery_field(self)
        self.toggle = link_button(self.tr("Use recovery key instead"), self)
        self.toggle.setObjectName("toggle_recovery")
        self.toggle.clicked.connect(lambda: self.set_recovery_mode(self.recovery.isHidden()))
        self.unlock_button = self.ok
        self.unlock_button.setText(self.tr("Unlock"))
        self.buttons.accepted.connect(self.unlock)

        self.password_label = labelled(self.tr("&Password:"), self.password, self)
        self.recovery_label = labelled(self.tr("&Recovery key:"), self.recovery, self)
        self.recovery_label.hide()
        # Shown only while a file made by an older version is upgraded after the key was
        # accepted (once per file; minutes for a big one, so it says what is going on).
        self.upgrade_note = QLabel(self)
        self.upgrade_note.setObjectName("upgrade_note")
        self.upgrade_note.setWordWrap(True)
        self.upgrade_note.hide()
        self.restored = svc.is_restored_copy(path)
        self.restored_note = restored_note(self, self.restored)
        lay_out(self)

        missing = svc.missing_key_file(path)
        if missing is not None:
            self.set_recovery_mode(True)
            self.show_error(missing)
        self._try_remembered = remembered_ok
        if not self.recovery.isVisibleTo(self):
            self.password.setFocus()  # typing goes into the password, not onto a button

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        # As tall as its text needs: a restored backup's note, wrapped, opened the dialog with
        # an empty band between "Password:" and its field (walk 16, W16-3).
        fit_height_to_content(self)
        if self._try_remembered:
            self._try_remembered = False
            self._try_remembered_of(self.chosen_adviser())
            # The adviser may type the password meanwhile: Enter must still reach unlock().
            self.busy.hide()
            self.ok.setEnabled(True)

    def _try_remembered_of(self, adviser: str | None) -> None:
        self._run(
            lambda progress, cancelled: svc.unlock_remembered(
                self.path, progress, cancelled, adviser=adviser
            ),
            quiet_failure=True,
        )

    def chosen_adviser(self) -> str | None:
        """The adviser picked in the list (None with one adviser: their slot is the one)."""
        if len(self.choices) < 2:
            return None
        data = self.adviser.currentData()
        return str(data) if data is not None else None

    @Slot()
    def _adviser_changed(self) -> None:
        adviser = self.chosen_adviser()
        if adviser in self._remembered and not self.working:
            self._try_remembered_of(adviser)
            self.busy.hide()
            self.ok.setEnabled(True)
        if not self.recovery.isVisible():
            self.password.setFocus()

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
        # As tall as the mode shown needs, shrinking too (walk 12, W12-9: switched to the
        # recovery key, large empty bands opened between the heading, label and field).
        if self.isVisible():
            fit_height_to_content(self)
        else:
            self.grow_to_content()

    @Slot()
    def unlock(self) -> None:
        if self.working:
            # Enter pressed while the remembered key is still being tried: unlock with what
            # was typed as soon as that attempt fails, instead of dropping the key press.
            self._unlock_when_free = self._quiet_failure
            return
        self.used_recovery_key = self.recovery.isVisible()
        adviser = self.chosen_adviser()
        if self.used_recovery_key:
            key_text = self.recovery.text()
            self._run(
                lambda progress, cancelled: svc.unlock_with_recovery_key(
                    self.path, key_text, progress, cancelled, adviser=adviser
                )
            )
            return
        password = self.password.text()
        remember = self.remember.isEnabled() and self.remember.isChecked()

        def job(progress: Progress, cancelled: CancelRequested) -> svc.CaseFileService:
            service = svc.unlock_with_password(
                self.path, password, progress, cancelled, adviser=adviser
            )
            if remember:
                service.remember_here()
            return service

        self._run(job)

    def _run(
        self,
        job: Callable[[Progress, CancelRequested], svc.CaseFileService],
        quiet_failure: bool = False,
    ) -> None:
        self._quiet_failure = quiet_failure
        self.run_job(job)

    # -- the one-time upgrade of a file made by an older version -------------------------------
    @Slot(int, int)
    def work_progressed(self, done: int, total: int) -> None:
        if not self._upgrading:
            self._show_upgrade()
        super().work_progressed(done, total)

    def _show_upgrade(self) -> None:
        self._upgrading = True
        fields = (
            self.password_label,
            self.password,
            self.remember,
            self.keyring_note,
            self.recovery_label,
            self.recovery,
            self.toggle,
            self.error,
        )
        self._hidden_for_upgrade = [w for w in fields if w.isVisible()]
        for widget in self._hidden_for_upgrade:
            widget.hide()
        self.upgrade_note.setText(
            self.tr(
                "Unlocked. This case file was made by an older version of Adviser Desk and is "
                "now being upgraded. This happens once. Nothing is changed until an encrypted "
                "copy is made and checked; for a large case file this takes a few minutes.\n\n"
                "You may cancel: the case file then stays exactly as it was."
            )
        )
        self.upgrade_note.show()
        self.busy.show()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setFocus()
        self.grow_to_content()

    def _end_upgrade(self) -> None:
        self._upgrading = False
        self.upgrade_note.hide()
        for widget in self._hidden_for_upgrade:
            widget.show()
        self._hidden_for_upgrade = []
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(True)

    def reject(self) -> None:
        if self._upgrading and self.working:
            # Safe at any point: the upgrade rolls back and its safety copy is removed.
            self.cancel_work()
            self.upgrade_note.setText(self.tr("Cancelling… the case file stays as it was."))
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(False)
            return
        if self.working and self._quiet_failure:
            # The remembered key is being tried (about a second): Cancel when that try ends.
            self._cancel_when_free = True
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(False)
            return
        super().reject()

    def _cancelled_meanwhile(self) -> bool:
        if not self._cancel_when_free:
            return False
        self._cancel_when_free = False
        self.reject()
        return True

    def work_succeeded(self, result: object) -> None:
        assert isinstance(result, svc.CaseFileService)
        if self._cancel_when_free:
            result.close()  # the adviser said Cancel: the file stays locked
            self._cancelled_meanwhile()
            return
        self.service = result
        self.password.clear()
        self.recovery.clear()
        self.accept()

    def show_error(self, exc: BaseException) -> None:
        if self._upgrading:
            self._end_upgrade()
        if isinstance(exc, Cancelled):
            self.error.setText(
                self.tr(
                    "The upgrade was cancelled; the case file was not changed. It is upgraded "
                    "the next time you unlock it."
                )
            )
            self.error.show()
            self.grow_to_content()
            return
        if self._quiet_failure and isinstance(exc, svc.RememberedKeyGoneError):
            return  # not remembered here: simply ask for the password
        super().show_error(exc)
        if self.restored and isinstance(exc, svc.WrongPasswordError):
            self.error.setText(
                self.error.text()
                + " "
                + self.tr(
                    "This backup may need an older password: the one in use when it was made."
                )
            )
            self.grow_to_content()

    def work_failed(self, exc: BaseException) -> None:
        if self._cancelled_meanwhile():
            return
        if isinstance(exc, svc.KeySlotFileError):
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


def lay_out(dialog: UnlockDialog) -> None:
    """The dialog's widgets top to bottom; those of the mode not in use are hidden."""
    layout = QVBoxLayout(dialog)
    for widget in (
        dialog.heading,
        dialog.restored_note,
        dialog.adviser_label,
        dialog.adviser,
        dialog.password_label,
        dialog.password,
        dialog.remember,
        dialog.keyring_note,
        dialog.recovery_label,
        dialog.recovery,
        dialog.toggle,
        dialog.upgrade_note,
        dialog.busy,
        dialog.error,
        dialog.buttons,
    ):
        # The switch to the other mode is a link at the left, not stretched across.
        alignment = Qt.AlignmentFlag.AlignLeft if widget is dialog.toggle else Qt.AlignmentFlag(0)
        layout.addWidget(widget, 0, alignment)
