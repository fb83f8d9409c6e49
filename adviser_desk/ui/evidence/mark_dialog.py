"""Marking a stored item as possibly a sexual image of a minor: the warning, and the two
questions an image recorded as not kept at intake answers too, where it is now and who has
seen it (issue 11: marking after the fact asked neither, so the record and the evidence log
said "—" for both). Both must be answered, "unknown" included, as at intake (walk G2: here
they were still accepted empty). Removing cannot be undone, so it is never the default: Return
keeps the original for now, as Escape does, and either asks first when an answer was typed
(walk H, finding 5: once both were filled, a Return in "Who has seen it" removed it at once,
and Escape dropped the typed answers without a word)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QStyle, QWidget

from adviser_desk.ui.common.discard import may_discard
from adviser_desk.ui.common.form_dialog import FormDialog
from adviser_desk.ui.evidence.withheld_fields import WhereAndSeen


class MarkDialog(FormDialog):
    """``text`` is the warning; ``where`` and ``seen_by`` what the item says already."""

    def __init__(
        self, title: str, text: str, where: str, seen_by: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent, 560)
        self.setObjectName("withhold_dialog")
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(warning.pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        label = QLabel(text, self)
        label.setObjectName("warning")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(label, 1)
        self.layout_.insertLayout(0, top)
        self.asked = WhereAndSeen(self, where, seen_by)
        self.asked.add_rows(self.form)
        hint = QLabel(self.tr("Both are kept with the item and printed in the evidence log."), self)
        hint.setWordWrap(True)
        self.form.addRow("", hint)
        self.where, self.seen_by = self.asked.fields()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(QCoreApplication.translate("EvidenceWithholdActions", "Remove stored original"))
        keep = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        keep.setText(QCoreApplication.translate("EvidenceWithholdActions", "Keep for now"))
        # Return in a field keeps; Return on the Remove button, focused by Tab, removes (a
        # focused button takes Return, as everywhere).
        keep.setDefault(True)
        self.finish_layout()

    def reject(self) -> None:
        """Keep for now, Escape or Return: asks first when an answer was typed here."""
        if may_discard(self, [self.where, self.seen_by], typed_only=True):
            super().reject()

    def apply(self) -> None:
        """An empty answer is refused with the intake's message, the focus in it."""
        self.asked.require()

    def answers(self) -> tuple[str, str]:
        return self.where.text().strip(), self.seen_by.text().strip()
