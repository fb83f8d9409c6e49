"""Not keeping a stored image once it may be a sexual image of a minor (walk W21): offered when
a file answered "yes, or not sure" is byte for byte one already stored, and on the evidence tab
for a selected item (the adviser may learn later what an image shows). The service removes the
original; this module only asks and tells."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QMessageBox, QPushButton

from adviser_desk.domain.work import CancelRequested, Progress
from adviser_desk.services.evidence_service import ItemRow, StoredCopy
from adviser_desk.services.removed_original import removal
from adviser_desk.ui.common.dialogs import show_error
from adviser_desk.ui.common.focus_show import back_on
from adviser_desk.ui.common.mnemonics import flips, retext
from adviser_desk.ui.common.workers import run_with_progress
from adviser_desk.ui.evidence.mark_dialog import MarkDialog
from adviser_desk.ui.evidence.removed_line import RemovedLine

if TYPE_CHECKING:
    from adviser_desk.ui.evidence.evidence_tab import EvidenceTab


class EvidenceWithholdActions(QObject):
    """The offer after intake and the tab's "Mark as possibly sexual image…"."""

    def __init__(self, tab: EvidenceTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.button: QPushButton | None = None

    def follow_selection(self, button: QPushButton) -> None:
        """``button`` (Mark as possibly sexual image…) is on only while the selected item has
        a stored original: an item whose original was removed, or that was only ever
        described, a web address or a message has nothing left to remove (walk 6, W6-4b: it
        stayed on and answered with a message). Its tooltip says why it is off."""
        self.button = button
        # On a file waiting for the answer about minors it asks that question (walk G).
        flips(button, button.text(), self.tab.pending.button_text())
        self.mark_text = button.text()
        table, model = self.tab.table, self.tab.model
        table.selectionModel().selectionChanged.connect(self._follow)
        # A list read again, rows removed or re-sorted change the selection without a signal.
        for signal in (model.modelReset, model.rowsRemoved, model.layoutChanged):
            signal.connect(self._follow)
        self._follow()

    @Slot()
    def _follow(self) -> None:
        if self.button is None:
            return
        row = self.tab.selected()
        self.button.setEnabled(row is not None and row.stored)
        waits = row is not None and row.waits_for_answer
        retext(self.button, self.tab.pending.button_text() if waits else self.mark_text)
        if waits:
            self.button.setToolTip(self.tab.pending.button_tip())
            return
        if row is not None and not row.stored:
            self.button.setToolTip(self._why_off(row))  # a disabled button shows it too
            return
        self.button.setToolTip(
            self.tr(
                "The selected item may be a sexual image of someone under 18: remove its "
                "stored original and keep only its description and SHA-256"
            )
        )

    def _why_off(self, row: ItemRow) -> str:
        if removal(row) is not None:
            return self.tr(
                "The stored original of {number} has been removed already: only its "
                "description is kept."
            ).format(number=row.number)
        return self.tr("{number} has no stored original: nothing of it is kept.").format(
            number=row.number
        )

    def also_stored(self, row: ItemRow, copies: list[StoredCopy] | None = None) -> str:
        """The paragraph naming the other stored items, in any case, whose originals go with
        ``row``'s ("" when there are none): said before the adviser confirms, also from the
        question about minors (walk I, finding 25: only the status line named them, after).
        ``copies``: the stored copies of its bytes, when read already."""
        tab = self.tab
        if copies is None:
            if tab.service is None or not row.sha256:
                return ""
            copies = tab.service.stored_copies([row.sha256])
        others = [c for c in copies if c.item_id != row.item_id]
        if not others:
            return ""
        # The same bytes get the same words: said where the copies are named, before the step
        # that cannot be undone (walk L, finding 20).
        # One copy is named in the singular (walk M, finding 1).
        count = len(others)
        return (
            "\n\n"
            + self.tr(
                "The same file is also stored as the %n item(s) below, whose original(s) "
                "go too:\n{items}",
                "",
                count,
            ).format(items=self._lines(others))
            + "\n"
            + self.tr(
                "%n copy(ies) get(s) the same description and the same ‘where’ and ‘who’; the "
                "previous description stays in the timeline of its case.",
                "",
                count,
            )
        )

    def _lines(self, copies: list[StoredCopy]) -> str:
        return "\n".join(
            self.tr("• {number} in case {case}: {name}").format(
                number=c.number, case=c.case_number, name=c.original_name or "—"
            )
            for c in copies
        )

    def _confirm(self, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self.tab)
        box.setObjectName("withhold_box")
        remove = box.addButton(self.tr("Remove stored original"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep for now"), QMessageBox.ButtonRole.RejectRole)
        # The safe answer is the default: keeping the image is an offence.
        box.setDefaultButton(remove)
        try:
            box.exec()
            return box.clickedButton() is remove
        finally:
            box.deleteLater()

    def offer(
        self, copies: list[StoredCopy], where: str = "", seen_by: str = "", description: str = ""
    ) -> None:
        """Files just recorded as "may be a sexual image of a minor" are already stored as
        ``copies``: says so and offers to remove those originals. ``description``: the one
        given at intake, for copies that have none (their bytes go, walk J, finding 16)."""
        tab = self.tab
        if not copies or tab.service is None:
            return
        text = self.tr(
            "This same file (identical SHA-256) is already stored in the case file:\n"
            "{items}\n\n"
            "You answered that it may be a sexual image of someone under 18. Keeping it is an "
            "offence, even as evidence. Remove the stored original? The item stays as a record "
            "of an image deliberately not kept: its description, SHA-256, where it is and who "
            "saw it. This cannot be undone.\n\n"
            "Copies exported or handed over earlier are not changed: delete those yourself."
        ).format(items=self._lines(copies))
        if not self._confirm(self.tr("Already stored"), text):
            tab.status.setText(
                self.tr("The stored original of {numbers} was kept.").format(
                    numbers=", ".join(c.number for c in copies)
                )
            )
            return
        self._withhold(copies, where, seen_by, description, at_intake=True)

    @Slot()
    def mark_selected(self) -> None:
        """Evidence tab: "Mark as possibly sexual image…" on the selected item."""
        tab = self.tab
        row = tab.selected()
        if tab.service is None or row is None:
            return
        if row.waits_for_answer:  # the button reads "Possibly sexual image? Answer…"
            tab.pending.ask([row])
            return
        if not row.stored or not row.sha256:
            QMessageBox.information(
                tab,
                self.tr("Mark as possibly sexual image"),
                self.tr("{number} has no stored original: nothing of it is kept.").format(
                    number=row.number
                ),
            )
            return
        copies = tab.service.stored_copies([row.sha256])
        text = self.tr(
            "Mark {number} ({name}) as possibly a sexual image of someone under 18?\n\n"
            "Keeping such an image is an offence, even as evidence. Its stored original and "
            "thumbnail are removed from the case file for good; {number} stays as a record of "
            "an image deliberately not kept: its description, SHA-256, where it came from and "
            "who saw it. This cannot be undone.\n\n"
            "Copies exported or handed over earlier are not changed: delete those yourself."
        ).format(number=row.number, name=row.original_name or "—")
        text += self.also_stored(row, copies)
        # Where it is now and who saw it, asked as at intake for an image not kept.
        dialog = MarkDialog(self.tr("Mark as possibly sexual image"), text, row, tab)
        try:
            if not dialog.exec():
                # Kept for now: back on the row (walk K, finding 31).
                back_on(tab.table)
                return
            where, seen_by, description = dialog.answers()
        finally:
            dialog.deleteLater()
        mine = [c for c in copies if c.item_id == row.item_id] or copies
        self._withhold(mine, where, seen_by, description)

    def _withhold(
        self,
        copies: list[StoredCopy],
        where: str,
        seen_by: str,
        description: str = "",
        at_intake: bool = False,
    ) -> None:
        """Removes the originals in the background worker behind a progress window, as the
        app's other long jobs run: the removal deletes the original, writes its freed pages
        over with zeros and checkpoints them into the file, which on a large case file held
        the window still (it ran on the GUI thread). It is one transaction per original and
        cannot be stopped half-way, so there is no Cancel. ``at_intake``: the copies of a file
        just answered "yes, or not sure" at intake (the timeline says why they went)."""
        tab = self.tab
        service = tab.service
        if service is None:
            return
        # One call per original: it removes every stored copy of those bytes.
        first: dict[str, StoredCopy] = {}
        for copy in copies:
            first.setdefault(copy.sha256, copy)
        originals = list(first.values())

        def job(progress: Progress, _cancelled: CancelRequested) -> list[StoredCopy]:
            # One original: the bar stays a busy bar; several: it counts them.
            changed: list[StoredCopy] = []
            for done, copy in enumerate(originals, 1):
                changed += service.withhold_stored(
                    copy.item_id, where, seen_by, description, at_intake
                )
                if len(originals) > 1:
                    progress(done, len(originals))
            return changed

        def finished(changed: list[StoredCopy]) -> None:
            tab.model.forget_thumbnails()  # no decoded thumbnail of the image stays in memory
            tab.reload()
            tab.status.setText(RemovedLine(self).text(changed, tab.case_id))
            if not at_intake:
                # Back on the removed row, as after the question and Escape (walk L, finding
                # 21: the progress window closing left the focus on the Cases tab).
                back_on(tab.table)

        def failed(exc: BaseException) -> None:
            tab.model.forget_thumbnails()
            tab.reload()
            show_error(tab, self.tr("The stored original was not removed"), exc)

        tab.task = run_with_progress(
            tab,
            self.tr("Remove stored original"),
            self.tr("Removing the stored original and overwriting it in the case file…"),
            job,
            finished,
            failed,
            cancellable=False,
        )
