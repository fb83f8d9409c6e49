"""A closing typed but not saved, kept when the case file locks or closes (walk 4, W4).

Nothing typed may stay in memory while the file is locked, so the lock adds the draft to the
conversation as a note: its texts and, in words, its ticks and choices. In memory stay only
where each text lies in that note and the ticks and choices themselves (no words), so that
unlocking fills the closing dialog in again, ticks included (the ticks were lost before).
A draft cancelled in the dialog is kept in the file at once, with no note (keep_cancelled;
walk 10, W10-2), so closing the file asks only about one that could not be written. Either
way the conversation keeps the draft (services/interview_drafts, revision 0017), so the
closing dialog has it again after the file is closed and reopened.
Kept beside the window (its strings keep the window's and the dialog's translation
contexts)."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from adviser_desk.domain import cases as dc
from adviser_desk.domain.errors import KnownError
from adviser_desk.services.interview_drafts import keep_closing_draft, save_closing_draft
from adviser_desk.services.interview_service import InterviewService
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common.errors import known_errors
from adviser_desk.ui.interview.conversation_dialogs import ClosingDraft

if TYPE_CHECKING:  # the window imports this module
    from adviser_desk.ui.interview.interview_window import InterviewWindow

Span = tuple[int, int]
_t = fmt.translate


@dataclass(frozen=True)
class KeptClosing:
    """Where the lock put a closing draft: the note's line, where its three texts lie in that
    note (agreements, wishes, follow-up tasks), and the draft without its texts."""

    interview_id: int
    line_id: int
    spans: tuple[Span, Span, Span]
    choices: ClosingDraft

    def restored(self, note: str) -> ClosingDraft:
        """The whole draft again, its texts read from the note (as stored in the case file)."""
        agreements, wishes, follow_up = (note[start:end] for start, end in self.spans)
        return replace(self.choices, agreements=agreements, wishes=wishes, follow_up=follow_up)


@dataclass(frozen=True)
class LockedNote:
    """A closing draft the lock kept as a note, as read back after unlocking: a later lock
    (or closing the file) with the same draft keeps that note instead of adding it again."""

    kept: KeptClosing
    draft: ClosingDraft


def _choices(draft: ClosingDraft, case: dc.CaseDraft | None) -> list[tuple[str, str]]:
    """The ticks and choices made in the dialog, in words, each under its label; the images
    and who saw them only where they differ from the case (the dialog starts from it)."""
    ctx = "ClosingDialog"
    parts = []
    if draft.may_tell:
        told = ", ".join(_t("cases", dc.AUDIENCE_LABELS[a]) for a in draft.may_tell)
        parts.append((QCoreApplication.translate(ctx, "May be told:"), told))
    if draft.publicity != dc.Publicity.UNDECIDED:
        publicity = _t("cases", dc.PUBLICITY_LABELS[draft.publicity])
        parts.append((QCoreApplication.translate(ctx, "Publicity:"), publicity))
    if case is None or draft.images != case.images:
        images = _t("cases", dc.IMAGES_LABELS[draft.images])
        parts.append((QCoreApplication.translate(ctx, "Images:"), images))
    if case is None or draft.reach != case.reach:
        reach = _t("cases", dc.REACH_LABELS[draft.reach])
        parts.append((QCoreApplication.translate(ctx, "Seen by:"), reach))
    yes = QCoreApplication.translate("case_widgets", "Yes")
    no = QCoreApplication.translate("case_widgets", "No")
    for label, value in (
        (QCoreApplication.translate(ctx, "Still spreading:"), draft.still_spreading),
        (QCoreApplication.translate(ctx, "Criminal offence suspected:"), draft.offence_suspected),
        (QCoreApplication.translate(ctx, "Psychological help needed:"), draft.psychological_help),
    ):
        if value is not None:
            parts.append((label, yes if value else no))
    return parts


def closing_note(
    draft: ClosingDraft, locked: bool, case: dc.CaseDraft | None = None
) -> tuple[str, tuple[Span, Span, Span]]:
    """The note that keeps a closing draft, and where its three texts lie in it ('' when
    nothing was typed or chosen)."""
    if locked:
        template = QCoreApplication.translate(
            "InterviewWindow",
            "Typed for closing the interview but not saved when the file was locked:\n{text}",
        )
    else:
        template = QCoreApplication.translate(
            "InterviewWindow",
            "Typed for closing the interview but not saved when the file was closed:\n{text}",
        )
    offset = template.find("{text}")
    lines: list[str] = []
    length = 0
    spans: list[Span] = []
    for label, text in (
        (QCoreApplication.translate("ClosingDialog", "What was agreed:"), draft.agreements),
        (QCoreApplication.translate("ClosingDialog", "The student's wishes:"), draft.wishes),
        (QCoreApplication.translate("ClosingDialog", "Follow-up tasks:"), draft.follow_up),
    ):
        if not text.strip():
            spans.append((0, 0))
            continue
        start = length + (1 if lines else 0) + len(label) + 1
        lines.append(f"{label} {text}")
        length = start + len(text)
        spans.append((offset + start, offset + length))
    lines += [f"{label} {value}" for label, value in _choices(draft, case)]
    if not lines:
        return "", ((0, 0), (0, 0), (0, 0))
    return template.replace("{text}", "\n".join(lines)), (spans[0], spans[1], spans[2])


def keep_as_note(
    parent: QWidget,
    service: InterviewService,
    interview_id: int,
    draft: ClosingDraft | None,
    locked: bool = True,
) -> KeptClosing | None:
    """Adds the draft to its conversation as a note and keeps it with the conversation (for
    the closing dialog after the file is reopened), while the conversation is still open;
    returns where it went (None: nothing to keep, kept already, or it could not be added,
    said)."""
    if draft is None:
        return None
    failed = QCoreApplication.translate("InterviewWindow", "The typed closing was not kept")
    with known_errors(parent, failed) as attempt:
        record = service.get(interview_id)
        if record.status != "open":
            return None
        case = service.cases.get_case(record.case_id).draft
        note, spans = closing_note(draft, locked, case)
        if not note:
            return None
        line = keep_closing_draft(service, interview_id, draft, note)
    if attempt.failed or line is None:  # None: the conversation keeps this draft already
        return None
    texts = replace(draft, agreements="", wishes="", follow_up="")
    return KeptClosing(interview_id, line.line_id, spans, texts)


def keep_cancelled(window: InterviewWindow, draft: ClosingDraft | None) -> ClosingDraft | None:
    """The closing dialog was cancelled: the conversation keeps what was typed there in the
    file at once (None: the dialog was left as it opened, so no draft is kept), with no note.
    Closing or locking the file then has nothing to ask or note about it (walk 10, W10-2: it
    asked whether to keep a draft the file kept anyway, and added a false 'not saved' note).
    If it cannot be written (said), the window still has it (returned) and closing the file
    asks."""
    failed = QCoreApplication.translate("InterviewWindow", "The typed closing was not kept")
    with known_errors(window, failed):
        save_closing_draft(window.service, window.interview_id, draft)
    return draft


def keep_once(
    parent: QWidget,
    service: InterviewService,
    interview_id: int,
    draft: ClosingDraft | None,
    before: LockedNote | None,
    locked: bool = True,
) -> KeptClosing | None:
    """keep_as_note, unless the draft is the one an earlier lock already kept, unchanged: that
    note stands for it (walk 6: locking twice added the same note twice)."""
    if before is not None and draft == before.draft:
        return before.kept
    return keep_as_note(parent, service, interview_id, draft, locked)


def restore_drafts(
    service: InterviewService, kept: tuple[KeptClosing, ...]
) -> dict[int, ClosingDraft]:
    """After unlocking: the drafts the lock kept, read back from their notes (a conversation
    closed or gone meanwhile is left out)."""
    drafts: dict[int, ClosingDraft] = {}
    for closing in kept:
        with contextlib.suppress(KnownError):  # purged meanwhile: nothing to fill in
            record = service.get(closing.interview_id)
            lines = (line.text for line in record.lines if line.line_id == closing.line_id)
            note = next(lines, None)
            if note is not None and record.status == "open":
                drafts[closing.interview_id] = closing.restored(note)
    return drafts


def ask_keep_closings(parent: QWidget, conversations: list[str]) -> QMessageBox.StandardButton:
    """Before the file closes: Save keeps the typed closings as notes (the default),
    Discard drops them, Cancel (also Escape) stays."""
    listed = "\n".join(f"• {name}" for name in conversations)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("InterviewWindow", "Interview not closed"),
        QCoreApplication.translate(
            "InterviewWindow",
            "What you typed for closing this interview was not saved:\n{conversations}\n\n"
            "Keep it as a note in the conversation?",
        ).format(conversations=listed)
        if len(conversations) == 1
        else QCoreApplication.translate(
            "InterviewWindow",
            "What you typed for closing these interviews was not saved:\n{conversations}\n\n"
            "Keep it as a note in each conversation?",
        ).format(conversations=listed),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.button(QMessageBox.StandardButton.Save).setText(
        QCoreApplication.translate("InterviewWindow", "&Keep as note")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return QMessageBox.StandardButton(box.exec())
