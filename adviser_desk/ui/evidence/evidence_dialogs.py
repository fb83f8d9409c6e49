"""Dialogs of the Evidence tab: what to record with new files (and the question about minors),
the in-app image viewer, and a copied message."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut, QShowEvent, QTransform
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.domain.errors import KnownError
from adviser_desk.services import evidence_service as esvc
from adviser_desk.services.evidence_intake import Intake, viewable_png
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common.discard import holds_typing, may_discard, may_discard_answers
from adviser_desk.ui.common.earlier_time import EarlierTimeEdit, earlier_moment, earlier_time
from adviser_desk.ui.common.errors import known_errors
from adviser_desk.ui.common.fit import (
    FRAME_ALLOWANCE,
    ROUNDING_SLACK,
    ScrollingArea,
    available,
)
from adviser_desk.ui.common.form_dialog import FormDialog
from adviser_desk.ui.common.keyboard import name_fields, plain, tab_leaves
from adviser_desk.ui.evidence.withheld_fields import DESCRIPTION_MISSING, WhereAndSeen

_t = fmt.translate


def _wrapped(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class IntakeDialog(FormDialog):
    """Description, source and time for new evidence, and the question about minors.

    The question is the most important one in the app: every file that may hold a picture or a
    film waits for it in a sexual case, or once the adviser marks the files as possibly
    sexual. Its labels wrap and the dialog grows to show all of it (it scrolls only on a
    screen too small for it); nothing of it is ever hidden behind another widget.
    """

    MAX_NAMES = 5

    def __init__(
        self,
        count: int,
        ask_minor: bool,
        parent: QWidget | None = None,
        names: Sequence[str] = (),
        may_hold_picture: bool = True,
        file_names: bool = True,
    ) -> None:
        super().__init__(QCoreApplication.translate("IntakeDialog", "Add evidence"), parent, 560)
        self.setObjectName("intake_dialog")
        self.count = count
        self.names = list(names)
        # A file name is never changed, also at a sentence's start; words such as "pasted
        # image" start it with a capital (walk L, findings 16 and 26c).
        self.file_names = file_names
        self.ask_minor = ask_minor and may_hold_picture
        files = _wrapped(self._files_text(count, names), self)
        files.setObjectName("files")
        self.layout_.insertWidget(0, files)
        self.description = QLineEdit(self)
        self.description.setObjectName("description")
        self.source = QLineEdit(self)
        self.source.setObjectName("source")
        # Short enough to show whole in the field: the longer hint ended in "… door mij
        # gefoto…" in Dutch (walk 7, W7-9).
        self.source.setPlaceholderText(self.tr("e.g. shown by the student, photographed by me"))
        self.observed = QCheckBox(self.tr("&Happened at:"), self)
        self.observed_at = EarlierTimeEdit(self)
        self.observed_at.setAccessibleName(self.tr("Happened at"))
        earlier_time(self.observed, self.observed_at)
        observed_row = QHBoxLayout()
        observed_row.addWidget(self.observed)
        observed_row.addWidget(self.observed_at, 1)
        self.form.addRow(self.tr("&Description:"), self.description)
        self.form.addRow(self.tr("&Provided by / how:"), self.source)
        self.form.addRow("", observed_row)
        # In other cases the adviser can still say the files may be sexual; then the same
        # question must be answered before anything is stored. Made only where it is shown.
        self.marked = QCheckBox(self.tr("&May be sexual (nude or intimate photos or videos)"), self)
        self.marked.setObjectName("marked_sexual")
        self.marked.setToolTip(
            self.tr("Then you are asked about minors before anything is stored.")
        )
        if may_hold_picture and not self.ask_minor:
            self.layout_.addWidget(self.marked)
        else:
            self.marked.hide()  # never painted where it is not laid out
        self.marked.toggled.connect(self._show_question)
        self.question = self._question_box(count)
        self.layout_.addWidget(self.question)
        self.layout_.addStretch(1)
        self.finish_layout()
        self.description.setFocus()
        self._show_question()

    def _files_text(self, count: int, names: Sequence[str]) -> str:
        shown = ", ".join(names[: self.MAX_NAMES])
        if len(names) > self.MAX_NAMES:
            more = self.tr("and %n more", "", len(names) - self.MAX_NAMES)
            shown = f"{shown} {more}"
        if not shown:
            return self.tr("%n file(s)", "", count)
        return self.tr("%n file(s): {names}", "", count).format(names=shown)

    def _question_box(self, count: int) -> QGroupBox:
        box = QGroupBox(self.tr("Sexual images of minors"), self)
        box.setObjectName("minor_question")
        question = QLabel(
            "<b>"
            + html.escape(
                self.tr(
                    "Do any of these %n file(s) show someone under 18 naked or in a sexual way?",
                    "",
                    count,
                )
            )
            + "</b>",
            box,
        )
        question.setWordWrap(True)
        question.setObjectName("question")
        warning = _wrapped(
            self.tr(
                "This covers photos and videos, and files that can contain them (archives, "
                "documents). Such material must never be stored, copied, forwarded or printed: "
                "that is possession, a crime in itself. Contact the police and "
                "Helpwanted/Offlimits instead."
            ),
            box,
        )
        warning.setObjectName("warning")
        self.minor_no = QRadioButton(self.tr("&No, none of the %n file(s) does.", "", count), box)
        self.minor_no.setObjectName("minor_no")
        self.minor_yes = QRadioButton(self.tr("&Yes, or I am not sure."), box)
        self.minor_yes.setObjectName("minor_yes")
        yes_hint = _wrapped(
            self.tr(
                "Then nothing is stored: only a description, where it is, who has seen it and "
                "a fingerprint (SHA-256) of what you received are recorded."
            ),
            box,
        )
        yes_hint.setObjectName("yes_hint")
        yes_hint.setIndent(24)
        # The same two questions as marking a stored item later (withheld_fields.py).
        self.asked = WhereAndSeen(box)
        asked = self.asked
        self.where, self.seen_by = asked.fields()
        details = QFormLayout()
        details.setContentsMargins(24, 0, 0, 0)
        details.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        asked.add_rows(details)
        for field in (self.where, self.seen_by):
            field.setEnabled(False)
            self.minor_yes.toggled.connect(field.setEnabled)
        self.minor_yes.toggled.connect(self._describe_when_withheld)
        block = QVBoxLayout(box)
        block.addWidget(question)
        block.addWidget(warning)
        block.addWidget(self.minor_no)
        block.addWidget(self.minor_yes)
        block.addWidget(yes_hint)
        block.addLayout(details)
        return box

    @Slot(bool)
    def _describe_when_withheld(self, withheld: bool) -> None:
        """ "Yes" records a file not kept: its description is then required, and says so."""
        self.description.setPlaceholderText(
            self.tr("required: what it shows, in words") if withheld else ""
        )

    @Slot()
    def _show_question(self) -> None:
        self.question.setVisible(self.asks)
        self._fit()

    def _fit(self) -> None:
        """As tall as the content at the dialog's width (wrapped labels included), within the
        screen; below that the form scrolls and OK and Cancel stay in view."""
        scroll = self.findChild(ScrollingArea)
        content = scroll.widget() if scroll is not None else None
        layout = content.layout() if content is not None else None
        if scroll is None or layout is None:
            return
        width = max(self.width(), self.minimumWidth(), self.sizeHint().width())
        margins = self.outer.contentsMargins()
        inner = width - margins.left() - margins.right()
        height = layout.totalHeightForWidth(inner) if layout.hasHeightForWidth() else -1
        if height < 0:
            height = layout.totalSizeHint().height()
        height += (
            margins.top()
            + margins.bottom()
            + self.outer.spacing()
            + self.buttons.sizeHint().height()
            + 2 * scroll.frameWidth()
            # A pixel short (rounding at 150 %) brought a scroll bar, which narrowed the text
            # so it wrapped longer and cut off the question's last row (walker F3 addendum).
            + ROUNDING_SLACK
        )
        area = available(self)
        if area is not None:
            height = min(height, area.height() - FRAME_ALLOWANCE.height())
            width = min(width, area.width() - FRAME_ALLOWANCE.width())
        self.resize(width, height)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    @property
    def asks(self) -> bool:
        return self.ask_minor or self.marked.isChecked()

    def reject(self) -> None:
        """Escape, Cancel and the close button: a typed description, or where a withheld image
        is and who saw it, is not lost unasked, as in the other forms (walk G2, finding 8).
        The question says that the files are then not added and nothing about them is
        recorded, as the removal form's does (walk K, finding 27: "Discard what you typed?"
        hid that a possible image of a minor then leaves no trace)."""
        names = [self.tr("description"), self.tr("provided by"), self.tr("where"), self.tr("who")]
        fields = [self.description, self.source, self.where, self.seen_by]
        held = holds_typing(fields, typed_only=True)
        typed = [names[i] for i in held if i < 2]
        if self.observed.isChecked():
            typed.append(self.tr("time"))
        typed += [names[i] for i in held if i >= 2]
        # "Yes, or I am not sure" alone is an answer too, the one that matters most: it was
        # dropped without a word (walk L, finding 8).
        answered = self.asks and self.minor_yes.isChecked()
        if not (typed or answered) or may_discard_answers(
            self,
            self.tr("Cancel adding?"),
            self._not_added(", ".join(typed))
            + "\n\n"
            + self.tr("Nothing about them is recorded.", "", self.count),
            self.tr("&Do not add, discard"),
        ):
            super().reject()

    def _not_added(self, fields: str) -> str:
        """The question's first line: one file by name, several as a number; with nothing
        typed, the answer "yes, or not sure" is what would be discarded."""
        if self.count == 1 and self.names:
            if fields:
                text = self.tr("Do not add {name} and discard your answers ({fields})?")
            else:
                text = self.tr("Do not add {name} and discard your answer (yes, or not sure)?")
            text = text.replace("{fields}", fields)
            if not self.file_names:
                text = text.replace("{name}", self.names[0])
                return text[:1].upper() + text[1:]
            return text.replace("{name}", self.names[0])
        if fields:
            text = self.tr(
                "Do not add these %n file(s) and discard your answers ({fields})?", "", self.count
            )
        else:
            text = self.tr(
                "Do not add these %n file(s) and discard your answer (yes, or not sure)?",
                "",
                self.count,
            )
        return text.replace("{fields}", fields)

    def apply(self) -> None:
        if self.asks and not (self.minor_yes.isChecked() or self.minor_no.isChecked()):
            self.minor_no.setFocus()
            raise esvc.MinorQuestionError()
        if self.asks and self.minor_yes.isChecked():
            # In the form's order: the description first, then where it is and who saw it.
            if not self.description.text().strip():
                self.description.setFocus()
                raise KnownError(DESCRIPTION_MISSING)
            self.asked.require()
        self.intake()  # refuses a "Happened at" in the future here, with the dialog still open

    def intake(self) -> Intake:
        return Intake(
            self.description.text(),
            self.source.text(),
            self.observed_utc(),
            self.minor_answer(),
            marked_sexual=self.marked.isChecked(),
            where=self.where.text() if self.minor_yes.isChecked() else "",
            seen_by=self.seen_by.text() if self.minor_yes.isChecked() else "",
        )

    def minor_answer(self) -> bool | None:
        if not self.asks:
            return None
        return self.minor_yes.isChecked()

    def observed_utc(self) -> datetime | None:
        return earlier_moment(self.observed, self.observed_at)


class ImageViewer(QDialog):
    """Shows an image from memory: fit, zoom (wheel or +/-) and rotate the view."""

    def __init__(self, data: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 700)
        pixmap = QPixmap()
        if not pixmap.loadFromData(data):
            pixmap.loadFromData(viewable_png(data))  # HEIC, AVIF, RAW: Qt has no reader
        self.scene = QGraphicsScene(self)
        self.item = QGraphicsPixmapItem(pixmap)
        self.scene.addItem(self.item)
        self.view = QGraphicsView(self.scene, self)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.angle = 0
        buttons = QHBoxLayout()
        for text, slot, key in (
            (self.tr("Fit"), self.fit, "F"),
            (self.tr("Zoom in"), lambda: self.view.scale(1.25, 1.25), "+"),
            (self.tr("Zoom out"), lambda: self.view.scale(0.8, 0.8), "-"),
            (self.tr("Rotate"), self.rotate, "R"),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            QShortcut(QKeySequence(key), self).activated.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.fit()

    @Slot()
    def fit(self) -> None:
        self.view.fitInView(self.item, Qt.AspectRatioMode.KeepAspectRatio)

    @Slot()
    def rotate(self) -> None:
        self.angle = (self.angle + 90) % 360
        self.view.setTransform(QTransform().rotate(self.angle))
        self.fit()


class MessageDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add message"))
        self.setMinimumWidth(480)
        self.text = QPlainTextEdit(self)
        self.sender_edit = QLineEdit(self)
        self.sender_edit.setPlaceholderText(self.tr("Sender (name or account)"))
        self.platform = QLineEdit(self)
        self.platform.setPlaceholderText(self.tr("Platform"))
        self.description = QLineEdit(self)
        self.description.setPlaceholderText(self.tr("Description"))
        # When a threat was sent is evidence, as a file's "Happened at" (walk 14, W14-12).
        self.sent = QCheckBox(self.tr("Se&nt at:"), self)
        self.sent_at = EarlierTimeEdit(self)
        self.sent_at.setAccessibleName(self.tr("Sent at"))
        earlier_time(self.sent, self.sent_at)
        sent_row = QHBoxLayout()
        sent_row.addWidget(self.sent)
        sent_row.addWidget(self.sent_at, 1)
        self.sent_utc: datetime | None = None  # read on OK
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        message = QLabel(self.tr("&The message, copied exactly:"), self)
        message.setBuddy(self.text)
        layout.addWidget(message)
        layout.addWidget(self.text)
        form = QFormLayout()
        form.addRow(self.tr("&Sender:"), self.sender_edit)
        form.addRow(self.tr("&Platform:"), self.platform)
        form.addRow("", sent_row)
        form.addRow(self.tr("&Description:"), self.description)
        # Tab goes down the form as it is shown: Sent at was made after Description, so Tab
        # from its field went to OK (walk 17, W17-1: Tab now leaves a date field).
        QWidget.setTabOrder(self.platform, self.sent)
        QWidget.setTabOrder(self.sent, self.sent_at)
        QWidget.setTabOrder(self.sent_at, self.description)
        name_fields(form)
        self.text.setAccessibleName(plain(message.text()))
        tab_leaves(self.text)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """A "Sent at" after the present minute is refused here, naming it, with the focus
        back in the field and everything typed still in the form (as the other dialogs do)."""
        with known_errors(self, self.windowTitle()) as attempt:
            self.sent_utc = earlier_moment(self.sent, self.sent_at)
        if not attempt.failed:
            super().accept()

    def reject(self) -> None:
        # Escape, Cancel and the window's close button: a verbatim message is not lost unasked.
        if may_discard(self, [self.text]):
            super().reject()
