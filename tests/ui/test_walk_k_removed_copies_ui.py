"""Walk K leftovers around removing a stored original, through the real window: a photo stored in
two cases, its row clicked, "Mark as possibly sexual image…" clicked, the description corrected
by typing in the form, "Remove stored original" clicked.

- The line under the list names the copy in the other case with its case first, after this
  case's own item (finding 8: "B-003, B-004 (2026-002)" under "… wait: B-004, B-005" read as
  the same B-004 removed and waiting).
- The corrected description has a line of its own on the Timeline tab, with the old and the
  new text, in English and in Dutch (audited since 5fc622b, not on the timeline).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.common import i18n
from adviser_desk.ui.evidence.mark_dialog import MarkDialog
from tests.ui.conftest import Opened
from tests.ui.drive import Modals, button_named, click, click_row
from tests.ui.test_evidence_ui import png

PHOTO = png(90, 60, 7)


def in_two_cases(session: CaseFileSession, case_id: int) -> None:
    """B-001 here a class photo; another case holds a note (B-001) and the same photo (B-002)."""
    session.evidence.add_bytes(case_id, PHOTO, "foto.png", "groepsfoto klas", minor_sexual=False)
    other = session.cases.create_case(
        dc.CaseDraft(title="Doorgestuurd", incident_types=[dc.IncidentType.CYBERBULLYING])
    )
    session.evidence.add_bytes(other, b"Notitie van de mentor.\n", "notitie.txt")
    session.evidence.add_bytes(other, PHOTO, "doorgestuurd.png", "zelfde foto")


@pytest.fixture
def dutch() -> Iterator[Callable[[], None]]:
    """Switches the window's language to Dutch when called (after the case is open)."""
    yield lambda: i18n.install("nl") or pytest.fail("no Dutch catalogue")
    i18n.install("en")


def timeline_lines(qtbot: QtBot, opened: Opened) -> list[str]:
    """The Timeline tab clicked (found by its page: its label follows the language)."""
    view = opened.window.page.case_view
    bar = view.tabs.tabBar()
    index = view.tabs.indexOf(view.timeline)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert view.tabs.currentIndex() == index
    model = view.timeline.model
    return [str(model.index(r, model.WHAT).data()) for r in range(model.rowCount())]


def other_case(opened: Opened) -> str:
    cases = opened.evidence.cases.list_cases()
    return next(c.number for c in cases if c.case_id != opened.case_id)


def remove_with_description(qtbot: QtBot, opened: Opened, modals: Modals, button: str) -> None:
    """The row clicked, the mark button clicked, ", half ontkleed" typed at the end of the
    prefilled description, where and who typed, ``button`` (Remove stored original) clicked."""
    widget = opened.widget
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1)
    click_row(qtbot, widget.table, 0)

    def correct(dialog: QWidget) -> None:
        assert isinstance(dialog, MarkDialog)
        qtbot.waitExposed(dialog)
        qtbot.keyClicks(QApplication.focusWidget(), ", half ontkleed")
        qtbot.keyClicks(dialog.where, "groepsapp 2B")
        qtbot.keyClicks(dialog.seen_by, "mentor")
        click(qtbot, button_named(dialog, button))

    modals.expect(MarkDialog, correct)
    mark = widget.findChild(QWidget, "withhold")
    assert mark is not None
    click(qtbot, mark)
    modals.wait_done()
    qtbot.waitUntil(lambda: not widget.busy and not opened.evidence.items(opened.case_id)[0].stored)


def test_the_removal_line_names_the_other_cases_copy_with_its_case_and_the_timeline_the_new_text(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    opened = open_tab(in_two_cases, dc.IncidentType.FAKE_ACCOUNT)
    other = other_case(opened)
    remove_with_description(qtbot, opened, modals, "Remove stored original")
    assert opened.widget.status.text() == (
        f"B-001: stored original removed, the record is kept. Also removed: B-002 in case {other}."
    )
    lines = timeline_lines(qtbot, opened)
    changed = [line for line in lines if line.startswith("Description of B-001")]
    assert changed == [
        "Description of B-001 changed by Marieke Jansen: “groepsfoto klas” is now "
        "“groepsfoto klas, half ontkleed”"
    ], lines


def test_in_dutch_too(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals, dutch: Callable[[], None]
) -> None:
    opened = open_tab(in_two_cases, dc.IncidentType.FAKE_ACCOUNT)
    dutch()
    qtbot.wait(200)  # the language change reaches every window, as after Settings
    other = other_case(opened)
    remove_with_description(qtbot, opened, modals, "Opgeslagen origineel verwijderen")
    assert opened.widget.status.text() == (
        # One semicolon at most, and "zaak" as the removal form says (walk M, finding 5).
        "B-001: opgeslagen origineel verwijderd, de vastlegging blijft. Ook verwijderd: B-002 "
        f"in zaak {other}."
    )
    lines = timeline_lines(qtbot, opened)
    assert (
        "Beschrijving van B-001 gewijzigd door Marieke Jansen: ‘groepsfoto klas’ is nu "
        "‘groepsfoto klas, half ontkleed’"
    ) in lines, lines
