"""How the semantic layer reads a segment: chat spelling and register written out."""

from __future__ import annotations

import pytest

from adviser_desk.domain.chat_spelling import written_out


@pytest.mark.parametrize(
    ("language", "typed", "read"),
    [
        ("en", "y did u send it 2 him", "why did you send it 2 him"),
        ("en", "wdym ur not gonna tell", "what do you mean your not going to tell"),
        ("en", "Whyyy would u do that?!", "why would you do that?!"),
        ("en", "ngl i dont get it tbh", "not going to lie i don't get it to be honest"),
        ("en", "I won’t tell", "i won't tell"),
        ("nl", "wrm heb je dat ff gedaan", "waarom heb je dat even gedaan"),
        ("nl", "Heeft u dat zelf gestuurd?", "heeft je dat zelf gestuurd?"),
        (
            "nl",
            "kheb t aan niemand verteld, zo'n gedoe",
            "ik heb het aan niemand verteld, zo'n gedoe",
        ),
        ("nl", "jij en jouw vrienden", "je en je vrienden"),
    ],
)
def test_chat_spelling_and_forms_of_address_are_written_out(
    language: str, typed: str, read: str
) -> None:
    assert written_out(typed, language) == read


def test_a_word_that_is_not_chat_spelling_stays_as_it_is() -> None:
    # "u" is the formal "you" in Dutch, not "you" in English; words the table lacks stay.
    assert written_out("Wat zei u?", "nl") == "wat zei je?"
    assert written_out("Tell me about the youth club", "en") == "tell me about the youth club"
    assert written_out("", "en") == ""
