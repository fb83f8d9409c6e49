"""The questions the interview window asks about a typed line: whose words a promise of
secrecy typed as the answer is, and what to do with a line typed but not entered on closing.
Kept beside the window (their strings keep its translation context)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

from adviser_desk.domain.questions import SECRECY_PROMISE
from adviser_desk.services.interview_service import InterviewService


def sounds_like_own_promise(service: InterviewService, interview_id: int, text: str) -> bool:
    """Whether a line typed as the answer promises secrecy, as only the adviser would."""
    try:
        found = service.check(interview_id, text)
    except Exception:  # a failed check must not stop the line being kept
        return False
    return any(finding.kind == SECRECY_PROMISE for finding in found)


def ask_whose_promise(parent: QWidget) -> QMessageBox.StandardButton:
    """Yes: the adviser's question; No: the student's words; Cancel: keep typing."""
    return QMessageBox.question(
        parent,
        QCoreApplication.translate("InterviewWindow", "Your promise?"),
        QCoreApplication.translate(
            "InterviewWindow",
            "This sounds like a promise of yours. Save it as the adviser's question?",
        ),
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Yes,
    )


def ask_about_unentered(parent: QWidget, text: str) -> int:
    """Save: add the line; Discard: close without it; Cancel (also Escape): stay."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("InterviewWindow", "Line not added"),
        QCoreApplication.translate(
            "InterviewWindow",
            "The line you typed has not been added yet:\n“{text}”\n\nAdd it before closing?",
        ).format(text=text),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.button(QMessageBox.StandardButton.Save).setText(
        QCoreApplication.translate("InterviewWindow", "&Add the line")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return box.exec()


def lock_note(who: str, text: str) -> str:
    """The note that keeps a line typed but not entered when the file locks."""
    return QCoreApplication.translate(
        "InterviewWindow", "Typed but not entered when the file was locked ({who}): {text}"
    ).format(who=who, text=text)


def closing_lock_note(typed: str) -> str:
    """The note that keeps what was typed for closing the interview when the file locks."""
    return QCoreApplication.translate(
        "InterviewWindow",
        "Typed for closing the interview but not saved when the file was locked:\n{text}",
    ).format(text=typed)


def may_close(
    parent: QWidget, line: QLineEdit, is_open: bool, add_line: Callable[[], None]
) -> bool:
    """Whether the window may close: asks about a line typed in ``line`` but not entered
    (while the conversation is open); False keeps the window open (Cancel, or the line could
    not be added)."""
    text = line.text().strip()
    if not text or not is_open:
        return True
    answer = ask_about_unentered(parent, text)
    if answer == QMessageBox.StandardButton.Cancel:
        return False
    if answer == QMessageBox.StandardButton.Save:
        add_line()
        return not line.text().strip()
    return True
