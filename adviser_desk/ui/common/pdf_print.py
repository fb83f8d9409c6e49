"""Print preview and printing of the PDFs the app makes (evidence log, letters).

The exact PDF bytes that were hashed are what is printed: each page is rendered by PDFium at the
printer's resolution and painted onto the page, so the paper matches the recorded SHA-256's
document. Nothing is written to a temporary file.

"Print to file (PDF)" is not painted: the app's own PDF, the same bytes, is written to the file
chosen (walk 5, W5-24: painting gave a 2.2 MB picture of each page with no text to search or
copy, so the SHA-256 values in a printed evidence log could not be copied).
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from adviser_desk.domain.errors import KnownError
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.ui.common.print_preview import PrintPreview

# Enough for sharp text on paper; more only costs memory (an A4 page at 300 dpi is 26 MB).
MAX_DPI = 300
PRINTER_FAILED = QT_TRANSLATE_NOOP(
    "errors",
    "The printer could not be started, so nothing was printed. Check that it is switched on "
    "and connected, or save the document as a PDF instead.",
)
NOT_WRITTEN = QT_TRANSLATE_NOOP(
    "errors", "The PDF could not be written to {path} ({reason}), so nothing was printed."
)
_FORMATS = {3: QImage.Format.Format_RGB888, 4: QImage.Format.Format_RGBA8888}


def paint_pdf(printer: QPrinter, pdf: bytes) -> int:
    """Paints every page of ``pdf`` onto ``printer`` (or, printing to a PDF file, writes
    ``pdf`` itself there); returns the number of pages."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    name = printer.outputFileName()
    engine = printer.paintEngine()
    previewing = engine is not None and engine.type() is QPaintEngine.Type.Picture
    if printer.outputFormat() is QPrinter.OutputFormat.PdfFormat and name and not previewing:
        try:
            _write_pdf(name, pdf)
            return len(document)
        finally:
            document.close()
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise KnownError(PRINTER_FAILED)
        dpi = min(printer.resolution(), MAX_DPI)
        pages = len(document)
        for index in range(pages):
            if index:
                printer.newPage()
            page = document[index]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True, may_draw_forms=False)
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                _FORMATS[bitmap.n_channels],
            ).copy()  # the bitmap's buffer goes when the bitmap does
            target = QRectF(painter.viewport())
            scale = min(target.width() / image.width(), target.height() / image.height())
            painter.drawImage(QRectF(0, 0, image.width() * scale, image.height() * scale), image)
            bitmap.close()
            page.close()
        return pages
    finally:
        if painter.isActive():
            painter.end()
        document.close()
        _keep_private(printer)


def _write_pdf(name: str, pdf: bytes) -> None:
    """The PDF as made, owner-only like the app's own PDF saves (the print dialog has
    already asked before replacing an existing file)."""
    import os

    try:
        fd = os.open(
            name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600
        )
        with os.fdopen(fd, "wb") as handle:
            handle.write(pdf)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(name, 0o600)
    except OSError as exc:
        raise KnownError(NOT_WRITTEN, path=name, reason=exc.strerror or str(exc)) from exc


def _keep_private(printer: QPrinter) -> None:
    """Qt's "Print to file (PDF)" writes with the umask (0644); the app's own PDF saves are owner
    only (0600), so a printed file is made owner-only too once Qt has closed it."""
    import os

    name = printer.outputFileName()
    engine = printer.paintEngine()
    previewing = engine is not None and engine.type() is QPaintEngine.Type.Picture
    if printer.outputFormat() is QPrinter.OutputFormat.PdfFormat and name and not previewing:
        with contextlib.suppress(OSError):
            os.chmod(name, 0o600)


def a4_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    # The PDF carries its own margins: paint on the whole sheet.
    printer.setFullPage(True)
    return printer


def printed_name(saved: Path) -> Path:
    """The file "Print to file" proposes beside ``saved`` (the name Save as PDF… proposes):
    "<name> (printed).pdf", numbered while such a file exists, so it is never a PDF already
    saved or printed (walk 14, W14-13: it proposed exactly the evidence log Save as PDF… had
    just written, whose SHA-256 the custody record holds; Qt asks before overwriting, but Yes
    would have replaced that file)."""
    stem = saved.stem
    candidate = saved.with_name(
        QCoreApplication.translate("pdf_print", "{name} (printed)").format(name=stem) + ".pdf"
    )
    number = 2
    while candidate.exists():
        label = QCoreApplication.translate("pdf_print", "{name} (printed {number})")
        candidate = saved.with_name(label.format(name=stem, number=number) + ".pdf")
        number += 1
    return candidate


def propose_file(printer: QPrinter, path: Path) -> None:
    """The file "Print to file (PDF)" proposes: in the folder Save as PDF… proposes, its
    case-numbered name marked as printed (walk 6, W6-5: Qt proposed ~/<title>.pdf, home and no
    case number)."""
    path = printed_name(path)
    native = printer.outputFormat() is QPrinter.OutputFormat.NativeFormat
    if native and sys.platform in ("win32", "darwin"):
        # Their own print dialogs would read a file name as "print to this file" and send
        # the pages there instead of to the printer chosen.
        return
    printer.setOutputFileName(str(path))
    if native:
        # A .pdf name switches the printer to PDF output, and the dialog would open on
        # "Print to file" instead of the printer: back to the printer, the name kept for the
        # dialog's file field (choosing a printer there clears it).
        printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)


def preview_and_print(parent: QWidget, pdf: bytes, title: str, file: Path | None = None) -> bool:
    """Shows the print preview; its Print button opens the platform's print dialog (or asks
    for a PDF file name when no printer is installed), proposing ``file`` for printing to a
    file. True once printed."""
    printer = a4_printer()
    printer.setDocName(title)
    if file is not None:
        propose_file(printer, file)
    dialog = PrintPreview(printer, parent)
    dialog.setWindowTitle(title)
    failed: list[KnownError] = []

    def paint(target: QPrinter) -> None:
        try:
            paint_pdf(target, pdf)
        except KnownError as exc:  # raised inside Qt's print action: report it after
            failed.append(exc)

    dialog.preview.paintRequested.connect(paint)
    try:
        printed = dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
    if failed:
        raise failed[-1]
    return printed
