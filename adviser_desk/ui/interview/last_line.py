"""Under the line field: the last said line and who it was recorded for, with a button that
changes its speaker.

Walk 12, W12-8: a mouse user recorded the student's answer as said by the adviser and found
no way to correct it (Change speaker was only in the transcript's context menu and on
Shift+F2). The bar shows at once whose line was just added, and its button corrects it in the
open: the change goes through SpeakerFix.change, which keeps the line, writes a note into the
conversation saying what was corrected and records it in the audit, so the record shows the
correction rather than a silent rewrite.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from adviser_desk.services.interview_service import ADVISER, NOTE, STUDENT, LineRow
from adviser_desk.ui.common import theme

SHOWN = 70  # characters of the line shown; the whole line is in the tooltip and the transcript


class LastLine(QWidget):
    """``who(speaker)`` names a speaker; ``change(line)`` gives ``line`` the other speaker."""

    def __init__(
        self,
        who: Callable[[str], str],
        change: Callable[[LineRow], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("last_line")
        self.who, self._change = who, change
        self.line: LineRow | None = None
        self.message = QLabel(self)
        self.message.setObjectName("last_line_text")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        theme.set_role(self.message, "hint")
        self.button = QPushButton(
            QCoreApplication.translate("InterviewWindow", "Change speaker"), self
        )
        self.button.setObjectName("last_line_speaker")
        self.button.setAutoDefault(False)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the line field
        self.button.clicked.connect(self._clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.message, 1)
        row.addWidget(self.button)
        # Its room is kept before the first line too, so the field and its buttons above do
        # not jump up when the bar shows.
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        for part in (self.message, self.button):
            part_policy = part.sizePolicy()
            part_policy.setRetainSizeWhenHidden(True)
            part.setSizePolicy(part_policy)
        self.hide()

    def show_last(self, rows: list[LineRow], may_change: bool) -> None:
        """The last said line of ``rows`` (notes skipped); hidden while there is none."""
        said = [row for row in rows if row.speaker != NOTE]
        self.line = said[-1] if said else None
        if self.line is None:
            self.hide()
            return
        text = self.line.text
        short = text if len(text) <= SHOWN else text[: SHOWN - 1].rstrip() + "…"
        who = self.who(self.line.speaker)
        self.message.setText(
            QCoreApplication.translate("InterviewWindow", "Last line ({who}): “{text}”").format(
                who=who.lower(), text=short
            )
        )
        self.message.setToolTip(text)
        other = self.who(STUDENT if self.line.speaker == ADVISER else ADVISER)
        self.button.setToolTip(
            QCoreApplication.translate(
                "InterviewWindow",
                "The last line was said by {other}: record that, with a note of the change",
            ).format(other=other.lower())
        )
        self.button.setVisible(may_change)
        self.show()

    def _clicked(self) -> None:
        if self.line is not None:
            self._change(self.line)
