"""Creating a case file: where, and which password. The recovery key screen follows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.domain.recovery_key import RecoveryKey
from adviser_desk.services import case_file_service as svc
from adviser_desk.storage import kdf
from adviser_desk.storage.casefile import SUFFIX
from adviser_desk.ui.dialogs import choose_new_case_file
from adviser_desk.ui.i18n import error_text
from adviser_desk.ui.password_fields import NewPasswordFields
from adviser_desk.ui.workers import Task


class CreateCaseFileDialog(QDialog):
    """On success, ``service`` is the open case file and ``recovery`` its recovery key."""

    def __init__(
        self,
        folder: Path,
        parent: QWidget | None = None,
        kdf_params: kdf.KdfParams | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create a new case file"))
        self.setMinimumWidth(560)
        self._folder = folder
        self._kdf_params = kdf_params
        self._task: Task | None = None
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
        self.location = QLineEdit(str(folder / self.tr("Case files")) + SUFFIX, self)
        self.location.setObjectName("location")
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.location, 1)
        row.addWidget(browse)
        self.passwords = NewPasswordFields(self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setFormat(self.tr("Preparing encryption…"))
        self.busy.hide()
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create"))
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Location:"), row)
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

    def reject(self) -> None:
        if self._task is not None:
            return  # the work under way takes about a second; it must finish, not be orphaned
        super().reject()

    def _update_button(self) -> None:
        ready = self.passwords.is_acceptable() and bool(self.location.text().strip())
        self.create_button.setEnabled(ready and self._task is None)

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
        if not self.passwords.is_acceptable():
            return
        path, password, params = self.target_path(), self.passwords.value(), self._kdf_params
        self.error.hide()
        self.busy.show()
        self.setEnabled(False)
        self._task = Task(lambda _p, _c: svc.create_case_file(path, password, params))
        self._task.done.connect(self._created)
        self._task.error.connect(self._failed)
        self._task.start()
        self._update_button()

    @Slot(object)
    def _created(self, result: tuple[svc.CaseFileService, RecoveryKey]) -> None:
        self.service, self.recovery = result
        self._task = None
        self.busy.hide()
        self.setEnabled(True)
        self.passwords.clear()
        self.accept()

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.busy.hide()
        self.setEnabled(True)
        self.error.setText(error_text(exc))
        self.error.show()
        self._update_button()
