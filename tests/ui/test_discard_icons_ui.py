"""Walk J, finding 6 (remainder): where the platform puts icons on dialog buttons (a GNOME or
KDE desktop; the walker's Xvfb session), the default, safe "Keep typing" of the discard
questions carried Cancel's red cross, which at a glance reads as "delete". Keeping now shows no
icon; a plain Discard keeps the style's bin (New case), a Discard in the form's own words shows
none (walk K, finding 16: the removal form's "Discard answers, keep file" had the bin). Through
the real window: the removal form's Escape, and Escape in New case.

The offscreen test platform puts no icons on dialog buttons; the desktop's choice (a platform
theme hint) is given here by the style under the application's own, as such a desktop gives it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QMessageBox,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleHintReturn,
    QStyleOption,
    QWidget,
)
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.ui.case.case_dialogs import NewCaseDialog
from adviser_desk.ui.common import focus_style
from adviser_desk.ui.evidence.mark_dialog import MarkDialog
from tests.ui.conftest import Opened, open_window
from tests.ui.drive import FileDialogs, Modals, activate, button_named, click, click_tab
from tests.ui.test_walk_i_removal_ui import undescribed_photo, yes

Looked = tuple[str, bool, bool]


class _IconsOnButtons(QProxyStyle):
    """A desktop whose theme asks for icons on dialog buttons."""

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: QStyleHintReturn | None = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, option, widget, returnData)


@pytest.fixture
def icons_on_buttons(app_wide_behaviour: None) -> Iterator[None]:
    # The application's style (under its style sheet), wrapping the platform's.
    style = focus_style._installed[0]
    name = style.baseStyle().name()
    desktop = _IconsOnButtons(QStyleFactory.create(name))
    style.setBaseStyle(desktop)
    try:
        yield
        assert style.baseStyle() is desktop  # still in place: the icons were asked for
    finally:
        style.setBaseStyle(QStyleFactory.create(name))


def look_then(qtbot: QtBot, looked: list[Looked], answer: str) -> Callable[[QWidget], None]:
    """Notes the default button and whether keeping and discarding show an icon."""

    def handler(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and box.objectName() == "discard_question"
        keep = box.button(QMessageBox.StandardButton.Cancel)
        discard = box.button(QMessageBox.StandardButton.Discard)
        default = box.defaultButton()
        assert default is not None
        looked.append(
            (default.text().replace("&", ""), keep.icon().isNull(), discard.icon().isNull())
        )
        click(qtbot, button_named(box, answer))

    return handler


def test_keep_typing_in_the_removal_form_question_shows_no_red_cross(
    qtbot: QtBot, icons_on_buttons: None, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    opened = open_tab(undescribed_photo, dc.IncidentType.FAKE_ACCOUNT)
    view = opened.window.page.case_view
    looked: list[Looked] = []

    def type_then_escape(dialog: QWidget) -> None:
        assert isinstance(dialog, MarkDialog)
        qtbot.keyClicks(dialog.where, "TikTok")
        modals.expect(QMessageBox, look_then(qtbot, looked, "Keep typing"))
        qtbot.keyClick(dialog.where, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: len(looked) == 1)
        assert dialog.isVisible() and dialog.where.text() == "TikTok"
        modals.expect(QMessageBox, look_then(qtbot, looked, "Discard answers, keep file"))
        qtbot.keyClick(dialog.where, Qt.Key.Key_Escape)

    click_tab(qtbot, view.tabs, "Overview")
    click(qtbot, view.overview.types.boxes[dc.IncidentType.EXPOSING])
    modals.expect(QMessageBox, yes(qtbot))
    modals.expect(MarkDialog, type_then_escape)
    click(qtbot, view.overview.save_button)
    modals.wait_done()
    # Keep typing is the default and has no icon; nor has "Discard answers, keep file", which
    # keeps the file (walk K, finding 16: it had the bin).
    assert looked == [("Keep typing", True, True)] * 2
    assert opened.evidence.items(opened.case_id)[0].stored


def test_keep_typing_in_new_case_shows_no_red_cross(
    qtbot: QtBot,
    icons_on_buttons: None,
    closed_case: tuple[Path, str],
    modals: Modals,
    files: FileDialogs,
) -> None:
    path, _ = closed_case
    window = open_window(qtbot, path, modals, files)
    before = window.page.model.rowCount()
    looked: list[Looked] = []

    def type_then_escape(dialog: QWidget) -> None:
        assert isinstance(dialog, NewCaseDialog)
        dialog.description.setFocus()
        qtbot.keyClicks(dialog.description, "Dreigend bericht via Snapchat.")
        modals.expect(QMessageBox, look_then(qtbot, looked, "Keep typing"))
        qtbot.keyClick(dialog.description, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: len(looked) == 1)
        assert dialog.isVisible() and "Snapchat" in dialog.description.toPlainText()
        modals.expect(QMessageBox, look_then(qtbot, looked, "Discard"))
        qtbot.keyClick(dialog.description, Qt.Key.Key_Escape)

    modals.expect(NewCaseDialog, type_then_escape)
    activate(qtbot, window)
    qtbot.keyClick(window.page.case_list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.wait_done()
    assert looked == [("Keep typing", True, False)] * 2
    assert window.page.model.rowCount() == before
    window.act_close.trigger()
