"""The Evidence tab of a case: the list with thumbnails and the buttons. What the buttons do
lives beside it, one module per job: intake (files, drag and drop, paste, web addresses,
messages) in intake_actions.py, verification, the evidence log and the police package in
output_actions.py, viewing, takedown and hand-over in item_actions.py, removing a stored
original that may be a sexual image of a minor in withhold_actions.py."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.services.evidence_service import EvidenceService, ItemRow
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common import mnemonics, theme
from adviser_desk.ui.common.focus_show import set_first_action
from adviser_desk.ui.common.keyboard import enter_opens, screen_order, tab_leaves
from adviser_desk.ui.common.read_only import allow_edits
from adviser_desk.ui.common.selection import row_buttons
from adviser_desk.ui.common.status_line import StatusLine
from adviser_desk.ui.common.workers import Task
from adviser_desk.ui.evidence.clipboard_paste import copied
from adviser_desk.ui.evidence.evidence_columns import fit_evidence_columns
from adviser_desk.ui.evidence.evidence_dialogs import IntakeDialog
from adviser_desk.ui.evidence.evidence_model import THUMB, EvidenceModel
from adviser_desk.ui.evidence.intake_actions import EvidenceIntakeActions
from adviser_desk.ui.evidence.item_actions import EvidenceItemActions
from adviser_desk.ui.evidence.new_rows import NewRows
from adviser_desk.ui.evidence.output_actions import EvidenceOutput
from adviser_desk.ui.evidence.pending_actions import EvidencePendingActions
from adviser_desk.ui.evidence.withhold_actions import EvidenceWithholdActions

_t = fmt.translate


FIRST_ROWS = 100  # rows read before the list shows: more than a screenful at any size


class EvidenceTab(QWidget):
    """Accepts dropped files and pasted images or addresses anywhere on the tab. Emits
    ``changed`` when an action changed more of the case than its evidence (a takedown's
    re-check task, a hand-over), so the case and its list show it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service: EvidenceService | None = None
        self.case_id: int | None = None
        self._tasks: list[Task] = []  # see task
        self.thumb_task: Task | None = None
        self.setAcceptDrops(True)
        # What the buttons do, one object per job.
        self.intake = EvidenceIntakeActions(self)
        self.output = EvidenceOutput(self)
        self.items = EvidenceItemActions(self)
        self.withhold = EvidenceWithholdActions(self)
        self.pending = EvidencePendingActions(self)
        self.model = EvidenceModel(None, self)
        self.table = QTableView(self)
        self.table.setObjectName("evidence_table")
        self.table.setModel(self.model)
        # Selects what was just added; after setModel, so the view has taken new rows in first.
        self.new_rows = NewRows(self)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setIconSize(QSize(THUMB, THUMB))
        # Fixed row heights and column widths from the font: with ResizeToContents the view
        # asks every row for its size (and decodes every thumbnail) before showing anything.
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(THUMB + 6)
        fit_evidence_columns(self.table, self.model)
        self.table.doubleClicked.connect(self.items.view_selected)
        enter_opens(self.table, self.items.view_selected)
        tab_leaves(self.table)
        # Two short rows with menus: the case view must leave the case list room for titles.
        self.add_button = add = QPushButton(self.tr("Add"), self)
        set_first_action(self, self.add_button)  # its letter starts here (W11-2)
        add.setObjectName("add")
        add_menu = QMenu(add)
        for text, slot in (
            (self.tr("Files…"), self.intake.add_files_dialog),
            (self.tr("Web address…"), self.intake.add_url),
            (self.tr("Message…"), self.intake.add_message),
        ):
            add_menu.addAction(text).triggered.connect(slot)
        add.setMenu(add_menu)
        row1 = QHBoxLayout()
        row1.addWidget(add)
        on_row: list[QPushButton] = []
        for text, slot, name in (
            (self.tr("Quick view"), self.items.view_selected, "view"),
            (self.tr("Takedown…"), self.items.takedown, "takedown"),
            (self.tr("Hand over…"), self.items.hand_over, "hand_over"),
            (self.tr("Mark as possibly sexual image…"), self.withhold.mark_selected, "withhold"),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            on_row.append(button)
        # Marking a possibly sexual image gets a row of its own under the others: on the same
        # row its long label widened the case view past a 1000-pixel window, which pushed the
        # Overview's Save and Revert out of sight.
        for button in on_row[:3]:
            row1.addWidget(button)
        row1.addStretch(1)
        row1b = QHBoxLayout()
        row1b.addWidget(on_row[3])
        row1b.addStretch(1)
        # Quick view and Takedown… act on the selected item: off while none is selected. Hand
        # over… stays on: without a selection it hands over every item of the case.
        on_row[2].setToolTip(
            self.tr("Record a hand-over of the selected items, or of all items if none is selected")
        )
        row_buttons(self.table, *on_row[:2])
        # Marking is on only for an item with a stored original (walk 6, W6-4b).
        self.withhold.follow_selection(on_row[3])
        # What changes the case's evidence; off on a case kept read-only (Quick view stays, and so
        # does marking a possibly sexual image: keeping it is an offence there too).
        self.edit_controls: tuple[QPushButton, ...] = (add, on_row[1], on_row[2])
        verify = QPushButton(self.tr("Verify evidence"), self)
        verify.setObjectName("verify_evidence")
        verify.clicked.connect(self.output.verify)
        log = QPushButton(self.tr("Evidence log"), self)
        log.setObjectName("evidence_log")
        log_menu = QMenu(log)
        for text, slot, key in (
            (self.tr("Print…"), self.output.print_log, QKeySequence.StandardKey.Print),
            (self.tr("Save as PDF…"), self.output.save_log, None),
        ):
            action = log_menu.addAction(text)
            action.triggered.connect(slot)
            if key is not None:
                # Only while the evidence tab has the focus: Ctrl+P means nothing elsewhere.
                action.setShortcut(key)
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(action)
        log.setMenu(log_menu)
        # Beside the case list and the tabs, the tab's eight buttons share what letters are
        # left. Dutch "Bekijken" took the i of "ij", whose underline reads as the j: Alt+J
        # then opened "Bewi&jslijst" (walk J, finding 17; the i of "ij" is never marked now).
        # Dutch "Bewijs verifiëren" takes that i instead; "Bekijken" gets a letter of its own.
        mnemonics.prefers(verify, "i")
        mnemonics.prefers(log, "j")
        # Dutch "Bekijken" and "Bewijslijst" both have i and j: each keeps one, the same one
        # every time (walk 11, W11-6: both showed j and Alt+J never reached Bekijken).
        export = QPushButton(self.tr("Export for the police…"), self)
        export.setObjectName("export_police")
        export.clicked.connect(self.output.export_package)
        row2 = QHBoxLayout()
        for button in (verify, log, export):
            row2.addWidget(button)
        row2.addStretch(1)
        self.drop_hint = hint = QLabel(
            self.tr(
                "Drop files here or paste (Ctrl+V) a screenshot or web address. Files are kept "
                "unaltered inside the encrypted case file."
            ),
            self,
        )
        hint.setObjectName("drop_hint")
        hint.setWordWrap(True)
        theme.set_role(hint, "hint")
        self.status = StatusLine(self)
        layout = QVBoxLayout(self)
        layout.addLayout(row1)
        layout.addLayout(row1b)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(self.pending.notice)
        layout.addWidget(self.status)
        layout.addLayout(row2)
        screen_order(add, *on_row, self.table, verify, log, export)
        self.paste_shortcut = paste = QShortcut(QKeySequence.StandardKey.Paste, self)
        paste.activated.connect(self.intake.paste)

    def set_read_only(self, read_only: bool) -> None:
        """A case kept read-only: Quick view, Verify, the log and the export stay; adding, a
        takedown, a hand-over, pasting and dropping are off, and so is the hint inviting them."""
        allow_edits(self.edit_controls, not read_only)
        self.paste_shortcut.setEnabled(not read_only)
        self.setAcceptDrops(not read_only)
        self.drop_hint.setVisible(not read_only)

    @property
    def busy(self) -> bool:
        return any(task.busy for task in self._tasks)

    @property
    def task(self) -> Task | None:
        """The latest job started here (intake, output, removal)."""
        return self._tasks[-1] if self._tasks else None

    @task.setter
    def task(self, task: Task | None) -> None:
        # An earlier job that still runs stays counted (a job can start in the 0.3 s before
        # another's modal progress dialog shows): forgotten, busy said no and the case file
        # could close under it.
        self._tasks = [t for t in self._tasks if t.busy] + ([task] if task is not None else [])

    # -- loading --------------------------------------------------------------------------------
    def show_case(self, service: EvidenceService, case_id: int) -> None:
        if service is self.service and case_id == self.case_id:
            self.reload()  # the same case read again: its thumbnails stay
            return
        self.service, self.case_id = service, case_id
        self.model.service = service
        self.model.forget_thumbnails()
        self.model.set_items([])
        self.reload()

    def reload(self) -> None:
        """The first screenful of rows at once (keeping the thumbnails already shown), the
        rest of a long case from a worker; the model reads the thumbnails of the rows on
        screen as they are painted. Those intake left to be made follow."""
        # The status line tells the outcome of the latest action on this case's list;
        # whatever reloads the list (another case, a later action) makes it out of date.
        self.status.clear()
        self.pending.show_waiting()  # unlike the status line, it stays while files wait
        if self.service is None or self.case_id is None:
            return
        service, case_id = self.service, self.case_id
        first = service.items(case_id, limit=FIRST_ROWS)
        # The items selected stay selected (after a takedown or a hand-over the list is read
        # again, and View would otherwise be off again).
        kept = {row.item_id for row in self.selected_rows()}
        self.model.set_items(first)
        self.new_rows.keep(kept)
        if len(first) == FIRST_ROWS:  # a long case: the rest comes from a worker
            self.model.load_rest(lambda: service.items(case_id, after_id=first[-1].item_id))
        self.load_thumbnails(service, case_id)

    def load_thumbnails(self, service: EvidenceService, case_id: int) -> None:
        """Makes the thumbnails intake left for later (PNGs get theirs after storing; a file
        from an older version gets all of them), in a worker; each batch made shows at once."""

        def fill(progress, cancelled):  # type: ignore[no-untyped-def]
            service.settle()  # what an import left in the WAL, copied here off the GUI thread
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
        self.model.stop_loading()
        for task in (*self._tasks, self.thumb_task):
            if task is not None:
                task.wait()
        self.service = self.case_id = None
        self.status.clear()
        self.pending.show_waiting()
        self.model.service = None
        self.model.forget_thumbnails()
        self.model.set_items([])

    # -- intake (ui/evidence/intake_actions.py) ------------------------------------------------
    def add_paths(self, paths: list[Path], dialog: IntakeDialog | None = None) -> None:
        """Adds files as if dropped (``dialog``: the intake questions already answered)."""
        self.intake.add_paths(paths, dialog)

    def paste_from(self, mime: QMimeData | None, dialog: IntakeDialog | None = None) -> None:
        """Adds what ``mime`` holds as if pasted with Ctrl+V."""
        self.intake.paste_from(mime, dialog)

    def dragEnterEvent(self, event):  # type: ignore[no-untyped-def]
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event):  # type: ignore[no-untyped-def]
        mime = event.mimeData()
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        event.acceptProposedAction()
        if paths:
            self.intake.add_paths(paths)
            return
        # A picture dragged from a web browser (its address and its image) is added as if
        # pasted, once the drop has returned (walk G, finding 8: it was accepted and then
        # nothing happened). Its data belongs to the drag: a copy is kept.
        data = copied(mime)
        QTimer.singleShot(0, self, lambda: self.intake.paste_from(data))

    # -- viewing and output -------------------------------------------------------------------
    def selected(self) -> ItemRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def selected_rows(self) -> list[ItemRow]:
        indexes = self.table.selectionModel().selectedRows()
        return [row for index in indexes if (row := self.model.row_at(index.row())) is not None]

    def tell(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        """A result the adviser should see, without blocking the window (or a test)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("result_box")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
