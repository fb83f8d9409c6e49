"""The choices above the letter (its kind, who sends it, its language) and what the text shown
was drafted for. Changing a choice drafts the letter again; when the adviser keeps the text
instead, the choices go back to the ones the text was drafted for, so the kind shown is always
the kind of the text: it is the kind the letter is saved, listed and named as (walk 5, W5-1: a
parents' letter kept under "Stop letter" was filed and offered the stop letter's PDF name)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSignalBlocker
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget


@dataclass(frozen=True)
class Drafted:
    """The value of each choice (kind, sender, language) when the text was drafted or loaded."""

    values: tuple[object, ...]


def drafted_for(combos: tuple[QComboBox, ...]) -> Drafted:
    return Drafted(tuple(combo.currentData() for combo in combos))


def put_back(combos: tuple[QComboBox, ...], drafted: Drafted) -> None:
    """Shows the choices the text was drafted for again, without drafting anew."""
    for combo, value in zip(combos, drafted.values, strict=True):
        with QSignalBlocker(combo):
            combo.setCurrentIndex(combo.findData(value))


def replace_asked(parent: QWidget) -> bool:
    """The adviser agrees to replace edited text with a new draft. No is the default: Enter
    keeps the text (walk 5, W5-17: Enter threw the adviser's edits away)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("LetterEditor", "New draft"),
        QCoreApplication.translate(
            "LetterEditor", "Replace the text with a new draft? Unsaved changes are lost."
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def letter_title(kind: str, case_number: str) -> str:
    """The editor's window title names the letter and its case (walk 5, W5-15: it said only
    "Letter", and so did a list of windows and the lock page)."""
    return QCoreApplication.translate("LetterEditor", "{kind} — case {number}").format(
        kind=kind, number=case_number
    )
