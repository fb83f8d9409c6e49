"""A Dutch adviser closes a case with the proposed reason: the case file keeps the app's own
wording, so the Dutch timeline reads "Zaak gesloten" and an English reader of the same file
reads "Case closed" (walk 12, W12-12); the closing's marks are one line of the timeline
(walk 13)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.domain.timeline import render
from adviser_desk.services.case_service import CaseService
from adviser_desk.ui.case.case_closing import CloseCaseDialog
from adviser_desk.ui.common import i18n
from tests.ui.conftest import demo_file, open_case, open_window
from tests.ui.drive import FileDialogs, Modals, activate, click, click_tab


@pytest.fixture
def dutch() -> Iterator[None]:
    assert i18n.install("nl")
    yield
    i18n.install("en")


# The offscreen platform cannot raise the combo's popup or grab the keyboard for it.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_the_proposed_closing_reason_reads_in_each_readers_language(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs, dutch: None
) -> None:
    path, ids = demo_file(case_dir / "Demo.adcase", language="nl")
    window = open_window(qtbot, path, modals, files)
    cases = window.cases
    assert cases is not None
    case_id = ids[0]
    open_case(qtbot, window, case_id)
    was_open = [t for t in cases.tasks(case_id) if t.status == dc.TaskStatus.OPEN]
    assert len(was_open) > 3
    overview = window.page.case_view.overview
    activate(qtbot, window)
    overview.status.setFocus()
    qtbot.keyClick(overview.status, Qt.Key.Key_End)  # Gesloten, the last
    assert overview.status.value() == dc.CaseStatus.CLOSED

    def close_with_proposed_reason(dialog: QWidget) -> None:
        assert isinstance(dialog, CloseCaseDialog)
        assert dialog.reason.text() == "Zaak gesloten"
        qtbot.keyClick(dialog.outcome, Qt.Key.Key_Down)
        click(qtbot, dialog.ok)

    modals.expect(CloseCaseDialog, close_with_proposed_reason)
    click(qtbot, overview.save_button)
    modals.wait_done()
    assert cases.get_case(case_id).draft.status == dc.CaseStatus.CLOSED

    # The Dutch timeline tab says "Zaak gesloten" and names the tasks in Dutch.
    click_tab(qtbot, window.page.case_view.tabs, "Tijdlijn en notities")
    model = window.page.case_view.timeline.model
    texts = [str(model.index(r, model.WHAT).data()) for r in range(model.rowCount())]
    # One line for the tasks the closing marked (walk 13, W13-5: one per task).
    marked = [t for t in texts if t.endswith("(reden: Zaak gesloten)")]
    assert marked == [
        f"{len(was_open)} open taken bij het sluiten als niet van toepassing gemarkeerd "
        "(reden: Zaak gesloten)"
    ], texts
    assert not any("Case closed" in t for t in texts)

    # The same file read in English: the app's reason in English.
    english = CaseService(cases.case_file, cases.protocol, "en")
    lines = [render(r.kind, r.details) for r in english.timeline(case_id)]
    assert not any("Zaak gesloten" in line for line in lines)
    assert [line for line in lines if line.endswith("(reason: Case closed)")] == [
        f"{len(was_open)} open tasks marked not applicable with the closing (reason: Case closed)"
    ]
    window.act_close.trigger()
