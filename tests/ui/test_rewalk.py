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
from tests.ui.drive import FileDialogs, Modals, unlock


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
    intro = next(text for text in texts if text.startswith("Deze zaken zijn gesloten"))
    assert "dát" not in intro and "zaak N" not in intro
    # What the audit log keeps, truly: the case's events, in a chain (walk 15, W15-4).
    assert "houdt de gebeurtenissen van de zaak" in intro
    assert "vermeldt daarna dat de zaak is verwijderd" in intro
    window.act_close.trigger()


def tab_to(qtbot: QtBot, start: QWidget, target: QWidget, presses: int = 12) -> None:
    """Presses Tab from ``start`` until ``target`` has the focus."""
    from PySide6.QtWidgets import QApplication

    start.setFocus()
    for _ in range(presses):
        focused = QApplication.focusWidget()
        if focused is target:
            return
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is target, QApplication.focusWidget()


def test_list_tabs_open_with_a_row_selected_and_row_buttons_follow_the_selection(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    """N1: the Evidence tab opened with nothing selected, and Enter did nothing. N2: View,
    Takedown…, Open… and Edit…/Remove were on with nothing selected."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton

    from adviser_desk.ui.interview.interview_window import InterviewWindow
    from tests.ui.conftest import demo_file, open_case
    from tests.ui.drive import activate, click, click_tab

    path, ids = demo_file(case_dir / "Demo.adcase")
    window = open_window(qtbot, path, modals, files)
    assert window.session is not None
    window.session.interviews.start(ids[1], "victim", language="en")
    view = window.page.case_view
    open_case(qtbot, window, ids[1], "Evidence")
    evidence = view.evidence
    button = {
        name: view.findChild(QPushButton, name)
        for name in ("view", "takedown", "hand_over", "add", "edit_person", "remove_person")
    }
    # The tab opened by a click has its first row selected: View and Enter act on it.
    assert evidence.selected() == evidence.model.row_at(0)
    assert button["view"].isEnabled() and button["takedown"].isEnabled()
    modals.expect(QDialog, lambda shown: shown.reject())  # the item's details
    evidence.table.setFocus()
    qtbot.keyClick(evidence.table, Qt.Key.Key_Return)
    modals.wait_done()
    activate(qtbot, window)
    # Ctrl+click takes the row out of the selection: the row buttons go off; Hand over…
    # (every item, without a selection) stays on.
    rect = evidence.table.visualRect(evidence.model.index(0, 1))
    qtbot.mouseClick(
        evidence.table.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        QPoint(rect.center()),
    )
    assert evidence.selected() is None
    assert not button["view"].isEnabled() and not button["takedown"].isEnabled()
    assert button["hand_over"].isEnabled()
    # Arriving in the list by Tab selects a row again, and Enter opens it.
    tab_to(qtbot, button["add"], evidence.table)
    assert evidence.selected() is not None and button["view"].isEnabled()
    modals.expect(QDialog, lambda shown: shown.reject())
    qtbot.keyClick(evidence.table, Qt.Key.Key_Return)
    modals.wait_done()
    activate(qtbot, window)

    # People: a person selected on opening; removing them leaves nobody selected and
    # Edit… and Remove off.
    click_tab(qtbot, view.tabs, "People")
    people = view.people
    count = people.model.rowCount()
    assert people.selected_person() is not None
    assert button["edit_person"].isEnabled() and button["remove_person"].isEnabled()
    modals.answer(QMessageBox.StandardButton.Yes)
    click(qtbot, button["remove_person"])
    modals.wait_done()
    qtbot.waitUntil(lambda: people.model.rowCount() == count - 1)
    assert people.selected_person() is None
    assert not button["edit_person"].isEnabled() and not button["remove_person"].isEnabled()
    activate(qtbot, window)

    # Interviews: the conversation selected on opening; Enter opens it, and it stays
    # selected when the list is read again after its window closed.
    click_tab(qtbot, view.tabs, "Interviews")
    interviews = view.interviews
    open_button = view.findChild(QPushButton, "open_interview")
    assert interviews.list.selectedItems() and open_button.isEnabled()
    modals.expect(InterviewWindow, lambda shown: shown.reject())
    interviews.list.setFocus()
    qtbot.keyClick(interviews.list, Qt.Key.Key_Return)
    modals.wait_done()
    qtbot.waitUntil(lambda: interviews.interview_window is None)
    assert interviews.list.selectedItems() and open_button.isEnabled()
    window.act_close.trigger()


def test_happened_earlier_proposes_the_moment_it_is_ticked(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    """N5: 'Happened earlier, at:' on the Timeline tab proposed the moment the case file was
    opened (the field was made then), hours before the note was written."""
    from datetime import datetime, timedelta

    from PySide6.QtCore import QDateTime

    from adviser_desk.domain import cases as dc
    from tests.ui.conftest import open_case
    from tests.ui.drive import click

    window = open_window(qtbot, closed_case[0], modals, files)
    assert window.cases is not None
    case_id = window.cases.create_case(
        dc.CaseDraft(title="Groepsapp", incident_types=[dc.IncidentType.CYBERBULLYING])
    )
    window.page.show_new_case(case_id)
    open_case(qtbot, window, case_id, "Timeline and notes")
    timeline = window.page.case_view.timeline
    # As it stood after a morning with the case file open.
    timeline.observed_at.setDateTime(QDateTime.currentDateTime().addSecs(-5 * 3600))
    click(qtbot, timeline.observed)
    proposed: datetime = timeline.observed_at.dateTime().toPython()  # type: ignore[assignment]
    assert abs(datetime.now() - proposed) < timedelta(minutes=2)
    assert timeline.observed_at.isEnabled()
    click(qtbot, timeline.observed)
    assert not timeline.observed_at.isEnabled()
    window.act_close.trigger()


def test_the_lock_says_it_saved_overview_edits_and_offers_undo(
    qtbot: QtBot, dutch: None, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    """N3: Ctrl+L with an unsaved Overview edit saved it without a word. The lock page says
    so, and after unlocking the case says it again with Undo; the idle lock does the same."""
    from adviser_desk.domain import cases as dc
    from tests.ui.conftest import open_case
    from tests.ui.drive import activate, click

    window = open_window(qtbot, closed_case[0], modals, files)
    cases = window.cases
    assert cases is not None
    case_id = cases.create_case(
        dc.CaseDraft(title="Groepsapp", incident_types=[dc.IncidentType.CYBERBULLYING])
    )
    window.page.show_new_case(case_id)
    open_case(qtbot, window, case_id, "Overzicht")
    view = window.page.case_view
    number = view.detail.number if view.detail else ""
    view.overview.title.setFocus()
    qtbot.keyClicks(view.overview.title, " 3B")
    qtbot.keyClick(view.overview.title, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.locked
    note = window.locked.saved_note
    assert note.isVisible() and number in note.text() and "opgeslagen" in note.text()

    def unlock_again() -> None:
        unlock(qtbot, window, modals)
        modals.wait_done()
        qtbot.waitUntil(lambda: view.case_id == case_id)

    unlock_again()
    assert view.undo_bar.isVisible()
    assert number in view.undo_bar.message.text()
    assert "vergrendeld" in view.undo_bar.message.text()
    assert view.detail is not None and view.detail.draft.title == "Groepsapp 3B"
    # Undo puts the case back as it was before the edits the lock saved.
    click(qtbot, view.undo_bar.button)
    qtbot.waitUntil(lambda: view.overview.title.text() == "Groepsapp")
    assert window.cases is not None
    assert window.cases.get_case(case_id).draft.title == "Groepsapp"
    # The idle lock tells the same; a lock without edits says nothing of them.
    activate(qtbot, window)
    view.overview.title.setFocus()
    qtbot.keyClicks(view.overview.title, " (idle)")
    window.idle.set_interval_ms(100)
    window.idle.start()
    qtbot.waitUntil(lambda: window.service is None, timeout=5000)
    assert window.locked.saved_note.isVisible()
    unlock_again()
    assert view.undo_bar.isVisible() and number in view.undo_bar.message.text()
    activate(qtbot, window)
    window.idle.set_interval_ms(60_000)
    window.act_lock.trigger()
    assert not window.locked.saved_note.isVisible()
    window.act_close.trigger()


@pytest.fixture(params=["en", "nl"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    assert i18n.install(request.param)
    yield request.param
    i18n.install("en")


def test_the_case_page_gives_every_tab_button_and_search_a_letter_of_its_own(
    qtbot: QtBot, language: str, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    """The Overview beside the case list holds about forty texts for the 21 letters the
    menus leave: the Search label and the New case button had none. Navigation and buttons
    come first now, then the Overview's sections, then its rows; no two share a letter."""
    from PySide6.QtWidgets import QApplication, QGroupBox, QLabel, QPushButton, QTabBar

    from adviser_desk.ui.case.case_dialogs import NewCaseDialog
    from adviser_desk.ui.common import mnemonics
    from tests.ui.conftest import demo_file, open_case
    from tests.ui.drive import activate
    from tests.ui.test_accessibility import clashes

    path, ids = demo_file(case_dir / "Demo.adcase", language)
    window = open_window(qtbot, path, modals, files)
    page = window.page
    open_case(qtbot, window, ids[1])
    view = page.case_view
    assert view.tabs.currentWidget() is view.overview
    for shown in (view.overview, view.evidence, view.people):
        view.tabs.setCurrentWidget(shown)
        assert not clashes(window), clashes(window)
    view.tabs.setCurrentWidget(view.overview)
    page.tabs.setCurrentWidget(page.audit_page)  # the case file and its audit log
    assert not clashes(window), clashes(window)
    page.tabs.setCurrentIndex(0)

    def letter(text: str) -> str:
        found = mnemonics.mnemonic_of(text)
        assert found, f"{text!r} has no Alt+letter"
        return found

    # Every tab of both tab bars, the buttons and labels of the case list.
    for bar in (view.tabs.tabBar(), page.tabs.tabBar()):
        assert isinstance(bar, QTabBar)
        for index in range(bar.count()):
            # The case file's own tab gives its letter to the Evidence tab's buttons (walk 11).
            if not bar.property(f"{mnemonics.NO_LETTER}_{index}"):
                letter(bar.tabText(index))
    labels = [label for label in page.case_list.findChildren(QLabel) if label.buddy()]
    assert labels, "the search field has a label"
    for label in labels:
        letter(label.text())
    new_case = page.case_list.findChild(QPushButton, "new_case")
    assert new_case is not None  # Ctrl+N, named in its tooltip, when no letter is left
    assert mnemonics.mnemonic_of(new_case.text()) or "Ctrl+N" in new_case.toolTip()
    # The letters work: the search label's focuses the search field, a section's its first
    # field, a tab's shows the tab, New case's opens the dialog.
    activate(qtbot, window)

    def alt(text: str) -> None:
        key = Qt.Key(ord(letter(text).upper()))
        qtbot.keyClick(QApplication.focusWidget() or window, key, Qt.KeyboardModifier.AltModifier)

    alt(labels[0].text())
    assert QApplication.focusWidget() is labels[0].buddy()
    # The first section's rows come first (walk 11); a row's letter reaches its field.
    first = view.overview.findChildren(QGroupBox)[0]
    rows = [
        label
        for label in first.findChildren(QLabel)
        if (buddy := label.buddy()) is not None
        and buddy.isEnabled()  # Outcome is off until the case is closed
        and mnemonics.mnemonic_of(label.text())
    ]
    assert rows, "rows of the Overview's first section have letters"
    alt(rows[0].text())
    focused = QApplication.focusWidget()
    assert focused is not None and first.isAncestorOf(focused)
    evidence_tab = view.tabs.indexOf(view.evidence)
    alt(view.tabs.tabText(evidence_tab))
    assert view.tabs.currentWidget() is view.evidence
    modals.expect(NewCaseDialog, lambda shown: shown.reject())
    if mnemonics.mnemonic_of(new_case.text()):
        alt(new_case.text())
    else:
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.wait_done()
    window.act_close.trigger()


def test_closing_a_dialog_by_keyboard_shows_the_focus_on_the_button_that_opened_it(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    """The focus went back to 'New case…' after Escape, but nothing showed it: the ring is
    drawn only after the keyboard moved the focus in that window, and the click that opened
    the dialog had hidden it."""
    from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

    from adviser_desk.ui.case.case_dialogs import NewCaseDialog
    from tests.ui.drive import activate, click, press_cancel

    window = open_window(qtbot, closed_case[0], modals, files)
    new_case = window.page.case_list.findChild(QPushButton, "new_case")
    assert new_case is not None
    ring = Qt.WidgetAttribute.WA_KeyboardFocusChange

    ring_while_open: list[bool] = []

    def escape(dialog: QWidget) -> None:
        ring_while_open.append(window.testAttribute(ring))
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)

    # A click moves the focus with the mouse and hides the ring; one on the button that
    # already has the focus (where the program may have put it) changes nothing in Qt.
    search = window.page.case_list.findChild(QLineEdit, "case_search")
    assert search is not None
    # The window active first: its activation turns the ring on, from a zero timer that the
    # wait lets run before the clicks.
    activate(qtbot, window)
    qtbot.wait(50)
    qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
    assert not window.testAttribute(ring)
    modals.expect(NewCaseDialog, escape)
    click(qtbot, new_case)
    modals.wait_done()
    # Read while the dialog was open: the ring that Escape turns on comes from a timer that
    # may run before or after the click returns.
    assert ring_while_open == [False]
    qtbot.waitUntil(lambda: window.testAttribute(ring))
    activate(qtbot, window)
    assert QApplication.focusWidget() is new_case
    # Closed with the mouse: nothing changes (the ring stays hidden until a key is used).
    modals.expect(NewCaseDialog, press_cancel(qtbot))
    click(qtbot, new_case)
    modals.wait_done()
    activate(qtbot, window)
    qtbot.wait(50)
    assert not window.testAttribute(ring)
    assert QApplication.focusWidget() is new_case
    window.act_close.trigger()
