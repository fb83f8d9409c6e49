"""Qt's own file dialog opens large enough to read the folder's sizes, types, dates and long
names.

Where the desktop offers no file dialog of its own (a bare window manager, Xvfb), Qt shows its
widget dialog at a fixed size of about 640 x 427 logical pixels: at 1.5x the columns read
"61,…KiB", "PDF…ent" and "04-12-… 17:34", and a long file name was cut in the middle (walk 15,
W15-2). It now opens at a share of the free screen, centred, with the size, type and date
columns as wide as their texts and the name taking the rest. Its sidebar of places is as wide
as its longest entry (walk 16, W16-3: the home folder read "walkC-hom" at 1.5x). The
desktop's own dialogs are not touched.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHeaderView,
    QListView,
    QSplitter,
    QTreeView,
    QWidget,
)

from adviser_desk.ui.common import fit
from adviser_desk.ui.common.window_shown import WindowShownFilter

# Share of the free screen a file dialog opens at, and the most it takes on a large screen.
SHARE_WIDTH, SHARE_HEIGHT = 0.75, 0.75
LARGEST_WIDTH, LARGEST_HEIGHT = 1400, 900


class FileDialogSize(WindowShownFilter):
    NAME = "file_dialog_size"

    def shown(self, window: QWidget) -> None:
        if not isinstance(window, QFileDialog) or window.property(self.NAME):
            return
        window.setProperty(self.NAME, True)  # once: a size the user gives it stays
        area = fit.available(window.parentWidget() or window)
        if area is not None:
            width = min(int(area.width() * SHARE_WIDTH), LARGEST_WIDTH)
            height = min(int(area.height() * SHARE_HEIGHT), LARGEST_HEIGHT)
            if width > window.width() or height > window.height():
                window.resize(max(width, window.width()), max(height, window.height()))
                frame = window.frameGeometry()
                frame.moveCenter(area.center())
                window.move(frame.topLeft())
        _fit_sidebar(window)
        for view in window.findChildren(QTreeView):
            header = view.header()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


def _fit_sidebar(window: QFileDialog) -> None:
    """Widens the places on the left to their longest name, taken from the files beside."""
    sidebar = window.findChild(QListView, "sidebar")
    splitter = window.findChild(QSplitter, "splitter")
    if sidebar is None or splitter is None or splitter.count() != 2:
        return
    scroll_bar = sidebar.verticalScrollBar().sizeHint().width()
    wanted = sidebar.sizeHintForColumn(0) + 2 * sidebar.frameWidth() + scroll_bar
    sizes = splitter.sizes()
    total = sum(sizes)
    if wanted > sizes[0] and total > 0:
        wanted = min(wanted, total // 3)  # the files keep most of the room
        splitter.setSizes([wanted, total - wanted])


def install(app: QApplication) -> None:
    FileDialogSize.install(app)
