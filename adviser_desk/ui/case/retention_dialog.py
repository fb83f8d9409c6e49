"""Closed cases past their retention date: export a summary, then purge for good."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.domain.errors import Cancelled
from adviser_desk.services import retention_service
from adviser_desk.services.case_service import CaseService
from adviser_desk.ui.case.case_models import ID_ROLE, RetentionListModel
from adviser_desk.ui.common import mnemonics
from adviser_desk.ui.common.column_fit import stretch_with_minimum
from adviser_desk.ui.common.columns import tips_for_cut_off
from adviser_desk.ui.common.dialogs import show_error
from adviser_desk.ui.common.workers import Task, run_with_progress


class RetentionDialog(QDialog):
    def __init__(
        self,
        cases: CaseService,
        export_summary: Callable[[int], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.cases = cases
        self.export_summary = export_summary
        self.purged: list[str] = []
        # Summaries saved from this dialog, by case: the purge question and its result name
        # them (walk 12, W12-4: after an export the question still said to export first).
        self.exported: dict[int, object] = {}
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Cases past their retention date"))
        # Wide enough for a case's title and incident types without eliding them (W15).
        self.resize(1040, 460)
        # Covers both groups in its first sentence: an open case handed over is listed too.
        intro = QLabel(
            self.tr(
                "These cases are closed and past the school's retention period, or were "
                "handed over to a colleague (they live on in the colleague's case file). "
                "Purging deletes a case and everything in it for good. The audit log keeps "
                "the case's events (its number, each kind of change and their details, such "
                "as export paths and the receiver of a police export) and adds that it was "
                "purged: it is a tamper-evident chain, so no event can be taken out of it. "
                "Export a summary first if the school must keep one on paper."
            ),
            self,
        )
        intro.setObjectName("retention_intro")
        intro.setWordWrap(True)
        self.model = RetentionListModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("expired_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        # Every column as wide as its header and texts (at 2x "Incident types" was cut to
        # its last pixel, the types to "Unwanted sexting / …"): the long ones wrap first and
        # the title keeps a readable width; a text still cut off shows whole on hover.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        stretch_with_minimum(self.table, RetentionListModel.TITLE)
        tips_for_cut_off(self.table)
        self.empty = QLabel(self.tr("No case has passed its retention date."), self)
        self.export_button = QPushButton(self.tr("Export summary…"), self)
        self.export_button.clicked.connect(self._export)
        self.purge_button = QPushButton(self.tr("Purge…"), self)
        self.purge_button.setObjectName("purge")
        self.purge_button.clicked.connect(self.purge_selected)
        mnemonics.asks_first(self.purge_button, self._purge_answer(), self._export_answer())
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.purge_button)
        row.addStretch(1)
        # What the last export or purge did, as the other PDF saves say it (W12-4).
        self.status = QLabel(self)
        self.status.setObjectName("retention_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        rows = retention_service.purgeable_cases(self.cases)
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.purge_button.setEnabled(bool(rows))
        self.export_button.setEnabled(bool(rows))
        if rows:
            self.table.selectRow(0)

    def selected(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(ID_ROLE)
        return int(value) if value is not None else None

    @Slot()
    def _export(self) -> None:
        case_id = self.selected()
        if case_id is not None:
            self._export_case(case_id)

    def _export_case(self, case_id: int) -> object:
        """Saves the case's summary; says where, and remembers it for the purge question."""
        saved = self.export_summary(case_id)
        if saved:
            self.exported[case_id] = saved
            self.status.setText(self.tr("Saved {path}; not encrypted.").format(path=saved))
        return saved

    @Slot()
    def _purge_answer(self) -> str:
        return self.tr("&Purge for good")

    def _export_answer(self) -> str:
        return self.tr("&Export summary first…")

    def purge_selected(self) -> None:
        """Asks before deleting for good, and offers the summary PDF first."""
        case_id = self.selected()
        if case_id is None:
            return
        row = next(r for r in self.model.rows if r.case_id == case_id)
        while True:
            exported = self.exported.get(case_id)
            text = self.tr(
                "Delete case {number} “{title}” and everything in it for good? This cannot be "
                "undone."
            ).format(number=row.number, title=row.title)
            if exported:
                text += "\n\n" + self.tr("The summary was saved as {path}.").format(path=exported)
            else:
                text += "\n\n" + self.tr(
                    "If the school must keep a summary on paper, export it first."
                )
            # A backup holds the case as it was (walk 12, W12-11: the question said nothing).
            text += "\n\n" + self.tr(
                "Backups made before today still hold this case: the retention period applies "
                "to them too. Destroy them when they are no longer needed; a restored backup "
                "brings the case back, to be purged again."
            )
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Purge case {number}").format(number=row.number),
                text,
                QMessageBox.StandardButton.NoButton,
                self,
            )
            box.setObjectName("purge_confirm")
            export = box.addButton(self._export_answer(), QMessageBox.ButtonRole.ActionRole)
            purge = box.addButton(self._purge_answer(), QMessageBox.ButtonRole.DestructiveRole)
            cancel = box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(cancel)  # Enter must never delete a case
            box.setEscapeButton(cancel)
            try:
                box.exec()
                clicked = box.clickedButton()
            finally:
                box.deleteLater()
            if clicked is export:
                self._export_case(case_id)
                continue
            if clicked is not purge:
                return
            break
        cases, number = self.cases, row.number

        def job(progress, cancelled):  # type: ignore[no-untyped-def]
            return retention_service.purge_case(cases, case_id, None, progress, cancelled)

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, Cancelled):  # cancelled before deleting: nothing changed
                show_error(self, self.tr("The case was not purged"), exc)

        self.task = run_with_progress(
            self,
            self.tr("Purge case {number}").format(number=number),
            self.tr("Deleting the case… You can cancel until it has been deleted."),
            job,
            lambda _counts: self._purged(number, self.exported.pop(case_id, None)),
            failed,
        )

    def _purged(self, number: str, summary: object) -> None:
        self.purged.append(number)
        self.refresh()
        # The chain cannot lose events, so the case's own events stay (walk 15, W15-4).
        text = self.tr(
            "Case {number} was purged for good. The audit log keeps the case's events and "
            "that it was purged: it is a tamper-evident chain."
        ).format(number=number)
        if summary:
            text += " " + self.tr("Its summary is at {path}.").format(path=summary)
        self.status.setText(text)

    def done(self, result: int) -> None:
        # Closing waits for a purge in progress: the case file must stay open until it ends.
        if self.task is not None:
            self.task.finish_now()
        super().done(result)
