"""Dialogs for cases: new case, person, task, referral card, case-file details."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.domain import cases as dc
from adviser_desk.domain.errors import KnownError
from adviser_desk.domain.protocol import Protocol, ReferralCard
from adviser_desk.services.case_file_service import check_logo
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.case_views import (
    KnownPerson,
    PersonInput,
    TaskInput,
    TaskRow,
    TaskUpdate,
)
from adviser_desk.ui.case.case_models import ASSIGNEE_ROLES, assignee_role_label
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common import mnemonics, theme
from adviser_desk.ui.common.date_typing import take_typed, typable
from adviser_desk.ui.common.dialogs import show_error
from adviser_desk.ui.common.discard import may_discard
from adviser_desk.ui.common.fit import fit_height_to_content
from adviser_desk.ui.common.form_dialog import FormDialog
from adviser_desk.ui.common.i18n import current_language
from adviser_desk.ui.common.read_only import allow_edits
from adviser_desk.ui.common.widgets import CheckGroup, ChoiceCombo, OptionalDate, tr_label

# The stored "who" of a task holds 50 characters (storage/models.py, Task.assignee_role).
ASSIGNEE_MAX = 50


class NewCaseDialog(FormDialog):
    def __init__(self, cases: CaseService, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New case"), parent)
        self.cases = cases
        self.kept: dc.CaseDraft | None = None  # what a lock kept, in memory only
        self.case_id: int | None = None
        self.title = QLineEdit(self)
        self.title.setObjectName("title")
        self.title.setPlaceholderText(
            self.tr("Short and factual, without names (e.g. Photo spread in class app)")
        )
        self.types = CheckGroup(dc.INCIDENT_LABELS, 2, self)
        # Alt+X is sexting here and on the Overview (walk 9: sextortion there).
        mnemonics.prefers(self.types.boxes[dc.IncidentType.EXPOSING], "x")
        self.images = ChoiceCombo(dc.IMAGES_LABELS, self)
        self.images.set_value(dc.ImagesState.UNKNOWN)
        self.opened = typable(QDateEdit(QDate.currentDate(), self))
        self.opened.setCalendarPopup(True)
        self.opened.setDisplayFormat(fmt.date_edit_format())
        self._opened_as_opened = self.opened.date()  # a changed date counts as typed
        self.description = QPlainTextEdit(self)
        self.description.setMaximumHeight(90)
        self.form.addRow(self.tr("Subject:"), self.title)
        self.form.addRow(self.tr("What happened:"), self.types)
        self.form.addRow(self.tr("Images:"), self.images)
        self.form.addRow(self.tr("Opened on:"), self.opened)
        self.form.addRow(self.tr("Brief description:"), self.description)
        self.title.setFocus()  # the dialog opens ready to type the subject
        note = QLabel(
            self.tr(
                "The protocol's checklists that fit these answers become tasks in the case. "
                "Never store sexual images of minors: describe them instead."
            ),
            self,
        )
        note.setWordWrap(True)
        theme.set_role(note, "hint")
        self.layout_.addWidget(note)
        self.finish_layout()

    def reject(self) -> None:
        # Escape, Cancel and the window's close button: a typed description is not lost unasked,
        # nor a changed Opened on (walk 18: Escape dropped a typed date without the question).
        if may_discard(self, [self.description], changed=self._date_changed()):
            super().reject()

    def _date_changed(self) -> bool:
        return self.opened.date() != self._opened_as_opened

    def keep_unsaved(self) -> str | None:
        """On lock (shell's close_open_dialogs): what was typed is kept in memory, never in the
        file, and the window opens again with it after unlocking, as the interview keeps its
        typed line (walk 15, W15-10: it was thrown away, with a warning)."""
        typed = self.title.isModified() or self.description.document().isModified()
        if not (typed or self.types.values() or self._date_changed()):
            return None
        take_typed(self)  # a date typed into Opened on, not yet taken (Ctrl+L from it)
        self.kept = self._draft()
        return self.tr(
            "What you typed in the window “New case” is kept (in memory, not in the file); "
            "the window opens again with it after unlocking."
        )

    def fill(self, kept: dc.CaseDraft) -> None:
        """What a lock kept, back in the fields (still counted as typed, for a next lock)."""
        self.title.setText(kept.title)
        self.title.setModified(True)
        self.types.set_values(kept.incident_types)
        self.images.set_value(kept.images)
        if (day := kept.opened_on) is not None:
            self.opened.setDate(QDate(day.year, day.month, day.day))
        self.description.setPlainText(kept.description)
        self.description.document().setModified(bool(kept.description))

    @Slot()
    def _ok(self) -> None:
        super()._ok()
        # Refused for want of a tick under What happened (walk 13, W13-1: it was saved as Other
        # without a word): the focus goes to its boxes, after focus_return has handed it back
        # to where it was when the warning opened (its timer was started first).
        if self.result() != QDialog.DialogCode.Accepted and self._type_missing():
            QTimer.singleShot(0, self, self._to_types)

    def _type_missing(self) -> bool:
        return bool(self.title.text().strip()) and not self.types.values()

    def _to_types(self) -> None:
        if self.isVisible() and self._type_missing():
            self.types.setFocus(Qt.FocusReason.OtherFocusReason)

    def _draft(self) -> dc.CaseDraft:
        return dc.CaseDraft(
            title=self.title.text(),
            incident_types=self.types.values(),
            description=self.description.toPlainText(),
            opened_on=self.opened.date().toPython(),  # type: ignore[arg-type]
            images=self.images.value(),
        )

    def apply(self) -> None:
        self.case_id = self.cases.create_case(self._draft())


class PersonDialog(FormDialog):
    """Adds a person to a case (new, or someone already in the case file) or edits one."""

    def __init__(
        self,
        cases: CaseService,
        case_id: int,
        person: dc.PersonInCase | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit person") if person else self.tr("Add person")
        super().__init__(title, parent)
        self.cases = cases
        self.case_id = case_id
        self.person = person
        self.existing: KnownPerson | None = None
        self.added: int | None = None  # the link of the person added, once OK saved them
        self.role = ChoiceCombo(dc.ROLE_LABELS, self)
        self.role.setObjectName("role")
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.anonymous = QCheckBox(
            self.tr("Anonymous reporter: never shown outside this case or printed"),
            self,
        )
        self.anonymous.setObjectName("anonymous")
        self.school = QLineEdit(self)
        self.class_name = QLineEdit(self)
        self.attends = QCheckBox(self.tr("Attends this school"), self)
        self.attends.setChecked(True)
        self.email = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.note = QLineEdit(self)
        self.form.addRow(self.tr("Role in this case:"), self.role)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow("", self.anonymous)
        self.form.addRow(self.tr("School:"), self.school)
        self.form.addRow(self.tr("Class:"), self.class_name)
        self.form.addRow("", self.attends)
        self.form.addRow(self.tr("E-mail:"), self.email)
        self.form.addRow(self.tr("Phone:"), self.phone)
        self.form.addRow(self.tr("Note:"), self.note)
        self.role.currentIndexChanged.connect(self._role_changed)
        if person is None:
            known = cases.known_persons()
            self._known = {p.name: p for p in known}
            completer = QCompleter(sorted(self._known), self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.activated.connect(self._pick_existing)
            self.name.setCompleter(completer)
            self.name.textEdited.connect(lambda _text: setattr(self, "existing", None))
        else:
            self._known = {}
            self.role.set_value(person.role)
            self.name.setText(person.name)
            self.anonymous.setChecked(person.anonymous)
            self.school.setText(person.school)
            self.class_name.setText(person.class_name)
            self.attends.setChecked(person.attends_this_school)
            self.email.setText(person.email)
            self.phone.setText(person.phone)
            self.note.setText(person.note)
        self._role_changed()
        self.finish_layout()
        self.name.setFocus()  # the role has a sensible default; the name is what is typed

    def _role_changed(self) -> None:
        at_school = self.role.value() in dc.SCHOOL_ROLES
        for field in (self.school, self.class_name, self.attends):
            self.form.setRowVisible(field, at_school)
        self.anonymous.setEnabled(self.role.value() == dc.Role.REPORTER)
        if not self.anonymous.isEnabled():
            self.anonymous.setChecked(False)
        if self.isVisible():
            fit_height_to_content(self)  # no empty band where School and Class were (W11-8)

    def snapshot(self) -> object:
        """Edit person asks before Escape drops changed fields (walk 11); Add person closes
        as a short form does."""
        return self.data() if self.person is not None else None

    def _pick_existing(self, name: str) -> None:
        """The same person in another case: their details are reused, their role is not."""
        self.existing = self._known.get(name)
        if self.existing is not None:
            self.school.setText(self.existing.school)
            self.class_name.setText(self.existing.class_name)

    def data(self) -> PersonInput:
        # Nothing is kept that the form no longer shows: a parent has no school or class.
        at_school = self.role.value() in dc.SCHOOL_ROLES
        return PersonInput(
            name=self.name.text(),
            role=self.role.value(),
            anonymous=self.anonymous.isChecked(),
            email=self.email.text(),
            phone=self.phone.text(),
            school=self.school.text() if at_school else "",
            class_name=self.class_name.text() if at_school else "",
            attends_this_school=self.attends.isChecked() or not at_school,
            note=self.note.text(),
        )

    def apply(self) -> None:
        if self.person is not None:
            self.cases.update_person(self.person.link_id, self.data())
        elif self.existing is not None and self.existing.name == self.name.text():
            person_id = self.existing.person_id
            self.added = self.cases.add_person(self.case_id, self.data(), person_id=person_id)
        else:
            self.added = self.cases.add_person(self.case_id, self.data())


class TaskDialog(FormDialog):
    """Edits a task (status, due date, who, note) or adds an own task."""

    def __init__(
        self,
        cases: CaseService,
        case_id: int,
        task: TaskRow | None,
        people: list[dc.PersonInCase],
        protocol: Protocol,
        parent: QWidget | None = None,
        advisers: Sequence[str] = (),
    ) -> None:
        title = self.tr("Task") if task else self.tr("Add own task")
        super().__init__(title, parent)
        self.cases = cases
        self.case_id = case_id
        self.task = task
        self.protocol = protocol
        self.title = QLineEdit(self)
        self.title.setObjectName("title")
        self.status = ChoiceCombo(dc.TASK_STATUS_LABELS, self)
        self.status.setObjectName("status")
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("Why this does not apply"))
        self.due = OptionalDate(self)
        self.who = QComboBox(self)
        self.who.addItem("—", ("", None))
        # The file's advisers by name first (walk W3: only roles and the case's people were
        # offered); the name is kept as the task's "who", as a role is.
        for name in advisers:
            if name.strip() and len(name) <= ASSIGNEE_MAX:
                self.who.addItem(self.tr("{name} (adviser)").format(name=name), (name, None))
        for key in ASSIGNEE_ROLES:
            self.who.addItem(assignee_role_label(key), (key, None))
        for person in people:
            # A distributor (perpetrator) does not carry out the school's tasks.
            if not person.anonymous and person.role != dc.Role.DISTRIBUTOR:
                label = f"{person.name} ({tr_label('cases', dc.ROLE_LABELS[person.role])})"
                self.who.addItem(label, ("", person.person_id))
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("note")
        self.note.setMaximumHeight(100)
        if task is None:
            self.form.addRow(self.tr("Task:"), self.title)
            # A new task is open and needs no reason: unlaid-out, these two were painted over
            # the first row and took the typing (walker F23).
            self.status.hide()
            self.reason.hide()
        else:
            self.title.hide()  # a protocol task keeps its wording; only own tasks are typed
            text = QLabel(task.title, self)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if task.warning:
                theme.set_role(text, "warning")
            self.form.addRow(self.tr("Task:"), text)
            self.form.addRow(self.tr("Status:"), self.status)
            self.form.addRow(self.tr("Reason:"), self.reason)
            self.status.set_value(task.status)
            self.reason.setText(task.na_reason)
            self.due.set_value(task.due_on)
            self.note.setPlainText(task.note)
            if task.assignee_role and self._who_index(task.assignee_role, None) == 0:
                # Someone no longer offered (an adviser since removed): kept, not blanked by OK.
                label = assignee_role_label(task.assignee_role)
                self.who.addItem(label, (task.assignee_role, None))
            self.who.setCurrentIndex(self._who_index(task.assignee_role, task.assignee_person_id))
        self._due_as_opened = self.due.shown()  # a changed due date counts as typed
        self.form.addRow(self.tr("Due:"), self.due)
        self.form.addRow(self.tr("Who:"), self.who)
        self.form.addRow(self.tr("Note:"), self.note)
        if task is not None:
            for key in task.referrals:
                card = protocol.referrals.get(key)
                if card is not None:
                    button = QPushButton(self.tr("About {name}…").format(name=card.name), self)
                    button.clicked.connect(
                        lambda _c=False, c=card: ReferralCardDialog(c, self).exec()
                    )
                    self.layout_.addWidget(button)
        self.status.currentIndexChanged.connect(self._status_changed)
        self._status_changed()
        self.finish_layout()
        if task is None:
            self.title.setFocus()  # typing starts in the task's text

    def look_only(self) -> None:
        """A task of a case kept read-only (handed over): shown, not changed; only Close."""
        allow_edits((self.status, self.reason, self.due, self.who, self.note), False)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        # Opened on Close, not in Reason with its text selected as if to be typed over (walk
        # 13, W13-3); Tab still reaches the read-only fields to select and copy.
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        close.setFocus()

    def reject(self) -> None:
        # Escape, Cancel and the close button: a typed task or note is not lost unasked, as in
        # New case (walk 18, W18-2: a second Escape after the date's undid the note), and so
        # is a changed due date (walk 18: it went without a question).
        changed = self.due.shown() != self._due_as_opened
        if may_discard(self, [self.title, self.note], typed_only=True, changed=changed):
            super().reject()

    def _who_index(self, role: str, person_id: int | None) -> int:
        """The entry for this assignee. Compared in Python: QComboBox.findData cannot match
        tuple data, and a miss showed "—", which OK then saved as a blank assignee."""
        wanted = ("", person_id) if person_id is not None else (role or "", None)
        for index in range(self.who.count()):
            if tuple(self.who.itemData(index)) == wanted:
                return index
        if person_id is not None and role:
            return self._who_index(role, None)  # the person left the case: keep the role
        return 0

    def _show_card(self, card: ReferralCard) -> None:
        ReferralCardDialog(card, self, self.protocol.referrals_last_checked).exec()

    def _status_changed(self) -> None:
        self.reason.setEnabled(self.status.value() == dc.TaskStatus.NOT_APPLICABLE)

    @Slot()
    def _ok(self) -> None:
        super()._ok()
        # Refused for want of a reason: the typing that follows the warning goes into Reason,
        # not back into Status, where a space opened its list (walk 5, W5-6).
        if self.result() != QDialog.DialogCode.Accepted and self._reason_missing():
            # After focus_return, which hands the focus back to where it was when the warning
            # opened (its timer was started when the warning closed, so it runs first).
            QTimer.singleShot(0, self, self._to_reason)

    def _to_reason(self) -> None:
        if self.isVisible() and self._reason_missing():
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def _reason_missing(self) -> bool:
        return self.reason.isEnabled() and not self.reason.text().strip()

    def apply(self) -> None:
        role, person_id = self.who.currentData()
        if self.task is None:
            self.cases.add_task(
                self.case_id,
                TaskInput(
                    self.title.text(),
                    due_on=self.due.value(),
                    assignee_role=role,
                    assignee_person_id=person_id,
                    note=self.note.toPlainText(),
                ),
            )
            return
        self.cases.update_task(
            self.task.task_id,
            TaskUpdate(
                status=self.status.value(),
                due_on=self.due.value(),
                assignee_role=role,
                assignee_person_id=person_id,
                note=self.note.toPlainText(),
                na_reason=self.reason.text(),
            ),
        )


class ReferralCardDialog(QDialog):
    """An offline information card about an organisation."""

    def __init__(
        self, card: ReferralCard, parent: QWidget | None = None, last_checked: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(card.name)
        self.setMinimumWidth(460)
        language = current_language()
        rows = [f"<h2>{card.name}</h2>", f"<p>{card.what.get(language, card.what['nl'])}</p>"]
        when, website, phone = self.tr("When:"), self.tr("Website:"), self.tr("Phone:")
        rows.append(f"<p><b>{when}</b> {card.when.get(language, card.when['nl'])}</p>")
        if card.website:
            rows.append(f"<p><b>{website}</b> {card.website}</p>")
        if card.phone:
            rows.append(f"<p><b>{phone}</b> {card.phone}</p>")
        if card.hours:
            rows.append(f"<p>{card.hours.get(language, card.hours.get('nl', ''))}</p>")
        if last_checked:
            rows.append(
                f"<p style='color:{theme.hint_color().name()}'>"
                + self.tr("Information last checked: {date}").format(date=last_checked)
                + "</p>"
            )
        label = QLabel("".join(rows), self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)


class CaseFileDetailsDialog(FormDialog):
    """Who keeps this case file, the school's letterhead and the default retention period."""

    def __init__(
        self,
        adviser: str,
        school: str,
        retention_years: int,
        parent: QWidget | None = None,
        address: str = "",
        place: str = "",
        logo: bytes | None = None,
    ) -> None:
        super().__init__(self.tr("Case file details"), parent)
        self.adviser = QLineEdit(adviser, self)
        self.school = QLineEdit(school, self)
        self.address = QPlainTextEdit(address, self)
        self.address.setObjectName("school_address")
        self.address.setPlaceholderText(self.tr("Street and number\nPostcode and town"))
        self.address.setMaximumHeight(70)
        self.place = QLineEdit(place, self)
        self.place.setPlaceholderText(self.tr("Town printed with the date on letters"))
        self.logo = logo
        self.logo_preview = QLabel(self)
        self.logo_preview.setMinimumHeight(40)
        choose = QPushButton(self.tr("Choose logo…"), self)
        choose.clicked.connect(self.choose_logo)
        remove = QPushButton(self.tr("No logo"), self)
        remove.clicked.connect(lambda: self.set_logo(None))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview, 1)
        logo_row.addWidget(choose)
        logo_row.addWidget(remove)
        self.retention = QSpinBox(self)
        self.retention.setRange(1, 20)
        self.retention.setValue(retention_years)
        self.retention.setSuffix(self.tr(" years after closing"))
        self.form.addRow(self.tr("Adviser:"), self.adviser)
        self.form.addRow(self.tr("School:"), self.school)
        self.form.addRow(self.tr("School address:"), self.address)
        self.form.addRow(self.tr("Place:"), self.place)
        self.form.addRow(self.tr("Logo on letters:"), logo_row)
        self.form.addRow(self.tr("Keep closed cases:"), self.retention)
        self.set_logo(logo)
        self.finish_layout()

    def set_logo(self, data: bytes | None) -> None:
        self.logo = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_preview.setPixmap(
                pixmap.scaledToHeight(40, Qt.TransformationMode.SmoothTransformation)
            )
        else:
            self.logo_preview.setText(self.tr("(none)"))

    @Slot()
    def choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if not name:
            return
        try:
            with open(name, "rb") as handle:
                data = handle.read(2 * 2**20 + 1)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Choose logo"),
                self.tr("{name} could not be read ({reason}).").format(
                    name=name, reason=exc.strerror or type(exc).__name__
                ),
            )
            return
        try:
            check_logo(data)  # refused here, so the rest of the form is not lost on OK
        except KnownError as exc:
            show_error(self, self.tr("Choose logo"), exc)
            return
        self.set_logo(data)

    def apply(self) -> None:
        """The caller reads the fields and saves them (the service checks the logo)."""


def today() -> date:
    return date.today()
