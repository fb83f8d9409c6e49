"""The keyboard focus put where the adviser's next step is, with its ring showing.

Walk 7 (W7-5, W7-6) found screens with no focus anywhere, or with the focus left behind in
the search field: the welcome page after closing a file (a first Tab reached the demo, and
Enter started it), the lock page, the main window after the recovery sheet, a new case, and a
case tab chosen by its letter (Alt+T) while arrows and typing still went to the search field.
Qt shows the focus ring only after the keyboard moved the focus in a window, so a focus set
by the program is invisible until then: these moments show it as Tab would.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QScrollArea,
    QTabBar,
    QTabWidget,
    QWidget,
)

from adviser_desk.ui.common.selection import select_current_or_first

_NAME = "tab_letter_focus"


def show_focus(widget: QWidget) -> None:
    """Gives ``widget`` the focus, with the ring showing as after Tab (a click in the window
    hides it again, as Qt does)."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    window = widget.window()
    _ring_on(window)
    if not window.isActiveWindow() and window.findChild(_RingOnActivation) is None:
        # Qt turns the ring off when a window is shown and when it becomes active.
        window.installEventFilter(_RingOnActivation(window))


def back_on(widget: QWidget) -> None:
    """show_focus on the button that started work once that work is over, after a file or
    print dialog. Without a window manager nothing activates the window again when such a
    dialog closes, so no window had the focus at all (walk 14, W14-17: after Evidence log >
    Save as PDF… and after Print sheet…); when none of the app's windows is active, this one
    asks to be."""
    window = widget.window()
    if QApplication.activeWindow() is None and window.isVisible():
        window.activateWindow()
    show_focus(widget)


def _ring_on(window: QWidget) -> None:
    window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
    focus = window.focusWidget()
    if focus is not None:
        focus.update()


class _RingOnActivation(QObject):
    """Turns the ring on again once its window has become active, then goes."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate and isinstance(watched, QWidget):
            watched.removeEventFilter(self)
            QTimer.singleShot(0, watched, lambda: _ring_on(watched))
            self.deleteLater()
        return False


def show_focus_soon(widget: QWidget) -> None:
    """show_focus once the event loop runs again: from a showEvent, since a window being shown
    turns its ring off after its children's showEvents (a fresh start showed no focus)."""
    QTimer.singleShot(0, widget, lambda: show_focus(widget) if widget.isVisible() else None)


def _takes_tab(widget: QWidget, inside: QWidget) -> bool:
    return (
        inside.isAncestorOf(widget)
        and not isinstance(widget, QScrollArea)  # a frame around fields, not one itself
        and widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
    )


def first_field(page: QWidget) -> QWidget | None:
    """The first widget in ``page`` that Tab reaches, in the window's Tab order."""
    widget = page.nextInFocusChain()
    while widget is not page and widget is not None:
        if _takes_tab(widget, page):
            return widget
        widget = widget.nextInFocusChain()
    return None


_FIRST_ACTION = "first_action"


def set_first_action(page: QWidget, widget: QWidget) -> None:
    """``widget`` (the tab's Add… or New… button, or its note field) is where the tab's letter
    puts the focus, whether its list has rows or not."""
    page.setProperty(_FIRST_ACTION, widget)


def _own(widget: QWidget, page: QWidget) -> bool:
    """``widget`` is ``page``'s own, not in the page of a tab widget inside it: the Cases
    tab holds the case with its tabs, and Alt+K (Cases) went to the list of the case's
    Evidence, Timeline or Tasks tab instead of the case list, so Down stepped through tasks
    where the adviser meant the next case (walk L, finding 17). Such a page has a letter of
    its own."""
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, QTabWidget):
            return False
        parent = parent.parentWidget()
    return True


def focus_into(page: QWidget) -> None:
    """The focus into a page's content: its first action when it names one (its list still
    gets a selected row, so Edit and Open act on it), else its list when it has rows (with a
    row selected, so Enter and the arrows act on it), else its first field.

    A page whose main step is adding (People, Interviews, Letters, Evidence, the Timeline's
    note) starts on that step every time: its letter put the focus on Add person… while the
    list was empty and on the list once it had rows, so Alt+P then Enter opened Edit person
    for someone already there, and Alt+G then Enter a closed conversation (walk 11, W11-2).
    Tasks names none: its work is ticking the protocol's tasks listed, so its letter goes
    into the list, where the selected task shows its ring."""
    first = page.property(_FIRST_ACTION)
    views = [
        v for v in page.findChildren(QAbstractItemView) if _takes_tab(v, page) and _own(v, page)
    ]
    if isinstance(first, QWidget) and _takes_tab(first, page):
        for view in views:
            if view.model() is not None and view.model().rowCount() > 0:
                select_current_or_first(view)
        show_focus(first)
        return
    for view in views:
        model = view.model()
        if model is not None and model.rowCount() > 0:
            select_current_or_first(view)
            show_focus(view)
            return
    field = first_field(page)
    if field is not None:
        show_focus(field)


class TabLetterFocus(QObject):
    """Application-wide: a tab chosen by its letter (Alt+T) takes the focus into its page, as
    clicking into it would; the tab changed while the focus stayed where it was, so arrows and
    typing still went to the search field (walk 7, W7-6)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut and isinstance(watched, QTabBar):
            tabs = watched.parentWidget()
            if isinstance(tabs, QTabWidget):
                # Once the tab bar has shown the page (it does so on this event).
                QTimer.singleShot(0, self, lambda: _into_current(tabs))
        return False


def _into_current(tabs: QTabWidget) -> None:
    if not shiboken6.isValid(tabs):
        return
    page = tabs.currentWidget()
    if page is not None and page.isVisible():
        focus_into(page)


def install(app: QApplication) -> None:
    if app.findChild(TabLetterFocus, _NAME) is None:
        keeper = TabLetterFocus(app)
        keeper.setObjectName(_NAME)
        app.installEventFilter(keeper)
