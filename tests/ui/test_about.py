"""Help > About shows the version, the EUPL text and the third-party notices."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QTextBrowser
from pytestqt.qtbot import QtBot

from adviser_desk import __version__, diagnostics
from adviser_desk.storage import kdf
from adviser_desk.ui.common import settings as prefs
from adviser_desk.ui.shell.about_dialog import AboutDialog
from adviser_desk.ui.shell.main_window import MainWindow


def test_help_about_shows_the_licence_and_the_notices(qtbot: QtBot) -> None:
    window = MainWindow(prefs.Settings(), kdf.MINIMUM)
    qtbot.addWidget(window)
    window.show()
    seen: dict[str, str] = {}

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AboutDialog)
        seen["labels"] = " ".join(
            w.text() for w in dialog.findChildren(type(dialog.layout().itemAt(0).widget()))
        )
        for name in ("LICENSE", "THIRD-PARTY-NOTICES.md"):
            page = dialog.findChild(QTextBrowser, name)
            assert page is not None
            seen[name] = page.toPlainText()
        dialog.reject()

    QTimer.singleShot(0, inspect)
    window.act_about.trigger()
    assert __version__ in seen["labels"]
    assert "EUROPEAN UNION PUBLIC LICENCE v. 1.2" in seen["LICENSE"]
    assert "Appendix" in seen["LICENSE"]
    for component in ("PySide6-Essentials", "SQLCipher", "SQLAlchemy", "reportlab", "DejaVu"):
        assert component in seen["THIRD-PARTY-NOTICES.md"]


def test_help_copy_diagnostics_puts_the_report_and_the_log_on_the_clipboard(
    qtbot: QtBot, isolated_environment: Path
) -> None:
    diagnostics.start("window")
    try:
        diagnostics.log.info("case file opened")
        window = MainWindow(prefs.Settings(), kdf.MINIMUM)
        qtbot.addWidget(window)
        window.show()
        told: list[str] = []

        def close_note() -> None:
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox) and box.objectName() == "diagnostics_copied"
            told.append(box.text())
            box.accept()

        QTimer.singleShot(0, close_note)
        window.act_diagnostics.trigger()
    finally:
        diagnostics.stop()
    text = QApplication.clipboard().text()
    assert __version__ in text and "Qt 6." in text and "Password store:" in text
    assert "Settings file: " in text
    assert "window started" in text and "case file opened" in text
    log_folder = isolated_environment / "state" / "Adviser Desk" / "log"
    assert str(log_folder) in text and str(log_folder) in told[0]
    assert (log_folder / diagnostics.LOG_NAME).is_file()
    assert (log_folder / diagnostics.CRASH_NAME).is_file()
