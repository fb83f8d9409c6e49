"""A form with OK and Cancel whose ``apply`` validates and saves; errors keep it open."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.ui.common.date_typing import finish_typing
from adviser_desk.ui.common.discard import may_discard_changes
from adviser_desk.ui.common.errors import known_errors
from adviser_desk.ui.common.fit import ScrollingArea, grow_to_content
from adviser_desk.ui.common.focus_show import show_focus
from adviser_desk.ui.common.keyboard import name_fields, tab_leaves


class FormDialog(QDialog):
    """OK/Cancel around a form; subclasses validate and save in ``apply`` (errors stay open)."""

    def __init__(self, title: str, parent: QWidget | None = None, width: int = 520) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(width)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        # The form scrolls on a small screen; OK and Cancel stay in view below it.
        content = QWidget(self)
        self.layout_ = QVBoxLayout(content)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addLayout(self.form)
        self.outer = QVBoxLayout(self)
        self.outer.addWidget(ScrollingArea(content, self), 1)
        self._as_opened: object = None  # snapshot() when first shown

    def finish_layout(self) -> None:
        self.outer.addWidget(self.buttons)
        name_fields(self.form)
        tab_leaves(*self.findChildren(QPlainTextEdit))
        if self.focusWidget() is None:
            self._focus_first_field()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._as_opened is None:
            self._as_opened = self.snapshot()
        grow_to_content(self)  # all fields in view when the screen has room for them
        # The field the dialog opens in shows its ring, as after Tab: Qt draws it only once
        # the keyboard moved the focus, and a combo box, a radio button or a multi-line field
        # then shows nothing else (walk 11, W11-7: New conversation, Close conversation and
        # Close case opened with no focus to be seen; a line field shows its caret).
        QTimer.singleShot(0, self, self._show_focus)

    def _show_focus(self) -> None:
        focus = self.focusWidget()
        if focus is not None and self.isVisible():
            show_focus(focus)

    def _focus_first_field(self) -> None:
        """The dialog opens in its first field, ready to type. Without this the focus went to
        OK, made before the fields (walk 4, W7: typed text in Hand over evidence went nowhere)."""
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            field = item.widget() if item is not None else None
            if field is None or field.isHidden() or not field.isEnabled():
                continue
            target = field.focusProxy() or field
            if target.focusPolicy() & Qt.FocusPolicy.TabFocus:
                target.setFocus()
                return

    def apply(self) -> None:
        raise NotImplementedError

    def snapshot(self) -> object:
        """What the fields hold, for an edit dialog that asks before Escape or Cancel drops
        changes to them (None: closes without asking, as short forms do)."""
        return None

    def reject(self) -> None:
        opened = self._as_opened
        if opened is not None and self.snapshot() != opened and not may_discard_changes(self):
            return  # Keep editing
        super().reject()

    @Slot()
    def _ok(self) -> None:
        with known_errors(self, self.windowTitle()) as attempt:
            finish_typing(self)  # a date field's typing that is not a date
            self.apply()
        if attempt.failed:
            return
        self.accept()
