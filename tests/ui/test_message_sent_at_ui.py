"""A message added as evidence has an optional "Sent at", like a file's "Happened at" and a
web address's "Seen at" (walk 14, W14-12: when a threat was sent is evidence, and the dialog
had no field for it). A time after now is refused with the form kept; the time is stored, shown
in the list and in View, printed in the evidence log and written to the police manifest, in
English and in Dutch."""

from __future__ import annotations

import csv
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.domain.dates import utc_stamp
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common import i18n
from adviser_desk.ui.evidence.evidence_dialogs import MessageDialog
from adviser_desk.ui.evidence.evidence_model import EvidenceModel
from tests.ui.conftest import Opened
from tests.ui.drive import (
    FileDialogs,
    Modals,
    activate,
    click,
    click_into,
    click_right_of_text,
    click_row,
    press_ok,
    type_and_enter,
)
from tests.ui.test_earlier_time_ui import hours_from_now, refused, type_moment, utc

THREAT = "Als je niet betaalt, stuur ik de foto door."


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_a_message_keeps_when_it_was_sent_and_the_log_and_export_print_it(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    modals: Modals,
    files: FileDialogs,
    tmp_path: Path,
) -> None:
    opened = open_tab(None, dc.IncidentType.SEXTORTION)
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    add = widget.findChild(QPushButton, "add")
    assert add is not None
    (message,) = [a for a in add.menu().actions() if a.text().replace("&", "") == "Message…"]
    earlier = hours_from_now(-26)
    seen: dict[str, object] = {}

    def type_message(dialog: QWidget) -> None:
        assert isinstance(dialog, MessageDialog)
        activate(qtbot, dialog)
        seen["label"] = dialog.sent.text()
        seen["off"] = not dialog.sent_at.isEnabled()
        qtbot.keyClicks(dialog.text, THREAT)
        dialog.sender_edit.setFocus()
        qtbot.keyClicks(dialog.sender_edit, "@nep.account")
        # Three hours ahead, typed digit by digit: refused, the form kept.
        modals.accept_box()
        type_moment(qtbot, dialog.sent, dialog.sent_at, hours_from_now(3))
        press_ok(qtbot)(dialog)
        refused(qtbot, modals, dialog.sent_at, dialog)
        seen["kept"] = dialog.isVisible() and dialog.text.toPlainText() == THREAT
        click(qtbot, dialog.sent)  # off; ticked again it proposes the present minute
        type_moment(qtbot, dialog.sent, dialog.sent_at, earlier)
        press_ok(qtbot)(dialog)

    modals.expect(MessageDialog, type_message)
    message.trigger()
    modals.wait_done()
    assert seen == {"label": "Se&nt at:", "off": True, "kept": True}, seen
    assert "That time is in the future" in modals.texts[0]
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1)
    (item,) = evidence.items(case_id)
    assert item.sent_at == utc(earlier) and item.observed_at is None
    # In the list (its Details column and tooltip) and in View.
    shown = f"sent {fmt.date_time_text(item.sent_at)}"
    details = widget.model.index(0, EvidenceModel.DETAILS).data()
    assert details == f"@nep.account\n{shown}", details
    assert shown in widget.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    viewed: list[str] = []
    modals.expect(
        QMessageBox,
        lambda box: (
            viewed.append(box.text()),
            click(qtbot, box.button(QMessageBox.StandardButton.Ok)),
        ),
    )
    activate(qtbot, opened.window)
    click_row(qtbot, widget.table, 0)
    click(qtbot, widget.findChild(QPushButton, "view"))  # type: ignore[arg-type]
    modals.wait_done()
    assert viewed and THREAT in viewed[0] and shown in viewed[0], viewed
    # The police export: the log prints it, the manifest has it in its own column.
    stick = tmp_path / "usb"
    stick.mkdir()
    files.folder(stick)
    modals.expect(QInputDialog, type_and_enter(qtbot, "", "Agent Jansen"))
    modals.accept_box()
    click(qtbot, widget.findChild(QPushButton, "export_police"))  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: "Exported" in widget.status.text(), timeout=60_000)
    modals.wait_done()
    (folder,) = stick.iterdir()
    stamp = utc_stamp(item.sent_at)
    with (folder / "manifest.csv").open(encoding="utf-8") as manifest:
        (row,) = list(csv.DictReader(manifest))
    assert row["sent_at_utc"] == stamp and row["observed_at_utc"] == ""
    (log,) = [p for p in folder.iterdir() if p.suffix == ".pdf"]
    text = pdf_text(log)
    assert f"Sent (as told) {stamp}" in text, text
    assert "Happened (as told)" not in text  # no empty row for the message
    # In Dutch: the field's label, and the log saved as PDF through its menu.
    log_button = widget.findChild(QPushButton, "evidence_log")
    assert log_button is not None
    (save_as_pdf,) = [
        a for a in log_button.menu().actions() if a.text().replace("&", "") == "Save as PDF…"
    ]
    assert i18n.install("nl")
    try:
        labels: list[str] = []

        def read_label(dialog: QWidget) -> None:
            assert isinstance(dialog, MessageDialog)
            labels.append(dialog.sent.text())
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes at once

        modals.expect(MessageDialog, read_label)
        message.trigger()
        modals.wait_done()
        assert labels == ["&Verstuurd op:"]
        dutch = tmp_path / "bewijslijst.pdf"
        files.save(dutch)
        save_as_pdf.trigger()
        qtbot.waitUntil(lambda: dutch.exists() and not widget.busy, timeout=60_000)
    finally:
        i18n.install("en")
    assert f"Verstuurd (zoals verteld) {stamp}" in pdf_text(dutch)
    for name, pdf in (("en", log), ("nl", dutch)):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", str(pdf), str(tmp_path / name)],
            check=True,
        )
        assert (tmp_path / f"{name}-1.png").stat().st_size > 1000


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
@pytest.mark.parametrize(("where", "separators"), [(0, False), ("hour", False), ("right", True)])
def test_a_sent_time_typed_after_clicking_into_the_field_is_stored(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals, where: object, separators: bool
) -> None:
    """Walk 15, W15-3: the walker ticked "Sent at", clicked into the field and typed the time
    from a phone; the field kept the proposed minute without a word. Walk 16, W16-1: it took
    the digits only after a click on the first part. Now a click on the day, on the hour or
    right of the text, then the whole moment typed (with or without separators) stores it."""
    opened = open_tab(None, dc.IncidentType.SEXTORTION)
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    add = widget.findChild(QPushButton, "add")
    assert add is not None
    (message,) = [a for a in add.menu().actions() if a.text().replace("&", "") == "Message…"]
    earlier = hours_from_now(-26)
    typed = QLocale(QLocale.Language.English).toString(earlier, fmt.date_edit_format(True))
    if not separators:
        typed = "".join(c for c in typed if c.isdigit())
    seen: dict[str, object] = {}

    def type_message(dialog: QWidget) -> None:
        assert isinstance(dialog, MessageDialog)
        activate(qtbot, dialog)
        qtbot.keyClicks(dialog.text, THREAT)
        click(qtbot, dialog.sent)
        if where == "right":
            click_right_of_text(qtbot, dialog.sent_at)
        else:
            text = dialog.sent_at.text()
            click_into(qtbot, dialog.sent_at, 0 if where == 0 else text.index(" ") + 1)
        seen["focus"] = dialog.sent_at.hasFocus()
        qtbot.keyClicks(dialog.sent_at, typed)
        seen["shown"] = dialog.sent_at.text() == typed  # as typed, until OK takes it
        press_ok(qtbot)(dialog)

    modals.expect(MessageDialog, type_message)
    message.trigger()
    modals.wait_done()
    assert seen == {"focus": True, "shown": True}, (seen, typed)
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1)
    (item,) = evidence.items(case_id)
    assert item.sent_at == utc(earlier)
