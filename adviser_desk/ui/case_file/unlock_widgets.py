"""The unlock dialog's parts that only say or show something, built apart from its logic."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QWidget

from adviser_desk.ui.common import theme

# The strings keep the dialog's translation context ("UnlockDialog"), where they were written.


def remember_widgets(parent: QWidget, reason: str | None) -> tuple[QCheckBox, QLabel]:
    """ "Remember on this computer" and the note saying why it is unavailable (``reason``)."""
    remember = QCheckBox(
        QCoreApplication.translate("UnlockDialog", "Remember on this computer"), parent
    )
    remember.setObjectName("remember")
    note = QLabel(parent)
    note.setWordWrap(True)
    theme.set_role(note, "hint")
    if reason is None:
        remember.setToolTip(
            QCoreApplication.translate(
                "UnlockDialog",
                "The key is kept in this computer's password store, unlocked when you log "
                "in. Only use this on a computer nobody else logs in to as you.",
            )
        )
        note.hide()
    else:
        remember.setEnabled(False)
        note.setText(
            QCoreApplication.translate(
                "UnlockDialog",
                "“Remember on this computer” is not available: this computer has no "
                "password store (keyring) that Adviser Desk can use safely. Type the "
                "password each time instead.",
            )
        )
    return remember, note


def recovery_field(parent: QWidget) -> QLineEdit:
    """The recovery key's field, hidden until the adviser switches to it."""
    field = QLineEdit(parent)
    field.setObjectName("recovery_key")
    # As the sheet prints it (walk 5, W5-18); any spacing or dashes are accepted.
    field.setPlaceholderText(" ".join(["XXXX"] * 9))
    field.setToolTip(
        QCoreApplication.translate(
            "UnlockDialog",
            "As printed on the recovery sheet. Capitals, spaces and dashes do not matter, "
            "and a letter O counts as a zero.",
        )
    )
    field.hide()
    return field


def link_button(text: str, parent: QWidget) -> QPushButton:
    """A button that looks like a link: the switch between password and recovery key."""
    button = QPushButton(text, parent)
    # A link, not plain text (walk 12, W12-9: centred and frameless, it did not look
    # like something to click): link colour, underlined, at the left, a hand over it.
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setStyleSheet(
        "QPushButton { color: palette(link); text-decoration: underline; border: none; "
        "padding: 2px 0px; text-align: left; }"
    )
    return button


def restored_note(parent: QWidget, restored: bool) -> QLabel:
    """Shown on a restored backup, which keeps the key file of the day it was made."""
    # A restored backup still has the key file of the day it was made (walk 12, W12-5:
    # the password of now was refused with no word about why).
    note = QLabel(
        QCoreApplication.translate(
            "UnlockDialog",
            "This is a restored backup: it opens with the password that was in use when "
            "the backup was made (if you changed your password since, the older one), or "
            "with the recovery key.",
        ),
        parent,
    )
    note.setObjectName("restored_note")
    note.setWordWrap(True)
    theme.set_role(note, "hint")
    note.setVisible(restored)
    return note
