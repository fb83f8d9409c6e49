"""The Evidence tab of a case: intake (files, drag and drop, paste, URLs, messages), the
list with thumbnails, an in-app image viewer, verification, the evidence log and the police
package. Intake runs in a worker thread so the window never freezes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, QSize, Qt, Slot
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.domain import evidence as de
from adviser_desk.domain.errors import Cancelled, KnownError
from adviser_desk.services import evidence_export as evx
from adviser_desk.services.evidence_intake import surely_no_picture
from adviser_desk.services.evidence_service import EvidenceService, ImportResult, ItemRow
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common import theme
from adviser_desk.ui.common.dialogs import choose_folder, open_file_names, save_pdf_name, show_error
from adviser_desk.ui.common.errors import known_errors
from adviser_desk.ui.common.i18n import error_text, translate_report
from adviser_desk.ui.common.keyboard import tab_leaves
from adviser_desk.ui.common.pdf_print import preview_and_print
from adviser_desk.ui.common.workers import Job, Task, run_with_progress
from adviser_desk.ui.evidence.evidence_dialogs import ImageViewer, IntakeDialog, MessageDialog
from adviser_desk.ui.evidence.evidence_model import THUMB, EvidenceModel
from adviser_desk.ui.evidence.takedown_dialog import HandoverDialog, TakedownDialog

_t = fmt.translate


class EvidenceTab(QWidget):
    """Accepts dropped files and pasted images or addresses anywhere on the tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service: EvidenceService | None = None
        self.case_id: int | None = None
        self.task: Task | None = None
        self.thumb_task: Task | None = None
        self.setAcceptDrops(True)
        self.model = EvidenceModel(None, self)
        self.table = QTableView(self)
        self.table.setObjectName("evidence_table")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setIconSize(QSize(THUMB, THUMB))
        # Fixed row heights and column widths from the font: with ResizeToContents the view
        # asks every row for its size (and decodes every thumbnail) before showing anything.
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(THUMB + 6)
        header = self.table.horizontalHeader()
        char = self.fontMetrics().horizontalAdvance("0")
        for column, chars in (
            (EvidenceModel.NUMBER, 6 + THUMB // char + 2),
            (EvidenceModel.KIND, 17),
            (EvidenceModel.RECORDED, 16),
            (EvidenceModel.DETAILS, 22),
        ):
            self.table.setColumnWidth(column, chars * char)
        header.setSectionResizeMode(EvidenceModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.view_selected)
        tab_leaves(self.table)
        # Two short rows with menus: the case view must leave the case list room for titles.
        add = QPushButton(self.tr("Add"), self)
        add.setObjectName("add")
        add_menu = QMenu(add)
        for text, slot in (
            (self.tr("Files…"), self.add_files_dialog),
            (self.tr("Web address…"), self.add_url),
            (self.tr("Message…"), self.add_message),
        ):
            add_menu.addAction(text).triggered.connect(slot)
        add.setMenu(add_menu)
        row1 = QHBoxLayout()
        row1.addWidget(add)
        for text, slot, name in (
            (self.tr("View"), self.view_selected, "view"),
            (self.tr("Takedown…"), self.takedown, "takedown"),
            (self.tr("Hand over…"), self.hand_over, "hand_over"),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row1.addWidget(button)
        row1.addStretch(1)
        verify = QPushButton(self.tr("Verify evidence"), self)
        verify.setObjectName("verify_evidence")
        verify.clicked.connect(self.verify)
        log = QPushButton(self.tr("Evidence log"), self)
        log.setObjectName("evidence_log")
        log_menu = QMenu(log)
        for text, slot, key in (
            (self.tr("Print…"), self.print_log, QKeySequence.StandardKey.Print),
            (self.tr("Save as PDF…"), self.save_log, None),
        ):
            action = log_menu.addAction(text)
            action.triggered.connect(slot)
            if key is not None:
                # Only while the evidence tab has the focus: Ctrl+P means nothing elsewhere.
                action.setShortcut(key)
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(action)
        log.setMenu(log_menu)
        export = QPushButton(self.tr("Export for the police…"), self)
        export.setObjectName("export_police")
        export.clicked.connect(self.export_package)
        row2 = QHBoxLayout()
        for button in (verify, log, export):
            row2.addWidget(button)
        row2.addStretch(1)
        hint = QLabel(
            self.tr(
                "Drop files here or paste (Ctrl+V) a screenshot or web address. Files are kept "
                "unaltered inside the encrypted case file."
            ),
            self,
        )
        hint.setWordWrap(True)
        theme.set_role(hint, "hint")
        self.status = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(row1)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(self.status)
        layout.addLayout(row2)
        paste = QShortcut(QKeySequence.StandardKey.Paste, self)
        paste.activated.connect(self.paste)

    @property
    def busy(self) -> bool:
        return self.task is not None and self.task.busy

    # -- loading --------------------------------------------------------------------------------
    def show_case(self, service: EvidenceService, case_id: int) -> None:
        self.service, self.case_id = service, case_id
        self.model.service = service
        self.model.forget_thumbnails()
        self.model.set_items([])
        self.reload()

    def reload(self) -> None:
        """Rows at once (keeping the thumbnails already shown); the model reads the thumbnails
        of the rows on screen as they are painted. Those intake left to be made follow."""
        if self.service is None or self.case_id is None:
            return
        service, case_id = self.service, self.case_id
        self.model.set_items(service.items(case_id))
        self._load_thumbnails(service, case_id)

    def _load_thumbnails(self, service: EvidenceService, case_id: int) -> None:
        """Makes the thumbnails intake left for later (PNGs get theirs after storing; a file
        from an older version gets all of them), in a worker; each batch made shows at once."""

        def fill(progress, cancelled):  # type: ignore[no-untyped-def]
            if service.missing_thumbnails(case_id):
                service.make_missing_thumbnails(case_id, cancelled, progress)
            return case_id

        if self.thumb_task is not None:
            self.thumb_task.cancel()
            self.thumb_task.wait()
        task = Task(fill)
        task.progressed.connect(lambda _done, _total: self._thumbnails_made(service, case_id))
        task.done.connect(lambda _case_id: self._thumbnails_made(service, case_id))
        task.error.connect(lambda _exc: None)  # the rows stay usable without them
        self.thumb_task = task
        task.start()

    def _thumbnails_made(self, service: EvidenceService, case_id: int) -> None:
        if case_id == self.case_id and service is self.service:
            self.model.look_again()

    def clear(self) -> None:
        if self.thumb_task is not None:
            self.thumb_task.cancel()  # making thumbnails stops after its current small batch
        for task in (self.task, self.thumb_task):
            if task is not None:
                task.wait()
        self.service = self.case_id = None
        self.model.service = None
        self.model.forget_thumbnails()
        self.model.set_items([])

    # -- intake --------------------------------------------------------------------------------
    def _ask(self, count: int, paths: list[Path] | None = None) -> IntakeDialog | None:
        """The intake dialog; in a sexual case it asks about minors unless every file is
        surely plain text (a quick look; the service checks each file again when storing)."""
        assert self.service is not None and self.case_id is not None
        may_hold_picture = paths is None or not all(surely_no_picture(p) for p in paths)
        ask_minor = de.needs_minor_question(self.service.case_types(self.case_id), False)
        names = [p.name for p in paths] if paths else [self.tr("pasted image")]
        dialog = IntakeDialog(count, ask_minor, self, names, may_hold_picture)
        try:
            accepted = dialog.exec()
        finally:
            dialog.deleteLater()
        return dialog if accepted else None

    @Slot()
    def add_files_dialog(self) -> None:
        self.add_paths(open_file_names(self, self.tr("Add evidence files")))

    def add_paths(self, paths: list[Path], dialog: IntakeDialog | None = None) -> None:
        if not paths or self.service is None or self.case_id is None:
            return
        dialog = dialog or self._ask(len(paths), paths)
        if dialog is None:
            return
        service, case_id = self.service, self.case_id
        intake = dialog.intake()

        def job(progress, cancelled):  # type: ignore[no-untyped-def]
            result = service.add_files(case_id, paths, intake, progress, cancelled)
            # The new list is read here too: reading a case's rows on the GUI thread after a
            # large import would freeze the window for a moment. Thumbnails are read as the
            # rows are painted.
            return case_id, result, service.items(case_id), {}

        self.task = run_with_progress(
            self,
            self.tr("Adding evidence"),
            self.tr("Hashing and storing…"),
            job,
            self._added,
            lambda exc: show_error(self, self.tr("Evidence"), exc),
        )

    def _added(self, outcome: tuple[int, ImportResult, list[ItemRow], dict[int, bytes]]) -> None:
        case_id, result, rows, thumbnails = outcome
        # If the adviser moved to another case meanwhile, its list is already current; the
        # outcome of the import (which names the files) is still worth telling.
        if self.service is not None and self.case_id == case_id:
            self.model.set_items(rows, thumbnails)
            self._load_thumbnails(self.service, case_id)  # PNGs get theirs after storing
        self.status.setText(
            self.tr("{added} added, {failed} not added.").format(
                added=len(result.added), failed=len(result.failed)
            )
        )
        if result.failed:
            self._tell(
                QMessageBox.Icon.Warning,
                self.tr("Some files were not added"),
                "\n\n".join(error_text(exc) for _name, exc in result.failed),
            )

    def dragEnterEvent(self, event):  # type: ignore[no-untyped-def]
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event):  # type: ignore[no-untyped-def]
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        event.acceptProposedAction()
        self.add_paths(paths)

    @Slot()
    def paste(self) -> None:
        self.paste_from(QGuiApplication.clipboard().mimeData())

    def paste_from(self, mime: QMimeData | None, dialog: IntakeDialog | None = None) -> None:
        if mime is None or self.service is None or self.case_id is None:
            return
        # Files copied in a file manager arrive as addresses of local files: they go through
        # the same intake (and the same question) as dropped files.
        files = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        if files:
            self.add_paths(files, dialog)
            return
        with known_errors(self, self.tr("Evidence")) as attempt:
            if mime.hasImage():
                from PySide6.QtCore import QBuffer, QIODevice

                buffer = QBuffer()
                buffer.open(QIODevice.OpenModeFlag.WriteOnly)
                mime.imageData().save(buffer, "PNG")
                data = bytes(buffer.data().data())
                dialog = dialog or self._ask(1)
                if dialog is None:
                    return
                intake = dialog.intake()
                self.service.add_bytes(
                    self.case_id,
                    data,
                    "pasted.png",
                    intake.description,
                    intake.source,
                    intake.observed_at,
                    minor_sexual=intake.minor_sexual,
                    marked_sexual=intake.marked_sexual,
                    where=intake.where,
                    seen_by=intake.seen_by,
                )
            elif mime.hasText() and mime.text().strip():
                self.service.add_url(self.case_id, mime.text().strip())
            else:
                return
        if attempt.failed:
            return
        self.reload()

    @Slot()
    def add_url(self) -> None:
        if self.service is None or self.case_id is None:
            return
        url, ok = QInputDialog.getText(self, self.tr("Add web address"), self.tr("Address:"))
        if not ok or not url.strip():
            return
        description, _ = QInputDialog.getText(
            self, self.tr("Add web address"), self.tr("What is there:")
        )
        with known_errors(self, self.tr("Evidence")) as attempt:
            self.service.add_url(self.case_id, url, description)
        if attempt.failed:
            return
        self.reload()

    @Slot()
    def add_message(self) -> None:
        if self.service is None or self.case_id is None:
            return
        dialog = MessageDialog(self)
        try:
            if not dialog.exec():
                return
            with known_errors(self, self.tr("Evidence")) as attempt:
                self.service.add_message(
                    self.case_id,
                    dialog.text.toPlainText(),
                    dialog.sender_edit.text(),
                    dialog.platform.text(),
                    description=dialog.description.text(),
                )
            if attempt.failed:
                return
        finally:
            dialog.deleteLater()
        self.reload()

    # -- viewing and output -------------------------------------------------------------------
    def selected(self) -> ItemRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    @Slot()
    def view_selected(self, _index: QModelIndex | None = None) -> None:
        row = self.selected()
        if row is None or self.service is None:
            return
        if row.kind != de.EvidenceKind.IMAGE:
            QMessageBox.information(
                self,
                row.number,
                "\n".join(
                    x
                    for x in (
                        row.description,
                        row.url,
                        row.message_text,
                        f"SHA-256: {row.sha256}" if row.sha256 else "",
                    )
                    if x
                ),
            )
            return
        viewer = ImageViewer(
            self.service.original(row.item_id), f"{row.number} — {row.description}", self
        )
        try:
            viewer.exec()
        finally:
            viewer.deleteLater()

    def _tell(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        """A result the adviser should see, without blocking the window (or a test)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("result_box")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _run(
        self, title: str, label: str, job: Job, on_done: Callable[[Any], None], failed: str
    ) -> None:
        """Long work in a thread behind a progress dialog with Cancel."""

        def on_error(exc: BaseException) -> None:
            self.reload()
            if isinstance(exc, Cancelled):
                self.status.setText(self.tr("Cancelled; nothing was saved."))
            else:
                show_error(self, failed, exc)

        self.task = run_with_progress(self, title, label, job, on_done, on_error)

    @Slot()
    def verify(self) -> None:
        if self.service is None or self.case_id is None:
            return
        service, case_id = self.service, self.case_id

        def done(bad: list[str]) -> None:
            self.reload()
            if bad:
                self._tell(
                    QMessageBox.Icon.Critical,
                    self.tr("Verify evidence"),
                    self.tr("These items no longer match their hash: {items}").format(
                        items=", ".join(bad)
                    ),
                )
            else:
                self._tell(
                    QMessageBox.Icon.Information,
                    self.tr("Verify evidence"),
                    self.tr("Every stored item matches the hash taken at intake."),
                )

        self._run(
            self.tr("Verify evidence"),
            self.tr("Checking every stored item against its hash…"),
            lambda progress, cancelled: service.verify(case_id, progress, cancelled),
            done,
            self.tr("Verify evidence"),
        )

    @Slot()
    def print_log(self) -> None:
        """Print preview of the evidence log; printing it is recorded with the PDF's hash."""
        if self.service is None or self.case_id is None:
            return
        service, case_id = self.service, self.case_id

        def done(pdf: bytes) -> None:
            self.reload()
            title = self.tr("Evidence log")
            try:
                printed = preview_and_print(self, pdf, title)
            except KnownError as exc:
                show_error(self, title, exc)
                return
            if printed:
                evx.record_printed(service, case_id, pdf)
                self.reload()
                self.status.setText(self.tr("Printed; recorded in the chain of custody."))

        self._run(
            self.tr("Print evidence log"),
            self.tr("Verifying the evidence and making the log…"),
            lambda progress, cancelled: evx.render_log(
                service, case_id, translate_report, True, progress, cancelled
            ),
            done,
            self.tr("The evidence log could not be made"),
        )

    @Slot()
    def save_log(self) -> None:
        if self.service is None or self.case_id is None:
            return
        number = self.service.cases.get_case(self.case_id).number
        target = save_pdf_name(
            self,
            self.tr("Save evidence log"),
            self.tr("{number} evidence log.pdf").format(number=number),
        )
        if target is None or self.service is None or self.case_id is None:
            return
        service, case_id, out = self.service, self.case_id, target

        def done(_digest: str) -> None:
            self.reload()
            self.status.setText(self.tr("Saved {path}; not encrypted.").format(path=out))

        self._run(
            self.tr("Save evidence log"),
            self.tr("Verifying the evidence and making the log…"),
            lambda progress, cancelled: evx.export_log(
                service, case_id, out, translate_report, True, progress, cancelled
            ),
            done,
            self.tr("The evidence log was not saved"),
        )

    @Slot()
    def export_package(self) -> None:
        if self.service is None or self.case_id is None:
            return
        receiver, ok = QInputDialog.getText(
            self,
            self.tr("Export for the police"),
            self.tr("Who receives it? The export is NOT encrypted."),
        )
        if not ok:
            return
        folder = choose_folder(self, self.tr("Folder for the export (a USB stick)"))
        if folder is None or self.service is None or self.case_id is None:
            return
        service, case_id, dest, who = self.service, self.case_id, folder, receiver

        def done(final: Path) -> None:
            self.reload()
            text = self.tr("Exported to {path}.").format(path=final)
            self.status.setText(text)
            self._tell(QMessageBox.Icon.Information, self.tr("Export for the police"), text)

        self._run(
            self.tr("Export for the police"),
            self.tr("Copying the originals and making the log…"),
            lambda progress, cancelled: evx.export_package(
                service, case_id, dest, who, translate_report, None, progress, cancelled
            ),
            done,
            self.tr("The export failed"),
        )

    # -- takedown and hand-over -------------------------------------------------------------
    @Slot()
    def takedown(self) -> None:
        row = self.selected()
        if self.service is None or row is None:
            return
        if row.kind != de.EvidenceKind.URL:
            QMessageBox.information(
                self,
                self.tr("Takedown"),
                self.tr("Select a web address: only those can be reported for removal."),
            )
            return
        dialog = TakedownDialog(self.service, row, self)
        try:
            if dialog.exec():
                self.reload()
        finally:
            dialog.deleteLater()

    @Slot()
    def hand_over(self) -> None:
        if self.service is None or self.case_id is None:
            return
        selection = self.table.selectionModel().selectedRows()
        rows = [row for index in selection if (row := self.model.row_at(index.row())) is not None]
        dialog = HandoverDialog(self.service, self.case_id, rows, self)
        try:
            if dialog.exec():
                self.reload()
                self.status.setText(self.tr("Hand-over recorded for %n item(s).", "", dialog.count))
        finally:
            dialog.deleteLater()
