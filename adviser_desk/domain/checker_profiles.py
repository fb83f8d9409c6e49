"""Which of the question checker's findings count in each kind of conversation.

The checker (``question_checker``) judges an utterance as if it were put to a victim giving
their account. Other conversations have other aims: a distributor must hear that spreading is
a crime, parents are told facts they did not bring up, a teacher addresses a whole class. A
profile is a filter over the checker's findings by kind and rule id; it never changes the
checker. A promise of secrecy is flagged in every conversation: no profile may drop it.

A profile may also add one check of its own: in front of a class, the victim's name is
flagged (``flags_victim_names``), although names the class did not say are otherwise not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from adviser_desk.domain import questions
from adviser_desk.domain.conversations import ConversationType, guide_type
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.domain.question_checker import SEMANTIC_MESSAGES
from adviser_desk.domain.questions import Finding

# The rule behind a finding. The checker's rules name their variant only through the message
# they carry, so the message is the key: each variant has its own message.
_RULE_BY_MESSAGE = {message: variant for variant, message in questions.MESSAGES.items()}
_SEMANTIC_BY_MESSAGE = {message: kind for kind, message in SEMANTIC_MESSAGES.items()}
RULE_IDS = frozenset(questions.MESSAGES)  # option_posing, tag, presumption, new_detail, ...
NEVER_DROPPED = frozenset({questions.SECRECY_PROMISE})

# A profile's own finding: the victim named in front of a group.
NAMES_VICTIM = "names_victim"
NAMES_VICTIM_MESSAGE = QT_TRANSLATE_NOOP(
    "questions",
    "Names the victim in front of the group. That exposes them again and points the class "
    "at them; speak about what happened without naming anyone.",
)
NAMES_VICTIM_SUGGESTIONS = {
    "nl": "Er is een foto rondgestuurd die niet rondgestuurd had mogen worden. Wat weten "
    "jullie over hoe zoiets verder gaat?",
    "en": "A photo was passed around that should never have been. What do you know about "
    "how something like that spreads?",
}
# Words that are part of a name but name nobody on their own.
_NOT_A_NAME = frozenset(
    {"van", "de", "der", "den", "het", "ten", "ter", "te", "la", "le", "du", "el", "al", "bin"}
)


def _name_parts(name: str) -> list[str]:
    """The full name, and each word of it that names the person on its own (first name,
    surname), longest first; particles (van, de...) and initials are left out."""
    words = [w.strip(".,") for w in name.split()]
    parts = {name.strip()} | {
        w for w in words if len(w) >= 2 and w.casefold() not in _NOT_A_NAME and not w.endswith(".")
    }
    return sorted((p for p in parts if p), key=len, reverse=True)


def victim_name_findings(
    text: str, victim_names: Iterable[str], language: str = "nl"
) -> list[Finding]:
    """A finding for each place the text names a victim (full name, first name or surname,
    as a whole word)."""
    found: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for name in victim_names:
        for part in _name_parts(name):
            pattern = re.compile(rf"(?<!\w){re.escape(part)}(?!\w)", re.IGNORECASE)
            for match in pattern.finditer(text):
                if any(match.start() < end and start < match.end() for start, end in taken):
                    continue
                taken.append(match.span())
                found.append(
                    Finding(
                        NAMES_VICTIM,
                        NAMES_VICTIM_MESSAGE,
                        NAMES_VICTIM_SUGGESTIONS.get(language, NAMES_VICTIM_SUGGESTIONS["en"]),
                        match.start(),
                        match.end(),
                        match.group(0),
                    )
                )
    return sorted(found, key=lambda f: f.start)


def rule_id(finding: Finding) -> str:
    """ "new_detail", "tag", "blaming"... for a rule's finding; "semantic.<kind>" for the
    semantic layer's; the kind itself for a message this module does not know."""
    if finding.layer == questions.SEMANTIC:
        return f"semantic.{_SEMANTIC_BY_MESSAGE.get(finding.message, finding.kind)}"
    return _RULE_BY_MESSAGE.get(finding.message, finding.kind)


@dataclass(frozen=True)
class CheckerProfile:
    """Kinds dropped whatever found them, and single rules dropped by id."""

    key: str
    drop_kinds: frozenset[str] = frozenset()
    drop_rules: frozenset[str] = frozenset()
    # Shown beside the live check: what this conversation does not flag, and why
    # (English source text, context "checker_profiles"; empty when nothing is dropped).
    note: str = ""
    # In front of a group: the victim's name is flagged (victim_name_findings).
    flags_victim_names: bool = False

    def __post_init__(self) -> None:
        if self.drop_kinds & NEVER_DROPPED or self.drop_rules & NEVER_DROPPED:
            raise ValueError(f"profile {self.key}: a secrecy promise is flagged everywhere")
        unknown_kinds = self.drop_kinds - set(questions.KINDS)
        unknown_rules = self.drop_rules - RULE_IDS - {f"semantic.{k}" for k in SEMANTIC_MESSAGES}
        if unknown_kinds or unknown_rules:
            raise ValueError(f"profile {self.key}: unknown {sorted(unknown_kinds | unknown_rules)}")

    def keeps(self, finding: Finding) -> bool:
        if finding.kind in NEVER_DROPPED:
            return True
        return finding.kind not in self.drop_kinds and rule_id(finding) not in self.drop_rules

    def apply(
        self,
        findings: Iterable[Finding],
        text: str = "",
        victim_names: Iterable[str] = (),
        language: str = "nl",
    ) -> list[Finding]:
        """The findings this conversation keeps, and (where the profile flags it) the victim
        named in ``text``."""
        kept = [finding for finding in findings if self.keeps(finding)]
        if self.flags_victim_names and text:
            kept.extend(victim_name_findings(text, victim_names, language))
        return kept


FULL = CheckerProfile(str(ConversationType.VICTIM))

PROFILES: dict[ConversationType, CheckerProfile] = {
    ConversationType.VICTIM: FULL,
    ConversationType.OTHER: CheckerProfile(str(ConversationType.OTHER)),
    ConversationType.VICTIM_PARENTS: CheckerProfile(
        str(ConversationType.VICTIM_PARENTS),
        drop_rules=frozenset({"new_detail"}),
        note=QT_TRANSLATE_NOOP(
            "checker_profiles",
            "With parents you tell them what happened, so names and details they did not "
            "mention are not flagged. Secrecy promises, blame and leading questions still are.",
        ),
    ),
    ConversationType.DISTRIBUTOR: CheckerProfile(
        str(ConversationType.DISTRIBUTOR),
        drop_kinds=frozenset({questions.BLAMING}),
        drop_rules=frozenset({"new_detail"}),
        note=QT_TRANSLATE_NOOP(
            "checker_profiles",
            "A distributor must hear that spreading or threatening is often a crime: "
            "confronting them with their own behaviour is not flagged as blame, nor are facts "
            "you name. Secrecy promises and leading questions still are.",
        ),
    ),
    ConversationType.DISTRIBUTOR_PARENTS: CheckerProfile(
        str(ConversationType.DISTRIBUTOR_PARENTS),
        drop_kinds=frozenset({questions.BLAMING}),
        drop_rules=frozenset({"new_detail"}),
        note=QT_TRANSLATE_NOOP(
            "checker_profiles",
            "The distributor's parents must hear what their child did and what follows, so "
            "that is not flagged as blame, nor are facts you name. Secrecy promises still are.",
        ),
    ),
    ConversationType.CLASS: CheckerProfile(
        str(ConversationType.CLASS),
        drop_rules=frozenset({"new_detail", questions.OPTION_POSING}),
        flags_victim_names=True,
        note=QT_TRANSLATE_NOOP(
            "checker_profiles",
            "You address a group, not a witness: other names the class did not say and yes/no "
            "questions to the group are not flagged. Naming the victim, blaming the victim and "
            "secrecy promises still are.",
        ),
    ),
    ConversationType.EVALUATION: CheckerProfile(
        str(ConversationType.EVALUATION),
        drop_rules=frozenset({"new_detail"}),
        note=QT_TRANSLATE_NOOP(
            "checker_profiles",
            "Several people look back together, so names and measures nobody mentioned first "
            "are not flagged. Secrecy promises, blame and leading questions still are.",
        ),
    ),
}


def profile_for(stored_type: str) -> CheckerProfile:
    """The profile of a stored conversation type (legacy and unknown types included)."""
    return PROFILES.get(guide_type(stored_type), FULL)
