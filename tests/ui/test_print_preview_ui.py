"""The print preview by keyboard alone, at a size of its own (walk 14, W14-2 and W14-5), and
the file Print to file proposes (W14-13)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.common.fit import available
from adviser_desk.ui.common.print_preview import PrintPreview
from tests.ui.conftest import Opened
from tests.ui.drive import FileDialogs, Modals, button_named, click, print_into
from tests.ui.test_evidence_ui import png


@pytest.mark.parametrize("key", [Qt.Key.Key_P, Qt.Key.Key_Return], ids=["ctrl_p", "enter"])
def test_the_evidence_log_is_printed_by_keyboard_alone(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    key: Qt.Key,
) -> None:
    """Ctrl+P on the Evidence tab opens the preview with the focus on Print…; Tab walks to
    Print… and Close and back; Ctrl+P (or Enter) opens the print dialog, which prints. The
    preview is a large share of the screen without a window manager, at the page's width.
    W14-2: Tab never reached Print, and Enter, Space and Ctrl+P did nothing."""

    def one(session: CaseFileSession, case_id: int) -> None:
        session.evidence.add_bytes(case_id, png(90, 60, 2), "bewijs.png", minor_sexual=False)

    opened = open_tab(one, dc.IncidentType.CYBERBULLYING)
    widget = opened.widget
    printed = tmp_path / "afgedrukt.pdf"
    seen: dict[str, object] = {}

    def preview(dialog: QWidget) -> None:
        assert isinstance(dialog, PrintPreview)
        qtbot.waitUntil(lambda: dialog.preview.pageCount() > 0)
        area = available(dialog)
        assert area is not None
        seen["share"] = (dialog.width() / area.width(), dialog.height() / area.height())
        seen["zoom"] = dialog.preview.zoomMode()
        seen["pages"] = dialog.pages.text()
        seen["first"] = QApplication.focusWidget() is dialog.print_button
        walked: list[str] = []
        for _ in range(12):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            walked.append(QApplication.focusWidget().objectName())
        seen["walked"] = walked
        assert QApplication.focusWidget() is not None
        modifiers = (
            Qt.KeyboardModifier.ControlModifier
            if key is Qt.Key.Key_P
            else Qt.KeyboardModifier.NoModifier
        )
        # Enter from the page view, not from a button: the default button (Print…) takes it.
        target = dialog.preview if key is Qt.Key.Key_Return else QApplication.focusWidget()
        if key is Qt.Key.Key_Return:
            for child in dialog.preview.findChildren(QWidget):
                if child.focusPolicy() != Qt.FocusPolicy.NoFocus:
                    child.setFocus()
                    target = child
                    break
        qtbot.keyClick(target, key, modifiers)

    proposed: list[str] = []
    modals.expect(PrintPreview, preview)
    modals.expect(QPrintDialog, print_into(qtbot, printed, proposed))
    table = widget.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    modals.wait_done(timeout=60_000)
    qtbot.waitUntil(lambda: "Printed" in widget.status.text(), timeout=30_000)
    assert printed.exists()
    assert seen["first"], "the focus starts on Print…"
    assert seen["zoom"] is QPrintPreviewWidget.ZoomMode.FitToWidth
    assert seen["pages"] == "1 page"
    width_share, height_share = seen["share"]  # type: ignore[misc]
    assert height_share > 0.8 and width_share > 0.4, seen["share"]
    walked = seen["walked"]
    assert "print" in walked and "close" in walked and "fit_width" in walked, walked


def test_print_to_file_never_proposes_the_saved_evidence_log(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    modals: Modals,
    files: FileDialogs,
    documents: Path,
) -> None:
    """Evidence log > Save as PDF…, then Print… twice: Print to file proposes
    '… (printed).pdf', then '… (printed 2).pdf', never the saved log whose SHA-256 the custody
    record holds (walk 14, W14-13: it proposed exactly the saved file)."""

    def one(session: CaseFileSession, case_id: int) -> None:
        session.evidence.add_bytes(case_id, png(90, 60, 2), "bewijs.png", minor_sexual=False)

    opened = open_tab(one, dc.IncidentType.CYBERBULLYING)
    widget = opened.widget
    number = opened.evidence.cases.get_case(opened.case_id).number
    saved = documents / f"{number} evidence log.pdf"
    log = widget.findChild(QPushButton, "evidence_log")
    assert log is not None

    def menu_action(text: str) -> QAction:
        (action,) = [a for a in log.menu().actions() if a.text().replace("&", "") == text]
        return action

    files.save(saved)
    menu_action("Save as PDF…").trigger()
    qtbot.waitUntil(lambda: "Saved" in widget.status.text(), timeout=30_000)
    saved_bytes = saved.read_bytes()
    proposed: list[str] = []
    for _ in range(2):
        widget.status.setText("")
        modals.expect(PrintPreview, lambda dialog: click(qtbot, button_named(dialog, "Print…")))
        # Printed into whatever the print dialog proposed, as Enter there would.
        modals.expect(QPrintDialog, print_proposed(qtbot, proposed))
        menu_action("Print…").trigger()
        modals.wait_done(timeout=60_000)
        qtbot.waitUntil(lambda: "Printed" in widget.status.text(), timeout=30_000)
    assert proposed == [
        str(documents / f"{number} evidence log (printed).pdf"),
        str(documents / f"{number} evidence log (printed 2).pdf"),
    ]
    assert saved.read_bytes() == saved_bytes
    assert all(Path(name).exists() for name in proposed)


def print_proposed(qtbot: QtBot, proposed: list[str]) -> Callable[[QWidget], None]:
    """Prints into the file the print dialog proposes, noting it in ``proposed``."""
    from PySide6.QtWidgets import QLineEdit

    def handler(dialog: QWidget) -> None:
        name = dialog.findChild(QLineEdit, "filename")
        assert name is not None
        proposed.append(name.text())
        click(qtbot, button_named(dialog, "Print"))

    return handler
