"""Adding evidence from the Evidence tab: files (dialog, drag and drop, copied files),
pasted screenshots and addresses, typed web addresses and messages. File intake runs in a
worker so the window never freezes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from adviser_desk.domain import evidence as de
from adviser_desk.services.evidence_intake import Intake, QuickLook
from adviser_desk.services.evidence_service import (
    EvidenceService,
    ImportResult,
    ItemRow,
    StoredCopy,
)
from adviser_desk.ui.common.dialogs import open_file_names, show_error
from adviser_desk.ui.common.errors import known_errors
from adviser_desk.ui.common.i18n import error_text
from adviser_desk.ui.common.workers import run_with_progress
from adviser_desk.ui.evidence.clipboard_paste import ClipboardPaste
from adviser_desk.ui.evidence.evidence_dialogs import IntakeDialog, MessageDialog
from adviser_desk.ui.evidence.intake_told import IntakeTold

if TYPE_CHECKING:
    from adviser_desk.ui.evidence.evidence_tab import EvidenceTab


class EvidenceIntakeActions(QObject):
    """The tab's Add menu, its drop target and Ctrl+V."""

    def __init__(self, tab: EvidenceTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.pasting = ClipboardPaste(self)
        self.told = IntakeTold(tab)

    def ask(
        self,
        case_id: int,
        count: int,
        paths: list[Path] | None = None,
        may_hold_picture: bool = True,
        marked: bool = False,
        names: list[str] | None = None,
        file_names: bool = True,
    ) -> IntakeDialog | None:
        """The intake dialog for ``case_id``; in a sexual case it asks about minors unless
        every file is surely plain text (``may_hold_picture`` from the quick look; the service
        checks each file again when storing). ``marked``: the adviser marked the files as
        possibly sexual already. ``file_names``: False where ``names`` are words (a paste),
        which start a sentence with a capital."""
        tab = self.tab
        assert tab.service is not None
        ask_minor = de.needs_minor_question(tab.service.case_types(case_id), False)
        if names is None:
            names = [p.name for p in paths] if paths else [self.tr("pasted image")]
        dialog = IntakeDialog(count, ask_minor, tab, names, may_hold_picture, file_names)
        if marked and not dialog.ask_minor:
            dialog.marked.setChecked(True)
        try:
            accepted = dialog.exec()
        finally:
            dialog.deleteLater()
        return dialog if accepted else None

    @Slot()
    def add_files_dialog(self) -> None:
        self.add_paths(open_file_names(self.tab, self.tr("Add evidence files")))

    def add_paths(self, paths: list[Path], dialog: IntakeDialog | None = None) -> None:
        """Adds files: first a quick look at them in the worker, behind the progress window
        (walk 5, W5-10 review: reading up to 20 images of 25 MB on the GUI thread held the
        window still), then the dialog, then storing. With ``dialog`` (answers given) the
        files are stored at once."""
        tab = self.tab
        if not paths or tab.service is None or tab.case_id is None:
            return
        service, case_id = tab.service, tab.case_id
        if dialog is not None:
            self._store(case_id, paths, dialog, QuickLook())
            return
        tab.task = run_with_progress(
            tab,
            self.tr("Adding evidence"),
            self.tr("Checking the files…"),
            # Bytes recorded as withheld are refused here too, before the dialog (guardE), and
            # files already stored in this case (walk K, finding 15).
            lambda progress, cancelled: service.look_before_intake(
                paths, progress, cancelled, case_id
            ),
            lambda look: self._looked(service, case_id, paths, look),
            lambda exc: show_error(tab, self.tr("Evidence"), exc),
        )

    def _looked(
        self, service: EvidenceService, case_id: int, paths: list[Path], look: QuickLook
    ) -> None:
        """The quick look is done: damaged images told, then the dialog for the rest. The
        files go to the case they were added to, also if the adviser clicked another case
        before the progress window came up (the outcome then names that case)."""
        if look.cancelled or self.tab.service is not service:
            return  # cancelled, or the case file was closed meanwhile
        asks = de.needs_minor_question(service.case_types(case_id), False)
        # A damaged image where the question applies goes on to it: "yes" records it as not
        # kept, and it is never asked for again (walk G, finding 3).
        refused = [(p, exc) for p, exc in look.refused if not (asks and p in look.may_be_picture)]
        going = self.told.refuse(paths, refused, look.may_be_picture)
        if not going.paths:
            self.tab.status.setText(self.told.nothing_added(going.left_out))
            return
        paths = going.paths
        dialog = self.ask(case_id, len(paths), paths, look.may_hold_picture(paths), going.marked)
        if dialog is None:
            self.tab.status.setText(self.told.form_escaped())
        else:
            self._store(case_id, paths, dialog, look, going.left_out)

    def _store(
        self,
        case_id: int,
        paths: list[Path],
        dialog: IntakeDialog,
        look: QuickLook,
        left_out: int = 0,
    ) -> None:
        """Stores ``paths`` in the worker; ``left_out``: files refused before the form, told
        as not added with the outcome."""
        tab = self.tab
        if tab.service is None:
            return
        service = tab.service
        intake = dialog.intake()
        checked, hashed = look.checked, look.hashed

        def job(progress, cancelled):  # type: ignore[no-untyped-def]
            # Images the quick look found sound are not read through again if unchanged.
            # Hashed before the form too (withheld bytes): not hashed again if unchanged.
            result = service.add_files(
                case_id, paths, intake, progress, cancelled, checked=checked, hashed=hashed
            )
            # A file answered "may be a sexual image of a minor" that is already stored
            # (walk W21): found by its SHA-256, offered for removal once the list shows.
            copies = (
                service.stored_copies_of_withheld(case_id, result.added)
                if intake.minor_sexual
                else []
            )
            # The new list is read here too: reading a case's rows on the GUI thread after a
            # large import would freeze the window for a moment. Thumbnails are read as the
            # rows are painted.
            return case_id, result, service.items(case_id), copies

        tab.task = run_with_progress(
            tab,
            self.tr("Adding evidence"),
            self.tr("Hashing and storing…"),
            job,
            lambda outcome: self._added(outcome, intake, left_out),
            lambda exc: show_error(tab, self.tr("Evidence"), exc),
        )

    def _added(
        self,
        outcome: tuple[int, ImportResult, list[ItemRow], list[StoredCopy]],
        intake: Intake,
        left_out: int = 0,
    ) -> None:
        case_id, result, rows, copies = outcome
        thumbnails: dict[int, bytes] = {}
        tab = self.tab
        outcome_text = self.told.outcome(result, rows, left_out)
        # If the adviser moved to another case meanwhile, its list is already current; the
        # outcome of the import is still worth telling, but as the other case's.
        if tab.service is not None and tab.case_id == case_id:
            kept = {row.item_id for row in tab.selected_rows()}
            tab.model.set_items(rows, thumbnails)
            tab.load_thumbnails(tab.service, case_id)  # PNGs get theirs after storing
            if result.added:
                tab.new_rows.select(case_id, result.added)
            else:  # nothing added (refused): what was selected stays (walk H, finding 12)
                tab.new_rows.keep(kept)
        elif tab.service is not None:
            number = tab.service.cases.get_case(case_id).number
            outcome_text = self.tr("Case {number}: {outcome}").format(
                number=number, outcome=outcome_text
            )
        tab.status.setText(outcome_text)
        if result.failed:
            tab.tell(
                QMessageBox.Icon.Warning,
                self.tr("%n file(s) not added", "", len(result.failed)),
                "\n\n".join(error_text(exc) for _name, exc in result.failed),
            )
        if copies and tab.service is not None:
            tab.withhold.offer(copies, intake.where, intake.seen_by, intake.description)

    @Slot()
    def paste(self) -> None:
        self.paste_from(QGuiApplication.clipboard().mimeData())

    def paste_from(self, mime: QMimeData | None, dialog: IntakeDialog | None = None) -> None:
        self.pasting.paste_from(mime, dialog)

    @Slot()
    def add_url(self) -> None:
        self.ask_url("")

    def ask_url(self, address: str) -> None:
        """The web address form; a pasted ``address`` is filled in to be checked and
        described first (a paste used to record a permanent item at once, walker F20)."""
        from adviser_desk.ui.evidence.url_dialog import UrlDialog

        tab = self.tab
        if tab.service is None or tab.case_id is None:
            return
        dialog = UrlDialog(tab.service, tab.case_id, tab)
        if address:
            dialog.url.setText(address)
            dialog.description.setFocus()
        try:
            added = dialog.added if dialog.exec() else None
        finally:
            dialog.deleteLater()
        if added is not None:
            tab.reload()
            tab.new_rows.select(tab.case_id, [added.number])

    @Slot()
    def add_message(self) -> None:
        tab = self.tab
        if tab.service is None or tab.case_id is None:
            return
        dialog = MessageDialog(tab)
        try:
            if not dialog.exec():
                return
            with known_errors(tab, self.tr("Evidence")) as attempt:
                row = tab.service.add_message(
                    tab.case_id,
                    dialog.text.toPlainText(),
                    dialog.sender_edit.text(),
                    dialog.platform.text(),
                    sent_at=dialog.sent_utc,
                    description=dialog.description.text(),
                )
            if attempt.failed:
                return
        finally:
            dialog.deleteLater()
        tab.reload()
        tab.new_rows.select(tab.case_id, [row.number])
