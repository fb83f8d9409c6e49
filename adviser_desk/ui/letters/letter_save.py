"""Save version is off while there is nothing new to save: the text shown is the letter's
newest version, unchanged (walk 6, W6-3: pressed right after the lock had saved version 1, it
made a version 2 identical to it). Its tooltip says so, and Ctrl+S says it in the status line
rather than doing nothing without a word. An older version opened from the list can still be
saved, as the newest, unchanged."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from adviser_desk.ui.common.read_only import edits_allowed

if TYPE_CHECKING:
    from adviser_desk.ui.letters.letter_editor import LetterEditor


class SaveGate(QObject):
    """Follows the editor's text and version; ``update`` after the editor shows or saves one."""

    def __init__(self, editor: LetterEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        button = editor.findChild(QPushButton, "save")
        key = editor.findChild(QAction, "save_key")
        assert button is not None and key is not None
        self.button = button
        key.triggered.connect(self._key_pressed)
        editor.editor.textChanged.connect(self.update)
        # After the editor's own slot has set the letter checked (a change to save).
        editor.text.details_checked.connect(self.update)

    def unchanged(self) -> int | None:
        """The number of the newest version when it is what the editor shows, unchanged."""
        editor, version = self.editor, self.editor.version
        if version is None or editor.modified or editor.checked != version.checked:
            return None
        newest = editor.versions.item(0)  # the list is newest first
        if newest is None or newest.data(Qt.ItemDataRole.UserRole) != version.version_id:
            return None
        return version.number

    def _said(self, number: int) -> str:
        return self.tr("No changes since version {n}.").format(n=number)

    @Slot()
    def update(self) -> None:
        if not edits_allowed(self.button):  # a handed-over case: off for good
            return
        number = self.unchanged()
        self.button.setEnabled(number is None)
        self.button.setToolTip("" if number is None else self._said(number))

    @Slot()
    def _key_pressed(self) -> None:
        number = self.unchanged()
        if number is not None and edits_allowed(self.button):
            self.editor.status.setText(self._said(number))
