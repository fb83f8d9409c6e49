"""Walk I, finding 23: after OK in Settings with a new appearance, the dialog stayed on screen
while the window took the new colours (about four seconds with a case open), and a Return
pressed meanwhile acted afterwards on the evidence list. Now the dialog is gone first, the
cursor is busy during the switch, and input typed during it is dropped. Edit > Settings
through its action, the appearance typed into its drop-down, OK clicked."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.ui.common import theme
from adviser_desk.ui.shell.settings_dialog import SettingsDialog
from tests.ui.conftest import Opened
from tests.ui.drive import Modals
from tests.ui.test_layout_and_look import choose_appearance


@pytest.fixture
def system_scheme(qapp: QApplication) -> Iterator[None]:
    yield
    theme.set_scheme(qapp, theme.Scheme.SYSTEM)


def test_keys_typed_during_the_switch_are_dropped_and_the_cursor_is_busy(
    qtbot: QtBot,
    qapp: QApplication,
    open_tab: Callable[..., Opened],
    modals: Modals,
    system_scheme: None,
) -> None:
    opened = open_tab(None, dc.IncidentType.CYBERBULLYING)
    window = opened.window
    search = window.page.case_list.search
    during: list[tuple[bool, object]] = []

    def typed_during_the_switch() -> None:
        # Called as the palette changes, in the middle of the switch: a key typed then, as
        # the walker's Return was, waits in the queue.
        if not during:
            settings = [w for w in qapp.topLevelWidgets() if isinstance(w, SettingsDialog)]
            cursor = QApplication.overrideCursor()
            during.append(
                (
                    any(w.isVisible() for w in settings),
                    cursor.shape() if cursor is not None else None,
                )
            )
            key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_X, Qt.KeyboardModifier.NoModifier, "x")
            QApplication.postEvent(search, key)

    qapp.paletteChanged.connect(typed_during_the_switch)
    try:
        search.setFocus()
        modals.expect(SettingsDialog, choose_appearance(qtbot, "Dark"))
        window.act_settings.trigger()
        modals.wait_done()
    finally:
        qapp.paletteChanged.disconnect(typed_during_the_switch)
    qtbot.wait(100)
    assert theme.is_dark(qapp.palette())
    assert during == [(False, Qt.CursorShape.WaitCursor)]  # the dialog gone, the cursor busy
    assert QApplication.overrideCursor() is None  # and back
    assert search.text() == ""  # the key typed during the switch did nothing
    # The same key, typed once the switch is over, types as ever.
    key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_X, Qt.KeyboardModifier.NoModifier, "x")
    QApplication.postEvent(search, key)
    qtbot.waitUntil(lambda: search.text() == "x")
    window.act_close.trigger()
