"""Where an interview window was when the case file locked, so that unlocking opens the same
conversation there again: who speaks next, the guide's tab and phase, the window's place on
screen. Only ids and positions: nothing the adviser typed stays in memory while locked (a line
typed but not entered was kept as a note by the lock)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray

if TYPE_CHECKING:
    from adviser_desk.ui.interview.interview_window import InterviewWindow


@dataclass(frozen=True)
class ConversationPlace:
    case_id: int
    interview_id: int
    speaker: str
    guide_tab: int
    phase: int
    geometry: QByteArray


def place_of(window: InterviewWindow) -> ConversationPlace:
    return ConversationPlace(
        window.record.case_id,
        window.interview_id,
        window.speaker,
        window.side.tabs.currentIndex(),
        window.side.phases.currentRow(),
        window.saveGeometry(),
    )


def restore(window: InterviewWindow, place: ConversationPlace) -> None:
    """Before the window shows: as it was, with the newest lines (the lock's note) in view."""
    window.restoreGeometry(place.geometry)
    window.side.tabs.setCurrentIndex(place.guide_tab)
    if place.phase >= 0:
        window.side.phases.setCurrentRow(place.phase)
    if window.speaker != place.speaker:
        window.toggle_speaker()
    window.table.scrollToBottom()
