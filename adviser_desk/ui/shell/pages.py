"""The main window's light pages: welcome and locked. They show before the case file's layers
have loaded; the open case file's page is in case_file_page.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.ui.common import mnemonics, theme
from adviser_desk.ui.common.focus_show import show_focus, show_focus_soon
from adviser_desk.ui.common.keyboard import enter_presses, screen_order
from adviser_desk.ui.shell.undo_menu import UndoMenu

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from adviser_desk.ui.shell.case_file_page import CaseFilePage


def page_title(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    label.setFont(font)
    return label


def centre(page: QWidget, box: QWidget, width: int) -> None:
    """Puts ``box`` in the middle of ``page``, at most ``width`` wide. Stretches rather than an
    alignment flag: an aligned widget gets its size hint, which is too short for a wrapped
    label at large scale factors (its last line was cut off), while a widget in stretches gets
    the height its width needs. Narrower windows narrow the box instead of scrolling sideways."""
    box.setMaximumWidth(width)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(box, 100)
    row.addStretch(1)
    layout = QVBoxLayout(page)
    layout.addStretch(1)
    layout.addLayout(row)
    layout.addStretch(2)


class WelcomePage(QWidget):
    create_requested = Signal()
    open_requested = Signal()
    reopen_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = QLabel(
            self.tr(
                "Adviser Desk keeps your cases of online abuse, sexting and exposure in one "
                "encrypted case file on this computer. Nothing leaves it unless you export it."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Create a &new case file…"), self)
        self.create_button.setObjectName("create")
        self.open_button = QPushButton(self.tr("&Open a case file…"), self)
        self.open_button.setObjectName("open")
        self.reopen_button = QPushButton(self)
        self.reopen_button.setObjectName("reopen")
        self.reopen_button.hide()
        self.demo_button = QPushButton(self.tr("Try the &demo case file"), self)
        self.demo_button.setObjectName("demo")
        self.demo_button.setToolTip(
            self.tr("Three made-up cases to look around in (password: demo).")
        )
        for button in (self.reopen_button, self.create_button, self.open_button, self.demo_button):
            button.setMinimumHeight(40)
        # Tab follows the screen: the last file, shown on top, first (walk 7, W7-5: it came
        # third, after the two buttons below it, and right before the demo).
        screen_order(self.reopen_button, self.create_button, self.open_button, self.demo_button)
        enter_presses(self.reopen_button, self.create_button, self.open_button, self.demo_button)
        self.create_button.clicked.connect(self.create_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.reopen_button.clicked.connect(self.reopen_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        box = QWidget(self)
        inner = QVBoxLayout(box)
        title = page_title(self.tr("Welcome to Adviser Desk"), box)
        title.setWordWrap(True)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addSpacing(16)
        inner.addWidget(self.reopen_button)
        inner.addWidget(self.create_button)
        inner.addWidget(self.open_button)
        inner.addWidget(self.demo_button)
        centre(self, box, 560)

    def set_last_file(self, name: str | None) -> None:
        self.reopen_button.setVisible(bool(name))
        if name:
            # The fixed buttons carry their own letters, so a file name (Overgedragen.adcase)
            # cannot take Alt+O from 'Open a case file…' (walk 5, W5-20); an & in it is text.
            name = name.replace("&", "&&")
            self.reopen_button.setText(self.tr("Open {name}").format(name=name))
            if self.window().isVisible():
                # Back here from an open file, the window is not shown again: its letters
                # are handed out now, or the new text had none (walk 6, W6-6).
                mnemonics.assign(self.window())

    def showEvent(self, event: QShowEvent) -> None:
        """Each time the page comes on screen (not when the window is restored): Enter right
        away does the likeliest thing, reopen the last file or create one, and the ring shows
        it. Set before, while the closed file's page was still shown, the focus was lost, and
        a first Tab went to the demo (walk 7, W7-5)."""
        super().showEvent(event)
        if not event.spontaneous():
            show_focus_soon(self._start_button())

    def _start_button(self) -> QPushButton:
        return self.reopen_button if self.reopen_button.isVisibleTo(self) else self.create_button

    def focus_start(self) -> None:
        """After an open that failed or was cancelled, while this page stays on screen: the
        focus, with its ring, is back on the last file (walk 8, W8-4: none showed, and Enter
        opened the file dialog, where the password typed next went into the name field)."""
        if self.isVisible():
            show_focus(self._start_button())


class LockedPage(QWidget):
    unlock_requested = Signal()
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Which windows the lock closed with typed work in them (walker F17: the typed name
        # of a person being added was gone after unlocking, and nothing said so).
        self.closed_note = QLabel(self)
        self.closed_note.setObjectName("closed_by_lock")
        self.closed_note.setWordWrap(True)
        self.closed_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.set_role(self.closed_note, "warning")
        self.closed_note.hide()
        # Overview edits the lock saved without asking (re-walk N3: it said nothing).
        self.saved_note = QLabel(self)
        self.saved_note.setObjectName("saved_by_lock")
        self.saved_note.setWordWrap(True)
        self.saved_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.saved_note.hide()
        self.unlock_button = QPushButton(self.tr("Unlock…"), self)
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setMinimumHeight(40)
        self.close_button = QPushButton(self.tr("Close case file"), self)
        self.close_button.setMinimumHeight(40)
        enter_presses(self.unlock_button, self.close_button)
        self.unlock_button.clicked.connect(self.unlock_requested)
        self.close_button.clicked.connect(self.close_requested)
        box = QWidget(self)
        inner = QVBoxLayout(box)
        inner.addWidget(page_title(self.tr("Locked"), box), 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addWidget(self.message)
        inner.addWidget(self.closed_note)
        inner.addWidget(self.saved_note)
        inner.addSpacing(8)
        inner.addWidget(self.unlock_button)
        inner.addWidget(self.close_button)
        centre(self, box, 480)

    def set_file(
        self,
        name: str,
        closed: Sequence[str] = (),
        saved_case: str | None = None,
        saved: Sequence[str] = (),
    ) -> None:
        """``closed``: the titles of the windows the lock closed with typed, unkept work;
        ``saved_case``: the number of the case whose unsaved Overview edits the lock saved;
        ``saved``: sentences saying what else the lock kept (a note added, a letter saved)."""
        self.message.setText(
            self.tr(
                "The case file {name} is locked. Nothing in it is shown until you unlock it."
            ).format(name=name)
        )
        windows = ", ".join(f"“{title}”" for title in closed)
        if len(closed) == 1:
            note = self.tr(
                "The lock closed the window {window}. What you typed there was not kept."
            ).format(window=windows)
        else:
            note = self.tr(
                "The lock closed the windows {windows}. What you typed there was not kept."
            ).format(windows=windows)
        self.closed_note.setText(note if closed else "")
        self.closed_note.setVisible(bool(closed))
        overview = (
            self.tr(
                "Your unsaved changes on the Overview of case {number} were saved before locking."
            ).format(number=saved_case)
            if saved_case
            else ""
        )
        sentences = [overview, *saved] if overview else list(saved)
        self.saved_note.setText("\n".join(sentences))
        self.saved_note.setVisible(bool(sentences))

    def showEvent(self, event: QShowEvent) -> None:
        """On screen, Enter unlocks, and the ring shows it (walk 7, W7-6: no focus showed)."""
        super().showEvent(event)
        if not event.spontaneous():
            show_focus_soon(self.unlock_button)


class PageStack(QStackedWidget):
    """The window's pages, sized by the page on show: a plain stack asks for the room of its
    largest page, so the welcome page scrolled sideways in a narrow window once the case
    file's page had been built."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return super().sizeHint() if page is None else page.sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return super().minimumSizeHint() if page is None else page.minimumSizeHint()


class LazyCaseFilePage:
    """The open case file's page in the window's page stack, built on first use: its modules
    (the case list and case views, and through them the case file's layers) are the heavy part
    of the window, and the welcome page shows without them (issue 15)."""

    def __init__(
        self, window: QWidget, stack: QStackedWidget, new_case: Callable[[], None]
    ) -> None:
        self._window, self._stack = window, stack
        self._new_case = new_case  # the case list's own "New case…" button asks the window
        self._page: CaseFilePage | None = None
        self.undo = UndoMenu(window)  # Edit > Undo: the case view's, once it is built

    def get(self) -> CaseFilePage:
        if self._page is None:
            from adviser_desk.ui.shell.case_file_page import CaseFilePage

            self._page = CaseFilePage(self._window)
            self._page.case_list.new_case_requested.connect(self._new_case)
            self._stack.addWidget(self._page)
            self.undo.follow(self._page.case_view.undo_bar)
            # The window got its mnemonics when it was shown, before this page existed: the
            # page's own letters ("&Beschrijving", "&Zoeken") would share Alt+B and Alt+Z with
            # the menus, and each press would alternate between the two (walk 3).
            mnemonics.assign(self._window)
        return self._page

    def busy(self) -> bool:
        return self._page is not None and self._page.case_view.busy

    def confirm_leave(self) -> bool:
        """Before the file closes: asks about unsaved Overview edits, then about closings of
        interviews typed but not saved (none when the page was never built)."""
        view = None if self._page is None else self._page.case_view
        return view is None or (view.confirm_leave() and view.interviews.confirm_close())

    def clear(self) -> None:
        if self._page is not None:
            self._page.clear()
