"""The undo bar after a case was closed or reopened through its question, and what it says
once Undo (or Ctrl+Z) has put the case back (walk 13, W13-5: undoing a reopening said
nothing; the case just changed back on the Overview). The sentences with a plural are made
here, in a class, where lupdate sees them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from adviser_desk.ui.case.case_closing import Closing, Reopening
from adviser_desk.ui.common import format as fmt

if TYPE_CHECKING:
    from adviser_desk.ui.case.case_view import CaseView


class ClosingUndo(QObject):
    """Offers Undo on the case view's bar after closing or reopening, and says what it undid."""

    def __init__(self, view: CaseView) -> None:
        super().__init__(view)
        self.view = view

    @Slot(object)
    def offer_reopen(self, closing: Closing) -> None:
        """After the closing question: Undo puts the case and its tasks back as they were."""
        cases = self.view.cases
        if cases is None:
            return
        marked = self.tr("%n open task(s) marked not applicable.", "", len(closing.task_ids))

        def undo() -> str:
            opened = closing.undo(cases)
            said = self.tr("Undone: case {number} is open again.").format(number=closing.number)
            if opened:
                said += " " + self.tr("%n task(s) the closing marked are open again.", "", opened)
            return said

        self.view.undo_bar.offer(closing.said(marked), undo)

    @Slot(object)
    def offer_reclose(self, reopening: Reopening) -> None:
        """After the reopening question: Undo closes the case again as it was."""
        cases = self.view.cases
        if cases is None:
            return
        count = len(reopening.reasons)
        again = self.tr("%n task(s) that closing marked not applicable are open again.", "", count)

        def undo() -> str:
            marked = reopening.undo(cases)
            closed_on = reopening.before.closed_on
            said = (
                self.tr(
                    "Undone: case {number} is closed again, with its outcome and its closing "
                    "date, {date}."
                ).format(number=reopening.number, date=fmt.date_text(closed_on))
                if closed_on is not None
                else self.tr("Undone: case {number} is closed again.").format(
                    number=reopening.number
                )
            )
            if marked:
                said += " " + self.tr("%n task(s) marked not applicable again.", "", marked)
            return said

        self.view.undo_bar.offer(reopening.said(again), undo)
