"""Small input widgets for case data: incident types, yes/no/unknown, enum choices, dates
(a moment that happened earlier is ui/common/earlier_time.py)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from enum import StrEnum
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QWidget,
)

from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common.date_typing import finish_typing, typable

E = TypeVar("E", bound=StrEnum)


def compact(combo: QComboBox, characters: int = 12) -> QComboBox:
    """Lets a combo box with long entries shrink, so forms fit 1280 px at 150 % scaling."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


tr_label = fmt.translate


class ChoiceCombo(QComboBox, Generic[E]):
    """A combo box over an enum, showing translated labels."""

    def __init__(self, labels: Mapping[E, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        compact(self)
        for value, label in labels.items():
            self.addItem(tr_label("cases", label), value.value)
        self._type = type(next(iter(labels)))

    def value(self) -> E:
        return self._type(self.currentData())

    def set_value(self, value: E) -> None:
        self.setCurrentIndex(max(0, self.findData(value.value)))


class YesNoCombo(QComboBox):
    """Yes, no, or not known: the questions about scope often have no answer yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        compact(self, 8)
        self.addItem(QCoreApplication.translate("case_widgets", "Not known"), None)
        self.addItem(QCoreApplication.translate("case_widgets", "Yes"), True)
        self.addItem(QCoreApplication.translate("case_widgets", "No"), False)

    def value(self) -> bool | None:
        data = self.currentData()
        return None if data is None else bool(data)

    def set_value(self, value: bool | None) -> None:
        self.setCurrentIndex(0 if value is None else 1 if value else 2)


class CheckGroup(QWidget, Generic[E]):
    """Checkboxes for a set of enum values, in columns."""

    changed = Signal()

    def __init__(
        self, labels: Mapping[E, str], columns: int = 2, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[E, QCheckBox] = {}
        for i, (value, label) in enumerate(labels.items()):
            box = QCheckBox(tr_label("cases", label), self)
            box.setObjectName(f"check_{value.value}")
            box.toggled.connect(self.changed)
            grid.addWidget(box, i // columns, i % columns)
            self.boxes[value] = box
        # The row's label (and its mnemonic) lands on the first box; Tab goes on from there.
        first = next(iter(self.boxes.values()), None)
        if first is not None:
            self.setFocusProxy(first)
            # A label's letter moves the focus only to a buddy that takes focus itself (walk
            # 11: Alt+P of "What ha&ppened:" did nothing); Tab still stops at each box once.
            self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def values(self) -> list[E]:
        return [value for value, box in self.boxes.items() if box.isChecked()]

    def set_values(self, values: Iterable[E]) -> None:
        chosen = set(values)
        for value, box in self.boxes.items():
            box.setChecked(value in chosen)


class OptionalDate(QWidget):
    """A date that may be left empty (a checkbox switches it on)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(self)
        self.edit = typable(QDateEdit(self))
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(fmt.date_edit_format())
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.enabled.toggled.connect(self.edit.setEnabled)
        # The row's label (and its mnemonic) lands on the check box that switches the date on,
        # or on the date once it is on: Alt+letter and typing a date changes it (walk 18,
        # W18-1). A label's letter reaches only a buddy that takes focus; Tab skips this
        # widget itself for its focus proxy.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setFocusProxy(self.enabled)
        self.enabled.toggled.connect(self._proxy)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.enabled, 0, 0)
        grid.addWidget(self.edit, 0, 1)
        grid.setColumnStretch(1, 1)

    def _proxy(self, on: bool) -> None:
        self.setFocusProxy(self.edit if on else self.enabled)

    def value(self) -> date | None:
        if not self.enabled.isChecked():
            return None
        finish_typing(self.edit)
        picked: date = self.edit.date().toPython()  # type: ignore[assignment]
        return picked

    def shown(self) -> date | None:
        """The date as shown, without taking what is being typed (value() does): to tell
        whether the adviser changed it since the dialog opened."""
        if not self.enabled.isChecked():
            return None
        shown: date = self.edit.date().toPython()  # type: ignore[assignment]
        return shown

    def set_value(self, value: date | None) -> None:
        self.enabled.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))
