"""Walk 7, W7-9, looked at under Xvfb in Dutch, dark, at 1.5x: text cut off in the case list's
incident filter and the evidence dialog's hint, the interview's closing dialog scrolling on a
screen with room to spare, and a blank band under the interview's promise hint."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QWidget,
)
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.interview_service import InterviewService
from adviser_desk.services.protocol_data import interview_guide, protocol
from adviser_desk.storage import kdf
from adviser_desk.ui.common import fit, i18n
from adviser_desk.ui.evidence.evidence_dialogs import IntakeDialog
from adviser_desk.ui.interview.conversation_dialogs import ClosingDialog
from tests.conftest import PASSWORD
from tests.ui.conftest import Opened, demo_file, open_window
from tests.ui.drive import FileDialogs, Modals, activate, click, press_cancel
from tests.ui.test_evidence_ui import png
from tests.ui.test_interview_ui import shown_window


@pytest.fixture
def conversation(case_dir: Path) -> Iterator[tuple[InterviewService, int]]:
    service, _ = svc.create_case_file(case_dir / "I.adcase", PASSWORD, kdf.MINIMUM)
    cases = CaseService(service.case, protocol(), "nl")
    case_id = cases.create_case(
        dc.CaseDraft(title="Foto rondgestuurd", incident_types=[dc.IncidentType.EXPOSING])
    )
    yield InterviewService(cases, interview_guide()), case_id
    service.close()


def test_nothing_blank_sits_under_the_promise_hint(
    qtbot: QtBot, conversation: tuple[InterviewService, int]
) -> None:
    """An empty findings line and the spacing around it left a band between the promise
    hint and what follows it."""
    interviews, case_id = conversation
    _interview, window = shown_window(qtbot, interviews, case_id, "victim")
    activate(qtbot, window)
    qtbot.keyClicks(window.input, "Wat is er gebeurd?")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    qtbot.keyClicks(window.input, "Ik beloof dat ik het aan niemand vertel.")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    hint = window.speaker_fix.hint
    qtbot.waitUntil(hint.isVisible)
    qtbot.wait(20)  # the window lays itself out again
    layout = hint.parentWidget().layout()
    assert layout is not None
    # What follows the hint: the checker's state while the semantic check loads, else the
    # note field.
    state = window.checker.checker_state
    below = state if state.isVisible() else window.note
    hint_bottom = hint.mapTo(window, hint.rect().bottomLeft()).y()
    next_top = below.mapTo(window, below.rect().topLeft()).y()
    gap = next_top - hint_bottom - 1
    assert gap <= layout.spacing(), (gap, layout.spacing())
    assert not window.finding_label.isVisible()
    # A finding still shows, and goes again with the text.
    qtbot.keyClicks(window.input, "Dit blijft tussen ons")
    assert window.finding_label.isVisible() and window.use_suggestion.isVisible()
    window.input.clear()
    assert not window.finding_label.isVisible()


def text_room(field: QLineEdit) -> int:
    """The width a line field has for its text (and its placeholder)."""
    option = QStyleOptionFrame()
    field.initStyleOption(option)
    contents = field.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, field)
    margins = field.textMargins()
    return contents.width() - margins.left() - margins.right() - 2 * 2  # Qt's own margin


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_evidence_dialogs_hint_shows_whole(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
    language: str,
) -> None:
    """ "Provided by / how" hinted "… door mij gefoto…": the end of its example was cut off."""
    opened = open_tab(kind=dc.IncidentType.CYBERBULLYING)
    assert i18n.install(language)  # the dialog is made in it when it opens
    try:
        shot = tmp_path / "shot.png"
        shot.write_bytes(png(60, 40, 1))
        seen: dict[str, int] = {}

        def look(dialog: QWidget) -> None:
            try:
                assert isinstance(dialog, IntakeDialog)
                field = dialog.source
                seen["room"] = text_room(field)
                seen["hint"] = field.fontMetrics().horizontalAdvance(field.placeholderText())
                seen["dutch"] = field.placeholderText().startswith("bijv.")
            finally:
                press_cancel(qtbot)(dialog)

        modals.expect(IntakeDialog, look)
        files.open([shot])
        add = opened.widget.findChild(QPushButton, "add")
        assert add is not None and add.menu() is not None
        add.menu().actions()[0].trigger()  # Add > Files…
        modals.wait_done()
        assert seen["dutch"] == (language == "nl")
        assert 0 < seen["hint"] <= seen["room"], seen
    finally:
        i18n.install("en")


@pytest.mark.parametrize("language", ["en", "nl"])
def test_closing_an_interview_shows_every_field_when_the_screen_has_room(
    qtbot: QtBot, conversation: tuple[InterviewService, int], modals: Modals, language: str
) -> None:
    """Qt opens a window at most two thirds of the screen tall: "Close the interview" hid
    its last rows (Still spreading, Criminal offence suspected, Psychological help needed)
    behind a scroll bar, the last one cut in half, on a screen with room to spare."""
    interviews, case_id = conversation
    assert i18n.install(language)
    try:
        _interview, window = shown_window(qtbot, interviews, case_id, "victim")
        activate(qtbot, window)
        seen: dict[str, object] = {}

        def look(dialog: QWidget) -> None:
            try:
                assert isinstance(dialog, ClosingDialog)
                area = dialog.findChild(fit.ScrollingArea)
                assert area is not None
                screen = fit.available(dialog)
                assert screen is not None
                last = dialog.psych
                bottom = last.mapTo(area.viewport(), last.rect().bottomLeft())
                seen["vertical bar"] = area.verticalScrollBar().isVisible()
                seen["last row in view"] = area.viewport().rect().contains(bottom)
                seen["on the screen"] = screen.contains(dialog.frameGeometry())
                seen["height"] = (dialog.height(), screen.height())
            finally:
                press_cancel(qtbot)(dialog)

        modals.expect(ClosingDialog, look)
        click(qtbot, window.close_button)
        modals.wait_done()
        height = seen.pop("height")
        assert seen == {
            "vertical bar": False,
            "last row in view": True,
            "on the screen": True,
        }, height
    finally:
        i18n.install("en")


def painted_text(combo: QComboBox) -> tuple[str, int]:
    """The text a closed combo box paints, and the room it has for it."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return option.currentText, field.width()


def test_the_incident_filter_reads_whole_in_dutch(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    """The case list's incident filter showed "Ongewenste sexting / exposing (sha": it was
    as wide as its "all" entry."""
    from tests.ui.test_layout_and_look import scroll_area

    assert i18n.install("nl")
    try:
        path, _ids = demo_file(case_dir / "F.adcase", "nl")
        window = open_window(qtbot, path, modals, files)
        window.resize(fit.SMALLEST)  # the smallest screen the app supports
        panel = window.page.case_list
        panel.wait()
        combo = panel.incident
        combo.setFocus()
        seen: dict[str, str] = {}
        for _entry in range(combo.count() - 1):
            qtbot.keyClick(combo, Qt.Key.Key_Down)  # the next type, chosen by keyboard
            text, room = painted_text(combo)
            assert 0 < combo.fontMetrics().horizontalAdvance(text) <= room, (text, room)
            seen[str(combo.currentData())] = text
        assert seen["exposing"] == "Ongewenste sexting / exposing"
        while combo.currentData() != "exposing":
            qtbot.keyClick(combo, Qt.Key.Key_Up)
        assert combo.toolTip() == "Ongewenste sexting / exposing (shame sexting, wraakporno)"
        assert combo.currentText() == combo.toolTip()  # the list keeps the whole entry
        qtbot.waitUntil(lambda: panel.proxy.rowCount() > 0)
        # The filters still leave the window its smallest size without scrolling sideways.
        assert window.minimumSizeHint().width() <= fit.SMALLEST.width()
        area = scroll_area(window)
        qtbot.wait(20)
        assert not area.horizontalScrollBar().isVisible()
        window.act_close.trigger()
    finally:
        i18n.install("en")


def test_the_name_prompt_wraps_its_explanation_on_a_small_screen(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    """A case file that does not name its adviser asks for the name on unlock; the prompt's
    explanation was one line, wider than the screen, and cut off at the right."""
    path = closed_case[0]
    unnamed = svc.unlock_with_password(path, PASSWORD)
    unnamed.update_profile("", "")
    unnamed.close()
    window = open_window(qtbot, path, modals, files)
    prompt = window.findChild(QInputDialog, "adviser_name_prompt")
    assert prompt is not None
    qtbot.waitExposed(prompt)
    screen = fit.available(prompt)
    assert screen is not None and screen.contains(prompt.frameGeometry())
    label = prompt.findChild(QLabel)
    assert label is not None and "does not say yet who keeps it" in label.text()
    longest = max(label.text().splitlines(), key=label.fontMetrics().horizontalAdvance)
    fits_on_one_line = label.fontMetrics().horizontalAdvance(longest) <= label.width()
    assert fits_on_one_line or label.wordWrap()
    assert label.height() >= label.heightForWidth(label.width())
    assert label.mapTo(prompt, label.rect().topRight()).x() <= prompt.width()
    prompt.reject()
    window.act_close.trigger()


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("kind", ["victim", "victim_parents", "class", "other"])
def test_the_interviews_typing_hint_shows_whole(
    qtbot: QtBot, conversation: tuple[InterviewService, int], language: str, kind: str
) -> None:
    """Walk 11: the answer field's hint read "Typ het antwoord van de leerling, letterlijk…
    (Enter voegt t…" in the interview window as it opens on a 1280 x 720 screen."""
    interviews, case_id = conversation
    assert i18n.install(language)
    try:
        _interview, window = shown_window(qtbot, interviews, case_id, kind)
        window.resize(1180, 672)  # its size on 1920 x 1080 at 150 % (walk 11)
        activate(qtbot, window)
        for _speaker in range(2):
            qtbot.keyClick(window.input, Qt.Key.Key_F2)  # the other speaker
            hint = window.input.placeholderText()
            width = window.input.fontMetrics().horizontalAdvance(hint)
            assert 0 < width <= text_room(window.input), (window.speaker, hint)
        window.close()
    finally:
        i18n.install("en")
