"""Regional Dutch read as the common language, for the question rules.

An adviser in Limburg types "Kins doe mich vertelle waat d'r gebeurd is?", one in West
Flanders "Kunt ge mij ne keer vertellen wa er gebeurd is?", one in the Achterhoek "Da's tussen
oe en mi'j": the same open invitation and the same promise the rules know in the common
spelling ("Kun jij me vertellen wat er gebeurd is?", "Dat is tussen jou en mij"). Read as
typed, "waat" is no wh-word and the invitation looks like a closed question, while "ich zeg
't tegen niemand" promises what "ik zeg het tegen niemand" does. The rules therefore read a
Dutch utterance with these spellings written out in the common word; every finding still
points at the words as typed.

This is a small table of common words (pronouns, wh-words, negations, the verbs the rules'
constructions turn on), not a dialect dictionary: a word the table does not hold is read as
typed. Words that are also common Dutch words are written out only where they cannot be the
common word: "doe" is "jij" after or before a Limburgish verb form ("wils doe", "doe höbs"),
"ie" is "je" and "as" is "als" only in a sentence that holds another Achterhoek form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Always written out: none of these is a common Dutch word (or only in another sense no
# adviser uses to a student: "ouch", "mer").
_WORDS = {
    # pronouns
    "ich": "ik",
    "dich": "je",
    "mich": "me",
    "mi'j": "mij",
    "wi'j": "wij",
    "oe": "jou",
    "gij": "jij",
    "ge": "je",
    "hae": "hij",
    "veer": "wij",
    "ós": "ons",
    # wh-words and other function words ("'t" and "'k" as everywhere in spoken Dutch)
    "'t": "het",
    "'k": "ik",
    "waat": "wat",
    "wa": "wat",
    "wae": "wie",
    "woróm": "waarom",
    "worom": "waarom",
    "wòrom": "waarom",
    "boe": "waar",
    "da": "dat",
    "da's": "dat is",
    "neet": "niet",
    "nie": "niet",
    "gein": "geen",
    "geine": "geen",
    "gin": "geen",
    "ouch": "ook",
    "mer": "maar",
    "ins": "eens",
    "veur": "voor",
    "noe": "nu",
    "tösse": "tussen",
    "tusse": "tussen",
    "onger": "onder",
    "oet": "uit",
    "uut": "uit",
    "ierst": "eerst",
    "mieë": "meer",
    "nörges": "nergens",
    "zoget": "zoiets",
    "goe": "goed",
    "good": "goed",
    "hej": "hè",
    "thoes": "thuis",
    "sjool": "school",
    "sjuld": "schuld",
    "kinjd": "kind",
    "eigelik": "eigenlijk",
    "allein": "alleen",
    "get": "iets",
    "daonao": "daarna",
    "same": "samen",
    # verbs: Limburgish second person "-s" forms, Achterhoek "he'j", infinitives without "-n"
    "höbs": "heb",
    "dinks": "denk",
    "wils": "wil",
    "kins": "kun",
    "meugs": "mag",
    "bös": "ben",
    "hads": "had",
    "woors": "was",
    "kaoms": "kwam",
    "zeks": "zegt",
    "vertels": "vertelt",
    "he'j": "heb je",
    "weit": "weet",
    "geluif": "geloof",
    "stees": "staat",
    "steis": "staat",
    "dachs": "dacht",
    "zouw": "zou",
    "lieze": "lezen",
    "hure": "horen",
    "huurt": "hoort",
    "kriege": "krijgen",
    "kriegt": "krijgt",
    "blief": "blijft",
    "blif": "blijft",
    "kump": "komt",
    "hawwe": "houden",
    "doon": "doen",
    "gedoon": "gedaan",
    "gedaon": "gedaan",
    "gesjik": "gestuurd",
    "sjrief": "schrijf",
    "stoon": "staan",
    "stoond": "stond",
    "zörg": "zorg",
    "vertelle": "vertellen",
    "helpe": "helpen",
    "melde": "melden",
    "belle": "bellen",
    "veule": "voelen",
    "gekómme": "gekomen",
    "gekomme": "gekomen",
    "gezete": "gezeten",
    "gedwónge": "gedwongen",
    "berichte": "berichten",
    "moogt": "mag",
}
# Flemish verb forms with "ge"/"gij": "zijt ge", "kunt ge", "wilt gij" are "ben je", "kun je",
# "wil jij" (the rules know the verb before the pronoun in its common form).
_BEFORE_GE = {
    "zijt": "ben",
    "kunt": "kun",
    "wilt": "wil",
    "hebt": "heb",
    "moogt": "mag",
    "zoudt": "zou",
    "denkt": "denk",
    "vindt": "vind",
    "gaat": "ga",
    "doet": "doe",
    "zegt": "zeg",
}
# "doe" is the Limburgish "jij" next to a Limburgish verb form ("wils doe", "doe höbs").
_LIMBURG_VERBS = frozenset(
    [
        "höbs",
        "dinks",
        "wils",
        "kins",
        "meugs",
        "bös",
        "hads",
        "woors",
        "kaoms",
        "zeks",
        "vertels",
        "stees",
        "steis",
        "dachs",
        "es",
    ]
)
_LIMBURG_S_VERB = re.compile(r"^\w+[^aeiou\W]s$", re.UNICODE)
_NOT_VERBS = frozenset(["dus", "eens", "ins", "iets", "niets", "ons", "als", "alles", "anders"])
# Achterhoek forms that make "ie" the second person and "as" "als" in their sentence.
_ACHTERHOEK = frozenset(["mi'j", "wi'j", "oe", "he'j", "kump", "blif", "gin", "uut"])
_IN_ACHTERHOEK = {"ie": "je", "as": "als"}
# Flemish "ne keer" is "eens", "moest ge ..., dan" is "als je ..., dan".
_PHRASES = (
    (re.compile(r"\bne\s+keer\b", re.I), "eens"),
    (re.compile(r"(^\W*|[.?!]\s+)moest\s+(?:ge|gij|je)\b(?=[^.?!]*,\s*dan\b)", re.I), r"\1als je"),
)
_TOKEN = re.compile(r"\w+(?:['’]\w+)?|['’]\w+", re.UNICODE)
_SENTENCE = re.compile(r"[^.?!]+[.?!]*", re.UNICODE)


@dataclass(frozen=True)
class Reading:
    """``text`` written out: for each position of ``text`` the span of the typed words."""

    typed: str
    text: str
    starts: tuple[int, ...]  # starts[i]: where the typed word holding text[i] starts
    ends: tuple[int, ...]  # ends[i]: where the typed word holding text[i - 1] ends

    @property
    def changed(self) -> bool:
        return self.text != self.typed

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The typed span of the written-out ``text[start:end]``."""
        return self.starts[min(start, len(self.text))], self.ends[min(end, len(self.text))]


def _replacement(tokens: list[str], i: int, achterhoek: bool) -> str | None:
    word = tokens[i].casefold().replace("’", "'")
    after = tokens[i + 1].casefold() if i + 1 < len(tokens) else ""
    before = tokens[i - 1].casefold() if i else ""
    if word in _BEFORE_GE and after in ("ge", "gij"):
        return _BEFORE_GE[word]
    if word == "doe" and (
        before in _LIMBURG_VERBS
        or (after not in _NOT_VERBS and (after in _LIMBURG_VERBS or _LIMBURG_S_VERB.match(after)))
    ):
        return "jij"
    if word == "es" and after in ("doe", "ich"):
        return "als"  # Limburgish "es doe" ("als jij"); chat "kom es" is "kom eens"
    if achterhoek and word in _IN_ACHTERHOEK:
        return _IN_ACHTERHOEK[word]
    return _WORDS.get(word)


def _cased(word: str, typed: str) -> str:
    return word[:1].upper() + word[1:] if typed[:1].isupper() else word


def read(text: str) -> Reading:
    """``text`` with the regional spellings of the table written out (see the module)."""
    pieces: list[tuple[str, int, int]] = []  # (written, typed start, typed end)
    position = 0
    for sentence in _SENTENCE.finditer(text):
        matches = list(_TOKEN.finditer(sentence.group()))
        tokens = [m.group() for m in matches]
        achterhoek = any(t.casefold().replace("’", "'") in _ACHTERHOEK for t in tokens)
        for i, m in enumerate(matches):
            start, end = sentence.start() + m.start(), sentence.start() + m.end()
            written = _replacement(tokens, i, achterhoek)
            if written is None:
                continue
            if position < start:
                pieces.append((text[position:start], position, -1))
            pieces.append((_cased(written, m.group()), start, end))
            position = end
    pieces.append((text[position:], position, -1))
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = [0]
    for written, start, end in pieces:
        out.append(written)
        if end < 0:  # as typed, character by character
            starts.extend(range(start, start + len(written)))
            ends.extend(range(start + 1, start + len(written) + 1))
        else:  # a written-out word points at the whole typed word
            starts.extend([start] * len(written))
            ends.extend([end] * len(written))
    starts.append(len(text))
    reading = Reading(text, "".join(out), tuple(starts), tuple(ends))
    return _phrased(reading)


def _phrased(reading: Reading) -> Reading:
    """``reading`` with the multi-word forms (_PHRASES) written out too."""
    text, starts, ends = reading.text, list(reading.starts), list(reading.ends)
    for pattern, replacement in _PHRASES:
        while (m := pattern.search(text)) is not None:
            written = m.expand(replacement)
            if written == m.group():
                break
            last = ends[m.end()]
            lead = len(m.group(1)) if pattern.groups else 0
            first = starts[m.start() + lead]
            new_starts = starts[m.start() : m.start() + lead] + [first] * (len(written) - lead)
            new_ends = ends[m.start() + 1 : m.start() + lead + 1] + [last] * (len(written) - lead)
            text = text[: m.start()] + written + text[m.end() :]
            starts[m.start() : m.end()] = new_starts
            ends[m.start() + 1 : m.end() + 1] = new_ends
    return Reading(reading.typed, text, tuple(starts), tuple(ends))
