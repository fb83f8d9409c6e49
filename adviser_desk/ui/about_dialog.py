"""Help > About: the version, the licence and the third-party notices shipped with the app."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from adviser_desk import __version__
from adviser_desk.resources import licence_file


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About Adviser Desk"))
        self.resize(720, 560)
        intro = QLabel(
            self.tr(
                "<b>Adviser Desk {version}</b><br/>For school confidential advisers handling "
                "online abuse, sexting and exposure. Case files are encrypted with SQLCipher "
                "(AES-256) and never leave this computer unless you export them.<br/><br/>"
                "Free software under the European Union Public Licence 1.2 (EUPL-1.2). "
                "It builds on the open-source components listed under Third-party notices."
            ).format(version=__version__),
            self,
        )
        intro.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.licence = self._text_page("LICENSE")
        self.notices = self._text_page("THIRD-PARTY-NOTICES.md")
        self.tabs.addTab(self.licence, self.tr("Licence"))
        self.tabs.addTab(self.notices, self.tr("Third-party notices"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def _text_page(self, name: str) -> QPlainTextEdit:
        page = QPlainTextEdit(self)
        page.setObjectName(name)
        page.setReadOnly(True)
        page.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        try:
            page.setPlainText(licence_file(name).read_text(encoding="utf-8"))
        except OSError:
            page.setPlainText(
                self.tr("{name} is missing from this installation.").format(name=name)
            )
        return page
