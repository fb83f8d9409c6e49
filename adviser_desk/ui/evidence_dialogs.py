"""Dialogs of the Evidence tab: what to record with new files (and the question about minors),
the in-app image viewer, and a copied message."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Slot
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut, QTransform
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.services import evidence_service as esvc
from adviser_desk.services.evidence_intake import Intake, viewable_png
from adviser_desk.ui.form_dialog import FormDialog


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class IntakeDialog(FormDialog):
    """Description, source and time for new evidence, and the question about minors."""

    def __init__(self, count: int, ask_minor: bool, parent: QWidget | None = None) -> None:
        super().__init__(_t("IntakeDialog", "Add evidence"), parent, 560)
        self.description = QLineEdit(self)
        self.description.setObjectName("description")
        self.source = QLineEdit(self)
        self.source.setObjectName("source")
        self.source.setPlaceholderText(
            self.tr("e.g. shown by the student on her phone, photographed by the adviser")
        )
        self.observed = QCheckBox(self.tr("Happened at:"), self)
        self.observed_at = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.observed_at.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.observed_at.setEnabled(False)
        self.observed.toggled.connect(self.observed_at.setEnabled)
        observed_row = QHBoxLayout()
        observed_row.addWidget(self.observed)
        observed_row.addWidget(self.observed_at, 1)
        self.form.addRow(self.tr("%n file(s). Description:", "", count), self.description)
        self.form.addRow(self.tr("Provided by / how:"), self.source)
        self.form.addRow("", observed_row)
        self.ask_minor = ask_minor
        self.minor_yes = QRadioButton(
            self.tr("Yes: do not store it. Record where it is and who saw it."), self
        )
        self.minor_yes.setObjectName("minor_yes")
        self.minor_no = QRadioButton(self.tr("No, none of them is."), self)
        self.minor_no.setObjectName("minor_no")
        self.where = QLineEdit(self)
        self.where.setPlaceholderText(self.tr("Where it is: URL, platform, account, which phones"))
        self.seen_by = QLineEdit(self)
        self.seen_by.setPlaceholderText(self.tr("Who has seen it"))
        question = QLabel(
            self.tr(
                "<b>Is this a nude or sexual image of someone under 18?</b> Such an image "
                "must never be stored, copied, forwarded or printed: that is possession. "
                "Contact the police and Helpwanted/Offlimits instead."
            ),
            self,
        )
        question.setWordWrap(True)
        self.question = QWidget(self)
        block = QVBoxLayout(self.question)
        block.setContentsMargins(0, 0, 0, 0)
        for widget in (question, self.minor_no, self.minor_yes, self.where, self.seen_by):
            block.addWidget(widget)
        # In other cases the adviser can still say an image may be sexual; then the same
        # question must be answered before anything is stored.
        self.marked = QCheckBox(self.tr("An image may be sexual (nude, intimate)"), self)
        self.marked.setObjectName("marked_sexual")
        self.marked.toggled.connect(self._show_question)
        if not ask_minor:
            self.layout_.addWidget(self.marked)
        self.layout_.addWidget(self.question)
        self._show_question()
        self.finish_layout()

    def _show_question(self) -> None:
        self.question.setVisible(self.asks)
        self.adjustSize()

    @property
    def asks(self) -> bool:
        return self.ask_minor or self.marked.isChecked()

    def apply(self) -> None:
        if self.asks and not (self.minor_yes.isChecked() or self.minor_no.isChecked()):
            raise esvc.MinorQuestionError(self.tr("These images"))

    def intake(self) -> Intake:
        return Intake(
            self.description.text(),
            self.source.text(),
            self.observed_utc(),
            self.minor_answer(),
            marked_sexual=self.marked.isChecked(),
            where=self.where.text(),
            seen_by=self.seen_by.text(),
        )

    def minor_answer(self) -> bool | None:
        if not self.asks:
            return None
        return self.minor_yes.isChecked()

    def observed_utc(self) -> datetime | None:
        if not self.observed.isChecked():
            return None
        local: datetime = self.observed_at.dateTime().toPython()  # type: ignore[assignment]
        return local.astimezone(UTC)


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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The message, copied exactly:"), self))
        layout.addWidget(self.text)
        layout.addWidget(self.sender_edit)
        layout.addWidget(self.platform)
        layout.addWidget(self.description)
        layout.addWidget(buttons)
