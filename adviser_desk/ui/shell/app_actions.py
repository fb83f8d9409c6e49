"""Edit > Settings, Help > About and Help > Copy diagnostics."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QApplication, QWidget

from adviser_desk.ui.common import theme
from adviser_desk.ui.common.host import WindowHost

# The dialogs are imported when opened: the menus are built before the first paint (issue 15).


class AppActions(QObject):
    """Actions about the application rather than the open case file."""

    def __init__(
        self, host: WindowHost, window: QWidget, settings_changed: Callable[[], None]
    ) -> None:
        super().__init__(window)
        self.host = host
        self.window = window
        self.settings_changed = settings_changed

    @Slot()
    def open_settings(self) -> None:
        from adviser_desk.ui.shell.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.host.settings, self.window)
        if self.host.run_dialog(dialog):
            app = QApplication.instance()
            if dialog.scheme_chosen is not None and isinstance(app, QApplication):
                theme.switch_scheme(app, dialog.scheme_chosen)
            self.settings_changed()

    @Slot()
    def about(self) -> None:
        from adviser_desk.ui.shell.about_dialog import AboutDialog

        self.host.run_dialog(AboutDialog(self.window))

    @Slot()
    def copy_diagnostics(self) -> None:
        from adviser_desk.ui.shell.about_dialog import copy_diagnostics

        copy_diagnostics(self.window)
