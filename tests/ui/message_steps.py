"""Steps with Add > Message… on a case's Evidence tab, shared by the date field tests."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.services.evidence_rows import ItemRow
from adviser_desk.ui.common import i18n
from adviser_desk.ui.evidence.evidence_dialogs import MessageDialog
from tests.ui.conftest import Opened
from tests.ui.drive import Handler, Modals, activate, click

THREAT = "Stuur geld of ik deel de foto."


def message_action(opened: Opened, language: str, request: pytest.FixtureRequest) -> QAction:
    """The tab's Message… (made in English, as the tab opened), with ``language`` installed
    for the dialog it opens; English again after the test."""
    add = opened.widget.findChild(QPushButton, "add")
    assert add is not None
    message = add.menu().actions()[-1]
    assert message.text().replace("&", "") == "Message…"
    assert i18n.install(language)
    request.addfinalizer(lambda: i18n.install("en"))
    return message


def begin_message(qtbot: QtBot, dialog: QWidget, description: str = "") -> MessageDialog:
    """In the Message… dialog, active: the threat typed as the message (then ``description``,
    if any) and Sent at ticked."""
    assert isinstance(dialog, MessageDialog)
    activate(qtbot, dialog)
    qtbot.keyClicks(dialog.text, THREAT)
    if description:
        qtbot.keyClicks(dialog.description, description)
    click(qtbot, dialog.sent)
    assert dialog.sent.isChecked()
    return dialog


def add_message(qtbot: QtBot, modals: Modals, message: QAction, fill: Handler) -> None:
    """Message… triggered, ``fill`` answering its dialog."""
    modals.expect(MessageDialog, fill)
    message.trigger()
    modals.wait_done()


def the_one_item(qtbot: QtBot, opened: Opened) -> ItemRow:
    """The case's one evidence item, once the tab lists it."""
    qtbot.waitUntil(lambda: opened.widget.model.rowCount() == 1)
    (item,) = opened.evidence.items(opened.case_id)
    return item
