"""Lists whose rows have buttons (View, Open…, Edit…, Remove): a row is selected when the
adviser arrives by keyboard, and the row buttons are on only while a row is selected.

Re-walk N1: the Evidence tab opened with nothing selected, so Enter on the list did nothing and
a keyboard user was stuck; Qt's own focus-in only sets a current row, without selecting it.
Re-walk N2: View, Open…, Edit… and Remove were on with nothing selected and did nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QAbstractItemView, QWidget

from adviser_desk.ui.common.read_only import edits_allowed


def select_current_or_first(view: QAbstractItemView) -> None:
    """Selects the current row, or else the first, when the list has rows and none is
    selected; a selection the adviser made stays as it is."""
    model, selection = view.model(), view.selectionModel()
    if model is None or selection is None or model.rowCount() == 0 or selection.hasSelection():
        return
    current = view.currentIndex()
    row = current.row() if current.isValid() else 0
    # setCurrentIndex selects as a click does (the whole row, for a table of rows).
    view.setCurrentIndex(model.index(row, 0))


class _SelectOnKeyboardFocus(QObject):
    """Arriving in the list by Tab, Shift+Tab or a mnemonic selects a row, so Enter opens it.
    A mouse click selects the row it hits by itself."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.FocusIn
            and isinstance(event, QFocusEvent)
            and event.reason() != Qt.FocusReason.MouseFocusReason
            and isinstance(watched, QAbstractItemView)
        ):
            select_current_or_first(watched)
        return False


def row_buttons(view: QAbstractItemView, *buttons: QWidget) -> None:
    """``buttons`` act on the selected row: they are on only while a row is selected, also
    after the list is read again, a row removed or a filter applied. A row is selected when
    the list gets the keyboard focus. Call once the view has its model."""
    model, selection = view.model(), view.selectionModel()
    assert model is not None and selection is not None, "row_buttons needs the view's model"

    def follow(*_args: object) -> None:
        on = selection.hasSelection()
        for button in buttons:
            # A button that edits stays off on a case kept read-only (common/read_only.py).
            button.setEnabled(on and edits_allowed(button))

    selection.selectionChanged.connect(follow)
    # A model reset (a list read again) and removed rows clear the selection without
    # emitting selectionChanged.
    for signal in (model.modelReset, model.rowsRemoved, model.layoutChanged):
        signal.connect(follow)
    follow()
    select_on_keyboard_focus(view)


def select_on_keyboard_focus(view: QAbstractItemView) -> None:
    """Arriving in ``view`` by keyboard selects its current or first row."""
    view.installEventFilter(_SelectOnKeyboardFocus(view))
