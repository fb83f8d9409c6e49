"""The undo bar after a case was closed or reopened through its question, and what it says
once Undo (or Ctrl+Z) has put the case back (walk 13, W13-5: undoing a reopening said
nothing; the case just changed back on the Overview). The sentences with a plural are made
here, in a class, where lupdate sees them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from adviser_desk.domain import cases as dc
from adviser_desk.ui.case.case_closing import Closing, Reopening, SavedChange
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common.widgets import tr_label

if TYPE_CHECKING:
    from adviser_desk.services.save_undo import Undone
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
            undone = closing.undo(cases)
            said = self.tr("Undone: case {number} is open again.").format(number=closing.number)
            if undone.tasks:
                said += " " + self.tr(
                    "%n task(s) the closing marked not applicable are open again.",
                    "",
                    undone.tasks,
                )
            return self._more(said, closing, undone)

        what = self.tr("close case {number}").format(number=closing.number)
        self.view.undo_bar.offer(closing.said(marked), undo, what)

    @Slot(object)
    def offer_reclose(self, reopening: Reopening) -> None:
        """After the reopening question: Undo closes the case again as it was."""
        cases = self.view.cases
        if cases is None:
            return
        count = len(reopening.reasons)
        again = self.tr("%n task(s) that closing marked not applicable are open again.", "", count)

        def undo() -> str:
            undone = reopening.undo(cases)
            marked = undone.tasks
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
            return self._more(said, reopening, undone)

        what = self.tr("reopen case {number}").format(number=reopening.number)
        self.view.undo_bar.offer(reopening.said(again), undo, what)

    def _more(self, said: str, change: SavedChange, undone: Undone) -> str:
        """What the undo took back beyond the status (walk I, finding 16: the incident type
        ticked in the same save was unticked without a word, and its tasks stayed open), and
        the files that save made wait, which keep waiting: the safe side, said; an original
        removed since stays removed, also said."""
        lines = [said]

        def names(types: list[dc.IncidentType]) -> str:
            return ", ".join(f"“{tr_label('cases', dc.INCIDENT_LABELS[t])}”" for t in types)

        if unticked := change.types_unticked():
            lines.append(self.tr("Unticked again: {types}.").format(types=names(unticked)))
        if ticked := change.types_ticked():
            lines.append(self.tr("Ticked again: {types}.").format(types=names(ticked)))
        if undone.removed:
            lines.append(self.tr("%n task(s) that save added are removed.", "", undone.removed))
        if undone.kept:
            lines.append(
                self.tr("%n task(s) that save added were changed since and stay.", "", undone.kept)
            )
        if change.waits and undone.waiting:
            lines.append(
                self.tr(
                    "%n file(s) still wait for the question about minors, to be on the safe "
                    "side: {numbers}. Answer it on the Evidence tab.",
                    "",
                    len(undone.waiting),
                ).format(numbers=", ".join(undone.waiting))
            )
        if removed := undone.removed_originals:
            # The one thing it cannot take back (walk J, finding 10).
            lines.append(
                self.tr(
                    "The stored original of %n file(s) was removed after that save and stays "
                    "removed: {numbers}. Undo does not bring back a removed original.",
                    "",
                    len(removed),
                ).format(numbers=", ".join(removed))
            )
        return " ".join(lines)
