"""The case list: search, filters and the table of cases."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.domain import cases as dc
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.case_views import SearchHit
from adviser_desk.ui.case_models import ID_ROLE, CaseFilterProxy, CaseListModel
from adviser_desk.ui.case_widgets import tr_label


class CaseListPanel(QWidget):
    case_selected = Signal(int)
    new_case_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cases: CaseService | None = None
        self.hits: list[SearchHit] = []
        self.model = CaseListModel(self)
        self.proxy = CaseFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setObjectName("case_search")
        self.search.setPlaceholderText(self.tr("Search number, title, people, notes… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        self.status.setObjectName("status_filter")
        self.status.addItem(self.tr("All statuses"), None)
        for value, text in dc.STATUS_LABELS.items():
            self.status.addItem(tr_label("cases", text), value.value)
        self.incident = QComboBox(self)
        self.incident.setObjectName("incident_filter")
        self.incident.addItem(self.tr("All incident types"), None)
        for incident, text in dc.INCIDENT_LABELS.items():
            self.incident.addItem(tr_label("cases", text), incident.value)
        self.overdue = QCheckBox(self.tr("Overdue tasks"), self)
        self.overdue.setObjectName("overdue_filter")
        self.new_button = QPushButton(self.tr("New case…"), self)
        self.new_button.setObjectName("new_case")
        self.new_button.clicked.connect(self.new_case_requested)
        self.count = QLabel(self)
        self.count.setStyleSheet("color: #555;")

        self.table = QTableView(self)
        self.table.setObjectName("case_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CaseListModel.NUMBER, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CaseListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnHidden(CaseListModel.TYPES, True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        filters = QHBoxLayout()
        filters.addWidget(self.status)
        filters.addWidget(self.incident)
        filters.addWidget(self.overdue)
        filters.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        # Searching waits for a pause in typing, so every keystroke does not hit the index.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        self.status.currentIndexChanged.connect(self.apply_filters)
        self.incident.currentIndexChanged.connect(self.apply_filters)
        self.overdue.toggled.connect(self.apply_filters)

    def set_service(self, cases: CaseService | None) -> None:
        self.cases = cases
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected_case()
        self.model.set_rows(self.cases.list_cases() if self.cases else [])
        self.apply_filters()
        if selected is not None:
            self.select_case(selected)

    @Slot()
    def apply_filters(self) -> None:
        text = self.search.text().strip()
        ids: set[int] | None = None
        if text and self.cases is not None:
            self.hits = self.cases.search(text)
            ids = {hit.case_id for hit in self.hits}
        status = self.status.currentData()
        incident = self.incident.currentData()
        self.proxy.set_filters(
            dc.CaseStatus(status) if status else None,
            dc.IncidentType(incident) if incident else None,
            self.overdue.isChecked(),
            ids,
        )
        self.count.setText(
            self.tr("{shown} of {total} cases").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount()
            )
        )

    def selected_case(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(ID_ROLE)
        return int(value) if value is not None else None

    def select_case(self, case_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == case_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        case_id = self.selected_case()
        if case_id is not None:
            self.case_selected.emit(case_id)

    def clear(self) -> None:
        self.cases = None
        self.search.clear()
        self.model.set_rows([])
        self.count.clear()
