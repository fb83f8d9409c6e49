"""The question checker in each conversation: real sentences through the real checker (rules
and semantic layer), filtered by the conversation's profile."""

from __future__ import annotations

import pytest

from adviser_desk.domain import questions
from adviser_desk.domain.checker_profiles import (
    NAMES_VICTIM,
    PROFILES,
    CheckerProfile,
    profile_for,
    rule_id,
)
from adviser_desk.domain.conversations import AgeBand, ConversationType
from adviser_desk.domain.question_checker import QuestionChecker
from adviser_desk.services import question_checking
from adviser_desk.services.protocol_data import interview_guide


@pytest.fixture(scope="module")
def checker() -> QuestionChecker:
    layer = question_checking.load_semantic()
    assert layer is not None, question_checking.failure()
    return QuestionChecker(layer)


def kinds(checker: QuestionChecker, kind: str, text: str, language: str) -> set[str]:
    return {f.kind for f in profile_for(kind).apply(checker.check(text, language))}


SECRECY = [
    ("nl", "Dit blijft tussen ons."),
    ("nl", "Niemand hoeft te weten wie het gemeld heeft."),
    ("en", "Nobody will know who reported it."),
    ("en", "I won't tell your parents, I promise."),
]


@pytest.mark.parametrize("kind", list(ConversationType), ids=str)
@pytest.mark.parametrize(("language", "text"), SECRECY)
def test_a_secrecy_promise_is_flagged_in_every_conversation(
    checker: QuestionChecker, kind: ConversationType, language: str, text: str
) -> None:
    assert questions.SECRECY_PROMISE in kinds(checker, kind, text, language)


def test_no_profile_may_drop_a_secrecy_promise() -> None:
    with pytest.raises(ValueError, match="flagged everywhere"):
        CheckerProfile("x", drop_kinds=frozenset({questions.SECRECY_PROMISE}))
    with pytest.raises(ValueError, match="unknown"):
        CheckerProfile("x", drop_rules=frozenset({"no_such_rule"}))


CONFRONTING = [
    ("nl", "Waarom heb je die foto doorgestuurd?"),
    ("en", "Why did you forward the picture?"),
    ("en", "You shouldn't have shared it; sharing nude images of a minor is a crime."),
]


@pytest.mark.parametrize(("language", "text"), CONFRONTING)
def test_confronting_a_distributor_with_the_crime_is_not_blame(
    checker: QuestionChecker, language: str, text: str
) -> None:
    # The same words to a victim are blame: the checker itself is unchanged.
    assert questions.BLAMING in kinds(checker, ConversationType.VICTIM, text, language)
    assert questions.BLAMING not in kinds(checker, ConversationType.DISTRIBUTOR, text, language)
    assert questions.BLAMING not in kinds(
        checker, ConversationType.DISTRIBUTOR_PARENTS, text, language
    )


def test_a_distributor_still_gets_leading_questions_and_secrecy_flagged(
    checker: QuestionChecker,
) -> None:
    text = "Je hebt het naar Daan gestuurd, toch? Dit blijft tussen ons."
    found = kinds(checker, ConversationType.DISTRIBUTOR, text, "nl")
    assert found == {questions.SUGGESTIVE, questions.SECRECY_PROMISE}  # the tag question stays


def test_in_class_names_and_yes_no_questions_to_the_group_are_not_flagged(
    checker: QuestionChecker,
) -> None:
    group = "Wie van jullie heeft iets gehoord over de foto's van Sanne op Instagram?"
    assert questions.SUGGESTIVE in kinds(checker, ConversationType.VICTIM, group, "nl")
    assert kinds(checker, ConversationType.CLASS, group, "nl") == set()
    show_of_hands = "Does everyone understand that forwarding it is a crime?"
    assert questions.OPTION_POSING in kinds(checker, ConversationType.VICTIM, show_of_hands, "en")
    assert kinds(checker, ConversationType.CLASS, show_of_hands, "en") == set()


def test_in_class_blaming_the_victim_is_still_flagged(checker: QuestionChecker) -> None:
    assert questions.BLAMING in kinds(
        checker, ConversationType.CLASS, "Waarom heb je die foto gemaakt?", "nl"
    )


def test_parents_may_hear_names_they_did_not_bring_up(checker: QuestionChecker) -> None:
    text = "Heeft Sanne u verteld over de berichten op Snapchat?"
    victim = {rule_id(f) for f in checker.check(text, "nl")}
    assert "new_detail" in victim
    parents = profile_for(ConversationType.VICTIM_PARENTS).apply(checker.check(text, "nl"))
    assert {rule_id(f) for f in parents} == {questions.OPTION_POSING}  # still a yes/no question


def test_rule_ids_name_each_rule_and_the_semantic_layer(checker: QuestionChecker) -> None:
    ids = {rule_id(f) for f in checker.check("Je schaamde je zeker, toch?", "nl")}
    assert ids & {"tag", "presumption"}
    # Blame no rule lists. ("Waarom stuurde ze die foto ook?" was the example until 4ed0773
    # rightly cleared a why about someone else's act: it does not blame the student.)
    semantic = [f for f in checker.check("Slim was het niet, hè, om dat te doen.", "nl")]
    assert any(rule_id(f) == "semantic.blaming" for f in semantic)
    # Every rule's message is its own, so a rule id is never ambiguous.
    assert len(set(questions.MESSAGES.values())) == len(questions.MESSAGES)


def test_every_type_has_a_profile_and_old_records_get_the_closest() -> None:
    assert set(PROFILES) == set(ConversationType)
    assert profile_for("classmates") is PROFILES[ConversationType.CLASS]
    assert profile_for("parent") is PROFILES[ConversationType.VICTIM_PARENTS]
    unknown = profile_for("unknown")  # checked in full
    assert (
        unknown is PROFILES[ConversationType.OTHER] and not unknown.drop_kinds | unknown.drop_rules
    )
    assert all(p.note for k, p in PROFILES.items() if p.drop_kinds or p.drop_rules)


@pytest.mark.parametrize("kind", [t for t in ConversationType if t != "other"], ids=str)
def test_every_prompt_in_every_band_passes_its_own_conversations_check(
    checker: QuestionChecker, kind: ConversationType
) -> None:
    """The guide never suggests what the checker would flag in that conversation."""
    guide = interview_guide().for_type(kind)
    profile = profile_for(kind)
    flagged = []
    for phase in guide.phases:
        for prompt in phase.prompts:
            for language in ("nl", "en"):
                for band in AgeBand:
                    text = prompt.say(language, band)
                    found = profile.apply(checker.check(text, language))
                    if found:
                        flagged.append((text, [rule_id(f) for f in found]))
    assert flagged == []


VICTIMS = ["Daan Kramer", "Noor van der Berg"]


@pytest.mark.parametrize(
    ("language", "text", "named"),
    [
        ("nl", "Wie van jullie heeft de foto van Daan gedeeld?", "Daan"),
        ("nl", "Jullie weten vast wat er met Noor van der Berg is gebeurd.", "Noor van der Berg"),
        ("nl", "Hebben jullie gezien wat Kramer is overkomen?", "Kramer"),
        ("en", "Who shared the picture of daan?", "daan"),
    ],
)
def test_a_class_is_not_told_the_victims_name(
    checker: QuestionChecker, language: str, text: str, named: str
) -> None:
    class_profile = profile_for(str(ConversationType.CLASS))
    found = class_profile.apply(checker.check(text, language), text, VICTIMS, language)
    names = [f for f in found if f.kind == NAMES_VICTIM]
    assert [f.trigger for f in names] == [named]
    assert "Names the victim" in names[0].message
    # Its suggestion names nobody and passes the class's own check.
    suggestion = names[0].suggestion
    assert class_profile.apply(checker.check(suggestion, language), suggestion, VICTIMS) == []


@pytest.mark.parametrize(
    "text",
    [
        "Wat weten jullie over het doorsturen van foto's?",
        "Daantje en Kramerstraat zijn geen namen van het slachtoffer.",
        "Van de andere kant: wat vinden jullie de beste aanpak?",
    ],
)
def test_other_words_are_not_taken_for_the_victims_name(
    checker: QuestionChecker, text: str
) -> None:
    class_profile = profile_for(str(ConversationType.CLASS))
    found = class_profile.apply(checker.check(text, "nl"), text, VICTIMS, "nl")
    assert [f for f in found if f.kind == NAMES_VICTIM] == []


def test_only_the_class_flags_the_victims_name(checker: QuestionChecker) -> None:
    text = "Wat is er met Daan gebeurd?"
    for kind in ConversationType:
        found = profile_for(kind).apply(checker.check(text, "nl"), text, VICTIMS, "nl")
        flagged = any(f.kind == NAMES_VICTIM for f in found)
        assert flagged == (kind == ConversationType.CLASS), kind
