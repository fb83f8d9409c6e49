"""Edit controls of a case kept read-only (handed over): off, or read-only, so the adviser is
not invited to type into a form that refuses at save (walk W14). Looking, verifying and
printing stay on.

A button that also follows the list's selection (``selection.row_buttons``) keeps following it
once edits are allowed again: the property set here is what ``row_buttons`` asks."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QBoxLayout,
    QCheckBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)

from adviser_desk.ui.common import theme

EDITS_OFF = "edits_off"


def allow_edits(controls: Iterable[QWidget | QAction], allowed: bool) -> None:
    """Text fields become read-only (still readable, selectable and copyable); everything
    else is switched off. With ``allowed`` they are back as they were made."""
    for control in controls:
        control.setProperty(EDITS_OFF, not allowed)
        if isinstance(control, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox):
            control.setReadOnly(not allowed)
        else:
            control.setEnabled(allowed)
        if isinstance(control, QWidget):
            # The style sheet shows switched-off choices readably (theme.style_sheet).
            boxes = [*control.findChildren(QCheckBox), *control.findChildren(QRadioButton)]
            for widget in (control, *boxes):
                theme.repolish(widget)


def edits_allowed(control: QWidget | QAction) -> bool:
    return not bool(control.property(EDITS_OFF))


def handed_over_note(window: QWidget, text: str) -> QLabel:
    """A banner at the top of a letter or conversation of a handed-over case, saying why
    nothing in it can be changed (walk 4: Open… showed an editor that refused only at save).
    ``window``'s own layout takes it first."""
    note = QLabel(text, window)
    note.setObjectName("read_only_note")
    note.setWordWrap(True)
    theme.set_role(note, "banner")
    layout = window.layout()
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(0, note)
    return note
