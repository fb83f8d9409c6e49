"""The Letters tab of a case: its letters with their versions, and new drafts."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.domain import letters as dl
from adviser_desk.services.letter_service import LetterService
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common import theme
from adviser_desk.ui.common.focus_show import set_first_action
from adviser_desk.ui.common.keyboard import enter_opens, screen_order
from adviser_desk.ui.common.read_only import allow_edits
from adviser_desk.ui.common.selection import row_buttons
from adviser_desk.ui.letters.letter_editor import LetterEditor
from adviser_desk.ui.letters.letter_place import LetterPlace, place_of, restore


class LettersTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.letters: LetterService | None = None
        self.case_id: int | None = None
        self.editor: LetterEditor | None = None
        self.list = QListWidget(self)
        self.list.setObjectName("letter_list")
        self.list.itemDoubleClicked.connect(self._open_item)
        # Not itemActivated: it fires on the double click too and opened a second editor.
        enter_opens(self.list, lambda: self._open_item(self.list.currentItem()))
        self.new_button = new = QPushButton(self.tr("New letter…"), self)
        set_first_action(self, self.new_button)  # its letter starts here (W11-2)
        new.setObjectName("new_letter")
        new.clicked.connect(self.new_letter)
        self.open_button = open_button = QPushButton(self.tr("Open…"), self)
        open_button.setObjectName("open_letter")
        open_button.clicked.connect(self.open_letter)
        # Without a selected letter Open… did nothing at all (walker F18): it says so by
        # being off until a letter is selected.
        row_buttons(self.list, open_button)
        row = QHBoxLayout()
        row.addWidget(new)
        row.addWidget(open_button)
        row.addStretch(1)
        hint = QLabel(
            self.tr(
                "Stop letters, a takedown request and the school's standard letters, drafted "
                "from this case. Every saved version stays in the encrypted case file."
            ),
            self,
        )
        hint.setWordWrap(True)
        theme.set_role(hint, "hint")
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        screen_order(new, open_button, self.list)

    def set_read_only(self, read_only: bool) -> None:
        allow_edits((self.new_button,), not read_only)

    def show_case(self, letters: LetterService, case_id: int) -> None:
        self.letters, self.case_id = letters, case_id
        self.reload()

    def clear(self) -> None:
        if self.editor is not None:
            self.editor.close()
        self.letters = self.case_id = None
        self.list.clear()

    def reload(self) -> None:
        """The case's letters; the letter selected stays selected (the list is read again
        when the editor closes, and Open… would otherwise be off again)."""
        kept = [item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]
        self.list.clear()
        if self.letters is None or self.case_id is None:
            return
        for letter in self.letters.letters(self.case_id):
            last = letter.versions[-1] if letter.versions else None
            when = fmt.date_time_text(last.saved_at) if last else ""
            label = self.tr("{title} — version {n}, {when}").format(
                title=letter.title, n=last.number if last else 0, when=when
            )
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, letter.letter_id)
            if letter.letter_id in kept:
                self.list.setCurrentItem(item)

    def _open(self, letter_id: int | None, place: LetterPlace | None = None) -> None:
        if self.letters is None or self.case_id is None:
            return
        kind = None if place is None else dl.LetterKind(place.kind)
        self.editor = LetterEditor(self.letters, self.case_id, kind, letter_id, self)
        if place is not None:
            restore(self.editor, place)
        self.editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor.finished.connect(lambda _r: self.reload())
        self.editor.destroyed.connect(self._forget)
        self.editor.open()

    def keep_open_editor(self) -> tuple[LetterPlace | None, str | None]:
        """Before locking: the open editor's unsaved edits are saved as a version, and where
        it was is noted, to open it again after unlocking (walk 4: the lock closed it and it
        stayed closed, while the interview window came back). Returns the place (None: no
        editor open) and the lock page's sentence (None: nothing needed saving)."""
        editor = self.editor
        if editor is None or not editor.isVisible():
            return None, None
        said = editor.keep_unsaved()
        return place_of(editor), said

    def reopen_soon(self, place: LetterPlace | None) -> None:
        """Opens the editor again at the same letter once the unlock has finished."""
        if place is not None:
            QTimer.singleShot(0, self, lambda: self._reopen(place))

    def _reopen(self, place: LetterPlace) -> None:
        # Only on its own case (it may have been purged meanwhile), and never a second editor.
        if self.case_id != place.case_id or self.editor is not None:
            return
        if place.letter_id is not None and self.letters is not None:
            known = {row.letter_id for row in self.letters.letters(place.case_id)}
            if place.letter_id not in known:
                return
        self._open(place.letter_id, place)

    def _forget(self) -> None:
        self.editor = None
        self.reload()

    @Slot()
    def new_letter(self) -> None:
        self._open(None)

    @Slot()
    def open_letter(self) -> None:
        # The selected letter, the one the enabled Open… button stands for.
        items = self.list.selectedItems()
        if items:
            self._open_item(items[0])

    def _open_item(self, item: QListWidgetItem | None) -> None:
        """Enter or a double click on a row opens that row's letter."""
        if item is not None:
            self._open(item.data(Qt.ItemDataRole.UserRole))
