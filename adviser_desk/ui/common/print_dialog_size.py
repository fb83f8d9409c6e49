"""Qt's own print dialog opens wide enough to show the whole file it proposes to print into.

Where the desktop offers no print dialog of its own, Qt shows its widget dialog at its smallest
width: at 1.5x its Output file field showed "Documents/2026-001 bewijslijst (afgedrukt).pdf"
with the start of the path scrolled off (walk 17, W17-2). It now opens as wide as that path
needs, within the free screen, centred. The desktop's own dialogs are not touched.
"""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from adviser_desk.ui.common import fit
from adviser_desk.ui.common.window_shown import WindowShownFilter

# The most of the free screen's width the dialog takes for a long path.
LARGEST_SHARE = 0.9
# Room beside the text inside the field: its frame, its text margins and the cursor.
FIELD_ROOM = 24


class PrintDialogSize(WindowShownFilter):
    NAME = "print_dialog_size"

    def shown(self, window: QWidget) -> None:
        if not isinstance(window, QPrintDialog) or window.property(self.NAME):
            return
        window.setProperty(self.NAME, True)  # once: a size the user gives it stays
        field = window.findChild(QLineEdit, "filename")
        area = fit.available(window.parentWidget() or window)
        if field is None or area is None or not field.text():
            return
        wanted = field.fontMetrics().horizontalAdvance(field.text()) + FIELD_ROOM
        largest = int(area.width() * LARGEST_SHARE)
        width = min(window.width() + max(0, wanted - field.width()), largest)
        if width > window.width():
            window.resize(width, window.height())
            frame = window.frameGeometry()
            frame.moveCenter(area.center())
            window.move(frame.topLeft())
        field.setCursorPosition(0)  # a path still too long shows its start, not its end


def install(app: QApplication) -> None:
    PrintDialogSize.install(app)
