"""Walk 17, W17-2: Qt's own print dialog opens wide enough to show the whole file it proposes
to print into (at 1.5x its Output file field showed the end of the path, its start scrolled
off). Through the evidence log's Print…, its preview and Print…."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.common import fit, print_dialog_size
from adviser_desk.ui.common.print_preview import PrintPreview
from tests.ui.conftest import Opened
from tests.ui.drive import FileDialogs, Modals, button_named, click, print_into
from tests.ui.test_evidence_ui import png


def test_the_print_dialog_shows_the_whole_file_it_proposes(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    modals: Modals,
    files: FileDialogs,
    documents: Path,
) -> None:
    def one(session: CaseFileSession, case_id: int) -> None:
        session.evidence.add_bytes(case_id, png(90, 60, 2), "bewijs.png", minor_sexual=False)

    widget = open_tab(one, dc.IncidentType.CYBERBULLYING).widget
    log = widget.findChild(QPushButton, "evidence_log")
    assert log is not None
    seen: list[tuple[str, int, int, bool, bool, int]] = []
    proposed: list[str] = []
    print_to_file = print_into(qtbot, documents / "paper.pdf", proposed)

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, QPrintDialog)
        field = dialog.findChild(QLineEdit, "filename")
        assert field is not None
        area = fit.available(dialog)
        assert area is not None
        inside = area.contains(dialog.frameGeometry())
        text_width = field.fontMetrics().horizontalAdvance(field.text())
        # The offscreen screen (800 pixels) is too narrow for this test's long path: then the
        # dialog takes the most it may, and the field shows the path's start.
        widest = dialog.width() >= int(area.width() * print_dialog_size.LARGEST_SHARE) - 1
        room = field.contentsRect().width()
        seen.append((field.text(), text_width, room, inside, widest, field.cursorPosition()))
        print_to_file(dialog)

    def print_from_preview(dialog: QWidget) -> None:
        assert isinstance(dialog, PrintPreview)
        click(qtbot, button_named(dialog, "Print…"))

    modals.expect(PrintPreview, print_from_preview)
    modals.expect(QPrintDialog, look)
    (action,) = [a for a in log.menu().actions() if a.text().replace("&", "") == "Print…"]
    action.trigger()
    modals.wait_done(timeout=60_000)
    qtbot.waitUntil(lambda: "Printed" in widget.status.text(), timeout=30_000)
    text, text_width, room, inside, widest, cursor = seen[0]
    assert text.startswith(str(documents)) and text.endswith(".pdf"), text
    assert text_width < room or (widest and cursor == 0), seen  # the path, or its start, shows
    assert inside, seen  # and the dialog stays on the screen
