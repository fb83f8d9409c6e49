"""The test drivers themselves (tests/ui/drive.py): what a test reads after them is settled."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.drive import Modals


def test_wait_done_returns_only_after_the_handler_has_run(qtbot: QtBot, modals: Modals) -> None:
    """Modals takes a dialog off its list when it sees it and runs the handler from a zero
    timer; wait_done returned in between, so a test read what the handler had not yet
    recorded (1e7a28a, a reversed run under load). Here the poll is made to land just before
    wait_done, the moment that lost the race."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    ok = QMessageBox.StandardButton.Ok
    box = QMessageBox(QMessageBox.Icon.Information, "Title", "Done.", ok, parent)
    seen: list[str] = []

    def read(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        seen.append(widget.text())
        widget.accept()

    modals.expect(QMessageBox, read)
    box.open()
    qtbot.waitUntil(box.isVisible)
    modals._poll()  # the poll timer fires: the box is off the list, its handler not yet run
    assert not modals.expected and seen == []
    modals.wait_done()
    assert seen == ["Done."]
    assert not box.isVisible()


def test_wait_done_inside_a_handler_waits_for_the_nested_dialog_only(
    qtbot: QtBot, modals: Modals
) -> None:
    """A handler may open a nested dialog and wait for it (the interview's Print record…):
    counting the running handler itself made that wait time out (6fb2da3)."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    outer = QDialog(parent)
    seen: list[str] = []

    def inner(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        seen.append(widget.text())
        widget.accept()

    def handle_outer(dialog: QWidget) -> None:
        modals.expect(QMessageBox, inner)
        QTimer.singleShot(0, lambda: QMessageBox.information(dialog, "Title", "Nested."))
        modals.wait_done(timeout=10_000)
        seen.append("outer waited")
        assert isinstance(dialog, QDialog)
        dialog.accept()

    modals.expect(QDialog, handle_outer)
    QTimer.singleShot(0, outer.exec)
    modals.wait_done()
    qtbot.waitUntil(lambda: not outer.isVisible())
    assert seen == ["Nested.", "outer waited"]
