"""Marking a stored item as possibly a sexual image of a minor: the warning, and the two
questions an image recorded as not kept at intake answers too, where it is now and who has
seen it (issue 11: marking after the fact asked neither, so the record and the evidence log
said "—" for both). Both must be answered, "unknown" included, as at intake (walk G2: here
they were still accepted empty). Removing cannot be undone, so it is never the default: Return
keeps the original for now, as Escape does, and either asks first when an answer was typed
(walk H, finding 5: once both were filled, a Return in "Who has seen it" removed it at once,
and Escape dropped the typed answers without a word). That question names what it does: the
file stays and the answers go (walk I, finding 7: "Discard?" in a form about removing B-002 read
as "throw the picture away"). The form shows the item's description, to be completed or
corrected, and asks for one when it has none (walk I, finding 13: a file removed without one
stayed as "Description: —", and with its bytes gone nobody could describe it any more). It is a
box of three wrapped lines, as in the viewer of a removed item (walk L, finding 15: on one
line only its last 60 characters showed, and it could not be read back before the step that
cannot be undone); Tab leaves it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon, QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QWidget,
)

from adviser_desk.domain.errors import KnownError
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.services.evidence_service import ItemRow
from adviser_desk.ui.common.discard import holds_typing, may_discard_answers
from adviser_desk.ui.common.form_dialog import FormDialog
from adviser_desk.ui.evidence.withheld_fields import WhereAndSeen

DESCRIPTION_MISSING = QT_TRANSLATE_NOOP(
    "errors",
    "Describe briefly what it shows, without keeping the image. Once the original is removed, "
    "the description is all that is left of it.",
)


class MarkDialog(FormDialog):
    """``text`` is the warning; ``row`` the item, whose description, where it is and who saw
    it the form shows."""

    def __init__(self, title: str, text: str, row: ItemRow, parent: QWidget | None = None) -> None:
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
        self.row = row
        # The description is edited here, prefilled: written at intake it may say "class photo"
        # of what turned out to be a sexual image, and with the bytes gone it is what the police
        # log shows (walk K, finding 30: it was read-only, unmarked, and typing went to Where).
        self.description = OneParagraph(row.description.strip(), self)
        self.description.setObjectName("description")
        self.description.setPlaceholderText(self.tr("what it shows, in words"))
        self.form.addRow(self.tr("&Description:"), self.description)
        self.asked = WhereAndSeen(self, row.location, row.seen_by)
        self.asked.add_rows(self.form)
        hint = QLabel(
            self.tr(
                "The description is what the evidence log for the police will show: add to it "
                "or correct it (what can be seen, without keeping the image). Where it is and "
                "who has seen it are kept with the item and printed there too."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.form.addRow("", hint)
        self.where, self.seen_by = self.asked.fields()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(QCoreApplication.translate("EvidenceWithholdActions", "Remove stored original"))
        keep = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        keep.setText(QCoreApplication.translate("EvidenceWithholdActions", "Keep for now"))
        _button_icons(ok, keep)
        # Return in a field keeps; Return on the Remove button, focused by Tab, removes (a
        # focused button takes Return, as everywhere).
        keep.setDefault(True)
        self.finish_layout()
        # Typing starts in the description, after what it says already; Tab goes on to Where.
        QWidget.setTabOrder(self.description, self.where)
        QWidget.setTabOrder(self.where, self.seen_by)
        self.description.setFocus()
        # After what it says already, nothing selected: the first key typed adds to it. A box
        # keeps its cursor when Tab comes back to it, where a line field selected all of it
        # and the next key replaced the description (walk L, finding 3).
        self.description.moveCursor(QTextCursor.MoveOperation.End)

    def reject(self) -> None:
        """Keep for now, Escape or Return: asks first when an answer was typed here."""
        names = [self.tr("description"), self.tr("where"), self.tr("who")]
        typed = holds_typing([self.description, self.where, self.seen_by], typed_only=True)
        if not typed or may_discard_answers(
            self,
            self.tr("Answers not saved"),
            self.tr("Keep {number} for now and discard your answers ({fields})?").format(
                number=self.row.number, fields=", ".join(names[i] for i in typed)
            )
            + "\n\n"
            + (
                self.tr("{number} stays stored and still waits for the question about minors.")
                if self.row.waits_for_answer
                else self.tr("The stored original of {number} stays in the case file.")
            ).format(number=self.row.number),
            self.tr("&Discard answers, keep file"),
        ):
            super().reject()

    def apply(self) -> None:
        """An empty answer is refused with the intake's message, the focus in it; an empty
        description with its own."""
        if not self.description.text():
            self.description.setFocus()
            raise KnownError(DESCRIPTION_MISSING)
        self.asked.require()

    def answers(self) -> tuple[str, str, str]:
        """Where it is, who saw it, and the description as it stands in the form."""
        return (
            self.where.text().strip(),
            self.seen_by.text().strip(),
            self.description.text(),
        )


class OneParagraph(QPlainTextEdit):
    """A description of three wrapped lines that stays one paragraph, as it is written at
    intake and shown in the evidence list's one row: Return and Enter start no new line but
    do what they do in the form's other fields (the default button, Keep for now, which asks
    before dropping what was typed); with Ctrl or Shift they do nothing. Pasted line breaks
    become spaces in ``text``."""

    LINES = 3

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        margins = self.contentsMargins()
        frame = 2 * self.frameWidth() + margins.top() + margins.bottom()
        document = int(2 * self.document().documentMargin())
        self.setFixedHeight(self.fontMetrics().lineSpacing() * self.LINES + frame + document)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # to the dialog: its default button, for a Return with no modifier
            return
        super().keyPressEvent(event)

    def text(self) -> str:
        """The description as one paragraph, line breaks (pasted) made spaces, trimmed."""
        return " ".join(line.strip() for line in self.toPlainText().splitlines() if line.strip())


def _button_icons(remove: QPushButton, keep: QPushButton) -> None:
    """Where the platform puts icons on dialog buttons, OK's green tick went on Remove and
    Cancel's red cross on Keep, which at a glance read as "delete" (walk I, finding 8): Remove
    shows a waste bin, Keep none."""
    style = remove.style()
    if style.styleHint(QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons, None, remove):
        remove.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon, None, remove))
    else:
        remove.setIcon(QIcon())
    keep.setIcon(QIcon())
