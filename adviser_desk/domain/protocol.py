"""The school protocol as data: sections, items with conditions, and referral cards.

The text lives in ``resources/protocols/`` (Dutch from the source pages, with English); this
module parses it and decides which items apply to a case. Parsing is strict so a typo in the
data is found by the tests, not by an adviser in the middle of a case.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from adviser_desk.domain.cases import CaseFacts, ImagesState, IncidentType

LANGUAGES = ("nl", "en")
_CONDITIONS = {
    "incident_any",
    "images_any",
    "sexual_images",
    "distributor_known",
    "distributor_at_other_school",
    "offence_suspected",
}


def _text(data: Mapping[str, Any], where: str) -> dict[str, str]:
    texts = {lang: str(data[lang]).strip() for lang in LANGUAGES if lang in data}
    if set(texts) != set(LANGUAGES) or not all(texts.values()):
        raise ValueError(f"{where}: needs non-empty 'nl' and 'en' text")
    return texts


@dataclass(frozen=True)
class Condition:
    incident_any: frozenset[IncidentType] = frozenset()
    images_any: frozenset[ImagesState] = frozenset()
    sexual_images: bool | None = None
    distributor_known: bool | None = None
    distributor_at_other_school: bool | None = None
    offence_suspected: bool | None = None

    @classmethod
    def parse(cls, data: Mapping[str, Any], where: str) -> Condition:
        unknown = set(data) - _CONDITIONS
        if unknown:
            raise ValueError(f"{where}: unknown conditions {sorted(unknown)}")
        return cls(
            incident_any=frozenset(IncidentType(v) for v in data.get("incident_any", ())),
            images_any=frozenset(ImagesState(v) for v in data.get("images_any", ())),
            sexual_images=data.get("sexual_images"),
            distributor_known=data.get("distributor_known"),
            distributor_at_other_school=data.get("distributor_at_other_school"),
            offence_suspected=data.get("offence_suspected"),
        )

    def holds(self, facts: CaseFacts) -> bool:
        if self.incident_any and not (self.incident_any & facts.incident_types):
            return False
        if self.images_any and facts.images not in self.images_any:
            return False
        checks = (
            (self.sexual_images, facts.sexual_images),
            (self.distributor_known, facts.distributor_known),
            (self.distributor_at_other_school, facts.distributor_at_other_school),
            (self.offence_suspected, facts.offence_suspected),
        )
        return all(wanted is None or wanted == actual for wanted, actual in checks)


@dataclass(frozen=True)
class Section:
    key: str
    title: dict[str, str]
    order: int


@dataclass(frozen=True)
class ProtocolItem:
    key: str
    section: str
    text: dict[str, str]
    condition: Condition = field(default_factory=Condition)
    due_days: int | None = None
    assignee_role: str = ""
    referrals: tuple[str, ...] = ()
    source: str = ""
    warning: bool = False  # shown prominently: a "never do this" item

    def title(self, language: str) -> str:
        return self.text.get(language) or self.text["nl"]


@dataclass(frozen=True)
class ReferralCard:
    key: str
    name: str
    what: dict[str, str]
    when: dict[str, str]
    website: str = ""
    phone: str = ""
    hours: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Protocol:
    last_checked: str
    sections: tuple[Section, ...]
    items: tuple[ProtocolItem, ...]
    referrals: Mapping[str, ReferralCard]
    referrals_last_checked: str = ""

    def item(self, key: str) -> ProtocolItem | None:
        return next((item for item in self.items if item.key == key), None)

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)

    def applicable(self, facts: CaseFacts) -> list[ProtocolItem]:
        return [item for item in self.items if item.condition.holds(facts)]


def parse_protocol(data: Mapping[str, Any], referral_data: Mapping[str, Any]) -> Protocol:
    sections = tuple(
        Section(str(s["key"]), _text(s["title"], f"section {s['key']}"), order)
        for order, s in enumerate(data["sections"])
    )
    section_keys = {s.key for s in sections}
    referrals = parse_referrals(referral_data)
    items: list[ProtocolItem] = []
    seen: set[str] = set()
    for raw in data["items"]:
        key = str(raw["key"])
        where = f"item {key}"
        if key in seen:
            raise ValueError(f"{where}: duplicate key")
        seen.add(key)
        if raw["section"] not in section_keys:
            raise ValueError(f"{where}: unknown section {raw['section']!r}")
        refs = tuple(str(r) for r in raw.get("referrals", ()))
        missing = [r for r in refs if r not in referrals]
        if missing:
            raise ValueError(f"{where}: unknown referral cards {missing}")
        items.append(
            ProtocolItem(
                key=key,
                section=str(raw["section"]),
                text=_text(raw, where),
                condition=Condition.parse(raw.get("when", {}), where),
                due_days=raw.get("due_days"),
                assignee_role=str(raw.get("assignee_role", "")),
                referrals=refs,
                source=str(raw.get("source", "")),
                warning=bool(raw.get("warning", False)),
            )
        )
    return Protocol(
        last_checked=str(data["last_checked"]),
        sections=sections,
        items=tuple(items),
        referrals=referrals,
        referrals_last_checked=str(referral_data.get("last_checked", "")),
    )


def parse_referrals(data: Mapping[str, Any]) -> dict[str, ReferralCard]:
    cards: dict[str, ReferralCard] = {}
    for raw in data["cards"]:
        key = str(raw["key"])
        cards[key] = ReferralCard(
            key=key,
            name=str(raw["name"]),
            what=_text(raw["what"], f"card {key}.what"),
            when=_text(raw["when"], f"card {key}.when"),
            website=str(raw.get("website", "")),
            phone=str(raw.get("phone", "")),
            hours=dict(raw.get("hours", {})),
        )
    return cards


def keys_of(items: Iterable[ProtocolItem]) -> set[str]:
    return {item.key for item in items}
