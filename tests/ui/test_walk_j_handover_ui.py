"""Walk J, finding 13, through Case > Hand over…: on a fresh install the hand-over refused its
own proposed location, Documents/Adviser Desk/Handed over.adcase, with "The folder … does not
exist (was a USB stick removed?)": the folder is made only by New case file, which an adviser
who opened a colleague's file or the demo never used. The app's own folder is now made when
needed; a folder on a removed stick is still refused with that message, and the red line
follows the location as it is changed instead of staying for one it was not about."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.services import case_file_service as svc
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.case_file.handover_dialog import HandoverDialog
from adviser_desk.ui.case_file.recovery_dialog import RecoveryKeyDialog
from adviser_desk.ui.common import settings as prefs
from tests.conftest import NEW_PASSWORD
from tests.ui.conftest import open_window
from tests.ui.drive import FileDialogs, Modals, button_named, click
from tests.ui.test_handover_ui import filled, show_first_case

MISSING = "does not exist (was a USB stick removed?). Nothing was changed."


def retype(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    """Selects what the field holds and types over it, as the adviser does."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)
    assert field.text() == text


def name_and_passwords(qtbot: QtBot, dialog: HandoverDialog) -> None:
    qtbot.keyClicks(dialog.receiver, "Carla Visser")
    qtbot.keyClicks(dialog.passwords.password, NEW_PASSWORD)
    qtbot.keyClicks(dialog.passwords.repeat, NEW_PASSWORD)


def attempt(qtbot: QtBot, dialog: HandoverDialog) -> None:
    """Clicks Hand over and waits for the refusal."""
    click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: not dialog.working, timeout=30_000)
    assert dialog.error.isVisible()


def test_the_hand_over_makes_its_own_folder_and_refuses_a_removed_stick(
    qtbot: QtBot,
    closed_case: tuple[Path, str],
    documents: Path,
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    path, _ = closed_case
    filled(path)
    window = open_window(qtbot, path, modals, files)
    show_first_case(qtbot, window)
    own = documents / "Adviser Desk"
    proposed = own / "Handed over.adcase"
    stick = tmp_path / "stick"  # removed: not there
    sheet = tmp_path / "herstelblad.pdf"
    files.save(sheet)
    lines: list[str] = []

    def stick_then_own(dialog: QWidget) -> None:
        assert isinstance(dialog, HandoverDialog)
        assert dialog.new_location.text() == str(proposed) and not own.exists()
        name_and_passwords(qtbot, dialog)
        # A folder on a removed stick: refused, and not made.
        retype(qtbot, dialog.new_location, str(stick / "Overdracht.adcase"))
        attempt(qtbot, dialog)
        lines.append(dialog.error.text())
        assert not stick.exists()
        # Another missing folder typed: the line names it, not the one tried before.
        retype(qtbot, dialog.new_location, str(tmp_path / "weg" / "Overdracht.adcase"))
        lines.append(dialog.error.text() if dialog.error.isVisible() else "")
        # The app's own folder typed back: the line goes before anything is tried.
        retype(qtbot, dialog.new_location, str(proposed))
        lines.append(dialog.error.text() if dialog.error.isVisible() else "")
        click(qtbot, dialog.ok)

    def save_sheet(dialog: QWidget) -> None:
        assert isinstance(dialog, RecoveryKeyDialog)
        click(qtbot, button_named(dialog, "Save sheet as PDF…"))
        qtbot.waitUntil(sheet.exists)
        dialog.confirm.setChecked(True)
        click(qtbot, dialog.ok)

    modals.expect(HandoverDialog, stick_then_own)
    modals.expect(RecoveryKeyDialog, save_sheet)
    modals.accept_box()  # "Recovery sheet saved"
    modals.answer("Keep read-only")
    window.act_handover.trigger()
    modals.wait_done(timeout=60_000)
    assert lines == [
        f"The folder {stick} {MISSING}",
        f"The folder {tmp_path / 'weg'} {MISSING}",
        "",
    ]
    assert not stick.exists() and not (tmp_path / "weg").exists()
    assert modals.texts[-1].startswith("Handed over to Carla Visser"), modals.texts[-1]
    with CaseFileSession(svc.unlock_with_password(proposed, NEW_PASSWORD)) as there:
        assert len(there.cases.list_cases()) == 1
    window.act_close.trigger()


def test_a_chosen_folder_for_case_files_on_a_removed_stick_is_not_made(
    qtbot: QtBot,
    closed_case: tuple[Path, str],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    """Settings > Folder for case files on a stick that is not there: the proposal is refused
    as missing, and no empty folder is made in its place on this computer."""
    path, _ = closed_case
    filled(path)
    stick = tmp_path / "media" / "STICK"
    prefs.Settings().set(prefs.CASE_FILE_FOLDER, str(stick / "Adviser Desk"))
    window = open_window(qtbot, path, modals, files)
    show_first_case(qtbot, window)
    said: list[str] = []

    def refused(dialog: QWidget) -> None:
        assert isinstance(dialog, HandoverDialog)
        name_and_passwords(qtbot, dialog)
        attempt(qtbot, dialog)
        said.append(dialog.error.text())
        modals.answer("Discard and close")
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Cancel))

    modals.expect(HandoverDialog, refused)
    window.act_handover.trigger()
    modals.wait_done(timeout=60_000)
    assert said == [f"The folder {stick / 'Adviser Desk'} {MISSING}"]
    assert not stick.exists()
    window.act_close.trigger()


def test_escape_names_what_was_typed_and_says_nothing_was_handed_over(
    qtbot: QtBot,
    closed_case: tuple[Path, str],
    modals: Modals,
    files: FileDialogs,
) -> None:
    """Walk J, finding 18d: Escape asked the generic "Wat je typte weggooien? … Weggooien?"
    (in Dutch), which left open what would go. Now it names the fields typed and says the
    cases stay; Keep typing keeps them, Discard and close closes with nothing handed over."""
    from PySide6.QtWidgets import QMessageBox

    from adviser_desk.ui.common import i18n

    path, _ = closed_case
    filled(path)
    window = open_window(qtbot, path, modals, files)
    show_first_case(qtbot, window)
    assert i18n.install("nl")
    kept: list[str] = []
    boxes: list[tuple[str, list[str]]] = []

    def note(answer: str) -> Callable[[QWidget], None]:
        def handler(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            buttons = [b.text().replace("&", "") for b in box.buttons()]
            boxes.append((box.windowTitle(), sorted(buttons)))
            click(qtbot, button_named(box, answer))

        return handler

    def escape_twice(dialog: QWidget) -> None:
        assert isinstance(dialog, HandoverDialog)
        qtbot.keyClicks(dialog.receiver, "Carla Visser")
        qtbot.keyClicks(dialog.passwords.password, NEW_PASSWORD)
        modals.expect(QMessageBox, note("Verder typen"))
        qtbot.keyClick(dialog.passwords.password, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: len(boxes) == 1)
        kept.append(dialog.receiver.text())
        modals.expect(QMessageBox, note("Weggooien en sluiten"))
        qtbot.keyClick(dialog.receiver, Qt.Key.Key_Escape)

    try:
        modals.expect(HandoverDialog, escape_twice)
        window.act_handover.trigger()
        modals.wait_done(timeout=60_000)
    finally:
        i18n.install("en")
    assert kept == ["Carla Visser"]
    said = (
        "Sluiten zonder over te dragen, en weggooien wat je typte (de naam van de collega, "
        "het wachtwoord)?\n\nEr is niets overgedragen: de zaken blijven hier zoals ze zijn."
    )
    assert modals.texts == [said, said]
    assert boxes == [("Niet overgedragen", ["Verder typen", "Weggooien en sluiten"])] * 2
    cases = window.cases
    assert cases is not None and not any(r.handed_over for r in cases.list_cases())
    window.act_close.trigger()
