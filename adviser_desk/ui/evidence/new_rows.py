"""The items just added are selected, in view and under the keyboard (walk 6, W6-4c).

After adding, the new row was not selected, so View, Takedown… and Mark… stayed off until the
adviser found and clicked it. Whatever added them (files, a paste, a web address, a message)
names the new items here; they are selected as soon as the list shows them: at once, or, in a
long case whose rows after the first screenful are read in a worker, when those arrive."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QObject, Qt, Slot

if TYPE_CHECKING:
    from adviser_desk.ui.evidence.evidence_tab import EvidenceTab


class NewRows(QObject):
    """Selects the tab's newly added items by their numbers."""

    def __init__(self, tab: EvidenceTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.pending: set[str] = set()
        self.case_id: int | None = None
        tab.model.rowsInserted.connect(self._rows_arrived)

    def select(self, case_id: int | None, numbers: Iterable[str]) -> None:
        """Selects the items ``numbers`` of ``case_id`` once the list shows them (nothing if
        the tab shows another case by then)."""
        self.pending, self.case_id = set(numbers), case_id
        self._try()

    @Slot()
    def _rows_arrived(self) -> None:
        if self.pending:
            self._try()

    def _try(self) -> None:
        tab = self.tab
        if tab.case_id != self.case_id or not self.pending:
            self.pending = set()
            return
        model, table = tab.model, tab.table
        indexes = [
            model.index(i, 0) for i, row in enumerate(model.rows) if row.number in self.pending
        ]
        if len(indexes) < len(self.pending):
            return  # the rest of a long case is still being read
        self.pending = set()
        selection = QItemSelection()
        for index in indexes:
            selection.select(index, index)
        flags = QItemSelectionModel.SelectionFlag
        chooser = table.selectionModel()
        chooser.select(selection, flags.ClearAndSelect | flags.Rows)
        chooser.setCurrentIndex(indexes[0], flags.NoUpdate)
        # The last in view, then the first: all of them when they fit, the first always.
        table.scrollTo(indexes[-1])
        table.scrollTo(indexes[0])
        table.setFocus(Qt.FocusReason.OtherFocusReason)

    def keep(self, item_ids: set[int]) -> None:
        """After the list was read again, the rows ``item_ids`` selected before are selected
        again, the first of them current, no other: the reset can select B-001 by itself (a
        button turned off by it hands the focus to the list, which selects its first row), and
        keyboard actions then went to it (walk G2, finding 2; walk H, finding 12)."""
        flags = QItemSelectionModel.SelectionFlag
        how = flags.ClearAndSelect
        chooser = self.tab.table.selectionModel()
        for number, row in enumerate(self.tab.model.rows):
            if row.item_id in item_ids:
                index = self.tab.model.index(number, 0)
                if how == flags.ClearAndSelect:
                    chooser.setCurrentIndex(index, how | flags.Rows)
                else:
                    chooser.select(index, how | flags.Rows)
                how = flags.Select
