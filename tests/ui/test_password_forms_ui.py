"""Walk 12: Change password (W12-6) and Add an adviser (W12-7) had the first field in a form
of its own, further left than the password fields, with an empty band under it; a wrong
current password left the focus on Cancel and the wrong text unselected. Unlocking with the
recovery key (W12-9) opened empty bands when switched, its switch looked like plain text, and
the new password set after it was not confirmed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.ui.case_file.advisers_dialog import AddAdviserDialog, AdvisersDialog
from adviser_desk.ui.case_file.password_dialogs import ChangePasswordDialog, NewPasswordDialog
from adviser_desk.ui.case_file.unlock_dialog import UnlockDialog
from tests.conftest import NEW_PASSWORD, PASSWORD
from tests.ui.conftest import open_window
from tests.ui.drive import FileDialogs, Modals, activate, button_named, click

SLACK = 4  # logical pixels a fitted dialog may be taller than its layout asks


def left_of(widget: QWidget) -> int:
    return widget.mapTo(widget.window(), QPoint(0, 0)).x()


def empty_height(dialog: QWidget) -> int:
    """How much taller the dialog is than its layout needs at its width."""
    layout = dialog.layout()
    assert layout is not None
    return dialog.height() - layout.totalHeightForWidth(dialog.width())


def field(dialog: QWidget, name: str) -> QLineEdit:
    found = dialog.findChild(QLineEdit, name)
    assert found is not None, name
    return found


def typed(qtbot: QtBot, dialog: QWidget, name: str, text: str) -> None:
    click_into = field(dialog, name)
    click_into.setFocus()
    qtbot.keyClicks(click_into, text)


def test_change_password_is_one_form_and_a_wrong_password_is_selected_to_type_again(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    path, _ = closed_case
    window = open_window(qtbot, path, modals, files)
    seen: dict[str, object] = {}
    told: list[str] = []

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, ChangePasswordDialog)
        qtbot.waitExposed(dialog)
        old = field(dialog, "old_password")
        seen["columns"] = {left_of(old), left_of(field(dialog, "new_password"))}
        seen["band"] = empty_height(dialog)
        qtbot.keyClicks(old, "Verkeerd-wachtwoord-1")  # the focus starts in it
        typed(qtbot, dialog, "new_password", NEW_PASSWORD)
        typed(qtbot, dialog, "repeat_password", NEW_PASSWORD)
        click(qtbot, dialog.ok)
        qtbot.waitUntil(lambda: dialog.error.isVisible() and not dialog.working, timeout=20_000)
        seen["error"] = dialog.error.text()
        seen["focus"] = dialog.focusWidget() is old
        seen["selected"] = old.selectedText() == old.text() != ""
        seen["band after"] = empty_height(dialog)
        qtbot.keyClicks(old, PASSWORD)  # replaces the selected wrong one
        click(qtbot, dialog.ok)

    def confirmed(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        told.append(box.text())
        box.accept()

    modals.expect(ChangePasswordDialog, change).expect(QMessageBox, confirmed)
    window.act_password.trigger()
    modals.wait_done(30_000)
    assert len(seen["columns"]) == 1, seen  # type: ignore[arg-type]
    assert 0 <= int(seen["band"]) <= SLACK, seen  # type: ignore[call-overload]
    assert 0 <= int(seen["band after"]) <= SLACK, seen  # type: ignore[call-overload]
    assert "password" in str(seen["error"]).lower()
    assert seen["focus"] is True and seen["selected"] is True
    assert told == ["The new password is in use."]


def test_add_an_adviser_is_one_form_without_an_empty_band(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    path, _ = closed_case
    window = open_window(qtbot, path, modals, files)
    seen: dict[str, object] = {}

    def add(dialog: QWidget) -> None:
        click(qtbot, button_named(dialog, "Add adviser…"))

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, AddAdviserDialog)
        qtbot.waitExposed(dialog)
        seen["columns"] = {left_of(field(dialog, n)) for n in ("adviser_name", "new_password")}
        seen["band"] = empty_height(dialog)
        seen["focus"] = dialog.focusWidget() is field(dialog, "adviser_name")
        click(qtbot, button_named(dialog, "Cancel"))

    def close(dialog: QWidget) -> None:
        click(qtbot, button_named(dialog, "Close"))

    modals.expect(AdvisersDialog, add).expect(AddAdviserDialog, look).expect(AdvisersDialog, close)
    window.act_advisers.trigger()
    modals.wait_done()
    assert len(seen["columns"]) == 1, seen  # type: ignore[arg-type]
    assert 0 <= int(seen["band"]) <= SLACK, seen  # type: ignore[call-overload]
    assert seen["focus"] is True


def test_the_recovery_key_unlock_stays_compact_and_the_new_password_is_confirmed(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    path, recovery = closed_case
    window = open_window(qtbot, path, modals, files)
    seen: dict[str, object] = {}
    told: list[str] = []

    def unlock(dialog: QWidget) -> None:
        assert isinstance(dialog, UnlockDialog)
        qtbot.waitExposed(dialog)
        toggle = dialog.toggle
        seen["link"] = "underline" in toggle.styleSheet() and toggle.cursor().shape() == (
            Qt.CursorShape.PointingHandCursor
        )
        seen["left"] = left_of(toggle) == left_of(field(dialog, "password"))
        click(qtbot, toggle)
        seen["band"] = empty_height(dialog)
        click(qtbot, toggle)  # back to the password, and again to the key
        seen["band back"] = empty_height(dialog)
        click(qtbot, toggle)
        key = field(dialog, "recovery_key")
        seen["focus"] = dialog.focusWidget() is key
        qtbot.keyClicks(key, recovery.lower())
        qtbot.keyClick(key, Qt.Key.Key_Return)

    def new_password(dialog: QWidget) -> None:
        assert isinstance(dialog, NewPasswordDialog)
        qtbot.waitExposed(dialog)
        seen["new band"] = empty_height(dialog)
        typed(qtbot, dialog, "new_password", NEW_PASSWORD)
        typed(qtbot, dialog, "repeat_password", NEW_PASSWORD)
        click(qtbot, dialog.ok)

    def confirmed(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        told.append(box.text())
        box.accept()

    modals.expect(UnlockDialog, unlock).expect(NewPasswordDialog, new_password)
    modals.expect(QMessageBox, confirmed)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.service is None)
    click(qtbot, window.locked.unlock_button)
    modals.wait_done(30_000)
    qtbot.waitUntil(lambda: window.service is not None)
    for name in ("band", "band back", "new band"):
        assert 0 <= int(seen[name]) <= SLACK, seen  # type: ignore[call-overload]
    assert seen["link"] is True and seen["left"] is True and seen["focus"] is True
    assert told == ["The new password is in use."]
    activate(qtbot, window)
