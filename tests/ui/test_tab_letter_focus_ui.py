"""A case tab's letter starts on its Add… or New… step whether its list is empty or not, and
the focused row of a list or table shows its ring, in light and dark (walk 11, W11-2: with
rows, Alt+P then Enter opened Edit person for someone already there and Alt+G then Enter a
closed conversation, while the focus in the list could not be seen on its selected row)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from adviser_desk.services import case_file_service as svc
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.case.case_dialogs import PersonDialog
from adviser_desk.ui.common import theme
from adviser_desk.ui.interview.conversation_dialogs import NewInterviewDialog
from tests.conftest import PASSWORD
from tests.ui.conftest import demo_file, open_case, open_window
from tests.ui.drive import FileDialogs, Modals, activate
from tests.ui.test_enter_on_tab_buttons_ui import alt, tab_to
from tests.ui.test_focus_landing_ui import focus_shows_on


def edge_ring(view: QAbstractItemView, index: QModelIndex) -> int:
    """Pixels down the left edge of ``index``'s cell in the colour of a selected row's text:
    the ring's side (a selected row is painted in the highlight colour)."""
    view.viewport().repaint()
    image = view.viewport().grab().toImage()
    rect = view.visualRect(index)
    colour = view.palette().color(QPalette.ColorRole.HighlightedText)
    ratio = image.devicePixelRatio()

    def near(pixel: QColor) -> bool:
        return (
            abs(pixel.red() - colour.red())
            + abs(pixel.green() - colour.green())
            + abs(pixel.blue() - colour.blue())
            < 60
        )

    seen = 0
    for y in range(rect.top() + 3, rect.bottom() - 2):
        column = [
            image.pixelColor(int((rect.left() + dx) * ratio), int(y * ratio)) for dx in (0, 1)
        ]
        seen += any(near(pixel) for pixel in column)
    return seen


@pytest.fixture
def scheme_back(qapp: QApplication) -> Iterator[None]:
    yield
    theme.set_scheme(qapp, theme.Scheme.SYSTEM)


@pytest.mark.parametrize("wanted", [theme.Scheme.LIGHT, theme.Scheme.DARK])
def test_the_focused_selected_row_shows_a_ring(
    qtbot: QtBot, qapp: QApplication, scheme_back: None, wanted: theme.Scheme
) -> None:
    theme.set_scheme(qapp, wanted)
    page = QWidget()
    qtbot.addWidget(page)
    button = QPushButton("Add…", page)
    table = QTableView(page)
    model = QStandardItemModel(3, 2, table)
    for row in range(3):
        for column in range(2):
            model.setItem(row, column, QStandardItem(f"Noor {row}{column}"))
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)  # as the app's tables: Tab leaves them
    listed = QListWidget(page)
    listed.addItems(["03-12-2026 15:10 · Het slachtoffer", "03-12-2026 15:40 · De ouders"])
    layout = QVBoxLayout(page)
    for widget in (button, table, listed):
        layout.addWidget(widget)
    activate(qtbot, page)
    # Through the selection models: selectRow and setCurrentIndex follow the keyboard
    # modifiers Qt holds, and with Ctrl held over from an earlier test they toggled the row off.
    rows = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    table.selectionModel().setCurrentIndex(model.index(1, 0), rows)
    listed.selectionModel().setCurrentIndex(listed.model().index(1, 0), rows)
    button.setFocus()
    for view in (table, listed):
        index = view.currentIndex()
        assert view.selectionModel().isSelected(index)
        rect = view.visualRect(index)
        away = edge_ring(view, index)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # into the view
        assert QApplication.focusWidget() is view
        shown = edge_ring(view, index)
        # The ring's side runs down the whole cell; without the focus there is none.
        assert shown >= rect.height() - 6 > away, (type(view).__name__, shown, away)


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_each_tab_letter_starts_on_its_add_step_with_rows_in_the_list(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    path, ids = demo_file(case_dir / "Demo.adcase")
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as session:
        session.interviews.start(ids[0], "victim")
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[0], "Overview")
    view = window.page.case_view
    assert view.people.model.rowCount() > 0 and view.interviews.list.count() > 0
    first = {
        view.people: view.people.add_button,
        view.interviews: view.interviews.new_button,
        view.letters: view.letters.new_button,
        view.evidence: view.evidence.add_button,
        view.timeline: view.timeline.note_edit,
    }
    for tab, target in first.items():
        view.overview.title.setFocus()
        alt(qtbot, view.tabs.tabText(view.tabs.indexOf(tab)))
        assert view.tabs.currentWidget() is tab
        focus_shows_on(qtbot, target)
    # Enter after the letter adds; it does not open the person or conversation selected.
    seen: list[object] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, PersonDialog | NewInterviewDialog)
        seen.append(dialog.person if isinstance(dialog, PersonDialog) else "new conversation")
        dialog.reject()

    for tab, dialog in ((view.people, PersonDialog), (view.interviews, NewInterviewDialog)):
        activate(qtbot, window)
        view.overview.title.setFocus()
        alt(qtbot, view.tabs.tabText(view.tabs.indexOf(tab)))
        focus_shows_on(qtbot, first[tab])
        modals.expect(dialog, look)
        qtbot.keyClick(first[tab], Qt.Key.Key_Return)
        modals.wait_done()
    assert seen == [None, "new conversation"]
    # The list is a Tab away, a row selected, its ring showing on that row.
    activate(qtbot, window)
    tab_to(qtbot, view.interviews.list)
    focus_shows_on(qtbot, view.interviews.list)
    current = view.interviews.list.currentIndex()
    assert view.interviews.list.selectionModel().isSelected(current)
    assert (
        edge_ring(view.interviews.list, current)
        >= view.interviews.list.visualRect(current).height() - 6
    )
    window.act_close.trigger()
