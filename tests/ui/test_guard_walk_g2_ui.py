"""What the re-walk of the minor-image guard (walk G2) found in the Evidence tab, through the real
window: the Overview's type ticked and saved, buttons clicked, Return and Escape pressed.

- "Answer the question…" → "Yes, or not sure…" and "Mark as possibly sexual image…" on a stored
  file need "Where it is" and "Who has seen it" as the intake form does ("unknown" is an answer),
  with the intake's message and the focus in the empty field (finding 1).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.domain import evidence as de
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.evidence.mark_dialog import MarkDialog
from tests import media
from tests.ui.conftest import Opened
from tests.ui.drive import Modals, button_named, click, click_row, click_tab

FILES = {name: data for name, _category, data in media.made("development")}
WHERE = "Instagram @nep.3b"


def two_stored(session: CaseFileSession, case_id: int) -> None:
    session.evidence.add_bytes(case_id, FILES["foto.jpg"], "foto.jpg", "Profielfoto")
    session.evidence.add_bytes(case_id, FILES["filmpje.mp4"], "filmpje.mp4", "Bewerkt filmpje")


def become_exposing(qtbot: QtBot, opened: Opened) -> None:
    """Overview: tick Unwanted sexting / exposing, click Save."""
    view = opened.window.page.case_view
    click_tab(qtbot, view.tabs, "Overview")
    click(qtbot, view.overview.types.boxes[dc.IncidentType.EXPOSING])
    click(qtbot, view.overview.save_button)


def pending_answer(qtbot: QtBot, button: str) -> Callable[[QWidget], None]:
    def handler(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and box.objectName() == "pending_question"
        click(qtbot, button_named(box, button))

    return handler


def return_until_both(qtbot: QtBot, focus: list[str]) -> Callable[[QWidget], None]:
    """The mark dialog: Return with both empty (refused), "Where it is" typed, Return (refused),
    "onbekend" typed in "Who has seen it", Return. Records where the focus was each time."""

    def handler(dialog: QWidget) -> None:
        assert isinstance(dialog, MarkDialog)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
        focus.append(dialog.focusWidget().objectName())
        qtbot.keyClicks(dialog.focusWidget(), WHERE)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
        focus.append(dialog.focusWidget().objectName())
        qtbot.keyClicks(dialog.focusWidget(), "onbekend")  # "unknown" is an answer
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    return handler


def test_answer_yes_on_a_stored_file_needs_where_and_who(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    opened = open_tab(two_stored, dc.IncidentType.FAKE_ACCOUNT)
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    modals.expect(QMessageBox, pending_answer(qtbot, "Later"))
    become_exposing(qtbot, opened)
    modals.wait_done()
    click_tab(qtbot, opened.window.page.case_view.tabs, "Evidence")
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2)
    click_row(qtbot, widget.table, 0)
    focus: list[str] = []
    modals.expect(QMessageBox, pending_answer(qtbot, "Yes, or not sure…"))
    modals.expect(MarkDialog, return_until_both(qtbot, focus))
    modals.accept_box()
    modals.accept_box()
    click(qtbot, widget.findChild(QPushButton, "withhold"))
    modals.wait_done()
    qtbot.waitUntil(lambda: not widget.busy and not evidence.items(case_id)[0].stored)
    assert focus == ["where", "seen_by"]
    assert modals.texts[2].startswith("Fill in where it is"), modals.texts
    assert modals.texts[3].startswith("Fill in who has seen it"), modals.texts
    first, second = evidence.items(case_id)
    assert (first.kind, first.location, first.seen_by) == (
        de.EvidenceKind.WITHHELD,
        WHERE,
        "onbekend",
    )
    assert second.stored and second.waits_for_answer


def test_mark_as_possibly_sexual_needs_where_and_who(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    opened = open_tab(two_stored, dc.IncidentType.CYBERBULLYING)
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2)
    click_row(qtbot, widget.table, 1)
    focus: list[str] = []
    modals.expect(MarkDialog, return_until_both(qtbot, focus))
    modals.accept_box()
    modals.accept_box()
    click(qtbot, button_named(widget, "Mark as possibly sexual image…"))
    modals.wait_done()
    qtbot.waitUntil(lambda: not widget.busy and not evidence.items(case_id)[1].stored)
    assert focus == ["where", "seen_by"]
    assert modals.texts[0].startswith("Fill in where it is"), modals.texts
    assert modals.texts[1].startswith("Fill in who has seen it"), modals.texts
    first, second = evidence.items(case_id)
    assert first.stored
    assert (second.kind, second.location, second.seen_by) == (
        de.EvidenceKind.WITHHELD,
        WHERE,
        "onbekend",
    )
