"""Every conversation the protocol asks for has a complete guide, in Dutch and English, with
each item traced to a source page; the age band changes the wording where it matters."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from adviser_desk.domain import cases as dc
from adviser_desk.domain.conversations import (
    AgeBand,
    ConversationType,
    guide_type,
    normalise_type,
    type_label,
)
from adviser_desk.domain.interview_guide import GuideBook, parse_book
from adviser_desk.resources import resources_dir
from adviser_desk.services.protocol_data import GUIDES_FOLDER, SOURCES_FILE, interview_guide

GUIDED = [t for t in ConversationType if t != ConversationType.OTHER]
SEED_PREFIXES = ("000_", "001_", "002_", "003_", "004_")


@pytest.fixture(scope="module")
def book() -> GuideBook:
    return interview_guide()


def raw_files() -> tuple[dict[str, Any], dict[str, Any]]:
    folder = resources_dir() / GUIDES_FOLDER
    guides = {
        p.stem: json.loads(p.read_text(encoding="utf-8"))
        for p in sorted(folder.glob("*.json"))
        if p.name != SOURCES_FILE
    }
    return guides, json.loads((folder / SOURCES_FILE).read_text(encoding="utf-8"))


@pytest.mark.parametrize("kind", GUIDED, ids=str)
def test_every_type_has_phases_dos_donts_prompts_and_a_checklist_in_both_languages(
    book: GuideBook, kind: ConversationType
) -> None:
    guide = book.for_type(kind)
    assert guide.type == kind
    assert len(guide.phases) >= 4
    assert guide.phases[0].key == "preparation" and guide.phases[-1].key == "closing"
    for phase in guide.phases:
        assert phase.title["nl"] and phase.title["en"]
        assert phase.do, f"{kind} {phase.key}: no do's"
        assert phase.dont, f"{kind} {phase.key}: no don'ts"
        assert phase.prompts or phase.key == "preparation", f"{kind} {phase.key}: no prompts"
    assert sum(len(p.prompts) for p in guide.phases) >= 8
    assert len(guide.checklist) >= 8
    for _where, wording in guide.wordings():
        for text in wording.variants():
            assert text["nl"].strip() and text["en"].strip()
            assert text["nl"] != text["en"] or len(text["nl"]) < 12  # "Opening" may match
    for item in guide.checklist:
        assert item.label("nl") and item.label("en") and item.label("nl") != item.label("en")
    assert guide.participants and all(p.label("nl") and p.label("en") for p in guide.participants)
    # Every guide says not to promise secrecy somewhere (checklist or advice).
    assert guide.item("no_secrecy") or any(
        "geheim" in w.text["nl"] or "binnenskamers" in w.text["nl"] or "beloven" in w.text["nl"]
        for _, w in guide.wordings()
    )


@pytest.mark.parametrize("kind", [t for t in GUIDED if t != ConversationType.VICTIM], ids=str)
def test_every_item_of_the_new_guides_names_a_seed_page(
    book: GuideBook, kind: ConversationType
) -> None:
    guide = book.for_type(kind)
    named = [w.source for _, w in guide.wordings()] + [i.source for i in guide.checklist]
    assert named and all(s.startswith(SEED_PREFIXES) for s in named), set(named)
    assert all(book.sources[s] for s in named)


def test_the_victims_guide_says_which_items_are_not_from_the_seed_pages(book: GuideBook) -> None:
    named = {w.source for _, w in book.for_type(ConversationType.VICTIM).wordings()}
    assert named <= set(book.sources)
    assert "practice" in named and "not from the seed pages" in book.sources["practice"]


def test_a_missing_language_an_unlisted_source_or_a_missing_type_is_refused() -> None:
    guides, sources = raw_files()
    assert parse_book(guides, sources).for_type("class").type == "class"
    broken = copy.deepcopy(guides)
    del broken["class"]["phases"][1]["prompts"][0]["en"]
    with pytest.raises(ValueError, match="'nl' and 'en'"):
        parse_book(broken, sources)
    broken = copy.deepcopy(guides)
    broken["distributor"]["checklist"][0]["source"] = "somewhere.txt"
    with pytest.raises(ValueError, match="not a listed source"):
        parse_book(broken, sources)
    broken = copy.deepcopy(guides)
    broken["evaluation"]["phases"][1]["prompts"][0]["bands"]["teenagers"] = {"nl": "x", "en": "x"}
    with pytest.raises(ValueError, match="unknown age band"):
        parse_book(broken, sources)
    broken = copy.deepcopy(guides)
    del broken["victim_parents"]
    with pytest.raises(ValueError, match="no guide for"):
        parse_book(broken, sources)


def test_age_band_changes_the_wording_where_a_variant_exists(book: GuideBook) -> None:
    evaluation = book.for_type(ConversationType.EVALUATION)
    how = evaluation.phases[1].prompts[0]
    assert how.say("nl") == "Hoe gaat het nu met je?"
    assert how.say("nl", AgeBand.LOWER_SECONDARY) == "Hoe gaat het nu met je?"
    assert "plein" in how.say("nl", AgeBand.PRIMARY)
    assert "playground" in how.say("en", AgeBand.PRIMARY)
    assert "stage" in how.say("nl", AgeBand.UPPER_SECONDARY)
    assert "placement" in how.say("en", AgeBand.UPPER_SECONDARY)
    # A prompt without a variant reads the same in every band.
    what = evaluation.phases[1].prompts[2]
    assert {what.say("nl", band) for band in AgeBand} == {"Wat hielp?"}
    # Each guide for students has band variants; every band is used somewhere.
    used = set()
    for kind in (ConversationType.VICTIM, ConversationType.DISTRIBUTOR, ConversationType.CLASS):
        bands = {b for _, w in book.for_type(kind).wordings() for b in w.bands}
        assert bands, kind
        used |= bands
    assert used == {AgeBand.PRIMARY, AgeBand.UPPER_SECONDARY}


def test_the_seed_pages_messages_are_in_the_guides(book: GuideBook) -> None:
    """The points the protocol insists on, each in the guide it belongs to."""

    def text(kind: ConversationType) -> str:
        guide = book.for_type(kind)
        return " ".join(
            [w.text["en"] for _, w in guide.wordings()] + [i.label("en") for i in guide.checklist]
        ).casefold()

    parents = text(ConversationType.VICTIM_PARENTS)
    assert "support" in parents and "judg" in parents and "calm" in parents
    assert "danger" in parents and "told the student beforehand" in parents
    distributor = text(ConversationType.DISTRIBUTOR)
    assert "crime" in distributor and "inform the parents" in distributor
    assert "several distributors" in distributor
    assert "another school" in distributor
    klass = text(ConversationType.CLASS)
    assert "forwarding is the problem" in klass and "delete" in klass
    evaluation = text(ConversationType.EVALUATION)
    assert "victim" in evaluation and "parents" in evaluation and "teachers" in evaluation
    assert book.for_type(ConversationType.DISTRIBUTOR).asks_consent is False
    assert book.for_type(ConversationType.CLASS).asks_consent is False
    assert book.for_type(ConversationType.VICTIM_PARENTS).asks_consent is True


def test_stored_types_old_and_new_find_their_guide(book: GuideBook) -> None:
    assert guide_type("parent") == ConversationType.VICTIM_PARENTS
    assert guide_type("classmates") == ConversationType.CLASS
    assert guide_type("nonsense") == ConversationType.OTHER
    assert book.for_type("other").type == "victim"  # the general guide
    assert type_label("parent") == "Parent or guardian"  # an old record keeps its label
    assert type_label("distributor_parents") == "A distributor's parents"
    assert normalise_type("classmates") == "class" and normalise_type("x") == "other"


def test_conditional_items_follow_the_case(book: GuideBook) -> None:
    distributor = book.for_type(ConversationType.DISTRIBUTOR)
    bullying = dc.CaseFacts(frozenset({dc.IncidentType.CYBERBULLYING}), dc.ImagesState.NONE)
    exposing = dc.CaseFacts(
        frozenset({dc.IncidentType.EXPOSING}),
        dc.ImagesState.SPREAD,
        distributor_known=True,
        distributor_at_other_school=True,
    )
    assert "police" not in {i.key for i in distributor.items_for(bullying)}
    assert {"police", "other_school"} <= {i.key for i in distributor.items_for(exposing)}
