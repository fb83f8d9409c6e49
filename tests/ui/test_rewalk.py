"""The findings of the independent re-walk (Dutch, 1.5x, dark, mouse and keyboard), each
through the real wiring: clicks, shortcuts and key presses."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.ui.common import i18n
from tests.ui.conftest import open_window
from tests.ui.drive import FileDialogs, Modals


@pytest.fixture
def dutch() -> Iterator[None]:
    """The re-walk was in Dutch."""
    assert i18n.install("nl")
    yield
    i18n.install("en")


def test_the_retention_dialog_reads_as_plain_dutch(
    qtbot: QtBot, dutch: None, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    """N4: 'in het auditlog blijft alleen staan dát zaak N is verwijderd' was no Dutch."""
    from adviser_desk.ui.case.retention_dialog import RetentionDialog

    window = open_window(qtbot, closed_case[0], modals, files)
    texts: list[str] = []

    def read_and_close(dialog: QWidget) -> None:
        texts.extend(label.text() for label in dialog.findChildren(QLabel))
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    modals.expect(RetentionDialog, read_and_close)
    window.act_retention.trigger()
    modals.wait_done()
    intro = next(text for text in texts if text.startswith("Deze gesloten zaken"))
    assert "dát" not in intro and "zaak N" not in intro
    assert "vermeldt daarna alleen nog dat de zaak met dat nummer is verwijderd" in intro
    window.act_close.trigger()
