"""Starting the desktop application."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from adviser_desk import APP_NAME, __version__
from adviser_desk.resources import resources_dir
from adviser_desk.ui import i18n
from adviser_desk.ui import settings as prefs


def create_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(prefs.ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("adviser-desk")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "adviser-desk.svg")))
    return app


def run_gui(open_path: Path | None = None) -> int:
    from adviser_desk.ui.main_window import MainWindow

    app = create_app()
    settings = prefs.Settings()
    i18n.install(i18n.choose_language(settings.get(prefs.LANGUAGE)))
    window = MainWindow(settings)
    window.show()
    if open_path is not None:
        window.open_case_file(open_path)
    return app.exec()
