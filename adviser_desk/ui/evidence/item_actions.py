"""What the Evidence tab does with the selected items: view one, report a web address for
removal (takedown), record a hand-over."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Slot
from PySide6.QtWidgets import QMessageBox

from adviser_desk.domain import evidence as de
from adviser_desk.ui.evidence.evidence_dialogs import ImageViewer
from adviser_desk.ui.evidence.evidence_model import EvidenceModel
from adviser_desk.ui.evidence.takedown_dialog import HandoverDialog, TakedownDialog
from adviser_desk.ui.evidence.withheld_view import WithheldRecord

if TYPE_CHECKING:
    from adviser_desk.ui.evidence.evidence_tab import EvidenceTab


class EvidenceItemActions(QObject):
    """View (and double-click), Takedown… and Hand over… on the tab's selection."""

    def __init__(self, tab: EvidenceTab) -> None:
        super().__init__(tab)
        self.tab = tab

    @Slot()
    def view_selected(self, _index: QModelIndex | None = None) -> None:
        tab = self.tab
        row = tab.selected()
        if row is None or tab.service is None:
            return
        if row.kind == de.EvidenceKind.WITHHELD:
            # No image to show: everything recorded in its place, read only.
            record = WithheldRecord(row, tab)
            try:
                record.exec()
            finally:
                record.deleteLater()
            return
        if row.kind != de.EvidenceKind.IMAGE:
            QMessageBox.information(
                tab,
                row.number,
                "\n".join(
                    x
                    for x in (
                        row.description,
                        row.url,
                        row.message_text,
                        # Sender, platform and when it was sent (walk 14, W14-12).
                        EvidenceModel.details(row) if row.kind == de.EvidenceKind.MESSAGE else "",
                        # Not a bare SHA-256 for a film, an archive or a document (walk I, 24).
                        self.tr(
                            "Quick view shows pictures only. To look at this file, open it "
                            "where you received it; what is stored here is kept unaltered."
                        )
                        if row.kind == de.EvidenceKind.FILE
                        else "",
                        f"SHA-256: {row.sha256}" if row.sha256 else "",
                    )
                    if x
                ),
            )
            return
        viewer = ImageViewer(
            tab.service.original(row.item_id), f"{row.number} — {row.description}", tab
        )
        try:
            viewer.exec()
        finally:
            viewer.deleteLater()

    @Slot()
    def takedown(self) -> None:
        tab = self.tab
        row = tab.selected()
        if tab.service is None or row is None:
            return
        if row.kind == de.EvidenceKind.WITHHELD:
            # Not kept here, but the image may well be online still (walk 6, W6-4b): the
            # takedown goes with the address where it is, so Takedown… stays on and says how.
            QMessageBox.information(
                tab,
                self.tr("Takedown"),
                self.tr(
                    "The image of {number} is not kept here, but it may still be online. Add "
                    "the address where it is with Add > Web address…, then select that address "
                    "and choose Takedown… to record the report and when to check again."
                ).format(number=row.number),
            )
            return
        if row.kind != de.EvidenceKind.URL:
            QMessageBox.information(
                tab,
                self.tr("Takedown"),
                self.tr("Select a web address: only those can be reported for removal."),
            )
            return
        dialog = TakedownDialog(tab.service, row, tab)
        try:
            if dialog.exec():
                tab.reload()
                tab.changed.emit()  # a report adds a re-check task, a removal closes it
        finally:
            dialog.deleteLater()

    @Slot()
    def hand_over(self) -> None:
        tab = self.tab
        if tab.service is None or tab.case_id is None:
            return
        dialog = HandoverDialog(tab.service, tab.case_id, tab.selected_rows(), tab)
        try:
            if dialog.exec():
                tab.reload()
                tab.changed.emit()
                tab.status.setText(self.tr("Hand-over recorded for %n item(s).", "", dialog.count))
        finally:
            dialog.deleteLater()
