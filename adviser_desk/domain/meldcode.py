"""The Meldcode (the Dutch reporting code for domestic violence and child abuse) as a record
per case: its five steps, the two decisions of step 5, and the rules that need no database.

The steps follow the Wet verplichte meldcode and its afwegingskader (2019): map the signals,
consult a colleague (and Veilig Thuis when in doubt), talk with the student (and parents when
that is safe), weigh with the afwegingskader, then decide twice: is a report to Veilig Thuis
necessary, and is help possible and enough. Each entry says when and by whom, so the case
summary can show the school followed the code.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP

CTX = "meldcode"
SOURCE = "Meldcode huiselijk geweld en kindermishandeling, afwegingskader (2019)"


class Step(StrEnum):
    SIGNALS = "signals"
    CONSULTATION = "consultation"
    CONVERSATION = "conversation"
    WEIGHING = "weighing"
    REPORT_DECISION = "report_decision"
    HELP_DECISION = "help_decision"


STEPS: tuple[Step, ...] = tuple(Step)

STEP_LABELS = {
    Step.SIGNALS: QT_TRANSLATE_NOOP("meldcode", "Step 1: map the signals"),
    Step.CONSULTATION: QT_TRANSLATE_NOOP(
        "meldcode", "Step 2: consult a colleague and, if needed, Veilig Thuis"
    ),
    Step.CONVERSATION: QT_TRANSLATE_NOOP("meldcode", "Step 3: talk with the student"),
    Step.WEIGHING: QT_TRANSLATE_NOOP("meldcode", "Step 4: weigh (afwegingskader)"),
    Step.REPORT_DECISION: QT_TRANSLATE_NOOP(
        "meldcode", "Step 5, decision 1: is a report to Veilig Thuis necessary?"
    ),
    Step.HELP_DECISION: QT_TRANSLATE_NOOP(
        "meldcode", "Step 5, decision 2: is help possible, and is it enough?"
    ),
}

STEP_HINTS = {
    Step.SIGNALS: QT_TRANSLATE_NOOP(
        "meldcode",
        "Write down the facts and what you saw or heard, with dates, and keep them apart from "
        "what you think. Note contacts with the student, the parents and others.",
    ),
    Step.CONSULTATION: QT_TRANSLATE_NOOP(
        "meldcode",
        "Discuss the signals with a colleague (the care coordinator or confidential adviser). "
        "Ask Veilig Thuis for advice when in doubt; that can be done without names.",
    ),
    Step.CONVERSATION: QT_TRANSLATE_NOOP(
        "meldcode",
        "Discuss the signals with the student and, where that is safe, with the parents. Skip "
        "the conversation only when it would endanger the student or anyone else, and write "
        "down why.",
    ),
    Step.WEIGHING: QT_TRANSLATE_NOOP(
        "meldcode",
        "Using steps 1 to 3: is there a suspicion of domestic violence or child abuse, and is "
        "there acute or structural unsafety? When in doubt, always ask Veilig Thuis.",
    ),
    Step.REPORT_DECISION: QT_TRANSLATE_NOOP(
        "meldcode",
        "A report to Veilig Thuis is necessary when there is acute or structural unsafety, or "
        "a doubt about it. Tell the student (and parents) before you report.",
    ),
    Step.HELP_DECISION: QT_TRANSLATE_NOOP(
        "meldcode",
        "Can the school, together with the student and parents, offer or arrange fitting help, "
        "will they accept it, and will it stop the unsafety? If not, report.",
    ),
}


class Answer(StrEnum):
    NONE = ""
    # Step 2
    COLLEAGUE = "colleague"
    VEILIG_THUIS = "veilig_thuis"
    COLLEAGUE_AND_VEILIG_THUIS = "colleague_and_veilig_thuis"
    # Step 3
    HELD = "held"
    NOT_HELD_UNSAFE = "not_held_unsafe"
    # Step 4
    NO_SUSPICION = "no_suspicion"
    SUSPICION = "suspicion"
    UNSAFE = "unsafe"  # acute or structural unsafety, or a doubt about it
    # Step 5
    YES = "yes"
    NO = "no"


ANSWERS: dict[Step, tuple[Answer, ...]] = {
    Step.SIGNALS: (),
    Step.CONSULTATION: (
        Answer.COLLEAGUE,
        Answer.VEILIG_THUIS,
        Answer.COLLEAGUE_AND_VEILIG_THUIS,
    ),
    Step.CONVERSATION: (Answer.HELD, Answer.NOT_HELD_UNSAFE),
    Step.WEIGHING: (Answer.NO_SUSPICION, Answer.SUSPICION, Answer.UNSAFE),
    Step.REPORT_DECISION: (Answer.YES, Answer.NO),
    Step.HELP_DECISION: (Answer.YES, Answer.NO),
}

ANSWER_LABELS = {
    Answer.NONE: QT_TRANSLATE_NOOP("meldcode", "not answered"),
    Answer.COLLEAGUE: QT_TRANSLATE_NOOP("meldcode", "With a colleague"),
    Answer.VEILIG_THUIS: QT_TRANSLATE_NOOP("meldcode", "With Veilig Thuis"),
    Answer.COLLEAGUE_AND_VEILIG_THUIS: QT_TRANSLATE_NOOP(
        "meldcode", "With a colleague and with Veilig Thuis"
    ),
    Answer.HELD: QT_TRANSLATE_NOOP("meldcode", "The conversation was held"),
    Answer.NOT_HELD_UNSAFE: QT_TRANSLATE_NOOP(
        "meldcode", "Not held: it would have endangered the student or others"
    ),
    Answer.NO_SUSPICION: QT_TRANSLATE_NOOP("meldcode", "No suspicion of violence or abuse"),
    Answer.SUSPICION: QT_TRANSLATE_NOOP(
        "meldcode", "A suspicion, without acute or structural unsafety"
    ),
    Answer.UNSAFE: QT_TRANSLATE_NOOP(
        "meldcode", "Acute or structural unsafety, or a doubt about it"
    ),
    Answer.YES: QT_TRANSLATE_NOOP("meldcode", "Yes"),
    Answer.NO: QT_TRANSLATE_NOOP("meldcode", "No"),
}

STEP_PREFIXES = {
    Step.SIGNALS: "1",
    Step.CONSULTATION: "2",
    Step.CONVERSATION: "3",
    Step.WEIGHING: "4",
    Step.REPORT_DECISION: "5.1",
    Step.HELP_DECISION: "5.2",
}


def mentioned_in(text: str) -> bool:
    """A protocol task that names the Meldcode (in either language) links to the record."""
    return "meldcode" in text.casefold()


@dataclass(frozen=True)
class Entry:
    """One step as recorded: when, by whom, the answer where the step has one, and a note."""

    step: Step
    done_on: date | None = None
    by: str = ""
    answer: Answer = Answer.NONE
    note: str = ""

    @property
    def empty(self) -> bool:
        return self.done_on is None and not self.by and not self.answer and not self.note


class MeldcodeInputError(ValueError):
    """An entry that cannot be stored as given; ``message`` is a translatable text."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


NEEDS_DATE = QT_TRANSLATE_NOOP("meldcode", "Give the date this step was taken.")
NEEDS_WHO = QT_TRANSLATE_NOOP("meldcode", "Say who took this step.")
IN_FUTURE = QT_TRANSLATE_NOOP("meldcode", "The date of a step cannot lie in the future.")
WRONG_ANSWER = QT_TRANSLATE_NOOP("meldcode", "That answer does not belong to this step.")
NEEDS_ANSWER = QT_TRANSLATE_NOOP("meldcode", "Choose the answer of this step.")


def check(entry: Entry, today: date) -> Entry:
    """The entry, cleaned, or :class:`MeldcodeInputError`. An empty entry clears the step."""
    cleaned = Entry(entry.step, entry.done_on, entry.by.strip(), entry.answer, entry.note.strip())
    if cleaned.empty:
        return cleaned
    if cleaned.done_on is None:
        raise MeldcodeInputError(NEEDS_DATE)
    if cleaned.done_on > today:
        raise MeldcodeInputError(IN_FUTURE)
    if not cleaned.by:
        raise MeldcodeInputError(NEEDS_WHO)
    allowed = ANSWERS[cleaned.step]
    if cleaned.answer and cleaned.answer not in allowed:
        raise MeldcodeInputError(WRONG_ANSWER)
    if allowed and not cleaned.answer:
        raise MeldcodeInputError(NEEDS_ANSWER)
    return cleaned


class Status(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DECIDED = "decided"


STATUS_LABELS = {
    Status.NOT_STARTED: QT_TRANSLATE_NOOP("meldcode", "Not started"),
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("meldcode", "In progress"),
    Status.DECIDED: QT_TRANSLATE_NOOP("meldcode", "Both decisions taken"),
}

# Warnings are advice, never a block: the adviser may have good reasons, and writes them down.
W_ORDER = QT_TRANSLATE_NOOP(
    "meldcode", "A decision is recorded before the weighing of step 4. Weigh first."
)
W_UNSAFE_NOT_REPORTED = QT_TRANSLATE_NOOP(
    "meldcode",
    "Step 4 found acute or structural unsafety (or a doubt), but decision 1 says no report. "
    "The afwegingskader asks for a report to Veilig Thuis in that case.",
)
W_NO_HELP_NOT_REPORTED = QT_TRANSLATE_NOOP(
    "meldcode",
    "Help is not possible or not enough, and no report is decided. The afwegingskader asks "
    "for a report to Veilig Thuis then.",
)
W_DATES = QT_TRANSLATE_NOOP("meldcode", "A later step is dated before an earlier one.")


@dataclass(frozen=True)
class Record:
    """All steps of one case, in order; missing steps are empty entries."""

    entries: tuple[Entry, ...]

    @classmethod
    def of(cls, entries: list[Entry] | tuple[Entry, ...]) -> Record:
        by_step = {e.step: e for e in entries}
        return cls(tuple(by_step.get(step, Entry(step)) for step in STEPS))

    def entry(self, step: Step) -> Entry:
        return self.entries[STEPS.index(step)]

    @property
    def status(self) -> Status:
        if all(e.empty for e in self.entries):
            return Status.NOT_STARTED
        decisions = (self.entry(Step.REPORT_DECISION), self.entry(Step.HELP_DECISION))
        if all(e.answer for e in decisions):
            return Status.DECIDED
        return Status.IN_PROGRESS

    @property
    def reported(self) -> bool:
        """Decision 1 was "yes": the case was (to be) reported to Veilig Thuis."""
        return self.entry(Step.REPORT_DECISION).answer == Answer.YES

    def warnings(self) -> list[str]:
        out: list[str] = []
        weighing = self.entry(Step.WEIGHING)
        report = self.entry(Step.REPORT_DECISION)
        help_ = self.entry(Step.HELP_DECISION)
        decided = [e for e in (report, help_) if not e.empty]
        if decided and weighing.empty:
            out.append(W_ORDER)
        if weighing.answer == Answer.UNSAFE and report.answer == Answer.NO:
            out.append(W_UNSAFE_NOT_REPORTED)
        if help_.answer == Answer.NO and report.answer == Answer.NO:
            out.append(W_NO_HELP_NOT_REPORTED)
        dated = [e.done_on for e in self.entries[:4] if e.done_on is not None]
        if dated != sorted(dated) or any(
            e.done_on is not None and dated and e.done_on < max(dated) for e in decided
        ):
            out.append(W_DATES)
        return out
