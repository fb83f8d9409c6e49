"""Starting the desktop application."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from adviser_desk import APP_ID, APP_NAME, __version__, diagnostics
from adviser_desk.resources import resources_dir
from adviser_desk.ui.common import fit, i18n, theme
from adviser_desk.ui.common import settings as prefs


def create_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(prefs.ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # Wayland matches the window to its desktop entry
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "adviser-desk.svg")))
    fit.install(app)
    theme.follow_system(app)
    return app


def _has_display() -> bool:
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def install_error_hook() -> None:
    """Unexpected errors in slots become a plain dialog, never a traceback on screen or disk.

    The dialog names only the kind of error: a traceback could quote case data.
    """

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        del kind, tb
        from PySide6.QtWidgets import QMessageBox

        diagnostics.log_exception(exc, "window")
        QMessageBox.critical(None, APP_NAME, i18n.error_text(exc))

    sys.excepthook = hook


def freeze_startup_objects() -> None:
    """Keeps the objects made while starting (modules, Qt wrappers, translations) out of
    Python's cyclic garbage collector. A full collection walks every object while holding the
    GIL; during a long import in a worker thread it could otherwise freeze the window for a
    few hundred milliseconds on a slow laptop."""
    gc.collect()
    gc.freeze()


def run_gui(open_path: Path | None = None) -> int:
    if not _has_display():
        sys.stderr.write(
            "Adviser Desk needs a graphical desktop, and no display was found. "
            "For the commands that work without one, run: adviser-desk --help\n"
        )
        return 1
    from adviser_desk.ui.shell.main_window import MainWindow

    app = create_app()
    diagnostics.start("window")
    install_error_hook()
    settings = prefs.Settings()
    i18n.install(i18n.choose_language(settings.get(prefs.LANGUAGE)))
    window = MainWindow(settings)
    window.show()
    freeze_startup_objects()
    if open_path is not None:
        window.open_path(open_path)
    code = app.exec()
    diagnostics.log.info("window closed")
    return code
