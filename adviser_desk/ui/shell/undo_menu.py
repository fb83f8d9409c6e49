"""Edit > Undo (Ctrl+Z) of the main window: the open case's last undoable step, named ("Undo:
close case 2026-004"), enabled while the case view's bar offers it (walk J, finding 11: Undo
of a closing was on the bar for 20 seconds and in no menu, where desktop apps keep it). Ctrl+Z
with nothing to undo says so on the bar (walk 17, W17-2). The case view is built with the
open file's page, after the menus: it is followed from then on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # the welcome page shows before the case view's modules load (issue 15)
    from adviser_desk.ui.case.undo_bar import UndoBar


class UndoMenu(QObject):
    """``action`` goes in the Edit menu; a second action, never shown, has Ctrl+Z while it is
    off (only one of the two has the key at a time)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.action = QAction(self.tr("&Undo"), window)
        self.action.setObjectName("edit_undo")
        self.action.setShortcut(QKeySequence.StandardKey.Undo)
        self.action.setEnabled(False)
        window.addAction(self.action)
        self.nothing = QAction(self.tr("Nothing to undo"), window)
        self.nothing.setShortcut(QKeySequence.StandardKey.Undo)
        window.addAction(self.nothing)
        self.bar: UndoBar | None = None

    def follow(self, bar: UndoBar) -> None:
        """The case view's bar: its offer is this menu's Undo."""
        self.bar = bar
        bar.action.changed.connect(self._follow)
        self.action.triggered.connect(bar.undo)
        self.nothing.triggered.connect(bar.say_nothing)
        self._follow()

    @Slot()
    def _follow(self) -> None:
        if self.bar is None:
            return
        offered = self.bar.action.isEnabled()
        self.action.setText(self.bar.action.text())
        self.action.setEnabled(offered)
        self.nothing.setEnabled(not offered)
