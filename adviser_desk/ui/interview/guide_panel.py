"""The interview window's side panel: the conversation's guide (phases, what to do and to
avoid, open prompts) and its checklist, where ticking an item records the time."""

from __future__ import annotations

import html
from collections.abc import Collection

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from adviser_desk.domain.conversations import AGE_BAND_LABELS, age_band
from adviser_desk.domain.interview_guide import CheckItem, InterviewGuide
from adviser_desk.services.interview_service import InterviewService
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common.errors import known_errors


class GuidePanel(QObject):
    """The guide and the checklist as two tabs (``tabs``, made last so Tab reaches them in the
    order they are shown); emits ``prompt_chosen`` with a prompt's text when it is picked.
    The prompts and advice are worded for the student's age band; ``profile_note`` says what
    the checker does not flag in this kind of conversation."""

    prompt_chosen = Signal(str)

    def __init__(
        self,
        service: InterviewService,
        interview_id: int,
        guide: InterviewGuide,
        checklist: list[CheckItem],
        ticked: Collection[str],
        language: str,
        parent: QWidget,
        band: str = "",
        profile_note: str = "",
    ) -> None:
        super().__init__(parent)
        self.window = parent
        self.service, self.interview_id = service, interview_id
        self.guide, self.language, self.band = guide, language, band
        # Guide: phases, their do's and don'ts, and prompts to use.
        guide_page = QWidget(parent)
        self.phases = QListWidget(guide_page)
        self.phases.setObjectName("phases")
        self.phases.setAccessibleName(self.tr("Phases of the conversation"))
        for phase in guide.phases:
            self.phases.addItem(phase.heading(language))
        self.phases.setMaximumHeight(150)
        self.advice = QTextBrowser(guide_page)
        self.advice.setObjectName("advice")
        self.prompts = QListWidget(guide_page)
        self.prompts.setObjectName("prompts")
        self.prompts.setWordWrap(True)
        self.prompts.itemActivated.connect(self._use_prompt)
        self.prompts.itemDoubleClicked.connect(self._use_prompt)
        layout = QVBoxLayout(guide_page)
        layout.addWidget(self.phases)
        layout.addWidget(self.advice, 1)
        prompts_label = self.tr("Open prompts (double-click to use):")
        if band:
            label = fmt.translate("conversations", AGE_BAND_LABELS[age_band(band)])
            prompts_label = self.tr("Open prompts for {band} (double-click to use):").format(
                band=label[:1].lower() + label[1:]
            )
        prompts_title = QLabel(prompts_label, guide_page)
        prompts_title.setWordWrap(True)
        layout.addWidget(prompts_title)
        layout.addWidget(self.prompts, 1)
        # What the checker does not flag in this kind of conversation, and why.
        text = fmt.translate("checker_profiles", profile_note) if profile_note else ""
        self.profile_note = QLabel(f"<i>{html.escape(text)}</i>", guide_page)
        self.profile_note.setObjectName("profile_note")
        self.profile_note.setWordWrap(True)
        self.profile_note.setVisible(bool(profile_note))
        layout.addWidget(self.profile_note)
        self.phases.currentRowChanged.connect(self._show_phase)

        # Checklist: ticking records the time.
        self.checklist = QListWidget(parent)
        self.checklist.setObjectName("checklist")
        self.checklist.setWordWrap(True)  # long items wrap instead of being cut off
        for item in checklist:
            entry = QListWidgetItem(item.label(language))
            entry.setData(Qt.ItemDataRole.UserRole, item.key)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            state = Qt.CheckState.Checked if item.key in ticked else Qt.CheckState.Unchecked
            entry.setCheckState(state)
            self.checklist.addItem(entry)
        self.checklist.itemChanged.connect(self._ticked)
        self.tabs = QTabWidget(parent)
        self.tabs.addTab(guide_page, self.tr("Guide"))
        self.tabs.addTab(self.checklist, self.tr("Checklist"))

    def _show_phase(self, index: int) -> None:
        phases = self.guide.phases
        if not 0 <= index < len(phases):
            return
        phase = phases[index]
        lang, band = self.language, self.band
        do = "".join(f"<li>{html.escape(t.say(lang, band))}</li>" for t in phase.do)
        dont = "".join(f"<li>{html.escape(t.say(lang, band))}</li>" for t in phase.dont)
        do_title, avoid_title = self.tr("Do"), self.tr("Avoid")
        self.advice.setHtml(f"<b>{do_title}</b><ul>{do}</ul><b>{avoid_title}</b><ul>{dont}</ul>")
        self.prompts.clear()
        for prompt in phase.prompts:
            self.prompts.addItem(prompt.say(lang, band))

    def _use_prompt(self, item: QListWidgetItem) -> None:
        self.prompt_chosen.emit(item.text())

    def _ticked(self, item: QListWidgetItem) -> None:
        with known_errors(self.window, self.tr("Not recorded")):
            self.service.tick(
                self.interview_id,
                str(item.data(Qt.ItemDataRole.UserRole)),
                item.checkState() == Qt.CheckState.Checked,
            )
