"""Run on a real X server (``DISPLAY``, ``QT_QPA_PLATFORM=xcb``) by test_file_dialog_click_ui,
with the keys and clicks the X server gives (xdotool): Qt's own file dialog, with the
application's file_completion installed. ``python -m tests.ui.file_dialog_click SCENARIO
FOLDER [NAME]`` prints ``accepted <path>`` or ``still open``.

- click: an open dialog; a path typed so that its completion list shows; one click on Open.
- proposed: a save dialog proposing NAME; Enter in the name field.
- typed-open / typed-save: the full path FOLDER/NAME typed into the name field; Enter.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit

from adviser_desk.ui.common import file_completion


def wait(until: Callable[[], bool], seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        if until():
            return True
        time.sleep(0.02)
    return False


def xdotool(*args: str) -> None:
    # In the background: the dialog goes on handling events while the keys arrive.
    process = subprocess.Popen(["xdotool", *args])
    wait(lambda: process.poll() is not None, 30)


def main(scenario: str, folder: Path, name: str) -> int:
    app = QApplication(sys.argv[:1])
    file_completion.install(app)
    # A typed path leads elsewhere than where the dialog opened.
    start = folder.parent if scenario.startswith("typed") else folder
    dialog = QFileDialog(None, "Adviser Desk", str(start))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    if scenario in ("proposed", "typed-save"):
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if scenario == "proposed":
        dialog.selectFile(name)
    dialog.show()
    dialog.activateWindow()
    field = dialog.findChild(QLineEdit, "fileNameEdit")
    assert field is not None
    completer = field.completer()
    ready = wait(lambda: dialog.isActiveWindow() and completer.model().rowCount() > 0, 20)
    field.setFocus()
    if not ready or not wait(field.hasFocus, 10):
        print("not ready")
        return 1
    if scenario == "click":
        xdotool("type", "--delay", "20", str(folder / name))
        if not wait(lambda: completer.popup().isVisible(), 10):
            print("no completion list")
            return 1
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        button = buttons.button(QDialogButtonBox.StandardButton.Open)
        centre = button.mapToGlobal(button.rect().center())
        xdotool("mousemove", str(centre.x()), str(centre.y()), "click", "1")
    else:
        if scenario.startswith("typed"):
            field.selectAll()
            xdotool("type", "--delay", "20", str(folder / name))
            wait(lambda: field.text().endswith(name), 10)
        xdotool("key", "Return")
    wait(lambda: not dialog.isVisible(), 10)
    if dialog.isVisible():
        print("still open", dialog.directory().path(), field.text())
    else:
        print("accepted", *dialog.selectedFiles())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2]), sys.argv[3]))
