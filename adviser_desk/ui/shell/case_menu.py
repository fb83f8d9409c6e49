"""The Case menu: new case, find, export the summary, hand-over, retention, the annual report,
the case file's details."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from adviser_desk import APP_NAME
from adviser_desk.ui.case.summary_export import SummaryExport
from adviser_desk.ui.common.errors import known_errors
from adviser_desk.ui.common.focus_show import show_focus
from adviser_desk.ui.common.host import WindowHost

if TYPE_CHECKING:
    from adviser_desk.domain.cases import CaseDraft
    from adviser_desk.ui.shell.case_file_page import CaseFilePage


class CaseMenuActions(QObject):
    """Acts on the open case file's page: the case list and the case shown."""

    def __init__(self, host: WindowHost, window: QWidget, page: Callable[[], CaseFilePage]) -> None:
        super().__init__(window)
        self.host = host
        self.window = window
        self._page = page  # built when a case file is first opened, after the first window
        self.summary = SummaryExport(host, window)
        # What a lock kept of New case, in memory only: it opens again after unlocking.
        self.kept_new_case: CaseDraft | None = None

    @property
    def page(self) -> CaseFilePage:
        return self._page()

    @Slot()
    def new_case(self) -> None:
        session = self.host.session
        if session is None:
            return
        from adviser_desk.ui.case.case_dialogs import NewCaseDialog

        dialog = NewCaseDialog(session.cases, self.window)
        if self.kept_new_case is not None:
            dialog.fill(self.kept_new_case)
            self.kept_new_case = None
        accepted = self.host.run_dialog(dialog)
        if dialog.kept is not None:  # the lock closed it, keeping what was typed
            self.kept_new_case = dialog.kept
            return
        if accepted and dialog.case_id is not None:
            self.page.tabs.setCurrentIndex(0)
            self.page.show_new_case(dialog.case_id)
            self.host.refresh()
            # The new case, selected in the list, has the focus: it went to the search field
            # at the top (walk 7, W7-6), as it did after adding a person.
            show_focus(self.page.case_list.table)

    def reopen_kept(self) -> None:
        """After unlocking: New case opens again with what the lock kept of it."""
        if self.kept_new_case is not None:
            QTimer.singleShot(0, self, self.new_case)

    @Slot()
    def focus_search(self) -> None:
        if self.host.session is not None:
            self.page.tabs.setCurrentIndex(0)
            self.page.case_list.search.setFocus()
            self.page.case_list.search.selectAll()

    @Slot()
    def export_current_summary(self) -> None:
        case_id = self.page.case_view.case_id
        if self.host.session is None or case_id is None:
            QMessageBox.information(
                self.window, APP_NAME, self.tr("Select a case first, then export its summary.")
            )
            return
        self.summary.export_summary(case_id)

    @Slot()
    def hand_over(self) -> None:
        """Case > Hand over…: the case on screen is ticked; the adviser may tick more."""
        from adviser_desk.ui.case_file.handover_dialog import run_handover

        session = self.host.session
        if session is None or not self.page.case_view.confirm_leave():
            return
        shown = self.page.shown_case()
        chosen = [shown[0]] if shown[0] is not None else []
        folder = self.host.settings.case_file_folder()
        purge = run_handover(self.window, session, chosen, folder, self.host.kdf_params)
        if purge is None:
            return
        self.page.set_session(self.host.session)
        self.page.return_to_case(*shown)  # now marked as handed over
        if purge:
            self.show_retention()  # the existing purge, with its confirmation
        self.host.refresh()

    @Slot()
    def annual_report(self) -> None:
        session = self.host.session
        if session is None:
            return
        from adviser_desk.ui.case_file.annual_report_dialog import AnnualReportDialog

        self.host.run_dialog(AnnualReportDialog(session.annual_report, self.window))

    @Slot()
    def show_retention(self) -> None:
        session = self.host.session
        if session is None:
            return
        shown = self.page.shown_case()
        from adviser_desk.ui.case.retention_dialog import RetentionDialog

        dialog = RetentionDialog(session.cases, self.summary.export_summary, self.window)
        self.host.run_dialog(dialog)
        if dialog.purged:
            self.page.set_session(self.host.session)
            self.page.return_to_case(*shown)  # the case on screen was not the one purged
        self.host.refresh()

    @Slot()
    def edit_case_file_details(self) -> None:
        session = self.host.session
        if session is None:
            return
        info = session.file.info()
        address, place, logo = session.file.letterhead()
        from adviser_desk.ui.case.case_dialogs import CaseFileDetailsDialog

        dialog = CaseFileDetailsDialog(
            info.adviser_name,
            info.school_name,
            session.cases.default_retention_years(),
            self.window,
            address,
            place,
            logo,
        )
        if not self.host.run_dialog(dialog):
            return
        session = self.host.session
        if session is None:
            return
        with known_errors(self.window, self.tr("Not saved")):
            session.update_profile(dialog.adviser.text().strip(), dialog.school.text().strip())
            session.file.update_letterhead(
                dialog.address.toPlainText().strip(), dialog.place.text().strip(), dialog.logo
            )
            session.cases.set_default_retention_years(dialog.retention.value())
        self.host.refresh()
