"""The two questions about an image that is not kept because it may be a sexual image of a
minor: where it is now and who has seen it. Asked when such an image is recorded at intake
(IntakeDialog) and when a stored item is marked so later (MarkDialog), with the same fields
and words; the strings keep the intake dialog's translation context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from adviser_desk.domain.errors import KnownError
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP

# "Yes, or I am not sure" at intake records a file not kept: where it is and who saw it are
# what the record is for (walk G, finding 6: all three were accepted empty). "Unknown" is an
# answer; an empty field is not.
WHERE_MISSING = QT_TRANSLATE_NOOP(
    "errors",
    "Fill in where it is: a web address, platform, account or which phones hold it. It is kept "
    "in the record of the file not kept. If you do not know, write ‘unknown’.",
)
SEEN_MISSING = QT_TRANSLATE_NOOP(
    "errors",
    "Fill in who has seen it. It is kept in the record of the file not kept. If you do not "
    "know, write ‘unknown’.",
)


# "Yes, or I am not sure" at intake: the file is never stored, so its description is all that
# will ever say what it showed (walk J, finding 16: the intake form accepted it empty, so the
# record read "Description: —", as the removal form did before walk I, finding 13).
DESCRIPTION_MISSING = QT_TRANSLATE_NOOP(
    "errors",
    "Describe briefly what it shows, without keeping the image. The file is not kept: the "
    "description is all that is left of it.",
)


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
        self.seen_by.setPlaceholderText(
            QCoreApplication.translate("IntakeDialog", "names or roles, or ‘unknown’")
        )

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(QCoreApplication.translate("IntakeDialog", "&Where it is:"), self.where)
        form.addRow(QCoreApplication.translate("IntakeDialog", "Who has s&een it:"), self.seen_by)

    def fields(self) -> tuple[QLineEdit, QLineEdit]:
        return self.where, self.seen_by

    def require(self) -> None:
        """Refuses an empty answer, with the focus in the first empty field."""
        for field, template in ((self.where, WHERE_MISSING), (self.seen_by, SEEN_MISSING)):
            if not field.text().strip():
                field.setFocus()
                raise KnownError(template)
