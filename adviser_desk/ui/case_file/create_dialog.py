"""Creating a case file: where, and which password. The recovery key screen follows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.domain.recovery_key import RecoveryKey
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.case_file_service import SUFFIX
from adviser_desk.ui.case_file.password_fields import NewPasswordFields
from adviser_desk.ui.common.dialogs import choose_new_case_file, free_path
from adviser_desk.ui.common.form_columns import share_label_column
from adviser_desk.ui.common.keyboard import name_fields
from adviser_desk.ui.common.path_field import PathField
from adviser_desk.ui.common.working_dialog import WorkingDialog


class CreateCaseFileDialog(WorkingDialog):
    """On success, ``service`` is the open case file and ``recovery`` its recovery key."""

    # The file is made and its key derived; the dialog, still shown, says the file is being
    # opened. Whatever a slot builds then (the window's case page) it builds behind that.
    opening = Signal()

    def __init__(
        self,
        folder: Path,
        parent: QWidget | None = None,
        kdf_params: svc.KdfParams | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create a new case file"))
        self.setMinimumWidth(560)
        self._kdf_params = kdf_params
        self.service: svc.CaseFileService | None = None
        self.recovery: RecoveryKey | None = None

        intro = QLabel(
            self.tr(
                "A case file holds all your cases, encrypted. Choose where to keep it and a "
                "password only you know. You will get a recovery key to print next."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.adviser = QLineEdit(self)
        self.adviser.setObjectName("adviser_name")
        self.adviser.setPlaceholderText(self.tr("e.g. Marieke Jansen"))
        self.adviser.setToolTip(
            self.tr(
                "Printed on evidence logs, summaries and letters, and recorded in the audit log."
            )
        )
        # Never the name of a file already there (walker F8: "Zaken.adcase" was proposed, and
        # refused only after both passwords had been typed).
        proposed = free_path(folder, self.tr("Case files"), SUFFIX)
        self.location = PathField(str(proposed), self)
        self.location.setObjectName("location")
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.location, 1)
        row.addWidget(browse)
        self.passwords = NewPasswordFields(self)
        self.busy.setText(
            self.tr("Making the key from your password and encrypting the file… a few seconds.")
        )
        self.create_button = self.ok
        self.create_button.setText(self.tr("Create"))
        self.cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._create)

        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.adviser)
        form.addRow(self.tr("&Location:"), row)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.passwords)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.passwords.changed.connect(self._update_button)
        self.location.textChanged.connect(self._update_button)
        self._update_button()
        name_fields(form)
        share_label_column(form, self.passwords.form)
        self.adviser.setFocus()  # typing starts in the first field, not on a button

    def _update_button(self) -> None:
        ready = self.passwords.is_acceptable() and bool(self.location.text().strip())
        self.create_button.setEnabled(ready and not self.working)

    @Slot()
    def _browse(self) -> None:
        chosen = choose_new_case_file(self, Path(self.location.text()).parent)
        if chosen is not None:
            self.location.setText(str(chosen))

    def target_path(self) -> Path:
        path = Path(self.location.text().strip()).expanduser()
        return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)

    @Slot()
    def _create(self) -> None:
        if not self.passwords.is_acceptable() or self.working:
            return
        path, password, params = self.target_path(), self.passwords.value(), self._kdf_params
        name = self.adviser.text().strip()
        self.run_work(lambda: svc.create_case_file(path, password, params, adviser_name=name))
        self._look_busy(True)

    def _look_busy(self, busy: bool) -> None:
        """While the file is made and then opened, the dialog says so and keeps what was
        typed (walk 10, W10-9: for about 2 s it showed an empty password, no busy sign and
        the focus on Cancel, which did nothing)."""
        self.cancel.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def work_succeeded(self, result: object) -> None:
        assert isinstance(result, tuple)
        self.service, self.recovery = result
        # The window opens the new file next, which takes a moment while the event loop is
        # busy: what the screen shows meanwhile is this dialog as painted now.
        self.busy.setText(self.tr("Opening the new case file…"))
        self.busy.show()
        self.ok.setEnabled(False)
        self.repaint()
        self.opening.emit()  # what the window builds now, it builds behind this busy state
        self.accept()

    def done(self, result: int) -> None:
        super().done(result)
        self.passwords.clear()  # not kept in the widget; cleared once hidden, never seen empty

    def work_failed(self, exc: BaseException) -> None:
        self._look_busy(False)
        self._update_button()
