"""The print preview: the pages, a zoom row, and a button row with Print… as the default.

Qt's own QPrintPreviewDialog was mouse-only (walk 14, W14-2): its Print and Page setup are
toolbar buttons that never take the focus, Tab cycled only the zoom field, the page field and
the page, and Enter, Space and Ctrl+P did nothing, so a keyboard user could start a print but
never finish it. And it opened at its own tiny size hint unless a window manager maximised it
(W14-5: 771 x 109 px with the page at 5.3 %, and at 2x Print hid in the toolbar's "»"
overflow). Here Print… is a real button (default, Ctrl+P), Close and Escape close, the focus
starts on Print…, the first size is a large share of the screen whatever the window manager
does, and the page is shown at the window's width.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.ui.common.fit import FRAME_ALLOWANCE, available
from adviser_desk.ui.common.focus_show import show_focus

# Share of the free screen the preview takes at first: roomy, yet clearly a window.
_SHARE = 0.9
# Wider than this shows little more of an A4 page and only makes it taller to scroll.
_MAX_WIDTH_PER_HEIGHT = 1.0
_ZOOM_STEP = 1.25


class PrintPreview(QDialog):
    """The pages of ``printer``'s document (painted by ``paintRequested``) with Print… and
    Close; accepted once printed."""

    def __init__(self, printer: QPrinter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("print_preview")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.printer = printer
        self.preview = QPrintPreviewWidget(printer, self)
        self.preview.setObjectName("pages")
        self.preview.previewChanged.connect(self._show_page_count)

        self.fit_width = self._button(self.tr("Fit &width"), "fit_width", self._fit_width)
        self.whole_page = self._button(self.tr("W&hole page"), "whole_page", self._whole_page)
        self.zoom_in = self._button(self.tr("Zoom &in"), "zoom_in", self._zoom_in)
        self.zoom_out = self._button(self.tr("Zoom &out"), "zoom_out", self._zoom_out)
        self.pages = QLabel(self)
        self.pages.setObjectName("page_count")
        zoom = QHBoxLayout()
        for button in (self.fit_width, self.whole_page, self.zoom_in, self.zoom_out):
            zoom.addWidget(button)
        zoom.addStretch(1)
        zoom.addWidget(self.pages)

        self.buttons = QDialogButtonBox(self)
        self.print_button = self.buttons.addButton(
            self.tr("&Print…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.print_button.setObjectName("print")
        self.print_button.setToolTip(self.tr("Print (Ctrl+P)"))
        self.print_button.setDefault(True)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("close")
        # Not ``accepted``: Print… opens the print dialog first, and accepts once printed.
        self.print_button.clicked.connect(self.print_document)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_document)
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn), self, self._zoom_in)
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut), self, self._zoom_out)

        layout = QVBoxLayout(self)
        layout.addLayout(zoom)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.print_button, close)
        self._first_size()
        self.preview.fitToWidth()
        show_focus(self.print_button)

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)  # Enter anywhere prints; these only change the view
        button.clicked.connect(slot)
        return button

    def _first_size(self) -> None:
        """A large share of the free screen, set here rather than asked of a window manager
        (none may be running, or it may ignore the request: W14-5)."""
        area = available(self.parentWidget() or self)
        if area is None:
            self.resize(900, 1000)
            return
        height = int((area.height() - FRAME_ALLOWANCE.height()) * _SHARE)
        width = min(
            int((area.width() - FRAME_ALLOWANCE.width()) * _SHARE),
            int(height * _MAX_WIDTH_PER_HEIGHT),
        )
        self.resize(width, height)
        frame = FRAME_ALLOWANCE
        self.move(
            area.x() + (area.width() - width - frame.width()) // 2,
            area.y() + (area.height() - height - frame.height()) // 2,
        )

    @Slot()
    def _show_page_count(self) -> None:
        self.pages.setText(self.tr("%n page(s)", "", self.preview.pageCount()))

    @Slot()
    def _fit_width(self) -> None:
        self.preview.fitToWidth()

    @Slot()
    def _whole_page(self) -> None:
        self.preview.fitInView()

    @Slot()
    def _zoom_in(self) -> None:
        self.preview.zoomIn(_ZOOM_STEP)

    @Slot()
    def _zoom_out(self) -> None:
        self.preview.zoomOut(_ZOOM_STEP)

    @Slot()
    def print_document(self) -> None:
        """As Qt's preview does: the print dialog, or on Windows and macOS, when the printer
        writes a PDF, a file dialog for its name; then the pages go to the printer."""
        printer = self.printer
        if sys.platform in ("win32", "darwin") and (
            printer.outputFormat() is not QPrinter.OutputFormat.NativeFormat
        ):
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export to PDF"), printer.outputFileName(), "*.pdf"
            )
            if not name:
                return
            printer.setOutputFileName(name if name.lower().endswith(".pdf") else name + ".pdf")
        else:
            dialog = QPrintDialog(printer, self)
            try:
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return
            finally:
                dialog.deleteLater()
        self.preview.print_()
        self.accept()
