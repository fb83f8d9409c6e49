"""The case view's line saying that files of the shown case still wait for the question about
minors, and where to answer it.

Built from the case each time its evidence list is read (the one definition of waiting is
``domain.evidence.waits_for_answer``; the evidence service's ``pending`` lists those files), not
from the last action: said only after Later, it was gone once the adviser looked at another
case and came back, and a closed case's Overview showed no sign (walk K, finding 11). It stands
above the tabs, so its coming and going never moves the Overview's Save buttons below them.

Dismiss hides it while the case stays on screen; it comes back when the case is opened again
(after another case, or after a lock), and at once when a file starts waiting that was not
waiting when it was dismissed. Answering some of the files keeps it hidden: the adviser is
working on them.

Dismiss pressed by keyboard puts the focus into the case's current tab, as the tab's letter
does: it went nowhere, no ring showed and the next Tab landed in the search field, where a
Space typed by a keyboard user went (walk L, finding 10). The field Tab came from is not where
it goes back: that is the Overview's Discard changes or the window's tab bar. A click on
Dismiss leaves the focus where it was (the button takes none from the mouse), so typing goes
on in the field the adviser was in. Escape does not dismiss the line: nothing on screen would
say so, and Escape already cancels in the case view's forms and fields.

Tab reaches Dismiss where it is drawn, right after the case list and before the tabs (walk L,
finding 23a): the case view makes the line before its tabs. The line names the waiting files'
numbers, as the Evidence tab's line does (23c)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QWidget

from adviser_desk.ui.common import mnemonics, theme
from adviser_desk.ui.common.focus_show import focus_into
from adviser_desk.ui.evidence.evidence_tab import EvidenceTab
from adviser_desk.ui.evidence.pending_actions import NAMED


class WaitingLine(QWidget):
    """Follows ``evidence``: the case its list shows and the files of it that wait."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waiting_line")
        self.evidence: EvidenceTab | None = None
        self.tabs: QTabWidget | None = None
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        theme.set_role(self.message, "warning")
        # Named for what it closes: "Close" under Save read as closing the case (walk K,
        # finding 29); no letter, the window has none left for a line that comes and goes.
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.setObjectName("dismiss_waiting")
        self.dismiss_button.setToolTip(self.tr("Close this message until the case is opened again"))
        self.dismiss_button.setAccessibleName(self.tr("Close this message"))
        mnemonics.none_for(self.dismiss_button)
        self.dismiss_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.dismiss_button.clicked.connect(self.dismiss)
        # Two lines high at least: the room kept while another case's files wait is as high
        # as the line itself, which wraps to two lines on a 1280-pixel-wide window.
        self.message.setMinimumHeight(2 * self.message.fontMetrics().lineSpacing())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.message, 1)
        row.addWidget(self.dismiss_button)
        self._case: int | None = None  # the case last read
        self._waiting: frozenset[int] = frozenset()  # its files that wait (item ids)
        self._dismissed: frozenset[int] | None = None  # those waiting when dismissed
        self.hide()

    def follow(self, evidence: EvidenceTab, tabs: QTabWidget) -> None:
        """Made before the tabs (its place in the Tab order), told them once they are made.
        ``tabs``: the case's tabs, the focus goes into the current one after Dismiss."""
        self.evidence, self.tabs = evidence, tabs
        # Every read of the evidence list: another case, an answer, a save that made files wait.
        evidence.model.modelReset.connect(self.refresh)

    @Slot()
    def refresh(self) -> None:
        """Reads again which files of the evidence tab's case wait, and shows or hides the line."""
        if self.evidence is None:
            return
        service, case_id = self.evidence.service, self.evidence.case_id
        if case_id != self._case:
            self._case, self._dismissed = case_id, None  # opened again: shown again
        rows = [] if service is None or case_id is None else service.pending(case_id)
        self._waiting = frozenset(row.item_id for row in rows)
        if self._dismissed is not None and not self._waiting <= self._dismissed:
            self._dismissed = None  # a file started waiting since: new, so said
        count = len(rows)
        # By number, as the Evidence tab's line names them (walk L, 23c).
        numbers = [row.number for row in rows]
        named = ", ".join(numbers[:NAMED]) + (", …" if count > NAMED else "")
        self.message.setText(
            self.tr(
                "%n file(s) still wait for the question about minors ({numbers}): answer them "
                "on the Evidence tab, where they are marked.",
                "",
                count,
            ).format(numbers=named)
        )
        # While a file of any case waits, its room stays when it is hidden, so switching
        # between a case with and one without waiting files keeps the tabs still (walk L,
        # 23b); once none waits anywhere, the room goes too.
        keep = count > 0 or (service is not None and service.any_waiting())
        policy = self.sizePolicy()
        if policy.retainSizeWhenHidden() != keep:
            policy.setRetainSizeWhenHidden(keep)
            self.setSizePolicy(policy)
            # A hidden widget's new policy does not reach its parent's layout by itself.
            parent = self.parentWidget()
            layout = None if parent is None else parent.layout()
            if layout is not None:
                layout.invalidate()
        self.setVisible(count > 0 and self._dismissed is None)

    @Slot()
    def dismiss(self) -> None:
        self._dismissed = self._waiting
        by_keyboard = self.dismiss_button.hasFocus()
        self.hide()
        page = None if self.tabs is None else self.tabs.currentWidget()
        if by_keyboard and page is not None:
            focus_into(page)
