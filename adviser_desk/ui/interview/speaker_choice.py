"""Who the next line is from: two buttons side by side, "Question (you)" and "Answer (the
student)", the one in force filled in its colour.

It replaced a coloured label and a "Switch to answer (F2)" / "Switch to question (F2)" toggle
(walk 12, W12-8): Enter switches the speaker after every line, so the toggle's text and width
changed under the mouse, Add moved sideways, and a click meant as "to the answer" on a field
that had already switched made the student's answer the adviser's. A click on either button
now chooses that speaker, however often it is clicked, and neither moves: both are always
there, in the same bold font, and only their colours change. F2 still switches.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from adviser_desk.services.interview_service import ADVISER, STUDENT
from adviser_desk.ui.common import theme


class SpeakerChoice(QWidget):
    """``choose(speaker)`` is called with the speaker of a clicked button."""

    def __init__(self, answering: str, choose: Callable[[str], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("speaker_indicator")
        self.ask = QPushButton(
            QCoreApplication.translate("InterviewWindow", "Question (you)"), self
        )
        self.ask.setObjectName("speaker_ask")
        self.answer = QPushButton(
            QCoreApplication.translate("InterviewWindow", "Answer ({who})").format(who=answering),
            self,
        )
        self.answer.setObjectName("speaker_answer")
        self.group = QButtonGroup(self)  # exclusive: one speaker at a time
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        for button, speaker in ((self.ask, ADVISER), (self.answer, STUDENT)):
            button.setCheckable(True)
            button.setAutoDefault(False)
            # The keys stay in the line field while the adviser types (F2 is the key).
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(
                QCoreApplication.translate(
                    "InterviewWindow", "Who the next line is from (F2 switches)"
                )
            )
            button.clicked.connect(lambda _checked=False, who=speaker: choose(who))
            self.group.addButton(button)
            row.addWidget(button)

    def show_speaker(self, speaker: str) -> None:
        """The button of ``speaker`` is pressed and filled in its colour, the other plain."""
        self.ask.setChecked(speaker == ADVISER)
        self.answer.setChecked(speaker == STUDENT)
        theme.set_role(self.ask, "asking" if speaker == ADVISER else "not_speaking")
        theme.set_role(self.answer, "answering" if speaker == STUDENT else "not_speaking")

    def current(self) -> QPushButton:
        """The button of the speaker in force."""
        return self.ask if self.ask.isChecked() else self.answer
