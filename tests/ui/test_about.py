"""Help > About shows the version, the EUPL text and the third-party notices."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from adviser_desk import __version__
from adviser_desk.storage import kdf
from adviser_desk.ui import settings as prefs
from adviser_desk.ui.about_dialog import AboutDialog
from adviser_desk.ui.main_window import MainWindow


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
            page = dialog.findChild(QPlainTextEdit, name)
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
