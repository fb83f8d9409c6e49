"""What the re-walk of the minor-image guard (walk G2) found in the Evidence tab, through the real
window: the Overview's type ticked and saved, buttons clicked, Return and Escape pressed.

- "Answer the question…" → "Yes, or not sure…" and "Mark as possibly sexual image…" on a stored
  file need "Where it is" and "Who has seen it" as the intake form does ("unknown" is an answer),
  with the intake's message and the focus in the empty field (finding 1).
- Escape in "Add evidence" and "Add web address" with typed text asks before it is lost (in
  Add evidence: "Do not add foto.jpg …?", walk K 27); Keep typing keeps it, Discard stores
  nothing (finding 8).
- After the original is removed only the handled row is selected and current (finding 2).
- The line saying how many files wait for the question counts them from the case file: right
  after one answer is put off, and after going to another case and back (finding 3).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.domain import evidence as de
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.evidence.evidence_dialogs import IntakeDialog
from adviser_desk.ui.evidence.mark_dialog import MarkDialog
from adviser_desk.ui.evidence.url_dialog import UrlDialog
from tests import media
from tests.ui.conftest import Opened, add_files, open_case
from tests.ui.drive import FileDialogs, Modals, button_named, click, click_row, click_tab

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
    """The mark dialog: Remove clicked with both empty (refused), "Where it is" typed, Remove
    (refused), "onbekend" typed in "Who has seen it", Remove. Records where the focus was each
    time. (Return keeps the original for now since walk H, finding 5.)"""

    def handler(dialog: QWidget) -> None:
        assert isinstance(dialog, MarkDialog)
        remove = button_named(dialog, "Remove stored original")
        click(qtbot, remove)
        focus.append(dialog.focusWidget().objectName())
        qtbot.keyClicks(dialog.focusWidget(), WHERE)
        click(qtbot, remove)
        focus.append(dialog.focusWidget().objectName())
        qtbot.keyClicks(dialog.focusWidget(), "onbekend")  # "unknown" is an answer
        click(qtbot, remove)

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
    # One row stays selected and current: the one handled (walk G2, finding 2: B-001 was
    # selected as well, and keyboard actions went to it).
    assert [i.row() for i in widget.table.selectionModel().selectedRows()] == [1]
    assert widget.table.currentIndex().row() == 1
    assert (second.kind, second.location, second.seen_by) == (
        de.EvidenceKind.WITHHELD,
        WHERE,
        "onbekend",
    )


DISCARD = "What you typed in this window has not been saved. Discard it?"


def escape_keep_then_discard(
    qtbot: QtBot,
    modals: Modals,
    kind: type[QWidget],
    typed: Callable[[QWidget], QWidget],
    discard: str = "Discard",
) -> list[bool]:
    """A handler for the form ``kind``: ``typed`` types and returns the field it typed last;
    Escape (answered Keep typing), then Escape again (answered by the button ``discard``,
    its title other than its text). Expects both answers; returns whether the form was
    still open, its text kept, after the first."""
    kept: list[bool] = []

    def handler(dialog: QWidget) -> None:
        assert isinstance(dialog, kind)
        field = typed(dialog)
        before = field.text()
        qtbot.keyClick(field, Qt.Key.Key_Escape)  # answered: Keep typing
        kept.append(dialog.isVisible() and field.text() == before)
        qtbot.keyClick(field, Qt.Key.Key_Escape)  # answered: Discard

    def discarding(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and box.windowTitle() != box.text()
        click(qtbot, button_named(box, discard))

    modals.expect(kind, handler)
    modals.answer("Keep typing")
    modals.expect(QMessageBox, discarding)
    return kept


def test_escape_in_add_evidence_asks_before_dropping_typed_text(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    opened = open_tab()  # an exposing case: the question and where/who are asked
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(FILES["foto.jpg"])

    def typed(dialog: QWidget) -> QWidget:
        assert isinstance(dialog, IntakeDialog)
        qtbot.keyClicks(dialog.description, "Getypte beschrijving")
        click(qtbot, dialog.minor_yes)
        dialog.where.setFocus()
        qtbot.keyClicks(dialog.where, WHERE)
        return dialog.where

    kept = escape_keep_then_discard(qtbot, modals, IntakeDialog, typed, "Do not add, discard")
    add_files(qtbot, widget, files, [photo])
    modals.wait_done()
    assert kept == [True]
    # In the form's own words: the file is not added, nothing about it is kept (walk K, 27).
    not_added = (
        "Do not add foto.jpg and discard your answers (description, where)?\n\n"
        "Nothing about it is recorded."
    )
    assert modals.texts == [not_added, not_added]
    assert evidence.items(case_id) == []
    # Nothing typed: Escape closes without a question and stores nothing.
    modals.expect(IntakeDialog, lambda d: qtbot.keyClick(d.focusWidget(), Qt.Key.Key_Escape))
    add_files(qtbot, widget, files, [photo])
    modals.wait_done()
    assert len(modals.texts) == 2 and QApplication.activeModalWidget() is None
    assert evidence.items(case_id) == []


def test_escape_in_add_evidence_names_several_files_as_a_number(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    """Two files, Happened at ticked and who typed: the question counts them (plural)."""
    opened = open_tab()
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    paths = [tmp_path / "foto.jpg", tmp_path / "filmpje.mp4"]
    for path in paths:
        path.write_bytes(FILES[path.name])

    def typed(dialog: QWidget) -> QWidget:
        assert isinstance(dialog, IntakeDialog)
        click(qtbot, dialog.observed)
        click(qtbot, dialog.minor_yes)
        dialog.seen_by.setFocus()
        qtbot.keyClicks(dialog.seen_by, "onbekend")
        return dialog.seen_by

    kept = escape_keep_then_discard(qtbot, modals, IntakeDialog, typed, "Do not add, discard")
    add_files(qtbot, widget, files, paths)
    modals.wait_done()
    assert kept == [True]
    assert modals.texts[0] == (
        "Do not add these 2 files and discard your answers (time, who)?\n\n"
        "Nothing about them is recorded."
    )
    assert evidence.items(case_id) == []


def test_escape_in_add_web_address_asks_before_dropping_typed_text(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    opened = open_tab()
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    add = widget.findChild(QPushButton, "add")
    assert add is not None
    (action,) = [a for a in add.menu().actions() if a.text().replace("&", "") == "Web address…"]

    def typed(dialog: QWidget) -> QWidget:
        assert isinstance(dialog, UrlDialog)
        qtbot.keyClicks(dialog.url, "https://www.instagram.com/nep.3b/")
        dialog.description.setFocus()
        qtbot.keyClicks(dialog.description, "Wat staat er")
        return dialog.description

    kept = escape_keep_then_discard(qtbot, modals, UrlDialog, typed)
    action.trigger()
    modals.wait_done()
    assert kept == [True]
    assert modals.texts == [DISCARD, DISCARD]
    assert evidence.items(case_id) == []
    # Nothing typed: Escape closes without a question.
    modals.expect(UrlDialog, lambda d: qtbot.keyClick(d.focusWidget(), Qt.Key.Key_Escape))
    action.trigger()
    modals.wait_done()
    assert len(modals.texts) == 2 and QApplication.activeModalWidget() is None


def test_the_waiting_line_counts_the_marked_files_and_stays(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    other: list[int] = []

    def prepare(session: CaseFileSession, case_id: int) -> None:
        two_stored(session, case_id)
        other.append(
            session.cases.create_case(
                dc.CaseDraft(title="Ander geval", incident_types=[dc.IncidentType.CYBERBULLYING])
            )
        )

    opened = open_tab(prepare, dc.IncidentType.FAKE_ACCOUNT)
    widget, window, case_id = opened.widget, opened.window, opened.case_id
    notice = widget.findChild(QWidget, "waiting_notice")
    assert notice is not None and not notice.isVisible()  # nothing waits yet
    modals.expect(QMessageBox, pending_answer(qtbot, "Later"))
    become_exposing(qtbot, opened)
    modals.wait_done()
    click_tab(qtbot, window.page.case_view.tabs, "Evidence")
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2)
    two = (
        "2 files still wait for the question about minors: B-001, B-002. They are marked with "
        "a warning sign in the list."
    )
    assert notice.isVisible() and notice.text() == two
    # "Yes, or not sure…" for the first, then Escape in the mark dialog (Keep for now).
    click_row(qtbot, widget.table, 0)
    modals.expect(QMessageBox, pending_answer(qtbot, "Yes, or not sure…"))
    modals.expect(MarkDialog, lambda d: qtbot.keyClick(d.focusWidget(), Qt.Key.Key_Escape))
    click(qtbot, widget.findChild(QPushButton, "withhold"))
    modals.wait_done()
    assert all(row.waits_for_answer for row in opened.evidence.items(case_id))
    assert notice.isVisible() and notice.text() == two
    # Another case, which has none, and back: still said.
    open_case(qtbot, window, other[0], "Evidence")
    assert not notice.isVisible()
    open_case(qtbot, window, case_id, "Evidence")
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2)
    assert notice.isVisible() and notice.text() == two
    # One answered "No, keep it": one left; the other too: the line goes.
    click_row(qtbot, widget.table, 0)
    modals.expect(QMessageBox, pending_answer(qtbot, "No, keep it"))
    click(qtbot, widget.findChild(QPushButton, "withhold"))
    modals.wait_done()
    qtbot.waitUntil(lambda: notice.text().startswith("1 file still waits"))
    assert notice.isVisible()
    click_row(qtbot, widget.table, 1)
    modals.expect(QMessageBox, pending_answer(qtbot, "No, keep it"))
    click(qtbot, widget.findChild(QPushButton, "withhold"))
    modals.wait_done()
    qtbot.waitUntil(lambda: not notice.isVisible())
    assert opened.evidence.pending(case_id) == []
