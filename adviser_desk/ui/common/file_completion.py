"""Qt's own file dialog completes a typed path in place, without a list under the field.

Where the desktop offers no file dialog of its own (a bare window manager, Xvfb), Qt shows
its widget dialog, whose file name field lists completions in a popup. A popup takes the
next click outside it to close itself, so the first click on Open or Choose after typing a
path did nothing (walk 10, W10-7, three times in one journey). Completing in the field
itself (the rest of the name selected) needs no popup, and one click is enough. The
desktop's own dialogs (Windows, macOS, GNOME and KDE portals) are not touched.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QCompleter, QFileDialog, QWidget

from adviser_desk.ui.common.window_shown import WindowShownFilter


class InlineFileCompletion(WindowShownFilter):
    NAME = "inline_file_completion"

    def shown(self, window: QWidget) -> None:
        if isinstance(window, QFileDialog):
            for completer in window.findChildren(QCompleter):
                completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)


def install(app: QApplication) -> None:
    InlineFileCompletion.install(app)
