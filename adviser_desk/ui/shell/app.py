"""Starting the desktop application."""

from __future__ import annotations

import gc
import importlib
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from adviser_desk import APP_ID, APP_NAME, __version__
from adviser_desk.resources import resources_dir
from adviser_desk.ui.common import (
    enter_key,
    file_completion,
    file_dialog_size,
    fit,
    focus_return,
    focus_scroll,
    focus_show,
    focus_style,
    i18n,
    mnemonics,
    print_dialog_size,
    theme,
    wheel,
)
from adviser_desk.ui.common import settings as prefs

if TYPE_CHECKING:
    from adviser_desk.ui.shell.main_window import MainWindow


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
    mnemonics.install(app)
    wheel.install(app)
    focus_style.install(app)
    focus_return.install(app)
    focus_show.install(app)
    focus_scroll.install(app)
    enter_key.install(app)
    file_completion.install(app)
    file_dialog_size.install(app)
    print_dialog_size.install(app)
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

        from adviser_desk import diagnostics

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


# What the first window leaves out, so it appears in a fraction of the time (issue 15): the
# case file's layers with SQLAlchemy, SQLCipher, Alembic, reportlab, Pillow and the pages
# that show a case. They load in the background right after the first paint, usually done
# before the adviser has typed a password; whatever needs one earlier imports it itself.
PRELOADED = (
    "adviser_desk.services.session",
    "adviser_desk.services.case_file_service",
    "adviser_desk.services.summary_service",
    "adviser_desk.services.demo",
    "adviser_desk.storage.migrate",
    "alembic.command",
    # The Public Suffix List's reader: web-address evidence names its site with it.
    "tldextract",
    # The page an open file shows, and its tabs (classes only: nothing made at import).
    "adviser_desk.ui.shell.case_file_page",
)


def _preload() -> None:
    from adviser_desk import diagnostics

    for name in PRELOADED:
        try:
            importlib.import_module(name)
        except Exception as exc:  # the real use imports it again and says why
            diagnostics.log_exception(exc, "preload")
            return
    try:  # which keyring there is: asked when a file opens (Remember…), a third of a second
        import keyring

        keyring.get_keyring()
    except Exception as exc:  # the real use asks again and says why
        diagnostics.log_exception(exc, "preload")
    gc.freeze()  # the layers just loaded stay out of the collector's walks too


def start_window(
    open_path: Path | None = None,
    preload: bool = True,
    painted: Callable[[], None] | None = None,
) -> tuple[QApplication, MainWindow]:
    """Everything before the event loop: the application, the log, the error hook, the
    language, and the main window, shown and painted (then ``painted`` is called: the start-up
    benchmark's finish line). Then the heavy layers load in a background thread
    (``preload``), while the adviser reads the window."""
    from adviser_desk.ui.shell.main_window import MainWindow

    app = create_app()
    install_error_hook()
    settings = prefs.Settings()
    i18n.install(i18n.choose_language(settings.get(prefs.LANGUAGE)))
    theme.set_scheme(app, theme.chosen_scheme(settings.get(prefs.APPEARANCE)))
    window = MainWindow(settings)
    window.show()
    app.processEvents()  # the first paint, before anything else is loaded
    if painted is not None:
        painted()
    # The log and the crash handler right after the first paint: its imports (logging's
    # handlers, platform) cost a tenth of a second the window need not wait for.
    from adviser_desk import catalogues, diagnostics

    diagnostics.start("window")
    # Started from a checkout without make, a .qm older than its .ts shows old texts.
    catalogues.warn_if_stale()
    freeze_startup_objects()
    if preload:
        threading.Thread(target=_preload, name="preload", daemon=True).start()
    if open_path is not None:
        window.open_path(open_path)
    return app, window


def run_gui(open_path: Path | None = None) -> int:
    if not _has_display():
        sys.stderr.write(
            "Adviser Desk needs a graphical desktop, and no display was found. "
            "For the commands that work without one, run: adviser-desk --help\n"
        )
        return 1
    app, _window = start_window(open_path)
    code = app.exec()
    from adviser_desk import diagnostics

    diagnostics.log.info("window closed")
    return code
