"""known_errors: an expected failure becomes a translated message and the caller can tell;
a bug is not dressed up as a message but reaches the error hook."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain.errors import KnownError
from adviser_desk.ui.common.errors import known_errors
from tests.ui.drive import Modals


class Full(KnownError):
    def __init__(self) -> None:
        super().__init__("The disk is full.")


def test_a_known_error_becomes_a_message_and_the_caller_can_tell(
    qtbot: QtBot, modals: Modals
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []

    def note(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.windowTitle())
        box.accept()

    modals.expect(QMessageBox, note)
    with known_errors(parent, "Not saved") as attempt:
        raise Full()
    modals.wait_done()
    assert attempt.failed and isinstance(attempt.error, Full)
    assert seen == ["Not saved"] and modals.texts == ["The disk is full."]


def test_nothing_is_shown_when_the_block_succeeds(qtbot: QtBot) -> None:
    with known_errors(None, "Not saved") as attempt:
        value = 1
    assert value == 1 and not attempt.failed and attempt.error is None


def test_a_bug_is_not_caught(qtbot: QtBot) -> None:
    with pytest.raises(ZeroDivisionError), known_errors(None, "Not saved"):
        _ = 1 / 0
