"""The question before a dialog throws away longer typed text (walk 4, W6: a stray Escape lost a
verbatim message copied as evidence). Short forms close as Qt's dialogs always do."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit, QWidget

# Set by the lock on the dialogs it closes: nobody may be there to answer (an idle lock), and
# the lock page says what was not kept.
CLOSED_BY_LOCK = "closed_by_lock"


def may_discard(
    dialog: QWidget,
    fields: Sequence[QPlainTextEdit | QLineEdit],
    typed_only: bool = False,
    changed: bool = False,
) -> bool:
    """Whether ``dialog`` may close without saving: asks when one of the ``fields`` holds
    typed text. Cancel (also Escape, and the default) keeps the dialog open. ``typed_only``:
    for fields that open with saved text (a task's note), only what was typed since counts.
    ``changed``: the dialog's dates differ from what it opened with, which counts as typed
    (walk 18: a due date typed, then Escape, went without the question typed text gets)."""
    if dialog.property(CLOSED_BY_LOCK):
        return True
    if not changed and not any(_holds_typing(field, typed_only) for field in fields):
        return True
    return _ask(
        dialog,
        QCoreApplication.translate("discard", "Discard what you typed?"),
        QCoreApplication.translate(
            "discard", "What you typed in this window has not been saved. Discard it?"
        ),
        QCoreApplication.translate("discard", "&Keep typing"),
    )


def _holds_typing(field: QPlainTextEdit | QLineEdit, typed_only: bool) -> bool:
    if isinstance(field, QLineEdit):
        text, typed = field.text(), field.isModified()
    else:
        text, typed = field.toPlainText(), field.document().isModified()
    return bool(text.strip()) and not field.isReadOnly() and (typed or not typed_only)


def may_discard_answers(dialog: QWidget, title: str, text: str, discard: str) -> bool:
    """``may_discard``'s question in a form's own words, once it knows typing would be lost."""
    if dialog.property(CLOSED_BY_LOCK):
        return True
    return _ask(dialog, title, text, keep_typing(), discard, plain=True)


def holds_typing(fields: Sequence[QPlainTextEdit | QLineEdit], typed_only: bool) -> list[int]:
    """The positions of ``fields`` holding typed text, as ``may_discard`` counts it."""
    return [i for i, field in enumerate(fields) if _holds_typing(field, typed_only)]


def may_discard_changes(dialog: QWidget) -> bool:
    """Whether an edit dialog whose fields were changed may close without saving them: Escape
    on Edit person dropped a changed name and school without a word (walk 11), where the
    adviser may have landed by an Enter meant for Add person. Keep editing is the default."""
    if dialog.property(CLOSED_BY_LOCK):
        return True
    return _ask(
        dialog,
        QCoreApplication.translate("discard", "Discard your changes?"),
        QCoreApplication.translate(
            "discard", "The changes in this window have not been saved. Discard them?"
        ),
        QCoreApplication.translate("discard", "&Keep editing"),
    )


def keep_typing() -> str:
    return QCoreApplication.translate("discard", "&Keep typing")


def _ask(
    dialog: QWidget, title: str, text: str, keep: str, discard: str = "", plain: bool = False
) -> bool:
    """Discard or keep, with keeping the default and Escape's answer. ``discard`` names what
    Discard does where "Discard" alone could be misread (the removal form, walk I, 7).
    ``plain``: no icon on Discard either, whose words say what goes and what stays (walk K,
    finding 16: the bin sat on "Discard answers, keep file" in a form about removing a file)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        dialog,
    )
    box.setObjectName("discard_question")
    discarding = box.button(QMessageBox.StandardButton.Discard)
    discarding.setText(discard or QCoreApplication.translate("discard", "&Discard"))
    if plain:
        discarding.setIcon(QIcon())
    keeping = box.button(QMessageBox.StandardButton.Cancel)
    keeping.setText(keep)
    # Where the platform puts icons on dialog buttons, Cancel's red cross on the safe default
    # read as "delete" (walk J, finding 6, as walk I's 8 in the removal form): keeping shows
    # none; Discard keeps the style's own discard icon.
    keeping.setIcon(QIcon())
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Discard
