"""The Help menu: About (the version, the licence and the third-party notices shipped with the
app) and Copy diagnostics for the IT desk."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from adviser_desk import __version__, diagnostics
from adviser_desk.resources import licence_file
from adviser_desk.ui.common import settings as prefs
from adviser_desk.ui.common.i18n import current_language


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

    def _text_page(self, name: str) -> QTextBrowser:
        page = QTextBrowser(self)
        page.setObjectName(name)
        page.setOpenLinks(False)  # the notices name addresses; nothing here goes online
        try:
            text = licence_file(name).read_text(encoding="utf-8")
        except OSError:
            page.setPlainText(
                self.tr("{name} is missing from this installation.").format(name=name)
            )
            return page
        if name.endswith(".md"):
            page.setMarkdown(text)
        else:
            # The licence keeps the line breaks of its official text.
            page.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            page.setLineWrapMode(QTextBrowser.LineWrapMode.NoWrap)
            page.setPlainText(text)
        return page


def diagnostics_text() -> str:
    """The diagnostics report with what only the window knows (Qt, screen, language)."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    scale = f"{screen.devicePixelRatio():g}" if screen is not None else "?"
    extra = [
        f"Qt {qVersion()} (PySide6 {pyside_version}), platform "
        f"{QGuiApplication.platformName()}, screen scale {scale}",
        f"Language: {current_language()}",
        f"Password store: {keyring_backend_name()}",
        f"Settings file: {prefs.qsettings().fileName()}",
    ]
    return diagnostics.report(extra)


def keyring_backend_name() -> str:
    try:
        import keyring

        return type(keyring.get_keyring()).__name__
    except Exception:  # any backend failure is itself the diagnosis
        return "unavailable"


def copy_diagnostics(parent: QWidget) -> None:
    QGuiApplication.clipboard().setText(diagnostics_text())
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("AboutDialog", "Diagnostics copied"),
        QCoreApplication.translate(
            "AboutDialog",
            "The diagnostics are on the clipboard: paste them into a message to your IT "
            "desk. They hold versions, settings of this computer and the recent log, never "
            "case data.\n\nThe log folder is {folder}.",
        ).format(folder=diagnostics.log_dir()),
        parent=parent,
    )
    box.setObjectName("diagnostics_copied")
    box.exec()
