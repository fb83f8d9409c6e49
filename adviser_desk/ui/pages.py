"""The main window's pages: welcome, locked, and the open case file."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.services.case_file_service import CaseFileInfo
from adviser_desk.ui.audit_model import COL_SEQ, AuditTableModel, make_proxy


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
        self.demo_button.setEnabled(False)
        self.demo_button.setToolTip(self.tr("The demo case file comes with a later version."))
        for button in (self.reopen_button, self.create_button, self.open_button, self.demo_button):
            button.setMinimumHeight(40)
        self.create_button.clicked.connect(self.create_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.reopen_button.clicked.connect(self.reopen_requested)
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


class CaseFilePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = _title("", self)
        self.path = QLabel(self)
        self.path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.created = QLabel(self)
        self.remembered = QLabel(self)
        self.chain = QLabel(self)
        self.chain.setObjectName("chain_head")
        self.chain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        facts = QFormLayout()
        facts.addRow(self.tr("Location:"), self.path)
        facts.addRow(self.tr("Created:"), self.created)
        facts.addRow(self.tr("On this computer:"), self.remembered)
        facts.addRow(self.tr("Audit chain head:"), self.chain)

        self.model = AuditTableModel(self)
        self.proxy = make_proxy(self.model, self)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("audit_filter")
        self.filter.setPlaceholderText(self.tr("Filter the audit log…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setObjectName("audit_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_SEQ, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        audit_box = QGroupBox(self.tr("Audit log (append-only, hash-linked)"), self)
        audit_layout = QVBoxLayout(audit_box)
        audit_layout.addWidget(self.filter)
        audit_layout.addWidget(self.table)
        note = QLabel(
            self.tr(
                "Cases, people, interviews and evidence will appear here as Adviser Desk grows."
            ),
            self,
        )
        note.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(facts)
        layout.addWidget(note)
        layout.addWidget(audit_box, 1)

    def show_info(self, info: CaseFileInfo) -> None:
        self.heading.setText(info.path.stem)
        self.path.setText(str(info.path))
        self.created.setText(info.created_at.astimezone().strftime("%Y-%m-%d %H:%M"))
        self.remembered.setText(
            self.tr("remembered (opens without password)")
            if info.remembered_here
            else self.tr("password needed to open")
        )
        self.chain.setText(
            self.tr("{head}… ({count} events)").format(head=info.chain_head[:16], count=info.events)
        )

    def clear(self) -> None:
        for label in (self.heading, self.path, self.created, self.remembered, self.chain):
            label.clear()
        self.filter.clear()
        self.model.clear()
