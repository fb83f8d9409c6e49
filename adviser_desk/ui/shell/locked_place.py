"""Where the adviser was when the case file was locked, to return to on unlocking."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from adviser_desk.ui.case.case_view import KeptEdits
    from adviser_desk.ui.interview.window_place import ConversationPlace
    from adviser_desk.ui.shell.case_file_page import CaseFilePage


@dataclass(frozen=True)
class LockedPlace:
    """The case and tab on screen, the conversation open in its window, and the Overview
    edits the lock saved without asking (said after unlocking, with Undo: re-walk N3)."""

    case_id: int | None = None
    tab: int = 0
    conversation: ConversationPlace | None = None
    kept: KeptEdits | None = None

    @classmethod
    def of(cls, page: CaseFilePage, kept: KeptEdits | None) -> LockedPlace:
        case_id, tab = page.shown_case()
        return cls(case_id, tab, page.case_view.interviews.open_place(), kept)

    def restore(self, page: CaseFilePage) -> None:
        page.return_to_case(self.case_id, self.tab)  # back where the adviser was
        if self.kept is not None:
            page.case_view.tell_kept(self.kept)
        page.case_view.interviews.reopen_soon(self.conversation)
