"""The two questions about an image that is not kept because it may be a sexual image of a
minor: where it is now and who has seen it. Asked when such an image is recorded at intake
(IntakeDialog) and when a stored item is marked so later (MarkDialog), with the same fields
and words; the strings keep the intake dialog's translation context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget


class WhereAndSeen:
    """ "Where it is" (a URL, platform, account, which phones) and "Who has seen it"."""

    def __init__(self, parent: QWidget, where: str = "", seen_by: str = "") -> None:
        self.where = QLineEdit(where, parent)
        self.where.setObjectName("where")
        self.where.setPlaceholderText(
            QCoreApplication.translate("IntakeDialog", "URL, platform, account, which phones")
        )
        self.seen_by = QLineEdit(seen_by, parent)
        self.seen_by.setObjectName("seen_by")

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(QCoreApplication.translate("IntakeDialog", "&Where it is:"), self.where)
        form.addRow(QCoreApplication.translate("IntakeDialog", "Who has s&een it:"), self.seen_by)

    def fields(self) -> tuple[QLineEdit, QLineEdit]:
        return self.where, self.seen_by
