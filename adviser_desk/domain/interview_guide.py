"""The interview guide as data: phases with do's, don'ts and open prompts, and the checklist."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from adviser_desk.domain.cases import CaseFacts
from adviser_desk.domain.protocol import Condition

Text = dict[str, str]


def _text(data: Mapping[str, Any], where: str) -> Text:
    texts = {lang: str(data[lang]).strip() for lang in ("nl", "en") if lang in data}
    if set(texts) != {"nl", "en"} or not all(texts.values()):
        raise ValueError(f"{where}: needs non-empty 'nl' and 'en' text")
    return texts


@dataclass(frozen=True)
class Phase:
    key: str
    title: Text
    do: tuple[Text, ...]
    dont: tuple[Text, ...]
    prompts: tuple[Text, ...]


@dataclass(frozen=True)
class CheckItem:
    key: str
    text: Text
    condition: Condition

    def label(self, language: str) -> str:
        return self.text.get(language, self.text["nl"])


@dataclass(frozen=True)
class InterviewGuide:
    phases: tuple[Phase, ...]
    checklist: tuple[CheckItem, ...]
    last_checked: str

    def items_for(self, facts: CaseFacts) -> list[CheckItem]:
        return [item for item in self.checklist if item.condition.holds(facts)]

    def item(self, key: str) -> CheckItem | None:
        return next((item for item in self.checklist if item.key == key), None)


def parse_guide(data: Mapping[str, Any]) -> InterviewGuide:
    phases = tuple(
        Phase(
            key=str(raw["key"]),
            title=_text(raw["title"], f"phase {raw['key']}"),
            do=tuple(_text(t, f"phase {raw['key']} do") for t in raw.get("do", ())),
            dont=tuple(_text(t, f"phase {raw['key']} dont") for t in raw.get("dont", ())),
            prompts=tuple(_text(t, f"phase {raw['key']} prompt") for t in raw.get("prompts", ())),
        )
        for raw in data["phases"]
    )
    checklist = tuple(
        CheckItem(
            key=str(raw["key"]),
            text=_text(raw, f"check {raw['key']}"),
            condition=Condition.parse(raw.get("when", {}), f"check {raw['key']}"),
        )
        for raw in data["checklist"]
    )
    return InterviewGuide(phases, checklist, str(data.get("last_checked", "")))
