"""A choice of boxes of which one must stay ticked (a case's kinds of incident).

The Overview cannot refuse a save (the idle lock saves its edits without asking), so it
cannot refuse a case without a kind as New case does: the last ticked box simply stays
ticked when the adviser unticks it (click, Space or its Alt letter), and a short note beside
the boxes says why. Ticking another box first frees it.
"""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel

from adviser_desk.ui.common import theme
from adviser_desk.ui.common.widgets import CheckGroup


class KeepOneTicked(QObject):
    """Keeps at least one box of ``group`` ticked by the adviser; ``note`` says so when needed."""

    def __init__(self, group: CheckGroup[Any]) -> None:
        super().__init__(group)
        self.group = group
        self.note = QLabel(
            self.tr("At least one kind is needed: tick another before unticking this one."),
            group,
        )
        self.note.setObjectName("one_ticked_note")
        self.note.setWordWrap(True)
        theme.set_role(self.note, "warning")
        self.note.hide()
        grid = group.layout()
        assert isinstance(grid, QGridLayout)
        grid.addWidget(self.note, grid.rowCount(), 0, 1, max(grid.columnCount(), 1))
        self._refusing = False
        for box in group.boxes.values():
            box.clicked.connect(lambda checked, box=box: self._clicked(box, checked))
        # Another case shown (its kinds set by the program): no note left from before.
        group.changed.connect(self._changed)

    def _clicked(self, box: QCheckBox, checked: bool) -> None:
        if checked or self.group.values():
            self.note.hide()
            return
        self._refusing = True
        try:
            box.setChecked(True)
        finally:
            self._refusing = False
        self.note.show()

    @Slot()
    def _changed(self) -> None:
        if not self._refusing:
            self.note.hide()


G = TypeVar("G", bound=CheckGroup[Any])


def keep_one_ticked(group: G) -> G:
    """``group``, of which the adviser cannot untick the last ticked box (see the module)."""
    KeepOneTicked(group)
    return group
