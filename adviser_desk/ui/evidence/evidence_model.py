"""The evidence list's rows: what each column shows, and thumbnails read for the rows on
screen only (a case can hold 5,000 items)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Slot
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QWidget

from adviser_desk.domain import evidence as de
from adviser_desk.domain import file_types as ft
from adviser_desk.domain.errors import KnownError
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.services.evidence_service import EvidenceService, ItemRow
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common.table_model import RowsModel
from adviser_desk.ui.common.workers import Task
from adviser_desk.ui.evidence import row_icons

_t = fmt.translate


THUMB = 40  # thumbnail edge in the list, in pixels
# The icons of the entries that are not files.
ENTRY_ICONS = {
    de.EvidenceKind.URL: "link",
    de.EvidenceKind.MESSAGE: "message",
    de.EvidenceKind.CONTACT: "contact",
}


def _decoded(data: bytes) -> QPixmap | None:
    pixmap = QPixmap()
    if not pixmap.loadFromData(data):
        return None
    return pixmap.scaled(
        THUMB,
        THUMB,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


class EvidenceModel(RowsModel[ItemRow]):
    NUMBER, KIND, DESCRIPTION, RECORDED, DETAILS = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("evidence_model", "No."),
        QT_TRANSLATE_NOOP("evidence_model", "Kind"),
        QT_TRANSLATE_NOOP("evidence_model", "Description"),
        QT_TRANSLATE_NOOP("evidence_model", "Recorded"),
        QT_TRANSLATE_NOOP("evidence_model", "Details"),
    )
    CONTEXT = "evidence_model"

    def __init__(self, service: EvidenceService | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        # Decoded thumbnails by item id; None: the item has none (yet). Only rows that were
        # painted are here: a case can hold 5,000 items, and reading and decoding all their
        # thumbnails before showing any took seconds.
        self._thumbs: dict[int, QPixmap | None] = {}
        self._seeds: dict[int, bytes] = {}  # bytes already read (after an import), decoded on use
        self._wanted: set[int] = set()
        self._row_of: dict[int, int] = {}
        self._listing = 0  # counts listings, so the late rest of an older one is dropped
        self._rest_tasks: list[Task] = []
        # Rows painted in one pass ask together: one query for the rows on screen.
        self._fetch = QTimer(self)
        self._fetch.setSingleShot(True)
        self._fetch.setInterval(0)
        self._fetch.timeout.connect(self._fetch_wanted)

    def set_items(self, rows: list[ItemRow], thumbnails: dict[int, bytes] | None = None) -> None:
        """New rows; thumbnails already shown stay, the others are read when painted.
        ``thumbnails`` may hand in bytes already read."""
        if thumbnails:
            self._seeds.update(thumbnails)
            for item_id in thumbnails:
                self._thumbs.pop(item_id, None)
        self._listing += 1
        self._row_of = {row.item_id: i for i, row in enumerate(rows)}
        self.set_rows(rows)

    def load_rest(self, read: Callable[[], list[ItemRow]]) -> None:
        """Appends the rows ``read`` returns, read in a worker: the rest of a long case after
        its first screenful. A newer listing (set_items, stop_loading) drops a late result."""
        listing = self._listing
        task = Task(lambda _progress, _cancelled: read())

        def done(rows: list[ItemRow]) -> None:
            self._rest_tasks.remove(task)
            if listing == self._listing:
                self.append_items(rows)

        task.done.connect(done)
        # The rows shown stay usable; the next reload (after any change) tries again.
        task.error.connect(lambda _exc: self._rest_tasks.remove(task))
        self._rest_tasks.append(task)  # kept until it has reported: a running thread must live
        task.start()

    def stop_loading(self) -> None:
        """Waits for rows still being read and drops them (the case is closed or changed)."""
        self._listing += 1
        for task in list(self._rest_tasks):
            task.wait()

    def append_items(self, rows: list[ItemRow]) -> None:
        """More rows after those shown (the rest of a long case, read in the background)."""
        if not rows:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.rows.extend(rows)
        self._row_of.update({row.item_id: first + i for i, row in enumerate(rows)})
        self.endInsertRows()

    def set_thumbnails(self, thumbnails: dict[int, bytes]) -> None:
        self._seeds.update(thumbnails)
        for item_id in thumbnails:
            self._thumbs.pop(item_id, None)
        self._changed(thumbnails)

    def forget_thumbnails(self) -> None:
        """Another case file or case: nothing decoded is kept."""
        self._thumbs.clear()
        self._seeds.clear()
        self._wanted.clear()

    def look_again(self) -> None:
        """Rows shown without a thumbnail ask again when painted (some were made since)."""
        missing = [item_id for item_id, pixmap in self._thumbs.items() if pixmap is None]
        for item_id in missing:
            del self._thumbs[item_id]
        self._changed(missing)

    def shown_thumbnail(self, item_id: int) -> QPixmap | None:
        """The decoded thumbnail of a row, if it was painted (asks nothing of the file)."""
        return self._thumbs.get(item_id)

    def _changed(self, item_ids: Iterable[int]) -> None:
        rows = [self._row_of[i] for i in item_ids if i in self._row_of]
        if rows:
            self.dataChanged.emit(
                self.index(min(rows), self.NUMBER),
                self.index(max(rows), self.NUMBER),
                [Qt.ItemDataRole.DecorationRole],
            )

    def _thumb(self, row: ItemRow) -> QPixmap | None:
        """Decoded when a row is painted; read from the file with the other rows on screen."""
        item_id = row.item_id
        if item_id in self._thumbs:
            return self._thumbs[item_id]
        seed = self._seeds.pop(item_id, None)
        if seed is not None:
            self._thumbs[item_id] = _decoded(seed)
            return self._thumbs[item_id]
        if self.service is not None and row.stored:
            self._wanted.add(item_id)
            self._fetch.start()
        return None

    @Slot()
    def _fetch_wanted(self) -> None:
        wanted, self._wanted = self._wanted, set()
        service = self.service
        if service is None or not wanted:
            return
        try:
            found = service.thumbnails_of(wanted)
        except KnownError:
            found = {}  # a thumbnail is optional; the row stays usable without it
        for item_id in wanted:
            data = found.get(item_id)
            self._thumbs[item_id] = _decoded(data) if data else None
        self._changed(wanted)

    @staticmethod
    def kind_label(row: ItemRow) -> str:
        """A stored file says what it is (video, archive, document) rather than "other file".
        A withheld image has a short label here, which fits the column's three lines at 150 %
        in Dutch (walk 5, W5-13: "Bewust niet bewaard (mogelijk seksueel beeld van een …");
        the full one is in the tooltip, the evidence log and the viewer."""
        if row.kind is de.EvidenceKind.WITHHELD:
            if any(action == "withheld" for _at, action, _r, _n in row.custody):
                return QCoreApplication.translate(
                    "evidence_model", "Removed (possibly sexual image)"
                )
            return QCoreApplication.translate("evidence_model", "Not kept (possibly sexual image)")
        return _t("evidence", de.kind_label(row.kind, row.mime))

    @staticmethod
    def type_icon(row: ItemRow) -> QIcon:
        """A type icon for rows without a thumbnail, so a film or an archive stands out; drawn
        from the palette, so it reads in dark as in light (walk H, finding 11). A file waiting
        for the question about minors has the warning sign, a record of an image not kept a
        struck-out page: both had the warning sign, and the orange line's "it is marked in
        the list" could mean either (walk H, finding 10)."""
        if row.waits_for_answer:
            return row_icons.icon("waiting")
        if row.kind == de.EvidenceKind.WITHHELD:
            return row_icons.icon("not_kept")
        if row.kind in ENTRY_ICONS:  # not files: they had no sign at all (walk I, finding 2)
            return row_icons.icon(ENTRY_ICONS[row.kind])
        name = {
            ft.FileCategory.VIDEO: "video",
            ft.FileCategory.AUDIO: "audio",
            ft.FileCategory.ARCHIVE: "archive",
        }.get(ft.category_of(row.mime), "file")
        return row_icons.icon(name)

    @staticmethod
    def details(row: ItemRow) -> str:
        """The facts that tell items of one kind apart, in a few words (the account, the
        file's type and size), and under them, short, that it was handed over (walk 5,
        W5-12: the row looked the same after it). When, to whom and every earlier hand-over
        are in the tooltip: with the receiver first, the URL and account fell off the cell's
        end (walk 12, W12-10: "overgedragen aan J. de Vries, politie Utrecht, ...")."""
        handed = EvidenceModel._handed(row)
        facts = EvidenceModel._facts(row)
        if row.waits_for_answer:  # stored before the case became a sexual case (walk G)
            question = QCoreApplication.translate("evidence_model", "minors question unanswered")
            facts = f"{question}\n{facts}"
        if not handed:
            return facts
        # Two words, so they fit the narrow column at 150 % in Dutch ("overgedragen op …"
        # was cut before its date); when and to whom are in the tooltip.
        text = QCoreApplication.translate("evidence_model", "handed over")
        return f"{facts}\n{text}" if facts else text

    @staticmethod
    def _handed(row: ItemRow) -> list[tuple[datetime, str]]:
        return [
            (at, receiver) for at, action, receiver, _note in row.custody if action == "handed_over"
        ]

    @staticmethod
    def custody_text(row: ItemRow) -> str:
        """Every hand-over of the item, oldest first, with its receiver (for the tooltip)."""
        return "\n".join(
            QCoreApplication.translate(
                "evidence_model", "handed over to {receiver} on {date}"
            ).format(receiver=receiver, date=fmt.date_text(at))
            for at, receiver in EvidenceModel._handed(row)
        )

    @staticmethod
    def _facts(row: ItemRow) -> str:
        if row.stored:
            # In the adviser's language, in bytes, kB or MB as fits: a 35-byte note read
            # "0 kB" and a 7.8 MB photo "7617 kB" (walker).
            size = fmt.data_size(row.size or 0)
            text = f"{row.mime}, {size}"
            return text + (f", {row.width}×{row.height}" if row.width else "")
        if row.kind == de.EvidenceKind.WITHHELD:
            # Where it is and who provided it are two facts (walk 6, W6-4: the supplier was
            # shown as "where" once a stored original was removed).
            text = QCoreApplication.translate("evidence_model", "not kept; where: {where}").format(
                where=row.location or "—"
            )
            if row.source:
                text += "\n" + QCoreApplication.translate(
                    "evidence_model", "provided: {source}"
                ).format(source=row.source)
            return text
        if row.kind == de.EvidenceKind.MESSAGE:
            text = ", ".join(x for x in (row.sender, row.platform) if x)
            if row.sent_at is None:
                return text
            # When it was sent, as told, on a line of its own (walk 14, W14-12).
            sent = QCoreApplication.translate("evidence_model", "sent {moment}").format(
                moment=fmt.date_time_text(row.sent_at)
            )
            return f"{text}\n{sent}" if text else sent
        account = " ".join(x for x in (row.platform, row.handle) if x)
        steps = []
        if row.online_status:
            steps.append(_t("evidence", de.STATUS_LABELS[de.OnlineStatus(row.online_status)]))
        elif row.takedown:
            steps.append(QCoreApplication.translate("evidence_model", "reported"))
        if row.recheck_on:
            steps.append(
                QCoreApplication.translate("evidence_model", "check on {date}").format(
                    date=fmt.date_text(row.recheck_on)
                )
            )
        # The account on a line, the takedown on the next: three parts in a row on one
        # wrapped line ran past the row's three lines (W5-13).
        return "\n".join(p for p in (account, ", ".join(steps)) if p)

    @staticmethod
    def described(row: ItemRow) -> str:
        """The description; for an item not kept also what was received, its name and type,
        so the rows of one batch answered "yes" tell apart (walk G, 7b: they looked alike)."""
        if row.kind != de.EvidenceKind.WITHHELD or not row.original_name:
            return row.description
        kind = _t("evidence", ft.CATEGORY_LABELS[ft.category_of(row.mime)])
        return "\n".join(x for x in (row.description, f"{row.original_name} ({kind})") if x)

    def cell(self, row: ItemRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.number,
                self.kind_label(row),
                self.described(row) or row.url or row.message_text[:80],
                fmt.date_time_text(row.recorded_at),
                self.details(row),
            )[column]
        if role == Qt.ItemDataRole.DecorationRole and column == self.NUMBER:
            # A file waiting for the question about minors shows no picture (walk G).
            if row.kind in (de.EvidenceKind.FILE, de.EvidenceKind.WITHHELD, *ENTRY_ICONS) or (
                row.waits_for_answer
            ):
                return self.type_icon(row)
            return self._thumb(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            # Cells are cut short to keep one line per item; the tooltip has it all.
            lines = [
                _t("evidence", de.kind_label(row.kind, row.mime)),
                self.described(row),
                row.url,
                row.message_text[:300],
                self._facts(row),
                self.custody_text(row),
                f"SHA-256: {row.sha256}" if row.sha256 else "",
            ]
            return "\n".join(x for x in lines if x)
        return None
