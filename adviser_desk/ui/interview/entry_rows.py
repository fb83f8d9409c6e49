"""The two typing rows under the transcript: what was said, and a note beside it.

Enter adds the line, for the adviser who types while listening; an Add button beside each
field does the same for the adviser who uses the mouse (walk 10, W10-6: Enter was the only
way, as the Timeline has its "Add note" button). A click puts the cursor back in the field,
so typing goes on there.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from adviser_desk.ui.common.keyboard import labelled


def add_button(
    field: QLineEdit, add: Callable[[], None], name: str, spoken: str, parent: QWidget
) -> QPushButton:
    """An Add button for ``field`` that runs ``add`` and returns to the field; enabled and
    shown as the window sets them (a closed or handed-over conversation takes nothing)."""
    button = QPushButton(QCoreApplication.translate("InterviewWindow", "Add"), parent)
    button.setObjectName(name)
    button.setAccessibleName(spoken)  # two "Add" buttons: a screen reader says which
    button.setAutoDefault(False)  # Enter in the fields adds through their own signal

    def clicked() -> None:
        add()
        field.setFocus()

    button.clicked.connect(clicked)
    return button


def entry_rows(
    window: QWidget,
    said: tuple[QLineEdit, QWidget, Callable[[], None]],
    note: tuple[QLineEdit, Callable[[], None]],
) -> tuple[QHBoxLayout, QHBoxLayout, QPushButton, QPushButton]:
    """The Said row (label, who speaks, field, Add) and the Note row (label, field, Add),
    with their two Add buttons. Nothing in the Said row changes size as the speaker
    switches, so Add stays where it was clicked (walk 12, W12-8)."""
    field, indicator, add_line = said
    note_field, add_note = note
    spoken_line = QCoreApplication.translate("InterviewWindow", "Add line")
    spoken_note = QCoreApplication.translate("InterviewWindow", "Add note")
    line_button = add_button(field, add_line, "add_line", spoken_line, window)
    note_button = add_button(note_field, add_note, "add_note", spoken_note, window)
    # Tab from a field goes to its own Add (walk F, WF-2: from Note it went to Said's Add, and
    # a line typed there next was entered as said).
    QWidget.setTabOrder(field, line_button)
    QWidget.setTabOrder(note_field, note_button)
    said_row = QHBoxLayout()
    said_row.addWidget(
        labelled(QCoreApplication.translate("InterviewWindow", "&Said:"), field, window)
    )
    said_row.addWidget(indicator)
    said_row.addWidget(field, 1)
    said_row.addWidget(line_button)
    note_row = QHBoxLayout()
    note_row.addWidget(
        labelled(QCoreApplication.translate("InterviewWindow", "N&ote:"), note_field, window)
    )
    note_row.addWidget(note_field, 1)
    note_row.addWidget(note_button)
    return said_row, note_row, line_button, note_button
