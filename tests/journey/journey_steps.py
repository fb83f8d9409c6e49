"""The adviser's whole journey, driven by key and mouse events on a real X screen.

Not collected on its own (the name does not start with test_): tests/journey/test_journey.py
starts Xvfb and runs this file in a child pytest with QT_QPA_PLATFORM=xcb, once at 1x (the
journey, with light and dark screenshots) and once at 1.5x (the main screens). Only the
operating system's dialogs (file choosers) are replaced; every Qt dialog is answered by typing
and clicking, and Qt warnings fail the run (qt_log_level_fail).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QStyle,
    QStyleOptionButton,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.protocol_data import protocol
from adviser_desk.storage import kdf
from adviser_desk.ui.case.case_dialogs import NewCaseDialog, PersonDialog
from adviser_desk.ui.case.retention_dialog import RetentionDialog
from adviser_desk.ui.case_file.create_dialog import CreateCaseFileDialog
from adviser_desk.ui.case_file.recovery_dialog import RecoveryKeyDialog
from adviser_desk.ui.case_file.unlock_dialog import UnlockDialog
from adviser_desk.ui.common import fit, focus_style, i18n, theme, wheel
from adviser_desk.ui.common import settings as prefs
from adviser_desk.ui.evidence.evidence_dialogs import IntakeDialog
from adviser_desk.ui.interview.interview_window import InterviewWindow, NewInterviewDialog
from adviser_desk.ui.letters.letter_editor import LetterEditor
from adviser_desk.ui.shell.main_window import MainWindow
from tests.ui.drive import add_main_window

PASSWORD = "paars konijn fietst naar school"
WORK = Path(os.environ.get("JOURNEY_DIR", "/tmp/adviser-desk-journey"))
SHOTS = Path(os.environ.get("ADVISER_DESK_SCREENSHOTS", str(WORK / "screenshots")))
CASE_FILE = WORK / "Zaken 2026.adcase"
LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
START = time.monotonic()


def _slowness() -> float:
    """How many times slower than a quiet run this machine runs Python now (1 to 3).

    A fixed pure-Python workload, the median of five, against its time on an idle core of the
    2-core machine the journey was written on. On a machine shared with other test runs the
    same steps take several times as long, and the timeouts below grow with it.
    """
    quiet = 0.035  # seconds on an idle core

    def once() -> float:
        start = time.perf_counter()
        sum(i * i for i in range(1_000_000))
        return time.perf_counter() - start

    measured = sorted(once() for _ in range(5))[2]
    return min(3.0, max(1.0, measured / quiet))


SLOWNESS = _slowness()
# A step waits this long for the app's work (and a dialog shown this long without being
# expected fails it). Every step takes under 2 s on a quiet machine; the margin is for a
# loaded one: in CI an export's result came after a 60 s wait, and the rest of the journey
# then answered the wrong boxes. Only a failing run ever waits this long.
STEP_TIMEOUT = int(90_000 * SLOWNESS)
# Showing a window, activating it, a key reaching its action: immediate when quiet.
UI_TIMEOUT = int(15_000 * SLOWNESS)
print(f"slowness {SLOWNESS:.1f}: step timeout {STEP_TIMEOUT / 1000:.0f} s", file=sys.stderr)


class Driver:
    """Answers modal dialogs as they appear, in order, with real key and mouse events.

    A modal dialog blocks the test's own code in its event loop, so what to do in it is
    queued beforehand; a dialog nobody expected, or one that never came, fails the journey
    with its name and text instead of hanging it.
    """

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.queue: list[tuple[str, Callable[[QWidget], bool], Callable[[QWidget], None]]] = []
        self.problems: list[str] = []
        self.since: dict[int, float] = {}
        self.sizes: dict[int, tuple[int, int]] = {}  # each dialog's size at the previous tick
        self.acting: set[int] = set()  # widgets an action is still working in
        self.closing = False  # after a failed step: close every dialog (see recover)
        self.closed: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(40)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def expect(
        self,
        name: str,
        match: Callable[[QWidget], bool],
        act: Callable[[QWidget], None],
    ) -> None:
        self.queue.append((name, match, act))

    def expect_modal(self, kind: type, act: Callable[[Any], None], name: str = "") -> None:
        self.expect(name or kind.__name__, lambda w: isinstance(w, kind), act)

    def _tick(self) -> None:
        widget = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if widget is None or not widget.isVisible():
            return
        if self.closing and not isinstance(widget, QProgressDialog):
            if id(widget) not in self.acting:
                self.acting.add(id(widget))  # once: the close runs after this tick
                QTimer.singleShot(
                    0, lambda: self._act("close what was left open", self._close_left_open, widget)
                )
            return
        if self.queue and self.queue[0][1](widget):
            if not self._settled(widget):
                return
            name, _match, act = self.queue.pop(0)
            self.since.pop(id(widget), None)
            self.sizes.pop(id(widget), None)
            # Acted on from its own timer event: Qt does not re-enter a timer's slot, so a
            # dialog the action opens in turn could not be answered from inside this one.
            QTimer.singleShot(0, lambda: self._act(name, act, widget))
            return
        # A progress dialog closes itself when its work ends; the step waits for that work
        # and says so when it does not end.
        if id(widget) in self.acting or isinstance(widget, QProgressDialog):
            return
        first = self.since.setdefault(id(widget), time.monotonic())
        if time.monotonic() - first > STEP_TIMEOUT / 1000:
            self.problems.append(f"unexpected {describe(widget)}")
            if isinstance(widget, QDialog):
                widget.reject()
            else:
                widget.close()

    def _settled(self, widget: QWidget) -> bool:
        """Whether a dialog that just showed can be typed and clicked in: on screen, at least
        as large as its layout needs, and the same size as at the previous tick.

        On a loaded machine the driver once acted on the Create dialog while Qt still had it
        at 560 x 30 (its size before its layout, back from a late message of the window
        manager): the grab was blank, its children squashed, and the click on Create did
        nothing. A dialog that never settles is acted on after UI_TIMEOUT anyway."""
        handle = widget.windowHandle()
        size = (widget.width(), widget.height())
        needed = widget.minimumSizeHint()
        settled = (
            handle is not None
            and handle.isExposed()
            and (not needed.isValid() or (size[0] >= needed.width() and size[1] >= needed.height()))
            and self.sizes.get(id(widget)) == size
        )
        self.sizes[id(widget)] = size
        first = self.since.setdefault(id(widget), time.monotonic())
        if not settled and time.monotonic() - first > UI_TIMEOUT / 1000:
            print(f"acting on {describe(widget)} before it settled", file=sys.stderr, flush=True)
            return True
        return settled

    def wait(self, condition: Callable[[], object], step: str, timeout: int = STEP_TIMEOUT) -> None:
        """Waits for ``condition``; on timeout says which step and what went wrong in it."""
        try:
            # A problem (an action that failed, a dialog nobody expected) fails the step: no
            # use waiting for the rest of its timeout.
            self.qtbot.waitUntil(lambda: bool(self.problems or condition()), timeout=timeout)
            if self.problems:
                raise AssertionError("a problem")
        except Exception as exc:
            waiting = [name for name, _m, _a in self.queue]
            what = "failed" if self.problems else f"timed out after {timeout / 1000:.0f} s"
            raise AssertionError(
                f"{step}: {what}; problems {self.problems}; "
                f"still waiting for {waiting}; on screen {on_screen()}"
            ) from exc

    def _act(self, name: str, act: Callable[[QWidget], None], widget: QWidget) -> None:
        print(f"{time.monotonic() - START:7.1f}s {name}", file=sys.stderr, flush=True)
        self.acting.add(id(widget))
        try:
            act(widget)
        except Exception as exc:  # the journey fails, but never hangs in a dialog
            self.problems.append(f"{type(widget).__name__}: {type(exc).__name__}: {exc}")
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
            elif isinstance(widget, QMenu):
                widget.close()
        finally:
            self.acting.discard(id(widget))
            self.since.pop(id(widget), None)  # it may rightly stay open while it works

    def done(self, step: str) -> None:
        """Checks after a step that every expected dialog came and nothing went wrong."""
        missing = [name for name, _m, _a in self.queue]
        self.queue.clear()
        problems, self.problems = self.problems, []
        assert not missing and not problems, f"{step}: never shown {missing}; {problems}"

    def recover(self, idle: Callable[[], bool]) -> list[str]:
        """After a failed step, so that it does not fail the next ones too: nothing it queued
        is answered any more, the work it started may finish (its result box comes then), and
        every dialog and menu it left open is closed. Returns what was closed.

        In CI an export's result box came after its step had given up; the backup step's
        answer then went to that box and the backup's own box stayed open into the next step.
        """
        self.queue.clear()
        self.closed = []
        try:
            self.qtbot.waitUntil(lambda: bool(idle()), timeout=STEP_TIMEOUT)
        except Exception:
            self.closed.append("work still running")
        quiet = [time.monotonic()]

        def settled() -> bool:
            widget = QApplication.activePopupWidget() or QApplication.activeModalWidget()
            if self.acting or (widget is not None and widget.isVisible()):
                quiet[0] = time.monotonic()
            return time.monotonic() - quiet[0] > 1

        self.closing = True  # from now on _tick closes whatever shows
        try:
            self.qtbot.waitUntil(settled, timeout=UI_TIMEOUT)
        except Exception:
            self.closed.append("dialogs kept opening")
        finally:
            self.closing = False
        self.problems = []
        self.since.clear()
        return self.closed

    def _close_left_open(self, widget: QWidget) -> None:
        """Closes a dialog a failed step left; a question about unsaved work is answered
        with Discard (or No), so that what asked it closes as well."""
        self.closed.append(describe(widget))
        if isinstance(widget, QMessageBox):
            for which in ("Discard", "No", "Close", "Cancel", "Ok"):
                found = widget.button(getattr(QMessageBox.StandardButton, which))
                if found is not None:
                    found.click()
                    return
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()


class Steps:
    """Steps that may fail without stopping the journey: each failure is recorded with its
    step, what it left open is closed (Driver.recover), the rest still runs, and the journey
    fails at the end listing every failed step."""

    def __init__(self, driver: Driver, idle: Callable[[], bool]) -> None:
        self.driver = driver
        self.idle = idle  # no work of the app is running
        self.failed: list[str] = []

    @contextmanager
    def soft(self, name: str, cleanup: Callable[[], None] | None = None) -> Iterator[None]:
        started = time.monotonic()
        try:
            yield
            self.driver.done(name)
        except Exception as exc:
            problems = self.driver.problems
            self.failed.append(f"{name}: {type(exc).__name__}: {exc} {problems or ''}")
            print(f"STEP FAILED {self.failed[-1]}", file=sys.stderr, flush=True)
            closed = self.driver.recover(self.idle)
            if cleanup is not None:
                try:
                    cleanup()
                except Exception as again:
                    self.failed[-1] += f"; its cleanup failed: {type(again).__name__}: {again}"
                    closed += self.driver.recover(self.idle)
            if closed:
                self.failed[-1] += f"; left open and closed: {closed}"
        print(f"step {name!r}: {time.monotonic() - started:.1f} s", file=sys.stderr, flush=True)


def describe(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QMessageBox):
        text = f" {widget.text()}"
    elif isinstance(widget, QInputDialog):
        text = f" holding {widget.textValue()!r}"
    return f"{type(widget).__name__} {widget.windowTitle()!r}{text}"


def on_screen() -> list[str]:
    """The app's visible windows, dialogs and menus, for a failure message."""
    return [describe(w) for w in QApplication.topLevelWidgets() if w.isVisible()]


def shortcut(qtbot: QtBot, widget: QWidget, key: Qt.Key, action: QAction | None = None) -> None:
    """Ctrl+key as the adviser presses it: to the focused widget of the active window.

    With ``action``, checks that the key reached it. Once in CI a Ctrl+B sent just after a
    message box closed never arrived (no dialog, no backup, nothing logged): a synthetic key
    event can be lost while the window manager is still handing focus back, where a real key
    press would wait in the X server's queue. Then the state is printed and the key is pressed
    once more, as an adviser would; a second miss fails the step.
    """
    fired: list[bool] = []
    if action is not None:
        action.triggered.connect(lambda *_a: fired.append(True))
    for attempt in (1, 2):
        _press(qtbot, widget, key)
        if action is None:
            return
        try:
            qtbot.waitUntil(lambda: bool(fired), timeout=UI_TIMEOUT)
            return
        except Exception:
            focus = QApplication.focusWidget()
            print(
                f"Ctrl+{key.name} did not reach {action.text()!r} (press {attempt}): "
                f"active {type(QApplication.activeWindow()).__name__}, "
                f"focus {type(focus).__name__ if focus else None}, "
                f"modal {QApplication.activeModalWidget()!r}, enabled {action.isEnabled()}",
                file=sys.stderr,
                flush=True,
            )
    raise AssertionError(f"Ctrl+{key.name} never triggered {action.text()!r}")


def _press(qtbot: QtBot, widget: QWidget, key: Qt.Key) -> None:
    window = widget.window()
    window.activateWindow()
    window.windowHandle().requestActivate()
    try:
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=UI_TIMEOUT)
    except Exception as exc:
        shown = [
            f"{type(w).__name__} {w.windowTitle()!r}"
            for w in QApplication.topLevelWidgets()
            if w.isVisible()
        ]
        raise AssertionError(
            f"{type(window).__name__} never became active: active is "
            f"{QApplication.activeWindow()!r}, modal {QApplication.activeModalWidget()!r}, "
            f"shown {shown}"
        ) from exc
    widget.setFocus()
    qtbot.keyClick(widget, key, CTRL)


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), f"{widget!r} cannot be clicked"
    qtbot.mouseClick(widget, LEFT)


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Clicks a check box where a user would: on its box and label. A box stretched across a
    grid column does not toggle on a click in the blank space right of its text (Qt's own hit
    test), which is where a click on the widget's centre lands."""
    assert box.isVisible() and box.isEnabled(), f"{box!r} cannot be clicked"
    option = QStyleOptionButton()
    box.initStyleOption(option)
    where = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxClickRect, option, box)
    qtbot.mouseClick(box, LEFT, pos=where.center())
    assert box.isChecked(), f"{box.text()!r} not ticked by the click"


def button(parent: QWidget, text: str) -> QAbstractButton:
    wanted = text.replace("&", "")
    found = [
        b
        for b in parent.findChildren(QAbstractButton)
        if b.text().replace("&", "") == wanted and b.isVisible()
    ]
    assert found, f"no visible button {text!r} in {type(parent).__name__}"
    return found[0]


def dialog_button(dialog: QWidget, which: QDialogButtonBox.StandardButton) -> QAbstractButton:
    for box in dialog.findChildren(QDialogButtonBox):
        found = box.button(which)
        if found is not None and found.isVisible():
            return found
    raise AssertionError(f"no {which} button in {type(dialog).__name__}")


def click_tab(qtbot: QtBot, tabs: QTabWidget, widget: QWidget) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(tabs.indexOf(widget)).center())
    assert tabs.currentWidget() is widget


def choose_in_menu(driver: Driver, text: str) -> None:
    """Queues a click on the item ``text`` of the next popup menu."""

    def act(menu: QMenu) -> None:
        action = next(a for a in menu.actions() if a.text().replace("&", "") == text)
        driver.qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())

    driver.expect(f"menu item {text}", lambda w: isinstance(w, QMenu), act)  # type: ignore[arg-type]


def menu_bar_action(
    qtbot: QtBot,
    driver: Driver,
    window: MainWindow,
    menu: str,
    item: str,
    then: Callable[[], None] | None = None,
) -> None:
    """Opens a menu of the menu bar with the mouse and clicks one of its items; ``then``
    queues what the item opens, after the menu itself."""
    bar = window.menuBar()
    top = next(a for a in bar.actions() if a.text().replace("&", "") == menu)
    choose_in_menu(driver, item)
    if then is not None:
        then()
    qtbot.mouseClick(bar, LEFT, pos=bar.actionGeometry(top).center())


def type_into_input(driver: Driver, text: str) -> None:
    def act(dialog: QInputDialog) -> None:
        field = dialog.findChild(QLineEdit)
        assert field is not None
        driver.qtbot.keyClicks(field, text)
        click(driver.qtbot, dialog_button(dialog, QDialogButtonBox.StandardButton.Ok))
        closed_by(dialog, "OK", lambda: driver.qtbot.keyClick(field, Qt.Key.Key_Return))

    driver.expect_modal(QInputDialog, act)


def web_address(driver: Driver, url: str, description: str) -> None:
    """Evidence > Add > Web address…: the address and what is there, in one form."""
    from adviser_desk.ui.evidence.url_dialog import UrlDialog

    def act(dialog: UrlDialog) -> None:
        driver.qtbot.keyClicks(dialog.url, url)
        driver.qtbot.keyClicks(dialog.description, description)
        click(driver.qtbot, dialog_button(dialog, QDialogButtonBox.StandardButton.Ok))

    driver.expect_modal(UrlDialog, act)


def answer_box(driver: Driver, which: QMessageBox.StandardButton, contains: str = "") -> None:
    def act(box: QMessageBox) -> None:
        assert contains in box.text(), box.text()
        found = box.button(which)
        assert found is not None, f"no {which} in {box.text()!r}"
        click(driver.qtbot, found)
        closed_by(box, which.name, found.click)

    driver.expect_modal(QMessageBox, act, f"message box {contains!r}")


def closed_by(dialog: QDialog, button: str, again: Callable[[], None]) -> None:
    """Checks that the button just clicked closed ``dialog`` (it hides before the click
    returns). In one of the runs made here the export's input dialog stayed open after its
    OK (with no warning of a click not accepted) until the driver gave up on it a minute later;
    now the state is printed and the adviser's other way is tried once (``again``); a second
    miss fails the step at once, not after its timeout."""
    for attempt in (1, 2):
        if not dialog.isVisible():
            return
        print(
            f"{button} did not close {describe(dialog)} (attempt {attempt}): result "
            f"{dialog.result()}, active {QApplication.activeWindow()!r}, modal "
            f"{QApplication.activeModalWidget()!r}, popup {QApplication.activePopupWidget()!r}, "
            f"focus {QApplication.focusWidget()!r}, on screen {on_screen()}",
            file=sys.stderr,
            flush=True,
        )
        if attempt == 1:
            again()
    raise AssertionError(f"{button} did not close {describe(dialog)}")


def confirm_box(driver: Driver, contains: str) -> None:
    """Answers a question box with its affirmative button, whatever it is called."""
    roles = (
        QMessageBox.ButtonRole.YesRole,
        QMessageBox.ButtonRole.AcceptRole,
        QMessageBox.ButtonRole.DestructiveRole,
    )

    def act(box: QMessageBox) -> None:
        assert contains in box.text(), box.text()
        found = [b for b in box.buttons() if box.buttonRole(b) in roles]
        assert found, f"no affirmative button in {box.text()!r}"
        click(driver.qtbot, found[0])

    driver.expect_modal(QMessageBox, act, f"question {contains!r}")


def window_manager_close(qtbot: QtBot, window: QWidget) -> None:
    """The window's close button as the window manager handles it: the WM_DELETE_WINDOW
    message it sends the window (an X11 ClientMessage, sent here through libX11), which Qt
    delivers as a spontaneous close event. Sent directly rather than as Alt+F4 to openbox:
    which window openbox takes as active lags behind Qt's, and in one of three runs here the key
    closed nothing."""
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=UI_TIMEOUT)
    _send_wm_delete_window(int(window.winId()))


def _send_wm_delete_window(window_id: int) -> None:
    class ClientMessage(ctypes.Structure):
        _fields_ = [
            ("type", ctypes.c_int),
            ("serial", ctypes.c_ulong),
            ("send_event", ctypes.c_int),
            ("display", ctypes.c_void_p),
            ("window", ctypes.c_ulong),
            ("message_type", ctypes.c_ulong),
            ("format", ctypes.c_int),
            ("data", ctypes.c_long * 5),
        ]

    class XEvent(ctypes.Union):
        _fields_ = [("xclient", ClientMessage), ("pad", ctypes.c_long * 24)]

    x11 = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11") or "libX11.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XSendEvent.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.c_int,
        ctypes.c_long,
        ctypes.POINTER(XEvent),
    ]
    x11.XFlush.argtypes = x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    display = x11.XOpenDisplay(None)
    assert display, "no X display"
    event = XEvent()
    event.xclient.type = 33  # ClientMessage
    event.xclient.window = window_id
    event.xclient.message_type = x11.XInternAtom(display, b"WM_PROTOCOLS", 0)
    event.xclient.format = 32
    event.xclient.data[0] = x11.XInternAtom(display, b"WM_DELETE_WINDOW", 0)
    x11.XSendEvent(display, window_id, 0, 0, ctypes.byref(event))
    x11.XFlush(display)
    x11.XCloseDisplay(display)


def wait_for_file(qtbot: QtBot, path: Path, timeout: int = STEP_TIMEOUT) -> None:
    qtbot.waitUntil(lambda: path.exists() and path.stat().st_size > 0, timeout=timeout)


def assert_pdf(path: Path) -> int:
    pages = len(PdfReader(path).pages)
    assert pages >= 1
    return pages


def shoot(widget: QWidget, name: str) -> Path:
    QApplication.processEvents()
    SHOTS.mkdir(parents=True, exist_ok=True)
    target = SHOTS / f"{name}.png"
    assert widget.window().grab().save(str(target))
    return target


@pytest.fixture
def app_like_the_real_one(qapp: QApplication) -> QApplication:
    """What create_app installs: windows kept on their screen, the colour scheme followed."""
    if qapp.findChild(fit.ScreenFitter) is None:
        fit.install(qapp)
        focus_style.install(qapp)
        wheel.install(qapp)
        theme.follow_system(qapp)
    i18n.install("en")
    return qapp


@pytest.fixture
def os_dialogs(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[Path]]:
    """The operating system's file choosers, answered from queues the journey fills."""
    answers: dict[str, list[Path]] = {"save": [], "open": [], "folder": []}
    asked: list[str] = []

    def save(_parent: object, _title: str, proposed: str = "", *_a: object) -> tuple[str, str]:
        asked.append(proposed)
        return str(answers["save"].pop(0)), ""

    def open_many(*_a: object, **_k: object) -> tuple[list[str], str]:
        return [str(p) for p in answers["open"]], ""

    def folder(*_a: object, **_k: object) -> str:
        return str(answers["folder"].pop(0))

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", open_many)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", folder)
    answers["asked"] = asked  # type: ignore[assignment]
    return answers


def screenshot_png(path: Path, colour: tuple[int, int, int]) -> Path:
    Image.new("RGB", (480, 320), colour).save(path)
    return path


def start_window(qtbot: QtBot) -> MainWindow:
    window = MainWindow(prefs.Settings(), kdf.MINIMUM)
    add_main_window(qtbot, window)
    window.show()
    qtbot.waitExposed(window, timeout=UI_TIMEOUT)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=UI_TIMEOUT)
    return window


def main_screens(qtbot: QtBot, window: MainWindow, tag: str) -> list[Path]:
    """Screenshots of the case file's main screens (case tabs and the audit log)."""
    view = window.page.case_view
    shots = []
    click_tab(qtbot, window.page.tabs, window.page.tabs.widget(0))
    for index in range(view.tabs.count()):
        page = view.tabs.widget(index)
        click_tab(qtbot, view.tabs, page)
        shots.append(shoot(window, f"{tag}-case-{index + 1}"))
    click_tab(qtbot, window.page.tabs, window.page.tabs.widget(1))
    shots.append(shoot(window, f"{tag}-audit-log"))
    click_tab(qtbot, window.page.tabs, window.page.tabs.widget(0))
    return shots


def open_letter_and_interview_shots(
    qtbot: QtBot, driver: Driver, window: MainWindow, tag: str
) -> None:
    view = window.page.case_view
    click_tab(qtbot, view.tabs, view.tabs.widget(4))
    view.interviews.list.setCurrentRow(0)

    def in_interview(interview: InterviewWindow) -> None:
        qtbot.waitExposed(interview, timeout=UI_TIMEOUT)
        qtbot.keyClicks(interview.input, "Was it on Snapchat too, right?")
        shoot(interview, f"{tag}-interview")
        interview.input.clear()
        click(qtbot, dialog_button(interview, QDialogButtonBox.StandardButton.Close))

    driver.expect_modal(InterviewWindow, in_interview)
    click(qtbot, button(view.tabs.widget(4), "Open…"))
    driver.done(f"{tag}: interview window")
    click_tab(qtbot, view.tabs, view.letters)
    view.letters.list.setCurrentRow(0)
    click(qtbot, button(view.letters, "Open…"))
    editor = view.letters.editor
    assert editor is not None
    qtbot.waitExposed(editor, timeout=UI_TIMEOUT)
    shoot(editor, f"{tag}-letter")
    click(qtbot, button(editor, "Close"))
    qtbot.waitUntil(lambda: view.letters.editor is None, timeout=UI_TIMEOUT)


def test_journey(
    qtbot: QtBot,
    app_like_the_real_one: QApplication,
    os_dialogs: dict[str, list[Path]],
) -> None:
    WORK.mkdir(parents=True, exist_ok=True)
    out = WORK / "out"
    out.mkdir(exist_ok=True)
    driver = Driver(qtbot)
    window = start_window(qtbot)
    shoot(window, "light-welcome")

    # 1. A new case file, and the recovery sheet saved before going on.
    def create(dialog: CreateCaseFileDialog) -> None:
        shoot(dialog, "light-create")
        qtbot.keyClicks(dialog.adviser, "Marieke Jansen")  # the cursor starts in Your name
        dialog.location.selectAll()
        qtbot.keyClicks(dialog.location, str(CASE_FILE))
        qtbot.keyClicks(dialog.passwords.password, PASSWORD)
        qtbot.keyClicks(dialog.passwords.repeat, PASSWORD)
        click(qtbot, dialog.create_button)

    def recovery(dialog: RecoveryKeyDialog) -> None:
        shoot(dialog, "light-recovery-key")
        os_dialogs["save"].append(out / "recovery sheet.pdf")
        answer_box(driver, QMessageBox.StandardButton.Ok, "The sheet was saved")
        click(qtbot, button(dialog, "Save sheet as PDF…"))
        click(qtbot, dialog.confirm)
        click(qtbot, dialog.ok)

    driver.expect_modal(CreateCaseFileDialog, create)
    driver.expect_modal(RecoveryKeyDialog, recovery)
    click(qtbot, window.welcome.create_button)
    driver.wait(lambda: window.stack.currentWidget() is window.page, "create the case file")
    driver.done("create the case file")
    assert CASE_FILE.exists()
    assert_pdf(out / "recovery sheet.pdf")

    # 2. A case, by keyboard shortcut.
    def new_case(dialog: NewCaseDialog) -> None:
        qtbot.keyClicks(dialog.title, "Foto rondgestuurd in klassenapp")
        tick(qtbot, dialog.types.findChildren(QCheckBox)[0])
        click(qtbot, dialog_button(dialog, QDialogButtonBox.StandardButton.Ok))

    driver.expect_modal(NewCaseDialog, new_case)
    shortcut(qtbot, window.page.case_list.table, Qt.Key.Key_N)
    driver.done("new case")
    view = window.page.case_view
    qtbot.waitUntil(lambda: view.case_id is not None, timeout=UI_TIMEOUT)
    case_id = view.case_id
    assert window.page.case_stack.currentWidget() is view

    # 3. The people in it.
    for role, name in (("Victim", "Noor de Vries"), ("Distributor", "Milan Bakker")):

        def person(dialog: PersonDialog, role: str = role, name: str = name) -> None:
            qtbot.keyClicks(dialog.role, role)
            qtbot.keyClicks(dialog.name, name)
            click(qtbot, dialog_button(dialog, QDialogButtonBox.StandardButton.Ok))

        driver.expect_modal(PersonDialog, person)
        click_tab(qtbot, view.tabs, view.tabs.widget(1))
        click(qtbot, button(view.tabs.widget(1), "Add person…"))
        driver.done(f"add {name}")
    assert view.detail is not None and len(view.detail.people) == 2

    # 4. An interview, where the checker flags a leading question.
    flagged: list[str] = []

    def new_interview(dialog: NewInterviewDialog) -> None:
        click(qtbot, dialog_button(dialog, QDialogButtonBox.StandardButton.Ok))

    def interview(window_: InterviewWindow) -> None:
        qtbot.waitExposed(window_, timeout=UI_TIMEOUT)
        qtbot.keyClicks(window_.input, "Was it on Snapchat too, right?")
        flagged.append(window_.finding_label.text())
        qtbot.keyClick(window_.input, Qt.Key.Key_Return)
        qtbot.keyClicks(window_.input, "Milan put it in the class chat.")
        qtbot.keyClick(window_.input, Qt.Key.Key_Return)
        qtbot.keyClicks(window_.input, "Tell me more about that.")
        qtbot.keyClick(window_.input, Qt.Key.Key_Return)
        assert window_.model.rowCount() == 3
        click(qtbot, dialog_button(window_, QDialogButtonBox.StandardButton.Close))

    driver.expect_modal(NewInterviewDialog, new_interview)
    driver.expect_modal(InterviewWindow, interview)
    click_tab(qtbot, view.tabs, view.tabs.widget(4))
    click(qtbot, button(view.tabs.widget(4), "New interview…"))
    driver.done("interview")
    assert flagged and "suggestive" in flagged[0].lower(), flagged

    # 5. Screenshots and a web address as evidence.
    evidence = view.evidence
    click_tab(qtbot, view.tabs, evidence)
    os_dialogs["open"][:] = [
        screenshot_png(out / "chat 1.png", (30, 120, 200)),
        screenshot_png(out / "chat 2.png", (200, 120, 30)),
    ]

    def intake(dialog: IntakeDialog) -> None:
        qtbot.keyClicks(dialog.description, "Screenshots of the class chat")
        click(qtbot, dialog_button(dialog, QDialogButtonBox.StandardButton.Ok))

    choose_in_menu(driver, "Files…")
    driver.expect_modal(IntakeDialog, intake)
    click(qtbot, button(evidence, "Add"))
    qtbot.waitUntil(lambda: evidence.model.rowCount() == 2, timeout=STEP_TIMEOUT)
    driver.done("add screenshots")
    choose_in_menu(driver, "Web address…")
    web_address(driver, "https://www.instagram.com/nep.account/", "Fake account with the photo")
    click(qtbot, button(evidence, "Add"))
    qtbot.waitUntil(lambda: evidence.model.rowCount() == 3, timeout=STEP_TIMEOUT)
    driver.done("add a web address")

    # 6. The evidence log as PDF, through its button.
    number = window.cases.get_case(case_id).number if window.cases and case_id else ""
    log_pdf = out / "evidence log.pdf"
    os_dialogs["save"].append(log_pdf)
    choose_in_menu(driver, "Save as PDF…")
    click(qtbot, button(evidence, "Evidence log"))
    wait_for_file(qtbot, log_pdf)
    driver.done("evidence log")
    assert assert_pdf(log_pdf) >= 1
    assert Path(os_dialogs["asked"][-1]).name == f"{number} evidence log.pdf"  # type: ignore[arg-type]

    # 7. A stop letter, saved as PDF through the editor's button.
    steps = Steps(
        driver, lambda: not view.busy and not (window.task is not None and window.task.busy)
    )

    def close_editor() -> None:
        if view.letters.editor is not None:
            view.letters.editor.reject()
        qtbot.waitUntil(lambda: view.letters.editor is None, timeout=UI_TIMEOUT)

    with steps.soft("stop letter saved as PDF with its button", close_editor):
        click_tab(qtbot, view.tabs, view.letters)
        click(qtbot, button(view.letters, "New letter…"))
        editor = view.letters.editor
        assert isinstance(editor, LetterEditor)
        qtbot.waitExposed(editor, timeout=UI_TIMEOUT)
        editor.kind.setFocus()
        qtbot.keyClicks(editor.kind, "Stop letter")
        letter_pdf = out / "stop letter.pdf"
        os_dialogs["save"].append(letter_pdf)
        click(qtbot, editor.text.check_button)  # the adviser has checked the filled-in details
        # The place is left for the student to fill in by hand: asked, and saved anyway.
        answer_box(driver, QMessageBox.StandardButton.Yes, "still open")
        click(qtbot, button(editor, "Save as PDF…"))
        driver.wait(lambda: letter_pdf.exists(), "stop letter PDF")
        assert "Milan" in "".join(p.extract_text() for p in PdfReader(letter_pdf).pages)
        click(qtbot, button(editor, "Close"))
        qtbot.waitUntil(lambda: view.letters.editor is None, timeout=UI_TIMEOUT)

    # 8. Export for the police.
    police = out / "police"
    police.mkdir()
    with steps.soft("export for the police"):
        click_tab(qtbot, view.tabs, evidence)
        os_dialogs["folder"][:] = [police]
        type_into_input(driver, "Wijkagent J. de Boer")
        answer_box(driver, QMessageBox.StandardButton.Ok, "Exported to")
        click(qtbot, button(evidence, "Export for the police…"))
        driver.wait(lambda: not view.busy and not driver.queue, "export for the police")
        # Complete: the folder got its final name (a hidden .partial one is work in progress).
        exported = list(police.iterdir())
        assert len(exported) == 1 and not exported[0].name.startswith("."), exported
        assert (exported[0] / "manifest.csv").is_file(), list(exported[0].iterdir())

    # 9. A backup (Ctrl+B).
    stick = out / "usb"
    stick.mkdir()
    with steps.soft("backup with Ctrl+B"):
        os_dialogs["folder"][:] = [stick]
        answer_box(driver, QMessageBox.StandardButton.Ok, "The backup was saved")
        shortcut(qtbot, window.page.case_list.table, Qt.Key.Key_B, window.act_backup)
        driver.wait(lambda: any(stick.rglob("*.adcase")), "backup")
        driver.wait(lambda: not driver.queue, "backup")

    # 10. Ctrl+L from the interview window locks everything; the line typed but not entered
    # is kept as a note (and back in its field after unlocking).
    def lock_from_interview(window_: InterviewWindow) -> None:
        qtbot.waitExposed(window_, timeout=UI_TIMEOUT)
        qtbot.keyClicks(window_.input, "Who took the photo?")
        shortcut(qtbot, window_.input, Qt.Key.Key_L)
        # If the shortcut did nothing, the window would wait for the watchdog: close it sooner.
        # (With the window as context the timer goes with it when locking deletes it.)
        QTimer.singleShot(UI_TIMEOUT, window_, lambda: window_.isVisible() and window_.reject())

    def lock_from_the_main_window() -> None:
        if window.stack.currentWidget() is not window.locked:
            shortcut(qtbot, window.page.case_list.table, Qt.Key.Key_L)

    with steps.soft("Ctrl+L from the interview window", lock_from_the_main_window):
        driver.expect_modal(InterviewWindow, lock_from_interview)
        click_tab(qtbot, view.tabs, view.tabs.widget(4))
        view.interviews.list.setCurrentRow(0)
        click(qtbot, button(view.tabs.widget(4), "Open…"))
        assert window.stack.currentWidget() is window.locked, "not locked"
    assert window.stack.currentWidget() is window.locked
    assert window.service is None
    shoot(window, "light-locked")

    # An old case, closed three years ago, is in the file (time cannot pass in a test).
    service = svc.unlock_with_password(CASE_FILE, PASSWORD)
    try:
        cases = CaseService(service.case, protocol(), "en")
        three_years_ago = date.today() - timedelta(days=3 * 366)
        old = cases.create_case(
            dc.CaseDraft(
                title="Oude zaak",
                incident_types=[dc.IncidentType.CYBERBULLYING],
                opened_on=three_years_ago,
            ),
            today=three_years_ago,
        )
        draft = cases.get_case(old).draft
        draft.status = dc.CaseStatus.CLOSED
        cases.update_case(old, draft, today=three_years_ago)
    finally:
        service.close()

    # 11. Unlock: back to the case that was open.
    def unlock(dialog: UnlockDialog) -> None:
        shoot(dialog, "light-unlock")
        qtbot.keyClicks(dialog.password, PASSWORD)
        click(qtbot, dialog.unlock_button)

    # The conversation opens again where it was, the typed line back in its field. Its window
    # manager's close button asks about a line typed but not entered (the close message the
    # window manager sends).
    def back_in_conversation(window_: InterviewWindow) -> None:
        qtbot.waitExposed(window_, timeout=UI_TIMEOUT)
        reopened.append(window_.input.text())
        qtbot.keyClick(window_.input, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(window_.input, "Nobody else may know")
        answer_box(driver, QMessageBox.StandardButton.Discard, "has not been added")
        window_manager_close(qtbot, window_)

    reopened: list[str] = []
    driver.expect_modal(UnlockDialog, unlock)
    driver.expect_modal(InterviewWindow, back_in_conversation)
    click(qtbot, window.locked.unlock_button)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.page, timeout=STEP_TIMEOUT)
    driver.wait(lambda: not driver.queue and view.interviews.interview_window is None, "unlock")
    driver.done("unlock")
    assert window.page.case_view.case_id == case_id
    assert reopened == ["Who took the photo?"], reopened  # back from the lock's note
    assert window.session is not None
    lines = window.session.interviews.list_for_case(case_id)[0].lines
    assert all("Nobody else may know" not in line.text for line in lines)  # discarded
    assert all("Who took the photo?" not in line.text for line in lines)  # the note went

    # 12. Purge the expired case, through its confirmation.
    def purge(dialog: RetentionDialog) -> None:
        qtbot.waitExposed(dialog, timeout=UI_TIMEOUT)
        assert dialog.selected() is not None
        confirm_box(driver, "Oude zaak")
        click(qtbot, dialog.purge_button)
        qtbot.waitUntil(lambda: bool(dialog.purged), timeout=STEP_TIMEOUT)  # a worker purges
        purged.extend(dialog.purged)
        click(qtbot, dialog_button(dialog, QDialogButtonBox.StandardButton.Close))

    purged: list[str] = []
    with steps.soft("purge an expired case through its confirmation"):
        menu_bar_action(
            qtbot,
            driver,
            window,
            "Case",
            "Cases past retention…",
            lambda: driver.expect_modal(RetentionDialog, purge),
        )
        driver.wait(lambda: not driver.queue and not driver.acting, "purge")
        assert purged, "nothing was purged"
        assert window.cases is not None
        assert all(row.title != "Oude zaak" for row in window.cases.list_cases())

    # 13. Verify the case file.
    menu_bar_action(
        qtbot,
        driver,
        window,
        "File",
        "Verify case file",
        lambda: answer_box(driver, QMessageBox.StandardButton.Ok, "intact"),
    )
    qtbot.waitUntil(lambda: not driver.queue, timeout=STEP_TIMEOUT)
    driver.done("verify")

    # Screenshots of every main screen, light and dark.
    window.page.case_list.select_case(case_id or 0)
    for scheme in (theme.Scheme.LIGHT, theme.Scheme.DARK):
        theme.set_scheme(app_like_the_real_one, scheme)
        main_screens(qtbot, window, scheme.value)
        open_letter_and_interview_shots(qtbot, driver, window, scheme.value)
    theme.set_scheme(app_like_the_real_one, theme.Scheme.SYSTEM)
    window.close_case_file()
    driver.timer.stop()
    assert not steps.failed, "steps that failed:\n" + "\n".join(steps.failed)


def test_main_screens_at_scale(
    qtbot: QtBot,
    app_like_the_real_one: QApplication,
    os_dialogs: dict[str, list[Path]],
) -> None:
    """The main screens as the journey left them, at the scale this run was started with."""
    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    driver = Driver(qtbot)
    window = start_window(qtbot)

    def unlock(dialog: UnlockDialog) -> None:
        qtbot.keyClicks(dialog.password, PASSWORD)
        click(qtbot, dialog.unlock_button)

    driver.expect_modal(UnlockDialog, unlock)
    prefs.Settings().set(prefs.LAST_CASE_FILE, str(CASE_FILE))
    window.welcome.set_last_file(CASE_FILE.name)
    click(qtbot, window.welcome.reopen_button)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.page, timeout=STEP_TIMEOUT)
    driver.done("unlock at scale")
    screen = window.screen().availableGeometry()
    assert screen.contains(window.frameGeometry()), (screen, window.frameGeometry())
    qtbot.waitUntil(lambda: window.page.case_list.proxy.rowCount() > 0, timeout=UI_TIMEOUT)
    window.page.case_list.table.selectRow(0)
    tag = f"scale-{scale}"
    main_screens(qtbot, window, tag)
    open_letter_and_interview_shots(qtbot, driver, window, tag)
    window.close_case_file()
    driver.timer.stop()
