"""The questions the interview window asks about a typed line: whose words a promise of
secrecy typed as the answer is, and what to do with a line typed but not entered on closing.
Kept beside the window (their strings keep its translation context)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

from adviser_desk.domain.questions import RULE, SECRECY_PROMISE
from adviser_desk.services.interview_service import InterviewService
from adviser_desk.ui.interview.closing_kept import keep_once
from adviser_desk.ui.interview.typed_kept import keep_lines

if TYPE_CHECKING:
    from adviser_desk.ui.interview.interview_window import InterviewWindow


def sounds_like_own_promise(service: InterviewService, interview_id: int, text: str) -> bool:
    """Whether a line typed as the answer promises secrecy, as only the adviser would: a
    rule must find the promise in its wording. The semantic layer's resemblance is no reason
    on an answer (walk 5, W5-2: it took "Niks, ik heb hem alleen doorgestuurd." for one)."""
    try:
        found = service.check(interview_id, text)
    except Exception:  # a failed check must not stop the line being kept
        return False
    return any(f.kind == SECRECY_PROMISE and f.layer == RULE for f in found)


def ask_about_unentered(parent: QWidget, text: str, note: bool = False) -> int:
    """Save: add the line (the note, ``note``); Discard: close without it; Cancel (also
    Escape): stay."""
    if note:
        title = QCoreApplication.translate("InterviewWindow", "Note not added")
        question = QCoreApplication.translate(
            "InterviewWindow",
            "The note you typed has not been added yet:\n“{text}”\n\nAdd it before closing?",
        )
        add = QCoreApplication.translate("InterviewWindow", "&Add the note")
        discard = QCoreApplication.translate("InterviewWindow", "&Discard the note")
    else:
        title = QCoreApplication.translate("InterviewWindow", "Line not added")
        question = QCoreApplication.translate(
            "InterviewWindow",
            "The line you typed has not been added yet:\n“{text}”\n\nAdd it before closing?",
        )
        add = QCoreApplication.translate("InterviewWindow", "&Add the line")
        discard = QCoreApplication.translate("InterviewWindow", "&Discard the line")
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        question.format(text=text),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.button(QMessageBox.StandardButton.Save).setText(add)
    # Named as the Add button is: Qt's own "Discard" read as "Verwerpen" (reject) in Dutch,
    # where the app says "weggooien" (walk F).
    box.button(QMessageBox.StandardButton.Discard).setText(discard)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return box.exec()


def may_close_window(window: InterviewWindow) -> bool:
    """Whether the conversation's window may close: a line typed in Said and then a note
    typed in Note, not added, are each asked about (a typed note went without a word)."""
    is_open = window.record.status == "open"
    return may_close(window, window.input, is_open, window.add_line) and may_close(
        window, window.note, is_open, window.add_note, note=True
    )


def may_close(
    parent: QWidget,
    line: QLineEdit,
    is_open: bool,
    add_line: Callable[[], None],
    note: bool = False,
) -> bool:
    """Whether the window may close: asks about a line (a note, ``note``) typed in ``line``
    but not entered (while the conversation is open); False keeps the window open (Cancel,
    or it could not be added)."""
    text = line.text().strip()
    if not text or not is_open:
        return True
    answer = ask_about_unentered(parent, text, note)
    if answer == QMessageBox.StandardButton.Cancel:
        return False
    if answer == QMessageBox.StandardButton.Save:
        add_line()
        return not line.text().strip()
    return True


def keep_typed(window: InterviewWindow) -> None:
    """On lock: a line typed but not entered (in Said or Note) is kept as a note, and so is
    what was typed for closing, ticks in words (closing_kept.py); the draft must not stay in
    memory while locked, so the window's kept_closing says where it went. Once: the
    Interviews tab calls it before the lock closes the window, and close_open_dialogs
    again."""
    if window._locked:
        return
    window._locked = True
    dialog = window._closing_dialog
    draft = dialog.changed_draft() if dialog is not None else window.closing_draft
    window.closing_draft = None
    if window.record.status != "open":
        return
    service, interview_id = window.service, window.interview_id
    window.kept_closing = keep_once(window, service, interview_id, draft, window.kept_before)
    window.kept_lines = keep_lines(window)  # back in Said and Note after unlocking
