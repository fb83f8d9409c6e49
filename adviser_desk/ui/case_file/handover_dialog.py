"""Case > Hand over…: one or more cases into a new case file for a colleague, or into the
colleague's existing one. The work runs in a worker with progress; Cancel works until the
receiving file has stored the cases (the point of no return), after which it is checked once
more and the sender lets go of them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.domain.errors import Cancelled, KnownError
from adviser_desk.domain.recovery_key import RecoveryKey
from adviser_desk.services import case_file_service as svc
from adviser_desk.services import minor_pending
from adviser_desk.services.case_file_service import SUFFIX
from adviser_desk.services.handover import HandoverResult
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.case_file.handover_location import RefusedLocation, make_own_folder
from adviser_desk.ui.case_file.password_fields import NewPasswordFields
from adviser_desk.ui.common import theme
from adviser_desk.ui.common.dialogs import choose_existing_case_file, choose_new_case_file
from adviser_desk.ui.common.discard import holds_typing, may_discard_answers
from adviser_desk.ui.common.i18n import error_text
from adviser_desk.ui.common.keyboard import name_fields
from adviser_desk.ui.common.path_field import PathField
from adviser_desk.ui.common.workers import Task
from adviser_desk.ui.common.working_dialog import WorkingDialog


@dataclass
class Outcome:
    """What a finished hand-over hands back: the result, the receiving file (still open, so a
    new file's recovery sheet can be recorded in it) and a new file's recovery key."""

    result: HandoverResult
    target: CaseFileSession
    recovery: RecoveryKey | None


class HandoverDialog(WorkingDialog):
    """On success ``outcome`` is set; the caller shows the recovery key of a new file and
    closes ``outcome.target``."""

    def __init__(
        self,
        session: CaseFileSession,
        chosen: list[int],
        folder: Path,
        parent: QWidget | None = None,
        kdf_params: svc.KdfParams | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.outcome: Outcome | None = None
        self._kdf_params = kdf_params
        self._committed = False
        self._cancel_asked = False
        self.setWindowTitle(self.tr("Hand over cases"))
        self.setMinimumWidth(600)
        intro = QLabel(
            self.tr(
                "Hand cases over to a colleague or successor. Everything of each case moves "
                "with it, and every evidence file is checked against its SHA-256 when it "
                "arrives. This case file then keeps the cases read-only, marked as handed over."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.cases = QListWidget(self)
        self.cases.setObjectName("handover_cases")
        for row in session.cases.list_cases():
            if row.handed_over:
                continue
            item = QListWidgetItem(f"{row.number}  {row.title}", self.cases)
            item.setData(Qt.ItemDataRole.UserRole, row.case_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = row.case_id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.cases.itemChanged.connect(lambda _item: self._check_cases())
        self._blocked = ""  # why a ticked case cannot go, as the red line says it
        self.blocked = blocked_line(self)

        self.to_new = QRadioButton(self.tr("Into a ne&w case file made for the colleague"), self)
        self.to_new.setObjectName("to_new")
        self.to_existing = QRadioButton(self.tr("Into the colleague's &existing case file"), self)
        self.to_existing.setObjectName("to_existing")
        group = QButtonGroup(self)
        group.addButton(self.to_new)
        group.addButton(self.to_existing)
        self.to_new.setChecked(True)

        # A new file: the colleague's name, where, and a password typed twice.
        new_page = QWidget(self)
        self.receiver = QLineEdit(new_page)
        self.receiver.setObjectName("receiver")
        self.receiver.setPlaceholderText(self.tr("e.g. Marieke Jansen"))
        self.new_location = PathField(str(folder / self.tr("Handed over")) + SUFFIX, new_page)
        self.new_location.setObjectName("new_location")
        browse_new = QPushButton(self.tr("Browse…"), new_page)
        browse_new.setObjectName("browse_new")
        browse_new.clicked.connect(self._browse_new)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_location, 1)
        new_row.addWidget(browse_new)
        self.passwords = NewPasswordFields(new_page)
        new_form = QFormLayout()
        new_form.setContentsMargins(0, 0, 0, 0)
        new_form.addRow(self.tr("Colleague's na&me:"), self.receiver)
        new_form.addRow(self.tr("&Location:"), new_row)
        name_fields(new_form)
        new_layout = QVBoxLayout(new_page)
        new_layout.setContentsMargins(0, 0, 0, 0)
        new_layout.addLayout(new_form)
        new_layout.addWidget(self.passwords)

        # An existing file: where, and its password (typed by the colleague).
        existing_page = QWidget(self)
        self.existing_location = PathField("", existing_page)
        self.existing_location.setObjectName("existing_location")
        browse_existing = QPushButton(self.tr("Browse…"), existing_page)
        browse_existing.setObjectName("browse_existing")
        browse_existing.clicked.connect(self._browse_existing)
        existing_row = QHBoxLayout()
        existing_row.addWidget(self.existing_location, 1)
        existing_row.addWidget(browse_existing)
        self.existing_password = QLineEdit(existing_page)
        self.existing_password.setObjectName("existing_password")
        self.existing_password.setEchoMode(QLineEdit.EchoMode.Password)
        existing_form = QFormLayout(existing_page)
        existing_form.setContentsMargins(0, 0, 0, 0)
        existing_form.addRow(self.tr("&Case file:"), existing_row)
        existing_form.addRow(self.tr("Its &password:"), self.existing_password)
        name_fields(existing_form)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(new_page)
        self.pages.addWidget(existing_page)
        self.to_new.toggled.connect(self._switch)

        self.status = QLabel(self)
        self.status.setObjectName("handover_status")
        self.status.setWordWrap(True)
        theme.set_role(self.status, "hint")
        self.status.hide()
        self.busy.setRange(0, 1)
        self.busy.setText("")  # the status line below says what is being done
        self.ok.setText(self.tr("&Hand over"))
        self.ok.setObjectName("hand_over")
        self.buttons.accepted.connect(self._start)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Cases to hand over:"), self))
        layout.addWidget(self.cases, 1)
        layout.addWidget(self.blocked)
        layout.addWidget(self.to_new)
        layout.addWidget(self.to_existing)
        layout.addWidget(self.pages)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for widget in (self.receiver, self.new_location, self.existing_location):
            widget.textChanged.connect(self._update_button)
        self.location = RefusedLocation(self, folder, lambda: self._blocked)
        self.existing_password.textChanged.connect(self._update_button)
        self.passwords.changed.connect(self._update_button)
        self._check_cases()
        self.cases.setFocus()

    # -- input ----------------------------------------------------------------------------------
    def chosen_ids(self) -> list[int]:
        out = []
        for index in range(self.cases.count()):
            item = self.cases.item(index)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return out

    @property
    def new_file(self) -> bool:
        return self.to_new.isChecked()

    def target_path(self) -> Path:
        text = (self.new_location if self.new_file else self.existing_location).text().strip()
        path = Path(text).expanduser()
        if self.new_file and path.name and path.suffix != SUFFIX:  # "/" has no name
            path = path.with_name(path.name + SUFFIX)
        return path

    @Slot(bool)
    def _switch(self, new: bool) -> None:
        self.pages.setCurrentIndex(0 if new else 1)
        self._update_button()
        self.grow_to_content()

    def _update_button(self) -> None:
        if self.new_file:
            ready = (
                self.passwords.is_acceptable()
                and bool(self.new_location.text().strip())
                and bool(self.receiver.text().strip())
            )
        else:
            ready = bool(self.existing_location.text().strip() and self.existing_password.text())
        ready = ready and bool(self.chosen_ids()) and not self._blocked
        self.ok.setEnabled(ready and not self.working)

    def _check_cases(self) -> None:
        """A ticked case that cannot go is said at once, with Hand over off (walk H, finding 8:
        the refusal came only after the name and the password were typed twice)."""
        chosen = self.chosen_ids()
        self._blocked = blocked_reason(self.session, chosen)
        self.blocked.setText(self._blocked)
        self.blocked.setVisible(bool(self._blocked))
        # A line longer than its place takes room from the list above it, never moves what
        # is below (the window is not grown for it: the list would grow with it).
        mark_rows(self.cases, self.session, chosen if self._blocked else [])
        self._update_button()

    @Slot()
    def _browse_new(self) -> None:
        chosen = choose_new_case_file(self, Path(self.new_location.text()).parent)
        if chosen is not None:
            self.new_location.setText(str(chosen))

    @Slot()
    def _browse_existing(self) -> None:
        start = Path(self.existing_location.text() or self.new_location.text()).parent
        chosen = choose_existing_case_file(self, start)
        if chosen is not None:
            self.existing_location.setText(str(chosen))

    # -- the work -------------------------------------------------------------------------------
    @Slot()
    def _start(self) -> None:
        if self.working or not self.ok.isEnabled():
            return
        session, ids, path = self.session, self.chosen_ids(), self.target_path()
        new, params, folder = self.new_file, self._kdf_params, self.location.folder
        receiver = self.receiver.text().strip() if new else ""
        password = self.passwords.value() if new else self.existing_password.text()

        def committed() -> None:
            self._committed = True  # read by the GUI thread at the next progress report

        def job(progress, cancelled):  # type: ignore[no-untyped-def]
            # Before the receiving file is made or opened (walk G2, finding 6).
            session.handover.check_evidence(ids)
            recovery = None
            if new:
                make_own_folder(path, folder)
                file, recovery = svc.create_case_file(path, password, params, receiver)
            else:
                file = svc.unlock_with_password(path, password)
            try:
                target = CaseFileSession(file)
            except BaseException:
                file.close()
                raise
            try:
                result = session.handover.hand_over(
                    ids, target, receiver, progress, cancelled, on_committed=committed
                )
            except BaseException:
                if new:
                    svc.discard_new_case_file(file)  # removed when it holds nothing
                else:
                    target.close()
                raise
            return Outcome(result, target, recovery)

        self.error.hide()
        self.busy.setRange(0, 0)
        self.busy.show()
        self.status.setText(self.tr("Opening the receiving case file…"))
        self.status.show()
        for widget in (self.cases, self.to_new, self.to_existing, self.pages):
            widget.setEnabled(False)
        self.ok.setEnabled(False)
        self._committed = self._cancel_asked = False
        self._task = Task(job)
        self._task.progressed.connect(self._progressed)
        self._task.done.connect(self._finished)
        self._task.error.connect(self._failed)
        self._task.start()

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        self.busy.setRange(0, max(total, 1))
        self.busy.setValue(min(done, total))
        if self._committed:
            self.buttons.button(self.buttons.StandardButton.Cancel).setEnabled(False)
            self.status.setText(
                self.tr(
                    "The colleague's case file holds the cases now; checking them once more "
                    "and marking them here as handed over (this can no longer be cancelled)…"
                )
            )
        elif not self._cancel_asked:
            self.status.setText(
                self.tr("Copying and checking the cases; Cancel is possible until they are stored…")
            )

    def work_succeeded(self, result: object) -> None:
        assert isinstance(result, Outcome)
        self.outcome = result
        self.passwords.clear()
        self.existing_password.clear()
        self.accept()

    def work_failed(self, exc: BaseException) -> None:
        for widget in (self.cases, self.to_new, self.to_existing, self.pages):
            widget.setEnabled(True)
        self.buttons.button(self.buttons.StandardButton.Cancel).setEnabled(True)
        self.status.hide()
        self.busy.hide()
        if isinstance(exc, Cancelled):
            self.error.setText(self.tr("Cancelled. Nothing was handed over."))
        self.location.refused(exc)
        self._update_button()

    def reject(self) -> None:
        # Escape with a typed name or password asks first, as Add evidence does (walk H,
        # finding 13), in the form's own words (walk J, 18d).
        if self._task is None and not may_close(self):
            return
        if self._task is not None:
            # Cancel asks the work to stop before the point of no return; the dialog stays
            # until it has (nothing may be left half done).
            if not self._committed:
                self._cancel_asked = True
                self._task.cancel()
                self.status.setText(self.tr("Cancelling…"))
            return
        super().reject()


def blocked_line(parent: QWidget) -> QLabel:
    """The red line saying why a ticked case cannot go: right under the list, in a place kept
    for it, so shown or hidden nothing below it moves (walk I, finding 20: it came between
    the passwords and the buttons, and every field moved about 76 px as a case was ticked)."""
    label = QLabel(parent)
    label.setObjectName("blocked")
    label.setWordWrap(True)
    theme.set_role(label, "error")
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    label.setSizePolicy(policy)
    label.setMinimumHeight(4 * label.fontMetrics().lineSpacing())
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.hide()
    return label


def mark_rows(cases: QListWidget, session: CaseFileSession, chosen: list[int]) -> None:
    """The ticked rows that cannot go carry a warning sign, their reason as the tooltip (walk
    I, finding 20: only the line under the list named them); the others none."""
    warning = cases.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    # An empty picture of the same size on the others keeps every number in one column.
    size = cases.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, cases)
    blank = QPixmap(size, size)
    blank.fill(Qt.GlobalColor.transparent)
    cases.blockSignals(True)  # itemChanged would check the cases again
    try:
        for index in range(cases.count()):
            item = cases.item(index)
            case_id = int(item.data(Qt.ItemDataRole.UserRole))
            why = blocked_reason(session, [case_id]) if case_id in chosen else ""
            item.setIcon(warning if why else QIcon(blank))
            item.setToolTip(why)
    finally:
        cases.blockSignals(False)
    cases.viewport().update()


def may_close(dialog: HandoverDialog) -> bool:
    """Whether the dialog may close: asks first when something was typed, naming it, and says
    nothing was handed over (walk J, finding 18d: the generic "Discard what you typed? …
    Discard?" left open what Discard would throw away). The location offered is not typed and
    does not count."""

    fields = [
        (dialog.receiver, QCoreApplication.translate("HandoverDialog", "the colleague's name")),
        (dialog.new_location, QCoreApplication.translate("HandoverDialog", "the location")),
        (dialog.passwords.password, QCoreApplication.translate("HandoverDialog", "the password")),
        (dialog.passwords.repeat, QCoreApplication.translate("HandoverDialog", "the password")),
        (dialog.existing_location, QCoreApplication.translate("HandoverDialog", "the case file")),
        (dialog.existing_password, QCoreApplication.translate("HandoverDialog", "its password")),
    ]
    typed = holds_typing([field for field, _name in fields], typed_only=True)
    if not typed:
        return True
    names = list(dict.fromkeys(fields[i][1] for i in typed))
    return may_discard_answers(
        dialog,
        QCoreApplication.translate("HandoverDialog", "Not handed over"),
        QCoreApplication.translate(
            "HandoverDialog", "Close without handing over, and discard what you typed ({fields})?"
        ).format(fields=", ".join(names))
        + "\n\n"
        + QCoreApplication.translate(
            "HandoverDialog", "Nothing has been handed over: the cases stay here as they are."
        ),
        QCoreApplication.translate("HandoverDialog", "&Discard and close"),
    )


def blocked_reason(session: CaseFileSession, case_ids: list[int]) -> str:
    """Why the ticked cases cannot be handed over (a file waiting for the answer about minors,
    a stored copy of bytes recorded as withheld), or "": the service's own check, read when a
    case is ticked. The hand-over checks again when it starts."""
    if not case_ids:
        return ""
    try:
        session.handover.check_evidence(case_ids, minor_pending.HAND_OVER_OFF)
    except KnownError as exc:
        return error_text(exc)
    return ""


def run_handover(
    parent: QWidget,
    session: CaseFileSession,
    chosen: list[int],
    folder: Path,
    kdf_params: svc.KdfParams | None = None,
) -> bool | None:
    """The whole hand-over as the adviser sees it: the dialog, a new file's recovery key (to
    save or print, as at creation), and what happened. Returns None when nothing was handed
    over, else whether the adviser asked to purge the cases here now."""
    from PySide6.QtWidgets import QMessageBox

    from adviser_desk.ui.case_file.recovery_dialog import RecoveryKeyDialog

    dialog = HandoverDialog(session, chosen, folder, parent, kdf_params)
    try:
        if not dialog.exec() or dialog.outcome is None:
            return None
        outcome = dialog.outcome
        colleague = dialog.receiver.text().strip()  # the new file's owner, by name
    finally:
        dialog.deleteLater()
    with outcome.target:
        if outcome.recovery is not None:
            recovery = RecoveryKeyDialog(outcome.target.file, outcome.recovery, parent, colleague)
            try:
                recovery.exec()
            finally:
                recovery.deleteLater()
    result = outcome.result
    # Sentences, not a form (walk 4, W13: "Cases handed over to …: 1." read like a field).
    lines = [
        QCoreApplication.translate(
            "HandoverDialog", "Handed over to {receiver}: {numbers}."
        ).format(receiver=result.receiver, numbers=", ".join(case.number for case in result.cases))
    ]
    if result.files_verified:
        lines[0] += " " + QCoreApplication.translate(
            "HandoverDialog",
            "Every evidence file ({files}) was checked on arrival against its SHA-256 and matches.",
        ).format(files=result.files_verified)
    lines += [
        QCoreApplication.translate(
            "HandoverDialog", "Case {old} is case {new} there (its number was taken)."
        ).format(old=case.number, new=case.new_number)
        for case in result.cases
        if case.renumbered
    ]
    lines.append(
        QCoreApplication.translate(
            "HandoverDialog",
            "Here the cases are kept read-only, marked as handed over. You can also purge them "
            "from this case file now.",
        )
    )
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("HandoverDialog", "Hand-over complete"),
        "\n\n".join(lines),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("handover_done")
    purge = box.addButton(
        QCoreApplication.translate("HandoverDialog", "&Purge them here…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("HandoverDialog", "&Keep read-only"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    try:
        box.exec()
        return box.clickedButton() is purge
    finally:
        box.deleteLater()
