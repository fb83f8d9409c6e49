"""What the lock does with the Overview edits of the case on screen, and what the case view says
about them after unlocking (re-walk N3: the save was silent; walk 4: the note had no Undo; walk
7, W7-1: a change to Closed waits for its question; walk 8, W8-2: Discard changes takes a held
back Closed out of the offer). Its own module: the case view shows a case, this keeps its edits
over a lock. Its strings keep the case view's translation context ("CaseView"), where they were
written."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Slot

from adviser_desk.domain.cases import CaseDraft, CaseOutcome, CaseStatus
from adviser_desk.ui.case.case_closing import choose_close, held_close_sentence, hold_close

if TYPE_CHECKING:
    from adviser_desk.ui.case.case_view import CaseView
    from adviser_desk.ui.case.timeline_tab import KeptNote


@dataclass(frozen=True)
class KeptEdits:
    """Overview edits the lock saved: which case, and the case as it was before them. A change
    to Closed is not saved by the lock (closing asks a question): ``close_outcome`` holds it, to
    be chosen again after unlocking; ``saved`` says whether other edits were saved."""

    case_id: int
    number: str
    before: CaseDraft
    saved: bool = True
    close_outcome: CaseOutcome | None = None

    @property
    def saved_number(self) -> str | None:
        """The case number for the lock page's "were saved" line, if anything was saved."""
        return self.number if self.saved else None


# The bar's offer after unlocking with a held back Closed: its undo, sentences, steps and
# which of them is the Closed's.
HeldOffer = tuple[Callable[[], None], list[str], list[Callable[[], object]], int]


class LockKeep(QObject):
    """Saves the Overview edits before a lock and offers their Undo after unlocking."""

    def __init__(self, view: CaseView) -> None:
        super().__init__(view)
        self.view = view
        self._held_offer: HeldOffer | None = None
        view.overview.revert_button.clicked.connect(self._discarded)

    def keep_unsaved(self) -> tuple[bool, KeptEdits | None]:
        """Before locking: unsaved Overview edits are saved without asking (an idle lock has
        nobody to ask). Returns whether nothing is left unsaved (False: the edits could not
        be saved, so the lock must wait) and what was saved, to tell the adviser (re-walk N3:
        the save was silent)."""
        overview, detail = self.view.overview, self.view.detail
        if not overview.is_dirty() or detail is None:
            return True, None
        # The case as it was, taken before saving: saving shows the saved case (Undo's target).
        case_id, number, before = detail.case_id, detail.number, detail.draft
        # Closing waits for its question (walk 7, W7-1): the other edits are saved without it.
        held = hold_close(overview)
        saved = overview.is_dirty()
        if saved and not overview.save_changes(quiet=True):
            choose_close(overview, held)
            return False, None
        return True, KeptEdits(case_id, number, before, saved, held)

    def tell_kept(self, kept: KeptEdits | None, note: KeptNote | None = None) -> None:
        """After unlocking: says that the lock saved the Overview edits of the case on screen
        and added the note being typed, with one Undo that puts the case back as it was before
        the edits and the note's text back in its field (walk 4: the note had no Undo)."""
        view = self.view
        cases = view.cases
        if cases is None:
            return
        said: list[str] = []
        undo: list[Callable[[], object]] = []
        if kept is not None and view.case_id == kept.case_id and kept.saved:
            said.append(
                QCoreApplication.translate(
                    "CaseView",
                    "Your unsaved changes on the Overview of case {number} were saved when the "
                    "case file was locked.",
                ).format(number=kept.number)
            )
            # A reopening the lock saved goes back as an Undo of a reopening does: the day it
            # was closed, and the closing's marks still its own (walk 13).
            if kept.before.status == CaseStatus.CLOSED:
                undo.append(partial(cases.undo_reopen, kept.case_id, kept.before, {}))
            else:
                undo.append(partial(cases.update_case, kept.case_id, kept.before))
        held: int | None = None
        if kept is not None and view.case_id == kept.case_id and kept.close_outcome is not None:
            held = len(said)
            choose_close(view.overview, kept.close_outcome)  # unsaved, as before the lock
            said.append(held_close_sentence(kept.number, unlocked=True))
            undo.append(view.overview.revert)
        if note is not None and view.case_id == note.case_id:
            said.append(view.timeline.kept_sentence(note, unlocked=True))
            undo.append(partial(view.timeline.undo_kept, note))
        self._offer_kept(said, undo, held)

    def _offer_kept(
        self, said: list[str], undo: list[Callable[[], object]], held: int | None
    ) -> None:
        """The bar after unlocking: one sentence and one step per thing the lock kept;
        ``held`` is the one of a held back Closed, which Discard changes takes out."""
        if not said:
            return

        def offered() -> None:
            for step in undo:
                step()

        self.view.undo_bar.offer(
            "\n".join(said),
            offered,
            QCoreApplication.translate("CaseView", "what the lock kept"),
            False,
        )
        self._held_offer = None if held is None else (offered, said, undo, held)

    @Slot()
    def _discarded(self) -> None:
        """Discard changes dropped a held back Closed: the bar no longer says it is chosen
        and its Undo no longer covers it; what else the lock kept stays offered (walk 8,
        W8-2: the bar stayed, with an Undo of what was already discarded)."""
        offer, self._held_offer = self._held_offer, None
        if offer is None or not self.view.undo_bar.offers(offer[0]):
            return
        _, said, undo, held = offer
        rest = [i for i in range(len(said)) if i != held]
        if rest:
            self._offer_kept([said[i] for i in rest], [undo[i] for i in rest], None)
        else:
            self.view.undo_bar.forget()
