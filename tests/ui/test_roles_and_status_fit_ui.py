"""Issue 11, looked at under Xvfb in Dutch, dark, at 1.5x: a label given a colour role once
shown lost the role's padding (the letter's banners and the interview's Question/Answer box had
their text on the border), the Evidence tab's and the letter editor's status lines made the
window scroll sideways after saving to a long folder name, and a handed-over case's choices
were greyed out past reading."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QInputDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.interview_service import InterviewService
from adviser_desk.services.protocol_data import interview_guide, protocol
from adviser_desk.services.session import CaseFileSession
from adviser_desk.storage import kdf
from adviser_desk.ui.common import theme
from tests.conftest import PASSWORD
from tests.ui.conftest import Opened, demo_file, open_case, open_window
from tests.ui.drive import FileDialogs, Modals, activate, button_named, click, type_and_enter
from tests.ui.test_evidence_ui import png
from tests.ui.test_interview_ui import shown_window
from tests.ui.test_layout_and_look import scroll_area


def assert_padded(label: QLabel, sides: int, top: int) -> None:
    """The label's text keeps the role's border and padding (its style sheet) from the edge,
    and fits the room left inside."""
    margins = label.contentsMargins()
    assert min(margins.left(), margins.right()) >= sides, (label.objectName(), margins)
    assert min(margins.top(), margins.bottom()) >= top, (label.objectName(), margins)
    if not label.wordWrap():
        assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()


@pytest.fixture
def conversation(case_dir: Path) -> Iterator[tuple[InterviewService, int]]:
    service, _ = svc.create_case_file(case_dir / "I.adcase", PASSWORD, kdf.MINIMUM)
    cases = CaseService(service.case, protocol(), "nl")
    case_id = cases.create_case(
        dc.CaseDraft(title="Foto rondgestuurd", incident_types=[dc.IncidentType.EXPOSING])
    )
    yield InterviewService(cases, interview_guide()), case_id
    service.close()


def test_the_question_and_answer_buttons_keep_their_padding_when_the_speaker_changes(
    qtbot: QtBot, conversation: tuple[InterviewService, int]
) -> None:
    interviews, case_id = conversation
    _interview, window = shown_window(qtbot, interviews, case_id, "victim")
    activate(qtbot, window)
    choice = window.speaker_indicator
    for _switch in range(3):
        for button in (choice.ask, choice.answer):
            # The bold text inside a 2px border and 8px padding on each side.
            room = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
            assert button.width() >= room + 20, (button.objectName(), button.width(), room)
        assert choice.current().property("role") in ("asking", "answering")
        qtbot.keyClick(window.input, Qt.Key.Key_F2)
        qtbot.wait(20)  # the window lays itself out again, if anything changed


def test_the_letter_banners_keep_their_padding(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    path, ids = demo_file(case_dir / "B.adcase")
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[1], "Letters")
    tab = window.page.case_view.letters
    click(qtbot, button_named(tab, "New letter…"))
    editor = tab.editor
    assert editor is not None
    qtbot.waitExposed(editor)
    assert editor.notes.isVisible() and editor.notes.property("role") == "banner"
    assert_padded(editor.notes, 7, 7)  # padding 6px inside a 1px border
    assert editor.notes.height() >= editor.notes.heightForWidth(editor.notes.width())
    click(qtbot, button_named(editor, "Close"))
    qtbot.waitUntil(lambda: tab.editor is None)
    window.act_close.trigger()


def test_a_long_export_folder_in_the_status_line_does_not_widen_the_window(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    def one(session: CaseFileSession, case_id: int) -> None:
        session.evidence.add_bytes(case_id, png(60, 40, 4), "s.png", minor_sexual=False)

    opened = open_tab(one, dc.IncidentType.CYBERBULLYING)
    window, widget = opened.window, opened.widget
    window.resize(1280, 720)  # the smallest screen the app supports
    area = scroll_area(window)
    qtbot.waitUntil(lambda: area.viewport().width() > 1200)
    qtbot.waitUntil(lambda: not area.horizontalScrollBar().isVisible())
    stick = tmp_path / "KINGSTON USB-STICK" / "Exports voor de politie schooljaar 2026-2027"
    stick.mkdir(parents=True)
    files.folder(stick)
    modals.expect(QInputDialog, type_and_enter(qtbot, "", "Agent Jansen, politie Utrecht"))
    modals.accept_box()
    click(qtbot, button_named(widget, "Export for the police…"))
    qtbot.waitUntil(lambda: "Exported" in widget.status.text(), timeout=60_000)
    modals.wait_done()
    qtbot.wait(100)  # the layout settles
    status = widget.status
    assert not area.horizontalScrollBar().isVisible()
    assert str(stick) in status.text() and status.toolTip() == status.text()
    assert status.mapTo(window, status.rect().topRight()).x() <= window.width()
    assert status.height() >= status.heightForWidth(status.width())


def test_a_long_folder_in_the_letter_editors_status_line_does_not_widen_it(
    qtbot: QtBot, case_dir: Path, tmp_path: Path, modals: Modals, files: FileDialogs
) -> None:
    """The letter editor said where its PDF went in one unwrapped line, which made the
    editor's content wider than its window: it scrolled sideways, the banners, the letter and
    the Letter/Sent by row cut off at the right."""
    from PySide6.QtWidgets import QMessageBox

    from adviser_desk.ui.common.fit import ScrollingArea

    path, ids = demo_file(case_dir / "L.adcase")
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[1], "Letters")
    tab = window.page.case_view.letters
    click(qtbot, button_named(tab, "New letter…"))
    editor = tab.editor
    assert editor is not None
    qtbot.waitExposed(editor)
    editor.resize(1000, 720)  # the size it asks for, which a 1280x720 screen gives
    area = editor.findChild(ScrollingArea)
    assert area is not None
    qtbot.waitUntil(lambda: not area.horizontalScrollBar().isVisible())
    stick = tmp_path / "KINGSTON USB-STICK" / "Brieven voor de politie schooljaar 2026-2027"
    stick.mkdir(parents=True)
    files.save(stick / "2026-002 Stop letter (images already spread) for Milan Verhoeven.pdf")
    modals.answer(QMessageBox.StandardButton.Yes)  # details not checked, [place] open: go on
    click(qtbot, button_named(editor, "Save as PDF…"))
    modals.wait_done()
    status = editor.status
    qtbot.waitUntil(lambda: str(stick) in status.text())
    qtbot.wait(100)  # the layout settles
    assert not area.horizontalScrollBar().isVisible()
    assert status.mapTo(editor, status.rect().topRight()).x() <= editor.width()
    assert status.height() >= status.heightForWidth(status.width())
    assert status.toolTip() == status.text()
    editor.close()
    qtbot.waitUntil(lambda: tab.editor is None)
    window.act_close.trigger()


def text_contrast(widget: QWidget, area: QRect) -> float:
    """The contrast of the text drawn in ``area`` of the widget with what is behind it: its
    most common colour against the pixel that stands out most from it."""
    from collections import Counter

    from tests.ui.test_scale_and_theme import contrast

    image = widget.grab().toImage()
    ratio = image.width() / max(1, widget.width())
    pixels = [
        image.pixelColor(x, y)
        for x in range(int(area.left() * ratio), int(area.right() * ratio))
        for y in range(int(area.top() * ratio), int(area.bottom() * ratio))
    ]
    back = QColor(Counter(p.name() for p in pixels).most_common(1)[0][0])
    return max(contrast(p, back) for p in pixels)


@pytest.mark.parametrize("wanted", [theme.Scheme.LIGHT, theme.Scheme.DARK])
def test_a_handed_over_cases_choices_can_be_read(
    qtbot: QtBot,
    case_dir: Path,
    modals: Modals,
    files: FileDialogs,
    wanted: theme.Scheme,
) -> None:
    """A handed-over case is kept to be looked at, but its switched-off choices (status,
    escalation, what happened) were greyed out to 1.6:1 in light and 2.1:1 in dark."""
    from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionButton, QStyleOptionComboBox

    from tests.ui.test_read_only_case_ui import handed_over

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    path = case_dir / "Zaken.adcase"
    case_id = handed_over(path)
    theme.set_scheme(app, wanted)
    try:
        window = open_window(qtbot, path, modals, files)
        open_case(qtbot, window, case_id, "Overview")
        overview = window.page.case_view.overview
        combo = overview.status
        assert not combo.isEnabled() and combo.isVisible()
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            combo,
        )
        assert text_contrast(combo, field) >= 4.5
        box = next(b for b in overview.types.boxes.values() if b.isChecked())
        assert not box.isEnabled()
        box_option = QStyleOptionButton()
        box.initStyleOption(box_option)
        label = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, box_option, box)
        assert text_contrast(box, label) >= 4.5
        # Buttons switched off stay greyed out.
        save = overview.save_button
        assert not save.isEnabled()
        window.act_close.trigger()
    finally:
        theme.set_scheme(app, theme.Scheme.LIGHT)


def test_a_handed_over_cases_evidence_tab_does_not_invite_drops(
    qtbot: QtBot,
    case_dir: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    """The Evidence tab of a handed-over case said 'Drop files here or paste (Ctrl+V)…',
    where dropping and pasting are off."""
    from tests.ui.test_read_only_case_ui import handed_over

    path = case_dir / "Zaken.adcase"
    case_id = handed_over(path)
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, case_id, "Evidence")
    evidence = window.page.case_view.evidence
    assert not evidence.acceptDrops()
    assert not evidence.drop_hint.isVisible()
    assert window.cases is not None
    other = next(row.case_id for row in window.cases.list_cases() if not row.handed_over)
    open_case(qtbot, window, other, "Evidence")
    assert evidence.acceptDrops() and evidence.drop_hint.isVisible()
    window.act_close.trigger()
