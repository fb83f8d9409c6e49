"""New case with nothing ticked under What happened (walk 13, W13-1: it was saved as Other
without a word). OK says a box must be ticked, keeps the dialog and what was typed, and puts
the focus on the boxes, so Space ticks one and OK saves the case with it. The Overview keeps
the last ticked kind ticked and says why (it cannot refuse a save)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.ui.case.case_dialogs import NewCaseDialog
from adviser_desk.ui.common import i18n
from tests.ui.conftest import open_window
from tests.ui.drive import FileDialogs, Modals, activate, click
from tests.ui.new_case_steps import ok_refused, opened_with_cases, type_opened_on


@pytest.fixture(params=["en", "nl"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    assert i18n.install(request.param)
    yield request.param
    i18n.install("en")


def test_new_case_with_nothing_ticked_asks_for_a_kind_and_keeps_the_typing(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    window, cases, before = opened_with_cases(qtbot, closed_case[0], modals, files)
    told: list[str] = []
    focus: list[QWidget | None] = []

    def fill_without_a_tick(dialog: QWidget) -> None:
        assert isinstance(dialog, NewCaseDialog)
        activate(qtbot, dialog)
        qtbot.keyClicks(dialog.title, "Dreigbericht via Snapchat")
        dialog.description.setFocus()
        qtbot.keyClicks(dialog.description, "Bericht op vrijdagavond ontvangen.")
        assert dialog.types.values() == []
        told.append(ok_refused(qtbot, modals, dialog))
        activate(qtbot, dialog)  # the offscreen platform does not hand activation back
        first = next(iter(dialog.types.boxes.values()))
        qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
        focus.append(QApplication.focusWidget())
        # Nothing saved, nothing lost: still open with the title and description as typed.
        assert dialog.isVisible()
        assert {row.case_id for row in cases.list_cases()} == before
        assert dialog.title.text() == "Dreigbericht via Snapchat"
        assert dialog.description.toPlainText() == "Bericht op vrijdagavond ontvangen."
        # By keyboard from there: Tab to Threats, Space ticks it, Enter saves.
        boxes = list(dialog.types.boxes.values())
        target = dialog.types.boxes[dc.IncidentType.THREATS]
        for _ in range(boxes.index(target)):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is target
        qtbot.keyClick(target, Qt.Key.Key_Space)
        assert dialog.types.values() == [dc.IncidentType.THREATS]
        qtbot.keyClick(target, Qt.Key.Key_Return)

    modals.expect(NewCaseDialog, fill_without_a_tick)
    click(qtbot, window.page.case_list.new_button)
    modals.wait_done()
    assert told and "Tick at least one box under “What happened”" in told[0], told
    assert "Other, if none fits" in told[0]
    new = [row for row in cases.list_cases() if row.case_id not in before]
    assert len(new) == 1
    detail = cases.get_case(new[0].case_id)
    assert detail.draft.incident_types == [dc.IncidentType.THREATS]
    assert detail.draft.description == "Bericht op vrijdagavond ontvangen."
    window.act_close.trigger()


def test_the_overview_keeps_the_last_ticked_kind_and_says_why(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs, language: str
) -> None:
    """The Overview cannot refuse a save as New case does (the idle lock saves its edits), so
    it saved Other when every kind was unticked. The last ticked box stays ticked, by a click
    and by Space, and a note beside the boxes says why; ticking another first frees it."""
    from PySide6.QtWidgets import QLabel

    from tests.ui.conftest import demo_file, open_case

    path, ids = demo_file(case_dir / "Demo.adcase", language)
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[0])
    overview = window.page.case_view.overview
    types = overview.types
    note = types.findChild(QLabel, "one_ticked_note")
    assert note is not None and not note.isVisible()
    for kind in types.values()[1:]:  # all but one unticked, as the adviser does: clicks
        click(qtbot, types.boxes[kind])
    [last] = types.values()
    box = types.boxes[last]
    click(qtbot, box)
    assert box.isChecked() and types.values() == [last]
    assert note.isVisible()
    expected = {"en": "At least one kind is needed", "nl": "Er is minstens één soort nodig"}
    assert note.text().startswith(expected[language]), note.text()
    # By keyboard: Space on the focused box leaves it ticked too.
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked() and note.isVisible()
    # Another kind ticked first: the note goes, and the first may be unticked.
    other = dc.IncidentType.THREATS if last != dc.IncidentType.THREATS else dc.IncidentType.OTHER
    click(qtbot, types.boxes[other])
    assert not note.isVisible()
    click(qtbot, box)
    assert types.values() == [other]
    click(qtbot, overview.save_button)
    cases = window.cases
    assert cases is not None
    qtbot.waitUntil(lambda: cases.get_case(ids[0]).draft.incident_types == [other])
    window.act_close.trigger()


def test_new_case_refuses_an_opening_date_in_the_future_and_keeps_the_typing(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs, language: str
) -> None:
    """Walk 18, W18-3: 07-12 typed for 04-12 was taken without a word; the case's first tasks
    fell due then and its evidence log printed a period running backwards."""
    window, cases, before = opened_with_cases(qtbot, closed_case[0], modals, files)
    told: list[str] = []
    today = QDate.currentDate()

    def fill_with_a_future_date(dialog: QWidget) -> None:
        assert isinstance(dialog, NewCaseDialog)
        activate(qtbot, dialog)
        qtbot.keyClicks(dialog.title, "Nepaccount op Instagram")
        click(qtbot, dialog.types.boxes[dc.IncidentType.FAKE_ACCOUNT])
        type_opened_on(qtbot, dialog, today.addDays(3))
        assert dialog.opened.date() == today.addDays(3)
        told.append(ok_refused(qtbot, modals, dialog))
        # Nothing saved, nothing lost; today's date typed instead is taken and OK saves.
        assert dialog.isVisible()
        assert {row.case_id for row in cases.list_cases()} == before
        assert dialog.title.text() == "Nepaccount op Instagram"
        activate(qtbot, dialog)
        type_opened_on(qtbot, dialog, today)
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))

    modals.expect(NewCaseDialog, fill_with_a_future_date)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.wait_done()
    future = "“Geopend op”" if language == "nl" else "“Opened on”"
    assert told and future in told[0], told
    added = [row for row in cases.list_cases() if row.case_id not in before]
    assert [row.opened_on for row in added] == [today.toPython()]
