"""A line typed in the interview but not entered when the file locks (walk 7, W7-7).

Nothing typed may stay in memory while the file is locked, so the lock adds the line to the
conversation as a note ("Typed but not added when the file was locked (student): …"). After
unlocking the note was left as it was: the student's answer was a note, no longer a said line,
and the adviser had to type it again; the lock page did not mention it either. Now the lock page
says what it kept, and when the conversation opens again the note goes (unlogged: it only held
the line; services/interview_notes.py) and its text is back in Said with its speaker, to be
entered with Enter, as the Timeline does with its own note. In memory during the lock stay only
where the text lies in the note and whose it was.

A note typed in the Note field but not added went the same way as a line typed in Said before
(walk, with the audit entry of item 1): the lock closed the window and the text was gone, with
nothing said. It is kept as the Said line is, and is back in Note after unlocking."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QLineEdit

from adviser_desk.services.interview_notes import take_back_typed_line
from adviser_desk.services.interview_service import NOTE, speaker_label
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common.errors import known_errors

if TYPE_CHECKING:
    from adviser_desk.ui.interview.interview_window import InterviewWindow


SAID, NOTE_FIELD = "said", "note"  # the field a kept text was typed in


@dataclass(frozen=True)
class KeptLine:
    """Where the lock put a typed line: the note's line, where the text lies in it, who was
    speaking and which field it was typed in (Said, or Note: then ``who`` is empty)."""

    interview_id: int
    line_id: int
    span: tuple[int, int]
    speaker: str
    who: str  # the speaker as the lock page names them
    field: str = SAID


def lock_note(who: str, text: str) -> tuple[str, tuple[int, int]]:
    """The note that keeps a line typed but not entered when the file locks, and where the
    typed text lies in it."""
    template = QCoreApplication.translate(
        "InterviewWindow", "Typed but not added when the file was locked ({who}): {text}"
    )
    start = len(template.partition("{text}")[0].format(who=who))
    return template.format(who=who, text=text), (start, start + len(text))


def note_lock_note(text: str) -> tuple[str, tuple[int, int]]:
    """The note that keeps a note typed in Note but not added when the file locks, and where
    the typed text lies in it."""
    template = QCoreApplication.translate(
        "InterviewWindow", "Note typed but not added when the file was locked: {text}"
    )
    start = len(template.partition("{text}")[0])
    return template.format(text=text), (start, start + len(text))


def keep_lines(window: InterviewWindow) -> tuple[KeptLine, ...]:
    """On lock: what is typed in Said and in Note, each added as a note and its field
    emptied; returns where they went (nothing for an empty field, or one that could not be
    kept, said)."""
    kept = (keep_line(window, SAID), keep_line(window, NOTE_FIELD))
    return tuple(line for line in kept if line is not None)


def keep_line(window: InterviewWindow, field: str = SAID) -> KeptLine | None:
    """On lock: the text typed in ``field`` is added as a note and the field emptied; returns
    where it went (None: nothing typed, or it could not be added, said)."""
    edit = window.input if field == SAID else window.note
    text = edit.text().strip()
    if not text:
        return None
    service, interview_id = window.service, window.interview_id
    if field == SAID:
        # Lower case in brackets mid-sentence, as "Last line (adviser)" (walk F).
        who = speaker_label(window.speaker, window.record.with_role, fmt.translate).lower()
        note, span = lock_note(who, text)
    else:
        who = ""
        note, span = note_lock_note(text)
    failed = QCoreApplication.translate("InterviewWindow", "The typed line was not kept")
    with known_errors(window, failed) as attempt:
        line = service.add_line(interview_id, NOTE, note)
    if attempt.failed:
        return None
    window.model.set_rows([*window.model.rows, line])
    edit.clear()
    return KeptLine(interview_id, line.line_id, span, window.speaker, who, field)


def kept_sentence(kept: KeptLine) -> str:
    """What the lock page says about the typed line it kept: where the adviser finds it again.
    The note that holds it while locked is gone again after unlocking, so the page no longer
    names a note the adviser never sees (walk 11, W11-4). Closing the file from the lock page
    instead leaves that note in the conversation (the lock forgot the key, so nothing can
    be written then): the page says so too, where it only promised the field back after
    unlocking and the note was a surprise (walk F)."""
    if kept.field == NOTE_FIELD:
        return QCoreApplication.translate(
            "InterviewWindow",
            "The note you typed in the interview but had not added is kept: after unlocking "
            "it is back in Note, for you to add. If you close the case file here instead, it "
            "stays in the conversation as a note.",
        )
    return QCoreApplication.translate(
        "InterviewWindow",
        "The line you typed in the interview ({who}) but had not added is kept: after "
        "unlocking it is back in Said, for you to add. If you close the case file here "
        "instead, it stays in the conversation as a note.",
    ).format(who=kept.who)


def put_back_all(window: InterviewWindow, kept: tuple[KeptLine, ...]) -> None:
    """put_back for each text the lock kept of this conversation, Said last: it has the
    focus then, as the field the conversation goes on in."""
    for line in sorted(kept, key=lambda line: line.field == SAID):
        if line.interview_id == window.interview_id:
            put_back(window, line)


def put_back(window: InterviewWindow, kept: KeptLine) -> None:
    """After unlocking, in the conversation's window opened again: the lock's note goes and
    its text is back in Said with its speaker, or in Note (an error leaves the note: nothing
    is lost)."""
    failed = QCoreApplication.translate("InterviewWindow", "The typed line was not put back")
    with known_errors(window, failed) as attempt:
        removed = take_back_typed_line(window.service, kept.interview_id, kept.line_id)
    if attempt.failed:
        return
    window._reload()
    edit = window.note
    if kept.field == SAID:
        edit = window.input
        if window.speaker != kept.speaker:
            window.toggle_speaker()
    start, end = kept.span
    edit.setText(removed.text[start:end])
    edit.setFocus()
    edit.installEventFilter(_CursorAtEnd(edit))


class _CursorAtEnd(QObject):
    """Keeps the line put back unselected, with the cursor at its end, until the adviser types
    or clicks in it. Showing the window gives Said the focus as Tab would, and a line edit
    selects all its text then: the next key replaced the whole kept line (walk 14, W14-8)."""

    def __init__(self, field: QLineEdit) -> None:
        super().__init__(field)
        self.field = field

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusIn:
            # After the line edit's own handling of the event, which selects.
            QTimer.singleShot(0, self, self._to_end)
        elif kind in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress):
            self.field.removeEventFilter(self)
            self.deleteLater()
        return False

    def _to_end(self) -> None:
        if self.field.selectedText() == self.field.text():
            self.field.deselect()
            self.field.end(False)
