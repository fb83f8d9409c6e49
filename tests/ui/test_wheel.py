"""The mouse wheel over a form scrolls it; it changes no choice the adviser has not clicked or
tabbed into (walker F5: scrolling the Overview made the distributor the victim's contact)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import demo_file, open_case, open_window
from tests.ui.drive import FileDialogs, Modals, by_label


def turn_wheel(widget: QWidget, notches: int) -> None:
    """Wheel notches (down when negative) with the pointer in the middle of ``widget``."""
    local = QPointF(widget.rect().center())
    for _ in range(abs(notches)):
        event = QWheelEvent(
            local,
            QPointF(widget.mapToGlobal(local.toPoint())),
            QPoint(0, 0),
            QPoint(0, 120 if notches > 0 else -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_the_overview_and_changes_no_field(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    path, ids = demo_file(case_dir / "W.adcase")
    window = open_window(qtbot, path, modals, files)
    window.resize(1280, 720)
    open_case(qtbot, window, ids[0], "Overview")
    overview = window.page.case_view.overview
    bar = overview.form_scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    contact = by_label(overview, "Key contact for the victim")  # the choice, its focus proxy
    assert isinstance(contact, QComboBox) and contact.count() > 1
    assert contact.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel gives no focus
    before = contact.currentIndex()
    overview.form_scroll.ensureWidgetVisible(contact)
    start = bar.value()
    turn_wheel(contact, -4)
    assert contact.currentIndex() == before and not overview.is_dirty()
    assert bar.value() > start  # the form scrolled instead
    # Clicked or tabbed into, the field is the adviser's: then the wheel may choose.
    contact.setFocus()
    turn_wheel(contact, -1)
    assert contact.currentIndex() != before
    window.page.case_view.overview.revert()
    window.act_close.trigger()
