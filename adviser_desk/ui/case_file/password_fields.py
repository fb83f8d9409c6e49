"""A new password typed twice, with a strength bar and the minimum explained."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QWidget

from adviser_desk.domain import password_policy
from adviser_desk.domain.password_policy import STRENGTH_LABELS, Strength
from adviser_desk.ui.common import theme
from adviser_desk.ui.common.keyboard import name_fields

_COLOURS = {
    Strength.TOO_SHORT: "danger",
    Strength.WEAK: "danger",
    Strength.FAIR: "warning",
    Strength.GOOD: "good",
    Strength.STRONG: "good",
}


class NewPasswordFields(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setObjectName("new_password")
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setObjectName("repeat_password")
        self.meter = QProgressBar(self)
        self.meter.setRange(0, int(Strength.STRONG))
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(10)
        self.meter_label = QLabel(self)
        self.meter_label.setObjectName("strength")
        meter_row = QHBoxLayout()
        meter_row.addWidget(self.meter, 1)
        meter_row.addWidget(self.meter_label)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.form = layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("&New password:"), self.password)
        layout.addRow(self.tr("&Repeat password:"), self.repeat)
        layout.addRow(self.tr("Strength:"), meter_row)
        layout.addRow("", self.hint)
        name_fields(layout)
        self.password.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self._update()

    def lead_with(self, label: str, field: QWidget) -> None:
        """``field`` as the first row of this form (the current password, the adviser's
        name), so its label and field line up with the rows below (walk 12, W12-6, W12-7:
        in a form of its own it started further left, with an empty band under it)."""
        field.setParent(self)
        self.form.insertRow(0, label, field)
        name_fields(self.form)

    def _update(self) -> None:
        assessment = password_policy.assess(self.password.text())
        self.meter.setValue(int(assessment.strength))
        self.meter_label.setText(
            QCoreApplication.translate("password", STRENGTH_LABELS[assessment.strength])
        )
        chunk = theme.color(_COLOURS[assessment.strength]).name()
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {chunk}; }}")
        self.hint.setText(self.problem() or self.tr("The passwords match."))
        self.changed.emit()

    def problem(self) -> str:
        """Why the password cannot be used yet, or an empty string."""
        text = self.password.text()
        assessment = password_policy.assess(text)
        if assessment.strength == Strength.TOO_SHORT:
            return self.tr("Use at least %n characters.", "", password_policy.MIN_LENGTH)
        if not assessment.acceptable:
            return self.tr(
                "Too easy to guess. Add words or characters; a short sentence works well."
            )
        if text != self.repeat.text():
            return self.tr("The two passwords are not the same yet.")
        return ""

    def is_acceptable(self) -> bool:
        return not self.problem()

    def value(self) -> str:
        return self.password.text()

    def clear(self) -> None:
        self.password.clear()
        self.repeat.clear()
