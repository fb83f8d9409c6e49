"""View on an image that was deliberately not kept: what was recorded instead of it.

The image itself never entered the case file (it may be a sexual image of a minor); what the
police and Helpwanted need was recorded in its place. This window shows all of that, read
only: why it was not kept, the description, where it is, who saw it and who provided it (and
how), the file's name and
type, when it was seen and when (and by whom) it was recorded, and its SHA-256. Fields are
read-only but can be selected and copied (the SHA-256 for a report to the police).
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.services.evidence_service import ItemRow
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common import theme
from adviser_desk.ui.common.fit import ScrollingArea
from adviser_desk.ui.common.keyboard import name_fields, tab_leaves


class WithheldRecord(QDialog):
    """What is recorded about a withheld image; nothing to change, only Close."""

    def __init__(self, row: ItemRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("withheld_record")
        self.setWindowTitle(self.tr("{number} — image not kept").format(number=row.number))
        self.setMinimumWidth(560)
        why = QLabel(
            self.tr(
                "This image was deliberately not kept: it may be a sexual image of someone "
                "under 18, and keeping it is a criminal offence, even as evidence. What the "
                "police and Helpwanted need is recorded below instead. Do not ask for the "
                "image and do not make a copy."
            ),
            self,
        )
        why.setObjectName("why_not_kept")
        why.setWordWrap(True)
        theme.set_role(why, "danger_banner")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        observed = fmt.date_time_text(row.observed_at) if row.observed_at else ""
        recorded = self.tr("{when} by {who}").format(
            when=fmt.date_time_text(row.recorded_at), who=row.collector
        )
        received = f"{row.original_name} ({row.mime})" if row.mime else row.original_name
        for name, label, value, lines in (
            ("description", self.tr("&Description:"), row.description, 3),
            ("where", self.tr("&Where it is:"), row.location, 2),
            ("seen_by", self.tr("Who has s&een it:"), row.seen_by, 2),
            ("source", self.tr("&Provided by / how:"), row.source, 1),
            ("received", self.tr("File &received:"), received, 1),
            ("observed", self.tr("Seen o&n:"), observed, 1),
            ("recorded", self.tr("Re&corded:"), recorded, 1),
            ("sha256", self.tr("&SHA-256:"), row.sha256 or "", 1),
        ):
            field = self._field(name, value or "—", lines)
            form.addRow(label, field)
            self.fields[name] = field
        sha = self.fields["sha256"]
        sha.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        # All 64 digits in view: a cut-off hash reads as if it were complete.
        sha.setMinimumWidth(sha.fontMetrics().horizontalAdvance("0" * 64) + 16)
        sha.setToolTip(
            self.tr(
                "The fingerprint of the file that was received: with it the police or "
                "Helpwanted can recognise the same image without anyone keeping it here."
            )
        )
        name_fields(form)
        tab_leaves(*self.findChildren(QPlainTextEdit))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(why)
        inner.addLayout(form)
        inner.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(ScrollingArea(content, self), 1)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)

    def _field(self, name: str, value: str, lines: int) -> QWidget:
        """A read-only field: selectable and copyable, reachable by Tab, never editable."""
        if lines == 1:
            line = QLineEdit(value, self)
            line.setReadOnly(True)
            line.setCursorPosition(0)
            line.setObjectName(name)
            return line
        box = QPlainTextEdit(value, self)
        box.setReadOnly(True)
        box.setObjectName(name)
        height = box.fontMetrics().lineSpacing() * lines + 12
        box.setFixedHeight(height)
        return box
