"""The case search finds evidence and what was said in conversations too, says what it
searches, and says when it found nothing (walk 7, W7-8: "Dreigbericht", an evidence
description, the account "nep.sanne.3b" and "vriendje", said in a conversation, gave an empty
list with no hint). Walk 10, W10-4: a message's own text is found too, and a case filtered out
of the list no longer stays open on the right. Typed into the search field as the adviser
does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from adviser_desk.services import case_file_service as svc
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.case.case_models import ID_ROLE
from adviser_desk.ui.shell.main_window import MainWindow
from tests.conftest import PASSWORD
from tests.ui.conftest import demo_file, open_window
from tests.ui.drive import FileDialogs, Modals, activate, click_row


def search_for(qtbot: QtBot, window: MainWindow, text: str) -> set[int]:
    """Ctrl+F, the text typed over what was there; the cases the list then shows."""
    panel = window.page.case_list
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.search.hasFocus()
    panel.search.selectAll()
    qtbot.keyClicks(panel.search, text)
    # The search starts after a pause in typing, then runs in the background.
    qtbot.waitUntil(lambda: not panel._search_timer.isActive())
    qtbot.waitUntil(lambda: not any(task.busy for task in panel.searches), timeout=10_000)
    qtbot.waitUntil(lambda: panel.count.text() != "Searching…")
    proxy = panel.proxy
    return {proxy.index(row, 0).data(ID_ROLE) for row in range(proxy.rowCount())}


def test_search_finds_evidence_and_says_when_nothing_is_found(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    path, ids = demo_file(case_dir / "Zaken.adcase")
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as session:
        session.evidence.add_url(
            ids[1], "https://www.instagram.com/nep.sanne.3b/", "Dreigbericht in de DM"
        )
        session.evidence.add_message(ids[2], "Als je niet 50 euro stuurt", sender="klasgenoot_xx")
        talk = session.interviews.start(ids[0], "victim")
        session.interviews.add_line(talk, "adviser", "Wie heeft de bulderfoto doorgestuurd?")
        session.interviews.add_line(talk, "student", "Mijn ex-vriendje, denk ik")
        session.interviews.add_line(talk, "note", "Huilde even, pauzebrood")
    window = open_window(qtbot, path, modals, files)
    panel = window.page.case_list
    assert "evidence descriptions" in panel.search.toolTip()
    assert "what the adviser and the student said" in panel.search.toolTip()
    assert "message texts" in panel.search.toolTip()
    page = window.page
    proxy = panel.proxy
    rows = [proxy.index(row, 0).data(ID_ROLE) for row in range(proxy.rowCount())]
    click_row(qtbot, panel.table, rows.index(ids[2]))
    assert page.case_view.case_id == ids[2]

    assert search_for(qtbot, window, "50 euro") == {ids[2]}  # the message's own text
    assert page.case_stack.currentWidget() is page.case_view  # still listed: still shown
    assert search_for(qtbot, window, "Dreigbericht") == {ids[1]}  # the description
    # The shown case is filtered out: the right side asks for a case instead.
    assert page.case_stack.currentWidget() is page.placeholder
    assert not panel.empty_note.isVisible()
    assert search_for(qtbot, window, "nep.sanne") == {ids[1]}  # the account and address
    assert search_for(qtbot, window, "klasgenoot") == {ids[2]}  # who sent the message
    # What was said in a conversation, by either side; the app's notes in it are not.
    assert search_for(qtbot, window, "vriendje") == {ids[0]}
    assert search_for(qtbot, window, "bulderfoto") == {ids[0]}
    assert search_for(qtbot, window, "pauzebrood") == set()

    assert search_for(qtbot, window, "vriendjeszzz") == set()
    assert panel.empty_note.isVisible()
    assert panel.empty_note.text() == "No cases found for “vriendjeszzz”."
    note = panel.empty_note.geometry()
    assert panel.table.viewport().rect().contains(note.center())
    # Cleared, the list is back and the line gone.
    panel.search.selectAll()
    qtbot.keyClick(panel.search, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == len(ids) and panel.search_ids is None)
    assert not panel.empty_note.isVisible()
    window.act_close.trigger()
