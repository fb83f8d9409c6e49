"""File > Advisers: who has access to this case file, adding one, removing one and re-keying."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.domain.errors import Cancelled
from adviser_desk.domain.recovery_key import RecoveryKey
from adviser_desk.services.advisers import AdviserRow
from adviser_desk.services.case_file_service import KdfParams
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.case_file.password_fields import NewPasswordFields
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common import mnemonics, theme
from adviser_desk.ui.common.errors import known_errors
from adviser_desk.ui.common.fit import fit_height_to_content
from adviser_desk.ui.common.host import WindowHost
from adviser_desk.ui.common.i18n import error_text
from adviser_desk.ui.common.keyboard import name_fields
from adviser_desk.ui.common.workers import Task
from adviser_desk.ui.common.working_dialog import WorkingDialog


class AddAdviserDialog(WorkingDialog):
    """The new adviser types their own name and password (twice); the file is unlocked."""

    def __init__(
        self,
        session: CaseFileSession,
        parent: QWidget | None = None,
        kdf_params: KdfParams | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._kdf_params = kdf_params
        self.setWindowTitle(self.tr("Add an adviser"))
        self.setMinimumWidth(480)
        explanation = QLabel(
            self.tr(
                "Let your colleague type their own name and password: they unlock the case "
                "file with it, and everything they record carries their name. The recovery "
                "key stays the same."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setObjectName("adviser_name")
        self.name.setMaxLength(200)
        self.fields = NewPasswordFields(self)
        self.fields.lead_with(self.tr("&Name:"), self.name)  # one form, one column (W12-7)
        self.ok.setText(self.tr("Add adviser"))
        self.buttons.accepted.connect(self._apply)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.fields)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._update)
        self.fields.changed.connect(self._update)
        self.busy.setText(self.tr("Making the key from the password… a few seconds."))
        if kdf_params is None:
            # While the colleague types: Add adviser then only derives their key (walker:
            # about two seconds passed after the click, a calibration before the key itself).
            session.advisers.measure_key_cost_ahead()
        self.name.setFocus()
        self._update()

    def _update(self) -> None:
        ready = bool(self.name.text().strip()) and self.fields.is_acceptable()
        self.ok.setEnabled(ready and not self.working)

    @Slot()
    def _apply(self) -> None:
        if not self.ok.isEnabled():
            return
        name, password = self.name.text(), self.fields.value()
        self.run_work(lambda: self.session.advisers.add(name, password, self._kdf_params))

    def work_succeeded(self, result: object) -> None:
        self.fields.clear()
        self.accept()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height_to_content(self)  # no empty band under the explanation (W12-7)

    def work_failed(self, exc: BaseException) -> None:
        self._update()
        fit_height_to_content(self)


class RekeyDialog(QDialog):
    """A new database key and recovery key, with progress and Cancel. On success
    ``recovery`` holds the new recovery key, whose sheet must be stored."""

    def __init__(
        self,
        session: CaseFileSession,
        parent: QWidget | None = None,
        host: WindowHost | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.recovery: RecoveryKey | None = None
        self._task: Task | None = None
        # The window waits for this work before an idle lock closes the file.
        self._host = host
        self.setWindowTitle(self.tr("Re-key the case file"))
        self.setMinimumWidth(520)
        explanation = QLabel(
            self.tr(
                "The whole case file is encrypted again under a new key, and it gets a new "
                "recovery key. A removed adviser's copy of the old key, and the old recovery "
                "sheet, then open nothing. Every remaining adviser keeps their password. For a "
                "large case file this takes a few minutes; if it stops halfway, the case file "
                "keeps its old key and nothing is lost."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Your &password:"), self.password)
        name_fields(form)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("rekey_progress")
        self.progress.hide()
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        theme.set_role(self.error, "error")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Re-key"))
        self.ok.setEnabled(False)
        self.password.textChanged.connect(lambda text: self.ok.setEnabled(bool(text)))
        self.buttons.accepted.connect(self._start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.password.setFocus()

    @property
    def working(self) -> bool:
        return self._task is not None

    @Slot()
    def _start(self) -> None:
        if self.working or not self.password.text():
            return
        with known_errors(self, self.tr("Cannot re-key")) as attempt:
            self.session.advisers.check_rekey()
        if attempt.failed:
            return
        password = self.password.text()
        self.error.hide()
        self.ok.setEnabled(False)
        self.password.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self._task = Task(
            lambda progress, cancelled: self.session.advisers.rekey(password, progress, cancelled)
        )
        self._task.progressed.connect(self._progressed)
        self._task.done.connect(self._finished)
        self._task.error.connect(self._failed)
        if self._host is not None:
            self._host.task = self._task
        self._task.start()

    def _ended(self) -> None:
        if self._host is not None and self._host.task is self._task:
            self._host.task = None
        self._task = None

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    @Slot(object)
    def _finished(self, result: object) -> None:
        self._ended()
        assert isinstance(result, RecoveryKey)
        self.recovery = result
        self.password.clear()
        self.accept()

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._ended()
        self.progress.hide()
        self.password.setEnabled(True)
        self.ok.setEnabled(bool(self.password.text()))
        if isinstance(exc, Cancelled):
            # Heard between pages: the copy is thrown away and the key file never changed.
            self.error.setText(
                self.tr(
                    "Cancelled. The case file keeps its old key and recovery sheet; nothing "
                    "was lost. Until it is re-keyed, a copy of the old key still opens it."
                )
            )
        else:
            self.error.setText(error_text(exc))
        self.error.show()
        self.password.selectAll()
        self.password.setFocus()

    def reject(self) -> None:
        if self._task is not None:
            self._task.cancel()  # heard between pages; the file keeps its old key
            return
        super().reject()


class AdvisersDialog(QDialog):
    """The advisers with access, when each last unlocked, and adding or removing one. After a
    re-key ``new_recovery`` holds the new recovery key (the caller shows its sheet)."""

    def __init__(
        self,
        session: CaseFileSession,
        parent: QWidget | None = None,
        kdf_params: KdfParams | None = None,
        host: WindowHost | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._kdf_params = kdf_params
        self._host = host
        self.new_recovery: RecoveryKey | None = None
        self._rows: list[AdviserRow] = []
        self.setWindowTitle(self.tr("Advisers"))
        self.setMinimumSize(620, 360)
        intro = QLabel(
            self.tr(
                "Each adviser unlocks this case file with their own password, and the records "
                "they make carry their name. The recovery key belongs to the case file."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("advisers")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Adviser"), self.tr("Last unlocked"), self.tr("Access since")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("&Add adviser…"), self)
        self.add_button.setObjectName("add_adviser")
        self.remove_button = QPushButton(self.tr("&Remove access…"), self)
        self.remove_button.setObjectName("remove_adviser")
        self.rekey_button = QPushButton(self.tr("Re-&key…"), self)
        self.rekey_button.setObjectName("rekey")
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        mnemonics.asks_first(
            self.remove_button, QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        )
        self.rekey_button.clicked.connect(self._rekey)
        self.table.itemSelectionChanged.connect(self._update)
        row_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.rekey_button):
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        with known_errors(self, self.tr("Could not read the advisers")) as attempt:
            rows = self.session.advisers.rows()
        if attempt.failed:
            return
        self._rows = rows
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            name = row.name or self.tr("(no name yet)")
            if row.is_you:
                name = self.tr("{name} (you)").format(name=name)
            if not row.has_password:
                name = self.tr("{name}, no password in the key file").format(name=name)
            last = fmt.date_time_text(row.last_unlocked_at) if row.last_unlocked_at else "—"
            for column, text in enumerate((name, last, fmt.date_time_text(row.added_at))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.adviser_id)
                self.table.setItem(index, column, item)
        self._update()

    def _selected(self) -> AdviserRow | None:
        index = self.table.currentRow()
        selected = self.table.selectionModel().selectedRows()
        if not selected or not 0 <= index < len(self._rows):
            return None
        return self._rows[index]

    def _update(self) -> None:
        row = self._selected()
        self.remove_button.setEnabled(row is not None and not row.is_you)

    @Slot()
    def _add(self) -> None:
        dialog = AddAdviserDialog(self.session, self, self._kdf_params)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.reload()
        finally:
            dialog.deleteLater()

    @Slot()
    def _remove(self) -> None:
        row = self._selected()
        if row is None or row.is_you:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove access"),
            self.tr(
                "Remove {name}'s access to this case file? Their password and any key "
                "remembered for them stop working at once. What they recorded stays, under "
                "their name."
            ).format(name=row.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        with known_errors(self, self.tr("Could not remove the adviser")) as attempt:
            self.session.advisers.remove(row.adviser_id)
        self.reload()
        if attempt.failed:
            return
        again = QMessageBox.question(
            self,
            self.tr("Re-key now?"),
            self.tr(
                "{name} may still know the case file's key, and may have a copy of the "
                "recovery sheet. Re-key now, so that neither opens the case file any more? "
                "You can also do it later with Re-key."
            ).format(name=row.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if again == QMessageBox.StandardButton.Yes:
            self._rekey()

    @Slot()
    def _rekey(self) -> None:
        dialog = RekeyDialog(self.session, self, self._host)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.recovery is not None:
                self.new_recovery = dialog.recovery
                self.accept()  # the caller shows the new recovery sheet at once
        finally:
            dialog.deleteLater()
