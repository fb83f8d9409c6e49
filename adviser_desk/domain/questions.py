"""The live question checker: rule-based, explainable, offline, Dutch and English.

While the adviser types a question, each finding names the words that triggered it, says why
in one sentence, and offers an open rewrite in the language of the interview. Four kinds:

- ``option_posing``: a yes/no or forced-choice question. Allowed, but follow it with an open
  invitation (NICHD: the answer to a yes/no question is the adviser's words, not the child's).
- ``suggestive``: presumes or pushes an answer: tag questions ("..., toch?"), presumptions
  ("Je schaamde je vast"), or a person or detail the student has not mentioned yet.
- ``blaming``: puts the student's own behaviour on trial ("Waarom ging je met hem chatten?").
- ``secrecy_promise``: promises secrecy in any phrasing; the honest "I can't promise secrecy,
  I can promise care" is recognised and left alone.

Open invitations ("Vertel eens...", "Describe...") and wh-questions get no finding.

``earlier`` holds the interview's earlier lines. Lines starting with "Q:" or "V:" are the
adviser's own; every other line (or one starting with "A:") is the student's, and only the
student's words count as having introduced a name or detail.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP

OPTION_POSING = "option_posing"
SUGGESTIVE = "suggestive"
BLAMING = "blaming"
SECRECY_PROMISE = "secrecy_promise"
KINDS = (OPTION_POSING, SUGGESTIVE, BLAMING, SECRECY_PROMISE)

CTX = "questions"
MESSAGES = {
    OPTION_POSING: QT_TRANSLATE_NOOP(
        "questions",
        "Yes/no or either/or question: the answer will be your words, not the student's. "
        "Follow it with an open invitation.",
    ),
    "tag": QT_TRANSLATE_NOOP(
        "questions", "Tag question: it asks the student to agree with you. Ask openly instead."
    ),
    "presumption": QT_TRANSLATE_NOOP(
        "questions",
        "Presumes what happened or how the student felt. Let the student say it in their own "
        "words.",
    ),
    "new_detail": QT_TRANSLATE_NOOP(
        "questions",
        "Names a person or detail the student has not mentioned in this interview. That can "
        "steer the account; ask openly who or what was involved.",
    ),
    BLAMING: QT_TRANSLATE_NOOP(
        "questions",
        "Puts the student's own behaviour on trial; it can sound like blame and make them "
        "stop talking. Ask what happened instead.",
    ),
    SECRECY_PROMISE: QT_TRANSLATE_NOOP(
        "questions",
        "Promises secrecy. You cannot keep that promise; promise care instead.",
    ),
}

SUGGESTIONS = {
    ("nl", OPTION_POSING): "Vertel me daar eens meer over.",
    ("en", OPTION_POSING): "Tell me more about that.",
    ("nl", "tag"): "Vertel eens in je eigen woorden wat er gebeurde.",
    ("en", "tag"): "Tell me in your own words what happened.",
    ("nl", "presumption"): "Hoe was dat voor jou?",
    ("en", "presumption"): "How was that for you?",
    ("nl", "new_detail"): "Wie waren er nog meer bij betrokken?",
    ("en", "new_detail"): "Who else was involved?",
    ("nl", BLAMING): "Vertel eens hoe het begon.",
    ("en", BLAMING): "Tell me how it started.",
    ("nl", SECRECY_PROMISE): (
        "Geheimhouden kan ik niet beloven, wel dat ik zorgvuldig ben en dat ik je vertel wat "
        "ik doe."
    ),
    ("en", SECRECY_PROMISE): (
        "I can't promise to keep it secret, but I promise to be careful and to tell you what I do."
    ),
}


@dataclass(frozen=True)
class Finding:
    kind: str
    message: str  # English source text; the UI translates it (context "questions")
    suggestion: str  # an open rewrite, in the interview's language
    start: int  # the triggering span in the checked text
    end: int
    trigger: str

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE | re.UNICODE)


# -- secrecy -------------------------------------------------------------------------------------
_SECRECY = {
    "nl": _rx(
        r"\bniemand(?:\s+\w+){0,3}\s+(?:hoeft|hoef|zal|gaat|komt)\b[^.?!]*\b(?:weten|horen"
        r"|merken)\b",
        r"\b(?:ik|we|wij)\s+(?:zal|zullen|ga|gaan)\s+(?:het|dit|dat)\s+(?:aan\s+|tegen\s+)?"
        r"niemand\s+(?:vertellen|zeggen|doorvertellen)",
        r"\bik\s+(?:vertel|zeg)\s+(?:het|dit|dat)\s+(?:aan\s+|tegen\s+)?niemand\b",
        r"\b(?:dit|het|dat)\s+blijft\s+(?:echt\s+|helemaal\s+)?(?:tussen\s+(?:ons|jou\s+en\s+mij)"
        r"|onder\s+ons|geheim|binnen\s+deze\s+(?:kamer|muren))",
        r"\bik\s+(?:hou|houd)\s+(?:het|dit|dat)\s+(?:voor\s+mezelf|voor\s+me|geheim|stil)",
        r"\bik\s+(?:ga|zal)\s+(?:het|dit|dat)\s+(?:echt\s+)?(?:niet|nooit)\s+"
        r"(?:doorvertellen|doorgeven|vertellen|zeggen)",
        r"\b(?:je|jouw)\s+(?:mentor|ouders|moeder|vader|klas|docent|leraar|lerares|vrienden)\s+"
        r"(?:hoort|horen|komt|komen|weet|weten)\s+(?:hier|er|dit|dat)?\s*(?:niets|niks|nooit)",
        r"\bbeloof\s+(?:ik\s+)?(?:je\s+)?(?:dat\s+)?(?:ik\s+)?(?:het|dit)\s+(?:aan\s+)?niemand",
        r"\bik\s+beloof\s+(?:je\s+)?(?:dat\s+)?(?:het|dit|dat)\s+(?:geheim|tussen\s+ons)",
        r"\b(?:ik\s+)?beloof\s+(?:je\s+)?geheimhouding",
        r"\bonder\s+ons\s+gezegd\b|\bons\s+(?:kleine\s+)?geheimpje\b|\bons\s+geheim\b",
        r"\bdat\s+hoeft\s+(?:verder\s+)?niemand\s+te\s+weten",
    ),
    "en": _rx(
        r"\bi(?:'ll|\s+will|\s+am\s+going\s+to|'m\s+going\s+to)\s+keep\s+(?:this|it|that)\s+"
        r"(?:to\s+myself|between\s+us|secret|quiet|private)",
        r"\b(?:this|it|that)\s+(?:stays|will\s+stay|is\s+staying)\s+(?:just\s+)?"
        r"(?:between\s+us|between\s+you\s+and\s+me|in\s+this\s+room|secret)",
        r"\b(?:no\s*one|nobody|no-one)(?:\s+\w+){0,3}\s+(?:needs|has|will|is\s+going)\s+"
        r"(?:to\s+)?(?:ever\s+)?(?:know|find\s+out|hear)",
        r"\bi(?:\s+|(?='))(?:really\s+|honestly\s+|definitely\s+)?(?:won't|will\s+not|"
        r"am\s+not\s+going\s+to|'m\s+not\s+going\s+to|promise\s+not\s+to|don't\s+have\s+to)\s+"
        r"tell\s+(?:anyone|anybody|your|a\s+soul)",
        r"\byour\s+(?:parents|mum|mom|dad|mother|father|mentor|teacher|class|friends)\s+"
        r"(?:won't|will\s+not|don't\s+have\s+to|doesn't\s+have\s+to|will\s+never|never\s+need\s+to)"
        r"\s+(?:hear|know|find\s+out|be\s+told)",
        r"\b(?:this\s+is|it's|it\s+is|that's)\s+(?:just\s+)?between\s+(?:you\s+and\s+me|us)",
        r"\bour\s+(?:little\s+)?secret\b",
        r"\bi\s+promise\s+(?:to\s+keep|i\s+won't\s+tell|nobody|no\s+one|it\s+stays)",
        r"\bi\s+promise\s+(?:you\s+)?(?:complete\s+|total\s+)?(?:secrecy|confidentiality)",
        r"\bi\s+won't\s+(?:pass\s+(?:it|this)\s+on|say\s+a\s+word)",
    ),
}
# The honest statement: "I cannot promise secrecy". It makes secrecy wording in the same
# sentence part of a refusal, not a promise.
_HONEST = {
    "nl": _rx(
        r"\b(?:kan|mag)\s+(?:ik\s+)?(?:je\s+)?(?:niet|geen)\s+(?:geheimhouding\s+)?beloven",
        r"\bgeheim\s*houden\s+kan\s+ik\s+(?:je\s+)?niet\s+beloven",
        r"\bkan\s+(?:je\s+)?niet\s+beloven\s+dat",
        r"\bik\s+kan\s+(?:dit|het)\s+niet\s+geheim\s+houden",
    ),
    "en": _rx(
        r"\bcan(?:'t|not|\s+not)\s+promise\b",
        r"\bcan(?:'t|not|\s+not)\s+keep\s+(?:this|it|that)\s+(?:a\s+)?secret",
        r"\bwon't\s+promise\s+(?:to\s+keep|secrecy)",
    ),
}

# -- blaming -------------------------------------------------------------------------------------
_BLAME_VERBS_NL = (
    r"ging|gingen|heb|had|deed|stuurde|verstuurde|maakte|vertrouwde|liet|gaf|was|bleef|"
    r"reageerde|antwoordde|accepteerde|nam|zei|chatte|praatte|sprak|ontmoette|kwam|deelde|"
    r"zette|plaatste|klikte|volgde|betaalde|stuur|doe|doet|zou"
)
_BLAME = {
    "nl": _rx(
        rf"\bwaarom\s+(?:{_BLAME_VERBS_NL})\s+je\b",
        r"\bwaarom\s+(?:heb|had)\s+je\s+(?:(?:het|dat|dit)\s+)?(?:niet|niks|niets|nooit)\b",
        r"\bhoe\s+(?:kon|kun|kan)\s+je\s+(?:nou\s+)?(?:zo\s+)?(?:dom|stom|naïef|naief|"
        r"dwaas|onvoorzichtig)",
        r"\bhoe\s+(?:kon|kun)\s+je\s+(?:dat|dit|het)\s+(?:nou\s+)?(?:doen|laten\s+gebeuren|"
        r"sturen|maken)",
        r"\bwat\s+dacht\s+je\s+(?:wel|nou)\b",
        r"\bje\s+had\s+(?:(?:het|dat|dit|hem|haar)\s+)?(?:beter\s+)?(?:niet\s+)?"
        r"(?:moeten|kunnen)\s+(?:weten|nadenken|snappen|doen|sturen|laten|vertrouwen)",
        r"\b(?:dat|dit|het)\s+had\s+je\s+(?:toch\s+|ook\s+)?(?:kunnen|moeten)\s+"
        r"(?:weten|zien|verwachten|bedenken)",
        r"\bhad\s+je\s+(?:dat|dit|het)\s+niet\s+(?:kunnen|moeten)\s+(?:weten|zien|verwachten)",
        r"\beigen\s+schuld\b",
        r"\bbesefte\s+je\s+(?:dan\s+)?niet\s+dat\b",
        r"\bwaarom\s+zou\s+je\s+(?:in\s+vredesnaam\s+)?",
        r"\bwaarom\s+in\s+vredesnaam\b",
    ),
    "en": _rx(
        r"\bwhy\s+(?:did|would|do|didn't|did\s+not|were|was|had|have)\s+you\s+(?!think\b|feel\b"
        r"|say\s+that\s+(?:he|she|they)\b)",
        r"\bwhy\s+on\s+earth\b",
        r"\bwhat\s+were\s+you\s+thinking\b",
        r"\bhow\s+could\s+you\b",
        r"\byou\s+(?:should|shouldn't|should\s+not|ought\s+to)\s+have\b",
        r"\bshouldn't\s+you\s+have\b",
        r"\b(?:didn't|did\s+not|don't)\s+you\s+know\s+(?:better|that\s+(?:it|this)\s+(?:was|is)"
        r"\s+(?:wrong|dangerous|risky|stupid))",
        r"\byou\s+(?:should\s+have\s+)?known\s+better\b",
        r"\bhow\s+(?:could|can)\s+you\s+be\s+(?:so\s+)?(?:stupid|naive|careless|silly)",
        r"\bit's\s+your\s+own\s+fault\b|\byour\s+own\s+fault\b",
        r"\bdidn't\s+it\s+occur\s+to\s+you\b",
    ),
}

# -- suggestive ----------------------------------------------------------------------------------
_TAG = {
    "nl": _rx(
        r",?\s*\b(?:toch|hè|he|hé|niet|nietwaar|of\s+niet|ja|oké|ok|klopt\s+dat|klopt\s+het)"
        r"\s*\?\s*$",
    ),
    "en": _rx(
        r",\s*(?:didn't|did|doesn't|does|isn't|is|wasn't|was|weren't|were|haven't|have|hasn't|"
        r"has|hadn't|had|won't|will|wouldn't|would|can't|can|couldn't|could|aren't|are|don't|"
        r"do|shouldn't|mustn't)\s*(?:n't\s+)?(?:he|she|it|they|you|i|we|there|that)\s*\?\s*$",
        r",\s*(?:right|yeah|yes|correct|okay|ok|no|eh|true)\s*\?\s*$",
    ),
}
_PRESUME = {
    "nl": _rx(
        r"\bje\s+(?:schaamde|voelde|was|bent|werd|vond|dacht|wilde|wist)\s+(?:je\s+)?(?:het\s+)?"
        r"(?:vast|zeker|natuurlijk|ongetwijfeld|waarschijnlijk)\b",
        r"\b(?:vast|zeker|natuurlijk|ongetwijfeld)\s+(?:heel\s+|erg\s+|ontzettend\s+)?"
        r"(?:bang|boos|verdrietig|geschrokken|geschaamd|beschaamd|eenzaam|bezorgd|in\s+paniek)",
        r"\bik\s+(?:neem\s+aan|ga\s+ervan\s+uit|denk\s+dat\s+je|vermoed)\s+(?:dat\s+)?",
        r"\b(?:hij|zij|ze|jij|je)\s+(?:heeft|had|wist|deed|wilde|was|bedoelde)\s+"
        r"(?:het\s+|dat\s+|je\s+|jou\s+|hem\s+|haar\s+)?"
        r"(?:vast|zeker|natuurlijk|ongetwijfeld|expres|met\s+opzet)\b",
        r"\bdat\s+(?:was|moet|voelde|voelt|zal)\s+(?:wel\s+|vast\s+|zeker\s+)?(?:vast|zeker|"
        r"natuurlijk|wel)\s+(?:heel\s+|erg\s+)?(?:eng|vervelend|naar|pijnlijk|erg|moeilijk|"
        r"schokkend|gênant|genant|verschrikkelijk|afschuwelijk|zwaar)",
        r"\bje\s+zult\s+(?:wel|vast|zeker)\b",
        r"\bhet\s+zal\s+(?:wel|vast)\b",
        r"\bklopt\s+het\s+dat\b",
        r"\bis\s+het\s+(?:niet\s+)?zo\s+dat\b",
        r"\bhet\s+was\s+toch\b",
        r"\bje\s+(?:hebt|had)\s+(?:het|hem|haar)\s+(?:vast|zeker|natuurlijk)\b",
        r"\bdat\s+moet\s+(?:wel\s+)?(?:heel\s+|erg\s+)?(?:eng|naar|vreselijk|pijnlijk|moeilijk)",
    ),
    "en": _rx(
        r"\bi\s+(?:suppose|assume|presume|imagine|guess|bet|expect)\b",
        r"\byou\s+must\s+(?:have\s+)?(?:been|felt|feel|be|had|known|wanted|thought)\b",
        r"\byou\s+(?:probably|surely|obviously|clearly|certainly)\s+",
        r"\b(?:he|she|they)\s+(?:must|probably|surely|obviously|clearly)\s+(?:have\s+)?",
        r"\bsurely\b|\bpresumably\b|\bobviously\b|\bno\s+doubt\b",
        r"\bof\s+course\s+(?:you|he|she|they|it)\b",
        r"\bis\s+it\s+true\s+that\b|\bisn't\s+it\s+true\b|\bisn't\s+it\s+(?:so|the\s+case)\s+that\b",
        r"\bthat\s+must\s+have\s+been\s+(?:really\s+|very\s+|so\s+)?(?:scary|awful|horrible|"
        r"terrible|embarrassing|hard|painful|frightening|upsetting|humiliating|terrifying|"
        r"traumatic|shocking|difficult)",
        r"\byou\s+(?:were|felt)\s+(?:really\s+|very\s+|so\s+)?(?:ashamed|scared|embarrassed|"
        r"humiliated|terrified)\s*,?\s*(?:weren't|didn't)",
        r"\bhe\s+(?:did\s+it|meant\s+it|knew)\s+on\s+purpose\b|\bon\s+purpose\b",
    ),
}

# -- option-posing -------------------------------------------------------------------------------
_WH = {
    "nl": {
        "wat",
        "wie",
        "waar",
        "wanneer",
        "hoe",
        "waarom",
        "welke",
        "welk",
        "hoeveel",
        "hoelang",
        "waarmee",
        "waarover",
        "waardoor",
        "waarvan",
        "waarna",
        "waarheen",
        "vanwaar",
        "wiens",
        "waaraan",
        "waarop",
        "waarin",
        "waartoe",
    },
    "en": {"what", "who", "whom", "whose", "where", "when", "how", "why", "which"},
}
_INVITATION = {
    "nl": _rx(
        r"^\s*(?:en\s+)?(?:vertel|beschrijf|leg|zeg|omschrijf|noem|laat\s+me|help\s+me)\b",
        r"^\s*(?:kun|kan|zou|wil)\s+(?:je|jij)\s+(?:me\s+|mij\s+)?(?:eens\s+|nog\s+|iets\s+|"
        r"wat\s+|meer\s+)*(?:vertellen|beschrijven|uitleggen|vertellen\s+over|zeggen\s+wat)",
        r"^\s*(?:en\s+)?(?:toen|daarna|verder)\s*\??\s*$",
        r"^\s*(?:en\s+)?(?:wat\s+nog\s+meer|is\s+er\s+nog\s+(?:iets|meer)(?:\s+\w+)*)\s*\??\s*$",
        r"^\s*(?:hm+|mm+|ja|oké|ok|aha)\s*[.?!]?\s*$",
        r"^\s*ga\s+(?:maar\s+)?(?:door|verder)\b",
        r"^\s*je\s+(?:zei|vertelde|noemde)\b[^?]*\.\s*vertel\b",
    ),
    "en": _rx(
        r"^\s*(?:and\s+)?(?:tell|describe|explain|walk|talk|say|help|go\s+on|carry\s+on|"
        r"keep\s+going)\b",
        r"^\s*(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:tell|describe|explain|say\s+more"
        r"|talk|walk|help\s+me\s+understand)\b",
        r"^\s*(?:and\s+)?(?:then|after\s+that|anything\s+else|what\s+else)\s*\??\s*$",
        r"^\s*(?:is\s+there\s+)?anything\s+else(?:\s+\w+)*\s*\??\s*$",
        r"^\s*(?:mm+|hm+|uh\s*huh|okay|ok|right|i\s+see)\s*[.?!]?\s*$",
        r"^\s*you\s+(?:said|mentioned|told\s+me)\b[^?]*\.\s*tell\b",
    ),
}
_CHOICE = {"nl": re.compile(r"\bof\b", re.I), "en": re.compile(r"\bor\b", re.I)}

# -- details the adviser might introduce ----------------------------------------------------------
_PLATFORMS = frozenset(
    {
        "instagram", "insta", "snapchat", "snap", "tiktok", "whatsapp", "telegram", "discord",
        "facebook", "youtube", "twitter", "x.com", "signal", "messenger", "roblox", "fortnite",
        "twitch", "reddit", "bereal", "onlyfans", "pinterest",
    }
)  # fmt: skip
_HANDLE = re.compile(r"@[\w.]{2,}", re.UNICODE)
_CAPITAL = re.compile(r"\b[A-ZÀ-ÖØ-ÞĀ-ŽŞŁ][\w'’-]*", re.UNICODE)
_NOT_NAMES = {
    "nl": {
        "ik",
        "je",
        "jij",
        "hij",
        "zij",
        "ze",
        "we",
        "wij",
        "jullie",
        "het",
        "de",
        "een",
        "dat",
        "dit",
        "die",
        "en",
        "maar",
        "of",
        "want",
        "toen",
        "dan",
        "nou",
        "oké",
        "ok",
        "ja",
        "nee",
        "vertel",
        "wat",
        "wie",
        "waar",
        "wanneer",
        "hoe",
        "waarom",
        "welke",
        "is",
        "was",
        "heb",
        "heeft",
        "had",
        "kun",
        "kan",
        "zou",
        "wil",
        "stond",
        "mag",
        "moet",
        "ging",
        "ben",
        "bent",
        "mama",
        "papa",
        "mam",
        "pap",
        "meneer",
        "mevrouw",
        "juf",
        "meester",
        "god",
        "school",
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
        "geheimhouden",
        "niemand",
        "jouw",
        "mijn",
        "haar",
        "hem",
        "er",
        "in",
        "op",
        "met",
        "na",
        "voor",
        "als",
        "zo",
        "nog",
        "al",
        "ook",
        "misschien",
        "soms",
        "samen",
        "beschrijf",
    },
    "en": {
        "i",
        "you",
        "he",
        "she",
        "they",
        "we",
        "it",
        "the",
        "a",
        "an",
        "that",
        "this",
        "and",
        "but",
        "or",
        "so",
        "then",
        "now",
        "okay",
        "ok",
        "yes",
        "no",
        "tell",
        "what",
        "who",
        "where",
        "when",
        "how",
        "why",
        "which",
        "is",
        "was",
        "did",
        "do",
        "does",
        "have",
        "has",
        "had",
        "can",
        "could",
        "would",
        "will",
        "were",
        "are",
        "mum",
        "mom",
        "dad",
        "mr",
        "mrs",
        "ms",
        "miss",
        "sir",
        "god",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "nobody",
        "your",
        "my",
        "her",
        "him",
        "if",
        "in",
        "on",
        "with",
        "after",
        "before",
        "maybe",
        "describe",
        "let",
        "please",
        "there",
        "anything",
        "let's",
        "i'm",
        "i'll",
        "you're",
        "it's",
        "that's",
        "what's",
        "don't",
        "didn't",
    },
}
_WORD = re.compile(r"[\w@.'’-]+", re.UNICODE)
# A sentence ends at . ? or ! followed by a space or the end, so "@sem.xx" stays one word.
_SENTENCE = re.compile(r"(?:[^.?!]|[.?!](?=\S))+[.?!]*", re.UNICODE)


def _student_words(earlier: Iterable[str]) -> set[str]:
    words: set[str] = set()
    for line in earlier:
        stripped = line.strip()
        if stripped[:2].upper() in ("Q:", "V:"):
            continue
        if stripped[:2].upper() == "A:":
            stripped = stripped[2:]
        words.update(w.casefold().strip(".'’-") for w in _WORD.findall(stripped))
    return words


def _finding(kind: str, variant: str, language: str, text: str, start: int, end: int) -> Finding:
    lang = language if language in ("nl", "en") else "en"
    return Finding(
        kind=kind,
        message=MESSAGES[variant],
        suggestion=SUGGESTIONS[(lang, variant)],
        start=start,
        end=end,
        trigger=text[start:end],
    )


def _first_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    return pattern.search(text)


def _new_details(
    sentence: str, offset: int, language: str, known: set[str], text: str
) -> list[Finding]:
    findings = []
    seen: set[str] = set()
    first_word = _WORD.search(sentence)
    first_start = first_word.start() if first_word else -1
    candidates: list[tuple[int, int, str]] = []
    for match in _HANDLE.finditer(sentence):
        candidates.append((match.start(), match.end(), match.group()))
    for match in _CAPITAL.finditer(sentence):
        if match.start() == first_start:
            continue  # a capital at the start of a sentence says nothing
        word = match.group()
        if word.casefold().strip("'’-") in _NOT_NAMES[language]:
            continue
        candidates.append((match.start(), match.end(), word))
    for match in _WORD.finditer(sentence):
        if match.group().casefold() in _PLATFORMS:
            candidates.append((match.start(), match.end(), match.group()))
    for start, end, word in sorted(candidates):
        key = word.casefold().strip(".'’-").removesuffix("'s").removesuffix("’s")
        if key in known or key in seen or key.lstrip("@") in known:
            continue
        seen.add(key)
        findings.append(
            _finding(SUGGESTIVE, "new_detail", language, text, offset + start, offset + end)
        )
    return findings


def _check_sentence(
    sentence: str, offset: int, language: str, known: set[str], text: str
) -> list[Finding]:
    findings: list[Finding] = []
    honest = _HONEST[language].search(sentence) is not None
    secrecy = _SECRECY[language].search(sentence)
    if secrecy and not honest:
        findings.append(
            _finding(
                SECRECY_PROMISE,
                SECRECY_PROMISE,
                language,
                text,
                offset + secrecy.start(),
                offset + secrecy.end(),
            )
        )
    blame = _BLAME[language].search(sentence)
    if blame:
        findings.append(
            _finding(BLAMING, BLAMING, language, text, offset + blame.start(), offset + blame.end())
        )
    tag = _TAG[language].search(sentence)
    if tag and sentence.rstrip().endswith("?"):
        findings.append(
            _finding(SUGGESTIVE, "tag", language, text, offset + tag.start(), offset + tag.end())
        )
    presume = _PRESUME[language].search(sentence)
    if presume and not honest:
        findings.append(
            _finding(
                SUGGESTIVE,
                "presumption",
                language,
                text,
                offset + presume.start(),
                offset + presume.end(),
            )
        )
    if sentence.rstrip().endswith("?"):
        findings += _new_details(sentence, offset, language, known, text)
        if not blame and not tag:
            option = _option_posing(sentence, language)
            if option is not None:
                findings.append(
                    _finding(
                        OPTION_POSING,
                        OPTION_POSING,
                        language,
                        text,
                        offset + option[0],
                        offset + option[1],
                    )
                )
    return findings


def _option_posing(sentence: str, language: str) -> tuple[int, int] | None:
    """The span of the words that make this a closed question, or None for an open one."""
    if _INVITATION[language].search(sentence):
        return None
    words = list(_WORD.finditer(sentence))
    if not words:
        return None
    first = words[0]
    lead = first.group().casefold()
    if lead in ("en", "and", "maar", "but", "dus", "so", "oké", "okay", "ok") and len(words) > 1:
        first = words[1]
        lead = first.group().casefold()
    choice = _CHOICE[language].search(sentence)
    if lead in _WH[language]:
        # "Was it X or Y" disguised as wh: "Welke was het, X of Y?" stays open enough.
        return None
    if choice is not None:
        return (first.start(), choice.end())
    return (first.start(), first.end())


@cache
def _language(language: str) -> str:
    lang = language.lower()[:2]
    return lang if lang in ("nl", "en") else "en"


def check_question(text: str, language: str, earlier: Sequence[str] = ()) -> list[Finding]:
    """Findings for one utterance of the adviser, with spans into ``text``."""
    if not isinstance(text, str) or not text.strip():
        return []
    lang = _language(language)
    known = _student_words(earlier)
    findings: list[Finding] = []
    for match in _SENTENCE.finditer(text):
        sentence = match.group()
        if sentence.strip():
            findings += _check_sentence(sentence, match.start(), lang, known, text)
    return findings


def statistics(kinds_per_question: Iterable[Iterable[str]]) -> dict[str, float]:
    """NICHD-style quality of questioning: share of open prompts versus closed and leading."""
    total = 0
    counts = dict.fromkeys((*KINDS, "open"), 0)
    for kinds in kinds_per_question:
        total += 1
        found = set(kinds)
        if not found:
            counts["open"] += 1
        for kind in found:
            counts[kind] += 1
    if total == 0:
        return {key: 0.0 for key in (*counts, "total")}
    shares = {key: value / total for key, value in counts.items()}
    shares["total"] = float(total)
    return shares
