"""Loads the protocol checklists, referral cards, interview guide and letter templates from
``resources/`` (once per process)."""

from __future__ import annotations

import json
from functools import cache

from adviser_desk.domain.interview_guide import GuideBook, parse_book
from adviser_desk.domain.letters import LegalData, LetterKind, Offence, Template
from adviser_desk.domain.protocol import Protocol, parse_protocol
from adviser_desk.resources import resources_dir


@cache
def protocol() -> Protocol:
    base = resources_dir()
    with open(base / "protocols" / "protocol.json", encoding="utf-8") as handle:
        data = json.load(handle)
    with open(base / "referrals.json", encoding="utf-8") as handle:
        referrals = json.load(handle)
    return parse_protocol(data, referrals)


GUIDES_FOLDER = "interview_guides"
SOURCES_FILE = "sources.json"


@cache
def interview_guide() -> GuideBook:
    """The conversation guides: one file per type in ``resources/interview_guides/``."""
    folder = resources_dir() / GUIDES_FOLDER
    guides = {}
    for path in sorted(folder.glob("*.json")):
        if path.name != SOURCES_FILE:
            with open(path, encoding="utf-8") as handle:
                guides[path.stem] = json.load(handle)
    with open(folder / SOURCES_FILE, encoding="utf-8") as handle:
        sources = json.load(handle)
    return parse_book(guides, sources)


@cache
def letter_templates() -> dict[LetterKind, Template]:
    """Every template in ``resources/letters/`` by kind."""
    out: dict[LetterKind, Template] = {}
    for path in sorted((resources_dir() / "letters").glob("*.json")):
        if path.name == "legal.json":
            continue
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        kind = LetterKind(data["kind"])
        out[kind] = Template(
            kind, bool(data["school_letter"]), data["title"], data["subject"], data["blocks"]
        )
    return out


@cache
def legal_data() -> LegalData:
    with open(resources_dir() / "letters" / "legal.json", encoding="utf-8") as handle:
        data = json.load(handle)
    offences = {
        key: Offence({k: v for k, v in value.items() if k != "article"}, value["article"])
        for key, value in data["offences"].items()
    }
    return LegalData(data["last_checked"], bool(data["cite_articles"]), offences)
