"""Walk K, findings 30 and 31, through the real window: the removal form opened from the
Evidence tab's "Mark as possibly sexual image…" on an item described at intake as a class photo.

- The description is editable, prefilled, the focus in it at the end, first in the Tab order:
  keys typed after the form opens land in it, Tab goes on to Where, then Who (finding 30: it was
  read-only and the focus started in Where, so the real description went there).
- The corrected description is stored and printed in the evidence log (read back with pypdf);
  the audit chain says only that B-001's description changed, never the texts (walk L,
  finding 14: the chain outlives a purged case and holds no names).
- Escape in the form puts the focus back on the row (finding 31: it went to the Cases tab).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.services.session import CaseFileSession
from adviser_desk.storage import audit_log
from adviser_desk.ui.evidence.mark_dialog import MarkDialog
from tests.ui.conftest import Opened
from tests.ui.drive import (
    FileDialogs,
    Modals,
    button_named,
    by_label,
    click,
    click_row,
    click_tab,
)
from tests.ui.test_evidence_ui import png
from tests.ui.test_pending_question_ui import answer, become_exposing


def class_photo(session: CaseFileSession, case_id: int) -> None:
    session.evidence.add_bytes(
        case_id, png(90, 60, 4), "photo.png", description="groepsfoto klas", minor_sexual=False
    )


def class_photo_not_asked(session: CaseFileSession, case_id: int) -> None:
    """Stored in a case that was no sexual case yet: not asked about minors."""
    session.evidence.add_bytes(case_id, png(90, 60, 4), "photo.png", "groepsfoto klas")


def test_the_removal_form_edits_the_description_and_the_log_prints_the_new_one(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    modals: Modals,
    files: FileDialogs,
    documents: Path,
) -> None:
    opened = open_tab(class_photo, dc.IncidentType.CYBERBULLYING)
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1)
    click_row(qtbot, widget.table, 0)
    seen: dict[str, object] = {}

    def type_the_real_description(dialog: QWidget) -> None:
        assert isinstance(dialog, MarkDialog)
        qtbot.waitExposed(dialog)
        description = by_label(dialog, "Description")
        seen["opened in"] = QApplication.focusWidget() is description
        seen["read-only"] = description.isReadOnly()  # type: ignore[attr-defined]
        qtbot.keyClicks(QApplication.focusWidget(), ", iemand half ontkleed")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen["tab 1"] = QApplication.focusWidget() is dialog.where
        qtbot.keyClicks(QApplication.focusWidget(), "groepsapp 2B")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen["tab 2"] = QApplication.focusWidget() is dialog.seen_by
        qtbot.keyClicks(QApplication.focusWidget(), "klas 2B")
        seen["hint"] = [
            label.text() for label in dialog.findChildren(QLabel) if "police" in label.text()
        ]
        click(qtbot, button_named(dialog, "Remove stored original"))

    modals.expect(MarkDialog, type_the_real_description)
    click(qtbot, button_named(widget, "Mark as possibly sexual image…"))
    modals.wait_done()
    qtbot.waitUntil(lambda: not widget.busy and not evidence.items(case_id)[0].stored)
    assert seen == {
        "opened in": True,
        "read-only": False,
        "tab 1": True,
        "tab 2": True,
        "hint": [
            "The description is what the evidence log for the police will show: add to it or "
            "correct it (what can be seen, without keeping the image). Where it is and who has "
            "seen it are kept with the item and printed there too."
        ],
    }, seen
    item = evidence.items(case_id)[0]
    new = "groepsfoto klas, iemand half ontkleed"
    assert (item.description, item.location, item.seen_by) == (new, "groepsapp 2B", "klas 2B")
    with evidence.case_file.reading() as session:
        changes = [
            dict(r.details)
            for r in audit_log.records(session)
            if r.action == AuditAction.EVIDENCE_DESCRIPTION_CHANGED
        ]
    assert changes == [{"number": item.number}]

    log = widget.findChild(QPushButton, "evidence_log")
    assert log is not None
    (save,) = [a for a in log.menu().actions() if a.text().replace("&", "") == "Save as PDF…"]
    files.save(documents / "log.pdf")
    save.trigger()
    qtbot.waitUntil(lambda: "not encrypted" in widget.status.text(), timeout=30_000)
    text = " ".join(p.extract_text() for p in PdfReader(documents / "log.pdf").pages)
    assert new in " ".join(text.split()), text


def test_escape_in_the_removal_form_puts_the_focus_back_on_the_row(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    opened = open_tab(class_photo, dc.IncidentType.CYBERBULLYING)
    widget = opened.widget
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1)
    click_row(qtbot, widget.table, 0)

    def escape(dialog: QWidget) -> None:
        assert isinstance(dialog, MarkDialog)
        qtbot.waitExposed(dialog)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)

    modals.expect(MarkDialog, escape)
    click(qtbot, button_named(widget, "Mark as possibly sexual image…"))
    modals.wait_done()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget.table)
    assert widget.table.currentIndex().row() == 0
    assert opened.evidence.items(opened.case_id)[0].stored


def test_escape_in_the_removal_form_after_the_question_puts_the_focus_back_on_the_row(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    """The walk's way in: the file waits for the question about minors, answered "Yes, or not
    sure…" from the Evidence tab's button."""
    opened = open_tab(class_photo_not_asked, dc.IncidentType.CYBERBULLYING)
    widget = opened.widget
    seen: list[str] = []
    modals.expect(QMessageBox, answer(qtbot, seen, "Later"))
    become_exposing(qtbot, opened)
    modals.wait_done()
    click_tab(qtbot, opened.window.page.case_view.tabs, "Evidence")
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1)
    click_row(qtbot, widget.table, 0)

    def escape(dialog: QWidget) -> None:
        assert isinstance(dialog, MarkDialog)
        qtbot.waitExposed(dialog)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)

    modals.expect(QMessageBox, answer(qtbot, seen, "Yes, or not sure…"))
    modals.expect(MarkDialog, escape)
    click(qtbot, button_named(widget, "Possibly sexual image? Answer…"))
    modals.wait_done()
    assert len(seen) == 2
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget.table)
    assert widget.table.currentIndex().row() == 0
    assert opened.evidence.items(opened.case_id)[0].waits_for_answer
