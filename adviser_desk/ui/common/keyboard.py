"""Keyboard conventions shared by the windows: Tab moves between fields (tables and plain-text
fields do not swallow it), Enter presses a focused button outside dialogs, and every field
carries the name of its label for screen readers."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def tab_leaves(*widgets: QAbstractItemView | QPlainTextEdit | QTextEdit) -> None:
    """Tab and Shift+Tab move to the next field instead of to the next cell or into the text
    (a tab character in a description ends up in letters and PDFs)."""
    for widget in widgets:
        if isinstance(widget, QAbstractItemView):
            widget.setTabKeyNavigation(False)
        else:
            widget.setTabChangesFocus(True)


def screen_order(*widgets: QWidget) -> None:
    """Tab visits ``widgets`` in this order, as they stand on screen (top to bottom, left to
    right); by default it follows the order they were made, which put a list made before
    the buttons above it first."""
    for before, after in pairwise(widgets):
        QWidget.setTabOrder(before, after)


def enter_presses(*buttons: QAbstractButton) -> None:
    """Return and Enter press the focused button, as Space does (outside a dialog, Qt only
    gives a default button to dialogs)."""
    for button in buttons:
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), button)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(button.animateClick)


def enter_opens(view: QAbstractItemView, open_row: Callable[[], object]) -> None:
    """Return and Enter on a row open it, as a double click does (Qt's ``activated`` would
    also fire on the double click itself and open the row a second time)."""
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        shortcut = QShortcut(QKeySequence(key), view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(open_row)


def plain(label_text: str) -> str:
    """A label's text as a screen reader should say it: no mnemonic '&', no trailing colon."""
    return label_text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(": ")


def name_fields(form: QFormLayout) -> None:
    """Gives each field of a form the accessible name of its label (the label is its buddy,
    so the label's mnemonic focuses it)."""
    for row in range(form.rowCount()):
        label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label_item is None or field_item is None:
            continue
        label = label_item.widget()
        field = field_item.widget()
        inner_layout = field_item.layout()
        if field is None and inner_layout is not None:
            inner = inner_layout.itemAt(0)
            field = inner.widget() if inner is not None else None
        if isinstance(label, QLabel) and isinstance(field, QWidget) and label.text():
            if label.buddy() is None:
                label.setBuddy(field)
            if not field.accessibleName():
                field.setAccessibleName(plain(label.text()))


def labelled(text: str, field: QWidget, parent: QWidget) -> QLabel:
    """A visible label with a mnemonic for a field outside a form; names the field too."""
    label = QLabel(text, parent)
    label.setBuddy(field)
    field.setAccessibleName(plain(text))
    return label
