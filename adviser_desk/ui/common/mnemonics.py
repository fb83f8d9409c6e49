"""Alt+letter for every labelled field, button, check box and tab of a window, unique in it.

Translators choose mnemonics in each language, and a dialog built from several parts (a
form, a group box, a button box) easily gets two of the same, or none. So each window is given
its mnemonics when it is shown, in both languages alike: a mnemonic written in the text is
kept unless an earlier one in the same window already took its letter; every other text gets
the first free letter that starts a word, else any free letter. The letters of the menu bar
(Alt+F for File) are never given to a field. Each labelled field also gets its label as its
accessible name, so a screen reader says what the field is for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QRadioButton,
    QStackedWidget,
    QTabBar,
    QTextEdit,
    QWidget,
)

from adviser_desk.ui.common.keyboard import plain
from adviser_desk.ui.common.window_shown import WindowShownFilter

# What the adviser types into or chooses: each needs a label and a name.
INPUTS = (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QCheckBox,
    QRadioButton,
)


def mnemonic_of(text: str) -> str:
    """The mnemonic letter of a text ("&Name" -> "n"; "Save && close" has none), lower case."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower() if text[i + 1].strip() else ""
        i += 1
    return ""


def _without_mnemonic(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        if text[i] == "&" and i + 1 < len(text) and text[i + 1] == "&":
            out.append("&&")
            i += 2
        elif text[i] == "&":
            i += 1
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def _with_mnemonic(text: str, taken: set[str]) -> tuple[str, str]:
    """The text with a free letter marked (word starts first), and that letter; or unchanged
    and "" when every letter is taken."""
    shown = _without_mnemonic(text)
    # Positions in ``shown`` of characters that stand for themselves (not a "&&" escape).
    positions: list[int] = []
    i = 0
    while i < len(shown):
        if shown.startswith("&&", i):
            i += 2
            continue
        positions.append(i)
        i += 1
    letters = [p for p in positions if shown[p].isalnum()]
    starts = [p for p in letters if p == 0 or not shown[p - 1].isalnum()]
    for p in starts + [p for p in letters if p not in starts]:
        letter = shown[p].lower()
        if letter not in taken:
            return shown[:p] + "&" + shown[p:], letter
    return shown, ""


def _letters_of(text: str) -> set[str]:
    return {c.lower() for c in _without_mnemonic(text) if c.isalnum()}


@dataclass
class Holder:
    """Something that shows a text with a mnemonic: a label, a button, a group box or a tab."""

    widget: QWidget
    get: Callable[[], str]
    set: Callable[[str], None]
    last: bool = False  # OK, Cancel and the like: Enter and Escape reach them anyway


def _labels_and_buttons(window: QWidget) -> Iterator[Holder]:
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or _in_popup(widget):
            continue
        if isinstance(widget, QLabel):
            if widget.buddy() is not None and _plain_text(widget):
                yield Holder(widget, widget.text, widget.setText)
        elif isinstance(widget, QAbstractButton):
            if widget.text() and not isinstance(widget.parentWidget(), QTabBar):
                if _own_shortcut(widget):
                    continue
                boxed = isinstance(widget.parentWidget(), QDialogButtonBox)
                yield Holder(widget, widget.text, widget.setText, last=boxed)
        elif isinstance(widget, QGroupBox) and widget.isCheckable() and widget.title():
            yield Holder(widget, widget.title, widget.setTitle)
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield _tab(widget, index)


def _own_shortcut(button: QAbstractButton) -> bool:
    """A button with a key of its own (Ctrl+B for bold): a mnemonic in its text would
    replace that key, so its text is left alone."""
    key = button.shortcut()
    if key.isEmpty():
        return False
    text = key.toString(QKeySequence.SequenceFormat.PortableText)
    return not (text.startswith("Alt+") and len(text) == len("Alt+M"))


def _tab(bar: QTabBar, index: int) -> Holder:
    def get() -> str:
        return bar.tabText(index)

    def put(text: str) -> None:
        bar.setTabText(index, text)

    return Holder(bar, get, put)


def _plain_text(label: QLabel) -> bool:
    # A rich-text label shows no mnemonic; its text is left as written.
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or text.lstrip().startswith("<")
    return bool(text) and not rich


def _in_popup(widget: QWidget) -> bool:
    top = widget.window()
    return top is not None and top.windowType() == Qt.WindowType.Popup


def _menus(window: QWidget) -> list[Holder]:
    """The menu bar's titles (Alt+F for File): first, so no field takes their letters, and
    two menus never share one ("Bestand" and "Beveiliging")."""
    if not isinstance(window, QMainWindow) or window.menuBar() is None:
        return []
    bar = window.menuBar()
    return [_menu(bar, action) for action in bar.actions() if action.text()]


def _menu(bar: QWidget, action: QAction) -> Holder:
    def put(text: str) -> None:
        action.setText(text)

    return Holder(bar, action.text, put)


def holders(window: QWidget) -> list[Holder]:
    """Everything in ``window`` that carries a mnemonic, in the order letters are handed out."""
    found = list(_labels_and_buttons(window))
    return _menus(window) + [h for h in found if not h.last] + [h for h in found if h.last]


def menu_letters(window: QWidget) -> set[str]:
    """The letters the menu bar's titles use."""
    return {mnemonic_of(h.get()) for h in _menus(window)} - {""}


def _pages(widget: QWidget, window: QWidget) -> dict[int, QWidget]:
    """For each stack (tab pages, the main window's pages) above ``widget``: its page."""
    pages: dict[int, QWidget] = {}
    child, parent = widget, widget.parentWidget()
    while parent is not None and child is not window:
        if isinstance(parent, QStackedWidget):
            pages[id(parent)] = child
        child, parent = parent, parent.parentWidget()
    return pages


def _apart(a: dict[int, QWidget], b: dict[int, QWidget]) -> bool:
    """On different pages of one stack: never on screen together, so they may share a key."""
    return any(stack in b and b[stack] is not page for stack, page in a.items())


def assign(window: QWidget) -> None:
    """Gives every label with a field, button, check box and tab of ``window`` a mnemonic that
    nothing else on screen with it has (OK and Cancel last), and each labelled field its
    label's text as accessible name."""
    found = holders(window)
    pages = [_pages(h.widget, window) for h in found]
    letters: list[str] = [""] * len(found)

    def taken_for(index: int) -> set[str]:
        return {
            letters[j]
            for j in range(len(found))
            if j != index and letters[j] and not _apart(pages[index], pages[j])
        }

    # Letters written in the texts first, in order; a later duplicate loses its own.
    for i, holder in enumerate(found):
        letter = mnemonic_of(holder.get())
        if letter and letter not in taken_for(i):
            letters[i] = letter
    # Then the texts with the fewest letters to choose from ("Opened on:" beside a column of
    # long check box texts), so a short label is not left without one.
    unassigned = [i for i in range(len(found)) if not letters[i]]
    unassigned.sort(key=lambda i: (found[i].last, len(_letters_of(found[i].get()))))
    for i in unassigned:
        holder = found[i]
        text, letters[i] = _with_mnemonic(holder.get(), taken_for(i))
        if text != holder.get():
            holder.set(text)
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None or not label.text():
            continue
        # A row's label names its field, and each input of a composite field (a check box
        # that switches a date on, and the date).
        for field in (buddy, *buddy.findChildren(QWidget)):
            if isinstance(field, INPUTS) and not field.accessibleName():
                field.setAccessibleName(plain(label.text()))
        if not buddy.accessibleName():
            buddy.setAccessibleName(plain(label.text()))


class MnemonicKeeper(WindowShownFilter):
    """Application-wide: each window gets its mnemonics (and field names) when shown."""

    NAME = "mnemonic_keeper"

    def shown(self, window: QWidget) -> None:
        assign(window)


def install(app: QApplication) -> None:
    MnemonicKeeper.install(app)
