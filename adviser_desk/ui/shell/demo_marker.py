"""The demo's cases are fictional: the window says so at the bottom while the demo is open,
not only in its title bar (walk 4, W17)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow


class DemoMarker(QLabel):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(self.tr("Demo — fictional data"), window)
        self.setObjectName("demo_marker")
        self._bar = window.statusBar()
        self._bar.addPermanentWidget(self)
        self.show_for(demo=False)

    def show_for(self, demo: bool) -> None:
        """Shown (with its status bar) for the demo file only."""
        self.setVisible(demo)
        self._bar.setVisible(demo)
