"""The audit chain as a Qt table model (read-only, sortable, filterable)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QSortFilterProxyModel,
    Qt,
)

from adviser_desk.domain import audit_actions
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.services.case_file_service import AuditRow
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common.table_model import SORT_ROLE, RowsModel

COL_SEQ, COL_TIME, COL_ACTOR, COL_ACTION, COL_SUBJECT = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("audit", "No."),
    QT_TRANSLATE_NOOP("audit", "Time (local)"),
    QT_TRANSLATE_NOOP("audit", "By"),
    QT_TRANSLATE_NOOP("audit", "Action"),
    QT_TRANSLATE_NOOP("audit", "Subject"),
)


def _local(at: str) -> str:
    moment = datetime.strptime(at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    return fmt.date_time_text(moment, seconds=True)


def _shown_subject(row: AuditRow) -> str:
    """An export's start is recorded with its temporary folder (".NAME.partial", so a
    leftover can be found and removed); the adviser is shown the folder it becomes (W22).
    An export names who received it (walk 5, W5-11)."""
    subject = row.subject
    if row.action == audit_actions.AuditAction.EVIDENCE_EXPORT_STARTED:
        folder, _, name = row.subject.rpartition("/")
        if name.startswith(".") and name.endswith(".partial"):
            subject = f"{folder}/{name[1 : -len('.partial')]}"
    if row.receiver:
        subject = f"{subject} → {row.receiver}"
    return subject


class AuditTableModel(RowsModel[AuditRow]):
    HEADERS = HEADERS
    CONTEXT = "audit"

    def clear(self) -> None:
        self.set_rows([])

    def cell(self, row: AuditRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            label = audit_actions.label(row.action)
            action = QCoreApplication.translate(audit_actions.CONTEXT, label)
            subject = _shown_subject(row)
            return (str(row.seq), _local(row.at), row.actor, action, subject)[column]
        if role == SORT_ROLE:
            return (row.seq, row.at, row.actor, row.action, row.subject)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = QCoreApplication.translate("audit", "{action}\nSHA-256 of this event: {hash}")
            return tip.format(action=row.action, hash=row.hash)
        return None


def make_proxy(model: AuditTableModel, parent: QObject | None = None) -> QSortFilterProxyModel:
    # Owned by the view's owner, not by the model it wraps, so neither outlives the other.
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    return proxy
