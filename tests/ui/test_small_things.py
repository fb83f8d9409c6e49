"""File dialogs remember their folder and propose names with the case number; the unlock
dialog grows with its message; unlocking returns to the case; a second instance is refused
before the password is typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.services import case_file_service as svc
from adviser_desk.storage import kdf
from adviser_desk.storage.errors import CaseFileLockedError
from adviser_desk.ui.case_file.unlock_dialog import UnlockDialog
from adviser_desk.ui.common import settings as prefs
from adviser_desk.ui.shell.main_window import MainWindow
from tests.conftest import PASSWORD
from tests.ui.drive import Modals


def open_window(qtbot: QtBot, path: Path) -> MainWindow:
    window = MainWindow(prefs.Settings(), kdf.MINIMUM)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.opened(svc.unlock_with_password(path, PASSWORD))
    return window


def new_case(window: MainWindow) -> int:
    assert window.cases is not None
    case_id = window.cases.create_case(
        dc.CaseDraft(title="Groepsapp", incident_types=[dc.IncidentType.CYBERBULLYING])
    )
    window.page.show_new_case(case_id)
    return case_id


def test_save_dialogs_propose_the_case_number_and_remember_the_folder(
    qtbot: QtBot,
    closed_case: tuple[Path, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    documents: Path,
) -> None:
    path, _ = closed_case
    window = open_window(qtbot, path)
    case_id = new_case(window)
    number = window.cases.get_case(case_id).number if window.cases else ""
    proposed: list[str] = []
    stick = tmp_path / "usb"
    stick.mkdir()

    def save_name(*args: object, **kwargs: object) -> tuple[str, str]:
        proposed.append(str(args[2]))
        return str(stick / "log"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    evidence = window.page.case_view.evidence
    window.page.case_view.tabs.setCurrentWidget(evidence)
    save_log = next(
        a for a in evidence.findChildren(QAction) if a.text().replace("&", "") == "Save as PDF…"
    )
    save_log.trigger()
    qtbot.waitUntil(lambda: (stick / "log.pdf").exists(), timeout=20000)
    qtbot.waitUntil(lambda: not window.page.case_view.busy, timeout=20000)
    assert Path(proposed[0]).name == f"{number} evidence log.pdf"
    assert Path(proposed[0]).parent == documents  # nothing remembered yet
    from adviser_desk.ui.common.dialogs import save_pdf_name

    again = save_pdf_name(window, "t", "x: y.pdf")
    assert again == stick / "log.pdf"  # ".pdf" is added when left off
    assert Path(proposed[1]).parent == stick  # starts where the last PDF went
    assert Path(proposed[1]).name == "x- y.pdf"  # no characters file systems refuse
    window.close_case_file()


def test_unlocking_returns_to_the_case_and_tab(qtbot: QtBot, closed_case: tuple[Path, str]) -> None:
    path, _ = closed_case
    window = open_window(qtbot, path)
    case_id = new_case(window)
    window.page.case_view.tabs.setCurrentIndex(2)
    qtbot.keyClick(window.page.case_list.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.locked

    def type_password() -> None:
        windows = QApplication.topLevelWidgets()
        dialog = next(w for w in windows if isinstance(w, UnlockDialog) and w.isVisible())
        qtbot.keyClicks(dialog.password, PASSWORD)
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(200, type_password)
    qtbot.mouseClick(window.locked.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.page, timeout=20000)
    assert window.page.case_list.selected_case() == case_id
    assert window.page.case_view.case_id == case_id
    assert window.page.case_view.tabs.currentIndex() == 2
    window.close_case_file()


def test_a_file_open_elsewhere_is_refused_before_the_password(
    qtbot: QtBot, closed_case: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = closed_case
    elsewhere = svc.unlock_with_password(path, PASSWORD)  # another copy of the app has it open
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    asked: list[bool] = []
    monkeypatch.setattr(UnlockDialog, "exec", lambda dialog: asked.append(True) or 0)
    try:
        window = MainWindow(prefs.Settings(), kdf.MINIMUM)
        qtbot.addWidget(window)
        window.show()
        assert not window.opening.unlock_path(path)
    finally:
        elsewhere.close()
    assert asked == []
    assert len(shown) == 1
    assert str(CaseFileLockedError(path, None, "", True).message.english())[:20] in shown[0]


def test_the_unlock_dialog_grows_with_its_message(
    qtbot: QtBot, closed_case: tuple[Path, str]
) -> None:
    path, _ = closed_case
    dialog = UnlockDialog(path, try_remembered=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.height()
    qtbot.keyClicks(dialog.password, "not the password at all")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible() and not dialog.working, timeout=20000)
    label = dialog.error
    assert dialog.height() > before
    assert label.height() >= label.heightForWidth(label.width())
    # Switching to the recovery key keeps everything visible too.
    qtbot.mouseClick(dialog.toggle, Qt.MouseButton.LeftButton)
    assert label.height() >= label.heightForWidth(label.width())


def test_qt_file_dialog_speaks_dutch(qtbot: QtBot) -> None:
    """Qt's own Dutch catalogue lacks some of its file dialog's current wordings; ours has
    them, so the dialog is Dutch throughout (it said "Look in:" and "Files of type:")."""
    from adviser_desk.ui.common import i18n

    i18n.install("nl")
    try:
        dialog = QFileDialog(None, "Opslaan", str(Path.home()), "Pdf-documenten (*.pdf)")
        qtbot.addWidget(dialog)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        assert dialog.labelText(QFileDialog.DialogLabel.LookIn) == "&Zoeken in:"
        assert dialog.labelText(QFileDialog.DialogLabel.FileType) == "Bestanden van &type:"
        assert dialog.labelText(QFileDialog.DialogLabel.FileName) == "Bestands&naam:"
        assert "Map" in i18n.qt_catalogue_gaps()
    finally:
        i18n.install("en")


def test_qt_replace_question_says_je_and_no_keeps_the_file(
    qtbot: QtBot, tmp_path: Path, modals: Modals
) -> None:
    """Qt's own "replace it?" question, in Qt's own save dialog with an existing file chosen,
    speaks as the app does ("Wil je", not Qt's "Wilt u"; walk 17, W17-2), and No keeps the
    dialog open and the file as it was."""
    from PySide6.QtWidgets import QLineEdit, QWidget

    from adviser_desk.ui.common import dialogs, i18n

    existing = tmp_path / "bewijslijst.pdf"
    existing.write_bytes(b"earlier copy")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    native_off = app.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    i18n.install("nl")
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, bool] = {}

    def choose_existing(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        field = dialog.findChild(QLineEdit, "fileNameEdit")
        assert field is not None and field.text() == existing.name  # proposed
        modals.answer(QMessageBox.StandardButton.No)
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_Return)  # the question, answered No
        seen["kept_open"] = dialog.isVisible()
        qtbot.keyClick(field, Qt.Key.Key_Escape)

    try:
        modals.expect(QFileDialog, choose_existing)
        chosen = dialogs.save_pdf_name(parent, "Opslaan", existing.name, folder=tmp_path)
        modals.wait_done()
    finally:
        i18n.install("en")
        app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, native_off)
    assert modals.texts == ["bewijslijst.pdf bestaat al.\nWil je het vervangen?"]
    assert seen["kept_open"] and chosen is None
    assert existing.read_bytes() == b"earlier copy"
