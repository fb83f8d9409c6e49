"""The main window's pages: welcome, locked, and the open case file."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
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
from adviser_desk.ui.common import theme
from adviser_desk.ui.common.keyboard import enter_presses, labelled, tab_leaves
from adviser_desk.ui.shell.audit_model import COL_SEQ, AuditTableModel, make_proxy


def _title(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    label.setFont(font)
    return label


class WelcomePage(QWidget):
    create_requested = Signal()
    open_requested = Signal()
    reopen_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = QLabel(
            self.tr(
                "Adviser Desk keeps your cases of online abuse, sexting and exposure in one "
                "encrypted case file on this computer. Nothing leaves it unless you export it."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Create a new case file…"), self)
        self.create_button.setObjectName("create")
        self.open_button = QPushButton(self.tr("Open a case file…"), self)
        self.open_button.setObjectName("open")
        self.reopen_button = QPushButton(self)
        self.reopen_button.setObjectName("reopen")
        self.reopen_button.hide()
        self.demo_button = QPushButton(self.tr("Try the demo case file"), self)
        self.demo_button.setObjectName("demo")
        self.demo_button.setToolTip(
            self.tr("Three made-up cases to look around in (password: demo).")
        )
        for button in (self.reopen_button, self.create_button, self.open_button, self.demo_button):
            button.setMinimumHeight(40)
        enter_presses(self.reopen_button, self.create_button, self.open_button, self.demo_button)
        self.create_button.clicked.connect(self.create_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.reopen_button.clicked.connect(self.reopen_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        box = QWidget(self)
        box.setFixedWidth(520)
        inner = QVBoxLayout(box)
        inner.addWidget(_title(self.tr("Welcome to Adviser Desk"), box))
        inner.addWidget(intro)
        inner.addSpacing(16)
        inner.addWidget(self.reopen_button)
        inner.addWidget(self.create_button)
        inner.addWidget(self.open_button)
        inner.addWidget(self.demo_button)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def set_last_file(self, name: str | None) -> None:
        self.reopen_button.setVisible(bool(name))
        if name:
            self.reopen_button.setText(self.tr("Open {name}").format(name=name))
        # Enter right away does the likeliest thing: reopen the last file, or create one.
        (self.reopen_button if name else self.create_button).setFocus()


class LockedPage(QWidget):
    unlock_requested = Signal()
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton(self.tr("Unlock…"), self)
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setMinimumHeight(40)
        self.close_button = QPushButton(self.tr("Close case file"), self)
        self.close_button.setMinimumHeight(40)
        # Room for three wrapped lines: a wrapped label in a centred box gets no height for
        # its width otherwise, and the last line would be cut off.
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 3 + 8)
        enter_presses(self.unlock_button, self.close_button)
        self.unlock_button.clicked.connect(self.unlock_requested)
        self.close_button.clicked.connect(self.close_requested)
        box = QWidget(self)
        box.setFixedWidth(480)
        inner = QVBoxLayout(box)
        inner.addWidget(_title(self.tr("Locked"), box), 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addWidget(self.message)
        inner.addSpacing(8)
        inner.addWidget(self.unlock_button)
        inner.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def set_file(self, name: str) -> None:
        self.message.setText(
            self.tr(
                "The case file {name} is locked. Nothing in it is shown until you unlock it."
            ).format(name=name)
        )
        self.unlock_button.setFocus()


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
        # The keyboard route from the list into the case: Enter on a case (or Tab).
        self.case_list.table.activated.connect(lambda _index: self.case_view.tabs.setFocus())
        self.case_view.changed.connect(self.case_list.refresh)

        # Audit log, with the case file's facts.
        audit_page = QWidget(self)
        self.heading = _title("", audit_page)
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
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        audit_note = QLabel(
            self.tr(
                "Every change is recorded here, append-only and hash-linked. It names case "
                "numbers and kinds of change, never people."
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

        self.tabs.addTab(splitter, self.tr("Cases"))
        self.tabs.addTab(audit_page, self.tr("Case file and audit log"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    @property
    def cases(self) -> CaseService | None:
        return None if self.session is None else self.session.cases

    def set_session(self, session: CaseFileSession | None) -> None:
        self.session = session
        self.case_list.set_service(self.cases)
        self.case_stack.setCurrentWidget(self.placeholder)

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

    def shown_case(self) -> tuple[int | None, int]:
        """The case on screen and its tab, to come back to after a lock or a purge."""
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
