"""Evidence > Add > Web address…: one form with the address and what the adviser knows of it.

It replaced two small input boxes asked one after the other (walker: too small, the address
cut off, no room to say what is there). A wrong address is said in a message and the form
stays open with everything typed.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from adviser_desk.ui.common import theme
from adviser_desk.ui.common.discard import may_discard
from adviser_desk.ui.common.earlier_time import EarlierTimeEdit, earlier_moment, earlier_time
from adviser_desk.ui.common.form_dialog import FormDialog

if TYPE_CHECKING:
    from adviser_desk.services.evidence_service import EvidenceService, ItemRow


class UrlDialog(FormDialog):
    """Records the web address as evidence of ``case_id`` on OK (``added`` is the new row)."""

    def __init__(self, service: EvidenceService, case_id: int, parent: QWidget | None) -> None:
        super().__init__(self.tr("Add web address"), parent, 640)
        self.setObjectName("url_dialog")
        self.service, self.case_id = service, case_id
        self.added: ItemRow | None = None
        note = QLabel(
            self.tr(
                "Copy the address from the browser's address bar. Only the address is stored, "
                "not the page: take a screenshot as well if it may disappear."
            ),
            self,
        )
        note.setWordWrap(True)
        theme.set_role(note, "hint")
        self.layout_.insertWidget(0, note)
        self.url = QLineEdit(self)
        self.url.setObjectName("url")
        self.url.setPlaceholderText("https://…")
        self.description = QLineEdit(self)
        self.description.setObjectName("description")
        self.description.setPlaceholderText(self.tr("e.g. fake account posting the photo"))
        self.source = QLineEdit(self)
        self.source.setObjectName("source")
        self.source.setPlaceholderText(self.tr("e.g. sent by a classmate, found by the adviser"))
        self.observed = QCheckBox(self.tr("Seen &at:"), self)
        self.observed_at = EarlierTimeEdit(self)
        self.observed_at.setAccessibleName(self.tr("Seen at"))
        earlier_time(self.observed, self.observed_at)
        observed_row = QHBoxLayout()
        observed_row.addWidget(self.observed)
        observed_row.addWidget(self.observed_at, 1)
        self.form.addRow(self.tr("Web &address:"), self.url)
        self.form.addRow(self.tr("&What is there:"), self.description)
        self.form.addRow(self.tr("&Provided by / how:"), self.source)
        self.form.addRow("", observed_row)
        self.layout_.addStretch(1)
        self.finish_layout()
        self.ok = self.buttons.button(self.buttons.StandardButton.Ok)
        self.ok.setText(self.tr("Add"))
        self.url.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        self.ok.setEnabled(False)
        self.url.setFocus()

    def reject(self) -> None:
        # Escape, Cancel and the close button: what was typed is not lost unasked, as in the
        # other forms (walk G2, finding 8). A pasted address alone was not typed: a stray paste
        # is cancelled without a question.
        fields = [self.url, self.description, self.source]
        if may_discard(self, fields, typed_only=True, changed=self.observed.isChecked()):
            super().reject()

    def observed_utc(self) -> datetime | None:
        return earlier_moment(self.observed, self.observed_at)

    def apply(self) -> None:
        self.added = self.service.add_url(
            self.case_id,
            self.url.text(),
            self.description.text().strip(),
            source=self.source.text().strip(),
            observed_at=self.observed_utc(),
        )
