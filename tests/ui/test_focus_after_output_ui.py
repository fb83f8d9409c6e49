"""The focus is back on the button used, with its ring, after saving the evidence log as PDF
and after printing the recovery sheet (walk 14, W14-17: with no window manager to activate
the window again once the file or print dialog had closed, no widget had the focus)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMenu, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.session import CaseFileSession
from adviser_desk.storage import kdf
from adviser_desk.ui.case_file.recovery_dialog import RecoveryKeyDialog
from adviser_desk.ui.common import mnemonics
from tests.conftest import PASSWORD
from tests.ui.conftest import Opened
from tests.ui.drive import Modals, activate, print_into
from tests.ui.test_evidence_ui import png


def ring_on(window: QWidget) -> bool:
    return window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)


def a_save_dialog_closed_by_enter(
    qtbot: QtBot, modals: Modals, monkeypatch: pytest.MonkeyPatch, target: Path
) -> None:
    """The save dialog is Qt's own file dialog (a window of its own, as the system's is), where
    the name is typed and Enter pressed: a patched chooser that opens no window never takes
    the activation away, so it hid the fault."""

    def get_save(parent: QWidget, title: str, folder: str, kinds: str) -> tuple[str, str]:
        dialog = QFileDialog(parent, title, folder, kinds)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        try:
            chosen = dialog.exec() == QFileDialog.DialogCode.Accepted
            return (dialog.selectedFiles()[0] if chosen else "", "")
        finally:
            dialog.deleteLater()

    def type_name(dialog: QWidget) -> None:
        activate(qtbot, dialog)
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None
        name.setText(str(target))  # set, not typed: typing opens the completer popup
        qtbot.keyClick(name, Qt.Key.Key_Return)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save))
    modals.expect(QFileDialog, type_name)


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_after_saving_the_evidence_log_the_focus_is_on_evidence_log(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    modals: Modals,
    documents: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Evidence log by keyboard (Space opens its menu, the letter of Save as PDF… picks it),
    the file name typed and Enter: once saved, the window is active with the focus showing on
    Evidence log."""

    def one(session: CaseFileSession, case_id: int) -> None:
        session.evidence.add_bytes(case_id, png(90, 60, 2), "bewijs.png", minor_sexual=False)

    opened = open_tab(one, dc.IncidentType.CYBERBULLYING)
    widget, window = opened.widget, opened.window
    log = widget.findChild(QPushButton, "evidence_log")
    assert log is not None
    log.setFocus(Qt.FocusReason.TabFocusReason)
    a_save_dialog_closed_by_enter(qtbot, modals, monkeypatch, documents / "log.pdf")
    qtbot.keyClick(log, Qt.Key.Key_Space)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    (action,) = [a for a in menu.actions() if a.text().replace("&", "") == "Save as PDF…"]
    qtbot.keyClick(menu, Qt.Key(ord(mnemonics.mnemonic_of(action.text()).upper())))
    modals.wait_done()
    qtbot.waitUntil(lambda: "Saved" in widget.status.text(), timeout=30_000)
    assert (documents / "log.pdf").exists()
    # No activate() here: the app itself must make its window active again.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is log and ring_on(window))


def test_after_printing_the_recovery_sheet_the_focus_is_on_print_sheet(
    qtbot: QtBot, case_dir: Path, modals: Modals, documents: Path, tmp_path: Path
) -> None:
    """Print sheet… by keyboard (Tab to it, Space), printed from the print dialog: the focus
    shows on Print sheet… again, in the active recovery-key window."""
    service, recovery = svc.create_case_file(case_dir / "Zaken.adcase", PASSWORD, kdf.MINIMUM)
    dialog = RecoveryKeyDialog(service, recovery)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    print_sheet = dialog.findChild(QPushButton, "print_sheet")
    assert print_sheet is not None
    for _ in range(12):
        if QApplication.focusWidget() is print_sheet:
            break
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is print_sheet
    printed = tmp_path / "blad.pdf"
    modals.expect(QPrintDialog, print_into(qtbot, printed, []))
    qtbot.keyClick(print_sheet, Qt.Key.Key_Space)
    modals.wait_done()
    assert printed.exists()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is print_sheet and ring_on(dialog))
    service.confirm_recovery_key_stored()
    service.close()
    dialog.close()
