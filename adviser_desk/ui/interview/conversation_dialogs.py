"""Starting a conversation (its kind, who takes part, the student's age band) and closing it
(agreements, follow-up tasks and, where the conversation decides it, who may be told)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from adviser_desk.domain import cases as dc
from adviser_desk.domain.conversations import (
    AGE_BAND_LABELS,
    DEFAULT_AGE_BAND,
    REPEATABLE,
    TYPE_LABELS,
    ConversationType,
    age_band,
)
from adviser_desk.domain.interview_closing import ClosingDraft as ClosingDraft
from adviser_desk.services.interview_service import Closing, InterviewService
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common import theme
from adviser_desk.ui.common.fit import ScrollingArea, keep_on_screen
from adviser_desk.ui.common.form_dialog import FormDialog
from adviser_desk.ui.common.widgets import CheckGroup, ChoiceCombo, YesNoCombo

_t = fmt.translate

# Whom each kind of conversation is usually with, to pick from the case's people.
_USUAL_ROLE = {
    ConversationType.VICTIM: dc.Role.VICTIM,
    ConversationType.VICTIM_PARENTS: dc.Role.PARENT,
    ConversationType.DISTRIBUTOR: dc.Role.DISTRIBUTOR,
    ConversationType.DISTRIBUTOR_PARENTS: dc.Role.PARENT,
    ConversationType.EVALUATION: dc.Role.VICTIM,
}


# Who fits each kind in the person list (None: anyone in the case; empty: nobody, a group).
_FITTING_ROLES: dict[ConversationType, frozenset[dc.Role] | None] = {
    ConversationType.VICTIM: frozenset({dc.Role.VICTIM}),
    ConversationType.VICTIM_PARENTS: frozenset({dc.Role.PARENT}),
    ConversationType.DISTRIBUTOR: frozenset({dc.Role.DISTRIBUTOR}),
    ConversationType.DISTRIBUTOR_PARENTS: frozenset({dc.Role.PARENT}),
    ConversationType.CLASS: frozenset(),
    ConversationType.EVALUATION: frozenset({dc.Role.VICTIM, dc.Role.PARENT, dc.Role.STAFF}),
    ConversationType.OTHER: None,
}


def _surname(name: str) -> str:
    words = name.split()
    return words[-1].casefold() if words else ""


def fitting_people(kind: ConversationType, people: list[dc.PersonInCase]) -> list[dc.PersonInCase]:
    """The people a conversation of this kind can be with. A case does not say whose parent
    a parent is, so a parent with the victim's surname (and no distributor's) is not offered
    for a distributor's parents, and the other way round."""
    roles = _FITTING_ROLES.get(kind)
    if roles is None:
        return list(people)
    fitting = [p for p in people if p.role in roles]
    if kind in (ConversationType.VICTIM_PARENTS, ConversationType.DISTRIBUTOR_PARENTS):
        victims = {_surname(p.name) for p in people if p.role == dc.Role.VICTIM}
        distributors = {_surname(p.name) for p in people if p.role == dc.Role.DISTRIBUTOR}
        own, other = (
            (victims, distributors)
            if kind == ConversationType.VICTIM_PARENTS
            else (distributors, victims)
        )
        fitting = [p for p in fitting if _surname(p.name) in own or _surname(p.name) not in other]
    return fitting


class ClosingDialog(FormDialog):
    """Agreements, follow-up tasks and the impact fields, carried into the case; who may be
    told, publicity and wishes only where the conversation decides them (the victim's and the
    parents' conversations, the evaluation)."""

    def __init__(
        self,
        service: InterviewService,
        case_id: int,
        parent: QWidget | None,
        asks_consent: bool = True,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("ClosingDialog", "Close the interview"), parent, 560
        )
        self.closing: Closing | None = None
        self.asks_consent = asks_consent
        draft = service.cases.get_case(case_id).draft
        self.agreements = QPlainTextEdit(self)
        self.agreements.setObjectName("agreements")
        self.agreements.setMaximumHeight(80)
        self.wishes = QPlainTextEdit(self)
        self.wishes.setObjectName("wishes")
        self.wishes.setMaximumHeight(60)
        # Consent and the decisions of this conversation start open: nothing is taken over
        # from the case as if it had been given here. A hint beside each says what the case
        # has now, and what is left open keeps the case's answer.
        self.may_tell = CheckGroup(dc.AUDIENCE_LABELS, 3, self)
        self.publicity = ChoiceCombo(dc.PUBLICITY_LABELS, self)
        self.publicity.set_value(dc.Publicity.UNDECIDED)
        self.follow_up = QPlainTextEdit(self)
        self.follow_up.setObjectName("follow_up")
        self.follow_up.setPlaceholderText(self.tr("One task per line"))
        self.follow_up.setMaximumHeight(70)
        self.images = ChoiceCombo(dc.IMAGES_LABELS, self)
        self.images.set_value(draft.images)
        self.reach = ChoiceCombo(dc.REACH_LABELS, self)
        self.reach.set_value(draft.reach)
        self.spreading = YesNoCombo(self)
        self.offence = YesNoCombo(self)
        self.psych = YesNoCombo(self)
        told = ", ".join(_t("cases", dc.AUDIENCE_LABELS[a]) for a in draft.may_tell)
        self.may_tell_hint = self._hint(
            self.tr(
                "Tick only who the student agreed to in this conversation. In the case now: "
                "{audience}. Left all unticked, the case keeps that."
            ).format(audience=told or self.tr("nobody"))
        )
        self.publicity_hint = self._case_hint(_t("cases", dc.PUBLICITY_LABELS[draft.publicity]))
        self.spreading_hint = self._case_hint(self._yes_no(draft.still_spreading))
        self.offence_hint = self._case_hint(self._yes_no(draft.offence_suspected))
        self.psych_hint = self._case_hint(self._yes_no(draft.psychological_help))
        form = self.form
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("What was agreed:"), self.agreements)
        if asks_consent:
            form.addRow(self.tr("The student's wishes:"), self.wishes)
            form.addRow(self.tr("May be told:"), self.may_tell)
            form.addRow("", self.may_tell_hint)
            self._add_beside(self.tr("Publicity:"), self.publicity, self.publicity_hint)
        else:
            for widget in (
                self.wishes,
                self.may_tell,
                self.publicity,
                self.may_tell_hint,
                self.publicity_hint,
            ):
                widget.hide()
            note = QLabel(
                self.tr(
                    "Who may be told and the wishes about publicity are the victim's to decide; "
                    "this conversation leaves them as they are."
                ),
                self,
            )
            note.setObjectName("consent_note")
            note.setWordWrap(True)
            note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            form.addRow(note)
        form.addRow(self.tr("Follow-up tasks:"), self.follow_up)
        form.addRow(self.tr("Images:"), self.images)
        form.addRow(self.tr("Seen by:"), self.reach)
        self._add_beside(self.tr("Still spreading:"), self.spreading, self.spreading_hint)
        self._add_beside(self.tr("Criminal offence suspected:"), self.offence, self.offence_hint)
        self._add_beside(self.tr("Psychological help needed:"), self.psych, self.psych_hint)
        self.finish_layout()
        self._initial = self.draft()

    def draft(self) -> ClosingDraft:
        return ClosingDraft(
            agreements=self.agreements.toPlainText(),
            wishes=self.wishes.toPlainText(),
            may_tell=tuple(self.may_tell.values()),
            publicity=self.publicity.value(),
            follow_up=self.follow_up.toPlainText(),
            images=self.images.value(),
            reach=self.reach.value(),
            still_spreading=self.spreading.value(),
            offence_suspected=self.offence.value(),
            psychological_help=self.psych.value(),
        )

    def changed_draft(self) -> ClosingDraft | None:
        """What the adviser typed or chose here; None if the dialog is as it opened."""
        draft = self.draft()
        return None if draft == self._initial else draft

    def restore(self, draft: ClosingDraft) -> None:
        """Shows a draft kept from an earlier, cancelled opening."""
        self.agreements.setPlainText(draft.agreements)
        self.wishes.setPlainText(draft.wishes)
        self.may_tell.set_values(draft.may_tell)
        self.publicity.set_value(draft.publicity)
        self.follow_up.setPlainText(draft.follow_up)
        self.images.set_value(draft.images)
        self.reach.set_value(draft.reach)
        self.spreading.set_value(draft.still_spreading)
        self.offence.set_value(draft.offence_suspected)
        self.psych.set_value(draft.psychological_help)

    def keep_unsaved(self) -> None:
        """On lock (close_open_dialogs): the interview window behind this dialog keeps what was
        typed here as a note (InterviewWindow.keep_unsaved), so nothing is lost."""

    def _hint(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        theme.set_role(label, "hint")
        return label

    def _case_hint(self, value: str) -> QLabel:
        return self._hint(self.tr("In the case now: {value}").format(value=value))

    def _yes_no(self, value: bool | None) -> str:
        if value is None:
            return QCoreApplication.translate("case_widgets", "Not known")
        return QCoreApplication.translate("case_widgets", "Yes" if value else "No")

    def _add_beside(self, text: str, field: QWidget, hint: QLabel) -> None:
        """A form row of a field with the case's answer beside it. The label's Alt letter goes
        to the field: a buddy that is the row (a plain widget) took no focus (walk 5, W5-4)."""
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(field)
        layout.addWidget(hint, 1)
        self.form.addRow(text, row)
        label = self.form.labelForField(row)
        if isinstance(label, QLabel):
            label.setBuddy(field)

    def apply(self) -> None:
        consent = self.asks_consent
        publicity = self.publicity.value()
        self.closing = Closing(
            agreements=self.agreements.toPlainText(),
            wishes=self.wishes.toPlainText() if consent else "",
            # Nothing ticked, or nothing chosen: the case keeps what it has.
            may_tell=(self.may_tell.values() or None) if consent else None,
            publicity=publicity if consent and publicity != dc.Publicity.UNDECIDED else None,
            follow_up=self.follow_up.toPlainText().splitlines(),
            images=self.images.value(),
            reach=self.reach.value(),
            still_spreading=self.spreading.value(),
            offence_suspected=self.offence.value(),
            psychological_help=self.psych.value(),
        )


class NewInterviewDialog(FormDialog):
    """Which conversation, with whom, who takes part, the student's age band, where, and in
    which language."""

    def __init__(
        self, service: InterviewService, case_id: int, language: str, parent: QWidget | None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("NewInterviewDialog", "New conversation"), parent, 500
        )
        self.service = service
        self.case_id = case_id
        self.ui_language = language
        self.interview_id: int | None = None
        self.people = [p for p in service.cases.people(case_id) if not p.anonymous]
        self.earlier = service.list_for_case(case_id)
        self.kind = QComboBox(self)
        self.kind.setObjectName("conversation_type")
        for key, label in TYPE_LABELS.items():
            self.kind.addItem(_t("conversations", label), str(key))
        self.person = QComboBox(self)
        self.person.setObjectName("person")
        self.repeat_note = QLabel(self)
        self.repeat_note.setObjectName("repeat_note")
        self.repeat_note.setWordWrap(True)
        self.taking_part = QWidget(self)
        self.taking_part.setObjectName("taking_part")
        self.taking_part_grid = QGridLayout(self.taking_part)
        self.taking_part_grid.setContentsMargins(0, 0, 0, 0)
        self.participant_boxes: list[tuple[dict[str, str], QCheckBox]] = []
        self.present = QLineEdit(self)
        self.present.setObjectName("present")
        self.present.setPlaceholderText(self.tr("e.g. the mentor; nobody else"))
        self.age_band = QComboBox(self)
        self.age_band.setObjectName("age_band")
        for band, label in AGE_BAND_LABELS.items():
            self.age_band.addItem(_t("conversations", label), str(band))
        chosen = age_band(service.last_age_band(case_id) or DEFAULT_AGE_BAND)
        self.age_band.setCurrentIndex(self.age_band.findData(str(chosen)))
        self.place = QLineEdit(self)
        self.place.setObjectName("place")
        self.language = QComboBox(self)
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if language == "nl" else 1)
        form = self.form
        form.addRow(self.tr("Conversation with:"), self.kind)
        form.addRow(self.tr("Person:"), self.person)
        form.addRow(self.repeat_note)
        form.addRow(self.tr("Taking part:"), self.taking_part)
        form.addRow(self.tr("Also present:"), self.present)
        form.addRow(self.tr("Student's age:"), self.age_band)
        form.addRow(self.tr("Place:"), self.place)
        form.addRow(self.tr("Language:"), self.language)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.finish_layout()
        # Enter on a closed combo box presses OK (some platform themes open the list instead).
        for combo in (self.kind, self.person, self.age_band, self.language):
            combo.installEventFilter(self)
        self.kind.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(watched, QComboBox)
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            and not watched.view().isVisible()
        ):
            self._ok()
            return True
        return super().eventFilter(watched, event)

    def _fill_people(self, kind: ConversationType) -> None:
        """Only the people who fit this kind; a choice that no longer fits is cleared."""
        chosen = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem("—", None)
        for person in fitting_people(kind, self.people):
            role = _t("cases", dc.ROLE_LABELS[person.role])
            self.person.addItem(f"{person.name} ({role})", person.person_id)
        self.person.setCurrentIndex(max(self.person.findData(chosen), 0) if chosen else 0)
        self.person.blockSignals(False)

    def _grow(self) -> None:
        """Another kind brings longer texts: the dialog grows to show them (within the
        screen), rather than cutting them off behind a scroll bar."""
        if not self.isVisible():
            return
        # The scroll area learns of its content's new size only when told.
        for area in self.findChildren(ScrollingArea):
            content = area.widget()
            inner = content.layout() if content is not None else None
            if inner is not None:
                inner.activate()
            area.updateGeometry()
        layout = self.layout()
        if layout is not None:
            layout.activate()
        wanted = self.sizeHint().expandedTo(self.size())
        if wanted != self.size():
            self.resize(wanted)
            keep_on_screen(self)

    def conversation_type(self) -> ConversationType:
        return ConversationType(str(self.kind.currentData()))

    @Slot()
    def _kind_changed(self) -> None:
        kind = self.conversation_type()
        guide = self.service.guide_for(kind)
        # Who takes part: the guide's usual participants, to tick.
        for _text, box in self.participant_boxes:
            box.setParent(None)  # gone at once, not at the next event loop turn
            box.deleteLater()
        self.participant_boxes = []
        for i, participant in enumerate(guide.participants):
            box = QCheckBox(participant.label(self.ui_language), self.taking_part)
            box.setObjectName(f"takes_part_{participant.key}")
            self.taking_part_grid.addWidget(box, i // 2, i % 2)
            box.show()  # the layout would show it only at the next event loop turn
            self.participant_boxes.append((participant.text, box))
        # The person it is usually with; a distributor not yet spoken with comes first.
        self._fill_people(kind)
        role = _USUAL_ROLE.get(kind)
        spoken = {row.person_name for row in self.earlier if row.with_role == kind}
        candidates = [p for p in fitting_people(kind, self.people) if p.role == role]
        fresh = [p for p in candidates if p.name not in spoken] or candidates
        index = self.person.findData(fresh[0].person_id) if fresh and role else 0
        self.person.setCurrentIndex(max(index, 0))
        if kind in REPEATABLE:
            held = sum(1 for row in self.earlier if row.with_role == kind)
            text = self.tr(
                "Several distributors are common: hold a conversation with each of them "
                "(and with each one's parents) on their own."
            )
            if held:
                text += " " + self.tr("Held in this case so far: {count}.").format(count=held)
            self.repeat_note.setText(text)
        self.repeat_note.setVisible(kind in REPEATABLE)
        QTimer.singleShot(0, self, self._grow)  # cancelled if the dialog goes first

    def present_text(self) -> str:
        """Who takes part, in the conversation's language, then whoever else is typed."""
        language = str(self.language.currentData())
        parts = [
            text.get(language, text["nl"])
            for text, box in self.participant_boxes
            if box.isChecked()
        ]
        extra = self.present.text().strip()
        return "; ".join(x for x in (", ".join(parts), extra) if x)

    def apply(self) -> None:
        self.interview_id = self.service.start(
            self.case_id,
            str(self.conversation_type()),
            self.person.currentData(),
            self.place.text(),
            self.present_text(),
            str(self.language.currentData()),
            age_band=str(self.age_band.currentData()),
        )
