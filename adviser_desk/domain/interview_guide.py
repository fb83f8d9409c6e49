"""The conversation guides as data: for each conversation type, phases with do's, don'ts and
open prompts, and a checklist, in Dutch and English, with wording per age band where it
matters and the source page of every item."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from adviser_desk.domain.cases import CaseFacts
from adviser_desk.domain.conversations import AgeBand, ConversationType, age_band, guide_type
from adviser_desk.domain.protocol import Condition

Text = dict[str, str]
LANGUAGES = ("nl", "en")


def _text(data: Mapping[str, Any], where: str) -> Text:
    texts = {lang: str(data[lang]).strip() for lang in LANGUAGES if lang in data}
    if set(texts) != set(LANGUAGES) or not all(texts.values()):
        raise ValueError(f"{where}: needs non-empty 'nl' and 'en' text")
    return texts


@dataclass(frozen=True)
class Wording:
    """One item in both languages, its variants per age band, and where it comes from."""

    text: Text
    source: str = ""
    bands: dict[AgeBand, Text] = field(default_factory=dict)

    def say(self, language: str, band: str | None = None) -> str:
        """The item in ``language`` (Dutch if unknown) for the age band (base wording if the
        band has no variant)."""
        chosen = self.bands.get(age_band(band), self.text) if band else self.text
        return chosen.get(language, chosen["nl"])

    def variants(self) -> Iterator[Text]:
        yield self.text
        yield from self.bands.values()


def _wording(data: Mapping[str, Any], where: str, sources: frozenset[str] | None) -> Wording:
    source = str(data.get("source", ""))
    if sources is not None and source not in sources:
        raise ValueError(f"{where}: source {source!r} is not a listed source")
    bands: dict[AgeBand, Text] = {}
    for key, value in dict(data.get("bands", {})).items():
        try:
            band = AgeBand(key)
        except ValueError:
            raise ValueError(f"{where}: unknown age band {key!r}") from None
        bands[band] = _text(value, f"{where} ({key})")
    return Wording(_text(data, where), source, bands)


@dataclass(frozen=True)
class Phase:
    key: str
    title: Text
    do: tuple[Wording, ...]
    dont: tuple[Wording, ...]
    prompts: tuple[Wording, ...]

    def heading(self, language: str) -> str:
        return self.title.get(language, self.title["nl"])


@dataclass(frozen=True)
class CheckItem:
    key: str
    text: Text
    condition: Condition
    source: str = ""

    def label(self, language: str) -> str:
        return self.text.get(language, self.text["nl"])


@dataclass(frozen=True)
class Participant:
    key: str
    text: Text

    def label(self, language: str) -> str:
        return self.text.get(language, self.text["nl"])


@dataclass(frozen=True)
class InterviewGuide:
    phases: tuple[Phase, ...]
    checklist: tuple[CheckItem, ...]
    last_checked: str
    type: str = str(ConversationType.VICTIM)
    participants: tuple[Participant, ...] = ()
    # Whether the closing asks the student's (or parents') consent: who may be told, wishes,
    # publicity. A distributor or a class does not decide that for the victim.
    asks_consent: bool = True

    def items_for(self, facts: CaseFacts) -> list[CheckItem]:
        return [item for item in self.checklist if item.condition.holds(facts)]

    def item(self, key: str) -> CheckItem | None:
        return next((item for item in self.checklist if item.key == key), None)

    def wordings(self) -> Iterator[tuple[str, Wording]]:
        """Every do, don't and prompt with where it sits ("phase.do[0]")."""
        for phase in self.phases:
            for part in ("do", "dont", "prompts"):
                for index, wording in enumerate(getattr(phase, part)):
                    yield f"{phase.key}.{part}[{index}]", wording


def parse_guide(data: Mapping[str, Any], sources: frozenset[str] | None = None) -> InterviewGuide:
    """One guide; with ``sources``, every item must name one of them."""
    kind = str(data.get("type", ConversationType.VICTIM))
    phases = tuple(
        Phase(
            key=str(raw["key"]),
            title=_text(raw["title"], f"{kind} phase {raw['key']}"),
            do=tuple(
                _wording(t, f"{kind} phase {raw['key']} do", sources) for t in raw.get("do", ())
            ),
            dont=tuple(
                _wording(t, f"{kind} phase {raw['key']} dont", sources) for t in raw.get("dont", ())
            ),
            prompts=tuple(
                _wording(t, f"{kind} phase {raw['key']} prompt", sources)
                for t in raw.get("prompts", ())
            ),
        )
        for raw in data["phases"]
    )
    checklist = []
    for raw in data["checklist"]:
        where = f"{kind} check {raw['key']}"
        source = str(raw.get("source", ""))
        if sources is not None and source not in sources:
            raise ValueError(f"{where}: source {source!r} is not a listed source")
        checklist.append(
            CheckItem(
                key=str(raw["key"]),
                text=_text(raw, where),
                condition=Condition.parse(raw.get("when", {}), where),
                source=source,
            )
        )
    keys = [item.key for item in checklist]
    if len(set(keys)) != len(keys):
        raise ValueError(f"{kind}: checklist keys repeat")
    participants = tuple(
        Participant(str(raw["key"]), _text(raw, f"{kind} participant {raw['key']}"))
        for raw in data.get("participants", ())
    )
    return InterviewGuide(
        phases,
        tuple(checklist),
        str(data.get("last_checked", "")),
        kind,
        participants,
        bool(data.get("asks_consent", True)),
    )


@dataclass(frozen=True)
class GuideBook:
    """A guide per conversation type; "other" (and anything unknown) uses the victim's."""

    guides: dict[str, InterviewGuide]
    sources: dict[str, str] = field(default_factory=dict)

    def for_type(self, stored_type: str) -> InterviewGuide:
        kind = guide_type(stored_type)
        return self.guides.get(str(kind)) or self.guides[str(ConversationType.VICTIM)]


def parse_book(guides: Mapping[str, Mapping[str, Any]], sources: Mapping[str, Any]) -> GuideBook:
    """The guide book from each type's data and the table of sources.

    Every type but "other" needs a guide, and every item must name a listed source.
    """
    listed = {str(k): str(v) for k, v in dict(sources.get("sources", {})).items()}
    parsed = {key: parse_guide(data, frozenset(listed)) for key, data in guides.items()}
    for key, guide in parsed.items():
        if guide.type != key:
            raise ValueError(f"guide {key}: says it is for {guide.type!r}")
    missing = {str(t) for t in ConversationType if t != ConversationType.OTHER} - set(parsed)
    if missing:
        raise ValueError(f"no guide for {sorted(missing)}")
    return GuideBook(parsed, listed)
