"""Walk L, a keyboard-only adviser at 1.5x in Dutch: a field reached by its letter is scrolled
into view (finding 11), Alt+K (Za_k_en) always reaches the case list (finding 17). The window
has the size it gets on 1920 x 1080 at 1.5x (the offscreen platform lays out in logical
pixels, as Xvfb with QT_SCALE_FACTOR=1.5 does), where the Overview is two screens tall."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QLabel,
    QMessageBox,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.ui.case.case_dialogs import NewCaseDialog
from adviser_desk.ui.case.case_models import ID_ROLE
from adviser_desk.ui.common import fit, i18n, mnemonics
from adviser_desk.ui.shell.main_window import MainWindow
from tests.ui.conftest import Opened, demo_file, open_case, open_window
from tests.ui.drive import FileDialogs, Modals, activate, click, click_tab
from tests.ui.test_walk_h_evidence_ui import later, stored_two

# The main window on a 1920 x 1080 screen at 1.5x: 1280 x 720 logical pixels, less its frame.
ONE_AND_A_HALF = fit.SMALLEST - fit.FRAME_ALLOWANCE
PLATFORM = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")


def dutch_window(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> tuple[MainWindow, list[int]]:
    assert i18n.install("nl")  # before the window is made: it is made in Dutch
    path, ids = demo_file(case_dir / "L.adcase", "nl")
    window = open_window(qtbot, path, modals, files)
    window.resize(ONE_AND_A_HALF)
    qtbot.waitUntil(lambda: window.size() == ONE_AND_A_HALF)
    return window, ids


def tab_to(qtbot: QtBot, widget: QWidget, most: int) -> None:
    """Tab until ``widget`` has the focus, as the adviser does."""
    for _ in range(most):
        if widget.hasFocus():
            return
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    assert widget.hasFocus(), QApplication.focusWidget()


def press_letter(qtbot: QtBot, letter: str) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)


def in_view(area: QScrollArea, widget: QWidget) -> bool:
    """``widget`` shows in the scroll area's viewport: its whole height, and whole across or
    (wider than the viewport, as a long line field in a narrow dialog) in part."""
    rect = QRect(widget.mapTo(area.viewport(), QPoint(0, 0)), widget.size())
    view = area.viewport().rect()
    if rect.top() < view.top() or rect.bottom() > view.bottom():
        return False
    return view.contains(rect) if rect.width() <= view.width() else view.intersects(rect)


def letter_targets(area: QScrollArea) -> list[tuple[str, str, QWidget]]:
    """Each letter in the scrolling form, with its text and the widget its letter reaches: a
    label's field, or a section (a group box's letter goes to its first field)."""
    found: list[tuple[str, str, QWidget]] = []
    for label in area.widget().findChildren(QLabel):
        letter, buddy = mnemonics.mnemonic_of(label.text()), label.buddy()
        if letter and buddy is not None and buddy.isVisible() and buddy.isEnabled():
            found.append((letter, label.text(), buddy.focusProxy() or buddy))
    for box in area.widget().findChildren(QGroupBox):
        letter = mnemonics.mnemonic_of(box.title())
        if letter and box.isVisible():
            found.append((letter, box.title(), box))
    return found


@PLATFORM
def test_each_overview_letter_scrolls_its_field_into_view_at_1_5x(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    """After a Tab walk down to Bewaartermijn, Alt+U put the focus on Status out of sight:
    no ring on screen, and Down Down Return closed the case blind (walk L, finding 11)."""
    window, ids = dutch_window(qtbot, case_dir, modals, files)
    open_case(qtbot, window, ids[0], "Overzicht")
    overview = window.page.case_view.overview
    area = overview.form_scroll
    bar = area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > area.viewport().height() // 2)  # it scrolls far
    targets = letter_targets(area)
    reached = {target for _letter, _text, target in targets}
    assert overview.status in reached and overview.description in reached, targets
    assert len(targets) >= 6, [text for _letter, text, _target in targets]
    for letter, text, target in targets:
        # The form scrolled to the end away from it, as a Tab walk or the wheel leaves it.
        below = target.mapTo(area.widget(), QPoint(0, 0)).y() >= area.viewport().height()
        bar.setValue(0 if below else bar.maximum())
        press_letter(qtbot, letter)
        focus = QApplication.focusWidget()
        assert focus is target or (isinstance(target, QGroupBox) and target.isAncestorOf(focus))
        assert in_view(area, focus), (text, bar.value())
    # The walker's case: down at the last field by Tab, then Status by its letter, and its list
    # opens beside it, on screen.
    overview.status.setFocus()
    for _ in range(60):
        last = QApplication.focusWidget()
        qtbot.keyClick(last, Qt.Key.Key_Tab)
        if not area.widget().isAncestorOf(QApplication.focusWidget()):
            break
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert not in_view(area, overview.status)
    status_letter = next(letter for letter, _t, target in targets if target is overview.status)
    press_letter(qtbot, status_letter)
    assert overview.status.hasFocus() and in_view(area, overview.status)
    window.act_close.trigger()


def case_row(window: MainWindow, case_id: int) -> int:
    proxy = window.page.case_list.proxy
    return next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(ID_ROLE) == case_id)


@PLATFORM
@pytest.mark.parametrize(
    "tab", ["Overzicht", "Personen", "Taken", "Tijdlijn en notities", "Bewijs"]
)
def test_alt_k_goes_to_the_case_list_from_every_case_tab(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs, tab: str
) -> None:
    """From Bewijs, Tijdlijn or Taken, Alt+K left the focus in that tab's own list: Down then
    stepped through tasks where the adviser meant the next case (walk L, finding 17)."""
    window, ids = dutch_window(qtbot, case_dir, modals, files)
    page, view = window.page, window.page.case_view
    open_case(qtbot, window, ids[0], tab)
    # Into the tab's page by its letter, and into its list where it has one.
    tab_letter = mnemonics.mnemonic_of(view.tabs.tabText(view.tabs.currentIndex()))
    press_letter(qtbot, tab_letter)
    qtbot.waitUntil(lambda: view.tabs.currentWidget().isAncestorOf(QApplication.focusWidget()))
    inner = view.tabs.currentWidget()
    lists = {"Taken": view.tasks.table, "Tijdlijn en notities": view.timeline.table}
    lists |= {"Bewijs": view.evidence.table, "Personen": view.people.table}
    if tab in lists:
        lists[tab].setFocus(Qt.FocusReason.TabFocusReason)
    tasks_current = view.tasks.table.currentIndex().row()
    cases_letter = mnemonics.mnemonic_of(page.tabs.tabText(0))
    assert cases_letter == "k", page.tabs.tabText(0)
    press_letter(qtbot, cases_letter)
    table = page.case_list.table
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    # On the shown case's row, which stays shown; an arrow opens the case beside it.
    row = case_row(window, ids[0])
    assert table.currentIndex().row() == row
    assert view.case_id == ids[0] and view.tabs.currentWidget() is inner
    last = row == page.case_list.proxy.rowCount() - 1
    qtbot.keyClick(table, Qt.Key.Key_Up if last else Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: view.case_id is not None and view.case_id != ids[0])
    assert QApplication.focusWidget() is table
    if tab == "Taken":
        assert view.tasks.table.currentIndex().row() in (tasks_current, 0, -1)
    # The page's other letters reach their own fields from the case's tab as well.
    for label in page.case_list.findChildren(QLabel):
        letter, buddy = mnemonics.mnemonic_of(label.text()), label.buddy()
        if not letter or buddy is None:
            continue
        click_tab(qtbot, view.tabs, tab)
        press_letter(qtbot, letter)
        target = buddy.focusProxy() or buddy
        assert QApplication.focusWidget() is target, (label.text(), QApplication.focusWidget())
    window.act_close.trigger()


@PLATFORM
def test_after_dismiss_the_focus_is_back_where_it_was(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    """Space on Dismiss hid the waiting line and the focus with it: no ring on screen, and the
    next Tab went to the search field (walk L, finding 10)."""
    opened = open_tab(stored_two, dc.IncidentType.FAKE_ACCOUNT)
    window, view = opened.window, opened.window.page.case_view
    window.resize(ONE_AND_A_HALF)
    qtbot.waitUntil(lambda: window.size() == ONE_AND_A_HALF)
    cases = window.cases
    assert cases is not None
    other = cases.create_case(
        dc.CaseDraft(title="Groepsapp", incident_types=[dc.IncidentType.THREATS])
    )
    window.page.case_list.refresh()
    click_tab(qtbot, view.tabs, "Overview")
    click(qtbot, view.overview.types.boxes[dc.IncidentType.EXPOSING])
    modals.expect(QMessageBox, later(qtbot))
    click(qtbot, view.overview.save_button)
    modals.wait_done()
    activate(qtbot, window)  # the offscreen platform does not hand activation back by itself
    line, button = view.waiting, view.waiting.dismiss_button
    assert line.isVisible()
    # By keyboard: Tab from the Overview to Dismiss, Space: the focus goes into the case's
    # current tab, as its letter takes it (the Overview's first field, scrolled into view).
    qtbot.mouseClick(view.overview.description.viewport(), Qt.MouseButton.LeftButton)
    tab_to(qtbot, button, 80)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert line.isHidden()
    assert QApplication.focusWidget() is view.overview.title, QApplication.focusWidget()
    assert in_view(view.overview.form_scroll, view.overview.title)
    assert window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)  # its ring shows
    # By mouse, while typing in the description: the caret stays there.
    open_case(qtbot, window, other, "Overview")
    open_case(qtbot, window, opened.case_id, "Overview")
    assert line.isVisible()
    description = view.overview.description
    qtbot.mouseClick(description.viewport(), Qt.MouseButton.LeftButton)
    assert description.hasFocus()
    click(qtbot, button)
    assert line.isHidden() and description.hasFocus()  # the click took no focus
    window.act_close.trigger()


@PLATFORM
def test_a_letter_scrolls_its_field_into_view_in_a_scrolling_dialog(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    """The same gap in the forms that scroll on a small screen (ui/common/fit.ScrollingArea):
    New case, made low enough to scroll, reaches each labelled field by its letter in view."""
    window, _ids = dutch_window(qtbot, case_dir, modals, files)
    # What each letter did: read after the dialog is gone (an assert in the handler would
    # leave the modal dialog open).
    shown: dict[str, bool] = {}

    def check(dialog: QWidget) -> None:
        area = dialog.findChild(fit.ScrollingArea)
        assert area is not None
        dialog.resize(dialog.width(), 260)  # a screen with room for a few rows only
        bar = area.verticalScrollBar()
        qtbot.waitUntil(lambda: bar.maximum() > 0)
        for letter, text, target in letter_targets(area):
            below = target.mapTo(area.widget(), QPoint(0, 0)).y() >= area.viewport().height()
            bar.setValue(0 if below else bar.maximum())
            if in_view(area, target):
                continue  # in view from both ends: nothing to show
            press_letter(qtbot, letter)
            focus = QApplication.focusWidget()
            reached = focus is target or (focus is not None and target.isAncestorOf(focus))
            qtbot.wait(20)  # a letter for the field that has the focus scrolls once idle
            shown[text] = reached and focus is not None and in_view(area, focus)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)

    modals.expect(NewCaseDialog, check)
    qtbot.keyClick(window.page.case_list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.wait_done()
    assert len(shown) >= 2 and all(shown.values()), shown
    window.act_close.trigger()
