"""Walk L, findings 20 and 21, through the real window on a real case file: the same photo stored
in two cases, its row clicked, "Mark as possibly sexual image…" pressed, the description
rewritten by typing in the form, "Remove stored original" pressed.

- Finding 20: the copy in the other case got this form's Where and Who but kept its old
  description, so that case's evidence log for the police described a nude image as something
  else. The copies are the same bytes: they get the same description, Where and Who, and each
  copy's old text stays readable in its own case (its timeline line, its log's chain of custody
  line; the audit chain names the number only). The form says so where it lists the copies.
  Both cases' evidence logs are saved with "Save as PDF…" and read back with pypdf.
- Finding 21: after the removal the focus is on the removed row (it was on the Cases tab), as
  after the question and Escape. Driven by keys only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.services.session import CaseFileSession
from adviser_desk.storage import audit_log
from adviser_desk.ui.common import i18n
from adviser_desk.ui.evidence.mark_dialog import MarkDialog
from tests.ui.conftest import Opened, open_case
from tests.ui.drive import FileDialogs, Modals, button_named, click, click_row
from tests.ui.test_walk_k_removed_copies_ui import PHOTO, in_two_cases, timeline_lines
from tests.ui.test_walk_l_log_custody_ui import STAMP, saved_log

NEW = "naaktfoto: jongen zonder kleren, ongeveer 15 jaar"
SAME_WORDS = (
    "This copy gets the same description and the same ‘where’ and ‘who’; its previous "
    "description stays in the timeline of its case."
)


@pytest.fixture
def dutch() -> Iterator[Callable[[], None]]:
    """Switches the window's language to Dutch when called (after the case is open)."""
    yield lambda: i18n.install("nl") or pytest.fail("no Dutch catalogue")
    i18n.install("en")


def other_case_id(opened: Opened) -> tuple[int, str]:
    case = next(c for c in opened.evidence.cases.list_cases() if c.case_id != opened.case_id)
    return case.case_id, case.number


def rewrite_and_remove(qtbot: QtBot, opened: Opened, modals: Modals, remove: str) -> list[str]:
    """The photo's row clicked, "Mark as possibly sexual image…" clicked; in the form the
    description selected with Ctrl+A and rewritten, Where and Who typed, ``remove`` clicked.
    Returns the form's warning."""
    widget = opened.widget
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1)
    click_row(qtbot, widget.table, 0)
    warning: list[str] = []

    def form(dialog: QWidget) -> None:
        assert isinstance(dialog, MarkDialog)
        qtbot.waitExposed(dialog)
        label = dialog.findChild(QLabel, "warning")
        assert label is not None
        warning.append(label.text())
        field = QApplication.focusWidget()
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(field, NEW)
        qtbot.keyClicks(dialog.where, "TikTok profiel @nep")
        qtbot.keyClicks(dialog.seen_by, "mentor")
        click(qtbot, button_named(dialog, remove))

    modals.expect(MarkDialog, form)
    mark = widget.findChild(QPushButton, "withhold")
    assert mark is not None
    click(qtbot, mark)
    modals.wait_done()
    qtbot.waitUntil(lambda: not widget.busy and not opened.evidence.items(opened.case_id)[0].stored)
    return warning


def test_the_copy_in_the_other_case_gets_the_same_description_and_keeps_its_old_one_in_its_log(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    modals: Modals,
    files: FileDialogs,
    documents: Path,
) -> None:
    opened = open_tab(in_two_cases, dc.IncidentType.FAKE_ACCOUNT)
    other_id, other = other_case_id(opened)
    (warning,) = rewrite_and_remove(qtbot, opened, modals, "Remove stored original")
    assert (
        # One copy, in the singular (walk M, finding 1).
        "The same file is also stored as the item below, whose original goes too:\n"
        f"• B-002 in case {other}: doorgestuurd.png\n" + SAME_WORDS
    ) in warning, warning

    # The three fields alike in both cases.
    mine = opened.evidence.items(opened.case_id)[0]
    copy = next(i for i in opened.evidence.items(other_id) if i.number == "B-002")
    for item in (mine, copy):
        assert (item.description, item.location, item.seen_by) == (
            NEW,
            "TikTok profiel @nep",
            "mentor",
        )
    # The chain: one number-only event per case, never a text.
    with opened.evidence.case_file.reading() as session:
        changes = [
            (r.subject, dict(r.details))
            for r in audit_log.records(session)
            if r.action == AuditAction.EVIDENCE_DESCRIPTION_CHANGED
        ]
    here = next(c.number for c in opened.evidence.cases.list_cases() if c.case_id != other_id)
    assert sorted(changes) == sorted([(here, {"number": "B-001"}), (other, {"number": "B-002"})])

    text = saved_log(qtbot, opened, files, documents / "here.pdf", "Save as PDF…")
    assert NEW in text and "TikTok profiel @nep" in text, text
    assert re.search(
        rf"{STAMP} description changed when the original was removed "
        r"\(before: ‘groepsfoto klas’\)",
        text,
    ), text

    # The other case, opened from the case list: its own log and its own timeline.
    window = opened.window
    open_case(qtbot, window, other_id, "Evidence")
    widget = window.page.case_view.evidence
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2)
    text = saved_log(
        qtbot,
        Opened(window, widget, opened.evidence, other_id),
        files,
        documents / "other.pdf",
        "Save as PDF…",
    )
    assert NEW in text and "TikTok profiel @nep" in text and "mentor" in text, text
    custody = text[text.index("zelfde foto") - 200 :]
    assert re.search(
        rf"{STAMP} description changed when the original was removed \(before: ‘zelfde foto’\)",
        custody,
    ), text
    lines = timeline_lines(qtbot, Opened(window, widget, opened.evidence, other_id))
    assert (
        f"Description of B-002 changed by Marieke Jansen: “zelfde foto” is now “{NEW}”" in lines
    ), lines
    widget.clear()  # a thumbnail worker ends before the file closes


def test_the_form_says_so_in_dutch(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals, dutch: Callable[[], None]
) -> None:
    opened = open_tab(in_two_cases, dc.IncidentType.FAKE_ACCOUNT)
    dutch()
    qtbot.wait(200)  # the language change reaches every window, as after Settings
    _other_id, other = other_case_id(opened)
    (warning,) = rewrite_and_remove(qtbot, opened, modals, "Opgeslagen origineel verwijderen")
    assert (
        f"• B-002 in zaak {other}: doorgestuurd.png\n"
        "Deze kopie krijgt dezelfde beschrijving en dezelfde ‘waar’ en ‘wie’; de vorige "
        "beschrijving blijft in de tijdlijn van die zaak."
    ) in warning, warning
    lines = timeline_lines(qtbot, opened)
    assert (
        f"Beschrijving van B-001 gewijzigd door Marieke Jansen: ‘groepsfoto klas’ is nu ‘{NEW}’"
    ) in lines, lines


def photo_and_note(session: CaseFileSession, case_id: int) -> None:
    """B-001 the photo, B-002 a note below it: Down after the removal has somewhere to go."""
    session.evidence.add_bytes(case_id, PHOTO, "foto.png", "groepsfoto klas", minor_sexual=False)
    session.evidence.add_bytes(case_id, b"Notitie van de mentor.\n", "notitie.txt")


def alt(qtbot: QtBot, widget: QWidget, button: QPushButton) -> None:
    """The button's own Alt letter pressed in ``widget``."""
    letter = re.search(r"&(\w)", button.text())
    assert letter, button.text()
    key = getattr(Qt.Key, f"Key_{letter.group(1).upper()}")
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.AltModifier)


def test_after_the_removal_the_focus_is_on_the_removed_row_by_keys(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    opened = open_tab(photo_and_note, dc.IncidentType.CYBERBULLYING)
    widget, table = opened.widget, opened.widget.table
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2)
    table.setFocus()  # the list, as Tab reaches it; Home on its first row (B-001)
    qtbot.keyClick(table, Qt.Key.Key_Home)
    photo = next(r for r in range(2) if widget.model.rows[r].number == "B-001")
    assert table.currentIndex().row() == photo

    def form(dialog: QWidget) -> None:
        assert isinstance(dialog, MarkDialog)
        qtbot.waitExposed(dialog)
        qtbot.keyClicks(QApplication.focusWidget(), ", half ontkleed")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), "groepsapp 2B")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), "mentor")
        remove = button_named(dialog, "Remove stored original")
        assert isinstance(remove, QPushButton)
        alt(qtbot, QApplication.focusWidget(), remove)

    modals.expect(MarkDialog, form)
    mark = button_named(widget, "Mark as possibly sexual image…")
    assert isinstance(mark, QPushButton)
    alt(qtbot, table, mark)
    modals.wait_done()
    qtbot.waitUntil(lambda: not widget.busy and not opened.evidence.items(opened.case_id)[0].stored)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    assert widget.model.rows[table.currentIndex().row()].number == "B-001"
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert widget.model.rows[table.currentIndex().row()].number == "B-002"
