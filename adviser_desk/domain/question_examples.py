"""Labelled adviser utterances in the corpus format (JSON Lines, one utterance a line).

The development part ships with the app (``resources/checker/examples_{nl,en}.jsonl``) and is
what the semantic layer uses as labelled exemplars. The test part lives under ``tests/`` and is
only ever read by the scoring harness.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

KIND_NAMES = ("option_posing", "suggestive", "blaming", "secrecy_promise")


@dataclass(frozen=True)
class Example:
    id: str
    family: str
    lang: str
    text: str
    kinds: frozenset[str]
    earlier: tuple[str, ...] = ()
    register: str = ""

    @property
    def clean(self) -> bool:
        return not self.kinds


class CorpusFormatError(ValueError):
    """A line of a corpus file that is not a labelled utterance."""


def parse_line(line: str, where: str = "") -> Example:
    try:
        raw = json.loads(line)
        kinds = frozenset(str(k) for k in raw.get("kinds", []))
        unknown = kinds - set(KIND_NAMES)
        if unknown:
            raise CorpusFormatError(f"{where}: unknown kinds {sorted(unknown)}")
        return Example(
            id=str(raw["id"]),
            family=str(raw.get("family") or raw["id"]),
            lang=str(raw["lang"]),
            text=str(raw["text"]),
            kinds=kinds,
            earlier=tuple(str(e) for e in raw.get("earlier") or ()),
            register=str(raw.get("register", "")),
        )
    except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
        raise CorpusFormatError(f"{where}: {exc}") from exc


def load(path: Path) -> list[Example]:
    """Every utterance in one JSON Lines file; blank lines are skipped."""
    examples = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                examples.append(parse_line(line, f"{path.name}:{number}"))
    return examples


def load_all(paths: Iterable[Path]) -> list[Example]:
    return [example for path in paths if path.exists() for example in load(path)]


def development_files(folder: Path) -> list[Path]:
    """The shipped development part in ``folder`` (``resources/checker``)."""
    return [folder / f"examples_{lang}.jsonl" for lang in ("nl", "en")]
