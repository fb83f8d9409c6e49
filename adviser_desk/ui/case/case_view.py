"""One case: overview (with scope, impact and wishes), people, tasks, and timeline with notes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.domain import cases as dc
from adviser_desk.domain.conversations import type_label
from adviser_desk.domain.meldcode import mentioned_in as names_meldcode
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.case_views import CaseDetail
from adviser_desk.services.interview_service import InterviewService
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.case.case_dialogs import PersonDialog, TaskDialog
from adviser_desk.ui.case.case_models import (
    ID_ROLE,
    PeopleModel,
    TaskFilterProxy,
    TaskModel,
    TimelineModel,
)
from adviser_desk.ui.case.meldcode_tab import MeldcodeTab
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common import theme
from adviser_desk.ui.common.dialogs import show_error
from adviser_desk.ui.common.errors import EXPECTED, known_errors
from adviser_desk.ui.common.keyboard import labelled, name_fields, tab_leaves
from adviser_desk.ui.common.widgets import CheckGroup, ChoiceCombo, YesNoCombo, tr_label
from adviser_desk.ui.evidence.evidence_tab import EvidenceTab
from adviser_desk.ui.interview.interview_window import InterviewWindow, NewInterviewDialog
from adviser_desk.ui.letters.letters_tab import LettersTab


def _table(parent: QWidget, name: str) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    tab_leaves(table)
    return table


def fit_columns(
    table: QTableView, stretch: int, wrap: bool = False, fixed: dict[int, int] | None = None
) -> None:
    """One column takes the free width, the others fit their contents (or a fixed width the
    user can drag); with ``wrap`` rows grow to show long text whole. Call once the table has
    its model: resize modes need the columns to exist."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, width in (fixed or {}).items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    if wrap:
        table.setWordWrap(True)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


class OverviewTab(QWidget):
    """The case's fields, scrolling; saved together with Save (Ctrl+S), undone with Revert.
    The two buttons sit below the scrolling form, so they are always in view."""

    saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form_scroll = QScrollArea(self)
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cases: CaseService | None = None
        self.detail: CaseDetail | None = None
        inner = QWidget(self.form_scroll)
        self.form_scroll.setWidget(inner)

        self.title = QLineEdit(inner)
        self.title.setObjectName("case_title")
        self.status = ChoiceCombo(dc.STATUS_LABELS, inner)
        self.status.setObjectName("case_status")
        self.types = CheckGroup(dc.INCIDENT_LABELS, 1, inner)
        self.description = QPlainTextEdit(inner)
        self.description.setMaximumHeight(80)
        self.contact = ChoicePerson(inner)
        self.escalation = ChoiceCombo(dc.ESCALATION_LABELS, inner)
        case_box = QGroupBox(self.tr("Case"), inner)
        case_form = QFormLayout(case_box)
        case_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        case_form.addRow(self.tr("&Title:"), self.title)
        case_form.addRow(self.tr("Status:"), self.status)
        case_form.addRow(self.tr("What happened:"), self.types)
        case_form.addRow(self.tr("&Description:"), self.description)
        case_form.addRow(self.tr("Contact person for the victim:"), self.contact)
        case_form.addRow(self.tr("Escalation reached:"), self.escalation)

        self.platforms = QLineEdit(inner)
        self.platforms.setPlaceholderText(self.tr("e.g. Snapchat, WhatsApp"))
        self.images = ChoiceCombo(dc.IMAGES_LABELS, inner)
        self.reach = ChoiceCombo(dc.REACH_LABELS, inner)
        self.spreading = YesNoCombo(inner)
        self.offence = YesNoCombo(inner)
        self.police_consulted = YesNoCombo(inner)
        self.police_report = ChoiceCombo(dc.POLICE_REPORT_LABELS, inner)
        self.police_by = QLineEdit(inner)
        self.police_by.setPlaceholderText(self.tr("by whom (student, parents, school)"))
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
        wishes.addRow(self.tr("S&ecrecy and what was promised:"), self.secrecy)

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

        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("save_case")
        # Ctrl+S anywhere on the Overview (an action: it works from every field of the form).
        self.save_action = QAction(self.tr("Save"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        self.save_button.setToolTip(self.tr("Save the changes to this case (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.setObjectName("revert_case")
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        tab_leaves(self.description, self.secrecy)
        for form in (case_form, scope, wishes, keep):
            name_fields(form)
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

    def draft(self) -> dc.CaseDraft:
        assert self.detail is not None
        old = self.detail.draft
        return dc.CaseDraft(
            title=self.title.text(),
            incident_types=self.types.values() or [dc.IncidentType.OTHER],
            description=self.description.toPlainText(),
            status=self.status.value(),
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
    def save(self) -> None:
        self.save_changes()

    def save_changes(self, quiet: bool = False) -> bool:
        """Saves the fields; False (after saying why, unless ``quiet``) if that failed."""
        if self.cases is None or self.detail is None:
            return True
        try:
            self.cases.update_case(self.detail.case_id, self.draft())
            # What was saved is now the state to compare with and to revert to.
            self.show_case(self.cases, self.cases.get_case(self.detail.case_id))
        except EXPECTED as exc:  # a bug goes on to the error hook
            if not quiet:
                show_error(self, self.tr("The case was not saved"), exc)
            return False
        self.saved.emit()
        return True

    @Slot()
    def revert(self) -> None:
        if self.cases is not None and self.detail is not None:
            self.show_case(self.cases, self.detail)


class ChoicePerson(QWidget):
    """Picks one of the case's people (the contact person)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QComboBox

        super().__init__(parent)
        self.combo = QComboBox(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)

    def set_people(self, people: list[dc.PersonInCase], chosen: int | None) -> None:
        self.combo.clear()
        self.combo.addItem("—", None)
        seen: set[int] = set()
        for person in people:
            if person.anonymous or person.person_id in seen:
                continue
            seen.add(person.person_id)
            role = tr_label("cases", dc.ROLE_LABELS[person.role])
            self.combo.addItem(f"{person.name} ({role})", person.person_id)
        self.combo.setCurrentIndex(max(0, self.combo.findData(chosen)))

    def value(self) -> int | None:
        data = self.combo.currentData()
        return None if data is None else int(data)


class CaseView(QWidget):
    """Shows one case; emits ``changed`` after any edit so the list can refresh."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: CaseFileSession | None = None
        self.detail: CaseDetail | None = None
        self.interview_window: InterviewWindow | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("case_heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.badge = QLabel(self)
        theme.set_role(self.badge, "danger")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("case_tabs")

        self.overview = OverviewTab(self)
        self.overview.saved.connect(self._after_change)

        # People
        people_page = QWidget(self)
        self.people_model = PeopleModel(self)
        self.people_table = _table(people_page, "people_table")
        self.people_table.setModel(self.people_model)
        fit_columns(self.people_table, PeopleModel.NAME)
        self.people_table.doubleClicked.connect(lambda _i: self.edit_person())
        add_person = QPushButton(self.tr("Add person…"), people_page)
        add_person.setObjectName("add_person")
        add_person.clicked.connect(self.add_person)
        edit_person = QPushButton(self.tr("Edit…"), people_page)
        edit_person.clicked.connect(self.edit_person)
        remove_person = QPushButton(self.tr("Remove from case"), people_page)
        remove_person.setObjectName("remove_person")
        remove_person.clicked.connect(self.remove_person)
        people_buttons = QHBoxLayout()
        for button in (add_person, edit_person, remove_person):
            people_buttons.addWidget(button)
        people_buttons.addStretch(1)
        people_layout = QVBoxLayout(people_page)
        people_layout.addLayout(people_buttons)
        people_layout.addWidget(self.people_table)

        # Tasks
        tasks_page = QWidget(self)
        self.task_model: TaskModel | None = None
        self.task_proxy = TaskFilterProxy(self)
        self.task_table = _table(tasks_page, "task_table")
        self.task_table.setModel(self.task_proxy)
        self.task_table.setSortingEnabled(True)
        self.task_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.task_table.doubleClicked.connect(lambda _i: self.edit_task())
        self.show_closed = QCheckBox(self.tr("Show done and not applicable"), tasks_page)
        self.show_closed.setObjectName("show_closed")
        self.show_closed.setChecked(False)
        self.show_closed.toggled.connect(self.task_proxy.set_show_closed)
        self.task_proxy.set_show_closed(False)
        done = QPushButton(self.tr("Mark done"), tasks_page)
        done.setObjectName("mark_done")
        done.setShortcut(QKeySequence("Ctrl+D"))
        done.setToolTip(self.tr("Mark the selected task done (Ctrl+D)"))
        done.clicked.connect(self.mark_done)
        edit_task = QPushButton(self.tr("Open…"), tasks_page)
        edit_task.setObjectName("open_task")
        edit_task.clicked.connect(self.edit_task)
        add_task = QPushButton(self.tr("Add own task…"), tasks_page)
        add_task.setObjectName("add_task")
        add_task.clicked.connect(self.add_task)
        # A task that names the Meldcode leads to the case's Meldcode record.
        self.to_meldcode = QPushButton(self.tr("Meldcode…"), tasks_page)
        self.to_meldcode.setObjectName("task_meldcode")
        self.to_meldcode.setToolTip(self.tr("This task names the Meldcode: record its steps"))
        self.to_meldcode.clicked.connect(self.show_meldcode)
        self.to_meldcode.hide()
        # After the selection moved (the current row changes before the selection does).
        self.task_table.selectionModel().selectionChanged.connect(
            lambda _now, _before: self._offer_meldcode()
        )
        task_buttons = QHBoxLayout()
        for button in (done, edit_task, add_task, self.to_meldcode):
            task_buttons.addWidget(button)
        task_buttons.addStretch(1)
        task_buttons.addWidget(self.show_closed)
        tasks_layout = QVBoxLayout(tasks_page)
        tasks_layout.addLayout(task_buttons)
        tasks_layout.addWidget(self.task_table)

        # Timeline and notes
        timeline_page = QWidget(self)
        self.note_edit = QPlainTextEdit(timeline_page)
        self.note_edit.setObjectName("note_edit")
        self.note_edit.setMaximumHeight(90)
        self.note_edit.setPlaceholderText(self.tr("Write a note… (Ctrl+Enter adds it)"))
        self.observed = QCheckBox(self.tr("Happened earlier, at:"), timeline_page)
        self.observed_at = QDateTimeEdit(QDateTime.currentDateTime(), timeline_page)
        self.observed_at.setDisplayFormat(fmt.date_edit_format(with_time=True))
        self.observed_at.setCalendarPopup(True)
        self.observed_at.setEnabled(False)
        self.observed.toggled.connect(self.observed_at.setEnabled)
        add_note = QPushButton(self.tr("Add note"), timeline_page)
        add_note.setObjectName("add_note")
        add_note.clicked.connect(self.add_note)
        note_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self.note_edit)
        note_shortcut.activated.connect(self.add_note)
        note_row = QHBoxLayout()
        note_row.addWidget(self.observed)
        note_row.addWidget(self.observed_at)
        note_row.addStretch(1)
        note_row.addWidget(add_note)
        self.timeline_model = TimelineModel(self)
        self.timeline_table = _table(timeline_page, "timeline_table")
        self.timeline_table.setModel(self.timeline_model)
        fit_columns(self.timeline_table, TimelineModel.WHAT, wrap=True)
        tab_leaves(self.note_edit)
        self.observed_at.setAccessibleName(self.tr("Happened at"))
        timeline_layout = QVBoxLayout(timeline_page)
        timeline_layout.addWidget(labelled(self.tr("New &note:"), self.note_edit, timeline_page))
        timeline_layout.addWidget(self.note_edit)
        timeline_layout.addLayout(note_row)
        timeline_layout.addWidget(self.timeline_table, 1)

        # Interviews
        interviews_page = QWidget(self)
        self.interview_list = QListWidget(interviews_page)
        self.interview_list.setObjectName("interview_list")
        self.interview_list.itemActivated.connect(lambda _i: self.open_interview())
        self.interview_list.itemDoubleClicked.connect(lambda _i: self.open_interview())
        new_interview = QPushButton(self.tr("New interview…"), interviews_page)
        new_interview.setObjectName("new_interview")
        new_interview.clicked.connect(self.new_interview)
        open_interview = QPushButton(self.tr("Open…"), interviews_page)
        open_interview.clicked.connect(self.open_interview)
        interview_buttons = QHBoxLayout()
        interview_buttons.addWidget(new_interview)
        interview_buttons.addWidget(open_interview)
        interview_buttons.addStretch(1)
        interviews_layout = QVBoxLayout(interviews_page)
        interviews_layout.addLayout(interview_buttons)
        interviews_layout.addWidget(self.interview_list)

        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(people_page, self.tr("People"))
        self.tabs.addTab(tasks_page, self.tr("Tasks"))
        self.tabs.addTab(timeline_page, self.tr("Timeline and notes"))
        self.tabs.addTab(interviews_page, self.tr("Interviews"))
        self.evidence = EvidenceTab(self)
        self.tabs.addTab(self.evidence, self.tr("Evidence"))
        self.letters = LettersTab(self)
        self.tabs.addTab(self.letters, self.tr("Letters"))
        self.meldcode = MeldcodeTab(self)
        self.meldcode.changed.connect(self._after_change)
        self.tabs.addTab(self.meldcode, self.tr("Meldcode"))
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.badge)
        # A transient "… Undo" line after marking a task done or removing a person.
        self.undo_bar = QWidget(self)
        self.undo_bar.setObjectName("undo_bar")
        self.undo_message = QLabel(self.undo_bar)
        self.undo_message.setWordWrap(True)  # a long task title must not widen the window
        self.undo_button = QPushButton(self.tr("&Undo"), self.undo_bar)
        self.undo_button.setObjectName("undo")
        self.undo_button.setToolTip(self.tr("Undo this (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo)
        # Ctrl+Z anywhere in the case view (a text field being edited keeps its own undo).
        self.undo_action = QAction(self.tr("Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo)
        self.addAction(self.undo_action)
        undo_row = QHBoxLayout(self.undo_bar)
        undo_row.setContentsMargins(0, 0, 0, 0)
        undo_row.addWidget(self.undo_message, 1)
        undo_row.addWidget(self.undo_button)
        self.undo_bar.hide()
        self._undo_action: Callable[[], object] | None = None
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(20_000)
        self._undo_timer.timeout.connect(self._forget_undo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.undo_bar)

    @property
    def busy(self) -> bool:
        """Evidence work is running in the background (the case file must stay open)."""
        return self.evidence.busy

    @property
    def cases(self) -> CaseService | None:
        return None if self.session is None else self.session.cases

    # -- loading ----------------------------------------------------------------------------
    def show_case(self, session: CaseFileSession, case_id: int) -> None:
        self.session = session
        cases = session.cases
        if self.task_model is None or self.task_model.protocol is not cases.protocol:
            self.task_model = TaskModel(cases.protocol, cases.language, self)
            self.task_proxy.setSourceModel(self.task_model)
            fit_columns(
                self.task_table,
                TaskModel.TITLE,
                wrap=True,
                fixed={TaskModel.ASSIGNEE: 120},
            )
            # In protocol order (step by step) until the adviser sorts otherwise.
            self.task_table.sortByColumn(TaskModel.SECTION, Qt.SortOrder.AscendingOrder)
        self.reload(case_id)

    def reload(self, case_id: int | None = None) -> None:
        if self.session is None or self.cases is None:
            return
        case_id = case_id if case_id is not None else self.case_id
        if case_id is None:
            return
        same_case = case_id == self.case_id
        if not same_case:
            self._forget_undo()
        detail = self.cases.get_case(case_id)
        self.detail = detail
        self.heading.setText(f"{detail.number} · {detail.draft.title}")
        overdue = sum(1 for task in detail.tasks if task.overdue)
        self.badge.setText(self.tr("%n overdue task(s)", "", overdue) if overdue else "")
        if not (same_case and self.overview.is_dirty()):
            # Unsaved Overview edits survive a change made on another tab (a task, a note).
            self.overview.show_case(self.cases, detail)
        self.people_model.set_rows(detail.people)
        assert self.task_model is not None
        self.task_model.set_rows(detail.tasks)
        self.timeline_model.set_rows(self.cases.timeline(case_id))
        self._load_interviews(case_id)
        self.evidence.show_case(self.session.evidence, case_id)
        self.letters.show_case(self.session.letters, case_id)
        self.meldcode.show_case(self.session.meldcode, case_id, self.session.identity.name)
        self._offer_meldcode()

    @property
    def case_id(self) -> int | None:
        return self.detail.case_id if self.detail else None

    def confirm_leave(self) -> bool:
        """Before the shown case goes away (another case, closing, quitting): unsaved
        Overview edits are saved or discarded as the adviser says; False means Cancel."""
        if not self.overview.is_dirty() or self.detail is None:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Case {number} has unsaved changes on its Overview. Save them?").format(
                number=self.detail.number
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.overview.save_changes()
        if answer == QMessageBox.StandardButton.Discard:
            self.overview.revert()
            return True
        return False

    def keep_unsaved(self) -> bool:
        """Before locking: unsaved Overview edits are saved without asking (an idle lock has
        nobody to ask). False if they could not be saved, so the lock must wait."""
        if not self.overview.is_dirty():
            return True
        return self.overview.save_changes(quiet=True)

    def clear(self) -> None:
        self._forget_undo()
        self.session = None
        self.detail = None
        self.heading.clear()
        self.badge.clear()
        self.people_model.set_rows([])
        if self.task_model is not None:
            self.task_model.set_rows([])
        self.timeline_model.set_rows([])
        self.interview_list.clear()
        self.evidence.clear()
        self.letters.clear()
        self.meldcode.clear()
        self.note_edit.clear()

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()

    def _run_dialog(self, dialog: QWidget) -> None:
        from PySide6.QtWidgets import QDialog

        assert isinstance(dialog, QDialog)
        try:
            accepted = dialog.exec()
        finally:
            dialog.deleteLater()
        if accepted:
            self._after_change()

    # -- people -------------------------------------------------------------------------------
    def _selected_person(self) -> dc.PersonInCase | None:
        rows = self.people_table.selectionModel().selectedRows()
        return self.people_model.row_at(rows[0].row()) if rows else None

    @Slot()
    def add_person(self) -> None:
        if self.cases is not None and self.case_id is not None:
            self._run_dialog(PersonDialog(self.cases, self.case_id, None, self))

    @Slot()
    def edit_person(self) -> None:
        person = self._selected_person()
        if self.cases is not None and self.case_id is not None and person is not None:
            self._run_dialog(PersonDialog(self.cases, self.case_id, person, self))

    @Slot()
    def remove_person(self) -> None:
        person = self._selected_person()
        if self.cases is None or person is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove from case"),
            self.tr("Remove {name} from this case? Their details stay in other cases.").format(
                name=person.display_name()
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,  # Enter must not remove anyone
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        with known_errors(self, self.tr("Not removed")) as attempt:
            self.cases.remove_person(person.link_id)
        if attempt.failed:
            return
        self._after_change()
        cases, case_id = self.cases, self.case_id
        assert case_id is not None
        self._offer_undo(
            self.tr("{name} was removed from this case.").format(name=person.display_name()),
            lambda: cases.restore_person(case_id, person),
        )

    # -- tasks ----------------------------------------------------------------------------------
    def selected_task_id(self) -> int | None:
        rows = self.task_table.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(ID_ROLE)
        return int(value) if value is not None else None

    @Slot()
    def edit_task(self) -> None:
        task_id = self.selected_task_id()
        if self.cases is None or self.detail is None or task_id is None:
            return
        task = next((t for t in self.detail.tasks if t.task_id == task_id), None)
        if task is not None:
            dialog = TaskDialog(
                self.cases, self.detail.case_id, task, self.detail.people, self.cases.protocol, self
            )
            self._run_dialog(dialog)

    @Slot()
    def add_task(self) -> None:
        if self.cases is not None and self.detail is not None:
            dialog = TaskDialog(
                self.cases, self.detail.case_id, None, self.detail.people, self.cases.protocol, self
            )
            self._run_dialog(dialog)

    def _offer_meldcode(self) -> None:
        task_id = self.selected_task_id()
        task = None
        if self.detail is not None and task_id is not None:
            task = next((t for t in self.detail.tasks if t.task_id == task_id), None)
        self.to_meldcode.setVisible(task is not None and names_meldcode(task.title))

    @Slot()
    def show_meldcode(self) -> None:
        self.tabs.setCurrentWidget(self.meldcode)
        self.meldcode.table.setFocus()

    @Slot()
    def mark_done(self) -> None:
        from adviser_desk.services.case_views import TaskUpdate

        task_id = self.selected_task_id()
        if self.cases is None or self.detail is None or task_id is None:
            return
        task = next((t for t in self.detail.tasks if t.task_id == task_id), None)
        if task is None or task.status == dc.TaskStatus.DONE:
            return
        with known_errors(self, self.tr("Not changed")) as attempt:
            self.cases.update_task(
                task_id,
                TaskUpdate(
                    dc.TaskStatus.DONE,
                    task.due_on,
                    task.assignee_role,
                    task.assignee_person_id,
                    task.note,
                ),
            )
        if attempt.failed:
            return
        self._after_change()
        cases = self.cases
        before = TaskUpdate(
            task.status,
            task.due_on,
            task.assignee_role,
            task.assignee_person_id,
            task.note,
            na_reason=task.na_reason,
        )
        self._offer_undo(
            self.tr("Marked done: {task}").format(
                task=task.title if len(task.title) <= 90 else task.title[:89] + "…"
            ),
            lambda: cases.update_task(task_id, before),
        )

    # -- undo -------------------------------------------------------------------------------------
    def _offer_undo(self, message: str, undo: Callable[[], object]) -> None:
        self._undo_action = undo
        self.undo_message.setText(message)
        self.undo_bar.show()
        self.undo_action.setEnabled(True)
        self._undo_timer.start()

    def _forget_undo(self) -> None:
        self._undo_action = None
        self._undo_timer.stop()
        self.undo_bar.hide()
        self.undo_action.setEnabled(False)

    @Slot()
    def undo(self) -> None:
        action, self._undo_action = self._undo_action, None
        self._forget_undo()
        if action is None:
            return
        with known_errors(self, self.tr("Not undone")) as attempt:
            action()
        if attempt.failed:
            return
        self._after_change()

    # -- interviews -------------------------------------------------------------------------------
    def interviews(self) -> InterviewService | None:
        return None if self.session is None else self.session.interviews

    def _load_interviews(self, case_id: int) -> None:
        service = self.interviews()
        self.interview_list.clear()
        if service is None:
            return
        for row in service.list_for_case(case_id):
            who = QCoreApplication.translate("conversations", type_label(row.with_role))
            if row.person_name:
                who = f"{row.person_name} ({who})"
            state = self.tr("open") if row.status == "open" else self.tr("closed")
            item = QListWidgetItem(
                f"{fmt.date_time_text(row.held_at)} · {who} · {state} · "
                + self.tr("%n line(s)", "", len(row.lines))
            )
            item.setData(Qt.ItemDataRole.UserRole, row.interview_id)
            self.interview_list.addItem(item)

    @Slot()
    def new_interview(self) -> None:
        service = self.interviews()
        if service is None or self.case_id is None:
            return
        dialog = NewInterviewDialog(service, self.case_id, service.cases.language, self)
        try:
            accepted = dialog.exec()
        finally:
            dialog.deleteLater()
        if accepted and dialog.interview_id is not None:
            self.show_interview(dialog.interview_id)

    @Slot()
    def open_interview(self) -> None:
        item = self.interview_list.currentItem()
        if item is not None:
            self.show_interview(int(item.data(Qt.ItemDataRole.UserRole)))

    def show_interview(self, interview_id: int) -> None:
        service = self.interviews()
        if service is None:
            return
        window = InterviewWindow(service, interview_id, self)
        self.interview_window = window
        try:
            window.exec()
        finally:
            self.interview_window = None
            window.deleteLater()
        self._after_change()

    # -- notes ------------------------------------------------------------------------------------
    @Slot()
    def add_note(self) -> None:
        if self.cases is None or self.case_id is None or not self.note_edit.toPlainText().strip():
            return
        observed = None
        if self.observed.isChecked():
            local: datetime = self.observed_at.dateTime().toPython()  # type: ignore[assignment]
            observed = local.astimezone(UTC)
        with known_errors(self, self.tr("The note was not added")) as attempt:
            self.cases.add_note(self.case_id, self.note_edit.toPlainText(), observed)
        if attempt.failed:
            return
        self.note_edit.clear()
        self.observed.setChecked(False)
        self._after_change()


__all__ = ["CaseView", "Qt"]
