"""Where the adviser was when the case file was locked, to return to on unlocking."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from adviser_desk.ui.case.case_closing import held_close_sentence

if TYPE_CHECKING:
    from adviser_desk.ui.case.lock_keep import KeptEdits
    from adviser_desk.ui.case.timeline_tab import KeptNote
    from adviser_desk.ui.interview.closing_kept import KeptClosing
    from adviser_desk.ui.interview.typed_kept import KeptLine
    from adviser_desk.ui.interview.window_place import ConversationPlace
    from adviser_desk.ui.letters.letter_place import LetterPlace
    from adviser_desk.ui.shell.case_file_page import CaseFilePage


@dataclass(frozen=True)
class LockedPlace:
    """The case and tab on screen, the conversation or letter open in its window, what the lock
    saved without asking: the Overview edits and the note being typed (said after unlocking,
    with Undo: re-walk N3, walk 4)."""

    case_id: int | None = None
    tab: int = 0
    conversation: ConversationPlace | None = None
    kept: KeptEdits | None = None
    note: KeptNote | None = None
    letter: LetterPlace | None = None
    closings: tuple[KeptClosing, ...] = ()  # closing drafts kept as notes, ticks in memory
    typed: tuple[KeptLine, ...] = ()  # lines typed in an interview, kept as notes

    @classmethod
    def keep(cls, page: CaseFilePage, kept: KeptEdits | None) -> tuple[LockedPlace, list[str]]:
        """Before locking, once the Overview edits are saved (``kept``): what was being typed
        elsewhere is kept too (closing drafts of conversations as notes in them, the note on
        the Timeline added, a letter being edited saved as a version) and the place noted.
        Returns it with the lock page's sentences."""
        # Imported here: this module is part of the first window, which is shown before the
        # services load (tests/ui/test_startup.py); a lock only ever follows an open file.
        from adviser_desk.ui.interview.typed_kept import kept_sentence

        view = page.case_view
        closings = view.interviews.keep_closing_drafts()
        typed = view.interviews.kept_typed()
        note = view.timeline.keep_unsaved()
        letter, letter_said = view.letters.keep_open_editor()
        case_id, tab = page.shown_case()
        conversation = view.interviews.open_place()
        place = cls(case_id, tab, conversation, kept, note, letter, closings, typed)
        said = [] if note is None else [view.timeline.kept_sentence(note)]
        said += [kept_sentence(line) for line in typed]
        said += [s for s in (view.interviews.kept_sentence(closings), letter_said) if s]
        if kept is not None and kept.close_outcome is not None:
            said.append(held_close_sentence(kept.number))
        return place, said

    def restore(self, page: CaseFilePage, then: Callable[[], None] = lambda: None) -> None:
        """Back where the adviser was; ``then``: New case opens again as the lock kept it."""
        page.return_to_case(self.case_id, self.tab)  # back where the adviser was
        page.case_view.tell_kept(self.kept, self.note)
        page.case_view.interviews.restore_closings(self.closings)  # before the window opens
        page.case_view.interviews.typed_back = self.typed  # into Said, Note when it opens
        page.case_view.interviews.reopen_soon(self.conversation)
        page.case_view.letters.reopen_soon(self.letter)  # the letter editor, as it was
        then()
