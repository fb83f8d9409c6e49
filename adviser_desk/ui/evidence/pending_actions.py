"""Stored files that wait for the question about minors (walk G, finding 2): a case that became
a case of sexting/exposing, sextortion or manipulated images held photos and films stored
without the question. Right after saving, the adviser is asked about each, with the intake's
question; "yes, or not sure" removes the stored original (the mark dialog: where it is, who saw
it), "no" keeps it and is recorded, "Later" leaves it waiting: the list says so, the button
"Mark as possibly sexual image…" becomes "Possibly sexual image? Answer…" on such a file and asks
again, and the police export asks first. The service does the
work; this module only asks and tells."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QMessageBox

from adviser_desk.domain import cases as dc
from adviser_desk.domain import evidence as de
from adviser_desk.domain.work import CancelRequested, Progress
from adviser_desk.services.evidence_service import ItemRow, StoredCopy
from adviser_desk.ui.common import theme
from adviser_desk.ui.common.dialogs import show_error
from adviser_desk.ui.common.errors import known_errors
from adviser_desk.ui.common.focus_show import back_on
from adviser_desk.ui.common.format import mid_sentence
from adviser_desk.ui.common.status_line import StatusLine
from adviser_desk.ui.common.workers import run_with_progress
from adviser_desk.ui.evidence.mark_dialog import MarkDialog
from adviser_desk.ui.evidence.removed_line import RemovedLine

if TYPE_CHECKING:
    from adviser_desk.ui.evidence.evidence_tab import EvidenceTab

# (item, where it is, who saw it, its description if typed) of a file answered "yes, or not sure".
Removal = tuple[ItemRow, str, str, str]

NAMED = 6  # numbers the line under the list names; more end in "…"


class EvidencePendingActions(QObject):
    """The question for stored files that wait for it, after saving and on the tab. Away from
    the tab, the case view's own line says that files wait, read from the case
    (ui/case/waiting_line.py; walk K, finding 11)."""

    def __init__(self, tab: EvidenceTab) -> None:
        super().__init__(tab)
        self.tab = tab
        # Under the list while the case has files that wait, counted from the case file each
        # time the list is read (walk G2, finding 3: the tab's status line, which any later
        # action or another case clears, said "1 file" with two marked after one answer was
        # put off, and nothing once the adviser came back to the case).
        self.notice = StatusLine(tab)
        self.notice.setObjectName("waiting_notice")
        theme.set_role(self.notice, "warning")
        self.notice.hide()

    def show_waiting(self) -> None:
        """Says which files of the shown case wait for the answer (hidden when none do): by
        number, as the warning sign marks them in the list, where a record of an image not
        kept has a sign of its own (walk H, finding 10: both had the same one, and "it is
        marked in the list" could mean either)."""
        tab = self.tab
        numbers: list[str] = []
        if tab.service is not None and tab.case_id is not None:
            numbers = [row.number for row in tab.service.pending(tab.case_id)]
        count = len(numbers)
        named = ", ".join(numbers[:NAMED]) + (", …" if count > NAMED else "")
        text = self.tr(
            "%n file(s) still wait for the question about minors: {numbers}. They are marked "
            "with a warning sign in the list.",
            "",
            count,
        ).format(numbers=named)
        self.notice.setText(text if count else "")
        self.notice.setVisible(count > 0)

    def button_text(self) -> str:
        """The text "Mark as possibly sexual image…" flips to for a file that waits: the
        window has no letter left for a button of its own (walk 11), and the same words keep
        the button's letter when its text flips."""
        return self.tr("Possibly sexual image? Answer…")

    def button_tip(self) -> str:
        return self.tr(
            "The selected file was stored before this became a sexual case: answer whether it "
            "shows someone under 18 naked or sexually"
        )

    @Slot()
    def ask_all(
        self,
        then: Callable[[], None] | None = None,
        before: str = "",
        stopped: Callable[[], None] | None = None,
    ) -> None:
        """Asks about every file of the case that waits; ``then`` runs once none waits any
        more (at once when none did). ``before``: the question's first line, saying what it
        is asked for; ``stopped`` runs when the adviser left files waiting, so what ``then``
        would have done is told as not done (walk I, finding 26: Later cancelled the police
        export without a word)."""
        tab = self.tab
        if tab.service is None or tab.case_id is None:
            return
        with known_errors(tab, self.tr("Question about minors")) as attempt:
            rows = tab.service.pending(tab.case_id)
        if attempt.failed:
            return
        if rows:
            self.ask(rows, then, before, stopped)
        elif then is not None:
            then()

    def ask(
        self,
        rows: list[ItemRow],
        then: Callable[[], None] | None = None,
        before: str = "",
        stopped: Callable[[], None] | None = None,
    ) -> None:
        """One question per file, in list order; "Later" stops. "No" is saved at once; the
        originals answered "yes, or not sure" are removed together afterwards, in the
        background. ``then`` runs once every file was answered (and removed)."""
        tab = self.tab
        service = tab.service
        if service is None:
            return
        removals: list[Removal] = []
        kept: list[str] = []  # answered "no": said on the line, as a removal is (walk J, 18c)
        answered = 0
        for index, row in enumerate(rows, 1):
            answer = self._question(row, index, len(rows), before)
            if answer is None:
                break
            if answer:
                marked = self._where_and_seen(row)
                if marked is None:
                    break
                removals.append((row, *marked))
            else:
                with known_errors(tab, self.tr("Question about minors")) as attempt:
                    service.answer_no(row.item_id)
                if attempt.failed:
                    break
                kept.append(row.number)
            answered += 1
        left = len(rows) - answered
        said = kept_line(kept)
        if removals:
            self._remove(removals, left, then, stopped, said)
            return
        tab.reload()  # the notice under the list says how many still wait
        if said:
            tab.status.setText(said)
        if not left and then is not None:
            then()
        elif left and stopped is not None:
            stopped()

    def _question(self, row: ItemRow, index: int, count: int, before: str = "") -> bool | None:
        """True: yes, or not sure; False: no; None: later."""
        question = (
            self.tr(
                "{number}, {name} — {kind} — was stored before this became a case of sexting, "
                "exposing, sextortion or manipulated images, so nobody was asked about it.\n\n"
                "Does it show someone under 18 naked or sexually? Such material must never be "
                "stored. If yes, or if you are not sure, its stored original is removed and "
                "only its description and SHA-256 are kept.\n\n"
                "{look}"
            )
            if self._sexual_case()
            # The save that made it one was undone, or the type unticked since: the file
            # keeps waiting, the safe side, and is not said to be in such a case (walk I, 21).
            else self.tr(
                "{number}, {name} — {kind} — still waits for the question about minors, asked "
                "when this case was made a case of sexting, exposing, sextortion or "
                "manipulated images.\n\n"
                "Does it show someone under 18 naked or sexually? Such material must never be "
                "stored. If yes, or if you are not sure, its stored original is removed and "
                "only its description and SHA-256 are kept.\n\n"
                "{look}"
            )
        )
        text = (before + "\n\n" if before else "") + question.format(
            look=self._look_first(row),
            number=row.number,
            name=row.original_name or "—",
            # Mid-sentence the kind is lower case, its own brackets a dash: "B-003, photos.zip —
            # archive (zip, rar, …) — was stored" rather than nested brackets (walk M, finding 3).
            kind=mid_sentence(
                QCoreApplication.translate("evidence", de.kind_label(row.kind, row.mime))
            ),
        )
        if index < count:
            # Later ends the series: "(2 of 3)" promised a third question (walk L, finding 5).
            text += "\n\n" + self.tr(
                "Later stops the questions: the next %n file(s) wait(s) too.", "", count - index
            )
        box = QMessageBox(
            QMessageBox.Icon.Question, self._title(index, count), text, parent=self.tab
        )
        box.setObjectName("pending_question")
        yes = box.addButton(self.tr("Yes, or not sure…"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(self.tr("No, keep it"), QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        # No answer is the default: Enter must not answer for the adviser; Escape is Later.
        box.setDefaultButton(later)
        box.setEscapeButton(later)
        try:
            box.exec()
            clicked = box.clickedButton()
        finally:
            box.deleteLater()
        if clicked is yes:
            return True
        if clicked is no:
            return False
        return None

    def _sexual_case(self) -> bool:
        """Whether the shown case is a sexual case now."""
        tab = self.tab
        if tab.service is None or tab.case_id is None:
            return True
        types = tab.service.cases.get_case(tab.case_id).draft.incident_types
        return bool(set(types) & dc.SEXUAL_IMAGE_TYPES)

    def _look_first(self, row: ItemRow) -> str:
        """How to look at the file before answering: Quick view shows pictures only, so for a
        film, an archive or a document it said no more than the SHA-256 (walk I, 24)."""
        if row.kind == de.EvidenceKind.IMAGE:
            return self.tr(
                "To look at it first, choose Later and use Quick view; then select it and "
                "choose “Possibly sexual image? Answer…”."
            )
        return self.tr(
            "Adviser Desk cannot show this file: Quick view shows pictures only. To look at it "
            "first, choose Later and open it where you received it (the student's phone, or "
            "the file you added); then select it here and choose “Possibly sexual image? "
            "Answer…”."
        )

    def _title(self, index: int, count: int) -> str:
        if count == 1:
            return self.tr("Question about minors")
        return self.tr("Question about minors ({index} of {count})").format(
            index=index, count=count
        )

    def _where_and_seen(self, row: ItemRow) -> tuple[str, str, str] | None:
        """The mark dialog, as for "Mark as possibly sexual image…"; None: kept for now."""
        text = self.tr(
            "{number} ({name}) is removed from the case file for good: its stored original and "
            "thumbnail. {number} stays as a record of an image deliberately not kept: its "
            "description, SHA-256, where it came from and who saw it. This cannot be undone.\n\n"
            "Copies exported or handed over earlier are not changed: delete those yourself."
        ).format(number=row.number, name=row.original_name or "—")
        text += self.tab.withhold.also_stored(row)  # named before, not after (walk I, 25)
        dialog = MarkDialog(self.tr("Question about minors"), text, row, self.tab)
        try:
            if dialog.exec():
                return dialog.answers()
            # Kept for now: back on the row, as after the other forms (walk K, finding 31:
            # the focus went to the Cases tab).
            back_on(self.tab.table)
            return None
        finally:
            dialog.deleteLater()

    def _remove(
        self,
        removals: list[Removal],
        left: int,
        then: Callable[[], None] | None,
        stopped: Callable[[], None] | None = None,
        kept: str = "",
    ) -> None:
        """``kept``: the line saying which files were answered "no" in the same round."""
        tab = self.tab
        service, row_case = tab.service, tab.case_id
        if service is None:
            return

        def job(progress: Progress, _cancelled: CancelRequested) -> list[StoredCopy]:
            removed: dict[int, StoredCopy] = {}
            for done, (row, where, seen_by, description) in enumerate(removals, 1):
                if row.item_id not in removed:  # else removed already as an earlier one's copy
                    changed = service.withhold_stored(row.item_id, where, seen_by, description)
                    removed |= {c.item_id: c for c in changed}
                progress(done, len(removals))
            return list(removed.values())

        def finished(changed: list[StoredCopy]) -> None:
            tab.model.forget_thumbnails()
            tab.reload()
            removed = RemovedLine(self).text(changed, row_case)
            tab.status.setText(" ".join(filter(None, (kept, removed))))
            if not left and then is not None:
                then()
            elif left and stopped is not None:
                stopped()

        def failed(exc: BaseException) -> None:
            tab.model.forget_thumbnails()
            tab.reload()
            show_error(tab, self.tr("The stored original was not removed"), exc)

        tab.task = run_with_progress(
            tab,
            self.tr("Remove stored original"),
            self.tr("Removing the stored original and overwriting it in the case file…"),
            job,
            finished,
            failed,
            cancellable=False,
        )


def kept_line(numbers: list[str]) -> str:
    """What "No, keep it" did, or "" when no file was answered so (walk J, finding 18c: the
    removal said what it did on the line under the list, the answer "no" said nothing)."""
    if not numbers:
        return ""
    return QCoreApplication.translate(
        "EvidencePendingActions",
        "Kept: {numbers} (answered: not a sexual image of a minor).",
    ).format(numbers=", ".join(numbers))
