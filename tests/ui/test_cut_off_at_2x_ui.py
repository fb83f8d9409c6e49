"""Walk 14, issue 11, at 2x on a 1920 x 1080 screen: 960 x 540 logical pixels, less than the
1280 x 720 the windows are laid out for, so they must scroll rather than cut off. The main
window is given the size it gets there (the offscreen platform lays out in logical pixels as
Xvfb with QT_SCALE_FACTOR=2 does; the walker's screens were checked that way)."""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QPushButton, QSplitter, QTableView, QWidget
from pytestqt.exceptions import TimeoutError as WaitTimedOut
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.domain import letters as dl
from adviser_desk.ui.case.case_list import TITLE_CHARS
from adviser_desk.ui.case.case_models import (
    CaseListModel,
    PeopleModel,
    RetentionListModel,
    TaskModel,
    TimelineModel,
)
from adviser_desk.ui.case.meldcode_tab import OUTCOME_CHARS, MeldcodeModel
from adviser_desk.ui.case.retention_dialog import RetentionDialog
from adviser_desk.ui.common import fit
from adviser_desk.ui.common.column_fit import MINIMUM_CHARS
from adviser_desk.ui.common.columns import is_cut_off
from adviser_desk.ui.common.format import date_text
from adviser_desk.ui.evidence.evidence_columns import DESCRIPTION_CHARS
from adviser_desk.ui.evidence.evidence_model import EvidenceModel
from adviser_desk.ui.letters.letter_editor import LetterEditor
from adviser_desk.ui.shell.main_window import MainWindow
from tests.ui.conftest import demo_file, open_case, open_window
from tests.ui.drive import FileDialogs, Modals, button_named, click, click_tab

# The main window's size on 1920 x 1080 at 2x, and at 1x on the smallest supported screen.
TWICE = QSize(960, 540) - fit.FRAME_ALLOWANCE
ONCE = fit.SMALLEST - fit.FRAME_ALLOWANCE


def demo_window(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs, size: QSize
) -> tuple[MainWindow, list[int]]:
    path, ids = demo_file(case_dir / "F.adcase")
    window = open_window(qtbot, path, modals, files)
    window.resize(size)
    qtbot.waitUntil(lambda: window.size() == size)
    return window, ids


def unreadable(
    table: QTableView, long_column: int, chars: int = MINIMUM_CHARS, cells: bool = True
) -> list[object]:
    """What cannot be read: the long column narrower than a few words, another column
    narrower than its header or (``cells``) cutting off a word."""
    least = table.fontMetrics().averageCharWidth() * chars
    found: list[object] = []
    if table.columnWidth(long_column) < least:
        found.append(("long column", table.columnWidth(long_column), least))
    model = table.model()
    if model is None or model.rowCount() == 0:
        return ["no rows"]
    header = table.horizontalHeader()
    for column in range(model.columnCount()):
        if column == long_column or table.isColumnHidden(column):
            continue
        title = model.headerData(column, header.orientation())
        if header.sectionSizeHint(column) > table.columnWidth(column):
            found.append(("header", title))
        for row in range(model.rowCount() if cells else 0):
            if is_cut_off(table, row, column):
                found.append((title, model.index(row, column).data()))
    return found


def assert_readable(
    qtbot: QtBot,
    table: QTableView,
    long_column: int,
    chars: int = MINIMUM_CHARS,
    cells: bool = True,
) -> None:
    """Columns are fitted once the rows are in (a moment after the tab shows)."""
    with contextlib.suppress(WaitTimedOut):  # said below, with what is unreadable
        qtbot.waitUntil(lambda: not unreadable(table, long_column, chars, cells), timeout=2000)
    assert unreadable(table, long_column, chars, cells) == []


@pytest.mark.parametrize("size", [TWICE, ONCE], ids=["2x", "1x"])
def test_the_case_tables_give_their_long_text_room(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs, size: QSize
) -> None:
    """W14-3: at 2x the Tasks table's Task column was about 20 pixels wide: every task read
    "F… … … is …", while Who, Due and Status took the width. People and Timeline alike,
    and the case list beside them (its titles read "Afpersi…")."""
    window, ids = demo_window(qtbot, case_dir, modals, files, size)
    view = window.page.case_view
    assert_readable(qtbot, window.page.case_list.table, CaseListModel.TITLE, TITLE_CHARS)
    open_case(qtbot, window, ids[0], "Tasks")
    assert_readable(qtbot, view.tasks.table, TaskModel.TITLE)
    click_tab(qtbot, view.tabs, "People")
    assert_readable(qtbot, view.people.table, PeopleModel.NAME)
    click_tab(qtbot, view.tabs, "Timeline and notes")
    assert_readable(qtbot, view.timeline.table, TimelineModel.WHAT)
    window.act_close.trigger()


def drag(qtbot: QtBot, widget: QWidget, by: int) -> None:
    """Presses the left button on ``widget``, moves ``by`` pixels sideways and lets go.
    (qtbot's mouseMove carries no button, so a splitter handle would not follow it.)"""
    start = QPointF(widget.rect().center())
    for kind, at, buttons in (
        (QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton),
        (QEvent.Type.MouseMove, start + QPointF(by / 2, 0), Qt.MouseButton.LeftButton),
        (QEvent.Type.MouseMove, start + QPointF(by, 0), Qt.MouseButton.LeftButton),
        (QEvent.Type.MouseButtonRelease, start + QPointF(by, 0), Qt.MouseButton.NoButton),
    ):
        event = QMouseEvent(
            kind,
            at,
            widget.mapToGlobal(at),
            Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(widget, event)
        qtbot.wait(10)


def test_the_overview_shows_every_field_whole_and_the_splitter_moves(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    """W14-4: at 2x the Overview was cut off on the right (the Title field showed "ass group
    chat (", the combos lost their arrows) with no way to scroll to it, and the splitter
    beside the case list would not move: the list's filter row did not wrap."""
    window, ids = demo_window(qtbot, case_dir, modals, files, TWICE)
    open_case(qtbot, window, ids[0], "Overview")
    page = window.page
    # The page fits the window: it does not scroll sideways by a few pixels.
    assert page.minimumSizeHint().width() <= window.centralWidget().viewport().width()
    # The adviser can give the case more room, and the list more again.
    splitter = page.findChild(QSplitter, "case_splitter")
    assert splitter is not None
    before = page.case_list.width()
    drag(qtbot, splitter.handle(1), -120)
    assert page.case_list.width() <= before - 100, (before, page.case_list.width())
    drag(qtbot, splitter.handle(1), 240)  # the case narrower than at the start
    assert page.case_list.width() >= before + 100, (before, page.case_list.width())
    overview = page.case_view.overview
    area = overview.form_scroll
    qtbot.waitUntil(lambda: area.widget().height() >= area.widget().minimumSizeHint().height())
    fields = [overview.title, overview.status, overview.outcome, overview.platforms]
    fields += overview.types.findChildren(QCheckBox)

    def reachable(field: QWidget, end: QPoint) -> bool:
        """Scrolled to ``end`` of the field, that end shows in the viewport."""
        at = field.mapTo(area.widget(), end)
        area.ensureVisible(at.x(), at.y(), 2, 2)
        return area.viewport().rect().contains(field.mapTo(area.viewport(), end))

    # Wider than its view, the form has a scroll bar the adviser can use (there was none).
    wider = area.widget().width() > area.viewport().width()
    assert wider == area.horizontalScrollBar().isVisible()
    for field in fields:
        name = field.text() if isinstance(field, QCheckBox) else field.objectName()
        inside = field.rect().adjusted(1, 1, -1, -1)
        for end in (inside.topLeft(), inside.bottomRight()):
            assert reachable(field, end), (name, field.width(), area.viewport().width())
    window.act_close.trigger()


def test_headers_and_buttons_show_whole_at_2x(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    """W14-16: at 2x the Meldcode headers read "Date, by" and "Dutcome and note", the
    evidence table's "Recorded" read "Re" (its description was squeezed to "escriptio"
    beside the case list), and "New draft from the case" ran off the letter window."""
    window, ids = demo_window(qtbot, case_dir, modals, files, TWICE)
    view = window.page.case_view
    splitter = window.page.findChild(QSplitter, "case_splitter")
    assert splitter is not None
    for narrower in (0, 120):  # at the window's split, and with the case made narrower
        drag(qtbot, splitter.handle(1), narrower)
        open_case(qtbot, window, ids[0], "Meldcode")
        assert_readable(qtbot, view.meldcode.table, MeldcodeModel.OUTCOME, OUTCOME_CHARS)
        click_tab(qtbot, view.tabs, "Evidence")
        table = view.evidence.table
        assert_readable(qtbot, table, EvidenceModel.DESCRIPTION, DESCRIPTION_CHARS, cells=False)
    # The letter window, at the size it opens with on that screen.
    assert window.session is not None
    editor = LetterEditor(window.session.letters, ids[1], dl.LetterKind.STOP_SPREAD)
    qtbot.addWidget(editor)
    editor.resize(TWICE)
    editor.show()
    qtbot.waitExposed(editor)
    redraft = editor.findChild(QPushButton, "redraft")
    assert redraft is not None
    area = editor.findChild(fit.ScrollingArea)
    assert area is not None
    qtbot.waitUntil(lambda: not area.horizontalScrollBar().isVisible())
    right = redraft.mapTo(area.viewport(), redraft.rect().topRight()).x()
    assert right < area.viewport().width()
    assert redraft.width() >= redraft.sizeHint().width()
    editor.close()
    window.act_close.trigger()


def test_the_retention_list_shows_its_headers_and_types_whole_at_2x(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    """Walk 14 (the same look at every table): at 2x the list of cases past retention had
    columns of 100 pixels: "Incident types" lost its last pixel, the types read "Unwanted
    sexting / …", and nothing showed the rest."""
    window = open_window(qtbot, closed_case[0], modals, files)
    cases = window.cases
    assert cases is not None
    opened, closed = date(2020, 1, 6), date(2020, 3, 2)
    draft = dc.CaseDraft(
        title="Foto rondgestuurd in de klassenapp van 3B",
        incident_types=[dc.IncidentType.EXPOSING],
        opened_on=opened,
    )
    case_id = cases.create_case(draft, today=opened)
    draft = cases.get_case(case_id).draft
    draft.status = dc.CaseStatus.CLOSED
    cases.update_case(case_id, draft, today=closed)
    seen: list[list[object]] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, RetentionDialog)
        dialog.resize(TWICE)
        qtbot.waitUntil(lambda: dialog.size() == TWICE)
        table = dialog.table
        with contextlib.suppress(WaitTimedOut):
            qtbot.waitUntil(lambda: not unreadable(table, CaseListModel.TITLE), timeout=2000)
        seen.append(unreadable(table, CaseListModel.TITLE))
        # What a permanent deletion is decided on: when it closed and retention ended (W15-5).
        model = table.model()
        seen.append(
            [
                (
                    model.headerData(column, Qt.Orientation.Horizontal),
                    model.index(0, column).data(),
                )
                for column in (RetentionListModel.CLOSED, RetentionListModel.RETENTION_ENDED)
            ]
        )
        click(qtbot, button_named(dialog, "Close"))

    modals.expect(RetentionDialog, look)
    window.act_retention.trigger()
    modals.wait_done()
    ended = dc.retention_end(closed, cases.default_retention_years())
    assert seen == [
        [],
        [("Closed", date_text(closed)), ("Retention ended", date_text(ended))],
    ]
    assert date_text(closed) == "02/03/2020"  # the app's English date format
    window.act_close.trigger()
