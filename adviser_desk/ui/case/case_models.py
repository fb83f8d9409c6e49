"""Qt item models for cases: the case list (with its filter proxy), people, tasks, timeline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from adviser_desk.domain import cases as dc
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.domain.protocol import Protocol
from adviser_desk.domain.timeline import render as render_event
from adviser_desk.services.case_views import CaseRow, TaskRow, TimelineRow
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common import theme
from adviser_desk.ui.common.table_model import SORT_ROLE, RowsModel

ID_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


def tr_label(context: str, text: str) -> str:
    """Translates a label kept as data (marked with QT_TRANSLATE_NOOP where it is defined)."""
    return QCoreApplication.translate(context, text)


fmt_date = fmt.date_text
fmt_time = fmt.date_time_text


# -- case list ------------------------------------------------------------------------------------


# A handed-over case says only that in its Status cell; its status is in the tooltip ("Open,
# handed over" at 1.5x took the room of the title, walk 5, W5-13).
HANDED_OVER = QT_TRANSLATE_NOOP("case_models", "Handed over")
HANDED_OVER_TIP = QT_TRANSLATE_NOOP(
    "case_models", "Handed over to a colleague, kept here read-only (status: {status})"
)


def status_text(row: CaseRow) -> str:
    """The status, or that the case was handed over (kept here read-only)."""
    if row.handed_over:
        return tr_label("case_models", HANDED_OVER)
    return tr_label("cases", dc.STATUS_LABELS[row.status])


def status_tip(row: CaseRow) -> str | None:
    """A handed-over case's status, which its cell leaves out."""
    if not row.handed_over:
        return None
    status = tr_label("cases", dc.STATUS_LABELS[row.status]).lower()
    return tr_label("case_models", HANDED_OVER_TIP).format(status=status)


class CaseListModel(RowsModel[CaseRow]):
    NUMBER, TITLE, STATUS, TYPES, OPENED, OPEN_TASKS, NEXT_DUE = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("case_models", "Number"),
        QT_TRANSLATE_NOOP("case_models", "Subject"),
        QT_TRANSLATE_NOOP("case_models", "Status"),
        QT_TRANSLATE_NOOP("case_models", "Incident types"),
        QT_TRANSLATE_NOOP("case_models", "Opened"),
        QT_TRANSLATE_NOOP("case_models", "Open tasks"),
        QT_TRANSLATE_NOOP("case_models", "Next due"),
    )
    _KEYS: tuple[Callable[[CaseRow], Any], ...] = (
        lambda r: r.number,
        lambda r: r.title.casefold(),
        lambda r: r.status.value,
        lambda r: ",".join(t.value for t in r.incident_types),
        lambda r: r.opened_on,
        lambda r: r.open_tasks,
        lambda r: r.next_due or date.max,
    )

    def cell(self, row: CaseRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.number,
                row.title,
                status_text(row),
                ", ".join(tr_label("cases", dc.INCIDENT_LABELS[t]) for t in row.incident_types),
                fmt_date(row.opened_on),
                str(row.open_tasks),
                fmt_date(row.next_due),
            )[column]
        if role == SORT_ROLE:
            return self._KEYS[column](row)
        if role == ID_ROLE:
            return row.case_id
        overdue_cell = row.overdue and column in (self.NUMBER, self.NEXT_DUE)
        if role == Qt.ItemDataRole.ForegroundRole and overdue_cell:
            return QBrush(theme.color("danger"))
        if role == Qt.ItemDataRole.FontRole and row.overdue and column == self.NEXT_DUE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.STATUS and row.handed_over:
            return status_tip(row)
        if role == Qt.ItemDataRole.ToolTipRole and row.overdue:
            return QCoreApplication.translate("case_models", "Has overdue tasks")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorts the rows in Python with one key function: far cheaper than letting a proxy
        ask ``data()`` for every comparison when there are thousands of cases."""
        if not 0 <= column < len(self._KEYS):
            return
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=self._KEYS[column], reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


class RetentionListModel(CaseListModel):
    """Cases past retention, with what a permanent deletion is decided on: when each case was
    closed and when its retention ended (walk 15, W15-5). Open tasks and next due are left
    out: a closed case has none due."""

    NUMBER, TITLE, STATUS, TYPES, OPENED, CLOSED, RETENTION_ENDED = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("case_models", "Number"),
        QT_TRANSLATE_NOOP("case_models", "Subject"),
        QT_TRANSLATE_NOOP("case_models", "Status"),
        QT_TRANSLATE_NOOP("case_models", "Incident types"),
        QT_TRANSLATE_NOOP("case_models", "Opened"),
        QT_TRANSLATE_NOOP("case_models", "Closed"),
        QT_TRANSLATE_NOOP("case_models", "Retention ended"),
    )
    _KEYS = (
        *CaseListModel._KEYS[:5],
        lambda r: r.closed_on or date.max,
        lambda r: r.retention_until or date.max,
    )

    def cell(self, row: CaseRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole and column >= self.CLOSED:
            return fmt_date(row.closed_on if column == self.CLOSED else row.retention_until)
        if column >= self.CLOSED and role != SORT_ROLE and role != ID_ROLE:
            return None  # no overdue colours or tooltips in these columns
        return super().cell(row, column, role)


class CaseFilterProxy(QSortFilterProxyModel):
    """Filters the case list by status, incident type, overdue tasks and search results."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status: dc.CaseStatus | None = None
        self.incident: dc.IncidentType | None = None
        self.overdue_only = False
        self.case_ids: set[int] | None = None  # from a full-text search; None = no search

    def set_filters(
        self,
        status: dc.CaseStatus | None,
        incident: dc.IncidentType | None,
        overdue_only: bool,
        case_ids: set[int] | None,
    ) -> None:
        self.beginFilterChange()
        self.status, self.incident = status, incident
        self.overdue_only, self.case_ids = overdue_only, case_ids
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, CaseListModel)
        row = model.row_at(source_row)
        if row is None:
            return False
        if self.status is not None and row.status != self.status:
            return False
        if self.incident is not None and self.incident not in row.incident_types:
            return False
        if self.overdue_only and not row.overdue:
            return False
        return self.case_ids is None or row.case_id in self.case_ids

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is done by the source model (see CaseListModel.sort); filtering stays here."""
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)


# -- people ---------------------------------------------------------------------------------------


class PeopleModel(RowsModel[dc.PersonInCase]):
    ROLE, NAME, SCHOOL, CLASS, CONTACT = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("case_models", "Role"),
        QT_TRANSLATE_NOOP("case_models", "Name"),
        QT_TRANSLATE_NOOP("case_models", "School"),
        QT_TRANSLATE_NOOP("case_models", "Class"),
        QT_TRANSLATE_NOOP("case_models", "Contact details"),
    )

    def cell(self, row: dc.PersonInCase, column: int, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            name = row.name
            if row.anonymous:
                name = QCoreApplication.translate(
                    "case_models", "{name} (anonymous: never printed)"
                ).format(name=row.name)
            elsewhere = not row.attends_this_school and row.role in dc.SCHOOL_ROLES
            school = row.school + (" *" if elsewhere else "")
            return (
                tr_label("cases", dc.ROLE_LABELS[row.role]),
                name,
                school,
                row.class_name,
                ", ".join(x for x in (row.email, row.phone) if x),
            )[column]
        if role == ID_ROLE:
            return row.link_id
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and not row.attends_this_school
            and row.role in dc.SCHOOL_ROLES
        ):
            return QCoreApplication.translate("case_models", "Attends another school")
        return None


# -- tasks ----------------------------------------------------------------------------------------


class TaskModel(RowsModel[TaskRow]):
    SECTION, TITLE, ASSIGNEE, DUE, STATUS = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("case_models", "Step"),
        QT_TRANSLATE_NOOP("case_models", "Task"),
        QT_TRANSLATE_NOOP("case_models", "Who"),
        QT_TRANSLATE_NOOP("case_models", "Due"),
        QT_TRANSLATE_NOOP("case_models", "Status"),
    )

    def __init__(self, protocol: Protocol, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.protocol = protocol
        self.language = language

    def section_number(self, key: str) -> str:
        """A short step mark for the narrow first column: 1-8, or + for own tasks."""
        section = self.protocol.section(key)
        if section is None:
            return "B" if key == "evidence" else "+"
        return str(section.order + 1)

    def section_title(self, key: str) -> str:
        section = self.protocol.section(key)
        if section is None and key == "evidence":
            return QCoreApplication.translate("case_models", "Evidence: re-check")
        if section is None:
            return QCoreApplication.translate("case_models", "Own task")
        return section.title.get(self.language, section.title["nl"])

    def cell(self, row: TaskRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            who = row.assignee_name or assignee_role_label(row.assignee_role)
            status = tr_label("cases", dc.TASK_STATUS_LABELS[row.status])
            return (
                self.section_number(row.section),
                ("⚠ " if row.warning else "") + row.title,
                who,
                fmt_date(row.due_on),
                status,
            )[column]
        if role == SORT_ROLE:
            return (
                row.position,
                row.title.casefold(),
                row.assignee_name or row.assignee_role,
                row.due_on.toordinal() if row.due_on else 10**7,
                row.status.value,
            )[column]
        if role == ID_ROLE:
            return row.task_id
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.overdue:
                return QBrush(theme.color("danger"))
            if row.status != dc.TaskStatus.OPEN:
                return QBrush(theme.color("done"))
        if role == Qt.ItemDataRole.BackgroundRole and row.warning:
            return QBrush(theme.color("warning_bg"))
        if role == Qt.ItemDataRole.FontRole and (row.warning or row.overdue):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [self.section_title(row.section), row.title]
            if row.status == dc.TaskStatus.DONE and row.done_at:
                done = QCoreApplication.translate("case_models", "Done on {date}")
                parts.append(done.format(date=fmt_date(row.done_at.date())))
            if row.note:
                parts.append(row.note)
            if row.na_reason:
                parts.append(
                    QCoreApplication.translate("case_models", "Not applicable: {reason}").format(
                        reason=row.na_reason
                    )
                )
            if row.overdue:
                parts.append(QCoreApplication.translate("case_models", "Overdue"))
            return "\n".join(parts)
        return None


class TaskFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.show_closed = True

    def set_show_closed(self, show: bool) -> None:
        self.beginFilterChange()
        self.show_closed = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, TaskModel)
        row = model.row_at(source_row)
        return row is not None and (self.show_closed or row.status == dc.TaskStatus.OPEN)


ASSIGNEE_ROLES = {
    "adviser": QT_TRANSLATE_NOOP("case_models", "Confidential adviser"),
    "contact_person": QT_TRANSLATE_NOOP("case_models", "Contact person"),
    "mentor": QT_TRANSLATE_NOOP("case_models", "Mentor"),
    "care_coordinator": QT_TRANSLATE_NOOP("case_models", "Care coordinator"),
    "school_leader": QT_TRANSLATE_NOOP("case_models", "School leadership"),
    "team": QT_TRANSLATE_NOOP("case_models", "Team"),
}


def assignee_role_label(key: str) -> str:
    label = ASSIGNEE_ROLES.get(key)
    return tr_label("case_models", label) if label else key


# -- timeline -------------------------------------------------------------------------------------


class TimelineModel(RowsModel[TimelineRow]):
    WHEN, OBSERVED, WHAT = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("case_models", "Recorded"),
        QT_TRANSLATE_NOOP("case_models", "Happened"),
        QT_TRANSLATE_NOOP("case_models", "What"),
    )

    def cell(self, row: TimelineRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            observed = fmt_time(row.observed_at) if row.observed_at else ""
            return (
                fmt_time(row.recorded_at),
                observed,
                render_event(row.kind, row.details, tr_label),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and row.observed_at:
            return QCoreApplication.translate(
                "case_models",
                "Happened {observed} (as told); written down {recorded}.",
            ).format(observed=fmt_time(row.observed_at), recorded=fmt_time(row.recorded_at))
        return None


def make_sorted(model: QAbstractTableModel, parent: QObject) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy


def selected_id(view_index: QModelIndex) -> int | None:
    value: Any = view_index.data(ID_ROLE) if view_index.isValid() else None
    return int(value) if value is not None else None


Refresher = Callable[[], None]
