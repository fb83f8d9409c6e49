"""The English UI explains the Dutch school terms it keeps: the escalation route's "SLB"
(schoolloopbaanbegeleider) reads "student counsellor (SLB)" in the protocol task and in the
Overview's escalation choice, and the aftercare task says what Slachtofferhulp and Centrum
Seksueel Geweld are (walk 14, W14-15: "(1) mentor or SLB" unexplained)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from adviser_desk.ui.case.case_models import TaskModel
from tests.ui.conftest import demo_file, open_case, open_window
from tests.ui.drive import FileDialogs, Modals, click, click_tab


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_the_english_task_texts_explain_the_dutch_school_terms(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    path, ids = demo_file(case_dir / "Demo.adcase")
    window = open_window(qtbot, path, modals, files)
    view = window.page.case_view
    titles: set[str] = set()
    for case_id in ids:
        open_case(qtbot, window, case_id, "Tasks")
        show_closed = view.tasks.findChild(QCheckBox, "show_closed")
        assert show_closed is not None
        if not show_closed.isChecked():
            click(qtbot, show_closed)
        proxy = view.tasks.proxy
        titles |= {
            proxy.index(row, TaskModel.TITLE).data(Qt.ItemDataRole.DisplayRole)
            for row in range(proxy.rowCount())
        }
    (route,) = [t for t in titles if "route for escalating" in t]
    assert "(1) mentor or student counsellor (SLB)," in route, route
    assert not [t for t in titles if "SLB" in t and "student counsellor (SLB)" not in t]
    (help_task,) = [t for t in titles if t.startswith("Offer professional help")]
    assert "Slachtofferhulp (Victim Support Netherlands)" in help_task, help_task
    # The Overview's escalation choice.
    click_tab(qtbot, view.tabs, "Overview")
    combo = view.overview.escalation
    items = [combo.itemText(i) for i in range(combo.count())]
    assert "Mentor / student counsellor (SLB)" in items and "Mentor / SLB" not in items, items
    window.act_close.trigger()
