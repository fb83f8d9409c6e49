"""Driving the real widgets as a user does: clicks, key presses, shortcuts, and answers to the
modal dialogs they open. Only the operating system's own dialogs (file choosers, print dialogs)
are replaced, by monkeypatching their static functions in the test.

A modal dialog runs its own event loop, so a test cannot answer it after the click returns.
:class:`Modals` answers each expected dialog from a timer, in order, by typing into it and
clicking its buttons."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

if TYPE_CHECKING:
    from adviser_desk.ui.letters.letter_editor import LetterEditor
    from adviser_desk.ui.shell.main_window import MainWindow

Handler = Callable[[QWidget], None]


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    """Clicks a button; a check box or radio button on its box (stretched wide in a form, its
    middle can lie beyond its text, where a click does nothing)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QCheckBox, QRadioButton

    assert button.isVisible() and button.isEnabled(), f"cannot click {button.text()!r}"
    if isinstance(button, QCheckBox | QRadioButton):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_into(qtbot: QtBot, field: QAbstractSpinBox, position: int) -> None:
    """Clicks into a date (or other spin) field's text just after character ``position``
    (0: on its first character), as a user clicks on the part to change."""
    from PySide6.QtCore import QPoint

    assert field.isVisible() and field.isEnabled(), "cannot click into the field"
    line = field.lineEdit()
    before = line.cursorPosition()
    line.setCursorPosition(position)
    x = line.cursorRect().center().x() + 2
    line.setCursorPosition(before)
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(x, line.height() // 2))


def click_right_of_text(qtbot: QtBot, field: QAbstractSpinBox) -> None:
    """Clicks into a (wide) date field right of its text, where most people click."""
    from PySide6.QtCore import QPoint

    assert field.isVisible() and field.isEnabled(), "cannot click into the field"
    line = field.lineEdit()
    end = line.fontMetrics().horizontalAdvance(line.text())
    assert line.width() - 6 > end + 10, "the field is no wider than its text"
    qtbot.mouseClick(
        line, Qt.MouseButton.LeftButton, pos=QPoint(line.width() - 6, line.height() // 2)
    )


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Shortcuts need an active window; the offscreen platform activates only on request."""
    window.show()
    qtbot.waitExposed(window)
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def add_main_window(qtbot: QtBot, window: MainWindow) -> None:
    """Registers ``window`` with ``qtbot``, which closes it when the test ends, once the work
    the test started has ended, as an adviser waits for it before closing.

    A test that ends on a result read from the case file (rows counted there) can end while the
    worker still runs or has not reported: the window's close then shows "Please wait until
    the work in progress has finished.", a modal that nobody answers, and the run hung (under
    load, 52d8f53's hashing made it likely). Work still running after a minute fails the test."""

    def work_ended(widget: MainWindow) -> bool:
        # The case's jobs end before its file closes (their page is not built before then).
        busy = widget.service is not None and widget.page.case_view.busy
        return not (widget.task is not None and widget.task.busy) and not busy

    def before_close(widget: MainWindow) -> None:  # the window itself (not kept alive here)
        qtbot.waitUntil(lambda: work_ended(widget), timeout=60_000)

    qtbot.addWidget(window, before_close_func=before_close)


def button_named(widget: QWidget, text: str) -> QAbstractButton:
    """A button by its visible text (mnemonic ampersands ignored)."""
    for button in widget.findChildren(QAbstractButton):
        if button.text().replace("&", "") == text and button.isVisible():
            return button
    names = [b.text() for b in widget.findChildren(QAbstractButton) if b.isVisible()]
    raise AssertionError(f"no button {text!r} among {names}")


def by_label(widget: QWidget, text: str) -> QWidget:
    """The field a visible label names (its buddy), as the adviser finds it: by the label's
    text, mnemonic ampersand and colon ignored."""
    from PySide6.QtWidgets import QLabel

    wanted = text.replace("&", "").rstrip(": ")
    shown = []
    for label in widget.findChildren(QLabel):
        plain = label.text().replace("&", "").rstrip(": ")
        shown.append(plain)
        if plain == wanted and label.buddy() is not None:
            buddy = label.buddy()
            proxy = buddy.focusProxy()
            return proxy if proxy is not None else buddy
    raise AssertionError(f"no label {text!r} with a field among {shown}")


class Modals:
    """Answers modal dialogs as they appear, in the order they are expected."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.expected: list[tuple[type[QWidget], Handler]] = []
        self.texts: list[str] = []  # the text of each message box answered
        self._current: QWidget | None = None
        self._queued = 0  # handlers taken off `expected` whose zero timer has not fired yet
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def expect(self, kind: type[QWidget], handler: Handler) -> Modals:
        self.expected.append((kind, handler))
        return self

    def answer(self, button: QMessageBox.StandardButton | str) -> Modals:
        """The next message box is answered with this button (standard, or by its text)."""

        def press(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            target = button_named(box, button) if isinstance(button, str) else box.button(button)
            assert target is not None, f"{box.text()!r} has no {button!r} button"
            click(self.qtbot, target)

        return self.expect(QMessageBox, press)

    def accept_box(self) -> Modals:
        """The next message box is closed with its default (OK) button."""

        def accept(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            box.accept()

        return self.expect(QMessageBox, accept)

    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or widget is self._current or not self.expected:
            return
        kind, handler = self.expected[0]
        if not isinstance(widget, kind) or not widget.isVisible():
            return
        self.expected.pop(0)
        self._current = widget
        if isinstance(widget, QMessageBox):
            self.texts.append(widget.text())
        # Run outside this timer slot: the handler may open a nested modal loop.
        self._queued += 1
        QTimer.singleShot(0, lambda: self._handle(handler, widget))

    def _handle(self, handler: Handler, widget: QWidget) -> None:
        # Once started, a handler's frame lies below every check of wait_done's condition
        # (the checks run on this one thread, in event loops the handler itself entered), so
        # only handlers not yet started are waited for: counting started ones made a
        # wait_done called inside a handler wait for itself until it timed out.
        self._queued -= 1
        handler(widget)

    def wait_done(self, timeout: int = 20_000) -> None:
        """Waits until every expected dialog has appeared and its handler has returned.

        A dialog leaves ``expected`` when it is seen and its handler runs from a zero timer
        after that, so waiting for the list alone returned before the handler had typed,
        clicked or read anything (under load; 1e7a28a). A started handler has returned by the
        time this condition is checked again (it runs inside the event processing this wait
        does), unless the handler itself called this: then it is left out."""
        self.qtbot.waitUntil(lambda: not self.expected and not self._queued, timeout=timeout)

    def stop(self) -> None:
        self._timer.stop()


def type_and_enter(qtbot: QtBot, field_name: str, text: str) -> Handler:
    """A handler that types into the dialog's named field and presses Enter."""

    def handler(dialog: QWidget) -> None:
        from PySide6.QtWidgets import QLineEdit

        field = (
            dialog.findChild(QLineEdit, field_name) if field_name else dialog.findChild(QLineEdit)
        )
        assert field is not None, field_name
        field.setFocus()
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)

    return handler


def press_ok(qtbot: QtBot) -> Handler:
    def handler(dialog: QWidget) -> None:
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        ok = box.button(QDialogButtonBox.StandardButton.Ok)
        click(qtbot, ok)

    return handler


def press_cancel(qtbot: QtBot) -> Handler:
    def handler(dialog: QWidget) -> None:
        assert isinstance(dialog, QDialog)
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        click(qtbot, box.button(QDialogButtonBox.StandardButton.Cancel))

    return handler


class FileDialogs:
    """Replaces the OS file choosers: each call returns the next prepared answer."""

    def __init__(self, monkeypatch: object) -> None:
        import pytest

        assert isinstance(monkeypatch, pytest.MonkeyPatch)
        self.answers: dict[str, list[Path | list[Path] | None]] = {
            "open": [],
            "save": [],
            "folder": [],
        }
        self.asked: list[str] = []
        self.proposed: list[str] = []  # the folder or file each chooser opened at
        self.titles: list[str] = []  # each chooser's window title

        def take(kind: str, *args: object) -> list[Path]:
            self.asked.append(kind)
            self.proposed.append(str(args[2]) if len(args) > 2 else "")
            self.titles.append(str(args[1]) if len(args) > 1 else "")
            assert self.answers[kind], f"unexpected {kind} file dialog: {args[1:2]}"
            answer = self.answers[kind].pop(0)
            return answer if isinstance(answer, list) else [answer] if answer else []

        def one(paths: list[Path]) -> str:
            assert len(paths) <= 1, "several files prepared for a chooser of one"
            return str(paths[0]) if paths else ""

        def open_name(*args: object, **kwargs: object) -> tuple[str, str]:
            return (one(take("open", *args)), "")

        def open_names(*args: object, **kwargs: object) -> tuple[list[str], str]:
            return ([str(path) for path in take("open", *args)], "")

        def save_name(*args: object, **kwargs: object) -> tuple[str, str]:
            return (one(take("save", *args)), "")

        def folder(*args: object, **kwargs: object) -> str:
            return one(take("folder", *args))

        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_name))
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(open_names))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(folder))

    def open(self, path: Path | list[Path] | None) -> FileDialogs:
        """The next file chooser answers this file (or these files; None: Cancel)."""
        self.answers["open"].append(path)
        return self

    def save(self, path: Path | None) -> FileDialogs:
        self.answers["save"].append(path)
        return self

    def folder(self, path: Path | None) -> FileDialogs:
        self.answers["folder"].append(path)
        return self


def click_row(qtbot: QtBot, table: object, row: int, column: int = 0) -> None:
    """Clicks a cell of a table view, as the adviser selects a row."""
    from PySide6.QtWidgets import QAbstractItemView

    assert isinstance(table, QAbstractItemView)
    index = table.model().index(row, column)
    table.scrollTo(index)
    rect = table.visualRect(index)
    assert rect.isValid(), f"row {row} is not shown"
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_tab(qtbot: QtBot, tabs: object, text: str) -> None:
    """Clicks the tab with this label."""
    from PySide6.QtWidgets import QTabWidget

    assert isinstance(tabs, QTabWidget)
    bar = tabs.tabBar()
    for index in range(bar.count()):
        if bar.tabText(index).replace("&", "") == text:
            qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
            assert tabs.currentIndex() == index
            return
    raise AssertionError(f"no tab {text!r}")


def expect_print_to_file(qtbot: QtBot, modals: Modals, printed: Path) -> list[str]:
    """Expects the app's print preview, clicks its Print… button, and prints into ``printed``
    from the print dialog that follows (with no printer installed here, the file to print into
    is the choice). Returns a list that gets the file the print dialog proposed, once it has
    opened."""
    from PySide6.QtPrintSupport import QPrintDialog

    from adviser_desk.ui.common.print_preview import PrintPreview

    def print_from_preview(dialog: QWidget) -> None:
        assert isinstance(dialog, PrintPreview)
        click(qtbot, button_named(dialog, "Print…"))

    proposed: list[str] = []
    modals.expect(PrintPreview, print_from_preview)
    modals.expect(QPrintDialog, print_into(qtbot, printed, proposed))
    return proposed


def print_into(qtbot: QtBot, printed: Path, proposed: list[str]) -> Handler:
    """A handler for the print dialog: notes the file it proposes in ``proposed`` and prints
    into ``printed`` (no printer is installed here, so printing to a file is the choice)."""
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QLineEdit

    def print_to_file(dialog: QWidget) -> None:
        assert isinstance(dialog, QPrintDialog)
        name = dialog.findChild(QLineEdit, "filename")
        assert name is not None and name.isVisible()
        proposed.append(name.text())
        # Set, not typed: typing opens the field's file-name completer, a popup the offscreen
        # platform warns about. The print dialog is the operating system's side.
        name.setText(str(printed))
        click(qtbot, button_named(dialog, "Print"))

    return print_to_file


def unlock(
    qtbot: QtBot,
    window: MainWindow,
    modals: Modals,
    *then: tuple[type[QWidget], Handler],
    password: str | None = None,
) -> None:
    """Unlocks a locked window through its lock page, as the adviser does: Unlock, the
    password (the tests' own unless given) in the unlock dialog, Enter. ``then`` answers, in
    order, the dialogs that come back after it (an interview window the lock closed). Returns
    once the file is open again."""
    from adviser_desk.ui.case_file.unlock_dialog import UnlockDialog
    from tests.conftest import PASSWORD

    modals.expect(UnlockDialog, type_and_enter(qtbot, "password", password or PASSWORD))
    for kind, handler in then:
        modals.expect(kind, handler)
    click(qtbot, window.locked.unlock_button)
    qtbot.waitUntil(lambda: window.service is not None, timeout=20_000)


def new_letter(qtbot: QtBot, window: MainWindow) -> LetterEditor:
    """Clicks New letter… on the open case's Letters tab; returns the editor it opened, shown
    and active (so its shortcuts work)."""
    tab = window.page.case_view.letters
    click(qtbot, button_named(tab, "New letter…"))
    editor = tab.editor
    assert editor is not None
    activate(qtbot, editor)
    return editor


def reopened_letter(qtbot: QtBot, window: MainWindow) -> LetterEditor:
    """The letter editor that unlocking opened again where it was (not yet activated)."""
    tab = window.page.case_view.letters
    qtbot.waitUntil(lambda: tab.editor is not None and tab.editor.isVisible())
    assert tab.editor is not None
    return tab.editor
