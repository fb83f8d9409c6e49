"""The case list: search, filters and the table of cases."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.domain import cases as dc
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.case_views import CaseRow
from adviser_desk.ui.case.case_models import ID_ROLE, CaseFilterProxy, CaseListModel
from adviser_desk.ui.case.empty_list import EmptyNote
from adviser_desk.ui.common import mnemonics, theme
from adviser_desk.ui.common.brief_combo import BriefCombo
from adviser_desk.ui.common.column_fit import stretch_with_minimum
from adviser_desk.ui.common.columns import tips_for_cut_off
from adviser_desk.ui.common.flow_layout import FlowLayout
from adviser_desk.ui.common.keyboard import enter_presses, labelled, tab_leaves
from adviser_desk.ui.common.widgets import compact, tr_label
from adviser_desk.ui.common.workers import Task

FIRST_PAGE = 100
LOAD_DELAY_MS = 60
# The case title's least width in average characters: a few words beside the case at 2x.
TITLE_CHARS = 16


class CaseListPanel(QWidget):
    """Shows the newest cases at once and loads the rest, and any search, in the background,
    so the window never waits on a long list or a search that matches everything."""

    case_selected = Signal(int)
    new_case_requested = Signal()
    # The adviser's search or a filter changed what is listed: the case on the right follows
    # (walk 10, W10-4: a case filtered out of the list stayed open beside "No cases found").
    filtered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cases: CaseService | None = None
        self.loader: Task | None = None
        self.searches: list[Task] = []  # kept until each has reported: a QThread must not die early
        self.search_ids: set[int] | None = None
        self.model = CaseListModel(self)
        self.proxy = CaseFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setObjectName("case_search")
        self.search.setPlaceholderText(
            self.tr("Search number, subject, people, notes, evidence… (Ctrl+F)")
        )
        # What is searched, in full (walk 7, W7-8: evidence was not, and nothing said so).
        self.search.setToolTip(
            self.tr(
                "Finds cases by number, title, description and platforms, the people's names, "
                "schools and classes, notes, tasks, evidence descriptions, web addresses, "
                "accounts and message texts, and what the adviser and the student said in "
                "interviews. Not "
                "searched: notes within interviews, and letters."
            )
        )
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        self.status.setObjectName("status_filter")
        self.status.addItem(self.tr("All statuses"), None)
        for value, text in dc.STATUS_LABELS.items():
            self.status.addItem(tr_label("cases", text), value.value)
        self.incident = BriefCombo(self)
        self.incident.setObjectName("incident_filter")
        self.incident.addItem(self.tr("All incident types"), None)
        for incident, text in dc.INCIDENT_LABELS.items():
            self.incident.addItem(tr_label("cases", text), incident.value)
        # Narrow, yet wide enough for the "all" entry shown most of the time.
        compact(self.status, len(self.status.itemText(0)) + 1)
        self.filters = QWidget(self)  # the row "Show:" names: its letter reaches the first filter
        self.status.setParent(self.filters)
        self.incident.setParent(self.filters)
        self.overdue = QCheckBox(self.tr("Overdue tasks"), self.filters)
        self.overdue.setObjectName("overdue_filter")
        self.new_button = QPushButton(self.tr("New case…"), self)
        self.new_button.setObjectName("new_case")
        self.new_button.clicked.connect(self.new_case_requested)
        # Ctrl+N reaches it from anywhere: the letters go to the case's own page first (the
        # case list, the menus and the tabs left the Evidence tab too few, walk 11).
        self.new_button.setToolTip(self.tr("New case (Ctrl+N)"))
        mnemonics.has_key(self.new_button)
        # A new case file opens with the focus here: Enter presses it, as Space does.
        enter_presses(self.new_button)
        self.count = QLabel(self)
        theme.set_role(self.count, "hint")

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
        # Types are long and Opened follows the number; both stay sortable from the filters.
        self.table.setColumnHidden(CaseListModel.TYPES, True)
        self.table.setColumnHidden(CaseListModel.OPENED, True)
        # The title takes the free width, and keeps a few words' room beside the case at 2x
        # (it was cut to "Afpersi…", walk 14); narrower, the list scrolls sideways. Columns
        # are measured from the first rows only: 10,000 rows would stall the list.
        stretch_with_minimum(self.table, CaseListModel.TITLE, TITLE_CHARS)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.empty_note = EmptyNote(self.table)  # "No cases found for …"

        # Wraps when the list is narrow, so the splitter can give the case more room.
        filters = FlowLayout(self.filters)
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.status)
        filters.addWidget(self.incident)
        filters.addWidget(self.overdue)
        tab_leaves(self.table)
        tips_for_cut_off(self.table)  # a long title, cut off beside the case, on hover
        self.status.setAccessibleName(self.tr("Status filter"))
        self.incident.setAccessibleName(self.tr("Incident type filter"))
        # The filters have a visible label too (walk 11: "All statuses" and "All incident
        # types" had no label and no letter); its letter reaches the status filter.
        self.filters.setFocusProxy(self.status)
        self.filters.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # or the label's letter does nothing
        rows = QGridLayout()
        rows.addWidget(labelled(self.tr("&Quick search:"), self.search, self), 0, 0)
        rows.addWidget(self.search, 0, 1)
        rows.addWidget(self.new_button, 0, 2)
        show = QLabel(self.tr("Sho&w:"), self)
        show.setBuddy(self.filters)
        rows.addWidget(show, 1, 0)
        rows.addWidget(self.filters, 1, 1, 1, 2)
        rows.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(rows)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        # Tab follows the screen: "New case…" right after the search field, then the filters
        # below (it came after "Overdue tasks": walker F11/F18).
        # The filters' holder (Filter:'s buddy) comes before them and hands its focus on.
        chain: list[QWidget] = [self.search, self.new_button, self.filters, self.status]
        chain += [self.incident, self.overdue, self.table]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

        # Searching waits for a pause in typing, so every keystroke does not hit the index.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.start_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.status.currentIndexChanged.connect(self._filters_changed)
        self.incident.currentIndexChanged.connect(self._filters_changed)
        self.overdue.toggled.connect(self._filters_changed)

    def set_service(self, cases: CaseService | None) -> None:
        self.wait()
        self.cases = cases
        self.search_ids = None
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected_case()
        cases = self.cases
        first = cases.list_cases(limit=FIRST_PAGE) if cases else []
        self._show_rows(first, selected)
        if cases is not None and len(first) == FIRST_PAGE:
            self.wait()
            self.loader = Task(lambda _p, _c: cases.list_cases())
            self.loader.done.connect(lambda rows: self._loaded(cases, rows))
            # Start after the first page has been painted: the load competes for Python's GIL.
            QTimer.singleShot(LOAD_DELAY_MS, self.loader.start)
        if self.search.text().strip():
            self.start_search()

    def _loaded(self, cases: CaseService, rows: list[CaseRow]) -> None:
        self.loader = None
        if cases is self.cases:
            self._show_rows(rows, self.selected_case())

    def _show_rows(self, rows: list[CaseRow], selected: int | None) -> None:
        header = self.table.horizontalHeader()
        self.model.set_rows(rows)
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.apply_filters()
        if selected is not None:
            self.select_case(selected)

    @Slot()
    def start_search(self) -> None:
        text = self.search.text().strip()
        cases = self.cases
        if not text or cases is None:
            self.search_ids = None
            self._filters_changed()
            return
        self.count.setText(self.tr("Searching…"))
        task = Task(lambda _p, _c: cases.matching_case_ids(text))
        task.done.connect(lambda ids: self._searched(text, ids))
        task.error.connect(lambda _exc: self._searched(text, set()))
        self.searches.append(task)
        task.start()

    def _searched(self, text: str, ids: set[int]) -> None:
        self.searches = [t for t in self.searches if t.busy]
        if text == self.search.text().strip():
            self.search_ids = ids
            self._filters_changed()

    def wait(self) -> None:
        """Lets background loads finish (before the case file is closed or replaced)."""
        for task in [self.loader, *self.searches]:
            if task is not None:
                task.wait()
        self.loader = None

    @Slot()
    def apply_filters(self) -> None:
        status = self.status.currentData()
        incident = self.incident.currentData()
        searching = bool(self.search.text().strip())
        self.proxy.set_filters(
            dc.CaseStatus(status) if status else None,
            dc.IncidentType(incident) if incident else None,
            self.overdue.isChecked(),
            self.search_ids if searching else None,
        )
        self.count.setText(
            self.tr("{shown} of {total} cases").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount()
            )
        )
        found_none = searching and self.search_ids is not None and not self.proxy.rowCount()
        text = self.search.text().strip()
        self.empty_note.say(
            self.tr("No cases found for “{text}”.").format(text=text) if found_none else ""
        )

    @Slot()
    def _filters_changed(self) -> None:
        self.apply_filters()
        self.filtered.emit()

    def is_listed(self, case_id: int) -> bool:
        """The case is in the list as searched and filtered now."""
        ids = (self.proxy.index(row, 0).data(ID_ROLE) for row in range(self.proxy.rowCount()))
        return case_id in ids

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
        self.wait()
        self.cases = None
        self.search_ids = None
        self.search.clear()
        self.model.set_rows([])
        self.count.clear()
        self.empty_note.say("")
