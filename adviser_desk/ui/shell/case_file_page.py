"""The open case file's page: the case list and case views, the case file's details and the
audit log. Built when a case file is first opened (the welcome page shows without it)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.domain.errors import KnownError
from adviser_desk.services.case_file_service import CaseFileInfo
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.case.case_list import CaseListPanel
from adviser_desk.ui.case.case_view import CaseView
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common import mnemonics, theme
from adviser_desk.ui.common.columns import tips_for_cut_off
from adviser_desk.ui.common.focus_show import show_focus
from adviser_desk.ui.common.keyboard import labelled, tab_leaves
from adviser_desk.ui.shell.audit_model import COL_SEQ, COL_SUBJECT, AuditTableModel, make_proxy
from adviser_desk.ui.shell.pages import page_title


class CaseFilePage(QWidget):
    """The open case file: the cases (list and case), and the case file's own audit log."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: CaseFileSession | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("file_tabs")

        # Cases: list on the left, the selected case on the right.
        self.case_list = CaseListPanel(self)
        self.case_view = CaseView(self)
        self.placeholder = QLabel(
            self.tr("Select a case on the left, or start a new one with “New case…” (Ctrl+N)."),
            self,
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        theme.set_role(self.placeholder, "hint")
        self.case_stack = QStackedWidget(self)
        self.case_stack.addWidget(self.placeholder)
        self.case_stack.addWidget(self.case_view)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("case_splitter")
        splitter.addWidget(self.case_list)
        splitter.addWidget(self.case_stack)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setSizes([540, 700])  # the list keeps room for titles; the adviser can drag
        splitter.setChildrenCollapsible(False)
        self.case_list.case_selected.connect(self.open_case)
        self.case_list.filtered.connect(self._follow_list)
        # The keyboard route from the list into the case: Enter on a case (or Tab).
        self.case_list.table.activated.connect(self._enter_case)
        self.case_view.changed.connect(self.case_list.refresh)

        # Audit log, with the case file's facts.
        audit_page = QWidget(self)
        self.heading = page_title("", audit_page)
        self.path = QLabel(audit_page)
        self.path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.created = QLabel(audit_page)
        self.remembered = QLabel(audit_page)
        self.chain = QLabel(audit_page)
        self.chain.setObjectName("chain_head")
        self.chain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        facts = QFormLayout()
        facts.addRow(self.tr("Location:"), self.path)
        facts.addRow(self.tr("Created:"), self.created)
        facts.addRow(self.tr("On this computer:"), self.remembered)
        facts.addRow(self.tr("Audit chain head:"), self.chain)
        self.model = AuditTableModel(self)
        self.proxy = make_proxy(self.model, self)
        self.filter = QLineEdit(audit_page)
        self.filter.setObjectName("audit_filter")
        self.filter.setPlaceholderText(self.tr("Filter the audit log…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(audit_page)
        tab_leaves(self.table)
        self.table.setObjectName("audit_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_SEQ, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SUBJECT, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(200)  # a long log: sized from its first rows
        tips_for_cut_off(self.table)
        audit_note = QLabel(
            self.tr(
                "Every change is recorded here, append-only and hash-linked. It names case "
                "numbers and kinds of change, never the names of students, parents or others "
                "involved in a case."
            ),
            audit_page,
        )
        audit_note.setWordWrap(True)
        theme.set_role(audit_note, "hint")
        audit_layout = QVBoxLayout(audit_page)
        audit_layout.addWidget(self.heading)
        audit_layout.addLayout(facts)
        audit_layout.addWidget(audit_note)
        filter_row = QHBoxLayout()
        filter_row.addWidget(labelled(self.tr("F&ilter:"), self.filter, audit_page))
        filter_row.addWidget(self.filter, 1)
        audit_layout.addLayout(filter_row)
        audit_layout.addWidget(self.table, 1)

        self.tabs.addTab(splitter, self.tr("C&ases"))
        self.audit_page = audit_page
        index = self.tabs.addTab(audit_page, self.tr("Case file and audit log"))
        # Beside the case list, the menus and a case's eight tabs, the Evidence tab's eight
        # buttons need every letter left (walk 11: "Mark as possibly sexual image…" had
        # none); this tab, opened now and then, is reached by Tab and an arrow key instead.
        mnemonics.none_for_tab(self.tabs.tabBar(), index)
        # Edits in a case add audit events: the tab reads them afresh each time it is shown.
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    @property
    def cases(self) -> CaseService | None:
        return None if self.session is None else self.session.cases

    def set_session(self, session: CaseFileSession | None) -> None:
        self.session = session
        self.case_list.set_service(self.cases)
        self.case_stack.setCurrentWidget(self.placeholder)
        if session is not None and self.isVisible():
            self.land()

    def land(self) -> None:
        """The focus, showing, on the case list, or on New case… in a file with no cases yet.
        Opened or unlocked, the window had no focus anywhere: the page that had it was gone,
        and after the recovery sheet of a new file a first Tab went to the search field (walk
        7, W7-6). The list gets a current row without a selection, so no case opens by itself."""
        table = self.case_list.table
        show_focus(table if table.model().rowCount() > 0 else self.case_list.new_button)

    def _enter_case(self, index: QModelIndex) -> None:
        """Enter on a row of the case list: opens that case if it is not open yet (right
        after a file opens, the focus is on a row with none selected), then takes the focus
        onto its tabs. While no case is shown the focus stays on the list: walks 15 and 16
        (W15-8, W16-4) found Enter there sent it to the hidden case page, where Space and
        Down did nothing and no ring showed."""
        table = self.case_list.table
        if not table.selectionModel().isRowSelected(index.row(), index.parent()):
            table.selectRow(index.row())  # opens the case, as a click does
        if self.case_stack.currentWidget() is self.case_view and self.case_view.isVisible():
            show_focus(self.case_view.tabs)
        else:
            show_focus(table)

    def open_case(self, case_id: int) -> None:
        if self.session is None:
            return
        view = self.case_view
        shown = view.case_id if self.case_stack.currentWidget() is view else None
        if case_id == shown:
            return  # the list reselected the case it shows: nothing to reload or lose
        if shown is not None and not view.confirm_leave():
            self.case_list.select_case(shown)  # Cancel: stay with the edited case
            return
        view.show_case(self.session, case_id)
        self.case_stack.setCurrentWidget(view)

    def _follow_list(self) -> None:
        """After a search or filter: a case no longer listed makes way for "Select a case on
        the left" (walk 10, W10-4), unless its Overview has unsaved edits (never lost, and
        never asked about while the adviser types a search); a case listed again is selected
        again (after clearing the search it stayed open with nothing selected)."""
        view = self.case_view
        case_id = view.case_id
        if self.case_stack.currentWidget() is not view or case_id is None:
            return
        if self.case_list.is_listed(case_id):
            if self.case_list.selected_case() is None:
                self.case_list.select_case(case_id)  # the case shown: nothing reloads
        elif not view.overview.is_dirty():
            self.case_stack.setCurrentWidget(self.placeholder)

    def shown_case(self) -> tuple[int | None, int]:
        """The case on screen and its tab, to come back to after a lock or a purge."""
        if self.case_stack.currentWidget() is not self.case_view:
            return None, 0  # "Select a case": none to come back to
        return self.case_view.case_id, self.case_view.tabs.currentIndex()

    def return_to_case(self, case_id: int | None, tab: int) -> None:
        """Shows the case (and tab) the adviser had open, if it still exists."""
        if case_id is None or self.cases is None:
            return
        try:
            self.cases.get_case(case_id)
        except KnownError:
            return  # purged meanwhile
        self.case_list.select_case(case_id)
        self.open_case(case_id)
        self.case_view.tabs.setCurrentIndex(tab)

    def show_new_case(self, case_id: int) -> None:
        self.case_list.refresh()
        self.case_list.select_case(case_id)
        self.open_case(case_id)

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.audit_page:
            self.refresh_audit()

    def refresh_audit(self) -> None:
        """Reads the case file's facts and audit log again (quietly keeps the old on failure)."""
        if self.session is None or not self.session.is_open:
            return
        try:
            info, rows = self.session.file.info(), self.session.file.audit_rows()
        except (KnownError, OSError):
            return  # the window's own refresh reports read failures
        self.show_info(info)
        self.model.set_rows(rows)

    def show_info(self, info: CaseFileInfo) -> None:
        self.heading.setText(info.path.stem)
        self.path.setText(str(info.path))
        self.created.setText(fmt.date_time_text(info.created_at))
        self.remembered.setText(
            self.tr("remembered (opens without password)")
            if info.remembered_here
            else self.tr("password needed to open")
        )
        self.chain.setText(
            self.tr("{head}… ({count} events)").format(head=info.chain_head[:16], count=info.events)
        )

    def clear(self) -> None:
        """Forgets everything shown: used when locking and closing."""
        for label in (self.heading, self.path, self.created, self.remembered, self.chain):
            label.clear()
        self.filter.clear()
        self.model.clear()
        self.session = None
        self.case_list.clear()
        self.case_view.clear()
        self.case_stack.setCurrentWidget(self.placeholder)
