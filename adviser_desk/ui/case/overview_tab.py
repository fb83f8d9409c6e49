"""The Overview tab of a case: its fields (with scope, impact and wishes), saved together."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.domain import cases as dc
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.case_views import CaseDetail
from adviser_desk.ui.case.overview_buttons import save_and_revert
from adviser_desk.ui.case.overview_save import save_overview
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common import mnemonics, theme
from adviser_desk.ui.common.form_columns import share_label_column
from adviser_desk.ui.common.keyboard import name_fields, tab_leaves
from adviser_desk.ui.common.one_ticked import keep_one_ticked
from adviser_desk.ui.common.read_only import allow_edits
from adviser_desk.ui.common.widgets import CheckGroup, ChoiceCombo, YesNoCombo, tr_label


class OverviewTab(QWidget):
    """The case's fields, scrolling; saved together with Save (Ctrl+S), undone with Discard changes.
    The two buttons sit below the scrolling form, so they are always in view."""

    saved = Signal()
    closed = Signal(object)  # a Closing, after the case was closed through its question
    reopened = Signal(object)  # a Reopening, after a closed case was reopened (W12-2)
    # A word for the case view's bar: Save with no change (W17-3: never silent), the tasks a
    said = Signal(str)  # closed case gained with a type (walk J, finding 8)
    files_wait_for_answer = Signal()  # saved as a sexual case with files stored before (walk G)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form_scroll = QScrollArea(self)
        self.form_scroll.setWidgetResizable(True)
        # Narrower than its form (at 2x beside the case list), the form scrolls sideways
        # instead of being cut off at the right (walk 14, W14-4).
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.cases: CaseService | None = None
        self.detail: CaseDetail | None = None
        inner = QWidget(self.form_scroll)
        self.form_scroll.setWidget(inner)

        self.title = QLineEdit(inner)
        self.title.setObjectName("case_title")
        self.status = ChoiceCombo(dc.STATUS_LABELS, inner)
        self.status.setObjectName("case_status")
        # How the case ended: asked when it is closed, editable while it stays closed.
        self.outcome = ChoiceCombo(dc.OUTCOME_LABELS, inner)
        self.outcome.setObjectName("case_outcome")
        self.outcome.setToolTip(self.tr("How the case ended (counted in the annual report)"))
        self.status.currentIndexChanged.connect(self._status_changed)
        self.types = keep_one_ticked(CheckGroup(dc.INCIDENT_LABELS, 1, inner))
        # Alt+X is sexting here and in New case (walk 9: it was sextortion here).
        mnemonics.prefers(self.types.boxes[dc.IncidentType.EXPOSING], "x")
        self.description = QPlainTextEdit(inner)
        self.description.setMaximumHeight(80)
        self.contact = ChoicePerson(inner)
        self.escalation = ChoiceCombo(dc.ESCALATION_LABELS, inner)
        case_box = QGroupBox(self.tr("Case"), inner)
        case_form = QFormLayout(case_box)
        case_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        case_form.addRow(self.tr("Subject:"), self.title)
        case_form.addRow(self.tr("Status:"), self.status)
        case_form.addRow(self.tr("&Outcome:"), self.outcome)
        case_form.addRow(self.tr("What happened:"), self.types)
        case_form.addRow(self.tr("Brief description:"), self.description)
        case_form.addRow(self.tr("Key contact for the victim:"), self.contact)
        case_form.addRow(self.tr("Escalation reached:"), self.escalation)
        # Fewer letters than rows beside the menus, tabs and case list: this section's rows
        # take theirs before the other sections' titles; its own needs none (walk 11).
        mnemonics.none_for(case_box)
        mnemonics.rows_first(case_form)

        self.platforms = QLineEdit(inner)
        self.platforms.setPlaceholderText(self.tr("e.g. Snapchat, WhatsApp"))
        self.images = ChoiceCombo(dc.IMAGES_LABELS, inner)
        self.reach = ChoiceCombo(dc.REACH_LABELS, inner)
        self.spreading = YesNoCombo(inner)
        self.offence = YesNoCombo(inner)
        self.police_consulted = YesNoCombo(inner)
        self.police_report = ChoiceCombo(dc.POLICE_REPORT_LABELS, inner)
        self.police_by = QLineEdit(inner)
        # Short enough to show whole at 1.5x beside the choice (walk 5, W5-13); the tooltip
        # says who is meant.
        self.police_by.setPlaceholderText(self.tr("by whom?"))
        self.police_by.setToolTip(
            self.tr("Who reported it to the police: the student, the parents or the school")
        )
        self.psych = YesNoCombo(inner)
        self.media = YesNoCombo(inner)
        scope_box = QGroupBox(self.tr("Scope and impact"), inner)
        scope = QFormLayout(scope_box)
        scope.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        scope.addRow(self.tr("&Platforms:"), self.platforms)
        scope.addRow(self.tr("Images:"), self.images)
        scope.addRow(self.tr("Seen by:"), self.reach)
        scope.addRow(self.tr("Still spreading:"), self.spreading)
        scope.addRow(self.tr("Criminal offence suspected:"), self.offence)
        scope.addRow(self.tr("Police consulted:"), self.police_consulted)
        report_row = QHBoxLayout()
        report_row.addWidget(self.police_report)
        report_row.addWidget(self.police_by, 1)
        scope.addRow(self.tr("Report to the police:"), report_row)
        scope.addRow(self.tr("Psychological help needed:"), self.psych)
        scope.addRow(self.tr("Media attention expected:"), self.media)

        self.may_tell = CheckGroup(dc.AUDIENCE_LABELS, 3, inner)
        self.publicity = ChoiceCombo(dc.PUBLICITY_LABELS, inner)
        self.secrecy = QPlainTextEdit(inner)
        self.secrecy.setObjectName("secrecy")
        self.secrecy.setMaximumHeight(70)
        self.secrecy.setPlaceholderText(
            self.tr("No secrecy promised. Promised instead: care, and … (what exactly)")
        )
        wishes_box = QGroupBox(self.tr("Victim's wishes and consent"), inner)
        wishes = QFormLayout(wishes_box)
        wishes.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        wishes.addRow(self.tr("May be told:"), self.may_tell)
        wishes.addRow(self.tr("Publicity:"), self.publicity)
        # It holds the student's wishes from closing an interview too, and what was agreed
        # instead of secrecy: "Secrecy and what was promised" read as if secrecy had been
        # promised (walk W20).
        wishes.addRow(self.tr("The student's wishes and what was &agreed:"), self.secrecy)

        self.retention = QSpinBox(inner)
        self.retention.setRange(0, 20)
        self.retention.setSpecialValueText(self.tr("case file default"))
        self.retention.setSuffix(self.tr(" years after closing"))
        self.retention_note = QLabel(inner)
        theme.set_role(self.retention_note, "hint")
        keep_box = QGroupBox(self.tr("Retention"), inner)
        keep = QFormLayout(keep_box)
        keep.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        keep.addRow(self.tr("Keep this case:"), self.retention)
        keep.addRow("", self.retention_note)

        self.save_button, self.save_action, self.revert_button, buttons = save_and_revert(
            self, self.save, self.revert
        )
        tab_leaves(self.description, self.secrecy)
        for form in (case_form, scope, wishes, keep):
            name_fields(form)
        share_label_column(case_form, scope, wishes, keep)
        layout = QVBoxLayout(inner)
        for box in (case_box, scope_box, wishes_box, keep_box):
            layout.addWidget(box)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.form_scroll, 1)
        outer.addLayout(buttons)

    def show_case(self, cases: CaseService, detail: CaseDetail) -> None:
        self.cases, self.detail = cases, detail
        d = detail.draft
        self.title.setText(d.title)
        self.status.set_value(d.status)
        self.outcome.set_value(d.outcome)
        self._status_changed()
        self.types.set_values(d.incident_types)
        self.description.setPlainText(d.description)
        self.contact.set_people(detail.people, d.contact_person_id)
        self.escalation.set_value(d.escalation)
        self.platforms.setText(", ".join(d.platforms))
        self.images.set_value(d.images)
        self.reach.set_value(d.reach)
        self.spreading.set_value(d.still_spreading)
        self.offence.set_value(d.offence_suspected)
        self.police_consulted.set_value(d.police_consulted)
        self.police_report.set_value(d.police_report)
        self.police_by.setText(d.police_report_by)
        self.psych.set_value(d.psychological_help)
        self.media.set_value(d.media_expected)
        self.may_tell.set_values(d.may_tell)
        self.publicity.set_value(d.publicity)
        self.secrecy.setPlainText(d.secrecy_statement)
        self.retention.setValue(d.retention_years or 0)
        if detail.retention_until:
            self.retention_note.setText(
                self.tr("May be purged from {date}.").format(
                    date=fmt.date_text(detail.retention_until)
                )
            )
        else:
            self.retention_note.setText(self.tr("Counts from the day the case is closed."))

    def set_read_only(self, read_only: bool) -> None:
        """A case kept read-only (handed over): its fields can be read and copied, not
        changed, and Save and Discard changes are off."""
        allow_edits(
            (
                self.title,
                self.status,
                self.types,
                self.description,
                self.contact,
                self.escalation,
                self.platforms,
                self.images,
                self.reach,
                self.spreading,
                self.offence,
                self.police_consulted,
                self.police_report,
                self.police_by,
                self.psych,
                self.media,
                self.may_tell,
                self.publicity,
                self.secrecy,
                self.retention,
                self.save_button,
                self.revert_button,
                self.save_action,
            ),
            not read_only,
        )

    def draft(self) -> dc.CaseDraft:
        assert self.detail is not None
        old = self.detail.draft
        return dc.CaseDraft(
            title=self.title.text(),
            incident_types=self.types.values() or [dc.IncidentType.OTHER],
            description=self.description.toPlainText(),
            status=self.status.value(),
            outcome=(
                self.outcome.value()
                if self.status.value() == dc.CaseStatus.CLOSED
                else dc.CaseOutcome.NOT_RECORDED
            ),
            opened_on=old.opened_on,
            closed_on=old.closed_on,
            platforms=[p.strip() for p in self.platforms.text().split(",") if p.strip()],
            images=self.images.value(),
            reach=self.reach.value(),
            still_spreading=self.spreading.value(),
            offence_suspected=self.offence.value(),
            police_consulted=self.police_consulted.value(),
            police_report=self.police_report.value(),
            police_report_by=self.police_by.text(),
            psychological_help=self.psych.value(),
            media_expected=self.media.value(),
            escalation=self.escalation.value(),
            contact_person_id=self.contact.value(),
            may_tell=self.may_tell.values(),
            publicity=self.publicity.value(),
            secrecy_statement=self.secrecy.toPlainText(),
            retention_years=self.retention.value() or None,
        )

    def is_dirty(self) -> bool:
        """The fields differ from the case as last loaded or saved. Choice groups give their
        ticks in display order, the stored case in its own: compared as sets."""
        if self.detail is None:
            return False

        def comparable(draft: dc.CaseDraft) -> dict[str, object]:
            fields = dict(vars(draft))
            for name in ("may_tell", "incident_types"):
                fields[name] = sorted(str(v) for v in fields[name])
            return fields

        return comparable(self.draft()) != comparable(self.detail.draft)

    @Slot()
    def _status_changed(self) -> None:
        """Only a closed case has ended: the outcome field opens when Closed is chosen (and
        the closing question asks for it on saving)."""
        self.outcome.setEnabled(self.status.value() == dc.CaseStatus.CLOSED)

    @Slot()
    def save(self) -> None:
        self.save_changes()

    def save_changes(self, quiet: bool = False) -> bool:
        """Saves the fields (ui/case/overview_save.py); False if that failed or the adviser
        cancelled the closing question."""
        return save_overview(self, quiet)

    @Slot()
    def revert(self) -> None:
        if self.cases is not None and self.detail is not None:
            self.show_case(self.cases, self.detail)


# Who can keep in touch with the victim for the school.
CONTACT_ROLES = frozenset({dc.Role.STAFF, dc.Role.EXTERNAL})


class ChoicePerson(QWidget):
    """Picks one of the case's people (the contact person)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QComboBox

        super().__init__(parent)
        self.combo = QComboBox(self)
        # The row's letter (Alt+Y, "Key contact for the victim:") reaches the choice: a label
        # gives no focus to a buddy without a focus policy. Set before the proxy, or the policy
        # would pass to the choice, which then took no focus from a click or the wheel guard.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setFocusProxy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)

    def set_people(self, people: list[dc.PersonInCase], chosen: int | None) -> None:
        """Staff and outside contacts of the case: the protocol's contact person keeps in touch
        with the victim for the school (walk 5, W5-8: the victim and the distributor were
        offered). One chosen before stays listed, so opening a case never changes it."""
        self.combo.clear()
        self.combo.addItem("—", None)
        seen: set[int] = set()
        for person in people:
            if person.anonymous or person.person_id in seen:
                continue
            if person.role not in CONTACT_ROLES and person.person_id != chosen:
                continue
            seen.add(person.person_id)
            role = tr_label("cases", dc.ROLE_LABELS[person.role])
            self.combo.addItem(f"{person.name} ({role})", person.person_id)
        self.combo.setCurrentIndex(max(0, self.combo.findData(chosen)))
        has_staff = any(p.role in CONTACT_ROLES and not p.anonymous for p in people)
        self.combo.setToolTip(
            ""
            if has_staff
            else self.tr(
                "Add the mentor or another staff member on the People tab to choose them here."
            )
        )

    def value(self) -> int | None:
        data = self.combo.currentData()
        return None if data is None else int(data)
