"""The conversations the protocol asks for, and the student's age band that tunes their words.

A conversation's type is stored in ``interviews.with_role``. Records written before there was
a guide per conversation hold "parent" and "classmates"; they keep their old label and are
guided by the closest type (:func:`guide_type`).
"""

from __future__ import annotations

from enum import StrEnum

from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP

CTX = "conversations"


class ConversationType(StrEnum):
    VICTIM = "victim"
    VICTIM_PARENTS = "victim_parents"
    DISTRIBUTOR = "distributor"
    DISTRIBUTOR_PARENTS = "distributor_parents"
    CLASS = "class"
    EVALUATION = "evaluation"
    OTHER = "other"


# The order the New conversation dialog offers them in: the protocol's own order.
TYPE_LABELS = {
    ConversationType.VICTIM: QT_TRANSLATE_NOOP("conversations", "The victim"),
    ConversationType.VICTIM_PARENTS: QT_TRANSLATE_NOOP("conversations", "The victim's parents"),
    ConversationType.DISTRIBUTOR: QT_TRANSLATE_NOOP("conversations", "A distributor"),
    ConversationType.DISTRIBUTOR_PARENTS: QT_TRANSLATE_NOOP(
        "conversations", "A distributor's parents"
    ),
    ConversationType.CLASS: QT_TRANSLATE_NOOP("conversations", "The class or year group"),
    ConversationType.EVALUATION: QT_TRANSLATE_NOOP(
        "conversations", "Evaluation with victim, parents and teachers"
    ),
    ConversationType.OTHER: QT_TRANSLATE_NOOP("conversations", "Someone else"),
}
# Stored by earlier versions; shown with their old label, guided by the closest type.
LEGACY_LABELS = {
    "parent": QT_TRANSLATE_NOOP("conversations", "Parent or guardian"),
    "classmates": QT_TRANSLATE_NOOP("conversations", "Classmates"),
}
_LEGACY_TYPES = {"parent": ConversationType.VICTIM_PARENTS, "classmates": ConversationType.CLASS}
# Who answers the adviser in the transcript (the stored speaker is "student" in every kind).
RESPONDENT_LABELS = {
    ConversationType.VICTIM: QT_TRANSLATE_NOOP("conversations", "Student"),
    ConversationType.VICTIM_PARENTS: QT_TRANSLATE_NOOP("conversations", "Parent"),
    ConversationType.DISTRIBUTOR: QT_TRANSLATE_NOOP("conversations", "Student"),
    ConversationType.DISTRIBUTOR_PARENTS: QT_TRANSLATE_NOOP("conversations", "Parent"),
    ConversationType.CLASS: QT_TRANSLATE_NOOP("conversations", "Class"),
    ConversationType.EVALUATION: QT_TRANSLATE_NOOP("conversations", "Participant"),
    ConversationType.OTHER: QT_TRANSLATE_NOOP("conversations", "Student"),
}
# Several distributors are common, so their conversations (and their parents') repeat.
REPEATABLE = frozenset({ConversationType.DISTRIBUTOR, ConversationType.DISTRIBUTOR_PARENTS})


def guide_type(stored: str) -> ConversationType:
    """The type whose guide a stored conversation uses (an unknown value: "other")."""
    if stored in _LEGACY_TYPES:
        return _LEGACY_TYPES[stored]
    try:
        return ConversationType(stored)
    except ValueError:
        return ConversationType.OTHER


def type_label(stored: str) -> str:
    """The untranslated label of a stored type (translate with context "conversations")."""
    if stored in LEGACY_LABELS:
        return LEGACY_LABELS[stored]
    return TYPE_LABELS[guide_type(stored)]


def respondent_label(stored: str) -> str:
    """Who answers in this kind of conversation (untranslated, context "conversations")."""
    return RESPONDENT_LABELS[guide_type(stored)]


def normalise_type(value: str) -> str:
    """What a new conversation stores: a known type, else "other"."""
    return str(guide_type(value))


class AgeBand(StrEnum):
    PRIMARY = "primary"
    LOWER_SECONDARY = "lower_secondary"
    UPPER_SECONDARY = "upper_secondary"  # upper secondary and MBO


AGE_BAND_LABELS = {
    AgeBand.PRIMARY: QT_TRANSLATE_NOOP("conversations", "Primary school"),
    AgeBand.LOWER_SECONDARY: QT_TRANSLATE_NOOP("conversations", "Lower secondary"),
    AgeBand.UPPER_SECONDARY: QT_TRANSLATE_NOOP("conversations", "Upper secondary or MBO"),
}
# The guides' base wording is written for lower secondary; the other bands vary it.
DEFAULT_AGE_BAND = AgeBand.LOWER_SECONDARY


def age_band(value: str | None) -> AgeBand:
    try:
        return AgeBand(value or DEFAULT_AGE_BAND)
    except ValueError:
        return DEFAULT_AGE_BAND
