"""Where the letter editor was when the case file locked, so that unlocking opens it again at
the same letter: which letter and version, or for a letter never saved its kind, sender and
language, and the window's place on screen. Only ids and choices: the text itself is in the
case file (the lock saved unsaved edits as a version first), never in memory while locked."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt

if TYPE_CHECKING:
    from adviser_desk.ui.letters.letter_editor import LetterEditor


@dataclass(frozen=True)
class LetterPlace:
    case_id: int
    letter_id: int | None  # None: a fresh draft, not saved (nothing was typed in it)
    version_id: int | None  # the saved version shown (an older one may have been opened)
    kind: str
    sender: str
    language: str
    geometry: QByteArray


def place_of(editor: LetterEditor) -> LetterPlace:
    """Taken after the lock saved the editor's unsaved edits, so a letter with typed text
    has its letter and version."""
    version = editor.version
    return LetterPlace(
        editor.case_id,
        editor.letter_id,
        None if version is None else version.version_id,
        str(editor.kind.currentData()),
        str(editor.sender_choice.currentData()),
        str(editor.language.currentData()),
        editor.saveGeometry(),
    )


def restore(editor: LetterEditor, place: LetterPlace) -> None:
    """Before the editor shows: the version it showed, or a fresh draft as it was chosen, in
    the same place on screen."""
    editor.restoreGeometry(place.geometry)
    if place.letter_id is None:
        # A fresh draft again, for the same sender and language (changing them redrafts; no
        # edits to lose, since an edited draft was saved and so has a letter).
        for combo, value in (
            (editor.sender_choice, place.sender),
            (editor.language, place.language),
        ):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        return
    if place.version_id is not None and (
        editor.version is None or editor.version.version_id != place.version_id
    ):
        for row in range(editor.versions.count()):
            item = editor.versions.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == place.version_id:
                editor.versions.setCurrentItem(item)
                editor.load_version(item)
