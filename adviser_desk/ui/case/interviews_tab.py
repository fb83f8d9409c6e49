"""The Interviews tab of a case: its conversations, opened in the interview window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.domain.conversations import type_label
from adviser_desk.services.interview_service import InterviewService
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.interview.interview_window import InterviewWindow, NewInterviewDialog

if TYPE_CHECKING:
    from adviser_desk.ui.case.case_view import CaseView


class InterviewsTab(QWidget):
    """The list of interviews; New interview… and Open… (or Enter, or a double click)."""

    def __init__(self, view: CaseView) -> None:
        super().__init__(view)
        self.view = view
        self.interview_window: InterviewWindow | None = None
        self.list = QListWidget(self)
        self.list.setObjectName("interview_list")
        self.list.itemActivated.connect(lambda _i: self.open_interview())
        self.list.itemDoubleClicked.connect(lambda _i: self.open_interview())
        new_interview = QPushButton(self.tr("New interview…"), self)
        new_interview.setObjectName("new_interview")
        new_interview.clicked.connect(self.new_interview)
        open_interview = QPushButton(self.tr("Open…"), self)
        open_interview.clicked.connect(self.open_interview)
        buttons = QHBoxLayout()
        buttons.addWidget(new_interview)
        buttons.addWidget(open_interview)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.list)

    def service(self) -> InterviewService | None:
        session = self.view.session
        return None if session is None else session.interviews

    def load(self, case_id: int) -> None:
        service = self.service()
        self.list.clear()
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
            self.list.addItem(item)

    @Slot()
    def new_interview(self) -> None:
        service = self.service()
        case_id = self.view.case_id
        if service is None or case_id is None:
            return
        dialog = NewInterviewDialog(service, case_id, service.cases.language, self.view)
        try:
            accepted = dialog.exec()
        finally:
            dialog.deleteLater()
        if accepted and dialog.interview_id is not None:
            self.show_interview(dialog.interview_id)

    @Slot()
    def open_interview(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.show_interview(int(item.data(Qt.ItemDataRole.UserRole)))

    def show_interview(self, interview_id: int) -> None:
        service = self.service()
        if service is None:
            return
        window = InterviewWindow(service, interview_id, self.view)
        self.interview_window = window
        try:
            window.exec()
        finally:
            self.interview_window = None
            window.deleteLater()
        self.view.after_change()
