"""The audit chain as a Qt table model (read-only, sortable, filterable)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from adviser_desk.domain import audit_actions
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.services.case_file_service import AuditRow

COL_SEQ, COL_TIME, COL_ACTOR, COL_ACTION, COL_SUBJECT = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("audit", "No."),
    QT_TRANSLATE_NOOP("audit", "Time (local)"),
    QT_TRANSLATE_NOOP("audit", "By"),
    QT_TRANSLATE_NOOP("audit", "Action"),
    QT_TRANSLATE_NOOP("audit", "Subject"),
)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


def _local(at: str) -> str:
    moment = datetime.strptime(at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


class AuditTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRow] = []

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(HEADERS):
            return QCoreApplication.translate("audit", HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            action = QCoreApplication.translate(
                audit_actions.CONTEXT, audit_actions.label(row.action)
            )
            return (str(row.seq), _local(row.at), row.actor, action, row.subject)[column]
        if role == SORT_ROLE:
            return (row.seq, row.at, row.actor, row.action, row.subject)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "audit", "{action}\nSHA-256 of this event: {hash}"
            ).format(action=row.action, hash=row.hash)
        return None


def make_proxy(model: AuditTableModel, parent: QObject | None = None) -> QSortFilterProxyModel:
    # Owned by the view's owner, not by the model it wraps, so neither outlives the other.
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    return proxy
