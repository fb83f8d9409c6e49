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
from dataclasses import dataclass, replace
from functools import cache

from adviser_desk.domain import regional_dutch
from adviser_desk.domain.chat_spelling import RULE_SPELLING
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


RULE = "rule"
SEMANTIC = "semantic"


@dataclass(frozen=True)
class Finding:
    kind: str
    message: str  # English source text; the UI translates it (context "questions")
    suggestion: str  # an open rewrite, in the interview's language
    start: int  # the triggering span in the checked text
    end: int
    trigger: str
    layer: str = RULE  # RULE: a listed phrasing; SEMANTIC: resembles labelled examples
    examples: tuple[str, ...] = ()  # for SEMANTIC: the closest labelled examples of the kind

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
# Broader structures of the same promise, in the registers students hear: idioms, a promise
# about one named third party, the scope of the conversation, the speaker not passing it on,
# not writing it down. Kept apart from the listed phrasings above so they can be read as such.
_SECRECY_STRUCTURES = {
    "nl": _rx(
        r"\berewoord\b|\bop\s+mijn\s+woord\b|\blippen\s+zijn\s+verzegeld\b|\bik\s+ben\s+een\s+kluis\b",
        r"\bzwijg(?:en)?\s+als\s+het\s+graf\b|\b(?:zal|ga)\s+(?:ik\s+)?(?:\w+\s+){0,3}zwijgen\b",
        r"\bhou(?:d)?\s+(?:ik\s+)?(?:\w+\s+)?(?:m'n|mijn|mn|me)\s+mond\b|\blippen\b[^.?!]{0,15}\bverzegeld\b",
        r"\b(?:ik|kan\s+ik|zal\s+ik)\b[^.?!]{0,40}\bvoor\s+(?:me|mij|mezelf|mijzelf)\s+(?:houden|hou|houd)\b|"
        r"\blaat\s+(?:ik\s+)?(?:het|dit|dat)\s+(?:\w+\s+){0,3}bij\s+(?:mij|me)\b",
        r"\b(?:gaat|komt)\s+(?:echt\s+)?(?:de|deze)\s+(?:deur|kamer|muren|ruimte)\s+niet\s+uit\b",
        r"\b(?:deze|de)\s+(?:kamer|ruimte|deur)\s+niet\s+(?:uit|verlaat)",
        r"\bniet\s+(?:buiten|verder\s+dan)\s+(?:deze|de|ons|jou\s+en\s+mij)",
        r"\b(?:niet|niks|niets|nooit)\s+(?:\w+\s+)?van\s+mij\s+(?:te\s+)?(?:horen|hoort|weten)\b",
        r"\bvan\s+mij\s+(?:hoort|weet|krijgt)\s+(?:niemand|geen)",
        r"(?<!ik\s)\b(?:hoort|horen|weet|weten)\s+(?:hier|dit|het|er|daar)\s+(?:\w+\s+)?"
        r"(?:niets|niks|niet)\b",
        r"\b(?:hoeft|hoeven)\s+(?:hier|het|dit|er|daar)?\s*(?:echt\s+)?(?:niets|niks|niet)\s+"
        r"(?:van\s+)?te\s+weten",
        r"\b(?:komt|komen|kom)\s+(?:er|hier|daar)?\s*(?:echt\s+)?(?:niet|nooit|niemand)\s*achter\b",
        # nobody will find out; "niemand gaat je straffen" promises nothing about secrecy
        r"\bniemand\s+(?:weet|ziet|hoort)\b|\bniemand\s+(?:komt|zal|gaat)\b(?:\s+\w+){0,4}?\s+"
        r"(?:weten|horen|merken|zien|achter|ontdekken|lezen|te\s+weten)\b|\bniemand\s+komt\s+erachter\b",
        r"\b(?:komt|zal)\s+(?:echt\s+)?nooit\s+(?:uit|openbaar)|\bnooit\s+openbaar\b",
        r"\b(?:blijft|houden)\s+(?:het\s+|dit\s+|we\s+)?(?:lekker\s+)?(?:bij\s+ons|binnen\s+(?:school|"
        r"deze\s+muren)|geheim|onder\s+ons)",
        # keeping it secret as the adviser's act ("ik kan het geheimhouden", "zullen we het
        # geheimhouden?"), not as a topic ("het geheimhouden is heel normaal", "geheimhouden
        # lukt me niet", "vertel eens over dat geheimhouden")
        r"\b(?:ik|we|wij|k)\b(?:(?!\b(?:niet|nie|niks|niets|geen|nooit)\b)[^.?!]){0,40}?"
        r"(?<!niet\s)\bgeheim\s*houden\b|\bgeheim\s*houden\s+(?:we|wij|ik)\b",
        r"\b\w*(?:dossier|leerlingvolgsysteem|verslag)\b[^.?!]*\b(?:niet|niks|niets|nergens|geen)\b"
        r"|\b(?:niet|niks|niets|nergens|geen)\b[^.?!]*\b\w*(?:dossier|leerlingvolgsysteem|verslag)\b",
        r"\bik\s+(?:schrijf|noteer)\s+(?:hier\s+)?(?:niets|niks)",
        # the promise in a subordinate clause, its verb last ("... dat dit onder ons blijft")
        r"\b(?:dit|dat|het|alles)\s+(?:\w+\s+){0,2}(?:onder\s+ons|tussen\s+ons|geheim|binnen\s+deze\s+"
        r"(?:\w+\s+)?muren)\s+(?:blijft|blijven)\b",
        r"\bgeen\s+(?:politie|telefoontje|contact)\b",
        r"\bwordt\s+niet\s+(?:met\s+[^.?!]*\s+)?gedeeld\b",
        r"\bik\s+(?:zeg|vertel|bel|deel|meld|geef)\b(?![^.?!]*\bniet\s+dat\b)[^.?!,]{0,40}?\b"
        r"(?:niet|niks|niets|niemand|nooit|geen)\b",
        r"\bik\s+(?:ga|zal|wil)\s+(?!je\s+niet\s+vertellen\s+wat)[^.?!]{0,50}?\b(?:niet|niks|niets|"
        r"nooit|geen)\b[^.?!]{0,40}?\b(?:vertellen|zeggen|bellen|melden|doorgeven|doorvertellen|"
        r"inlichten|delen|bespreken|noteren|opschrijven|opnemen)\b",
        r"\b(?:dit|dat|het)\s+hou(?:d)?\s+ik\s+voor\s+(?:me|mij|mezelf)\b",
        r"\bblijft\s+het\s+geheim\b",
        r"\b(?:blijft|blijven)\s+(?:ook\s+)?hier\s*[.!,]?\s*$|\btussen\s+ons\s+(?:tweeën|twee|"
        r"beiden|allebei)\b|\bverklap\b|\bgeen\s+(?:mens|sterveling|hond)\b",
        r"\b(?:hoeft|hoeven)\s+(?:hier|het|dit|er|daar)?\s*(?:nooit|niet|niets|niks)\s+(?:iets\s+)?"
        r"(?:van\s+)?te\s+(?:horen|merken|weten)\b",
    ),
    "en": _rx(
        r"\bcross\s+my\s+heart\b|\bword\s+of\s+honou?r\b|\bon\s+my\s+honou?r\b|\bmy\s+lips\s+"
        r"(?:are|r)\s+sealed\b|\bi(?:'m|m|\s+am)\s+a\s+vault\b|\bsilent\s+as\s+the\s+grave\b",
        r"\bremain\s+(?:\w+\s+)?silent\b|\bkeep\s+my\s+mouth\s+shut\b",
        r"\b(?:won't|wont|will\s+not|doesn't|doesnt|does\s+not|never)\s+(?:ever\s+)?(?:go\s+(?:any\s+)?"
        r"(?:further|beyond|out)|leaves?|get\s+(?:past|out))\b",
        r"\b(?:go|goes)\s+beyond\s+(?:us|the\s+two\s+of\s+us|this\s+room)\b",
        r"\b(?:won't|wont|will\s+not|never|not|nothing|nobody|no\s*one)\b[^.?!]{0,30}\bhear\b"
        r"[^.?!]{0,20}\bfrom\s+me\b",
        r"\b(?:won't|wont|will\s+not|shan't|will\s+never|never)\s+(?:ever\s+)?(?:hear|know|find\s+out|"
        r"learn|notice)\b",
        r"\b(?:don't|dont|doesn't|doesnt|do\s+not|does\s+not)\s+(?:need|have)\s+to\s+(?:know|hear|"
        r"find\s+out|be\s+told)\b",
        r"\b(?:nobody|no\s*one|no-one)(?:'s|\s+is)?\s+(?:ever\s+)?(?:going\s+to|gonna|will)\s+"
        r"(?:ever\s+)?(?:find\s+out|know|notice|see|hear)\b",
        r"\b(?:so\s+)?(?:no\s*one|nobody)\s+(?:knows|will\s+(?:ever\s+)?know|will\s+be\s+aware)\b",
        r"\bstays?\s+(?:with\s+(?:me|us)|between\s+(?:us|you\s+and\s+me)|in\s+(?:this|the)\s+room)\b",
        r"\b(?:keep|kept)\s+(?:it\s+|this\s+|that\s+)?(?:confidential|private|quiet|under\s+wraps)\b",
        r"\bnever\s+(?:coming|come|get)\s+out\b|\bnever\s+become\s+known\b|\bnever\s+happened\b",
        r"(?<!keeping\s)(?<!keepin\s)(?<!kept\s)\b(?:it|its|it's|it\s+is|it'll|it\s+will)\s+"
        r"(?:stay\s+)?secret\b",
        r"\bno\s+(?:record|notes?|police)\b|\bwon't\s+go\s+(?:in|on)\s+(?:your|the)\s+(?:file|record)",
        r"\binside\s+school\b|\bwon't\s+be\s+shared\b|\bwill\s+not\s+be\s+shared\b",
        r"\b(?:won't|wont|will\s+not)\s+be\s+getting\s+a\s+(?:phone\s+)?call\b",
        r"\bshare\s+this\s+with\s+no\s*one\b",
        r"(?:^|\bi\s*(?:'m|m|\s+am|'ll|\s+will|\s+shall)?\s*)(?:not|n't|never|won't|wont|shan't|"
        r"will\s+not|shall\s+not)\s+(?:be\s+)?(?:going\s+to\s+|gonna\s+)?(?:ever\s+)?(?:tell|telling|"
        r"say|saying|mention|mentioning|pass|passing|report|reporting|inform|informing|contact|"
        r"contacting|call|calling|ring|ringing|phone|phoning|share|sharing|write|writing|note|noting|"
        r"put|putting|bring|bringing|record|recording|repeat|repeating)\b(?!\s+(?:you|u)\b)",
        r"\bnot\s+getting\s+the\s+police\s+involved\b",
        r"\bstays?\s+here\s*[.!,]?\s*$|\bbetween\s+(?:the\s+two\s+of\s+us|us\s+two|ourselves)\b"
        r"|\bbreathe\s+a\s+word\b|\bnot\s+a\s+soul\b|\bmum's\s+the\s+word\b",
    ),
}
# General shapes of the promise, not phrasings: the speaker as the source that stays silent
# ("niks van mij", "by me"), a third party that will not know or hear, a reciprocal pact,
# a rule the speaker says they will break, an inverted or emphatic refusal to pass it on, a
# list of everyone who will not hear, and the well-known idioms. Checked on statements only
# (and statements with a tag): a question about secrecy promises nothing.
_NEG_NL = r"(?:niets|niks|niet|nooit|geen|niemand|nergens)"
_NEG_EN = r"(?:nothing|not|never|no|nobody|no\s*one|no-one|none|won't|wont|don't|dont|can't|isn't)"
_SECRECY_GENERAL = {
    "nl": _rx(
        rf"\b{_NEG_NL}\b[^.?!]{{0,40}}\b(?:van|door)\s+mij\b",
        rf"\b(?:van|door)\s+mij\b[^.?!]{{0,30}}\b{_NEG_NL}\b",
        r"\bkrijg(?:t|en)\s+(?:hier|dit|het|er|daar)?\s*(?:echt\s+)?(?:niks|niets|nooit\s+iets)\s+"
        r"(?:van\s+)?mee\b",
        r"\b(?:hoeft|hoeven)\b[^.?!]{0,30}\b(?:niet|niks|niets|nooit)\s+(?:\w+\s+)?te\s+"
        r"(?:weten|horen|merken)\b",
        r"\b(?:hoeft|hoeven)\s+(?:er\s+)?(?:verder\s+)?niemand\b|\bniemand\s+anders\b",
        r"\b(?:zeg|vertel|hou|houd)\s+ik\s+(?:er\s+|het\s+)?ook\s+(?:niets|niks|de\s+mijne)\b",
        r"\ballebei\b[^.?!]{0,30}\b(?:niemand|niks|niets)\b",
        r"\b(?:dit|dat|het)\s+(?:vertel|zeg|deel|geef|meld)\s+ik\s+(?:\w+\s+)?(?:nooit|niet|aan\s+"
        r"niemand)\b",
        r"\bonder\s+geen\s+(?:enkele\s+)?(?:omstandigheid|voorwaarde)\b",
        r"\bnoch\b[^.?!]*\bnoch\b",
        r"(?:\b(?:geen|niet)\b[^,.;!?]{0,25}[,;]?\s*){2,}[^.?!]{0,25}\b(?:niemand|nergens)\b",
        r"\bveilig\s+bij\s+mij\b|\b(?:mee\s+)?(?:in|naar)\s+(?:mijn|m'n)\s+graf\b|\bmondje\s+dicht\b",
        r"\bbij\s+(?:mij|ons)\s+(?:blijft|blijven)\b|\b(?:blijft|blijven)\s+(?:\w+\s+)?bij\s+mij\b",
        r"\b(?:beroepsgeheim|zwijgplicht|geheimhoudingsplicht)\b",
        # off the record: nothing recorded or passed on, the talk "never happened"
        r"\b(?:niets|niks)\b[^.?!]{0,30}\b(?:doorgegeven|vastgelegd|gedeeld|gemeld|genoteerd|"
        r"opgeschreven)\b|\boff\s+the\s+record\b|\btelt\s+niet\s+als\s+melding\b",
        r"\bnooit\s+(?:plaatsgevonden|gebeurd|bestaan)\b|\bniet\s+bestaan\b|\bben\s+je\s+hier\s+nooit\b",
        r"\bhebben\s+elkaar\s+(?:\w+\s+)?niet\s+gesproken\b|\bgaat\s+niets\s+van\s+naar\s+buiten\b",
        # a cover story and feigned ignorance
        r"\b(?:als|mocht)\s+iemand\s+(?:het\s+|ernaar\s+)?vraagt\b[^.?!]{0,10}\b(?:zeggen\s+we|ik\s+weet)",
        r"\bweet\s+ik\s+(?:van\s+)?(?:niks|niets|nergens)\b|\bik\s+weet\s+van\s+(?:niks|niets)\b|"
        r"\bvan\s+niets\s+op\s+de\s+hoogte\b|\bik\s+heb\s+niks\s+gehoord\b",
        # the notes destroyed
        r"\b(?:gooi|verscheur|wis|vernietig|versnipper)\w*\b[^.?!]{0,40}\b(?:aantekeningen|notities|"
        r"briefje|papiertje|opgeschreven)\b|\b(?:aantekeningen|notities)\b[^.?!]{0,30}\b(?:vernietigd|"
        r"weggegooid|gewist)\b|\bversnipperaar\b",
        r"\b(?:aantekeningen|notities|briefje|papiertje)\b[^.?!]{0,30}\b(?:verscheur|gooi|wis|"
        r"vernietig|versnipper)\w*",
        # an oath; leaving a part out; taking care nothing leaks; in passing
        r"\bzweer\b[^.?!]*\b(?:niemand|niks|niets|nergens|voor\s+mezelf|voor\s+me)\b",
        r"\blaat\s+ik\s+(?:\w+\s+){0,6}weg\b|\b(?:de\s+rest|dat\s+deel)\s+(?:houd?|hou)\s+ik\s+voor\b",
        r"\bzorg\s+(?:er\s+)?(?:wel\s+)?(?:voor\s+)?dat\s+(?:niemand|dit\s+nergens|het\s+nergens)\b|"
        r"\blekt\s+(?:er\s+)?(?:niks|niets)\b|\bter\s+ore\b|\bstijf\s+op\s+elkaar\b|\bstilzwijgen\b",
        r"\bblijft\s+(?:\w+\s+){0,2}tussen\s+ons\b|\bmee\s+in\s+(?:mijn|mn|m'n)\s+graf\b",
    ),
    "en": _rx(
        rf"\b{_NEG_EN}\b[^.?!]{{0,40}}\b(?:from|by)\s+me\b",
        r"\b(?:your|ur|the)\b[^.?!]{0,30}\b(?:won't|will\s+not|wont|never(?:\s+going\s+to)?|isn't\s+going\s+to|"
        r"'s\s+never\s+going\s+to|not\s+going\s+to|doesn't\s+need\s+to|don't\s+need\s+to|"
        r"needn't|need\s+not|never\s+needs?\s+to)\s+(?:ever\s+)?(?:know|hear|find\s+out|get\s+wind|be\s+told|"
        r"be\s+informed|be\s+made\s+aware|learn)\b",
        r"\b(?:nobody|no\s*one|no-one)(?:'s)?(?:\s+\w+){0,3}?\s+(?:ever\s+)?(?:hears?|hearing|knows?|"
        r"finds?\s+out|learns?|gets?\s+told|needs?\s+to)\b|\bnobody\s+else\b",
        r"\b(?:neither\s+will\s+i|neither\s+of\s+us|nor\s+will\s+i|i\s+don't\s+tell|i\s+dont\s+"
        r"say\s+nothing)\b",
        r"\b(?:under\s+no\s+circumstances|at\s+no\s+point)\b",
        r"\bneither\b[^.?!]*\bnor\b",
        r"(?:\b(?:no|not)\b[^,.;!?]{0,25}[,;]?\s*){2,}[^.?!]{0,25}\b(?:nobody|no\s*one|no-one)\b",
        r"\bunder\s+(?:my|our)\s+hats?\b|\bbutton\s+my\s+lips?\b|\bmum'?s\s+the\s+word\b|\bscout'?s\s+"
        r"honou?r\b|\bsolemnly\s+swear\b|\bsafe\s+with\s+me\b|\bzip(?:ped)?\s+my\s+lips?\b|"
        r"\bto\s+my\s+grave\b",
        r"\b(?:goes|go|going|get|gets)\s+no\s+further\b|\bstays?\s+with\s+me\b",
        r"\bprofessional\s+confidentiality\b|\bbound\s+to\s+secrecy\b|\bduty\s+of\s+"
        r"confidentiality\b|\bconfidential\s+by\s+law\b",
        # off the record: nothing recorded or passed on, the talk "never happened"
        r"\bnothing\b[^.?!]{0,30}\b(?:passed\s+on|recorded|shared|reported|written\s+down|logged|"
        r"goes\s+any\s+further)\b|\boff[-\s]the[-\s]record\b|\bnot\s+a\s+report\b",
        r"\b(?:were|was)\s+never\s+here\b|\bnever\s+happened\b|\bhave\s+not\s+spoken\b|"
        r"\bwe\s+never\s+(?:spoke|talked|met)\b|\bleaves?\s+my\s+office\b",
        # a cover story and feigned ignorance
        r"\bif\s+anyone\s+asks\b[^.?!]{0,10}\b(?:we|i)\b|\bi\s+know\s+nothing\b|\bi\s+(?:heard|saw)\s+"
        r"nothing\b",
        # the notes destroyed
        r"\b(?:shred|bin|destroy|delete|tear\s+up|throw\s+away|rip\s+up)\w*\b[^.?!]{0,30}\b(?:notes|"
        r"note|paper|written)\b|\bnotes\b[^.?!]{0,30}\b(?:destroyed|shredded|deleted|binned)\b",
        # an oath; leaving a part out; not taking it to someone; in passing
        r"\bi\s+swear\b[^.?!]*\b(?:nobody|no\s+one|nothing|myself|further)\b",
        r"\b(?:i'll|i\s+will|ill|i'm\s+going\s+to)\s+(?:just\s+)?leave\s+(?:\w+\s+){0,4}out\b|\bkeep\s+(?:the\s+rest|that\s+part|that\s+bit)\s+to\s+myself\b",
        r"\b(?:not|won't|never)\s+(?:going\s+to\s+)?(?:take|refer|bring|pass)\s+(?:this|it)\s+"
        r"(?:\w+\s+){0,2}to\b|\bwill\s+not\s+be\s+(?:referred|passed|reported|shared)\b",
        r"\bonly\s+me\s+hearing\b|\bshare\s+(?:this|it)\s+with\s+(?:nobody|no\s*one)\b",
    ),
}
# General shapes of a presumption: a "so"-summary the student never gave, a hedge that states
# a guess as fact ("volgens mij", "I reckon", "it seems obvious", "I can tell"), a modal of
# certainty about what happened or what the student feels ("must have", "moet ... geweest
# zijn"), and a tag without its question mark ("je was verliefd hè"). Wh-questions and
# invitations are never presumptions.
_PRESUME_GENERAL = {
    "nl": _rx(
        r"^\s*(?:en\s+)?dus\s+(?:je|jij|jullie|hij|zij|ze|het|dat)\b",
        r"\b(?:je|jij|jullie|hij|zij|ze)\s+(?:\w+\s+){0,2}dus\s+(?:\w+\s+){0,4}\w+\s*\?\s*$",
        r"\bik\s+begrijp\s+dus\b|\bvolgens\s+mij\s+(?:was|is|heeft|had|wilde|vond|voelde)\b",
        r"\blijkt\s+me\s+(?:aannemelijk|duidelijk|logisch|wel\s+duidelijk)\b|\bligt\s+voor\s+de\s+hand\b",
        r"\bdat\s+zie\s+ik\s+(?:zo|wel|meteen|aan\s+je)\b|\bik\s+zie\s+het\s+aan\s+je\b",
        r"\b(?:moet|moeten|zal|zullen)\s+(?:\w+\s+){0,4}(?:geweest|gedaan|gehad|gepland|bedacht|"
        r"gemaakt|verzonnen)\s+(?:zijn|hebben)\b",
        r"\bik\s+(?:denk|schat|gok|wed)\s+(?:dat\s+)?(?:hij|zij|ze|zijn|haar|er|die)\b",
        # "je was bang hè", "je vond hem leuk, toch"; not "je bent er toch." (all the same)
        r"\b(?:je|jij)\s+(?:was|bent|vond|wilde|had)\b[^.?!]{0,40}(?:\s(?:hè|he)\s*[.!]?|,\s*toch\s*[.!]?|"
        r"\stoch)\s*$",
    ),
    "en": _rx(
        r"^\s*(?:and\s+)?so\s+(?:he|she|you|u|they|the\s+two|it\s+was|you\s+two)\b",
        r"\bi\s+take\s+it\b|\bi\s+(?:reckon|bet|suspect|gather)\b|\bi'?m\s+guessing\b|\bim\s+guessing\b",
        r"\b(?:sounds|seems|looks)\s+(?:to\s+me\s+)?(?:like|plausible|obvious|likely|clear)\b",
        r"\bi'd\s+(?:say|put\s+money|bet)\b|\bin\s+my\s+(?:assessment|view|opinion),?\s+(?:this|he|she|it)\b",
        r"\bi\s+can\s+tell\b|\bfor\s+sure\b|\bno\s+doubt\b",
        r"\b(?:he|she|they|it|you|u|school|that|this|there)\s+(?:must|can't|cannot|'ll|will)\s+"
        r"(?:not\s+)?(?:have\s+(?:been|done|had|planned|cooked)|be\s+(?:dreading|feeling|hell|"
        r"terrified|scared|gutted)|want|have\s+cooked)\b",
        r"\bmust\s+(?:have\s+been|be)\b|\bcan't\s+have\s+done\b",
        r"\bi\s+think\s+(?:his|her|he|she|they|their|it\s+was)\b",
        r"\b(?:didn't|didnt|weren't|werent|wasn't|wasnt)\s+(?:you|u)\s*[.!]?\s*$",
    ),
}

# General shapes of blame: a counterfactual about what the student did or should have done,
# a consequence the student "gets" for their behaviour, a norm the student broke ("zoiets
# stuur je niet"), a rhetorical who-started-it, "you know what boys are like", and the
# student's act having made things hard.
_BLAME_GENERAL = {
    "nl": _rx(
        r"\b(?:je|jij)\s+had(?:den)?\s+(?:\w+\s+){0,6}(?:moeten|kunnen)\b",
        r"\bhad\s+(?:het\s+)?(?:je|jij)\b[^.?!]{0,40}\b(?:gewoon|maar)\b",
        r"\bals\s+(?:je|jij)\b[^.?!,]{0,60}\b(?:had|was)\b[^.?!,]{0,25},\s*(?:had|kon|was|zou|dan)\b",
        r"\b(?:dat|dit)\s+krijg\s+je\s+ervan\b|\bzo\s+gaat\s+dat\s+(?:nou\s+)?(?:eenmaal\s+)?als\s+je\b",
        r"\bwat\s+er\s+gebeurt\s+als\s+je\b|\bdaar\s+komt\s+(?:dit|dat)\s+van\b",
        r"\bdan\s+kun\s+je\s+(?:dit|dat|zoiets)\s+verwachten\b|\bdat\s+heb\s+je\s+met\b",
        r"\bvoorspelbare\s+gevolg\b",
        r"\b(?:zoiets|zulke\s+\w+|dat|die\s+dingen|je\s+\w+)\s+(?:stuur|maak|doe|deel|geef)\s+je\s+"
        r"(?:\w+\s+)?(?:gewoon\s+)?(?:niet|met\s+niemand|aan\s+niemand)\b",
        r"\bzelfrespect\b|\brespect\s+voor\s+jezelf\b",
        r"\bwie\s+(?:geeft|stuurt|maakt|deelt|doet)\s+er\s+nou\b",
        r"\bwie\b[^.?!]{0,40}\bin\s+de\s+eerste\s+plaats\b",
        r"\b(?:(?:je|jij)\s+weet\s+(?:toch|wel)|weet\s+(?:je|jij)(?:\s+toch)?)\s+hoe\s+"
        r"(?:jongens|gasten|mannen)\b|"
        r"\b(?:jongens|gasten)\s+zijn\s+(?:nou\s+eenmaal\s+)?zo\b",
        r"\b(?:heb|hebt)\s+(?:je|jij)\b[^.?!]{0,30}\b(?:bemoeilijkt|moeilijk\s+gemaakt|verpest)\b",
        r"\bmaakt\s+het\s+(?:ons|mij|alles)\s+(?:wel\s+)?(?:heel\s+)?moeilijk\b",
    ),
    "en": _rx(
        r"\bif\s+(?:only\s+)?you(?:'d|\s+had|\s+hadn't|\s+had\s+not)\s+"
        r"(?!rather\b|like\b|prefer\b|want\b|sooner\b|feel\b)",
        r"(?<!long\s)(?<!what\s)(?<!when\s)(?<!where\s)(?<!how\s)(?<!who\s)(?<!since\s)"
        r"\bhad\s+you\s+(?:been|not|just|only)\b",
        r"(?:\b(?:you|u)\s+|^\s*)(?:should|could)(?:'ve|ve|\s+have)\s+(?:\w+\s+){0,2}(?:told|said|known|asked|"
        r"blocked|listened|seen|stopped|thought|been)\b",
        r"\bwhat\s+(?:happens|comes\s+of|you\s+get)\b[^.?!]{0,15}\b(?:if|when|for)\s+you\b",
        r"\bwhat\s+comes\s+of\b(?!\s+(?:it|this|that)\b)|\bthat's\s+what\s+you\s+get\b|"
        r"\bserves\s+you\s+right\b",
        r"\bwhat\s+(?:exactly\s+|else\s+|really\s+)?did\s+(?:you|u)\s+(?:(?:really|honestly|seriously)\s+)?"
        r"expect\b|\bpredictable\s+(?:result|outcome|consequence)\b",
        r"\b(?:just\s+)?(?:don't|do\s+not|never)\s+(?:send|share|take|give)\s+(?:stuff|pics?|photos?|"
        r"things?|that|those|your\s+\w+)\b",
        r"\bself-?respect\b|\brespect\s+(?:for\s+)?yourself\b",
        r"\bwho\s+(?:gives|sends|shares|does)\s+(?:their|that|such)\b",
        r"\bwho\b[^.?!]{0,40}\bin\s+the\s+first\s+place\b",
        r"\byou\s+know\s+(?:what|how)\s+(?:boys|lads|guys|men)\b|\b(?:boys|lads)\s+are\s+like\s+that\b|"
        r"\bwhat\s+boys\s+do\b|\bboys\s+will\s+be\s+boys\b",
        r"\byou(?:'ve|\s+have)\s+(?:really\s+)?made\s+(?:it|this|things)\s+(?:\w+\s+)?(?:harder|"
        r"difficult)\b|\bmakes?\s+(?:it|things)\s+(?:really\s+)?(?:hard|difficult)\s+for\s+us\b",
    ),
}

# Linguistic shapes that carry a kind whatever the topic, written from how Dutch and English
# express it (not from single families): each is checked like the *_GENERAL tables above, and
# bench/rules_cv.py shows that each is supported by several meaning groups.
# "Nobody" in a promise of silence, not in one that nobody will be angry or judge.
_NOBODY_EN = (
    r"(?:nobody|no\s*one)(?![^.?!]{0,25}\b(?:angry|mad|cross|upset|judg\w*|blam\w*|punish\w*|"
    r"laugh\w*|think\s+less)\b)"
)
_NOTHING_EN = r"nothing(?!\s+(?:sneaky|behind|bad|without)\b)"
_NIEMAND_NL = (
    r"niemand(?![^.?!]{0,25}\b(?:boos|kwaad|veroordel\w*|uitlach\w*|straff?\w*|kwalijk|raar)\b)"
)
_SECRECY_SHAPES = {
    "nl": _rx(
        # nobody will know / hear / read it; it goes nowhere
        r"\bniemand\b[^.?!]{0,40}\b(?:weet|weten|hoort|horen|leest|lezen|ziet|zien|verneemt|"
        r"vernemen|kennis|te\s+weten|achter)\b",
        r"\b(?:weet|hoort|leest|ziet|verneemt)\s+(?:het\s+|dit\s+|dat\s+|er\s+)?(?:\w+\s+){0,2}"
        r"niemand\b",
        r"\bnergens\s+(?:heen|naartoe|terecht|terechtkomt)\b|\bgaat\s+nergens\b",
        r"\b(?:strikt|volledig|helemaal|geheel)\s+vertrouwelijk\b",
        # a promise word (oath, 'beloofd', 'afgesproken') with a non-disclosure cue
        # (not a reassurance that nobody will judge: "Niemand zal je veroordelen, beloofd")
        rf"\b(?:beloof|beloofd|zweer|gezworen|erewoord)\b[^.?!]{{0,60}}\b(?:{_NIEMAND_NL}|"
        r"niks|niets|nergens|geheim|tussen\s+ons|voor\s+me(?:zelf)?|bij\s+mij|mond)\b",
        rf"\b(?:{_NIEMAND_NL}|niks|niets|nergens|geheim|tussen\s+ons|voor\s+me(?:zelf)?|bij\s+mij|mond)\b"
        r"[^.?!]{0,60}\b(?:beloof|beloofd|zweer|erewoord|(?:afgesproken|deal)\s*[?.!]*\s*$)",
        # a pact: if you say nothing, I say nothing
        r"\b(?:als|zolang)\s+(?:jij|je)\b[^.?!]{0,40}\b(?:niets|niks|niet|niemand|mond)\b[^.?!]{0,40}"
        r"\b(?:ik|mij)\b[^.?!]{0,20}\b(?:ook|niets|niks|niemand|de\s+mijne)\b",
        # without bringing in anyone else
        r"\bzonder\s+(?:er\s+)?(?:anderen|iemand\s+anders|iemand)\s+(?:bij\s+te|te)\s+"
        r"(?:halen|betrekken|informeren|vertellen)\b|\bniemand\s+anders\s+(?:erbij|bij)\b",
        r"\b(?:hou|houd)\s+ik\s+(?:\w+\s+)?voor\s+(?:me|mij|mezelf)\b",
        # it does not get out: leave the room, go further, come out, become known
        r"\b(?:dit|dat|het|wat\s+je\s+\w+|niets|niks|alles|hier)\b[^.?!]{0,30}\b(?:gaat|komt|verlaat|"
        r"raakt|lekt)\b[^.?!]{0,30}\b(?:niet|nooit|nergens)\b[^.?!]{0,20}\b(?:uit|buiten|verder|"
        r"naar\s+buiten|bekend|openbaar)\b",
        # no need to fear it gets out: the speaker takes that on
        r"(?:\b(?:niet|geen|nooit)\b[^.?!]{0,20}\b(?:bang|zorgen|ongerust|zenuwachtig)|\bgerust)\b"
        r"[^.?!]{0,40}\b(?:uitkomt|uitlekt|erachter\s+"
        r"komt|achter\s+komt|te\s+weten\s+komt|rondgaat|bekend\s+wordt)\b",
        # it stays here / between us / with me / confidential
        r"\b(?:blijft|blijven|houden|hou|houd)\b[^.?!]{0,30}\b(?:hier|tussen\s+(?:ons|jou\s+en\s+mij)|"
        r"onder\s+ons|bij\s+(?:mij|ons)|binnen\s+(?:deze|dit|de|school)|privé|prive|vertrouwelijk|"
        r"geheim|voor\s+ons)\b",
        # the speaker not passing it on, in any order
        r"\b(?:ik|wij|we)\s+(?:(?!(?:je|jij|dat|die|als|wat|of)\b)[\w'’]+\s+){0,4}(?:niet|nooit|niks|"
        r"niets|geen|aan\s+niemand|met\s+niemand|tegen\s+niemand)\s+(?:[\w'’]+\s+){0,3}"
        r"(?:doorvertellen|doorgeven|vertellen|zeggen|melden|delen|bellen|informeren|inlichten|"
        r"rapporteren|noteren|opschrijven|betrekken)\b",
    ),
    "en": _rx(
        r"\b(?:no\s*one|nobody|no-one)\b[^.?!]{0,40}\b(?:know|knows|hear|hears|read|reads|see|"
        r"sees|learn|learns|find\s+out|finds\s+out|be\s+told|gets\s+told|aware|wiser)\b",
        r"\b(?:goes|go|going|gets?|get)\s+nowhere\b",
        r"\b(?:strictly|completely|totally|entirely|fully)\s+confidential\b",
        # (not a reassurance that nobody will be angry, nor "nothing sneaky": care, no silence)
        r"\b(?:promise|promised|swear|sworn|word\s+of\s+honou?r|cross\s+my\s+heart)\b[^.?!]{0,60}"
        rf"\b(?:{_NOBODY_EN}|{_NOTHING_EN}|secret|between\s+us|to\s+myself|with\s+me|a\s+word|quiet)\b",
        rf"\b(?:{_NOBODY_EN}|{_NOTHING_EN}|secret|between\s+us|to\s+myself|with\s+me|a\s+word|quiet)\b"
        r"[^.?!]{0,60}\b(?:promise|promised|swear|deal\s*[?.!]*\s*$)",
        r"\b(?:if|as\s+long\s+as)\s+(?:you|u)\b[^.?!]{0,40}\b(?:nothing|not|don't|dont|nobody|"
        r"quiet)\b[^.?!]{0,40}\b(?:i|me)\b[^.?!]{0,20}\b(?:either|too|neither|nothing|won't)\b",
        r"\bwithout\s+(?:involving|telling|informing|bringing\s+in)\s+(?:anyone|anybody|others|"
        r"other\s+people)\b|\bno\s*one\s+else\s+(?:involved|needs)\b",
        # it does not get out: leave the room, go further, come out, become known
        r"\b(?:this|it|that|what\s+you\s+\w+|nothing|none\s+of\s+(?:this|it)|anything|everything)\b"
        r"[^.?!]{0,30}\b(?:won't|wont|will\s+not|doesn't|doesnt|does\s+not|never|not\s+going\s+to|"
        r"can't|cannot)\s+(?:ever\s+)?(?:be\s+)?(?:go(?:ing)?\s+(?:any\s+)?(?:further|beyond|past|"
        r"out|anywhere|outside)|get(?:ting)?\s+(?:any\s+)?(?:further|past|out|beyond)|leav(?:e|ing)\s+"
        r"(?:this|the|these|my|here)|com(?:e|ing)\s+out|becom(?:e|ing)\s+(?:known|public)|end\s+up\s+"
        r"anywhere)\b",
        r"(?:\b(?:don't|dont|do\s+not|no\s+need|needn't|never|not)\b[^.?!]{0,20}\b(?:worry|worried|"
        r"worrying|scared|afraid|frightened|nervous)|\brest\s+assured)\b[^.?!]{0,40}"
        r"\b(?:finding\s+out|find\s+out|finds\s+out|come\s+out|comes\s+out|getting\s+out|gets\s+out|"
        r"leaking|leaks|become\s+known)\b",
        r"\bnone\s+of\s+(?:this|it)\s+(?:\w+\s+){0,2}(?:leaves|goes|gets\s+out)\b|^\s*(?:it\s+|this\s+)?"
        r"(?:doesn't|doesnt|won't|wont)\s+leave\b",
        # the adviser's keeping, not the student's as a topic ("Keeping it a secret till now
        # doesn't make you wrong", "loads of people keep stuff like this secret at first")
        r"(?<!you\s)(?<!you're\s)(?<!u\s)(?<!people\s)(?<!ppl\s)(?<!kids\s)(?<!students\s)"
        r"(?:\b(?:stays?|staying|remains?|keep|kept)|(?:(?<='m\s)|(?<=am\s)|(?<=re\s)|(?<=be\s)|"
        r"(?<=\bm\s)|(?<=\bim\s))keeping)\b[^.?!]{0,30}"
        r"\b(?:here|between\s+(?:us|"
        r"you\s+and\s+me|the\s+two\s+of\s+us)|with\s+(?:me|us)|in\s+(?:this|the)\s+room|private|"
        r"confidential|secret|to\s+myself|under\s+wraps|quiet)\b",
        r"\b(?:i|we)\b[^.?!,]{0,30}\b(?:not|never|n't|nothing|no\s*one|nobody)\b[^.?!]{0,30}"
        r"\b(?:tell\w*|say\w*|pass\w*\s+on|report\w*|inform\w*|call\w*|ring\w*|"
        r"mention\w*|write\w*|writing|note|noting|record\w*|involv\w*)\b",
    ),
}
# Blame: a counterfactual with the student's act or means as its condition ("met een afgeschermd
# profiel was dit niet gebeurd", "a couple fewer drinks and none of this would have happened"),
# advice for next time, a judgement of the student's choice, responsibility put on the student,
# a rhetorical who-did-it-first, and "so soon" about the student's trust.
_BLAME_SHAPES = {
    "nl": _rx(
        r"\b(?:had|was|waren|hadden)\s+(?:er\s+|dit\s+|het\s+|dat\s+|hij\s+|ze\s+)?(?:\w+\s+){0,3}"
        r"(?:niks|niets|nooit|niet|nergens)\s+(?:\w+\s+){0,4}(?:gebeurd|gekomen|overkomen|gehad|"
        r"kunnen\s+\w+|hoeven\s+\w+)\b(?![^.?!]*\bmogen\b)",
        r"^\s*(?:\w+\s+){0,2}(?:met|zonder)\b[^.?!,]{0,50}\b(?:had|was|waren)\s+(?:je|jij|het|dit|"
        r"dat|er|hij)\b[^.?!]{0,50}\b(?:niet|nooit|nergens|niks|niets|beter|betere)\b"
        r"(?![^.?!]*\bmogen\b)",
        r"\b(?:volgende\s+keer|voortaan|in\s+het\s+vervolg|de\s+volgende\s+keer)\b[^.?!]{0,60}"
        r"\b(?:nadenken|denk|voorzichtig\w*|niet\s+meer|beter|eerst)\b|\bvan\s+geleerd\b|"
        r"\bles\s+voor\s+(?:je|jou)\b|\bhieruit\s+meeneemt\b",
        r"\b(?:niet\s+(?:bepaald\s+|echt\s+|zo\s+)?(?:slim|verstandig|handig)|onverstandig\w*|"
        r"dom|stom|naïef|naief|onnadenkend|roekeloos)\b[^.?!]{0,30}\b(?:van\s+(?:je|jou)|"
        r"keuze|beslissing|actie|idee)\b",
        r"\b(?:slim|lekker|goed)\s+bezig\b|\bgoed\s+nagedacht\b",
        r"^(?![^.?!]*\b(?:niet|geen|nooit)\b)(?![^.?!]*\b(?:denk|denkt|vind|vindt|kijk|kijkt)\s+(?:jij|je|u)"
        r"\s+(?:er\s+)?zelf\b)[^.?!]*\b(?:jezelf|zelf)\b[^.?!]{0,40}\b(?:verantwoordelijk"
        r"\w*|aangedaan|uitgelokt|afgeroepen|gezocht|opgezocht|schuld)\b",
        # who started it, pressed home ("wie stuurde die foto nou als eerste?", "wie heeft het
        # in de eerste plaats gemaakt?"); "wie heeft de foto als eerste gezien?" asks a fact
        # about others and blames nobody (walk 15, W15-6)
        r"^\s*(?:en\s+|maar\s+)?wie\s+(?:heeft|had|maakte|stuurde|gaf|klikte|deelde|begon)\b"
        r"[^.?!]{0,50}\b(?:in\s+de\s+eerste\s+plaats|uiteindelijk|nou)\b",
        # a share of the fault put on the student: "je vroeg er ook wel een beetje om"
        r"\b(?:ook\s+wel|een\s+beetje|deels|mede|zelf\s+ook|ook\s+zelf)\b[^.?!]{0,30}\b(?:schuld|gezocht|"
        r"opgezocht|gevraagd|erom|uitgelokt|verantwoordelijk\w*|aangedaan|afgeroepen)\b",
        # others would not have done it: "je zus zou zoiets nooit doen"
        r"\b(?:anderen|andere\s+\w+|de\s+rest|je\s+(?:zus|broer|vriendinnen|vrienden|"
        r"klasgenoten|leeftijdgenoten)|niemand\s+anders)\b[^.?!]{0,40}\b(?:zoiets|dat|zulke|zo'n)\b"
        r"[^.?!]{0,30}\b(?:niet|nooit)\b[^.?!]{0,20}\b(?:doen|doet|sturen|stuurt|versturen|verstuurt|"
        r"maken|maakt|delen|deelt)\b",
        r"\b(?:pas|amper|nauwelijks|net|maar)\b[^.?!]{0,40}\ben\s+(?:dan|toen)\s+(?:stuur|stuurde|"
        r"vertrouw|vertrouwde|deel|deelde|geef|gaf)\s+je\b|\bzo\s+snel\s+al\b",
        # the student's own agency stressed in a statement: "je deed het zelf", "terwijl je het
        # zelf stuurde", "jij hebt er zelf ook aan meegedaan" (not a question: "Heb je hem zelf
        # gemaakt?" asks; not praise: "je hebt het zelf gemeld, knap")
        r"^(?![^.?!]*\b(?:goed|knap|sterk|dapper|moedig|verstandig|trots)\b)[^?]*\b(?:je|jij|u)\s+"
        r"(?:\w+\s+){0,4}(?:je|u)?zelf\s+(?:\w+\s+){0,3}(?:(?:ver)?stuurde|(?:ge|ver)stuurd|maakte|"
        r"gemaakt|deed|gedaan|meegedaan|drukte|gedrukt|koos|gekozen|gaf|gegeven|zette|gezet|bracht|"
        r"gebracht|deelde|gedeeld|op\s+verzenden|voor\s+elkaar)\b[^?]*$",
        # the consequence the student brought on: "dat krijg je ervan als je", "zo gaat het nou
        # eenmaal als je", "dit is nou precies wat er gebeurt als je"
        r"\b(?:dat|dit|zo)\b[^.?!,]{0,25}\b(?:nou|nu\s+eenmaal|eenmaal|precies|ervan)\b[^.?!,]{0,25}"
        r"\b(?:als|wanneer)\s+(?:je|jij|u|men|jongeren|mensen)\b",
        # warned before, or what everybody knows: "hoe vaak hebben we niet gezegd", "dat is je
        # honderd keer verteld", "iedereen weet toch", "we hebben het in de les nog gehad"
        r"\b(?:hoe\s+vaak|honderd\s+keer|duizend\s+keer|zo\s+vaak)\b[^.?!]{0,40}\b(?:gezegd|verteld|"
        r"gewaarschuwd|gehad|uitgelegd)\b",
        r"\b(?:iedereen|elk\s+kind|we\s+allemaal)\s+(?:weet|weten|leert|hoort\s+te\s+weten)\s+"
        r"(?:toch|wel|tegenwoordig|inmiddels)\b|\balgemeen\s+bekend\b",
        r"\b(?:we|wij|jullie)\s+(?:hebben|hadden)\s+(?:het|dit|dat)\s+(?:\w+\s+){0,4}(?:nog|al|toch|"
        r"pas)\s+(?:\w+\s+){0,2}(?:gehad|besproken|behandeld)\b",
        # what were you thinking: "wat dacht je nou", "dacht je nou echt dat", "waar zat je
        # met je hoofd", "hoe haal je het in je hoofd", "wat had je dan verwacht"
        r"\bwat\s+dacht\s+(?:je|jij|u)\s+(?:nou|toch|wel\s+niet)\b|\bdacht\s+(?:je|jij|u)\s+(?:nou\s+)?"
        r"(?:echt|werkelijk)\s+dat\b|\bwaar\s+zat\s+(?:je|jij|u)\s+met\s+(?:je|jouw|uw)\s+(?:hoofd|"
        r"gedachten|verstand)\b|\bhoe\s+(?:haal|kom|kwam)\s+(?:je|jij|u)\s+(?:het\s+)?(?:in\s+je\s+hoofd|"
        r"erbij|d'r\s+bij|op\s+het\s+idee)\b|\bwat\s+had\s+(?:je|jij|u)\s+(?:dan\s+)?(?:anders\s+)?"
        r"verwacht\b",
    ),
    "en": _rx(
        r"\b(?:would(?:n't|\s+not|\s+never)?|'d(?:\s+never)?|wouldve|would've|wouldnt)\s+(?:have|'ve)?"
        r"\s*(?:happened|got|gotten|had|come|saved\s+you)\b[^.?!]*$|\bnone\s+of\s+this\s+would\b",
        r"^\s*(?:\w+\s+){0,2}(?:with|without)\b[^.?!,]{0,50}\b(?:would|'d|could)\b[^.?!]{0,40}"
        r"\b(?:never|not|n't|nothing|better)\b",
        r"\b(?:next\s+time|in\s+(?:the\s+)?future|from\s+now\s+on|going\s+forward)\b[^.?!]{0,50}\b(?:think|"
        r"careful|not\s+to|don't|"
        r"never|before)\b|\blearn(?:ed|t)\s+(?:from\s+this|your\s+lesson|not\s+to)\b|\blet\s+"
        r"(?:that|this)\s+be\s+a\s+lesson\b|\bthink\s+next\s+time\b|\bremember\s+this\s+(?:the\s+)?"
        r"next\s+time\b|\btake\s+from\s+this\b",
        r"\b(?:clever|smart|wise|sensible|bright)\s+of\s+you\b|\bnot\s+(?:a\s+)?(?:very\s+|exactly\s+)?"
        r"(?:wise|smart|clever|sensible)\s+(?:decision|choice|move|idea)\b|\b(?:real|very)\s+smart\b"
        r"|\bgreat\s+thinking\b|\bnice\s+one\b|\bgenius\b",
        r"^(?![^.?!]*\b(?:not|n't|never|no)\b)(?![^.?!]*\b(?:think|thoughts|view|opinion|take)\b)"
        r"[^.?!]*\b(?:yourself|your\s+own)\b[^.?!]{0,30}"
        r"\b(?:responsib\w+|doing|fault)\b|\bresponsib\w+\b[^.?!]{0,30}\byourself\b|\bmade\s+your\s+bed\b",
        # "who sent it first?" asks a fact; "in the first place" and "ultimately" press it home
        r"^\s*(?:and\s+|but\s+)?who\s+(?:took|sent|gave|pressed|clicked|made|shared|started)\b"
        r"[^.?!]{0,50}\b(?:in\s+the\s+first\s+place|ultimately)\b",
        r"\b(?:a\s+bit|kind\s+of|kinda|partly|partially|somewhat|a\s+little)\b[^.?!]{0,30}"
        r"\b(?:yourself|your\s+(?:own\s+)?(?:fault|doing|responsibility)|asking\s+for|looking\s+for|"
        r"provoked|brought\s+it)\b",
        r"\b(?:others|the\s+rest\s+of|your\s+(?:sister|brother|friends|mates|classmates|peers)|"
        r"no\s*one\s+else|nobody\s+else)\b[^.?!]{0,40}\b(?:never|not|n't|don't|doesn't|wouldn't|does|"
        r"do)\b[^.?!]{0,10}\b(?:do|does|send|sends|share|shares|take|takes|post|posts)\b[^.?!]{0,20}"
        r"\b(?:that|such|like\s+that|something\s+like)\b",
        r"\b(?:barely|hardly|only\s+just)\s+(?:knew|know|met)\b|\balready\s+(?:sending|sent|"
        r"trusted)\b|\bthat\s+(?:fast|quick|soon)\b|\b(?:so|too|rather)\s+(?:quick|fast|soon)\s+to\b",
        # the student's own agency stressed in a statement: "you sent it yourself", "you chose to
        # send it yourself", "you were in on it yourself" (not a question, not praise)
        r"^(?![^.?!]*\b(?:well|right|brave|good|great|strong|sensible|proud|glad)\b)[^?]*\b(?:you|u)"
        r"\s+(?:\w+\s+){0,2}(?:sent|did|pressed|chose|made|took|posted|shared|gave|put|decided|"
        r"went\s+along|were\s+in\s+on)\b[^.?!]{0,30}\byourself\b[^?]*$",
        # the consequence the student brought on: "that's what happens when you", "that's just
        # how it goes when you", "well that's what you get", "this is what comes of"
        r"\b(?:that's|thats|that\s+is|this\s+is|it's|its)\s+(?:just\s+|exactly\s+|precisely\s+|"
        r"simply\s+)?(?:what|how)\s+(?:(?:it\s+)?(?:happens|goes)\s+(?:\w+\s+){0,2}(?:when|if)\s+"
        r"(?:you|u|people|girls|kids)\b|(?:you|u)\s+get\b|comes\s+of\b)",
        # warned before, or what everybody knows: "how many times have we said", "you've been told
        # a hundred times", "everybody knows you shouldn't", "we had a lesson on this"
        r"\b(?:how\s+many\s+times|a\s+hundred\s+times|a\s+million\s+times|so\s+many\s+times)\b"
        r"[^.?!]{0,40}\b(?:said|told|warned|had|explained)\b|\b(?:said|told|warned)\b[^.?!]{0,20}"
        r"\b(?:a\s+hundred|a\s+million|so\s+many)\s+times\b",
        r"\b(?:everybody|everyone|we\s+all)\s+(?:knows?|ought\s+to\s+know|should\s+know)\s+"
        r"(?:you\s+shouldn't|not\s+to|that\s+you\s+(?:shouldn't|don't)|that)\b|\bcommon\s+knowledge\b",
        r"\b(?:we've|we\s+have|we)\s+(?:all\s+)?(?:literally\s+)?had\s+(?:a\s+)?(?:lesson|lessons|"
        r"assembly|talk)\s+(?:on|about)\b",
        # what were you thinking: "what on earth were you thinking", "what did you think would
        # happen", "where was your head at", "what possessed you"
        r"\bwhat\s+(?:on\s+earth\s+|the\s+hell\s+|even\s+)?were\s+you\s+thinking\b|\bwhat\s+did\s+"
        r"you\s+(?:think|expect)\s+(?:would|was\s+going|he\s+(?:would|was)|that\s+(?:he|she|they|it))\b|"
        r"\bwhere\s+was\s+your\s+head\b|\bwhat\s+(?:possessed|got\s+into)\s+you\b|"
        r"\bwhatever\s+made\s+you\b",
    ),
}
# Presumptions: the epistemic markers by which a speaker states a guess as fact ("neem ik aan",
# "ik gok", "mijn indruk is", "het klinkt alsof", "I'm assuming", "my guess is", "no doubt"),
# a modal of certainty about the past ("zal wel ... zijn", "must have", "he'll have"), a leading
# "is it (not) true that", and a declarative that presumes ("Je hebt het dus zelf gestuurd?",
# "you sent it yourself, then?", "je kende hem toch van gamen").
_PRESUME_SHAPES = {
    "nl": _rx(
        r"\b(?:neem\s+ik\s+aan|ik\s+neem\s+aan|ga\s+ik\s+(?:er\s*)?van\s+uit|ik\s+ga\s+(?:er\s*)?van\s+uit|"
        r"vermoed\s+ik|ik\s+vermoed|gok\s+ik|ik\s+gok|wed\s+ik|ik\s+wed|denk\s+ik|schat\s+ik|"
        r"naar\s+mijn\s+(?:inschatting|idee|mening)|mijn\s+(?:indruk|inschatting|gevoel|vermoeden)"
        r"\s+is|ik\s+heb\s+(?:het\s+idee|de\s+indruk|het\s+gevoel|het\s+vermoeden)|het\s+klinkt\s+"
        r"(?:alsof|als\s+of|of|als)|zo\s+te\s+(?:horen|zien)|(?:het|dat)\s+lijkt\s+(?:me|mij)|mij\s+lijkt|"
        r"ligt\s+voor\s+de\s+hand|naar\s+alle\s+waarschijnlijkheid|vermoedelijk|waarschijnlijk|"
        r"ongetwijfeld|ik\s+weet\s+zeker|ik\s+ben\s+(?:ervan\s+)?overtuigd|uiteraard|"
        r"of\s+vergis\s+ik\s+me|of\s+wel\s*\?|klopt\s+het\s+(?:niet\s+)?dat|is\s+het\s+(?:niet\s+)?"
        r"(?:waar|zo)\s+dat)\b",
        r"\b(?:zal|zullen|zult)\b[^.?!,]{0,30}\b(?:wel|vast|zeker)\b[^.?!,]{0,30}\b(?:zijn|geweest|"
        r"hebben|gehad|gedaan|gebeurd)\b",
        r"^\s*(?:en\s+|dus\s+)?(?:je|jij|u|hij|zij|ze|jullie|je\s+ouders)\s+(?:hebt|heeft|had|hadden|"
        r"was|bent|waren|kende|wist|wilde|stuurde|deed|ging)\b[^?]*\b(?:dus|zelf|gewoon|toch|wel|"
        r"natuurlijk|eigenlijk|meteen|al)\b[^?]*\?\s*$",
        r"^\s*(?:en\s+)?(?:je|jij|u|hij|zij|ze|jullie)\s+(?:hebt|heeft|had|was|kende|wilde|vond)\s+"
        r"(?:\w+\s+){0,2}toch\b",
        # the student's feelings, wishes or thoughts stated as fact: "U schaamt zich er nu voor."
        r"^\s*(?:en\s+|dus\s+|maar\s+|ja\s*,\s*)?(?:je|jij|u)\s+(?:voelt|voelde|schaamt|schaamde|"
        r"baalt|baalde|durft|durfde|wilde|wou|vond|hoopte|dacht)\b(?![^.?!]*\b(?:hoeft|hoefde|mag|"
        r"mocht|kan|kunt|misschien)\b)[^?]*$",
        # a negative question about what happened expects "yes": "Was het niet gewoon je ex?"
        r"^\s*(?:en\s+|dus\s+|maar\s+)?(?:was|is|heeft|had|waren|kon|wilde|deed|wist|zat|stond|"
        r"ging|werd)\s+(?:het|hij|ze|zij|dat|die|er|jullie)\s+(?:\w+\s+){0,2}niet\b"
        r"(?!\s+(?:meer|zo)\b)[^?]*\?\s*$",
    ),
    "en": _rx(
        r"\b(?:i\s+(?:assume|presume|suppose|imagine|guess|bet|reckon|suspect|gather|take\s+it)|"
        r"i'?m\s+(?:assuming|guessing|sure|certain|betting)|im\s+(?:assuming|guessing|sure)|"
        r"i\s+am\s+(?:assuming|guessing|sure|certain)|my\s+(?:guess|impression|sense|feeling|hunch|"
        r"assumption)\s+is|i\s+(?:get|have)\s+the\s+(?:feeling|impression|sense)|it\s+sounds\s+"
        r"(?:as\s+if|as\s+though|like)|in\s+all\s+(?:likelihood|probability)|in\s+my\s+(?:assessment|"
        r"view|experience)|no\s+doubt|without\s+(?:a\s+)?doubt|for\s+sure|surely|presumably|"
        r"undoubtedly|(?<!will\s)(?<!'ll\s)probably|must\s+have|must've|is\s+it\s+(?:not\s+)?true\s+that|isn't\s+it\s+"
        r"(?:true|the\s+case)|is\s+it\s+not\s+the\s+case)\b",
        r"\bi\s+think\s+(?:that\s+)?(?:you|u|he|she|they|this|it|that)\b(?![^.?!]*\b(?:brave|good|great|"
        r"important|right|strong|well|okay|ok|fine|helpful)\b)|\bit\s+(?:seems|appears)\b|\bseems\s+to\s+me\b",
        r"\b(?:he|she|they|you|u|it|that|your\s+\w+)(?:'ll|\s+will)\s+(?:have\s+(?:been|had|done|"
        r"cooked|planned|made)|be\s+\w+ing)\b",
        r"^\s*(?:and\s+|so\s+)?(?:you|u|he|she|they)\s+(?:\w+ed|sent|had|were|was|knew|met|took|gave|"
        r"made|fancied|went|did|wanted|thought)\b[^?]*\b(?:so|then|yourself|himself|herself|"
        r"already|anyway|just|of\s+course)\b[^?]*\?\s*$",
        r"^\s*(?:and\s+|so\s+|but\s+)?(?:you|u)(?:'re|\s+are|\s+were|r)?\s+(?:feel|felt|feeling|"
        r"ashamed|embarrassed|gutted|wanted|hoped|thought|enjoyed|found|don't\s+dare|dont\s+dare|"
        r"didn't\s+dare|can't\s+tell|cant\s+tell|afraid)\b(?![^.?!]*\b(?:don't\s+have|needn't|may|"
        r"might|can)\b)[^?]*$",
        r"^\s*(?:and\s+|so\s+|but\s+)?(?:didn't|didnt|wasn't|wasnt|isn't|weren't|hasn't|haven't|"
        r"hadn't|doesn't|won't|wouldn't|couldn't|aren't)\s+(?:he|she|they|it|that|this|there|"
        r"someone|somebody|your\s+\w+|the\s+\w+|his\s+\w+|her\s+\w+)\b[^?]*\?\s*$",
    ),
}

# Secrecy proposed as a question ("Zullen we het onder ons houden?") is still a promise.
_SECRECY_PROPOSED = {
    "nl": _rx(
        r"\b(?:zullen\s+we|spreken\s+we\s+af|vind\s+je\s+het\s+goed\s+als\s+we|laten\s+we|(?:als|dat)\s+we\s+"
        r"afspreken|wil(?:t)?\s+(?:je|jij|u)\s+dat\s+(?:we|wij|ik)|wat\s+dacht\s+(?:je|jij|u)\s+ervan)\b[^.?!]*"
        r"\b(?:onder\s+ons|voor\s+onszelf|niemand|geheim|tussen\s+ons|voor\s+(?:me|mij|mezelf|mijzelf))\b"
    ),
    "en": _rx(
        r"\b(?:shall\s+we|can\s+we|let's|how\s+about\s+we|should\s+we|shall\s+we\s+agree|(?:if|that)\s+we\s+"
        r"agree\w*|(?:do\s+)?(?:you\s+)?want\s+(?:that\s+)?(?:we|me|us)|would\s+you\s+like\s+(?:me|us))\b[^.?!]*"
        r"\b(?:between\s+us|between\s+you\s+and\s+me|to\s+ourselves|to\s+myself|nobody|no\s+one|secret|"
        r"quiet|confidential)\b"
    ),
}

# A promise about the scope of the conversation or about one party kept out of it, in any
# sentence form ("Gewoon tussen jou en mij, oké?", "We'll keep your parents out of it, okay?",
# "De politie wordt hier niet bij betrokken"). Checked like _SECRECY_PROPOSED: a question tag
# does not make it a question; a stated limit (_HONEST) still clears it.
_SECRECY_SCOPE = {
    "nl": _rx(
        r"^(?![^.?!]*\b(?:niet|geen|nooit)\s+(?:\w+\s+)?(?:tussen|onder)\b)[^.?!]*\btussen\s+"
        r"(?:jou\s+en\s+mij|u\s+en\s+mij|ons\s+(?:tweeën|tweetjes|gezegd)|ons\b(?!\s+(?:en|in)\b))",
        r"\bvan\s+ons\s+(?:tweetjes|tweeën)\b|\bzaak\s+tussen\s+(?:jou|u|ons)\b",
        r"\b(?:we|wij|ik)\s+(?:houden|hou|houd|laten|laat)\b[^.?!]{0,40}\b(?:er|hier|daar)?buiten\b|"
        r"\b(?:houden|hou|houd|laten|laat)\s+(?:we|wij|ik)\b[^.?!]{0,30}\b(?:er|hier|daar)?buiten\b|"
        r"\b(?:ik|we|wij)\b[^.?!]{0,40}\b(?:er|hier|daar)buiten\s+(?:houd|hou|houden|laat|laten)\b",
        r"\b(?:betrekken|betrek)\s+(?:we|wij|ik)\s+(?:er\s+|hier\s+)?(?:\w+\s+)?niet\s+bij\b|"
        r"\bwordt\s+(?:hier\s+|er\s+)?niet\s+bij\s+betrokken\b",
        # it does not get out: a leak verb negated ("ik speel het niet door", "er lekt niets uit")
        r"\b(?:niet|niks|niets|nergens|geen|nooit)\b[^.?!]{0,30}\b(?:naar\s+buiten\s+(?:brengen|gaan|"
        r"komen|gaat|komt)|mee\s+naar\s+buiten|naar\s+buiten|doorspel\w*|(?:de\s+)?ronde\s+(?:te\s+)?doen|"
        r"rondje\s+(?:te\s+)?doen|uitlekken|rondbazuin\w*|doorvertel\w*)\b|"
        r"\bspeel\s+(?:dit|het|dat)\s+niet\s+door\b|\blekt\s+(?:er\s+)?(?:niets|niks)\b|"
        r"\bverklap\w*\s+(?:niks|niets)\b|\bklik\s+niet\b",
        # talking about it with nobody
        r"\bmet\s+niemand\b[^.?!]{0,25}\b(?:praten|spreken|bespreken|delen)\b|\b(?:bespreek|praat|"
        r"spreek)\s+(?:\w+\s+){0,2}met\s+niemand\b|\bniet\s+(?:meer\s+)?over\s+(?:\w+\s+)?met\s+anderen\b|"
        r"\bmet\s+geen\s+van\s+mijn\b|\bniet\s+over\s+lopen\s+kletsen\b",
        # a promise shaped as a reassurance: "je hoeft niet bang te zijn dat ik het doorvertel"
        r"\b(?:niet\s+bang|geen\s+zorgen|niet\s+te\s+stressen)\b[^.?!]{0,30}\b(?:dat\s+ik|dat\s+iemand)\b"
        r"[^.?!]{0,30}\b(?:doorvertel\w*|vertel\w*|zeg\w*|hoort|rondvertel\w*|ga\s+zeggen)\b",
        # not going to (or calling) a named party: "ik ga niet naar je ouders"
        r"^(?=[^.?!]*\b(?:ik|we|wij)\b)(?![^.?!]*\bzonder\b)[^.?!]*\bniet\s+(?!dat\b)(?:\w+\s+){0,3}naar\s+"
        r"(?:je|jouw|uw|de|het)\s+(?:ouders|vader|moeder|mentor|directeur|directie|politie|school|"
        r"leraren|docenten|teamleider|rector|conrector|zorgco\w*|leerplicht\w*)\b",
        r"\b(?:bel|mail|app|informeer|licht)\s+ik\s+(?:\w+\s+)?niet\b(?![^.?!]*\bzonder\b)",
        # keeping the student's secret, not betraying them
        r"^(?![^.?!]*\bhoef\w*\b)[^.?!]*\b(?:bewaar|bewaren)\b[^.?!]{0,20}\bgeheim\b|\bgeheim\s+bewaar\s+ik\b|"
        r"\bmijn\s+geheim\b|\bniet\s+(?:verraden|verlinken)\b|\b(?:verraad|verlink)\s+(?:je|jou|u)\s+"
        r"(?:\w+\s+)?niet\b",
        # it is forgotten, leaves no trace: "dit verdwijnt in de la", "onder de pet"
        r"\bvergeet\s+ik\b|\bben\s+het\s+(?:zo\s+)?(?:weer\s+)?vergeten\b|\bin\s+de\s+la\b|\bonder\s+de\s+pet\b|"
        r"\bnooit\s+gehoord\b|\bschrijf\s+(?:je|jouw|uw)\s+naam\s+nergens\b",
        # only for the two of us, nothing done with it
        r"\b(?:alleen|uitsluitend)\s+voor\s+ons\b|\bvoor\s+ons\s+beiden\b|\bdoe\s+er\s+(?:\w+\s+){0,3}(?:niks|"
        r"niets)\s+mee\b|\bonderneem\s+(?:hier\s+)?(?:verder\s+)?(?:niets|niks)\b|\bzwijg\s+erover\b",
    ),
    "en": _rx(
        r"^(?![^.?!]*\b(?:not|n't|never|can't|cannot)\b[^.?!]*\bbetween\b)[^.?!]*\b(?:just|strictly|"
        r"only|stays?|remains?|keep\s+(?:it|this)|it's)\s+between\s+(?:you\s+and\s+me|us|ourselves|"
        r"the\s+two\s+of\s+us)\b",
        r"\b(?:for|between)\s+(?:you\s+and\s+me|us\s+two|the\s+two\s+of\s+us)\s+only\b",
        # keeping it from someone; telling it to nobody; nothing leaving the room
        r"\bkeep\s+(?:it|this|that)\s+from\s+(?:him|her|them|your|the|mr|mrs|ms|miss)\b|\b(?:i|we)\b[^.?!,]{0,20}"
        r"\b(?:tell|say|pass|mention|share|repeat)\w*\s+(?:(?:it|this|that)\s+)?(?:(?:to\s+)?(?:nobody|no\s*one|"
        r"no-one)|nothing)\b|\b(?:nothing|none\s+of\s+(?:this|it))\b[^.?!]{0,30}\b(?:will|'ll|is\s+going\s+to|goes|"
        r"gets)\s+(?:ever\s+)?(?:leave\s+(?:this|the|here)|go\s+(?:anywhere|any\s+further|further|beyond)|"
        r"anywhere|get\s+out|come\s+out)\b|\bleave\s+(?:mr|mrs|ms|miss)\s+\w+\s+out\s+of\b",
        r"\b(?:keep|leave)\s+(?:your\s+\w+(?:\s+and\s+\w+)?|him|her|them|the\s+\w+|everyone|"
        r"anyone|everybody)\s+out\s+of\s+(?:it|this|the\s+loop)\b",
        r"\b(?:won't|will\s+not|wont|not\s+going\s+to)\s+(?:be\s+)?involv\w*\s+(?:your|the|anyone|"
        r"anybody)\b|\b(?:will\s+not|won't|wont)\s+be\s+involved\b",
        # it does not get out: a leak verb negated ("I won't give anything away")
        r"\b(?:won't|will\s+not|wont|not\s+going\s+to|not\s+gonna|never|isn't\s+going\s+to|ain't\s+gonna)\s+"
        r"(?:\w+\s+){0,2}(?:disclose|"
        r"leak|give\s+(?:anything|it|this)\s+away|do\s+the\s+rounds|get\s+out)\b|"
        r"\b(?:nothing|none\s+of\s+it)\b[^.?!]{0,40}\b(?:leak|get\s+out)\b|\bnot\s+a\s+snitch\b|"
        r"\bwon't\s+snitch\b",
        # talking about it with nobody
        r"\b(?:won't|will\s+not|not\s+going\s+to|not\s+gonna|never)\s+(?:\w+\s+){0,2}(?:talk|speak|"
        r"discuss|chat(?:ting)?)\b[^.?!]{0,30}\b(?:anyone|anybody|nobody|other\s+people|colleagues|"
        r"the\s+team)\b|\bnot\s+gonna\s+go\s+chatting\b",
        # a promise shaped as a reassurance: "you don't have to worry that I'll tell anyone"
        r"\b(?:worry|stress|fear|afraid)\b[^.?!]{0,15}\bthat\s+(?:i'll|i\s+will|anyone\s+will|"
        r"i'm\s+going\s+to)\s+(?:\w+\s+){0,2}(?:tell|say|pass|hear)\w*|\b(?:don't\s+worry|don't\s+be\s+"
        r"afraid|no\s+stress)\s*,\s*(?:i'm|i\s+am|i)\s+(?:not|won't)\b[^.?!]{0,30}\b(?:tell|say|"
        r"snitch|pass)\w*",
        # not going to (or calling) a named party: "I won't go to your parents"
        r"^(?![^.?!]*\bwithout\b)[^.?!]*\b(?:won't|will\s+not|not|never|don't|do\s+not)\s+(?:be\s+)?(?:go(?:ing)?|"
        r"run(?:ning)?|tak(?:e|ing)\s+(?:this|it)|ring(?:ing)?|call(?:ing)?|go\s+running)\b[^.?!]{0,20}"
        r"\bto\s+(?:your|the)\s+(?:parents|mum|mom|dad|tutor|head|police|school|teachers|head\s+of\s+year)\b|\b(?:not|won't)\s+(?:ringing|calling|ring|call)\s+"
        r"your\s+(?:parents|mum|mom|dad)\b",
        # keeping the student's secret, not betraying them
        r"\b(?:keep|guard|keeping)\s+your\s+secret\b|\byour\s+secret\s+becomes\s+my\b|\b(?:won't|will\s+not|"
        r"not\s+gonna|not\s+going\s+to|never)\s+(?:betray|rat|grass|snitch\s+on|tell\s+on)\s+(?:you|on\s+you)\b",
        # it is forgotten, leaves no trace
        r"\b(?:i'll|i\s+will)\s+(?:have\s+)?forg[eo]t\w*\b|\bin\s+the\s+drawer\b|\bhush-?hush\b|"
        r"\bnever\s+heard\s+it\b|\bwon't\s+write\s+(?:your\s+name|it|anything)\s+down\b",
        # only for the two of us, nothing done with it
        r"\b(?:just|only)\s+for\s+us\b|\bfor\s+the\s+two\s+of\s+us\s+alone\b|\b(?:won't|not\s+going\s+to|"
        r"not\s+gonna|i'm\s+not)\s+(?:do(?:ing)?|take)\s+(?:anything|any\s+(?:further\s+)?action)\b|"
        r"\bstay\s+silent\b",
    ),
}

# Reproach that needs no why-question: disappointment in the student, warnings the student
# ignored, "you are old enough to know", "you must have known it was a bad idea", "what did you
# think would happen", and a share of the fault ("it takes two", "not entirely innocent").
_BLAME_REPROACH = {
    "nl": _rx(
        r"\bteleurgesteld\s+(?:in\s+(?:jou|je|u)\b|dat\s+(?:je|jij|u)\b)|\b(?:valt|viel)\s+(?:me|mij)\s+"
        r"(?:\w+\s+){0,2}tegen\s+van\s+(?:jou|je|u)\b|\bmeer\s+van\s+(?:jou|je|u)\s+verwacht\b|"
        r"\bniet\s+van\s+(?:jou|je|u)\s+verwacht\b|\bdacht\s+dat\s+(?:je|jij|u)\s+(?:slimmer|"
        r"verstandiger|wijzer)\b|\bgeschrokken\s+dat\s+(?:jij|je|u)\s+zoiets\b",
        r"\bhoe\s+vaak\b[^.?!]{0,40}\b(?:gezegd|verteld|gewaarschuwd|uitgelegd)\b|\b(?:honderd|"
        r"duizend|zo\s+vaak|vaak\s+genoeg|meerdere|tig)\s+(?:keer|keren)\b[^.?!]{0,25}\b(?:gezegd|"
        r"verteld|gewaarschuwd|uitgelegd)\b|\b(?:hier|daar|er)\b[^.?!]{0,25}\bvoor\s+gewaarschuwd\b|"
        r"\ben\s+(?:toch|dan)\s+(?:deed|doe)\s+(?:je|jij|u)\s+(?:het\s+)?(?:alsnog|toch)\b|"
        r"\b(?:doe|deed)\s+(?:je|jij|u)\s+het\s+alsnog\b",
        r"\boud\s+(?:en\s+wijs\s+)?genoeg\b[^.?!]{0,30}\b(?:weten|snappen|begrijpen|beseffen|toch)\b|"
        r"\bop\s+(?:jouw|jou|uw|je)\s+leeftijd\b[^.?!]{0,30}\b(?:weet|weten|moet|hoor|hoort|beter)\b|"
        r"\bgeen\s+klein\s+kind\s+meer\b|\b(?:moet|hoor|zou|had)\s+(?:je|jij|u)\s+(?:toch\s+)?"
        r"(?:echt\s+)?beter\s+(?:weten|moeten\s+weten)\b",
        r"^(?!\s*(?:en\s+|maar\s+)?(?:hoe|wanneer|wat|waar|wie|sinds)\b)"
        r"(?:(?!\b(?:niet|nooit|niemand|geen\s+idee|toen|wanneer|moment|nadat|zodra|sinds)\b)[^.?!])*?"
        r"\b(?:wist|weet|geweten|beseft|besefte|"
        r"aanvoelen|aan\s+zien\s+komen|zien\s+aankomen|voelde)\b[^.?!]{0,40}\b(?:geen\s+goed\s+idee|"
        r"niet\s+verstandig|niet\s+slim|fout\s+(?:zou|ging|gaat)|mis\s+(?:zou|ging|gaat)|misging|"
        r"dom\s+was|gevaarlijk\s+was|zo\s+zou\s+aflopen|slecht\s+zou\s+aflopen)\b",
        r"\bwat\s+(?:dacht|verwachtte|verwacht)\s+(?:je|jij|u)\s+(?:dan|nou)\b|\bdacht\s+(?:je|jij|u)\s+"
        r"(?:nou\s+)?(?:echt|serieus|werkelijk)\s+dat\b|\bwat\s+had\s+(?:je|jij|u)\s+(?:dan\s+)?"
        r"verwacht\b",
        r"\btwee\s+voor\s+nodig\b|\baltijd\s+twee\s+partijen\b|\bniet\s+(?:helemaal\s+|geheel\s+|"
        r"volledig\s+)?onschuldig\b|\bonschuldig\s+(?:ben|bent|was)\s+(?:je|jij|u)\s+(?:er\s+)?"
        r"(?:ook\s+)?niet\b|\b(?:ook\s+)?(?:u|jij|je)\s+(?:\w+\s+){0,3}een\s+rol\s+(?:in\s+)?"
        r"gespeeld\b|\bzelf\s+ook\s+aan\s+meegedaan\b",
        r"\bjezelf\s+(?:\w+\s+){0,3}in\s+(?:die|deze|zo'n|een)\s+(?:situatie|positie)\s+gebracht\b",
        # a condition by inversion: "Was je thuisgebleven, dan ...", "Als je maar had geluisterd"
        r"^\s*(?:had|was|waren)\s+(?:je|jij|u)\b[^.?!]{0,60},\s*dan\b|\bals\s+(?:je|jij|u)\s+(?:nou\s+)?"
        r"maar\b[^.?!]{0,50}\b(?:had|was)\b",
        # no right to complain; asking for trouble; incomprehension at what the student did
        r"\b(?:kun|kunt|moet|mag)\s+(?:je|jij|u)\s+(?:daar\s+)?(?:achteraf\s+)?(?:ook\s+)?(?:niet|weinig)\s+"
        r"(?:over\s+)?(?:gaan\s+)?(?:klagen|zeuren|piepen)\b|\brecht\s+van\s+klagen\b",
        r"\bvr(?:agen|aag|oeg)\s+(?:je\s+|jij\s+|u\s+)?(?:eigenlijk\s+)?om\s+(?:problemen|moeilijkheden|"
        r"ellende|gedoe)\b|\bzoek\s+je\s+het\s+ongeluk\b",
        r"\b(?:snap|begrijp)\s+(?:\w+\s+)?(?:echt\s+|werkelijk\s+|gewoon\s+)?niet\s+waarom\s+(?:je|jij|u)\b|"
        r"\braadsel\s+waarom\s+(?:je|jij|u)\b|\bhoe\s+kom\s+je\s+erop\b",
        r"^(?:(?!\b(?:niet|nooit|geen)\b)[^.?!])*?\bwist\b[^.?!]{0,20}\b(?:waar\s+(?:je|u)\s+mee\s+bezig\s+"
        r"was|wat\s+(?:je|u)\s+deed|wat\s+er\s+kon\s+gebeuren)\b",
        r"\bzelf\s+voor\s+gekozen\b|\bniemand\s+heeft\s+(?:je|u)\s+gedwongen\b|\bwas\s+(?:wel\s+)?"
        r"(?:jouw|uw|je)\s+eigen\s+(?:beslissing|keuze)\b",
        # proverbs that put the consequence on the student
        r"\bmet\s+vuur\s+speelt\b|\bbillen\s+brandt\b|\bhoren\s+wil\s+moet\s+voelen\b|"
        r"\bzaaien\b[^.?!]{0,10}\boogsten\b|\bbed\s+opmaakt\b",
        # the student has only themselves to thank; "did you really need to"
        r"^(?:(?!\b(?:niet|nooit|geen)\b)[^.?!])*?\b(?:aan\s+(?:jezelf|uzelf)\s+te\s+danken|over\s+jezelf\s+"
        r"afgeroepen|prijs\s+die\s+je\s+betaalt|zelf\s+voor\s+elkaar\s+gekregen)\b",
        r"\bhad\s+je\s+(?:dat|het)\s+(?:nou|nu)\s+(?:echt\s+)?nodig\b|\bwas\s+(?:het|dat)\s+(?:nu|nou)\s+"
        r"(?:echt\s+)?nodig\b|\bmoest\s+(?:dat|het|je)\s+(?:nou|nu)\s+(?:echt|per\s+se)\b|\bper\s+se\b"
        r"[^.?!]{0,20}\b(?:antwoorden|sturen|reageren)\b|\bkon\s+je\s+het\s+(?:echt\s+)?niet\s+laten\b",
    ),
    "en": _rx(
        r"\b(?:disappointed|let\s+down)\b[^.?!]{0,20}\b(?:in\s+you|that\s+you|you\s+(?:did|let|sent))\b|"
        r"\bexpected\s+(?:more|better)\s+(?:of|from)\s+you\b|\bthought\s+you\s+were\s+(?:smarter|"
        r"cleverer|more\s+sensible|better\s+than)\b|\bnever\s+would(?:'ve|\s+have)\s+thought\s+"
        r"(?:you|that\s+you)\b|\byou\s+of\s+all\s+people\b",
        r"\bhow\s+(?:many\s+times|often)\b[^.?!]{0,40}\b(?:told|said|warned|explained)\b|"
        r"\b(?:been|were)\s+(?:told|warned)\b[^.?!]{0,30}\b(?:times|before|enough|more\s+than\s+once)\b|"
        r"\b(?:didn't|did\s+not|didnt)\s+(?:\w+\s+){0,2}warn\s+you\b|\band\s+you\s+(?:still|go\s+and)\s+"
        r"(?:did|do|sent|send)\b|\b(?:you\s+)?(?:still|went\s+and)\s+did\s+it\s+anyway\b",
        r"\bold\s+enough\s+to\s+(?:know|understand|realise|realize)\b(?!\s+what\s+you\s+want)|"
        r"\bat\s+your\s+age\b[^.?!]{0,30}\b(?:know|should|ought|understand)\b|\bnot\s+a\s+(?:little\s+|"
        r"small\s+)?(?:kid|child|baby)\s+any\s*more\b|\b(?:should|ought\s+to|to)\s+know\s+better\b",
        r"^(?!\s*(?:and\s+|but\s+|so\s+)?(?:how|when|what|where|who|at\s+what)\b)"
        r"(?:(?!\b(?:not|never|nobody|no\s+one|no\s+way|when|once|moment|after|before)\b|n't\b)[^.?!])*?"
        r"\b(?:knew|know|known|realised|"
        r"realized|realise|realize|sensed|saw|seen|see)\b[^.?!]{0,40}\b(?:bad\s+idea|not\s+a\s+good\s+"
        r"idea|wasn't\s+(?:smart|sensible|a\s+good\s+idea|wise)|go(?:ing)?\s+wrong|went\s+wrong|"
        r"was\s+(?:dumb|stupid|risky|dangerous)|end\s+(?:badly|well)|a\s+mile\s+off)\b",
        r"\bwhat\s+did\s+you\s+(?:think|expect)\s*,\s*(?:that|seriously)\b|\bwhat\s+did\s+you\s+think\s+"
        r"(?:would|he\s+(?:would|was|'d)|she\s+(?:would|was|'d)|they\s+(?:would|were))\b|"
        r"\b(?:did|do)\s+you\s+(?:honestly|really|seriously)\s+think\s+(?:that\s+)?(?:it|that|this|"
        r"he|she|they)\s+(?:would|'d|was\s+going)\b|\bwhat\s+do\s+you\s+expect\s+(?:when|if)\b",
        r"\bit\s+takes\s+two\b|\bnot\s+(?:entirely|completely|totally|wholly)\s+innocent\b|"
        r"\bplayed\s+a\s+(?:part|role)\s+in\s+(?:this|it)\s+(?:as\s+well|too)\b|\byou\s+(?:also\s+)?"
        r"played\s+a\s+(?:part|role)\b|\bwent\s+along\s+with\s+it\s+too\b|\begged\s+him\s+on\b",
        r"\bput\s+yourself\s+in\s+(?:that|this|the|such\s+a)\s+(?:situation|position)\b",
        # a condition by inversion: "Had you stayed off that site, we wouldn't be here"
        r"^\s*had\s+(?:you|your\s+\w+)\s+\w+[^.?!]{0,60},\s*(?:we|you|he|she|this|it|none|nothing)\b",
        # no right to complain; asking for trouble; incomprehension at what the student did
        r"\b(?:can't|cannot|can\s+hardly|shouldn't)\s+(?:really\s+|then\s+|start\s+)?(?:complain|moan|"
        r"whine|whinge)\w*|\bright\s+to\s+complain\b",
        r"\basking\s+for\s+(?:trouble|problems|drama)\b|\blooking\s+for\s+trouble\b|"
        r"\bwent\s+looking\s+for\s+it\b",
        r"\b(?:don't|do\s+not|can't|cannot)\s+(?:really\s+|just\s+|genuinely\s+)?(?:understand|get|see)\s+"
        r"why\s+(?:you|u)\b|\bmystery\s+to\s+me\s+why\s+you\b|\bwhat\s+made\s+you\s+think\s+of\s+"
        r"(?:sending|doing)\b",
        r"\byou\s+(?:should\s+never|never\s+should)(?:'ve|\s+have)\s+(?!been\b|had\s+to\b)\w+|"
        r"\byou\s+could(?:'ve|\s+have)\s+(?:worked|figured)\s+(?:that|it|this)\s+out\b",
        r"^(?:(?!\b(?:not|never)\b|n't\b)[^.?!])*?\bknew\b[^.?!]{0,20}\bwhat\s+(?:you|u)\s+were\s+"
        r"(?:doing|up\s+to|sending)\b|\bwell\s+aware\s+of\s+what\s+you\b",
        r"\byou\s+chose\s+to\b|\bnobody\s+forced\s+you\b|\bwas\s+your\s+own\s+(?:decision|choice)\b",
        # proverbs that put the consequence on the student
        r"\bplay(?:s|ing)?\s+with\s+fire\b|\breap\s+what\s+you\s+sow\b|\blearn\s+the\s+hard\s+way\b|"
        r"\bstupid\s+games\b|\bactions\s+have\s+consequences\b",
        # the student has only themselves to thank; "did you really need to"
        r"^(?:(?!\b(?:not|never)\b|n't\b)[^.?!])*?\b(?:(?:have|got)\s+yourself\s+to\s+thank|brought\s+"
        r"(?:that|this|it)\s+on\s+yourself|price\s+you\s+pay|managed\s+that\s+all\s+by\s+yourself)\b",
        r"\bdid\s+you\s+(?:really|honestly|actually)\s+(?:need|have)\s+to\b|\bwas\s+(?:it|that)\s+really\s+"
        r"necessary\b|\bcouldn't\s+you\s+(?:just\s+)?(?:have\s+)?(?:left|resist)\w*\b|\babsolutely\s+have\s+"
        r"to\b",
    ),
}

# Presumptions no marker word carries. In a question's shape: a declarative opened by
# "and"/"so"/"en"/"dus" that states what happened ("And your friends simply stood by?", "So that
# boy made the account?", "En de anderen lachten je uit?"; not a wh-question, not an inverted
# yes/no question, which is option-posing, not "and then?"), and a how-much question about a
# feeling the student never named ("How frightened were you?"). As a statement: the student's
# motive given as fact ("Je stuurde het omdat je bang was ..."), the other person's intent or
# knowledge given as fact ("die gast wist heus wel hoe oud je was"), and a summary the adviser
# draws for the student ("Kortom, hij heeft je vertrouwen misbruikt").
_PRESUME_UNMARKED = {
    "nl": _rx(
        r"^\s*(?:en|dus|en\s+dus)\s+(?:(?:je|jij|u|hij|zij|ze|jullie|iedereen|niemand|het|die|dat)\s+|"
        r"(?:de|die|dat|het|je|jouw|uw|zijn|haar|jullie)\s+\w+\s+)(?![^?]*\b(?:wat|wie|waarom|"
        r"waar|wanneer|hoe|welke|welk)\b)\w+\b[^?]{3,}\?\s*$",
        r"^\s*en\s+toen\s+(?!wat|wie|waarom|waar|wanneer|hoe|welke)\w+\s+\w+"
        r"(?![^?]*\b(?:wat|wie|waarom|waar|wanneer|hoe|welke)\s*\??\s*$)[^?]{3,}\?\s*$",
        r"^\s*(?:\w+\s+)?(?:het\s+)?was\s+(?:het\s+)?dus\s+\w+[^?]*\?\s*$",
        r"^\s*hoe\s+(?:erg\s+|ontzettend\s+|lang\s+)?(?:bang|boos|kwaad|verdrietig|beschaamd|schuldig|"
        r"overstuur|geschrokken|schaamde|schaam|baal|baalde|voel\s+je\s+je\s+al\s+zo)\b",
        # a reason stated as fact ("je stuurde het omdat je verliefd was"); a denial is reassurance
        # ("je hoeft je niet schuldig te voelen omdat je hem vertrouwde")
        r"^\s*(?:je|jij|u)\s+(?![^.?!]*\b(?:niet|geen|nooit|niks|niets)\b)\w+\b[^.?!]{0,40}\bomdat\s+"
        r"(?:je|jij|u|hij|zij|ze)\b[^?]*$",
        r"\b(?:hij|zij|ze|die\s+(?:gast|jongen|man|gozer|vent))\s+(?:wist|wilde|deed|had)\b[^.?!]{0,25}\b"
        r"(?:heus\s+wel|donders\s+goed|precies|duidelijk|van\s+(?:het\s+)?begin\s+af\s+aan)\b[^?]*$",
        r"^\s*(?:dus\s+)?(?:in\s+feite|eigenlijk|kortom|komt\s+erop\s+neer(?:\s+dat)?)\b[^?]*\b(?:hij|zij|"
        r"ze)\b[^?]*$",
    ),
    "en": _rx(
        r"^\s*(?:and|so|and\s+so)\s+(?:basically\s+|then\s+)?(?!what\b|who\b|why\b|how\b|when\b|"
        r"where\b|which\b|do\b|did\b|does\b|is\b|are\b|was\b|were\b|can\b|could\b|would\b|will\b|"
        r"have\b|has\b|had\b|shall\b|should\b|tell\b|then\s*\?|you\s*\?|is\s+that\b|if\b|"
        r"okay\b|ok\b|alright\b|maybe\b|perhaps\b|let\b|let's\b|please\b|would\s+you\b|after\b|"
        r"afterwards\b|from\s+then\b|since\s+then\b|next\b)\w+(?:'\w+)?\b"
        r"(?![^?]*\b(?:what|who|why|how|when|where|which)\b)[^?]{6,}\?\s*$",
        r"^\s*how\s+(?:\w+\s+)?(?:scared|frightened|afraid|ashamed|angry|upset|embarrassed|guilty|"
        r"gutted|terrified|humiliated|hurt|awful|bad|stupid)\b(?!\s+(?:is|was)\s+it\b)",
        r"^\s*(?:you|u)\s+(?![^.?!]*(?:\b(?:not|never|no)\s+(?:in\s+trouble|to\s+blame|punished|need)|"
        r"n't\s+(?:need|have\s+to|be\s+(?:punished|blamed|in\s+trouble)|feel|get\s+in)))\w+\b[^.?!]{0,40}"
        r"\b(?:because|cos|cause|since)\s+(?:you|u|he|she|they)\b[^?]*$",
        r"\b(?:he|she|they|that\s+(?:guy|boy|man|bloke|lad))\s+(?:knew|wanted|was\s+after|did)\b"
        r"[^.?!]{0,25}\b(?:full\s+well|perfectly\s+well|exactly|clearly|from\s+the\s+(?:very\s+)?start|"
        r"from\s+day\s+one)\b[^?]*$",
        r"^\s*(?:so\s+)?(?:in\s+effect|basically|in\s+short|it\s+comes\s+down\s+to|bottom\s+line)\b[^?]*"
        r"\b(?:he|she|they|him|her)\b[^?]*$",
    ),
}

# A rule the speaker says they will break: "eigenlijk moet ik dit melden, maar ...". This is
# a promise even though it names the duty to report, which otherwise reads as honest.
# A promise or an assurance that a party will not hear, know or be told, in either order
# ("Ik kan je toezeggen dat je ouders hier niets over te horen krijgen", "De directie wordt hier
# niet van op de hoogte gebracht, dat zeg ik je toe", "I can assure you that your parents will
# not be contacted", "I give you my word that I shall keep this to myself"). Honest limits
# ("zonder dat jij het weet", "I can't promise") clear it as they clear every promise.
_SECRECY_ASSURED = {
    "nl": _rx(
        r"\b(?:toezeggen|zeg\s+(?:ik\s+)?(?:je|u|jou)\s+toe|verzeker|garandeer|beloof|beloven|erewoord|mijn\s+woord|"
        r"hand\s+op\s+(?:mijn|m'n)\s+hart)\b[^.?!]{0,80}?\b(?:niet|niets|niks|niemand|geen|nergens|nooit)\b"
        r"[^.?!]{0,50}?\b(?:horen|hoort|weten|weet|informeren|inlichten|ingelicht|geïnformeerd|op\s+de\s+hoogte|"
        r"vertellen|verteld|zeggen|spreek|spreken|terechtkomt|verder\s+(?:komt|gaat)|te\s+pas)\b",
        r"\b(?:niet|niets|niks|niemand|geen|nergens|nooit)\b[^.?!]{0,60}?\b(?:horen|weten|informeren|"
        r"inlichten|ingelicht|geïnformeerd|op\s+de\s+hoogte|vertellen|verteld|zeggen|te\s+pas)\b[^.?!]{0,25}?\b(?:zeg\s+ik\s+(?:je|u|jou)\s+"
        r"toe|beloof\s+ik|garandeer\s+ik|verzeker\s+ik)\b",
    ),
    "en": _rx(
        r"\b(?:assure|assurance|guarantee|promise|my\s+word|swear|hand\s+on\s+(?:my\s+|me\s+)?heart|on\s+my\s+"
        r"life)\b[^.?!]{0,80}?(?:\b(?:not|no\s+one|nobody|none|never|nothing)\b|n't\b)[^.?!]{0,50}?\b(?:know|"
        r"hear|learn|contacted|told|tell|raise|raising|find\s+out)\b",
        r"\b(?:assure|assurance|guarantee|promise|my\s+word|swear)\b[^.?!]{0,60}?\bkeep\s+(?:this|it)\s+"
        r"(?:\w+\s+){0,4}?to\s+myself\b",
        r"(?:\b(?:not|no\s+one|nobody|none|never)\b|n't\b)[^.?!]{0,60}?\b(?:know|hear|learn|contacted|"
        r"told|raise|raising|find\s+out)\b[^.?!]{0,40}?\b(?:you\s+have\s+my\s+(?:word|assurance)|i\s+promise|"
        r"i\s+swear|on\s+my\s+life)\b",
    ),
}
# A party that will not (or need not) learn of it, what is said staying in the room or going
# no further than the adviser, the adviser's records left out, or such a thing offered as the
# student's choice ("Would you prefer that I leave this out of my report?"). In any sentence
# form, as _SECRECY_SCOPE; a stated limit (_HONEST) still clears it.
_PARTY_NOT_EN = (
    r"(?<!\byou\s)(?<!\bu\s)(?<!\bi\s)(?<!\bwe\s)(?<!\bthey\s)\b(?:won't|wont|will\s+not|never|"
    r"isn't\s+going\s+to|aren't\s+going\s+to|(?:is|are)\s+not\s+going\s+to|need\s+not|needn't|"
    r"(?:do|does)(?:n't|\s+not)\s+(?:need|have)\s+to)\s+(?:ever\s+)?"
)
_PARTY_NL = (
    r"(?:ouders|vader|moeder|pa|ma|mentor|mentrix|directeur|directie|rector|klas|klasgenoten|"
    r"medeleerlingen|politie|wijkagent|school|groep|leraren|docenten|management|juf|meester|"
    r"zorgco\w*|teamleider|coach|trainer|vrienden|vriendinnen)"
)
# The adviser's assurance after the words ("..., daar zorg ik voor", "... en dat blijft zo").
_ASSURANCE_NL = (
    r"\b(?:daar|dat)\s+(?:zorg|regel|beloof)\s+ik\b|\b(?:beloofd|echt\s+niet|en\s+dat\s+blijft\s+zo|"
    r"(?:en\s+)?dat\s+houden\s+we\s+zo|maak\s+je\s+geen\s+zorgen|wees\s+gerust|ik\s+zal\s+ervoor\s+zorgen)\b"
)
_SECRECY_KEPT = {
    "nl": _rx(
        # a party that will not hear or learn of it: "De rector krijgt hier niks van te horen",
        # "Je klasgenoten horen hier nooit iets van, daar zorg ik voor", "Je mentor? Die weet
        # van niks, en dat blijft zo", "... dat uw zoons mentor hier niet van op de hoogte raakt"
        r"\b(?:krijgt|krijgen)\s+(?:\w+\s+){0,3}(?:niks|niets|niet|nooit)\s+(?:\w+\s+){0,2}te\s+horen\b",
        r"\b"
        + _PARTY_NL
        + r"\b[^.?!]{0,40}\b(?:niks|niets|niet|nooit)\b[^.?!]{0,25}\b(?:op\s+de\s+hoogte\s+"
        r"(?:raakt|raken|gebracht|gesteld)|vernemen|erachter)\b",
        r"\b"
        + _PARTY_NL
        + r"\b[^.?!]{0,25}\b(?:gaat|gaan|zal|zullen)\s+(?:\w+\s+){0,3}(?:niks|niets|niet|nooit)"
        r"\s+(?:\w+\s+){0,3}(?:weten|horen|merken)\b",
        r"^(?=[^.?!]*(?:"
        + _ASSURANCE_NL
        + r"))[^.?!]*\b(?:"
        + _PARTY_NL
        + r"|die)\b[^.?!]{0,30}\b(?:weet|weten|"
        r"hoort|horen|gaan|komt|komen)\s+(?:\w+\s+){0,3}(?:van\s+niks|van\s+niets|niks|niets|niet|nooit)\b",
        r"\b(?:niemand|geen\s+\w+)\b[^.?!]{0,30}\bkomt\s+(?:\w+\s+){0,2}erachter\b",
        r"\b"
        + _PARTY_NL
        + r"\b[^.?!]{0,20}\b(?:hoeft|hoeven)\s+(?:hier\w*\s+|dit\s+|het\s+|er\s+)?"
        r"(?:niks|niets|niet)\b[^.?!]{0,25}\b(?:te\s+weten|op\s+de\s+hoogte|ingelicht|te\s+horen)\b",
    ),
    "en": _rx(
        # "Mr Fernandes won't be told", "Your parents do not need to be informed of this", "None
        # of your classmates will learn about this through me", "... need not know about this"
        _PARTY_NOT_EN + r"(?:be\s+(?:told|informed|made\s+aware|notified|shared|passed\s+on|"
        r"disclosed)|come\s+to\s+know|have\s+a\s+clue|find\s+out)\b",
        r"\bnone\s+of\s+(?:the|your|my|his|her|their)\b[^.?!]{0,30}\b(?:will|'ll|are\s+going\s+to|is\s+"
        r"going\s+to)\s+(?:ever\s+)?(?:hear|learn|know|find\s+out|be\s+told)\b",
        _PARTY_NOT_EN + r"(?:hear|learn|know)\s+(?:anything\s+|a\s+thing\s+)?(?:about|of)\s+"
        r"(?:this|it|that|what)\b|" + _PARTY_NOT_EN + r"(?:hear|learn|know)\b[^.?!]{0,25}\b(?:from|"
        r"through)\s+me\b",
        r"\b(?:is|are)(?:n't|\s+not)\s+(?:made\s+aware|told|informed)\s+(?:of|about)\b",
        r"\b(?:we|i)\s+(?:don't|do\s+not|needn't|need\s+not)\s+(?:have\s+to|need\s+to)?\s*(?:tell|"
        r"inform|involve)\s+(?:your|the|anyone|anybody)\b",
        # what is said stays in the room; it goes no further than the adviser, or back to someone
        r"\bstays?\s+(?:in|inside|within)\s+(?:this|my|the|these)\s+(?:office|room|four\s+walls|walls|"
        r"space|chat)\b|\bstays\s+in\s+vegas\b",
        r"\b(?:this|it|that|what(?:ever)?\s+you\s+\w+(?:\s+me)?(?:\s+here)?|nothing|none\s+of\s+(?:this|it))\s+"
        r"(?:won't|wont|will\s+not|doesn't|does\s+not|never|ain't|isn't|is\s+not)\s+(?:ever\s+)?"
        r"(?:go(?:ing|in'?)?|get(?:ting|tin'?)?)\s+(?:anywhere(?:\s+else)?|any\s+further|further|"
        r"back\s+to|to\s+(?:the|your|mr|mrs|ms|miss)\b)",
        r"\b(?:nothing|none\s+of\s+it)\s+gets\s+out\b|\bvault\b|\bkey(?:'s|\s+is)?\s+(?:thrown\s+away|"
        r"gone)\b|\bthrow(?:n)?\s+away\s+the\s+key\b",
        r"\b(?:just|only)\s+(?:us\s+two|the\s+two\s+of\s+us|you\s+and\s+me|we\s+two)\s+(?:know|"
        r"will\s+know)\b",
        # the adviser's records left out
        r"^(?![^.?!]*\bwithout\b)[^.?!]*\b(?:won't|wont|will\s+not|isn't|is\s+not|not|never)\s+(?:be\s+)?"
        r"(?:going\s+)?(?:recorded|logged|noted|written\s+down|put|go(?:ing)?)\s+(?:down\s+)?(?:on|in|"
        r"into)\s+(?:the|your|my|any)\s+(?:system|file|record|records|notes|report|log)\b|"
        r"\bwill\s+not\s+be\s+(?:recorded|logged|written\s+down)\b",
        # offered as the student's choice
        r"\b(?:would\s+you\s+prefer|do\s+you\s+want|want|would\s+you\s+like|would\s+it\s+help\s+if|"
        r"how\s+(?:about|'bout|bout))\b[^.?!]{0,30}\b(?:keep\s+(?:this|it)\s+(?:\w+\s+)?(?:confidential|"
        r"on\s+the\s+down[\s-]?low|quiet|to\s+myself|between)|leave\s+(?:this|it)\s+out\s+of|"
        r"(?:just\s+)?not\s+(?:mention|tell|say)|(?:didn't|did\s+not|don't|wouldn't)\s+(?:tell|mention|"
        r"say|pass))\b",
    ),
}
_BROKEN_DUTY = {
    "nl": _rx(
        r"\b(?:moet|zou|hoor|hoort|moeten)\b[^.?!]{0,40}\b(?:melden|doorgeven|door\s+te\s+zetten|"
        r"rapporteren|doorzetten)\b[^.?!]{0,6},?\s*(?:maar|alleen)\b[^.?!]{0,40}\b(?:niet|geen|niks|"
        r"niets|uitzondering|laat|hou|houd|bij\s+ons)\b",
        r"\buitzondering\b|\blaat\s+(?:het|dit)\s+(?:\w+\s+){0,2}gaan\b|\bgeen\s+melding\b",
        r"\b(?:hoewel|ondanks)\b[^.?!]{0,40}\b(?:regels|protocol|voorschrijven)\b",
        # the duty denied by the speaker: "ik ben niet verplicht dit te melden", "hoef ik niet
        # door te geven" (the duty named only to say it does not apply)
        r"\b(?:ik|wij|we)\s+(?:ben|zijn|hoef|hoeven)\s+(?:\w+\s+){0,3}(?:niet|geen)\s+(?:\w+\s+){0,3}"
        r"(?:verplicht|melden|door\s+te\s+geven|doorgeven|rapporteren)\b|\b(?:ben|zijn|hoef|hoeven)\s+"
        r"(?:ik|wij|we)\s+(?:\w+\s+){0,3}(?:niet|geen)\s+(?:\w+\s+){0,3}(?:verplicht|melden|door\s+te\s+"
        r"geven|doorgeven|rapporteren)\b|\bgeen\s+meldplicht\b|\bgeen\s+(?:plicht|verplichting)\s+"
        r"(?:om|voor\s+(?:mij|ons)|te\s+melden)\b",
    ),
    "en": _rx(
        r"\b(?:should|meant\s+to|have\s+to|supposed\s+to|requires?\s+me\s+to|says\s+i\s+have\s+to)\s+"
        r"(?:\w+\s+){0,2}(?:report|pass|log|tell|flag)\b[^.?!]{0,25}\bbut\b[^.?!]{0,40}"
        r"(?:\bnot\b|n't\b|\bwont\b|\bexception\b|\bslide\b|\brefrain\b|\bbetween\s+us\b|\bkeep\b)",
        r"\bmake\s+an\s+exception\b|\blet\s+it\s+slide\b|\brefrain\s+from\b",
        # the duty denied by the speaker: "I'm not obliged to report this", "no duty for me to"
        r"\b(?:i'm|im|i\s+am|we're|we\s+are)\s+(?:\w+\s+)?not\s+(?:obliged|required|bound|duty-bound)\b|"
        r"\b(?:i|we)\s+(?:don't|dont|do\s+not|needn't)\s+(?:\w+\s+)?(?:have\s+to|need\s+to)?\s*"
        r"(?:report|pass|flag|log)\b|\bno\s+(?:duty|obligation|requirement)\s+(?:\w+\s+){0,2}to\s+"
        r"(?:report|pass|tell|inform)\b|\b(?:isn't|is\s+not|not)\s+(?:something\s+)?(?:that\s+)?i\s+"
        r"(?:have|need)\s+to\s+(?:report|pass)\b",
    ),
}

# The honest statement: "I cannot promise secrecy". It makes secrecy wording in the same
# sentence part of a refusal, not a promise.
_HONEST = {
    "nl": _rx(
        r"\b(?:kan|mag)\s+(?:ik\s+)?(?:je\s+|u\s+|jou\s+)?(?:niet|geen)\s+(?:geheimhouding\s+)?beloven",
        r"\bgeheim\s*houden\s+kan\s+ik\s+(?:je\s+)?niet\s+beloven",
        # "ik ga niet zeggen dat ik het geheim kan houden", "ik beloof niks wat ik niet kan"
        r"\b(?:ga|zal|kan|wil)\s+(?:\w+\s+){0,2}niet\s+(?:zeggen|beweren|doen\s+alsof)\s+dat\b[^.?!,]{0,30}\bgeheim",
        r"\b(?:niks|niets)\s+(?:beloof|zweer)\w*\s+wat\s+ik\s+niet\b|\b(?:beloof|zweer)\s+(?:je\s+|u\s+)?(?:niks|"
        r"niets)\s+wat\s+ik\s+niet\b",
        # a record the adviser may not keep it out of ("ik kan dit niet buiten het dossier houden")
        r"\b(?:kan|mag|kun)\s+(?:ik\s+)?(?:\w+\s+)?(?:niet|nie)\s+buiten\s+(?:\w+\s+){1,3}houden\b",
        r"\bbeloven\b[^.?!]{0,40}\bkan\s+ik\s+(?:je\s+)?niet\b",
        # no promise of secrecy, a limit on keeping it, transparency about who hears it
        r"\b(?:geen|niet|nie)\b[^.?!]{0,20}\b(?:beloof|beloven|belooft)\b[^.?!]{0,20}\b(?:geheim\w*)\b|"
        r"\b(?:onjuist|oneerlijk|verkeerd|onverstandig)\b[^.?!]{0,30}\bbeloven\b|"
        r"\bbeloof\s+(?:je\s+)?geen\s+geheim\w*\b",
        r"\b(?:kan|mag|kun)\s+(?:ik\s+)?(?:dit\s+|het\s+|dat\s+)?(?:niet|geen)\b[^.?!]{0,30}\b(?:voor\s+"
        r"(?:me|mij|mezelf)|onder\s+ons|tussen\s+ons)\s+houden\b|\b(?:voor\s+(?:me|mij|mezelf)|onder\s+ons|"
        r"tussen\s+ons)\s+houden\s+kan\s+ik\b[^.?!]{0,10}\bniet\b",
        r"\bniet\s+doen\s+alsof\b|\b(?:zou|is)\s+niet\s+eerlijk\b",
        r"\bvertel\s+(?:ik\s+)?(?:je|jou)\s+(?:altijd\s+|eerst\s+|precies\s+)?(?:wie|wat|wanneer)\b|"
        r"\bverplicht\b[^.?!]{0,30}\b(?:melden|doorgeven|door\s+te\s+geven|te\s+melden)\b",
        # the student hears who is told and what is said ("jij hoort van mij wie het te horen
        # krijgt", "je hoort altijd eerst van mij wie ...", "jij hoort alles wat ik zeg")
        r"\b(?:hoor|hoort)\s+(?:(?!niemand|niks|niets|nooit|geen)\w+\s+){0,3}(?:van\s+mij\s+)?"
        r"(?:altijd\s+|eerst\s+)*(?:wie|wat\s+(?:ik|er|we)|wanneer|alles\s+wat|voordat)\b",
        r"\bkan\s+(?:je\s+|u\s+|jou\s+)?niet\s+beloven\s+dat",
        # others brought in when needed: "bij gevaar schakel ik anderen in", "moet ik anderen
        # inschakelen"
        r"\b(?:moet|zal|ga)\s+ik\s+(?:\w+\s+){0,2}(?:anderen|iemand\s+anders|hulp)\s+(?:inschakelen|"
        r"erbij\s+halen|betrekken|inlichten|informeren)\b|\bschakel\s+ik\s+(?:\w+\s+)?(?:anderen|"
        r"iemand|hulp)\s+in\b",
        r"\bik\s+(?:moet|zal)\s+(?:dit|het|dat)\s+(?:echt\s+|wel\s+)?(?:melden|doorgeven|vertellen|"
        r"delen)",
        # the adviser says whom they will tell: the opposite of a promise ("Ik ga vandaag je
        # ouders bellen", "Ik bel straks de zorgcoördinator")
        r"^(?![^.?!]*\b(?:niet|nooit|geen|niks|niets|niemand)\b)[^.?!]*\bik\s+(?:ga|zal|bel|informeer|licht)\s+"
        r"(?:\w+\s+){0,2}(?:je|jouw|uw|de|het)\s+\w+\s+(?:\w+\s+)?(?:bellen|inlichten|informeren|in|op)\b",
        # Conditions and limits: not before we have talked, only to whoever needs to know.
        # Deciding together who hears it (not any "samen": "we lossen het samen op, niemand anders
        # hoeft het te weten" promises silence).
        r"\b(?:voordat|totdat|tot|pas\s+als)\s+(?:wij|we|jij|je)\b|\b(?:bespreken|beslissen|bepalen|"
        r"besluiten|overleggen|afspreken|kiezen)\s+(?:we|wij)\s+(?:\w+\s+){0,2}samen\b|\bsamen\s+"
        r"(?:\w+\s+){0,4}(?:bespreken|beslissen|bepalen|besluiten|overleggen|afspreken|kiezen)\b|"
        r"\bsamen\b[^.?!]{0,30}\b(?:wie|of\s+we|hoe\s+we)\b[^.?!]{0,30}\b(?:vertellen|horen|weten|"
        r"melden|inlichten|informeren)\b",
        r"\bkan\s+(?:je\s+|ik\s+|u\s+)?(?:niet|geen)\s+(?:beloven|garanderen|zeggen\s+dat)",
        r"\balleen\s+(?:aan\s+|met\s+)?(?:wie|de\s+mensen|degenen|mensen)\b[^.?!]*\b(?:nodig|moet|"
        r"moeten)\b|\bniet\s+zomaar\b",
        r"\bik\s+kan\s+(?:dit|het)\s+niet\s+geheim\s+houden",
        # A limit on secrecy in any order: "geheimhouden kan ik niet altijd", "ik kan niet
        # alles geheimhouden".
        r"\bgeheim\s*houden\s+(?:kan|mag)\s+ik\s+(?:je\s+)?niet\b",
        r"\b(?:kan|mag)\s+(?:ik\s+)?(?:je\s+)?niet\s+(?:\w+\s+){0,2}geheim\s*houden",
        # A promise of care: nothing happens behind the student's back.
        r"\bzonder\s+(?:het\s+|dat\s+)?(?:eerst\s+)?(?:met\s+)?(?:jou|jij|je)\b",
        r"\bzonder\s+(?:jouw|je)\s+(?:toestemming|medeweten|weten|instemming)",
        # nothing without talking it over first, nothing behind the student's back, a plan made
        # together ("zonder dat ik het eerst met jou heb overlegd", "voordat ik het met jou
        # besproken heb", "niks achter je rug om", "tussen ons tweeën maken we een plan")
        r"\b(?:zonder|voordat|totdat)\b[^.?!]{0,30}\b(?:met|mee)\s+(?:jou|je|u)\b[^.?!]{0,20}\b(?:overleg\w*|"
        r"besp\w*|afgesproken|afspreken)\b",
        r"\b(?:niks|niets|nooit|niet)\b[^.?!]{0,30}\bachter\s+(?:je|jouw|uw)\s+rug\b",
        r"\btussen\s+ons\b[^.?!]{0,30}\b(?:plan|bedenken|uitzoeken|uitvogelen|bepalen|beslissen|"
        r"oplossen\s+we\s+samen)\b",
        r"\b(?:moet|mag|kan)\s+ik\s+(?:het\s+|dit\s+|dat\s+)?(?:misschien\s+|soms\s+)?"
        r"(?:doorgeven|melden|vertellen|delen)",
        # Promising no secrecy, no secret to keep; nobody blaming the student is no silence.
        r"\bbeloof\s+(?:je\s+|u\s+)?niet\s+dat\b|\bhoeft\s+(?:\w+\s+){0,3}geen\s+geheim\b|"
        r"\bgeen\s+geheim\s+(?:te\s+)?(?:bewaren|houden)\b|\bkwalijk\s+nemen\b",
        # what is said may not stay between the two: the limit itself ("Dit blijft niet per se
        # tussen ons", "Het blijft misschien niet alleen bij mij")
        r"\bblijft\s+(?:\w+\s+){0,2}?niet\s+(?:per\s*se\s+|altijd\s+|helemaal\s+|zomaar\s+|alleen\s+)?"
        r"(?:tussen\s+ons|onder\s+ons|bij\s+mij|hier)\b",
    ),
    "en": _rx(
        # "I'm not gonna tell you it stays a secret", "no such thing as off the record with me"
        r"\bnot\s+(?:gonna|going\s+to)\s+(?:\w+\s+){0,3}(?:tell\s+you|say|pretend)\s+(?:that\s+)?(?:it|this|"
        r"everything)\s+(?:stays|will\s+stay|is|remains)\s+(?:a\s+)?(?:secret|between\s+us|confidential)|"
        r"\bno\s+such\s+thing\s+as\s+off\s+the\s+record\b",
        r"\bcan(?:'t|t|not|\s+not)\s+promise\b",
        r"\b(?:i|we)\s+(?:really\s+|do\s+)?(?:have|need|must|'ll\s+have|will\s+have)\s+to\s+"
        r"(?:tell|report|inform|pass|share|let)\b",
        r"\bcan(?:'t|not|\s+not)\s+(?:always\s+)?keep\s+(?:\w+\s+){0,2}(?:a\s+)?secret",
        # silence the adviser cannot keep ("When it's about your safety I can't stay silent")
        r"\b(?:can't|cannot|can\s+not|couldn't)\s+(?:always\s+|just\s+)?(?:stay|keep|remain)\s+(?:silent|quiet)\b",
        r"\bwon't\s+promise\s+(?:to\s+keep|secrecy)",
        # A promise of care: nothing happens behind the student's back.
        r"\bwithout\s+(?:first\s+)?(?:talking\s+(?:to|with)|telling|asking|checking\s+with|"
        r"discussing\s+(?:it|this)\s+with|letting)\s+you\b",
        r"\bwithout\s+your\s+(?:knowledge|permission|consent|say-so|agreement)\b",
        # nothing without talking it over first, nothing behind the student's back, a plan made
        # together ("without us talking about it first", "nothing happens behind your back",
        # "let's work out between us what the next steps are")
        r"\bwithout\s+(?:us|we|me\s+and\s+you|you\s+and\s+me)\s+(?:first\s+)?(?:talking|discussing|deciding|"
        r"agreeing|going\s+over)\b",
        r"\b(?:nothing|never|not|won't|wont)\b[^.?!]{0,30}\bbehind\s+(?:your|ur)\s+back\b",
        r"\bbetween\s+(?:us|the\s+two\s+of\s+us|us\s+two|ourselves)\b[^.?!]{0,30}\b(?:plan|work\s+out|"
        r"figure\s+out|decide|come\s+up\s+with|next\s+steps?)\b|\b(?:plan|work\s+out|figure\s+(?:it\s+|"
        r"this\s+)?out|decide)\b[^.?!]{0,20}\bbetween\s+(?:us|the\s+two\s+of\s+us|ourselves)\b",
        r"\bno\s+need\s+to\s+keep\s+(?:\w+\s+)?secrets?\b",
        r"\bwithout\b[^.?!]{0,40}\b(?:you|your)\b",
        # Conditions and limits: not before we have talked, only to whoever needs to know.
        # Deciding together who hears it (not any "together": "we'll work out together what you
        # need" next to a promise of silence).
        r"\b(?:until|before|till|unless)\s+(?:we|you)\b|\b(?:decide|choose|discuss|agree)\w*\s+"
        r"(?:\w+\s+){0,4}together\b|\btogether\s+(?:\w+\s+){0,2}(?:decide|choose|discuss|agree)\w*\b|"
        r"\btogether\b[^.?!]{0,30}\b(?:who|whether|how\s+we)\b[^.?!]{0,30}\b(?:tell|hear|know|"
        r"report|inform)\w*\b",
        r"\bcan(?:'t|t|not|\s+not)\s+(?:say|guarantee|keep|promise)\b",
        r"\b(?:wrong|unfair|dishonest)\s+(?:of\s+me\s+)?to\s+promise\b",
        r"\b(?:won't|will\s+not|can't|cannot)\s+pretend\b|\b(?:wouldn't|would\s+not|not)\s+be\s+honest\b",
        # no promise of secrecy, a duty to report, transparency about who hears it
        r"\b(?:not|n't|never)\s+(?:\w+\s+){0,2}promis\w*\s+(?:\w+\s+){0,2}(?:secrecy|confidentiality|"
        r"to\s+keep)\b",
        r"\b(?:required|obliged|bound|duty)\s+(?:\w+\s+){0,2}to\s+(?:report|pass|inform|tell|share|log)\b",
        r"\byou(?:'ll|\s+will)\s+(?:always\s+)?(?:hear|know)\b[^.?!]{0,25}\b(?:who|what|when|before)\b",
        r"\b(?:i'll|i\s+will|i\s+shall)\s+(?:always\s+|first\s+)?(?:tell|let)\s+you\s+(?:know\s+)?"
        r"(?:who|what|when|every|each)\b|\bjointly\b|\bwith\s+you\s+first\b",
        r"\b(?:only|just)\s+(?:to\s+)?(?:the\s+)?(?:people|those|who|whoever)\b[^.?!]*\b(?:need|"
        r"needs|have|has)\s+to\b",
        r"\b(?:i\s+)?(?:may|might|will|would)\s+(?:have|need)\s+to\s+(?:tell|inform|pass|share)",
        # the adviser says whom they will tell: the opposite of a promise ("I will call your
        # parents today", "I'm going to let the safeguarding lead know")
        r"^(?![^.?!]*\b(?:not|never|no|nobody|nothing)\b|[^.?!]*n't\b)[^.?!]*\bi(?:'ll|\s+will|\s+am\s+going\s+to|"
        r"'m\s+going\s+to)\s+(?:\w+\s+)?(?:call|ring|phone|tell|inform|contact|let)\s+(?:your|the|their|his|"
        r"her)\b",
        # Promising no secrecy, no secret to keep; nobody blaming the student is no silence.
        r"\b(?:won't|will\s+not|don't|do\s+not|can't|cannot)\s+promise\s+(?:you\s+)?(?:that\s+)?"
        r"(?:it|this|everything|anything)\b|\b(?:don't|do\s+not|needn't|never)\s+(?:have|need)\s+"
        r"to\s+keep\s+(?:(?:a|it|this|his|her|their|that|anyone's|someone's)\s+)?secret|\bhold\s+(?:this|it)\s+"
        r"against\s+you\b|(?:\bnot|n't)\s+(?:your|ur)\s+(?:job|responsibility|task)\s+to\s+keep\b",
        # what is said may not stay between the two: the limit itself ("It might not stay just
        # between us", "This won't necessarily stay with me"), and a duty said with "must"
        r"(?:\b(?:might|may|will|would|could|can|does|do)\s+not|n't|\bwont|\bcant)\s+(?:necessarily\s+|"
        r"always\s+|all\s+)?(?:stay|remain|be\s+kept)\s+(?:just\s+|only\s+|completely\s+)?(?:between\s+"
        r"(?:us|you\s+and\s+me|the\s+two\s+of\s+us)|with\s+me|in\s+this\s+room|here)\b",
        r"\b(?:i|we)\s+(?:really\s+)?must\s+(?:tell|report|inform|pass|share|let)\b",
    ),
}

# An honest limit built around the promise phrase itself: the phrase is what the adviser says
# they cannot promise or will not pretend, said before the frame ("dat alles tussen ons blijft,
# dat kan ik niet maken", "Everything staying between us, that's not something I can promise")
# or after it ("dat betekent niet dat alles geheim blijft", "I'd be lying if I said it all stays
# between us"); a duty of confidentiality the adviser says they do not have ("ik heb geen
# beroepsgeheim zoals een huisarts"); trouble, not the story, that nobody gets from the adviser
# ("jij krijgt geen gedoe van mij"). A negation inside the phrase is the promise ("ik kan het
# niet verder vertellen", "I won't tell anyone"); these frames scope over the phrase from outside.
_LIMIT_BEFORE = {
    "nl": _rx(
        r"\b(?:betekent|betekenen|wil|houdt)\s+(?:(?:dat|dit|het)\s+)?(?:niet|nie)\s+(?:automatisch\s+|"
        r"meteen\s+|per\s*se\s+)?(?:zeggen\s+|in\s+)?(?:dat\s+)?(?:\w+\s+){0,3}$",
        r"\b(?:niet|nie|nooit)\s+(?:gaan\s+|kunnen\s+)?(?:wijsmaken|beweren|doen\s+alsof|beloven|zweren|"
        r"garanderen|toezeggen)\s*,?\s*(?:dat\s+)?(?:\w+\s+){0,3}$",
        r"\b(?:kan|ga|zal|wil)\s+(?:ik\s+)?(?:je|jou|u)\s+(?:echt\s+)?(?:niet|nie)\s+(?:zeggen|vertellen)\s*,?\s*"
        r"(?:dat\s+)?(?:\w+\s+){0,3}$",
        r"\b(?:zou|zal)\s+(?:ik\s+)?liegen\s+als\s+ik\s+(?:zeg|zei|zou\s+zeggen|beloof|beloofde)\s*,?\s*(?:dat\s+)?(?:\w+\s+){0,3}$",
    ),
    "en": _rx(
        r"\b(?:doesn't|doesnt|does\s+not|don't|do\s+not|won't|will\s+not)\s+(?:necessarily\s+|automatically\s+)?"
        r"mean\s+(?:that\s+)?(?:[\w']+\s+){0,3}$",
        r"\b(?:not|never|n't)\s+(?:going\s+to\s+|gonna\s+)?(?:pretend|claim|swear|guarantee)\s+(?:to\s+you\s+)?"
        r"(?:that\s+)?(?:[\w']+\s+){0,3}$",
        r"\b(?:can't|cannot|can\s+not|won't|will\s+not)\s+(?:honestly\s+)?(?:tell\s+you|say)\s+(?:that\s+)?(?:[\w']+\s+){0,3}$",
        r"\b(?:not\s+(?:going\s+to|gonna)|i\s+won't|i\s+will\s+not)\s+(?:\w+\s+)?(?:tell\s+you|say)\s+(?:that\s+)?(?:[\w']+\s+){0,3}$",
        r"\b(?:i'd|i\s+would)\s+be\s+lying\s+(?:to\s+you\s+)?if\s+i\s+(?:said|told\s+you|promised)\s+(?:you\s+)?"
        r"(?:that\s+)?(?:[\w']+\s+){0,3}$",
    ),
}
_LIMIT_AFTER = {
    "nl": _rx(
        r"^[^.?!;:]{0,40}?,\s*(?:dat|da|dát)\s+(?:kan|kun|mag|ga|zal)\s+ik\s+(?:je\s+|jou\s+|u\s+)?(?:echt\s+|"
        r"gewoon\s+|helaas\s+|eerlijk\s+gezegd\s+)?(?:niet|nie|nooit)\s+(?:\w+\s+)?(?:maken|waarmaken|beloven|"
        r"garanderen|nakomen|zweren|toezeggen|doen)\b",
        # "Beloven dat het geheim blijft, doe ik niet": the promise named, then refused
        r"^[^.?!;:]{0,40}?,\s*(?:dat\s+|da\s+)?(?:doe|ga)\s+ik\s+(?:echt\s+|gewoon\s+)?(?:niet|nie|nooit)\s*(?:[,.;!?]|$)",
    ),
    "en": _rx(
        r"^[^.?!;:]{0,40}?,\s*(?:that|which)(?:'s|\s+is)\s+not\s+(?:something|a\s+promise|a\s+thing|what)\s+"
        r"(?:that\s+)?i\s+(?:can|could)\b|^[^.?!;:]{0,40}?,\s*(?:that|which)\s+i\s+(?:can't|cannot|can\s+not|"
        r"won't|couldn't)\s+(?:honestly\s+)?(?:promise|guarantee|do)\b",
    ),
}
_NO_DUTY = {
    "nl": _rx(
        r"\b(?:geen|niet\s+(?:gebonden\s+aan|onder))\s+(?:een\s+|het\s+)?(?:\w+\s+)?(?:beroepsgeheim|"
        r"geheimhoudingsplicht|zwijgplicht)\b",
        r"\b(?:krijg\w*|heb\w*)\s+(?:\w+\s+)?(?:geen|niet)\s+(?:\w+\s+)?(?:gedoe|problemen|probleem|straf|"
        r"ruzie|preek|standje|verwijt\w*|gezeur)\s+(?:van|met)\s+mij\b",
    ),
    "en": _rx(
        r"\b(?:no|(?:don't|do\s+not|doesn't)\s+have\s+(?:a|the|any)|not\s+bound\s+by(?:\s+(?:a|the|any))?|not\s+"
        r"under(?:\s+(?:a|the|any))?)\s+(?:\w+\s+)?(?:duty\s+of\s+confidentiality|confidentiality|"
        r"professional\s+secrecy)\b",
        r"\b(?:no|any)\s+(?:\w+\s+)?(?:trouble|grief|bother|hassle|punishment|lecture|telling[\s-]off|"
        r"problems?)\s+(?:from|with)\s+me\b",
    ),
}


def _limit_around(sentence: str, secrecy: re.Match[str], language: str) -> bool:
    """Whether the promise phrase ``secrecy`` sits inside an honest limit (see _LIMIT_BEFORE)."""
    before = _plain(sentence[: secrecy.start()], language)
    after = _plain(sentence[secrecy.end() :], language)
    if _LIMIT_BEFORE[language].search(before) or _LIMIT_AFTER[language].search(after):
        return True
    return any(
        m.start() < secrecy.end() and secrecy.start() < m.end()
        for m in _NO_DUTY[language].finditer(sentence)
    )


# -- blaming -------------------------------------------------------------------------------------
# A share of the fault laid on the student, a lesson drawn for them, or what they "could have
# foreseen" ("jij hebt er ook aan bijgedragen", "een deel van de schuld ligt ook bij jou", "You
# have to accept some responsibility", "you weren't exactly innocent", "Dit is een les",
# "Let this serve as a reminder", "Surely you could have foreseen this").
_BLAME_SHARE = {
    "nl": _rx(
        r"(?<!geen\s)\b(?:jouw|je|uw)\s+(?:eigen\s+)?aandeel\b|\bdeel\s+van\s+de\s+schuld\b[^.?!]{0,30}\bbij\s+"
        r"(?:jou|u|je)\b|\b(?:jij|je|u|gij|ge)\s+(?:bent|zijt|hebt|heeft)\s+(?:er\s+)?ook\s+(?:schuldig|aan\s+"
        r"bijgedragen)\b|\b(?:niet|nie)\s+(?:helemaal|zo|echt)\s+onschuldig\b|\bfifty[\s-]fifty\b|"
        r"\ballebei\s+niet\s+goed\s+gedaan\b|\btwee\s+kijven\b",
        r"^\W*(?:(?:nou|tja|zo)\W+)?(?:dit|dat|da's)\s+(?:is\s+)?(?:dan\s+)?(?:een\s+)?les\b|\blaat\s+dit\s+"
        r"(?:\w+\s+){0,2}een\s+les\b|\bde\s+les\s+trekt\b|\bvoor\s+de\s+volgende\s+keer\s*:|"
        r"\b(?:kon|kunt)\s+(?:je|u|jij)\s+toch\s+(?:wel\s+)?(?:verwachten|voorzien|weten)\b|\bwie\s+had\s+"
        r"(?:dat|dát)\s+(?:nou\s+)?kunnen\s+(?:zien\s+aankomen|voorspellen)\b",
        # the lesson hoped for ("Hopelijk heb je hiervan geleerd dat ...", "Les geleerd."), what
        # the student could have known ("Je kon toch wel bedenken dat ...", "Dat had je kunnen
        # weten."), a part of it with the student ("een deel ligt ook bij jou", "ook een rol in")
        r"\b(?:hopelijk|ik\s+hoop)\b[^.?!]{0,30}\b(?:leer\w*|geleerd)\b|\bles\s+geleerd\b|"
        r"\bhier\s+leer\s+(?:je|jij|u)\b[^.?!]{0,15}\bvan\b",
        r"(?:\b(?:kon|kan|kun|kunt)\s+(?:je|jij|u)|\b(?:je|jij|u)\s+(?:kon|kan|kunt|kun))\s+(?:toch\s+)?(?:wel\s+)?"
        r"(?:verwachten|bedenken|weten|voorzien)\s+dat\b|\bhad\s+(?:je|jij|u)\s+(?:\w+\s+)?kunnen\s+(?:weten|verwachten|bedenken|voorzien)\b",
        r"\b(?:een\s+deel|deels|een\s+stuk)\s+(?:\w+\s+)?ligt\s+(?:\w+\s+){0,3}bij\s+(?:jou|u|je|jezelf|uzelf)\b|"
        r"\b(?:zelf\s+)?ook\s+een\s+rol\s+in\b",
    ),
    "en": _rx(
        r"\b(?:accept|take|own)\s+(?:some\s+|your\s+share\s+of\s+(?:the\s+)?|a\s+bit\s+of\s+)?(?:responsibility|"
        r"blame|your\s+part)\b|\byou\s+(?:played|had)\s+(?:your|a)\s+part\b|\b(?:some|your)\s+(?:fault|"
        r"blame)\s+(?:on\s+your\s+side|too|as\s+well|also)\b|(?:\bnot|n't|\bain't)\s+(?:exactly|completely|"
        r"totally|entirely|all\s+that)\s+innocent\b|\btakes\s+two\s+to\s+tango\b|\byou\s+both\s+made\s+"
        r"mistakes\b",
        r"\blet\s+this\s+(?:serve\s+as|be)\s+(?:a\s+)?(?:reminder|lesson|warning)\b|\bsurely\s+you\s+"
        r"(?:could|must|should)\s+have\s+(?:foreseen|anticipated|expected|known|seen)\b|\bwho\s+could(?:'ve|"
        r"\s+have)\s+seen\s+that\s+coming\b|\bwho'?d\s+have\s+guessed\b",
        # the lesson hoped for, what the student could have seen coming, a part of it on them
        r"\bi\s+hope\b[^.?!]{0,30}\b(?:taught|teaches|teach)\s+you\b|\blesson\s+learned\b|"
        r"\blearned\s+your\s+lesson\b",
        r"\byou\s+could\s+(?:\w+\s+)?(?:see\s+(?:this|it|that)\s+coming|have\s+seen\s+(?:this|it)\s+coming)\b",
        r"\b(?:some|part|a\s+bit)\s+of\s+(?:this|it|that)\s+is\s+on\s+you\b|\bplayed\s+(?:some|a|his|her)\s+"
        r"part\s+in\s+this\b",
    ),
}
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
        r"(?<!niet\s)(?<!geen\s)(?<!niet\sje\s)(?<!niet\sjouw\s)(?<!hun\s)(?<!haar\s)(?<!zijn\s)"
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
        r"\byou\s+(?:should|shouldn't|should\s+not|ought\s+to)\s+have\b(?!\s+to\b)",
        r"\bshouldn't\s+you\s+have\b",
        r"\b(?:didn't|did\s+not|don't)\s+you\s+know\s+(?:better|that\s+(?:it|this)\s+(?:was|is)"
        r"\s+(?:wrong|dangerous|risky|stupid))",
        r"\byou\s+(?:should\s+have\s+)?known\s+better\b",
        r"\bhow\s+(?:could|can)\s+you\s+be\s+(?:so\s+)?(?:stupid|naive|careless|silly)",
        r"\b(?:it's|it\s+is|that's|that\s+is|this\s+is)\s+(?:all\s+)?your\s+own\s+fault\b",
        r"(?<!not\s)(?<!n't\s)\byour\s+own\s+fault\b",
        r"\bdidn't\s+it\s+occur\s+to\s+you\b",
    ),
}

# Broader structures of blame: "why" about the student's own doing, counterfactuals ("if you
# hadn't sent it..."), "didn't you see...", judging the choice, "we warned you", "asking for it".
_BLAME_STRUCTURES = {
    "nl": _rx(
        r"(?<!snap\s)(?<!begrijp\s)(?<!weet\s)\bwaarom\b(?!\s+denk\s+je)(?!\s+(?:deed|doet|wilde|"
        r"zou)\s+(?:hij|zij|ze|die)\b)[^.?!]*\b(?:je|jij|u)\b",
        r"\bwaarom\s+(?:dan\s+)?(?:nog|nou|zomaar)\b",
        r"(?<!ook\s)(?<!zelfs\s)\b(?:als|wanneer)\s+(?:je|jij|u)\b[^.?!]*\b(?:had|hadden)\b[^.?!]*\b(?:was|had|zat|zou|"
        r"hadden|waren)\b",
        r"^\s*(?:en\s+)?had\s+(?:je|jij|u)\b[^.?!]*\b(?:maar|dan|nou)\b",
        r"\bzonder\s+(?:die|dat|jouw|je)\s+(?:foto|plaatje|filmpje|afbeelding|video)\b[^.?!]*\bhad\b",
        r"\b(?:had|zag|wist|merkte|snapte)\s+(?:je|jij|u)\s+(?:het\s+)?(?:nou\s+|dan\s+|echt\s+|"
        r"toen\s+)*niet\b",
        r"\bviel\s+het\s+(?:je|jou|u)\s+niet\s+op\b|\bhad\s+(?:je|u)\s+niet\s+kunnen\b",
        r"\b(?:vroeg|vraag|vraagt)\s+(?:je\s+)?(?:er|erom)\b[^.?!]{0,30}\bom\b|\bvraag\s+je\s+erom\b",
        r"\bje\s+zocht\s+het\b|\buitgelokt\b|\bover\s+je\s*(?:zelf\s+)?(?:af)?geroepen\b|\bafgeroepen\b",
        r"\b(?:domm?e?|stomm?e?|onverstandige?|niet\s+slim|naïef|naief|onnozel)\b[^.?!]*\b(?:van\s+je|van\s+jou|"
        r"van\s+jouw\s+kant|keuze|beslissing)\b",
        # "dat was dom van je"; not "iemand vertrouwen is nie dom"
        r"\b(?:was|is)\s+(?:(?!(?:niet|nie|geen|nooit)\b)[\w'’]+\s+){0,4}(?:dom|stom|onverstandig|"
        r"niet\s+slim)\b",
        r"\bhoe\s+verzin\s+je\b|\bwat\s+(?:bewoog|bezielde)\s+(?:je|jou|u)\b|\bweerhouden\b|"
        r"\bwat\s+(?:heeft|had)\s+(?:je|jou|u)\s+(?:er\s*toe\s+)?(?:bewogen|bezield)\b",
        # "hoe kan het dat je dit zo lang voor je hebt gehouden?": why, about the student's act
        r"\bhoe\s+kan\s+het\s+(?:nou\s+)?dat\s+(?:je|jij|u)\b[^.?!]{0,50}\b(?:hebt|heeft|had|bent|was)\b",
        # a share of the fault after a denial: "niet alleen jouw schuld, maar een beetje wel",
        # "jij hebt hier ook een aandeel in", "bij ruzie hebben beiden een rol"
        r"\bniet\s+(?:alleen|helemaal|volledig|enkel|geheel)\s+(?:jouw|je|uw)\s+(?:schuld|fout)\b[^.?!]{0,30}"
        r"\b(?:maar|wel)\b|\b(?:je|jij|u)\s+(?:hebt|heeft)\b[^.?!]{0,20}\b(?:een\s+)?aandeel\s+in\b|"
        r"\b(?:beiden|allebei)\s+(?:\w+\s+){0,2}(?:een\s+)?(?:rol|aandeel|schuld)\b",
        r"\b(?:we|wij)\s+hebben\s+(?:het|t)\s+(?:er\s+)?(?:\w+\s+){0,3}(?:over\s+)?gehad\b",
        r"\bhebben\s+(?:we|wij)\s+(?:het|t)\s+(?:er\s+)?(?:\w+\s+){0,3}over\s+(?:gehad|gezegd)\b",
        r"\b(?:zo\s+vaak|nog\s+zo\s+vaak)\s+(?:gezegd|gehad)\b",
        r"\bles\s+over\b[^.?!]*\btoch\b|\bgewaarschuwd\b|\bwist\s+je\s+toch\b",
        r"\bnu\s+pas\b",
    ),
    "en": _rx(
        r"(?<!understand\s)(?<!know\s)(?<!see\s)\bwhy\b(?!\s+do\s+you\s+think)(?!\s+(?:did|would|do|"
        r"does)\s+(?:he|she|they|that\s+person|someone)\b)[^.?!]*\b(?:you|u|ya|your|ur)\b",
        r"\bwhy\s+(?:not\s+)?(?:add|send|say|accept|go|trust|give|share|meet|agree|reply|click|"
        r"post|believe|chat|talk|keep|wait|another|more|again)\b(?!\s+(?:you|u)\s+think\b)",
        r"(?<!even\s)\bif\s+(?:you|u)(?:'d|\s+had|\s+hadn't|\s+hadnt|\s+had\s+not|\s+would\s+have|\s+just)\b"
        r"[^.?!]*\b(?:would|wouldn't|wouldnt|'d|never|could\s+have|might\s+have|wouldve)\b",
        r"(?<!what\s)(?<!where\s)(?<!when\s)(?<!how\s)(?<!who\s)(?<!which\s)"
        r"\bhad\s+(?:you|u)\s+(?:not\s+)?\w+[^.?!]*\b(?:would|could|might)\b",
        r"\bwithout\s+(?:that|the|your)\s+(?:photo|pic|picture|image|video|nude)s?\b[^.?!]*"
        r"\b(?:would|'d|could)\b",
        r"\b(?:didn't|didnt|did\s+not)\s+(?:you|u)\s+(?:\w+\s+)?(?:realise|realize|see|notice|know|"
        r"check|think)\b",
        r"\bdid\s+(?:you|u)\s+(?:seriously\s+|really\s+|honestly\s+)?not\s+(?:see|realise|realize|"
        r"notice|know|check)\b",
        r"\b(?:could|couldn't)\s+(?:you|u)\s+not\s+have\b|\byou\s+could\s+have\s+(?:seen|known|"
        r"noticed|guessed|told|realised|realized|checked)\b",
        r"\bdidn't\s+it\s+(?:strike|occur)|\bwhat\s+(?:stopped|possessed|led|made|kept)\s+(?:you|u)\b",
        r"\basking\s+for\s+it\b|\blooking\s+for\s+trouble\b|\bprovoked\b|\b(?:up)?on\s+yourself\b",
        r"\bif\s+(?:you|u)\b[^.?!]*\b(?:sooner|earlier|straight\s+away|right\s+away|at\s+once)\b"
        r"[^.?!]*\b(?:would|wouldn't|wouldnt|'d)\b",
        r"\b(?:stupid|dumb|unwise|ill-advised|foolish|naive|not\s+smart|careless|reckless)\b[^.?!]*"
        r"\b(?:of\s+you|on\s+your\s+part|choice|decision)\b",
        r"\b(?:was|is|that's|thats|wasn't)\s+(?:\w+\s+){0,3}(?:stupid|dumb|unwise|foolish|smart\s+of)\b",
        r"\bwe\s+(?:\w+\s+)?(?:talked|went\s+over|had\s+a\s+(?:whole\s+)?lesson|warned|told\s+you|"
        r"said\s+it)\b",
        r"\bwarned\b|\bso\s+many\s+times\b|\byou\s+knew\s+(?:you\s+should|better|what\s+he)",
        r"\bonly\s+(?:now|telling|saying)\b|\bso\s+late\b",
        # "how come you kept it to yourself?"
        r"\bhow\s+come\s+(?:you|u)\b",
        # a share of the fault after a denial: "It isn't all your fault, but some of it is",
        # "you're partly to blame", "not totally blameless either"
        r"\bnot\s+(?:all|only|entirely|completely|totally|wholly|just)\s+(?:your\s+fault|on\s+you)\b[^.?!]{0,30}"
        r"\bbut\b[^.?!]{0,25}\b(?:some|part|partly|bit)\b|\b(?:partly|partially|also|too)\s+to\s+blame\b|"
        r"\bto\s+blame\s+(?:too|as\s+well)\b|\bnot\s+(?:totally|entirely|completely|wholly)\s+blameless\b",
    ),
}

# Praise for telling ("goed dat je het niet meer geheim houdt"): about the student's act of
# telling, never a promise or a reproach.
_PRAISE = {
    "nl": _rx(
        r"\b(?:goed|fijn|knap|sterk|dapper|moedig|fijn)\s+(?:dat|van\s+je\s+dat)\s+(?:je|jij)\b",
        r"\b(?:je|jij)\s+(?:hebt|heeft)\s+(?:er\s+)?goed\s+aan\s+gedaan\b",
    ),
    "en": _rx(
        r"\b(?:good|great|glad|brave|well\s+done|right)\b[^.?!]{0,12}\b(?:you|u|ya)\s+"
        r"(?:did|didn't|didnt|told|said|stopped|came|decided|chose)\b",
        r"\byou\s+did\s+(?:the\s+)?right\s+(?:thing\s+)?(?:to|by)\b|\bgood\s+on\s+(?:you|u|ya)\b",
        # praise for what protects the student ("very sensible of you to take screenshots");
        # "smart of you to send it" keeps its sarcasm
        r"\b(?:sensible|smart|clever|wise|brave|good|great)\s+of\s+(?:you|u)\s+to\s+(?:take\s+screenshots|"
        r"screenshot|save|keep\s+(?:the\s+)?(?:evidence|messages|proof)|block|report|tell|come|talk|ask|"
        r"stop|say\s+no|speak\s+up)\b",
        r"\b(?:good|great|glad|brave|right)\b[^.?!]{0,15}\b(?:you're|you\s+are)\s+(?:not\s+)?"
        r"(?:telling|keeping|talking|here|sharing)\b",
    ),
}
# A label of fault ("eigen schuld", "your own fault") that the sentence itself denies or
# reports as someone else's wrong view is reassurance, not blame.
_FAULT_LABEL = {
    "nl": _rx(r"\bschuld\b|\bdikke\s+bult\b|\bover\s+je(?:zelf)?\s+afgeroepen"),
    "en": _rx(
        r"\bfault\b|\bbrought\s+it\s+on\b|\basked\s+for\s+it\b|\bhad\s+it\s+coming\b|"
        r"\bown\s+doing\b"
    ),
}
# Someone else's words reported ("Hij zei dat het je eigen schuld was", "He called it your own
# fault"): a fault label in them is his, not the adviser's.
_REPORTED = {
    "nl": _rx(
        r"\b(?:hij|zij|ze|die|iemand|mensen|(?-i:(?!(?:Je|Jij|Ik|We|Wij|Ge|Gij|Jullie)\b)[A-Z][a-zà-ÿ]+))\s+"
        r"(?:zei|zegt|noemde|noemt|riep|roept|"
        r"schreef|schrijft|appte|vond|vindt)\b|\b(?:zei|zegt|noemde|noemt|riep|schreef|appte)\s+(?:hij|zij|ze)\b",
    ),
    "en": _rx(
        r"\b(?:he|she|they|someone|people|(?-i:(?!(?:You|We)\b)[A-Z][a-z]+))\s+(?:said|says|called|calls|"
        r"wrote|writes|texted|"
        r"told\s+you)\b|\b(?:said|says|wrote)\s+(?:he|she|they)\b",
    ),
}


def _reported_label(sentence: str, blame: re.Match[str], language: str) -> bool:
    """A fault label in someone else's reported words: after the frame with no "maar"/"but"
    between ("Ze zei tegen je dat het je eigen schuld was"), or with the frame right after it
    ("Eigen schuld, zei hij."); not "Hij zei sorry, maar het is je eigen schuld"."""
    if not _FAULT_LABEL[language].search(blame.group()):
        return False
    for frame in _REPORTED[language].finditer(sentence):
        if frame.end() <= blame.start():
            if not _CONTRAST[language].search(sentence[frame.end() : blame.start()]):
                return True
        elif re.fullmatch(r"[\s,]*", sentence[blame.end() : frame.start()]):
            return True
    return False


_DENIAL = {
    "nl": _rx(
        r"\bklopt\s+(?:\w+\s+){0,2}niet\b|\b(?:is|was)\s+(?:het\s+)?niet\s+(?:zo|waar)\b|\bniet\s+waar\b",
        r"\bnee\b|\b(?:hebben|heeft|hebt|zit|zitten)\s+(?:het\s+)?(?:helemaal\s+)?mis\b|\bonzin\b",
        r"\bbestaat\b[^.?!]{0,20}\bniet\b|\bdeel\s+ik\s+niet\b|\bniet\s+(?:opgaat|geldt)\b",
        r"\bgeen\s+sprake\b",
    ),
    "en": _rx(
        r"\bwrong\b|\bnot\s+true\b|\bisn't\s+(?:true|so|the\s+case)\b|\bnonsense\b|\brubbish\b",
        r"\b(?:doesn't|does\s+not|don't|do\s+not)\s+(?:apply|share|agree|hold)\b|\bno\b[.!]",
        r"\bit\s+isn't\b|\bit\s+is\s+not\b|\bthat's\s+not\s+(?:true|right|how)\b",
    ),
}
# The adviser explaining their own question ("Waarom ik dit vraag: ...").
_OWN_REASON = {
    "nl": _rx(
        r"^\s*waarom\s+ik\b",
        # what brought the student here, or how they feel: asked openly, no reproach ("Ik ben
        # benieuwd waarom je juist vandaag bent gekomen"), unless it was late ("nu pas")
        r"^(?![^.?!]*\b(?:nu\s+pas|pas\s+nu|zo\s+laat|nou\s+pas)\b)[^.?!]*\b(?:waarom|wat\s+(?:maakte|"
        r"maakt|bracht|deed))\s+(?:(?:dat|ertoe\s+dat)\s+)?(?:je|jij|u)\s+(?:\w+\s+){0,3}(?:gekomen|"
        r"komt|kwam|kwamen|bent\s+gekomen|hier\s+bent|het\s+nu\s+vertelt|besloot|besloten|"
        r"(?:het\s+)?(?:aan\s+)?(?:mij|iemand)\s+(?:te\s+)?(?:vertellen|vertelde|vertelt))\b",
        r"\bwat\s+(?:maakte|maakt)\s+dat\s+(?:je|jij|u)\s+(?:je|zich)\s+(?:zo\s+)?(?:voelde|voelt)\b",
        # the adviser's own reasons explained ("Ik leg je uit waarom ik je ouders wil bellen"),
        # a why-question the adviser says they will not ask, an invitation put as "why not"
        r"\b(?:uitleggen|uitleg\w*|toelichten|toe\s+te\s+lichten|eerlijk|zeg\s+(?:je|jou|u)|vertel\s+(?:je|jou|u))"
        r"\s+(?:\w+\s+){0,2}?waarom\s+(?:ik|we|wij|het)\b|\blicht\s+(?:\w+\s+){0,2}toe\s+waarom\b",
        r"\b(?:niet|nooit)\s+(?:\w+\s+){0,2}?vragen\s+waarom\b|\bvraag\s+(?:je|jou|u)\s+niet\s+waarom\b",
        # the student's say asked ("Als jij het voor het zeggen had, wat ...?")
        r"\bals\s+(?:jij|je|u|gij|ge)\s+(?:het\s+)?(?:voor\s+het\s+zeggen\s+had|mocht\s+kiezen|kon\s+kiezen|"
        r"zelf\s+mocht\s+beslissen|een\s+wens\s+mocht\s+doen)\b",
    ),
    "en": _rx(
        r"^\s*why\s+i(?:'m|\s+am|\s+ask)?\b",
        # what brought the student here, or how they feel: asked openly, no reproach ("What
        # made you decide to come today?"), unless it was late ("only now")
        r"^(?![^.?!]*\b(?:only\s+now|so\s+late|only\s+just)\b)[^.?!]*\b(?:why|how\s+come|what\s+(?:made|led|"
        r"brought|got))\s+(?:did\s+)?(?:you|u)(?:'ve|\s+have)?\s+(?:to\s+)?(?:decide\s+to\s+|choose\s+to\s+|"
        r"decided\s+to\s+|chose\s+to\s+|want\s+to\s+|wanted\s+to\s+)?(?:come|came|here|reach\s+out|"
        r"reached\s+out|talk\s+to\s+me|are\s+here|'re\s+here|tell\s+(?:me|us|someone|somebody|"
        r"anyone|anybody|an\s+adult)|open\s+up|speak\s+up)\b",
        r"\bwhat\s+made\s+(?:you|u)\s+feel\b",
        # the adviser's own reasons explained ("Let me explain why I want to ring your mum"), a
        # why-question the adviser says they will not ask, an invitation put as "why not"
        r"\b(?:explain|honest\s+about|tell\s+you|say)\s+(?:\w+\s+){0,2}?why\s+(?:i|we|it|involving|"
        r"telling|calling)\b",
        r"\b(?:not|never|n't|won't)\s+(?:going\s+to\s+|gonna\s+)?ask(?:ing)?\s+(?:you\s+)?why\b",
        r"^\W*(?:(?:so|and|okay|ok|well)\W+)?why\s+(?:don't|dont|not)\s+(?:you\s+)?(?:tell|show|walk|talk|"
        r"start|take)\s+(?:me|us)\b",
        # the student's say asked ("If you had to name one thing, what would it be?")
        r"\bif\s+(?:you|u)\s+(?:had\s+to\s+(?:name|choose|pick|say)|could\s+(?:choose|pick|decide|"
        r"change\s+one)|were\s+in\s+charge|had\s+(?:a|the)\s+say)\b",
    ),
}

# Reassurance about fault is the opposite of blame.
_REASSURE = {
    "nl": _rx(
        r"\b(?:niet|nooit|geen)\s+(?:jouw|je|je\s+eigen)\s+(?:schuld|fout)",
        r"\bgeen\s+schuld\b|\bligt\s+(?:aan|bij)\s+(?:hem|haar|hen|de\s+dader)\b|"
        r"\b(?:niet|nooit)\s+(?:de|degene\s+die)\s+(?:schuldige|fout\s+zat)\b",
        r"\b(?:je|jij)\s+(?:had|kon)\s+(?:het\s+|dat\s+)?niet\s+(?:kunnen\s+)?weten\b",
        # "Niet erg dat je het nu pas zegt", "Je hebt niks verkeerd gedaan door ...": no reproach
        r"\b(?:niet|helemaal\s+niet|geen)\s+(?:erg|probleem)\s+dat\s+(?:je|jij|u)\b",
        r"\b(?:je|jij|u)\s+(?:hebt|heeft)\s+(?:niks|niets)\s+(?:verkeerd|fout)\s+gedaan\b",
        # "Hoe had jij dat kunnen weten?", "Dat kon je niet weten", "niemand had het kunnen zien
        # aankomen"; not "Dat had je kunnen weten." (what the student should have known)
        r"\b(?:had|kon)\s+(?:(?:jij|je|u)\s+(?:dat\s+|het\s+)?(?:\w+\s+)?niet|niemand\s+(?:dat\s+|het\s+)?"
        r"(?:niet\s+)?)\s*(?:kunnen\s+)?(?:weten|voorzien|zien\s+aankomen)\b|\bhoe\s+(?:had|kon)\s+(?:jij|je|u)\s+"
        r"(?:dat\s+|het\s+)?(?:\w+\s+)?(?:kunnen\s+)?(?:weten|voorzien|zien\s+aankomen)\b|"
        r"\bniemand\s+had\s+dat\s+gekund\b",
        r"\bkunt?\s+(?:jij|je)\s+(?:hier|daar|er)?\s*(?:niks|niets)\s+aan\s+doen",
        r"\bhoeft\s+(?:je|jij)\s+(?:niet|nergens)\s+(?:voor\s+)?(?:te\s+)?"
        r"(?:schamen|schuldig)",
        r"\b(?:schuld|verantwoordelijkheid)\s+ligt\s+(?:bij\s+)?(?:hem|haar|hen|degene|de\s+"
        r"dader|niet\s+bij\s+jou)",
        # "zou je niet moeten hoeven": unfair to the student, the opposite of a reproach
        r"\b(?:zou|zouden|hoort|hoor)\s+(?:\w+\s+){0,3}niet\s+(?:\w+\s+){0,4}(?:te\s+)?hoeven\b",
        r"\b(?:ben|bent)\s+(?:jij|je|u)\s+niet\s+verantwoordelijk\b|\b(?:jij|je|u)\s+(?:bent|ben)\s+"
        r"(?:daar\s+|hier\s+)?niet\s+verantwoordelijk\b",
    ),
    "en": _rx(
        # "It's fine that you're only saying now": no reproach
        r"\b(?:it's|it\s+is|that's|that\s+is)\s+(?:fine|ok|okay|alright|all\s+right|no\s+problem)"
        r"\s+that\s+(?:you|u)\b",
        r"\b(?:not|never|isn't|wasn't|is\s+not|was\s+not)\s+(?:your|your\s+own)\s+"
        r"(?:fault|doing|blame)",
        r"\b(?:this|that|it)\s+is\s+on\s+(?:him|her|them)\b|\b(?:that's|thats|it's|its)\s+on\s+(?:him|her|"
        r"them)\b|\b(?:his|her|their)\s+(?:responsibility|fault|choice|doing)\b[^.?!]{0,10}\bnot\s+(?:yours|"
        r"you)\b",
        r"\byou\s+(?:couldn't|could\s+not)\s+(?:have\s+)?(?:known|guessed|seen\s+it\s+coming)\b",
        r"\bno\s+way\s+(?:you\s+)?(?:could(?:'ve|\s+have)|to)\s+(?:known|know|guessed|seen)\b|"
        r"\bnobody\s+could(?:'ve|\s+have)\s+(?:known|seen)\b",
        r"\bnot\s+(?:on|to\s+blame)\s+you\b|\byou(?:'re|\s+are)\s+not\s+to\s+blame\b|"
        r"\b(?:isn't|isnt|wasn't|is\s+not|was\s+not)\s+on\s+(?:you|u)\b",
        r"\b(?:none|nothing)\s+of\s+this\s+is\s+(?:on\s+you|your\s+fault)",
        r"\bnothing\s+to\s+be\s+ashamed\s+of\b|\bno\s+need\s+to\s+(?:feel\s+)?"
        r"(?:ashamed|guilty)",
        r"\b(?:blame|responsibility)\s+(?:lies|is)\s+with\s+(?:him|her|them|the\s+person)",
        # "shouldn't have to": unfair to the student, the opposite of a reproach
        r"\b(?:shouldn't|should\s+not|never\s+should)\s+have\s+to\b",
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
# A modal "toch" inside a closed question does what a tag does: "Dat was toch Daan die de foto
# heeft doorgestuurd?" asks the student to confirm what the adviser already holds true (walk 15,
# W15-6: it was shown as a yes/no question triggered by "Dat"). Not "maar toch"/"en toch"
# (nevertheless), "toch nog"/"toch maar" (still, anyway), nor in a wh-question ("Hoe kan dat
# toch?"), see _particle_tag.
_TAG_PARTICLE = {
    "nl": _rx(r"(?<!\bmaar\s)(?<!\ben\s)(?<!\bnu\s)\btoch\b(?!\s+(?:nog|maar)\b)(?=[^?]*\?\s*$)"),
    "en": re.compile(r"(?!x)x"),
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

# Broader presumptions: hedged guesses about feelings or facts ("volgens mij was je doodsbang",
# "I reckon he planned it"), declarative questions that presume ("So you sent it yourself?"),
# and tags typed without their question mark ("he knew your age right").
_PRESUME_STRUCTURES = {
    "nl": _rx(
        r"\bvolgens\s+mij\b|\bdenk\s+ik\b|\bik\s+gok\b|\bmij\s+lijkt\s+(?:het|dat)\b"
        r"|\bhet\s+lijkt\s+erop\s+dat\b|\bik\s+weet\s+zeker\b|\bnaar\s+alle\s+waarschijnlijkheid\b"
        r"|\bvermoedelijk\b|\bwaarschijnlijk\b|\bsowieso\b|\bongetwijfeld\b|\blet\s+maar\s+op\b",
        r"\bik\s+denk\s+dat\b(?!\s+(?:het\s+)?(?:\w+\s+)?(?:goed|knap|dapper|fijn|belangrijk|sterk))",
        r"\bik\s+kan\s+me\s+voorstellen\s+dat\s+(?:je|jij)\b",
        r"(?<!niet\s)(?<!weet\s)(?<!het\s)\bzeker\b(?!\s+weten)(?!\s+niet)",
        r"\bnatuurlijk\b(?!\s+(?:mag|mogen|kun|kan|kunt|is\s+het\s+goed|help|helpen|niet))",
        # not "vastleggen" split ("leg ik vast"), nor the adjective ("een vast plan")
        r"(?<!zit\s)(?<!zat\s)(?<!zaten\s)(?<!\been\s)(?<!\bleg\s)(?<!\blegt\s)(?<!\bleg\sik\s)"
        r"(?<!\bzet\s)(?<!\bzet\sik\s)(?<!\bhoud\s)(?<!\bhou\s)\bvast\b(?!\s*[.?!]*\s*$)",
        r"\bexpres\b|\bmet\s+opzet\b|\bbewust\b",
        r"\bmoet\s+(?:het|dat|dit)\b[^.?!]*\bhebben\b",
        # a tag typed without its question mark; a bare "toch." ends a statement as "all the
        # same" ("Ondanks je twijfel zit je hier toch.") and needs a comma or "?" to be a tag
        r"\b(?:hè|hé|of\s+niet(?:\s+soms)?|nietwaar)\s*[?.!]*\s*$|,\s*toch\s*[?.!]*\s*$|\btoch\s*\?+\s*$"
        r"|\btoch\s*$",
        r"^\s*(?:en\s+)?dus\s+(?:je|jij)\b|\b(?:je|jij)\b[^.?!]*\bdus\b[^.?!]*\b(?:zelf|gewoon)\b"
        r"|\bals\s+ik\s+het\s+goed\s+begrijp\b",
    ),
    "en": _rx(
        r"\bi\s+reckon\b|\bbet\s+(?:you|u|he|she|it)\b|\bmy\s+guess\s+is\b|\bin\s+all\s+likelihood\b"
        r"|\bit\s+(?:seems|appears)\s+(?:to\s+me\s+)?(?:that\s+)?(?:you|u|he|she|they|this|it)\b"
        r"|\bi\s+can\s+tell\s+(?:you|u)\b|\bi(?:'m|\s+am)\s+sure\s+(?:you|u|he|she|it|they|that)\b"
        r"|\bi\s+think\s+(?:you|u|he|she|they|this\s+has|that\s+was|it\s+was)\b",
        # a guess about what happened; not the adviser's forecast ("Your parents will probably
        # need to know")
        r"(?<!will\s)(?<!'ll\s)(?<!’ll\s)\b(?:probably|prob|def|definitely|presumably)\b|\bmust've\b|"
        r"\bof\s+course\b",
        # a tag typed without its question mark ("he knew your age right"), or after a comma; a
        # statement that ends in "right." is no tag ("I just want to get it right.")
        r"(?<!me),\s*(?:right|innit|yeah|eh|isn't\s+that\s+so|(?:were|was|did|do|does|is|are|have|has)"
        r"n't\s+(?:you|he|she|it|they)|(?:were|was|did|do|does|is|are|have|has)\s+(?:you|he|she|it"
        r"|they)\s+not)\s*[?.!]*\s*$",
        r"(?<!me)\s(?:right|innit|yeah|eh|isn't\s+that\s+so|(?:were|was|did|do|does|is|are|have|has)"
        r"n't\s+(?:you|he|she|it|they)|(?:were|was|did|do|does|is|are|have|has)\s+(?:you|he|she|it"
        r"|they)\s+not)\s*\?*\s*$",
        r"^\s*(?:and\s+)?(?:so|if\s+i\s+(?:understand|get)\s+(?:it\s+|this\s+|you\s+)?"
        r"(?:correctly|right)),?\s*(?:you|u)\s+(?!think|feel|said|want|need|mean|know)\w+",
        r"\b(?:sent|shared|posted|gave|made|sent\s+it)\b[^.?!]*\b(?:yourself|urself)\b",
        r"^\s*(?:you|u)\s+\w+(?:ed|t)\b[^?]*,\s*then\s*\?",
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
# Minimal prompts ("En toen?", "And then what?") keep the student talking: they are open.
_MINIMAL_NL = (
    r"^\s*(?:(?:ja|oké|ok|hm+|mm+|en)\s*,?\s*)*(?:toen|dan|daarna|verder|nog\s+meer|"
    r"wat\s+toen|wat\s+dan|wat\s+nog\s+meer)?\s*(?:\.\.\.|…)?\s*\??\s*$"
)
_MINIMAL_EN = (
    r"^\s*(?:(?:yes|yeah|okay|ok|so|and|hm+|mm+|right)\s*,?\s*)*(?:then|then\s+what|what\s+then"
    r"|after\s+that|what\s+next|anything\s+else|what\s+else)?\s*(?:\.\.\.|…)?\s*\??\s*$"
)
_INVITATION = {
    "nl": _rx(
        r"^\s*(?:en\s+)?(?:vertel|beschrijf|leg|zeg|omschrijf|noem|laat\s+me|help\s+me)\b",
        # NICHD codes "Kun je (me) ... vertellen/beschrijven?" as an invitation, not yes/no;
        # the verb comes last in Dutch, so anything may stand between.
        r"^\s*(?:en\s+|oké,?\s+|ok,?\s+)?(?:kun|kan|kunt|zou|zoudt|wil|wilt)\s+(?:je|jij|u)\b"
        r"(?!\s+dat\s+(?:ik|we|wij|hij|ze|zij)\b)"
        r"[^?]*\b(?:vertellen|beschrijven|uitleggen|omschrijven|toelichten|vertellen\s+over|"
        r"zeggen\s+wat|laten\s+zien|meenemen)\b(?!\s+of\b)",
        # an indirect wh-question ("Heb je enig idee waarom ...?")
        r"^\s*(?:(?:heb|hebt|heeft)\s+(?:je|jij|u)\s+)?(?:enig|een)\s+idee\s+(?:waarom|wat|hoe|wie|waar|"
        r"wanneer)\b",
        # the same request behind another polite lead ("Heb je zin om te vertellen ...?", "Lukt
        # het om ... te beschrijven?", "Mag ik vragen wat ...?"): an invitation, asked of the
        # adviser ("me", "meer", "wat ...") and not whether to tell someone else
        r"^\s*(?:en\s+|oké,?\s+|ok,?\s+)?(?:(?:(?:heb|hebt|heeft)\s+(?:je|jij|u)\s+)?zin\s+om|lukt\s+het"
        r"(?:\s+(?:je|jou|u))?|(?:vind|vindt)\s+(?:je|jij|u)\s+het\s+(?:goed|fijn|oké|ok|prettig)\s+om|"
        r"(?:durf|durft)\s+(?:je|jij|u)|zou\s+(?:je|jij|u)\s+(?:het\s+)?(?:fijn|goed)\s+vinden\s+om)\b"
        r"(?=[^?]*\b(?:me|mij|ons|meer|iets|wat|hoe|wie|waar|wanneer|daar|erover)\b)[^?]*\b(?:te\s+)?"
        r"(?:vertellen|beschrijven|uitleggen|omschrijven|toelichten|zeggen|delen|laten\s+zien|schetsen)"
        r"\b(?!\s+of\b)",
        r"^\s*(?:en\s+|oké,?\s+|ok,?\s+)?mag\s+ik\s+(?:je|u)?\s*(?:\w+\s+)?vragen\s+(?:wat|hoe|wie|waar|"
        r"wanneer|waarom|welke)\b",
        # asked to tell or to show what the student has ("Mag ik u vragen om het eens te
        # vertellen?", "Die screenshots, mag ik die eens zien?", "neem me even mee?")
        r"^\s*(?:en\s+|oké,?\s+|ok,?\s+)?mag\s+ik\s+(?:je|jou|u)\s+vragen\s+om\b[^?]*\b(?:te\s+)?"
        r"(?:vertellen|beschrijven|uitleggen|laten\s+zien)\b",
        r"\bmag\s+ik\s+(?:die|dat|ze|het)\s+(?:\w+\s+)?(?:eens\s+|even\s+)?zien\s*\??\s*$",
        r"^\s*(?:en\s+)?neem\s+(?:me|mij)\s+(?:\w+\s+)?mee\b",
        r"^\s*(?:en\s+|oké,?\s+|ok,?\s+)?(?:kun|kan|kunt|zou|wil|wilt)\s+(?:je|jij|u)\b[^?]*\b(?:meer|"
        r"iets)\b[^?]*\b(?:over\s+)?(?:zeggen|delen|kwijt)\s*\??\s*$",
        r"^\s*(?:en\s+|oké,?\s+|ok,?\s+)?(?:kun|kan|kunt|zou|wil|wilt)\s+(?:je|jij|u)\s+(?:me|mij|ons)?"
        r"\s*(?:een\s+)?(?:idee|beeld|indruk)\s+geven\b",
        r"^\s*(?:en\s+)?(?:wil|wilt|zou)\s+(?:je|jij|u)\s+(?:nog\s+)?(?:iets|wat)\s+(?:\w+\s+)?"
        r"(?:toevoegen|kwijt)\b",
        _MINIMAL_NL,
        r"^\s*(?:en\s+)?(?:wat\s+nog\s+meer|is\s+er\s+nog\s+(?:iets|meer)(?:\s+\w+)*)\s*\??\s*$",
        r"^\s*(?:hm+|mm+|ja|oké|ok|aha)\s*[.?!]?\s*$",
        r"^\s*ga\s+(?:maar\s+)?(?:door|verder)\b",
        r"^\s*je\s+(?:zei|vertelde|noemde)\b[^?]*\.\s*vertel\b",
    ),
    "en": _rx(
        r"^\s*(?:and\s+)?(?:tell|describe|explain|walk|talk|say|help|go\s+on|carry\s+on|"
        r"keep\s+going)\b",
        r"^\s*(?:and\s+|so,?\s+|okay,?\s+|ok,?\s+)?(?:can|could|would|will)\s+(?:you|u)\s*"
        # an aside between: "Could you, if you like, um, tell me ..."
        r"(?:,[^,?]{1,25})*,?\s+(?:be\s+(?:able|willing)\s+to\s+)?(?:please\s+|maybe\s+|perhaps\s+|just\s+)*(?:tell|describe|explain|say\s+(?:a\s+(?:bit|little)\s+)?more|talk|walk|"
        r"help\s+me\s+understand|go\s+through|take\s+me\s+through|take\s+(?:me|us)\s+back|share|show\s+me)\b"
        r"(?!(?:\s+me)?\s+(?:if|whether)\b)",
        # the subject left out, as a learner of English may ("Can tell me from the beginning?",
        # "Can share with me what happened?")
        r"^\W*(?:and\s+|so,?\s+)?can\s+(?:tell|share|explain|describe)\s+(?:me|us|with\s+me)\b"
        r"(?!\s+(?:if|whether)\b)",
        # an indirect wh-question ("Any idea why ...?")
        r"^\s*(?:(?:do|did)\s+(?:you|u)\s+(?:have|got)\s+|have\s+you\s+got\s+|got\s+)?any\s+idea\s+"
        r"(?:why|what|how|who|where|when)\b",
        # the same request behind another polite lead ("Would you like to tell me ...", "Do you
        # want to talk about it?", "Are you able to describe ...", "Would you mind telling me
        # ..."), asked of the adviser and not whether to tell someone else or whether a fact holds
        r"^\s*(?:and\s+|so,?\s+|okay,?\s+|ok,?\s+)?(?:(?:do|would|did)\s+(?:you|u)\s+(?:want|wanna|like|"
        r"feel\s+(?:able|ready|like|up\s+to|okay|ok))|would\s+(?:you|u)\s+mind|(?:are|r)\s+(?:you|u)\s+"
        r"(?:able|ready|okay|ok|happy|comfortable|up\s+for)|would\s+(?:you|u)\s+be\s+(?:comfortable|happy|"
        r"okay|ok|up\s+for)|do\s+you\s+think\s+you\s+(?:could|can|would\s+be\s+able))\b[^?]{0,40}?\b"
        r"(?:tell(?:ing)?\s+(?:me|us)|tell(?:ing)?\s+(?:a\s+bit\s+|a\s+little\s+)?(?:more|about|what|how|"
        r"who|where|when)|describ\w*|explain\w*|talk(?:ing)?\s+(?:to\s+me\s+)?(?:about|through|more)|"
        r"walk(?:ing)?\s+me|tak(?:e|ing)\s+me\s+through|go(?:ing)?\s+through|shar(?:e|ing)\s+(?:a\s+bit\s+|"
        r"more|what|how|with\s+me)|say(?:ing)?\s+(?:a\s+bit\s+|a\s+little\s+)?more|fill(?:ing)?\s+me\s+in|"
        r"put(?:ting)?\s+(?:it\s+)?into\s+words)\b(?!(?:\s+me)?\s+(?:if|whether)\b)",
        # the same in chat ("wanna walk me through it?", "mind telling me what happened?") and
        # asked to show what the student has ("would you be willing to show me what you have?")
        r"^\s*(?:and\s+|so,?\s+|okay,?\s+|ok,?\s+)?(?:wanna|want\s+to|mind|would\s+you\s+be\s+willing"
        r"\s+to|(?:would|do)\s+(?:you|u)\s+mind|willing\s+to)\s+(?:walk(?:ing)?\s+me|tell(?:ing)?\s+me|"
        r"show(?:ing)?\s+me|talk(?:ing)?\s+me\s+through|tak(?:e|ing)\s+me\s+through|fill(?:ing)?\s+me"
        r"\s+in|let(?:ting)?\s+me\s+(?:see|have\s+a\s+look))\b(?!(?:\s+me)?\s+(?:if|whether)\b)",
        r"^\s*(?:and\s+|so,?\s+|okay,?\s+|ok,?\s+)?(?:can|could|may)\s+i\s+ask\s+(?:you\s+)?(?:what|how|"
        r"who|where|when|which|to\s+(?:tell|describe|explain|walk))\b",
        r"^\s*(?:and\s+|so,?\s+|okay,?\s+|ok,?\s+)?(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|"
        r"maybe\s+|perhaps\s+|just\s+)*give\s+me\s+(?:an?\s+|some\s+)?(?:idea|sense|picture|feel)\b",
        r"^\s*(?:and\s+)?(?:do|did|would)\s+(?:you|u)\s+(?:want|like)\s+to\s+add\s+(?:anything|something|"
        r"more)\b",
        _MINIMAL_EN,
        r"^\s*(?:is\s+there\s+)?anything\s+else(?:\s+\w+)*\s*\??\s*$",
        r"^\s*(?:mm+|hm+|uh\s*huh|okay|ok|right|i\s+see)\s*[.?!]?\s*$",
        r"^\s*you\s+(?:said|mentioned|told\s+me)\b[^?]*\.\s*tell\b",
    ),
}
_PREPOSITIONS = {
    "nl": frozenset(
        [
            "met",
            "van",
            "op",
            "sinds",
            "in",
            "voor",
            "naar",
            "bij",
            "door",
            "over",
            "tot",
            "aan",
            "uit",
            "vanaf",
            "tegen",
            "om",
        ]
    ),
    "en": frozenset(
        [
            "in",
            "at",
            "since",
            "with",
            "from",
            "to",
            "for",
            "by",
            "about",
            "on",
            "after",
            "until",
            "into",
        ]
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
_PLATFORM_ALIASES = {"insta": "instagram", "snap": "snapchat", "x.com": "twitter"}
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


def _words(text: str) -> list[str]:
    return text.split()


# Who might have done it, in the words of family, friends, clubs and neighbours. People the
# student may want told (parents, mentor, teachers) are left out: asking about them steers
# nothing. Plain "vriend"/"friend" is too common in clean questions to count.
_PERSONS = {
    "nl": frozenset(
        _words(
            """ex ex-vriend ex-vriendje ex-vriendin exvriend vriendje beste broer zus zusje broertje
        stiefbroer stiefzus stiefvader stiefmoeder halfbroer halfzus neef nicht oom tante opa
        buurman buurvrouw buurjongen buurmeisje trainer trainster coach klasgenoot klasgenote
        teamgenoot teamgenote oppas baas collega"""
        )
    ),
    "en": frozenset(
        _words(
            """ex ex-boyfriend ex-girlfriend boyfriend girlfriend best brother sister stepbrother
        stepsister stepdad stepfather stepmum stepmom stepmother half-brother half-sister cousin
        uncle aunt grandad neighbour neighbor coach trainer classmate teammate babysitter boss
        colleague team club"""
        )
    ),
}
# Where it happened or went round: a place or channel the student never named is a detail too.
_PLACES = {
    "nl": frozenset(
        _words(
            """groepsapp klassenapp appgroep groepschat klassenchat website kleedkamer
            kleedkamers wc toilet toiletten gymzaal feestje feest schoolreis kamp werkweek bus
            kantine slaapfeestje"""
        )
    ),
    "en": frozenset(
        _words(
            """groupchat website changing toilet toilets loos party sleepover
            residential bus canteen"""
        )
    ),
}
# What happened, named by the adviser before the student did: a threat, money, a nude, a hack,
# a meeting, drink, a grown man ("Wanneer begon hij je te bedreigen?" after "Ik kreeg rare
# berichten."). Stems, so "bedreigd" after the student's "dreigde" is no new detail.
_ACT_STEMS = {
    "nl": {
        "dreig": "threat",
        "geld": "money",
        "beta": "money",
        "euro": "money",
        "chanter": "threat",
        "afpers": "threat",
        "naakt": "nude",
        "bloot": "nude",
        "hack": "hack",
        "wachtwoord": "hack",
        "ontmoet": "meet",
        "dronken": "drink",
        "alcohol": "drink",
        "seks": "sex",
        "video": "video",
        "film": "video",
        "webcam": "video",
        "dwing": "force",
        "dwong": "force",
        "gedwongen": "force",
        "verliefd": "love",
        "verkering": "love",
    },
    "en": {
        "threat": "threat",
        "money": "money",
        "pay": "money",
        "paid": "money",
        "cash": "money",
        "pound": "money",
        "quid": "money",
        "blackmail": "threat",
        "extort": "threat",
        "nude": "nude",
        "naked": "nude",
        "hack": "hack",
        "password": "hack",
        "meet": "meet",
        "drunk": "drink",
        "alcohol": "drink",
        "sex": "sex",
        "video": "video",
        "film": "video",
        "webcam": "video",
        "forc": "force",
        "pressur": "force",
        "relationship": "love",
    },
}
_ACT_WORDS = {
    "nl": {"man": "man", "kerel": "man", "volwassene": "man", "volwassen": "man"},
    "en": {
        "man": "man",
        "bloke": "man",
        "adult": "man",
        "grown-up": "man",
        "grown": "man",
        "met": "meet",
    },
}


def _act_stem(word: str, language: str) -> str | None:
    """What happened that ``word`` names (a threat, money, ...), or None."""
    w = word.casefold().strip(".'’-")
    if w in ("geldt", "gelden", "geldig", "geldige"):  # "to apply", not money
        return None
    if w in _ACT_WORDS[language]:
        return _ACT_WORDS[language][w]
    # Dutch verbs take prefixes: "bedreigd", "gedreigd" after "dreigde".
    bare = re.sub(r"^(?:ge|be|ver|door)", "", w) if language == "nl" else w
    for stem, concept in _ACT_STEMS[language].items():
        if w.startswith(stem) or bare.startswith(stem):
            return concept
    return None


_PERSON_ENDINGS = {
    "nl": ("team", "club", "trainer", "coach", "vriendin", "genoot"),
    "en": ("mate",),
}


# First names that are also common words ("mark", "rose", "will") are no sign of a name.
_NAME_WORDS = frozenset(
    _words(
        """mark bill grace rose jack joy drew dawn faith april max ray art sue pat chase hunter
    hope will may june summer guy rich frank sandy robin carol holly ivy lily daisy amber
    ruby pearl crystal destiny page penny dean miles sterling august van don del noor bas
    roos iris dan ben ken kent erin gene
    jean kay nick mae"""
    )
)


@cache
def _first_names() -> frozenset[str]:
    """Common first names (English from zxcvbn's lists, Dutch from dutch_words), minus those
    that are also everyday words."""
    from adviser_desk.domain.dutch_words import DUTCH_WORDS

    names = set(DUTCH_WORDS[DUTCH_WORDS.index("emma") : DUTCH_WORDS.index("ibrahim") + 1])
    try:
        from zxcvbn.frequency_lists import FREQUENCY_LISTS

        names |= set(FREQUENCY_LISTS["male_names"][:300]) | set(
            FREQUENCY_LISTS["female_names"][:300]
        )
    except ImportError:  # zxcvbn is a dependency of the password policy; names are a bonus
        pass
    return frozenset(names - _NAME_WORDS)


def _inserted_person(word: str, language: str) -> bool:
    w = word.casefold().strip(".'’-")
    if w in _PLACES[language]:
        return True
    if w in _PERSONS[language]:
        return w != "best" and w != "beste"  # "beste vriendin": the noun itself counts
    return len(w) > 5 and w.endswith(_PERSON_ENDINGS[language])


_TITLES = frozenset(
    ["mr", "mrs", "ms", "miss", "sir", "dr", "meneer", "mevrouw", "juf", "meester", "mevr", "dhr"]
)
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
        before = sentence[: match.start()].split()
        if before and before[-1].casefold().strip(".") in _TITLES:
            continue  # "mevrouw Bakker", "Mrs Baker": a member of staff, not a detail
        word = match.group()
        if word.casefold().strip("'’-") in _NOT_NAMES[language]:
            continue
        candidates.append((match.start(), match.end(), word))
    for match in _WORD.finditer(sentence):
        if match.group().casefold() in _PLATFORMS:
            candidates.append((match.start(), match.end(), match.group()))
        elif known and match.group().islower() and match.group() in _first_names():
            # a name typed in lower case, as in chat ("was het mees", "did kevin forward it")
            candidates.append((match.start(), match.end(), match.group()))
        elif known and _inserted_person(match.group(), language):
            # "Was het je ex?" after "Iemand heeft het doorgestuurd.": the adviser names who
            # did it. Only with the student's words at hand: without them it is a plain
            # yes/no question (the corpus labels "Heeft hij je bedreigd?" option-posing).
            candidates.append((match.start(), match.end(), match.group()))
    if known:
        said = {_act_stem(w, language) for w in known} - {None}
        for match in _WORD.finditer(sentence):
            stem = _act_stem(match.group(), language)
            if stem is not None and stem not in said:
                candidates.append((match.start(), match.end(), match.group()))
    # "insta" after the student said "Instagram" is the same platform
    known = known | {_PLATFORM_ALIASES.get(w, w) for w in known}
    for start, end, word in sorted(candidates):
        key = word.casefold().strip(".'’-").removesuffix("'s").removesuffix("’s")
        key = _PLATFORM_ALIASES.get(key, key)
        parts = set(key.split("-"))  # "Telegram-groep" after the student said "Telegram"
        plural = {key + "s", key + "en", key.removesuffix("s")}  # "DM" after "DMs"
        if (
            key in known
            or key in seen
            or key.lstrip("@") in known
            or parts & known
            or plural & known
        ):
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
    praise = _PRAISE[language].search(sentence) is not None
    secrecy = _SECRECY[language].search(sentence) or _SECRECY_STRUCTURES[language].search(sentence)
    statement = (
        not sentence.rstrip().endswith("?")
        or _TAG[language].search(sentence)
        or _CONSENT_TAIL.search(sentence)  # "wat hier gezegd wordt blijft hier, deal?"
    )
    if not secrecy and statement and not _asks_what(sentence, language):
        secrecy = _SECRECY_GENERAL[language].search(sentence) or _SECRECY_SHAPES[language].search(
            sentence
        )
    if not secrecy:
        secrecy = (
            _SECRECY_PROPOSED[language].search(sentence)
            or _SECRECY_SCOPE[language].search(sentence)
            or _SECRECY_ASSURED[language].search(sentence)
            or _SECRECY_KEPT[language].search(sentence)
        )
    broken = _BROKEN_DUTY[language].search(sentence) if statement else None
    if broken:
        honest = False  # naming the duty only to set it aside
        secrecy = secrecy or broken
    if secrecy and _asks_what(sentence, language):
        secrecy = None  # "Wat zei hij over geheimhouden?": asks about it, promises nothing
    if secrecy and any(
        q.start() < secrecy.end() and secrecy.start() < q.end() for q in _QUOTED.finditer(sentence)
    ):
        secrecy = None  # "He called it 'our little secret'": his words, quoted
    if secrecy and _OTHERS_SECRECY[language].search(sentence):
        secrecy = None  # "Hij zei dat je het geheim moest houden": someone else's secrecy
    if secrecy and _limit_around(sentence, secrecy, language):
        secrecy = None  # the phrase is what the adviser cannot promise, not a promise
    if secrecy and not _cleared(_HONEST, sentence, secrecy, language, broken is None):
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
    blame = (
        _BLAME[language].search(sentence)
        or _BLAME_STRUCTURES[language].search(sentence)
        or _BLAME_GENERAL[language].search(sentence)
        or _BLAME_SHAPES[language].search(sentence)
        or _BLAME_REPROACH[language].search(sentence)
        or _BLAME_SHARE[language].search(sentence)
    )
    if blame and _cleared(_REASSURE, sentence, blame, language):
        blame = None
    if blame and _OWN_REASON[language].search(sentence):
        blame = None
    if blame and any(
        m.start() <= blame.start() < m.end() or blame.start() <= m.start() < blame.end()
        for m in _OTHERS_MOTIVE[language].finditer(sentence)
    ):
        blame = None  # "Waarom denk je dat hij dat deed?": his motive, not the student's acts
    if blame and _said_by_student(sentence, blame, language):
        blame = None  # "Je zegt dat het je eigen schuld is.": the student's words given back
    if blame and _denied_fault(sentence, blame.group(), language):
        blame = None
    if blame and _reported_label(sentence, blame, language):
        blame = None  # "Eigen schuld, zei hij. Wat deed dat met je?": his words, reported
    if blame and any(q.start() <= blame.start() < q.end() for q in _QUOTED.finditer(sentence)):
        blame = None  # "Mensen die 'eigen schuld' roepen ...": words quoted, not said
    if blame:
        findings.append(
            _finding(BLAMING, BLAMING, language, text, offset + blame.start(), offset + blame.end())
        )
    tag = _TAG[language].search(sentence)
    if tag and _wh_led(sentence, language) and tag.group().strip(" ,?").casefold() == "niet":
        tag = None  # "Van wie wil je dat ze het weten, en van wie niet?": an ellipsis, no tag
    tag = tag or _particle_tag(sentence, language)
    # "We can stop any time, okay?", "You know you can always come back, right?": the tag asks
    # the student to agree to an offer, a plan or a permission, and confirms nothing about what
    # happened (nor is the sentence a yes/no question about it)
    agreed = tag is not None and (
        _asks_agreement(sentence, tag, language) or _tags_echo(sentence, tag, language, known)
    )
    bare = None if agreed else _BARE_TAG[language].search(sentence)
    if bare and _asks_agreement(sentence, bare, language):
        agreed = True  # "if its too much we can stop anytime ok?": a tag typed without a comma
    confirm = _LAST_CLAUSE.search(sentence)
    if confirm and _CONFIRM[language].match(confirm.group(1)):
        # "ff checken: nepaccount met jouw naam, begon na de kerstvakantie. klopt?"
        agreed = agreed or _echoes_known(
            _FRAME[language].sub("", sentence[: confirm.start()]), language, known
        )
    if agreed:
        tag = None
    secret_words = _SECRET_WORDS.search(text) is not None
    consent = _PROCESS[language].search(sentence) is not None and not secret_words
    tail = _CONSENT_TAIL.search(sentence)
    if (
        tail
        and (not secret_words or honest)
        and _OWN_PLAN[language].search(sentence[: tail.start()])
    ):
        consent = True  # "I'll write down what we agreed, alright?"
    if (
        tag
        and not secret_words
        and (consent or _OWN_PLAN[language].search(sentence[: tag.start()]))
    ):
        tag = None  # "I'll call the police for advice, okay?": consent to the adviser's plan
        consent = True
    consent = consent or agreed
    if tag and sentence.rstrip().endswith("?"):
        findings.append(
            _finding(SUGGESTIVE, "tag", language, text, offset + tag.start(), offset + tag.end())
        )
    presume = (
        _PRESUME[language].search(sentence)
        or _PRESUME_STRUCTURES[language].search(sentence)
        or _PRESUME_UNMARKED[language].search(sentence)
    )
    if not presume and not _asks_what(sentence, language) and not invitation(sentence, language):
        presume = _PRESUME_GENERAL[language].search(sentence) or _PRESUME_SHAPES[language].search(
            sentence
        )
    if (
        presume
        and _TAG_WORD[language].fullmatch(presume.group().strip(" ,.?!"))
        and (
            _asks_agreement(sentence, presume, language)
            or _tags_echo(sentence, presume, language, known)
        )
    ):
        presume, consent = None, True  # "No need to show me anything, eh."
    if presume and (
        consent
        or (
            not sentence[presume.end() :].strip(" ?.!")
            and not secret_words
            and _OWN_PLAN[language].search(sentence[: presume.start()])
        )
    ):
        presume = None  # "Snap je hoe we het aanpakken?", "Let's do it together, yeah?"
    if presume and _FORECAST[language].search(sentence):
        presume = None  # "Waarschijnlijk wel, ja.", "Your mum probably needs to know": a next step
    if presume and _UNASSERTED[language].search(sentence[: presume.start()]):
        presume = None  # "Als ik denk dat je in gevaar bent, ...": a condition, not a claim
    if presume and _CONCESSIVE[language].search(sentence[: presume.start()]):
        presume = None  # "Ook als je hem zelf stuurde, ...": granted for the sake of argument
    if presume and _CHECK_BACK[language].search(sentence):
        presume = None  # "Heb ik dat goed?": the adviser checks their summary with the student
    if presume and _ATTRIBUTED[language].search(sentence):
        presume = None  # "Je voelt je dom, zeg je.": the student's words, attributed to them
    if presume and (_restates(sentence, language, known) or _summarises(sentence, language, known)):
        presume = None  # "Dus je had nooit gedacht ..." after the student said just that
    if presume and not honest and not praise and not (tag and sentence.rstrip().endswith("?")):
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
    if sentence.rstrip().endswith("?") or _unpunctuated_question(sentence, language):
        findings += _new_details(sentence, offset, language, known, text)
        # "Shall we ...?", "Is that clear?", "I'll ask a few things, okay?": how the talk goes
        if not blame and not tag and not consent and not _echo(sentence, language, known):
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


_AUXILIARIES_EN = _AUXILIARIES = frozenset(
    [
        "do",
        "does",
        "did",
        "is",
        "was",
        "were",
        "are",
        "has",
        "have",
        "had",
        "can",
        "could",
        "will",
        "would",
        "should",
        "been",
    ]
)
_SUBJECTS_NL = frozenset(
    [
        "je",
        "jij",
        "hij",
        "ie",
        "ze",
        "zij",
        "het",
        "dat",
        "die",
        "een",
        "er",
        "u",
        "jullie",
        "we",
        "wij",
    ]
)
# Subordinating conjunctions open a clause, not a yes/no question ("als je wil, ...").
_CONJUNCTIONS_NL = frozenset(
    [
        "als",
        "of",
        "omdat",
        "want",
        "toen",
        "wanneer",
        "terwijl",
        "zodat",
        "hoewel",
        "nadat",
        "voordat",
        "tenzij",
        "zodra",
        "mocht",
        "indien",
        "doordat",
        "sinds",
        "alsof",
    ]
)
_NOT_VERBS_NL = (
    _SUBJECTS_NL
    | _CONJUNCTIONS_NL
    | frozenset(["ik", "dit", "deze", "mijn", "jouw", "jouw", "zijn", "haar", "ons"])
    # connectives open a statement ("dus je had nooit gedacht ..."), not a verb-first question
    | frozenset(["dus", "en", "maar", "toen", "ja", "nee", "oké", "ok", "nou"])
    # adverbs and thanks open a statement too ("wel dat ik je eerst vertel ...", "dank je dat je
    # het vertelt"), as does an imperative with "je tijd" ("neem je tijd")
    | frozenset(["wel", "ook", "nu", "dan", "daarna", "eerst", "dank", "dankje", "bedankt", "neem"])
    # "niemand die jou kent gaat ...": an indefinite subject, not a verb
    | frozenset(["niemand", "iemand", "iedereen", "niets", "niks", "alles", "wie"])
)


# "X, maar Y" asserts Y over X: reassurance or an honest limit in X does not clear a finding in Y
# ("Het is niet jouw schuld, maar je had beter moeten weten"); in Y it still clears one in X
# ("ik vertel het niet rond, maar als iemand het moet weten, zeg ik het je eerst").
_CONTRAST = {
    "nl": re.compile(r"\b(?:maar|echter)\b", re.IGNORECASE),
    "en": re.compile(r"\b(?:but|however)\b", re.IGNORECASE),
}
_CLAUSE_BREAK = re.compile(r"[,;:—–]")


def veto_scope(sentence: str, position: int, language: str) -> str:
    """The part of ``sentence`` whose vetoes apply to a finding at ``position``: from the last
    contrast word ("maar", "but") before it to the end."""
    cut = 0
    for match in _CONTRAST[_language(language)].finditer(sentence, 0, position):
        cut = match.end()
    return sentence[cut:]


def _clause_of(sentence: str, position: int) -> tuple[int, int]:
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, position)), default=0)
    after = _CLAUSE_BREAK.search(sentence, position)
    return start, after.start() if after else len(sentence)


def _cleared(
    vetoes: dict[str, re.Pattern[str]],
    sentence: str,
    found: re.Match[str],
    language: str,
    may_clear: bool = True,
) -> bool:
    """Whether a finding is cleared by a veto of its kind (within its scope, see veto_scope) or
    by praise in its own clause ("Goed dat je het zegt" clears its own words, not a promise
    in the next clause: "Goed dat je komt, en wat je zegt gaat niet verder dan mij")."""
    scope = veto_scope(sentence, found.start(), language)
    if may_clear and (
        vetoes[language].search(scope) or vetoes[language].search(_plain(scope, language))
    ):
        return True
    start, end = _clause_of(sentence, found.start())
    return any(m.start() < end and start < m.end() for m in _PRAISE[language].finditer(sentence))


# Forms of address and regional spellings a veto reads as the common word: Flemish and formal
# "gij", "ge", "u" as "je" ("zonder dat gij het weet", "zonder u eerst te laten weten").
_PLAIN_NL = {"gij": "jij", "ge": "je", "u": "je", "uw": "je", "da": "dat", "ni": "niet"}


def _plain(text: str, language: str) -> str:
    """``text`` with chat spellings written out and (Dutch) the forms of address made one, for
    the vetoes: an honest limit or a reassurance says the same in any spelling or register."""
    written = written_out_words(text, language)
    if language != "nl":
        return written
    return _CHAT_WORD.sub(lambda w: _PLAIN_NL.get(w.group().casefold(), w.group()), written)


# The student's own view given back as theirs: "Je zegt dat ...", "Ik hoor (je zeggen) dat ...",
# "Volgens jou ...", "You're saying ...", "I hear you saying ...", "You feel ...".
_SAYS_STUDENT = {
    "nl": _rx(
        r"\b(?:je|jij|u|ge|gij)\s+(?:zegt|zei|zeg|vindt|geeft\s+aan)(?:\s+dat)?\b",
        r"\bik\s+hoor\s+(?:je\s+|jou\s+|u\s+)?(?:zeggen\s+)?(?:dat\b)?|\bvolgens\s+(?:jou|u|jij)\b",
    ),
    "en": _rx(
        r"\byou(?:'re|\s+are)\s+(?:saying|telling\s+me)|(?<!would\s)(?<!do\s)(?<!did\s)\byou\s+(?:say|said|"
        r"told\s+me)\b",
        r"\bi(?:'m|\s+am)\s+hearing\b|\bi\s+hear\s+(?:you\s+)?(?:saying|say|that)?|\baccording\s+to\s+you\b",
    ),
}
_SAID_GAP = re.compile(r"^[^,;:—–.?!]*$")


def _said_by_student(sentence: str, blame: re.Match[str], language: str) -> bool:
    """Whether the blame words are the student's view given back as theirs ("Ik hoor dat je
    jezelf de schuld geeft", "You're saying it's your own fault"): the frame right before them,
    in the same clause (not "Je zegt dat hij begon, maar het is je eigen schuld")."""
    for frame in _SAYS_STUDENT[language].finditer(sentence):
        if frame.start() > blame.start() + 15 or frame.end() > blame.end():
            continue
        gap = sentence[frame.end() : blame.start()] if frame.end() < blame.start() else ""
        if _SAID_GAP.match(gap) and len(_WORD.findall(gap)) <= 6:
            return True
    return False


def _asks_what(sentence: str, language: str) -> bool:
    """A wh-question other than why ("what did he say about keeping it secret?")."""
    words = [w.casefold() for w in _WORD.findall(sentence)]
    stripped = sentence.rstrip()
    if not words or stripped.endswith((".", "!", "…")):
        return False
    if not stripped.endswith("?") and len(words) > 1 and words[1] in ("je", "jij", "you", "u"):
        return False  # "wat je hier vertelt, ...": a free relative in a statement
    if "ook" in words[1:4]:
        return False  # "wat er ook gebeurt, ...": concessive, not a question
    if _CONSENT_TAIL.search(sentence):
        return False  # "Wat we hier bespreken blijft hier, deal?": a statement with a consent tag
    lead = (
        words[1]
        if words[0] in ("en", "and", "dus", "so", "maar", "but") and words[1:]
        else words[0]
    )
    if _PROPOSAL_LEAD[language].match(sentence):
        return False  # "How about we keep this between us?": a proposal, not a question
    return lead in _WH[language] and lead not in ("waarom", "why")


# A proposal in the shape of a wh-question or a wish ("How about we ...", "Wat dacht je ervan
# om ...", "Would it help if we ...", "Wil je dat we ..."): what follows is proposed.
_PROPOSAL_LEAD = {
    "nl": re.compile(
        r"\s*(?:en\s+|maar\s+)?(?:wat\s+(?:dacht|denk|vind)\s+(?:je|jij|u)\s+(?:ervan|d'r\s+van)\s+(?:om|als|"
        r"dat)|hoe\s+(?:klinkt|lijkt)\s+(?:het|dat)\s+(?:je|jou|u)?\s*(?:als|om))\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\s*(?:and\s+|but\s+|so\s+)?(?:how\s+(?:about|'bout|’bout|bout)|what\s+about|what\s+if|how\s+would\s+"
        r"you\s+feel\s+if)\s+"
        r"(?:we|i|us)\b",
        re.IGNORECASE,
    ),
}


def _denied_fault(sentence: str, trigger: str, language: str) -> bool:
    """A fault label the statement denies ("eigen schuld bestaat hier niet", "Anyone who says
    it's your own fault is wrong"). A question keeps it: "Is het niet je eigen schuld?"."""
    if sentence.rstrip().endswith("?") or not _FAULT_LABEL[language].search(trigger):
        return False
    return _DENIAL[language].search(sentence) is not None


def _echo(sentence: str, language: str, known: set[str]) -> bool:
    """An echo of the student's own words ("Heel anders?" after "...heel anders."): a
    facilitator that invites more, not a yes/no question."""
    words = [w.casefold().strip(".'’-") for w in _WORD.findall(sentence)]
    words = [w for w in words if w and w not in _ECHO_FILLERS]
    if not words or len(words) > 5 or not known or words[0] in _FINITE_LEAD[language]:
        return False  # "Was het je ex?" stays a yes/no question even in the student's words
    mirrored = known | {_MIRROR[language].get(w, w) for w in known}
    return sum(1 for w in words if w in mirrored) >= max(1, round(0.6 * len(words)))


_FINITE_LEAD = {
    "en": _AUXILIARIES_EN,
    "nl": frozenset(
        [
            "is",
            "was",
            "waren",
            "ben",
            "bent",
            "heeft",
            "heb",
            "hebt",
            "had",
            "hadden",
            "kan",
            "kon",
            "kun",
            "kunt",
            "wil",
            "wilde",
            "wou",
            "zou",
            "moet",
            "moest",
            "mag",
            "mocht",
            "stond",
            "ging",
            "gaat",
            "deed",
            "doet",
            "weet",
            "wist",
            "zat",
            "kwam",
            "komt",
            "zag",
            "ziet",
            "vond",
            "vind",
            "wordt",
            "werd",
            "zei",
            "zegt",
        ]
    ),
}
_ECHO_FILLERS = frozenset(
    [
        *("en", "and", "dus", "so", "oh", "o", "hè", "he", "toen", "then", "eh"),
        *("oké", "oke", "okay", "ok", "allee", "right", "alright", "door", "m"),
        # the adviser's words that frame a summary, not part of it ("If I have understood you
        # correctly, ...", "Even checken: ...", "Samengevat: ...")
        *("understood", "understand", "correctly", "summarise", "summarize", "check", "checking"),
        *("begrijp", "begrepen", "samengevat", "checken", "ff"),
    ]
)
_MIRROR = {
    "nl": {"ik": "je", "mij": "jou", "me": "je", "mijn": "je", "mn": "je", "m'n": "je"},
    "en": {"i": "you", "me": "you", "my": "your", "i'm": "you're", "myself": "yourself"},
}


def _restates(sentence: str, language: str, known: set[str]) -> bool:
    """A summary in the student's own words ("dus je had nooit gedacht dat hij het zou delen"
    after "ik had nooit gedacht dat hij het zou delen"): it presumes nothing."""
    words = [w.casefold().strip(".'’-") for w in _WORD.findall(sentence)]
    words = [w for w in words if w and w not in _ECHO_FILLERS]
    if len(words) < 3 or not known:
        return False
    mirrored = known | {_MIRROR[language].get(w, w) for w in known}
    return all(w in mirrored for w in words)  # one new word ("wist") can distort it


# Words that carry no content of the student's account: question words, pronouns, auxiliaries,
# prepositions, prompts. What is left of a segment is what it says about what happened.
_FUNCTION_WORDS = {
    "nl": frozenset(
        re.split(
            r"\s+",
            "dat die dit deze het een de en of maar dus toen daar hier wat wie hoe waar wanneer "
            "welke welk waarom je jij u jou jouw uw hij zij ze hem haar we wij jullie ik mij me "
            "mijn is was zijn waren ben bent heeft hebt heb had hadden wordt werd worden kan kon "
            "kun kunt wil wilt zou zouden moet mag nog al ook wel niet geen meer eens daarover "
            "erover over van voor met naar bij op in uit aan om te er zo nu dan even gewoon "
            "vertel vertellen zeg zeggen zegt gebeurde gebeurd ging verder klopt goed lang sinds "
            "tot toe daarna daarmee daarvan eigenlijk precies iets alles erbij",
        )
    ),
    "en": frozenset(
        re.split(
            r"\s+",
            "the a an and or but so then that this these those there here what who how where "
            "when which why you your he she they him her them we us i me my is was are were be "
            "been being have has had do did does can could would will should may might more else "
            "about tell telling say saying says said hearing right like just ok okay of to in on "
            "at for from with it its it's that's long since after afterwards next actually "
            "exactly anything something everything happen happened happens",
        )
    ),
}


def echoes_student(text: str, language: str, earlier: Sequence[str]) -> bool:
    """A segment whose content words are all the student's own (inflections aside): a summary
    or a question about what the student said ("U kende hem van een game, hij vroeg om een
    foto ..." after the student said so). It presumes nothing the student did not say; one new
    content word (a feeling, a motive, a place) is enough to make it the adviser's."""
    return _echoes_known(text, _language(language), _student_words(earlier))


def _echoes_known(text: str, lang: str, known: set[str]) -> bool:
    """echoes_student with the student's words already gathered."""
    if not known:
        return False
    written = written_out_words(text, lang)
    if written != text and _echoes_known(written, lang, known):
        return True  # "so someones made a fake tiktok w ur name": chat spelling, written out
    mirrored = known | {_MIRROR[lang].get(w, w) for w in known}
    stems = {w[:5] for w in mirrored if len(w) >= 4}
    # A student's word of four letters is its own stem: "snapped" after "snap".
    short = tuple(w for w in mirrored if len(w) == 4 and w not in _FUNCTION_WORDS[lang])
    words = [w.casefold().strip(".'’-") for w in _WORD.findall(text)]
    content = [w for w in words if w and w not in _FUNCTION_WORDS[lang] and w not in _ECHO_FILLERS]
    # "you've", "he's", "they're": a pronoun with its auxiliary says nothing new
    content = [
        w for w in content if re.sub(r"['’](?:s|ll|ve|re|d|m)$", "", w) not in _FUNCTION_WORDS[lang]
    ]
    if not content:
        return False
    return all(
        w in mirrored
        or (len(w) >= 4 and (w[:5] in stems or w.startswith(short)))
        or _participle_of(w, lang, mirrored)
        for w in content
    )


def _participle_of(word: str, lang: str, known: set[str]) -> bool:
    """A Dutch past participle of a verb the student used ("gezet" after "zetten", "gemaakt"
    after "maakte"): the "ge-" prefix and the ending set aside."""
    if lang != "nl" or not word.startswith("ge") or len(word) < 5:
        return False
    stem = word[2:]
    stems = {stem, stem[:-1]} if stem[-1] in "dt" and len(stem) >= 5 else {stem}
    return len(stem) >= 3 and any(w.startswith(s) and len(w) > len(s) for w in known for s in stems)


def _wh_led(sentence: str, language: str) -> bool:
    """Whether the sentence opens with a wh-word (after a filler or a preposition)."""
    words = [w.casefold() for w in _WORD.findall(sentence)]
    if words and words[0] in _LEAD_FILLERS:
        words = words[1:]
    if len(words) > 1 and words[0] in _PREPOSITIONS[language]:
        words = words[1:]  # "Sinds wanneer ...", "Van wie ..."
    return bool(words) and words[0] in _WH[language]


def _asks_agreement(sentence: str, tag: re.Match[str], language: str) -> bool:
    """Whether the statement a tag belongs to asks agreement rather than confirmation: the
    adviser's own plan or offer, a permission or an option for the student, advice in the
    imperative, reassurance or praise, or a wh-question (whose tag is a filler: "What do you want
    to happen now, eh?"; not "Who was it, your ex, right?", an answer put in)."""
    rest = (sentence[: tag.start()] + " " + sentence[tag.end() :]).strip(" ,")
    if _KEEPING[language].search(rest):
        return False  # "We'll keep your parents out of it, okay?": a plan to keep it quiet
    if _WH_PRESENT[language].match(rest) and "," not in rest:
        return True
    return any(
        table[language].search(rest) is not None
        for table in (_AGREEMENT, _NOT_FAULT, _PRAISE, _STANCE)
    )


_NEGATIONS = {
    "nl": frozenset(["niet", "nie", "geen", "nooit", "niks", "niets", "niemand", "nergens"]),
    "en": frozenset(["not", "never", "no", "nothing", "nobody", "none", "nowhere"]),
}


def _negations(words: Iterable[str], language: str) -> set[str]:
    return {
        "not" if w.endswith(("n't", "nt")) and language == "en" else w
        for w in words
        if w in _NEGATIONS[language] or (language == "en" and w.endswith("n't"))
    }


def _summarises(text: str, language: str, known: set[str]) -> bool:
    """The student's own words given back, inflections aside ("Je schaamt je kapot" after "Ik
    schaam me kapot"), with no negation added or dropped."""
    words = {w.casefold().strip(".'’-") for w in _WORD.findall(text)}
    return _echoes_known(text, language, known) and _negations(words, language) == _negations(
        known, language
    )


def _tags_echo(sentence: str, tag: re.Match[str], language: str, known: set[str]) -> bool:
    """A tag on a summary in the student's own words ("Elke dag 'dik' in de klassenchat, klopt
    dat?" after the student said so): the student is asked to correct it, nothing is put in."""
    rest = sentence[: tag.start()] + " " + sentence[tag.end() :]
    return _summarises(rest, language, known)


def _particle_tag(sentence: str, language: str) -> re.Match[str] | None:
    """A tag inside a closed question ("Dat was toch Daan?"): after the first word, and not in
    a wh-question."""
    if not sentence.rstrip().endswith("?") or _wh_led(sentence, language):
        return None
    match = _TAG_PARTICLE[language].search(sentence)
    first = _WORD.search(sentence)
    return match if match and first and match.start() > first.start() else None


def _unpunctuated_question(sentence: str, language: str) -> bool:
    """A question typed without its question mark, as in chat ("is it still up", "was je
    thuis of op school"): a verb first, or a short either/or."""
    stripped = sentence.strip()
    if not stripped or stripped[-1] in ".!…":
        return False
    words = [w.casefold() for w in _WORD.findall(stripped)]
    if len(words) < 2:
        return False
    if words[0] in _WH[language] and len(words) >= 3:
        return True  # "wat schreef luuk eronder": a wh-question typed without its mark
    if language == "en" and words[1] == "be" and words[0] in ("can", "could", "might", "may"):
        return False  # "who do u trust most? could be anyone": "it" left out, no question
    if language == "en":
        verb_first = words[0] in _AUXILIARIES
    else:
        conjunction = words[1] == "dat" and len(words) > 2 and words[2] in _SUBJECTS_NL
        verb_first = (
            not conjunction
            and words[1] in _SUBJECTS_NL
            and words[0] not in _NOT_VERBS_NL
            and words[0] not in _WH["nl"]
            and words[0] not in _PREPOSITIONS["nl"]
            and not words[0].endswith(("lijk", "lijke"))
        )
    short_choice = len(words) <= 7 and _CHOICE[language].search(stripped) is not None
    return verb_first or short_choice


# Words before the question word that leave a question open ("Roughly what time was it?").
_LEAD_FILLERS = frozenset(
    (
        *("en", "and", "maar", "but", "dus", "so", "oké", "okay", "ok", "then", "toen"),
        *("ongeveer", "precies", "roughly", "approximately", "exactly"),
        # a hesitation, or "then" after "and", leaves the question as it is ("Hm, en wanneer is
        # dat begonnen?", "And then what does he do?")
        *("eh", "ehm", "uh", "uhm", "um", "er", "hm", "hmm", "nou", "well", "then", "toen", "dan"),
    )
)
# Hesitations before a request ("Eh, wil je me vertellen hoe dat ging?"): read past them.
_HESITATION = re.compile(
    r"^\W*(?:(?:eh|ehm|uh|uhm|um|er|hm+|mm+|nou|well|look|listen|sorry|right|oké|okay|ok|so|dus)"
    r"\b\W*)+",
    re.IGNORECASE,
)


# The adviser offering their own next step, or one taken together, and asking whether the
# student agrees ("Zal ik het nummer voor je opschrijven?", "Zullen we samen kijken?", "Want me to
# help you with it?", "Would it be okay if we screenshot them together?"): the student is asked
# for consent to what comes next, not steered in their account of what happened. Present tense
# only: "Wilde hij dat jullie samen afspraken?" and "Did he want to meet up together?" ask about
# what happened and stay closed.
# An offer that decides who is told, asked or kept out ("Zal ik je mentor erbij vragen?", "Do
# you want us to call your parents?", "Shall we keep it between us?") stays a closed question
# about the student's wishes (the corpus labels it so; "Wie wil je erbij hebben?" asks it openly).
_INVOLVES = {
    "nl": _rx(
        r"\b(?:vertel\w*|doorvertel\w*|bel|bellen|vraag|vragen|inlichten|informeren|betrekken|erbij|"
        r"houd?|houden|laten|geheim\w*|onder\s+ons|tussen|stil|buiten|ouders|vader|moeder|mentor|"
        r"politie|directeur|meneer|mevrouw|juf)\b"
    ),
    "en": _rx(
        r"\b(?:tell\w*|call\w*|ring\w*|ask\w*|inform\w*|involv\w*|let\s+\w+\s+know|keep\w*|"
        r"kept|promis\w*|secret|between|quiet|confidential|private|parents|mum|mom|dad|tutor|"
        r"teacher|police|head|mr|mrs|ms|miss)\b"
    ),
}
# The student telling someone, with the adviser offering to be there or to help ("Zal ik met je
# meelopen als je het aan je ouders vertelt?", "Want a hand telling them at home?"): who is told
# is the student's choice already, the offer is the adviser's presence.
_STUDENT_TELLS = {
    "nl": re.compile(
        r"\b(?:als|wanneer|terwijl)\s+(?:je|jij|ge|gij|u)\b[^?,]*\b(?:vertel\w*|zegt|zeggen)\b[^?,]*"
        r"|\bbij\s+(?:het|dat|een)\s+gesprek\s+met\b[^?,]*",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:when|while|as)\s+(?:you|u)\s+(?:tell|talk\s+to|speak\s+to)\b[^?,]*|\ba\s+hand\s+(?:with\s+)?"
        r"telling\b[^?,]*",
        re.IGNORECASE,
    ),
}
_OFFER = {
    "nl": _rx(
        r"^\s*(?:(?:en|oké|ok|dus|tip|goed)\s*[,:]?\s+)?(?:"
        r"(?:zal|zullen)\s+(?:ik|we|wij)\b"
        r"|(?:wil|wilt)\s+(?:je|jij|u)\s+(?:\w+\s+)?dat\s+(?:ik|we|wij)\b"
        r"|(?:vind|vindt)\s+(?:je|jij|u)\s+(?:het\s+)?(?:goed|oké|ok|fijn|prettig)\s+(?:als|dat)\s+"
        r"(?:ik|we|wij)\b"
        r"|(?:(?:heb|hebt|heeft)\s+(?:je|jij|u)\s+)?zin\s+om\b[^?]*\bsamen\b"
        r"|(?:wil|wilt)\s+(?:je|jij|u)\b[^?]*\bsamen\b"
        r"|zou\s+het\s+(?:je\s+|jou\s+|u\s+)?(?:helpen|fijn\s+zijn)\s+als\s+(?:ik|we|wij)\b"
        r"|(?:wil|wilt)\s+(?:je|jij|u)\s+(?:\w+\s+)?weten\s+(?:hoe|wat)\b"
        r"|(?:is|lijkt)\s+(?:dat|het)\s+(?:je\s+|jou\s+|u\s+)?(?:goed|oké|ok|prima)\s*"
        r"(?:voor\s+(?:jou|je|u)\s*)?\?"
        # a time or a step proposed, the student's permission or a pause asked for ("Schikt u
        # dat?", "Goed voor jou?", "Zien we elkaar donderdag weer?", "Zou u het goed vinden als
        # ik ...", "Wil je even stoppen?"): a question about now, not about what happened
        r"|(?:schikt|past)\s+(?:(?:u|je|jou|dat|het|dit|jullie)\s*){1,2}(?:(?:donderdag|dan|ook|wel|goed|"
        r"zo)\s*)*\?"
        r"|(?:goed|oké|ok|prima)\s+(?:voor\s+)?(?:jou|je|u)\s*\?"
        r"|(?:zien|spreken)\s+(?:we|wij)\s+elkaar\b"
        r"|(?:zou|zoudt|vind|vindt)\s+(?:je|jij|u)\s+het\s+(?:\w+\s+)?(?:goed|oké|ok|fijn|prettig)\s+"
        r"(?:vinden\s+)?(?:als|dat)\s+(?:ik|we|wij)\b"
        r"|(?:wil|wilt)\s+(?:je|jij|u)\s+(?:\w+\s+){0,2}(?:stoppen|pauzeren|meelezen|meekijken|een\s+pauze|"
        r"even\s+pauze)\s*\?"
        # asking leave ("Mag ik je wat vragen stellen?", "Mag dat?", "Mag ik ..., als jij dat
        # goed vindt?"), not a closed question wrapped in it ("Mag ik vragen of hij ...")
        r"|mag\s+(?:dat|het)\s*\?|mag\s+ik\s+(?:je|jou|u)\s+(?:\w+\s+){0,3}vragen(?:\s+stellen)?\s*\?"
        r"|mag\s+ik\b[^?]*\b(?:als|wanneer)\s+(?:jij|je|u)\s+(?:dat|het)\s+(?:goed|oké|ok|prima)\s+vindt?\b)"
    ),
    "en": _rx(
        r"^\s*(?:(?:and|so|but|okay|ok|no\s+pressure|totally\s+your\s+call)\s*[,:]?\s+)?(?:"
        r"(?:shall|should)\s+(?:i|we)\b"
        r"|(?:(?:do|would)\s+(?:you|u)\s+)?(?:want|wanna|like)\s+(?:me|us)\s+to\b"
        r"|(?:(?:do|would)\s+(?:you|u)\s+)?(?:want|wanna|like)\s+to\s+know\s+(?:how|what)\b"
        r"|(?:(?:do|would)\s+(?:you|u)\s+)?(?:want|wanna|like)\s+to\b[^?]*\btogether\b"
        r"|(?:(?:are|r)\s+(?:you|u)\s+)?(?:keen|up\s+for|happy)\b[^?]*\btogether\b"
        r"|(?:can|could|may)\s+(?:i|we)\b[^?]*\b(?:for\s+(?:you|u)|together)\b"
        r"|would\s+it\s+(?:help|be\s+(?:ok|okay|alright|all\s+right|fine|easier))\s+if\s+(?:i|we)\b"
        r"|(?:is|would)\s+(?:that|this|it)\s+(?:be\s+)?(?:ok|okay|alright|all\s+right|fine)\s+"
        r"(?:with|for|by)\s+(?:you|u)\b"
        # a time or a step proposed, the student's permission or a pause asked for ("Would that
        # suit you?", "That work for you?", "Will we catch up again Thursday?", "Would you be
        # comfortable with me ...", "Would it help to have me there?"): about now, not the past
        r"|(?:(?:would|does|will|do)\s+)?(?:that|this|it|\w+day|then)\s+(?:time\s+)?(?:suit|work)\s+"
        r"(?:for\s+)?(?:you|u)\b"
        r"|(?:will|shall|can|could)\s+(?:we|i)\s+(?:\w+\s+)?(?:meet|catch\s+up|check\s+in|talk\s+again|see\s+"
        r"(?:you|each\s+other))\b"
        r"|would\s+(?:you|u)\s+be\s+(?:ok|okay|comfortable|happy|alright|all\s+right)\s+(?:with\s+me|if\s+"
        r"(?:i|we))\b"
        r"|would\s+it\s+help\s+(?:you\s+)?(?:to\s+have\s+me|if\s+(?:i|we))\b"
        r"|(?:(?:do|would)\s+(?:you|u)\s+)?(?:want|wanna|like)\s+to\s+(?:\w+\s+)?(?:stop|pause|take\s+a\s+break|"
        r"have\s+a\s+break|read\s+(?:it\s+)?along)\s*\?"
        # asking leave for the adviser's own step ("Is it okay if I ask you a few things?"), not
        # a closed question wrapped in it ("Is it okay if I ask whether he ..."); "Is that ok?"
        # on its own says nothing of what it asks about and stays closed
        r"|(?:is|would)\s+(?:it|that|this)\s+(?:be\s+)?(?:ok|okay|alright|all\s+right|fine)\s+if\s+(?:i|we)\b"
        r"(?![^?]*\bask\s+(?:you\s+)?(?:if|whether)\b))"
    ),
}


# Statements a tag can only ask agreement with (see _asks_agreement): the adviser's own plan,
# said in the present or the future ("Ik vertel je precies wat erin staat", "Als het te veel
# wordt, stoppen we even", "I'll explain every part of it", "If it gets too much we'll stop"); a
# permission or an option for the student ("Je mag altijd stoppen", "Je weet toch dat je altijd
# bij me terechtkunt", "You know you can always come back", "No need to show me anything"); and
# advice in the imperative ("Niet betalen", "Don't pay him"). What the adviser thinks or saw
# ("Ik denk dat hij ouder was", "I reckon he planned it") and what happened keep their tag.
_PLAN_VERBS_NL = (
    r"(?:ga(?!\s+er\s*van\s+uit)|gaan|zal|zullen|kunnen|mogen|vertel|vertellen|bel|bellen|help|"
    r"helpen|stop|stoppen|leg|leggen|kijk|kijken|doe|doen|neem|nemen|bespreek|bespreken|zoek|zoeken|"
    r"schrijf|schrijven|maak|maken|regel|regelen|spreek|spreken|pak|pakken)"
)
_AGREEMENT = {
    "nl": _rx(
        rf"^\s*(?:(?:als|wanneer|zodra)\b[^,]*,\s*)?(?:(?:ik|we|wij)\s+{_PLAN_VERBS_NL}\b|"
        rf"{_PLAN_VERBS_NL}\s+(?:ik|we|wij)\b)(?!\s+(?:me|mij)\s+voorstellen)",
        r"^\s*(?:(?:je|jij|u)\s+(?:weet|weten)\s+(?:toch\s+|wel\s+)*dat\s+)?(?:(?:je|jij|u)\s+"
        r"(?:(?:\w+\s+){0,5}(?:mag|kan|kunt|kun|hoeft|hoef|terechtkunt|terecht\s+kunt)\b|"
        r"(?:mag|kan|kunt|kun|hoeft|hoef)\b)|(?:mijn|m'n|mn)\s+deur\b)",
        r"^\s*(?:gewoon\s+)?(?:niet|nooit)\s+(?:\w+\s+){0,3}\w+en\s*$",
    ),
    "en": _rx(
        r"^\s*(?:(?:if|when|whenever|as\s+soon\s+as)\b[^.?!]*?[,\s])?\s*(?:i(?:'ll|\s+will|"
        r"'m\s+going\s+to|'m\s+gonna|\s+am\s+going\s+to)|we(?:'ll|\s+will|\s+can|\s+could|\s+just)|"
        r"let's|let\s+(?:me|us))\b(?!\s+(?:bet|guess|assume|wager|say)\b)",
        r"^\s*(?:(?:you|u)\s+know\s+(?:that\s+)?)?(?:(?:you|u)\s+(?:\w+\s+)?(?:can|may|could|are\s+"
        r"allowed|don't\s+have\s+to|dont\s+have\s+to|do\s+not\s+have\s+to|needn't)\b"
        r"(?!\s+(?:have|'ve|ve)\b)|(?:my|the)\s+door\b)",
        r"^\s*(?:(?:there's|there\s+is)\s+)?no\s+(?:need|pressure|rush|hurry)\b",
        r"^\s*(?:(?:just|please)\s+)?(?:don't|dont|do\s+not|never)\s+\w+",
    ),
}
# A tag on a wh-question about now or next is a filler ("What do you want to happen now, eh?",
# "Who else is in the know, eh?"); on one about what happened it makes it rhetorical ("But who
# sent the pic first, eh?"), and a why-question keeps its tag.
_WH_PRESENT = {
    "nl": re.compile(
        r"\s*(?:en\s+)?(?:wat|wie|hoe|waar|wanneer|welke|welk)\b(?:\s+nog|\s+anders)?\s+(?:wil|wilt|is|"
        r"zijn|kan|kun|kunt|ga|gaat|gaan|doe|doet|vind|vindt|heb|hebt|heeft|mag|moet|zou|zullen)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\s*(?:and\s+)?(?:what|who|how|where|when|which)\b(?:\s+else)?\s*(?:do|does|are|is|'s|can|"
        r"could|would|will|should|'re)\b",
        re.IGNORECASE,
    ),
}
# A tag typed without its comma, as in chat; only ever read as asking agreement (see
# _asks_agreement), never as a tag of its own ("Is that ok?" is no tag).
_BARE_TAG = {
    "nl": re.compile(r"\s(?:oké|ok|toch|hè|goed)\s*\?+\s*$", re.IGNORECASE),
    "en": re.compile(r"\s(?:yeah|ok|okay|right|eh)\s*\?+\s*$", re.IGNORECASE),
}
# Keeping it quiet or leaving someone out: a tag on that plan is a secrecy promise's tag.
_KEEPING = {
    "nl": _rx(
        r"\b(?:houd\w*|hou|houden|laat|laten|blijft|blijven|tussen|geheim\w*|stil|buiten|onder\s+ons|"
        r"onder\s+de\s+pet)\b"
    ),
    "en": _rx(
        r"\b(?:keep\w*|kept|leav\w*|stays?|remain\w*|between|secret|quiet|hush\w*|off\s+the|"
        r"out\s+of)\b"
    ),
}
# The adviser's own stance, comfort or the student's say, which a tag only stresses ("Ik
# geloof je, hè.", "Neem je tijd, hè.", "Je staat er niet alleen voor, hè.", "Jij bepaalt zelf,
# hè."): nothing about what happened or how the student felt is put in.
_STANCE = {
    "nl": _rx(
        r"^\s*(?:ik|we|wij)\s+(?:geloof|begrijp|snap)\s+(?:je|jou|u)\b",
        r"^\s*(?:neem|pak)\s+(?:je|jij|jouw|uw|u)\s+tijd\b",
        r"^\s*(?:je|jij|u)\s+(?:staat|bent)\s+(?:hier\s+|er\s+)?niet\s+alleen\b",
        r"^\s*(?:je|jij|u)\s+(?:bepaalt|beslist|kiest)\b",
        r"^\s*(?:niet|nooit)\s+(?:jij|jou|u)\s*$",
    ),
    "en": _rx(
        r"^\s*(?:i|we)\s+(?:believe|understand)\s+(?:you|u)\b",
        r"^\s*take\s+(?:your|ur)\s+time\b",
        r"^\s*(?:you're|you\s+are|ur)\s+not\s+alone\b",
        r"^\s*(?:you|u)\s+(?:decide|choose|get\s+to\s+decide)\b|^\s*(?:it's|it\s+is)\s+(?:your|ur)\s+call\b",
        r"^\s*(?:not|never)\s+(?:you|u)\s*$",
    ),
}
# Fault denied in the statement a tag belongs to ("This isn't on you, eh.").
_NOT_FAULT = {
    "nl": _rx(r"\b(?:niet|geen|nooit)\b[^.?!]{0,25}\b(?:schuld\w*|fout|kwalijk)\b"),
    "en": _rx(
        r"(?:\b(?:not|never|no)|n't)\b[^.?!]{0,20}\b(?:fault|blame|on\s+(?:you|u))\b|\bnothing\s+to\s+be\s+"
        r"ashamed\b"
    ),
}
# The words a tag is made of, for a tag the rules read as a presumption (_PRESUME_STRUCTURES).
_TAG_WORD = {
    "nl": re.compile(r"(?:hè|hé|he|toch|of\s+niet(?:\s+soms)?|nietwaar|oké|ok|ja)", re.I),
    "en": re.compile(
        r"(?:right|innit|yeah|eh|okay|ok|yes|correct|true|no|isn't\s+it|(?:were|was|did|do|does|"
        r"is|are|have|has)n't\s+(?:you|he|she|it|they))",
        re.I,
    ),
}


_CLAUSE_END = re.compile("[,:;…]|\\.\\.\\.|[\U0001f300-\U0001faff\u2600-\u27bf]")


def _option_posing(sentence: str, language: str) -> tuple[int, int] | None:
    """The span of the words that make this a closed question, or None for an open one."""
    # an emoji or an ellipsis ends a clause, as a comma does ("kept asking for more 😬 what did
    # he write?")
    # "Als je ouders het weten, hoe reageren zij, denk jij?": the question is before the aside
    asked = _ASIDE[language].sub("?", sentence)
    last = next((part for part in reversed(_CLAUSE_END.split(asked)) if _WORD.search(part)), asked)
    core = _HESITATION.sub("", sentence)
    if (
        _INVITATION[language].search(sentence)
        or _INVITATION[language].search(core)
        or (
            # a whole request after the preface, not a bare "then?" tagged onto a question
            last != sentence
            and len(_WORD.findall(last)) >= 3
            and _INVITATION[language].search(last)
        )
    ):
        return None  # "Ik ben benieuwd hoe het ging; wil je me daar meer over vertellen?"
    offered = _OFFER[language].search(sentence) or (
        last != sentence and _OFFER[language].search(last)
    )
    told = _SHOWING[language].sub("", _STUDENT_TELLS[language].sub("", sentence))
    if offered and not _INVOLVES[language].search(told):
        return None  # "Zullen we het samen melden?", "No pressure, want me to help with it?"
    words = list(_WORD.finditer(sentence))
    if not words:
        return None
    first = words[0]
    lead = first.group().casefold()
    skipped = 0
    while lead in _LEAD_FILLERS and skipped + 1 < len(words):  # "Um, and then what ...?"
        skipped += 1
        first = words[skipped]
        lead = first.group().casefold()
    # "What'd you do then?", "How're you doing?", "wrm deed ie dat?": the wh-word contracted or
    # in chat spelling
    lead = re.split(r"['’]", lead)[0]
    lead = _CHAT_SPELLING[language].get(lead, lead)
    if lead.endswith("s") and lead[:-1] in _WH[language]:
        lead = lead[:-1]  # "whats happened since?", chat spelling without the apostrophe
    if lead in _PREPOSITIONS[language] and len(words) > skipped + 1:
        # "Sinds wanneer...", "At what point...": the wh-word follows its preposition.
        lead = words[skipped + 1].group().casefold()
    if (
        lead in ("of", "or")
        and len(words) > skipped + 1
        and _wh_word(words[skipped + 1].group(), language)
    ):
        return None  # "Of wie mag het van jou weten?": another open question, not a choice
    choice = _CHOICE[language].search(sentence)
    tail = [w.group().casefold() for w in words]
    while len(tail) > 1 and tail[-1] in _TRAILING[language]:
        tail.pop()
    if (
        len(tail) > 1
        and _wh_word(tail[-1], language)
        and tail[-2] not in ("or", "of")
        and not _CLAUSE_END.search(sentence[: words[len(tail) - 1].start()])
    ):
        return None  # "Then he said what?", "Meer wat dan?": the wh-word at the end, still open
    if lead in _WH[language]:
        # "Was it X or Y" disguised as wh: "Welke was het, X of Y?" stays open enough.
        return None
    # A condition or a scene set first, the question after it: "Als je het opnieuw kon
    # vertellen, wat wil je dan dat ik weet?", "Stel, ...: wat kun je dan doen?".
    after_words = [w.casefold() for w in _WORD.findall(last)]
    if after_words and after_words[0] in _LEAD_FILLERS:
        after_words = after_words[1:]  # "...: wat doe jij, en wat doe ik?"
    only_last = (
        _CHOICE[language].search(last) is not None
        and _CHOICE[language].search(asked[: len(asked) - len(last)]) is None
    )
    clauses = [c for c in _CLAUSE_END.split(asked)[1:] if _WORD.search(c)]
    if choice is None and any(_wh_led(c, language) for c in clauses[:-1]):
        return None  # "Dat geheimhouden, hoe was dat eigenlijk, al die tijd?": topic first
    if after_words and _wh_word(after_words[0], language) and (choice is None or only_last):
        # "Totally your call, but how'd you feel about a look together?", "En de klas, wat hebt
        # ge daarvan gezien of gehoord?": a wh-question after a topic stays open, an "or" in it too
        return None
    if choice is not None:
        return (first.start(), choice.end())
    return (first.start(), first.end())


def _wh_word(word: str, language: str) -> bool:
    """A wh-word, also contracted or in chat spelling ("what'd", "how're", "whats", "wrm")."""
    word = re.split(r"['’]", word.casefold())[0]
    word = _CHAT_SPELLING[language].get(word, word)
    return word in _WH[language] or (word.endswith("s") and word[:-1] in _WH[language])


# A parenthetical asking the student's view after the question ("..., denk jij?", "..., do you
# reckon?"): the question asked is the one before it.
_ASIDE = {
    "nl": re.compile(r",\s*(?:denk|vind|dacht)\s+(?:je|jij|u)\s*\?\s*$", re.IGNORECASE),
    "en": re.compile(
        r",\s*(?:do\s+you\s+think|you\s+think|d'?you\s+reckon|do\s+you\s+reckon|you\s+reckon)\s*\?\s*$",
        re.IGNORECASE,
    ),
}


def honest_limits(text: str, language: str) -> bool:
    """An honest statement about the limits of confidentiality, or a promise of care."""
    return _HONEST[_language(language)].search(text) is not None


def reassurance(text: str, language: str) -> bool:
    """Tells the student it is not their fault ("Het is niet jouw schuld")."""
    return _REASSURE[_language(language)].search(text) is not None


def others_secrecy(text: str, language: str) -> bool:
    """Someone else's secrecy ("He told you to keep it secret"), or staying put ("I'm not going
    anywhere"): no promise of the adviser's."""
    return _OTHERS_SECRECY[_language(language)].search(text) is not None


def others_motive(text: str, language: str) -> bool:
    """Asks the student's view of another person's motive ("Why do you think he did that?"),
    and asks no other why ("..., and why did you send it?" keeps its blame)."""
    lang = _language(language)
    return _OTHERS_MOTIVE[lang].search(text) is not None and len(_WHY[lang].findall(text)) <= 1


_WHY = {"nl": re.compile(r"\bwaarom\b", re.I), "en": re.compile(r"\bwhy\b", re.I)}


def attributed(text: str, language: str) -> bool:
    """The student's own words attributed to them ("Dom, zei je.", "You said he wanted £200.")."""
    lang = _language(language)
    return any(_ATTRIBUTED[lang].search(m.group()) for m in _SENTENCE.finditer(text))


def checks_back(text: str, language: str) -> bool:
    """The adviser asks the student to correct their summary ("Heb ik dat goed?", "Correct me if
    I'm wrong.")."""
    return _CHECK_BACK[_language(language)].search(text) is not None


_SAYING = {
    "nl": re.compile(r"\b(?:noemde|noemt|zei|zegt|schreef|schrijft|appte|riep)\b", re.I),
    "en": re.compile(r"\b(?:called|calls|said|says|wrote|writes|told|texted)\b", re.I),
}


def quotes_others(text: str, language: str) -> bool:
    """Someone else's words in quotation marks ("He called it 'our little secret'")."""
    lang = _language(language)
    return any(
        _QUOTED.search(m.group()) and _SAYING[lang].search(m.group())
        for m in _SENTENCE.finditer(text)
    )


def asks_why(text: str, language: str) -> bool:
    """The text holds a why-question word ("waarom", "why", "wrm", "how come")."""
    lang = _language(language)
    return _WHY[lang].search(written_out_words(text, lang)) is not None or (
        lang == "en" and re.search(r"\bhow\s+come\b", text, re.I) is not None
    )


def written_out_words(text: str, language: str) -> str:
    """``text`` with the chat spellings the rules know written out ("wrm" is "waarom")."""
    spelling = _CHAT_SPELLING[_language(language)]
    return _CHAT_WORD.sub(lambda w: spelling.get(w.group().casefold(), w.group()), text)


def asks_what(text: str, language: str) -> bool:
    """A wh-question other than why ("Wie mag het van jou weten?"): it asks, it promises nothing."""
    return _asks_what(text.strip(), _language(language))


def invitation(text: str, language: str) -> bool:
    """An open invitation or a minimal prompt ("Kun je me vertellen ...", "And then?")."""
    return _INVITATION[_language(language)].search(text.strip()) is not None


@cache
def _language(language: str) -> str:
    lang = language.lower()[:2]
    return lang if lang in ("nl", "en") else "en"


def check_question(text: str, language: str, earlier: Sequence[str] = ()) -> list[Finding]:
    """Findings for one utterance of the adviser, with spans into ``text``."""
    if not isinstance(text, str) or not text.strip():
        return []
    lang = _language(language)
    if lang == "nl":
        # "Kins doe mich vertelle waat d'r gebeurd is?" is the invitation the rules know as
        # "Kun jij me vertellen wat er gebeurd is?": read regional spellings as the common
        # words, and point every finding at the words as typed.
        reading = regional_dutch.read(text)
        if reading.changed:
            heard = [regional_dutch.read(line).text for line in earlier]
            return [_typed(f, reading) for f in _check_utterance(reading.text, lang, heard)]
    return _check_utterance(text, lang, earlier)


def _typed(finding: Finding, reading: regional_dutch.Reading) -> Finding:
    start, end = reading.span(finding.start, finding.end)
    return replace(finding, start=start, end=end, trigger=reading.typed[start:end])


def _check_utterance(text: str, lang: str, earlier: Sequence[str]) -> list[Finding]:
    known = _student_words(earlier)
    findings: list[Finding] = []
    sentences = [m for m in _SENTENCE.finditer(text) if m.group().strip()]
    for i, match in enumerate(sentences):
        found = _check_sentence(match.group(), match.start(), lang, known, text)
        found += _chat_spelling_findings(match, lang, known, {f.kind for f in found})
        answered = i + 1 < len(sentences) and _ANSWERED_NO[lang].match(sentences[i + 1].group())
        if (
            i + 1 < len(sentences)
            and len(_WORD.findall(match.group())) <= 2
            and _TOPIC_ANSWER[lang].match(sentences[i + 1].group())
        ):
            # "Politie? Alleen als het echt moet, ...", "Geheimhouding? Daar ben ik eerlijk in:
            # ...": a topic the adviser answers with a limit, not a question
            found = [f for f in found if f.kind != OPTION_POSING]
        if answered:  # "Eigen schuld? Nee. ...": the adviser answers their own question
            found = [
                f for f in found if f.kind != BLAMING or not _FAULT_LABEL[lang].search(f.trigger)
            ]
        offered = bool(i + 1 < len(sentences) and _PERMISSION[lang].match(sentences[i + 1].group()))
        # "Ik kan je helpen het te laten verwijderen. Wil je dat?", "We could report it together.
        # Would you like to?": the student is asked to agree to the step the adviser just
        # offered, not about what happened (who is told stays a closed choice about the case)
        offered = offered or _offer_agreed(sentences, i, lang, text)
        if _elaborates(sentences, i, lang):
            offered = True  # "Wie wil je erbij? Iemand thuis, een vriend?": examples, still open
        if offered or _CHECK_BACK[lang].search(match.group()):
            # "Weet je het niet meer? Prima, zeg dat dan gewoon." and "..., zeg ik het zo goed?":
            # a question as a condition or an offer, or the adviser checking their summary:
            # the student's answer is not being steered
            found = [f for f in found if f.kind != OPTION_POSING]
        if (
            i
            and _CONFIRM[lang].match(match.group())
            and _echoes_known(_FRAME[lang].sub("", text[: match.start()]), lang, known)
        ):
            # "... sinds na de kerst. Goed zo samengevat?", "Fake TikTok with your name, videos
            # pretending to be you. That about right?": a summary in the student's own words,
            # which the student is asked to correct
            found = [f for f in found if f.kind not in (OPTION_POSING, SUGGESTIVE)]
        checked_back = any(_CHECK_BACK[lang].search(m.group()) for m in sentences[i + 1 :])
        if checked_back:  # "Dus ... . Heb ik dat goed?": a summary the student may correct
            found = [
                f for f in found if f.kind != SUGGESTIVE or not _SUMMARY_LEAD[lang].match(f.trigger)
            ]
        if any(_CONFIRM[lang].match(m.group()) for m in sentences[i + 1 :]) and _echoes_known(
            _FRAME[lang].sub("", match.group()), lang, known
        ):
            # "Je hebt hem al vijftig euro gestuurd. Klopt dat?" after the student said so: the
            # student's words given back to be corrected steer, blame and ask nothing
            found = [f for f in found if f.kind == SECRECY_PROMISE]
        findings += found
    # The student addressed by name ("En Lotte, wat denk jij zelf?", "And Jayden, what do you
    # think?") is no person the adviser puts in: the name is the student's own.
    named = {m.group("name").casefold() for m in _VOCATIVE[lang].finditer(text)}
    named |= {m.group("name").casefold() for m in _VOCATIVE_END[lang].finditer(text)}
    return [f for f in findings if not (f.kind == SUGGESTIVE and f.trigger.casefold() in named)]


def _offer_agreed(sentences: Sequence[re.Match[str]], i: int, lang: str, text: str) -> bool:
    """Whether sentence ``i`` asks the student to agree to a step the adviser offers: after the
    offer ("Ik kan je helpen het te laten verwijderen. Wil je dat?", "We could report it
    together. Would you like to?") or before the choice left to the student ("Want a hand
    telling them? Your call."). Who is told stays a closed choice about the case ("Ik kan je
    moeder bellen. Wil je dat?"), except the student's own presence ("I'll ring the police
    later. Would you like to be there?"); a secret kept stays a promise."""
    if _SECRET_WORDS.search(text):
        return False
    asked = sentences[i].group()
    if _INVOLVES[lang].search(_SHOWING[lang].sub("", asked)):
        return False
    if (
        i + 1 < len(sentences)
        and _CHOICE_LEFT[lang].match(sentences[i + 1].group())
        and (_CONSENT_ASKED[lang].match(asked) or _OFFER[lang].search(asked))
    ):
        return True
    if not i or not _CONSENT_ASKED[lang].match(asked):
        return False
    before = sentences[i - 1].group()
    return (
        not before.rstrip().endswith("?")
        and _STEP_OFFERED[lang].search(before) is not None
        and (
            _PRESENCE[lang].search(asked) is not None
            or not _INVOLVES[lang].search(_SHOWING[lang].sub("", before))
        )
    )


# Words after which a question may trail off: particles and terms of endearment ("..., love?").
_TRAILING = {
    "nl": frozenset(["dan", "precies", "eigenlijk", "joh", "bro", "jong", "meid", "schat", "toen"]),
    "en": frozenset(["then", "exactly", "actually", "love", "honey", "bro", "fam", "mate", "pal"]),
}
# A word that makes a fragment a closed question of its own: a finite verb or auxiliary first,
# or a pronoun or possessive that puts a statement or a guess ("Je ex?", "You sent it?").
_CLOSED_LEAD = {
    "nl": frozenset(
        ["je", "jij", "jouw", "u", "uw", "hij", "zij", "ze", "zijn", "haar", "het", "dat"]
    ),
    "en": frozenset(
        ["you", "your", "he", "she", "they", "his", "her", "their", "it", "that", "this"]
    ),
}
# A one-word lead-in put as a question before what the adviser says ("Honestly? I can't ...").
_LEAD_IN = {
    "nl": re.compile(r"\W*(?:eerlijk(?:\s+gezegd)?|echt\s+eerlijk)\s*\?\s*$", re.IGNORECASE),
    "en": re.compile(
        r"\W*(?:honestly|to\s+be\s+honest|truthfully|real\s+talk)\s*\?\s*$", re.IGNORECASE
    ),
}


def _fragment(sentence: str, language: str) -> bool:
    """A question without a verb of its own at the start: examples, a list, a scope
    ("Iemand thuis, een vriend, een leerkracht?", "Sleeping, eating, that sort of thing?")."""
    words = [w.casefold() for w in _WORD.findall(sentence)]
    while words and words[0] in _LEAD_FILLERS:
        words = words[1:]
    if not words or len(words) > 12 or not sentence.rstrip().endswith("?"):
        return False
    first = re.split(r"['’]", words[0])[0]
    if first in ("of", "or"):
        return False  # "... ging het om geld? Of om foto's?": the other option of a closed one
    finite = (
        _FINITE_LEAD[language] | _AUXILIARIES_EN if language == "en" else _FINITE_LEAD[language]
    )
    return first not in finite and first not in _CLOSED_LEAD[language]


def _open_question(sentence: str, language: str) -> bool:
    return sentence.rstrip().endswith("?") and _option_posing(sentence, language) is None


def _elaborates(sentences: Sequence[re.Match[str]], i: int, lang: str) -> bool:
    """Whether sentence ``i`` only fills out an open question next to it: examples or a list
    after it ("Wie wil je erbij? Iemand thuis, een vriend?", "How are you doing? Sleeping,
    eating?"), a fragment that leads into it ("En vanaf toen, bro? Wat is er gebeurd?"), or a
    lead-in before what the adviser says ("Honestly? I can't keep it secret.")."""
    here = sentences[i].group()
    if i + 1 < len(sentences) and _LEAD_IN[lang].match(here):
        return True
    if not _fragment(here, lang):
        return False
    before = sentences[i - 1].group() if i else ""
    after = sentences[i + 1].group() if i + 1 < len(sentences) else ""
    return bool(
        (before and _open_question(before, lang)) or (after and _open_question(after, lang))
    )


# Chat spellings of the words the rules look for ("wss" is "waarschijnlijk", "u wont tell"
# is "you won't tell"). A sentence typed so is checked again in full spelling; a kind found
# only then is reported on the whole sentence.
_CHAT_SPELLING = RULE_SPELLING
_CHAT_WORD = re.compile(r"[\w']+", re.UNICODE)


def _chat_spelling_findings(
    match: re.Match[str], language: str, known: set[str], found: set[str]
) -> list[Finding]:
    sentence = match.group()
    spelling = _CHAT_SPELLING[language]
    full = _CHAT_WORD.sub(lambda w: spelling.get(w.group().casefold(), w.group()), sentence)
    if full == sentence:
        return []
    stripped = sentence.strip()
    start = match.start() + sentence.index(stripped)
    out: list[Finding] = []
    for f in _check_sentence(full, 0, language, known, full):
        if f.kind not in found and f.kind not in {g.kind for g in out}:
            out.append(replace(f, start=start, end=start + len(stripped), trigger=stripped))
    return out


_CHECK_BACK = {
    "nl": _rx(
        r"\bheb\s+ik\s+(?:dat|het)\s+(?:zo\s+)?goed\b|\bzeg\s+ik\s+het\s+(?:zo\s+)?goed\b|"
        r"\bklopt\s+(?:dat|het)\s+zo\b|\bbegrijp\s+ik\s+het\s+goed\b|\b(?:vul|verbeter|corrigeer)\s+(?:me|mij)\b"
        r"|\bzeg\s+het\s+(?:maar\s+)?als\s+ik\s+(?:iets|het)\s+(?:mis|verkeerd)"
    ),
    "en": _rx(
        r"\bhave\s+i\s+got\s+(?:that|it)\s+right\b|\bis\s+that\s+(?:fair|right)\b|"
        r"\bdid\s+i\s+get\s+(?:that|it)\s+right\b|\bam\s+i\s+right\s+in\s+saying\b|\bcorrect\s+me\s+if\b"
        r"|\b(?:tell|let)\s+me\s+(?:know\s+)?if\s+i(?:'ve|\s+have)?\s+(?:got\s+)?(?:anything|something|it)\s+"
        r"(?:wrong|missed)|\bfill\s+me\s+in\s+if\s+i\b"
    ),
}
# Secrecy that is not the adviser's promise: the other person demanded it, young people in
# general keep such things secret, or the adviser says they are staying ("ik ga nergens heen").
_OTHERS_SECRECY = {
    "nl": _rx(
        # (not "Wil jij dat we het geheim houden?", which proposes it)
        r"\b(?:zei|zegt|vroeg|vraagt|wilde|wil(?!\s+(?:je|jij|u)\s+dat\s+(?:we|wij|ik)\b)|dwong|eiste|eist)\b"
        r"[^.?!;]{0,30}\b(?:geheim|stil)\s*"
        r"(?:moest|moet|moesten|te)?\s*houden\b",
        # such things often stay secret a long time ("Zoiets blijft vaak lang een geheim")
        r"\b(?:zoiets|zulke\s+dingen|dit\s+soort\s+dingen)\s+(?:blijft|blijven|houden\s+\w+)\s+(?:vaak|"
        r"meestal|soms)\b",
        r"\b(?:jongeren|leerlingen|kinderen|mensen|meiden|jongens)\s+houden\b[^.?!;]{0,30}\bgeheim\b",
        # other people, or the student, keeping it to themselves: what they do, not a promise
        # ("veel slachtoffers houden het lang voor zich", "je hebt het lang voor jezelf gehouden")
        r"\b(?:jongeren|leerlingen|kinderen|mensen|meiden|jongens|slachtoffers|tieners|pubers|"
        r"anderen|leeftijdgenoten)\s+(?:houden|hielden|bewaren|bewaarden)\b[^.?!;]{0,40}\b(?:geheim|"
        r"voor\s+zich(?:zelf)?|stil|verborgen)\b",
        r"\b(?:je|jij|u)\s+(?:hebt|had|heeft|hield|bleef)\b[^.?!;]{0,30}\b(?:geheim|voor\s+(?:je|jezelf|"
        r"uzelf|u)|stil|verborgen)\s+(?:gehouden|houden|te\s+houden)\b|\b(?:je|jij|u)\s+hield\s+(?:het|"
        r"dit|dat)\s+(?:\w+\s+){0,2}(?:geheim|voor\s+(?:je|jezelf|uzelf))\b",
        r"^\s*(?:[^.?!;]*,\s*)?ik\s+ga\s+nergens\s+heen\s*[.!]?\s*$",
        # an offer to come back, said on its own ("U kunt altijd bij mij terecht; ...")
        r"^\s*(?:[^.?!;]*,\s*)?(?:je|jij|u)\s+(?:kan|kunt|mag)\s+altijd\s+(?:\w+\s+)?(?:bij\s+mij\s+)?"
        r"(?:terecht|langskomen|aankloppen|binnenlopen)\s*(?:[.!;]|$)",
        # nobody judging or angry, and an open door, in a sentence that says nothing of silence
        # ("Niemand hier gaat je veroordelen", "m'n deur staat open")
        r"^(?![^.?!]*\b(?:weten|horen|hoort|vertel\w*|zeg\w*|geheim|tussen|onder\s+ons)\b)[^.?!]*"
        r"(?:\bniemand\b[^.?!]{0,25}\b(?:veroordel\w*|boos|kwaad|pissig|uitlach\w*|straff?\w*|kwalijk)\b|"
        r"\b(?:mijn|m'n|mn)\s+deur\s+(?:staat|is)\s+(?:altijd\s+)?open\b)",
    ),
    "en": _rx(
        r"\b(?:told|tells|asked|asks|made|makes|wanted|wants|begged|forced)\s+(?:you|u|her|him|them)\s+"
        r"to\s+keep\b",
        r"\b(?:young\s+people|students|pupils|kids|children|teenagers|teens|people)\s+keep\b"
        r"[^.?!;]{0,40}\bsecret\b",
        # other people, or the student, keeping it to themselves: what they do, not a promise
        # ("lots of victims keep it to themselves", "you've kept this to yourself for so long")
        r"\b(?:young\s+people|students|pupils|kids|children|teenagers|teens|people|ppl|victims|"
        r"others)\s+(?:keep|kept|hide|hid)\b[^.?!;]{0,40}\b(?:secret|to\s+themselves|quiet|hidden)\b",
        r"\b(?:you've|youve|you\s+have|you|u've|u|you'd|you\s+had)\s+(?:been\s+)?(?:kept|keeping|held|"
        r"holding|carried|carrying)\b[^.?!;]{0,30}\b(?:secret|to\s+yourself|in|quiet|inside|alone)\b",
        r"^\s*(?:[^.?!;]*,\s*)?(?:i'm|im|i\s+am)\s+not\s+(?:going|gonna|goin)\s+anywhere"
        r"\s*[.!]?\s*$",
        # nobody judging or angry, and an open door, in a sentence that says nothing of silence
        r"^(?![^.?!]*\b(?:know|hear|tell\w*|say\w*|secret|between|find\s+out)\b)[^.?!]*(?:\b(?:nobody|"
        r"no\s*one|no-one)\b[^.?!]{0,25}\b(?:judg\w*|angry|mad|cross|blam\w*|laugh\w*|punish\w*|"
        r"deserves)\b|\bmy\s+door\s+is\s+(?:always\s+)?open\b)",
        # an offer to come back, said on its own ("You can always come back to me; ...")
        r"^\s*(?:[^.?!;]*,\s*)?(?:you|u)\s+can\s+always\s+(?:come\s+(?:back\s+)?(?:to\s+(?:me|see\s+me)|"
        r"and\s+see\s+me)|talk\s+to\s+me|find\s+me|knock\s+on\s+my\s+door)\s*(?:[.!;]|$)",
    ),
}
# A why-question about someone else's motive ("Waarom denk je dat hij dat deed?", "What do you
# think led him to do that?"): it asks the student's view of what another person did and puts
# nothing of the student's own behaviour on trial. The subject of the why is the other person.
_OTHER_PERSON_NL = (
    r"(?:hij|zij|ze|ie|die|hun|hen|iemand|mensen|anderen|die\s+\w+|de\s+\w+|hem|haar)"
)
_OTHER_PERSON_EN = (
    r"(?:he|she|they|someone|somebody|people|others|that\s+\w+|those\s+\w+|the\s+\w+)"
)
_RELATION_NL = (
    r"(?:ex|vriend|vriendin|vriendje|vriendinnetje|broer|zus|klasgenoot|klasgenoten|moeder|vader|"
    r"ouders|neef|nicht|vrienden|vriendinnen|mentor|docent|trainer)"
)
_RELATION_EN = (
    r"(?:mate|mates|friend|friends|ex|boyfriend|girlfriend|bf|gf|brother|sister|cousin|classmate|"
    r"classmates|mum|mom|dad|parents|teacher|coach)"
)
_OTHERS_MOTIVE = {
    "nl": _rx(
        r"\bwaarom\s+(?:denk|denkt|dacht)\s+(?:je|jij|u)\s+(?:nou\s+|zelf\s+)?(?:dat\s+)?(?:"
        + _OTHER_PERSON_NL
        + r"|(?-i:[A-Z][a-zà-ÿ]+))\b",
        # "waarom, denk je, zouden ze dat doen?"
        r"\bwaarom\s*,\s*(?:denk|denkt)\s+(?:je|jij|u)\s*,\s*(?:zou|zouden|deed|deden|doet|doen)\s+(?:ze|hij|zij|"
        r"die)\b",
        r"\bwaarom\s+(?:deed|deden|doet|doen|wilde|wilden|wil|willen|zou|zouden|heeft|hebben|"
        r"had|hadden|was|waren|is|zijn|ging|gingen|stuurde|stuurden)\s+" + _OTHER_PERSON_NL + r"\b",
        # the verb comes second in a Dutch why-question, its subject after it: "waarom zette ze
        # het in haar story?", "waarom bleef die gast sturen?"
        r"\bwaarom\s+(?!denk|denkt|dacht|vind|vond)\w+\s+(?:hij|zij|ie|iemand|mensen|anderen|"
        r"die\s+(?:gast|jongen|jongens|man|meid|meisje|vent|gozer|mensen|leerlingen))\b",
        r"\bwat\s+(?:denk|denkt|dacht)\s+(?:je|jij|u)\s+dat\s+(?:hem|haar|hen|hun|ze)\s+"
        r"(?:\w+\s+){0,3}(?:bracht|dreef|zette|deed)\b",
        r"\b(?:zijn|haar|hun)\s+(?:reden|redenen|motief|bedoeling)\b",
        # someone named, or a person described ("Waarom zou Sanne dat gedaan hebben?", "waarom
        # zou een beste vriendin zoiets doen?")
        r"\bwaarom\s+(?:zou|zouden|deed|heeft|had|is|was|wilde)\s+(?:(?-i:[A-Z][a-zà-ÿ]\w*)|een\s+"
        r"(?:beste\s+)?" + _RELATION_NL + r")\b",
        # the other person named through the student ("waarom je ex die video erin zette")
        r"\bwaarom\s+(?:(?:zou|zouden|deed|heeft|had|is|was)\s+)?(?:je|jouw|jou)\s+(?:beste\s+)?"
        + _RELATION_NL
        + r"\b",
    ),
    "en": _rx(
        r"\bwhy\s+(?:do|did|would)\s+(?:you|u|ya)\s+(?:think|reckon|suppose|guess)\s+"
        r"(?:that\s+)?" + _OTHER_PERSON_EN + r"\b",
        r"\bwhy\s+(?:d'you|d'ya|dyou|dya)\s+(?:think|reckon|suppose)\s+(?:that\s+)?"
        + _OTHER_PERSON_EN
        + r"\b",
        r"\bwhy\s+(?:did|didn't|does|do|would|was|were|is|are|has|have|had|could)\s+"
        + _OTHER_PERSON_EN
        + r"\b",
        r"\bwhat\s+(?:do|did)\s+(?:you|u)\s+(?:think|reckon)\s+(?:led|made|got|drove|pushed|"
        r"caused)\s+(?:him|her|them)\b",
        r"\b(?:his|her|their)\s+(?:reason|reasons|motive|motives)\b",
        r"\bwhy\s+(?:he|she|they)\s+(?:did|went|wanted|would|was|were|do|does)\b",
        r"\bwhy(?:'d|’d|'s|’s|d)\s+" + _OTHER_PERSON_EN + r"\b",
        r"\bwhy\s+(?:he|she|they)\s+\w+",
        # someone named ("Why would Bethan do that?"), or the student's friend after "d'you"
        r"\bwhy\s+(?:would|did|does|do|has|had|was|is|could)\s+(?-i:[A-Z][a-z]\w*)\b",
        r"\bwhy\s+(?:d'you|d'ya|dyou|dya)\s+(?:think|reckon|suppose)\s+(?:that\s+)?(?:your|ur)\s+(?:best\s+)?"
        + _RELATION_EN
        + r"\b",
        # the other person named through the student ("why your mate would've shared it")
        r"\bwhy\s+(?:(?:do|did|would)\s+(?:you|u)\s+(?:think|reckon|suppose|guess)\s+)?(?:(?:would|did|"
        r"does|do|has|had|was|is)\s+)?(?:your|ur)\s+(?:best\s+)?" + _RELATION_EN + r"\b",
    ),
}
# A clause that grants something for the sake of argument: what follows is no presumption.
# What the adviser might think, not what they claim: a condition or a cause denied right before
# "ik denk dat je" / "I think you" ("Als ik denk dat je niet veilig bent, ...", "not because I
# think you did something wrong").
# A hedge that answers the student's question or forecasts a step of the adviser's ("Waarschijnlijk
# wel, ja.", "Je ouders gaan het waarschijnlijk moeten weten", "Probably, yeah."): it presumes
# nothing about what happened.
_FORECAST = {
    "nl": _rx(
        r"^\s*(?:eerlijk\s+gezegd\s*,?\s*)?(?:waarschijnlijk|vermoedelijk|misschien)(?:\s+(?:wel|niet))?\s*"
        r"(?:,\s*(?:ja|nee))?\s*[.!]?\s*$",
        r"\b(?:waarschijnlijk|misschien)\s+(?:\w+\s+){0,2}(?:moeten|moet)\s+(?:weten|ingelicht\s+worden)\b|"
        r"\b(?:moet|moeten)\s+(?:het\s+|dat\s+|dit\s+)?(?:waarschijnlijk|misschien)\s+(?:weten|horen)\b",
    ),
    "en": _rx(
        r"^\s*(?:honestly\s*,?\s*)?(?:probably|maybe|possibly)(?:\s+not)?\s*(?:,\s*(?:yeah|yes|no))?\s*[.!]?\s*$",
        r"\bprobably\s+(?:needs?|has|have)\s+to\s+(?:know|be\s+told)\b",
    ),
}
_UNASSERTED = {
    "nl": _rx(r"\b(?:als|wanneer|zodra|indien|mocht|niet\s+omdat)\s*$"),
    "en": _rx(r"\b(?:if|when|whenever|unless|not\s+because)\s*$"),
}
_CONCESSIVE = {
    "nl": _rx(r"\b(?:ook|zelfs)\s+als\b[^,;]*$"),
    "en": _rx(r"\b(?:even\s+if|whether\s+or\s+not)\b[^,;]*$"),
}
# The student's words attributed to them ("Je voelt je dom, zeg je.", "You said he wanted £200."):
# the adviser repeats, presumes nothing. Not when the adviser draws a conclusion from them ("You
# said he was nice, so you trusted him?").
_ATTRIBUTED = {
    "nl": _rx(
        r",\s*(?:zei|zeg|zegt|vertelde|noemde)\s+(?:je|jij|u)\s*[.!…]*\s*$",
        r"^\s*(?:(?:oké|ok|dus|en|ja)\s*,?\s*)?(?:je|jij|u)\s+(?:zei|zegt|vertelde|noemde|gaf\s+aan)\b"
        r"(?![^?]*\b(?:dus|daarom|omdat|dan\s+(?:heb|had|was|ben|wilde)|toch)\b)[^?]*[.!…]?\s*$",
    ),
    "en": _rx(
        r",\s*(?:you|u)\s+(?:said|say|told\s+me|mentioned)\s*[.!…]*\s*$",
        r"^\s*(?:(?:okay|ok|so|and|yeah)\s*,?\s*)?(?:you|u)\s+(?:said|told\s+me|mentioned)\b"
        r"(?![^?]*\b(?:so|because|cos|then\s+you|right|yeah)\b)[^?]*[.!…]?\s*$",
    ),
}
# A question that only asks whether the summary before it is right ("Klopt dat?", "Goed zo
# samengevat?", "Is that correct?", "Got that right?"), see check_question.
# The words that frame a summary ("If I have understood you correctly, ...").
_FRAME = {
    "nl": re.compile(
        r"^\s*(?:dus\s+)?als\s+ik\s+(?:het|je|jou|u)\s+goed\s+(?:begrijp|begrepen\s+heb|heb\s+begrepen)"
        r"\s*,?"
        # a lead-in that says a summary follows, up to its colon or dash ("Even kijken of ik het
        # goed begrijp:", "Ik vat het even samen: volgens jou ...", "Even checken —")
        r"|^\s*[^:—–.?!]{0,80}?\b(?:samen\w*|begrijp\w*|begrepen|gehoord|hoor|goed\s+heb|check\w*|"
        r"herhaal\w*|kijken\s+of)\b[^:—–.?!]{0,80}[:—–]\s*(?:volgens\s+(?:jou|u|jij|gij)\s*,?)?",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"^\s*(?:so\s+)?if\s+i(?:'ve|\s+have)?\s+(?:understood|understand|got|get)\s+(?:you\s+|it\s+|"
        r"this\s+|that\s+)?(?:correctly|right)\s*,?"
        # "To summarise:", "Let me check I've got this right:", "Quick recap:", "Let me repeat:"
        r"|^\s*[^:—–.?!]{0,80}?\b(?:summar\w*|recap|repeat|understood|understand|got\s+(?:this|it|"
        r"that|you)|heard|hearing|make\s+sure|check\w*)\b[^:—–.?!]{0,80}[:—–]\s*(?:you\s+(?:believe|think|"
        r"feel|say|said)\s+(?:that\s+)?)?",
        re.IGNORECASE,
    ),
}
_LAST_CLAUSE = re.compile(r"[,:;]([^,:;]*)$")
_CONFIRM = {
    "nl": re.compile(
        r"\s*(?:(?:en|oké|ok)\s*,?\s*)?(?:klopt\s*(?:dat|het)?|(?:heb\s+ik\s+(?:dat|het)\s+)?(?:zo\s+)?"
        r"goed\s+(?:zo\s+)?(?:samengevat|begrepen|gezegd)|zie\s+ik\s+(?:dat|het)\s+goed"
        # "Geef ik dat juist weer?", "Is dat zo juist weergegeven of mis ik iets?", "Is dat wat je
        # bedoelt?", "Zo zei je het?", "Heb ik je goed begrepen?", "Goed zo?"
        r"|geef\s+ik\s+(?:dat|het)\s+(?:zo\s+)?(?:juist|goed|correct)\s+weer|is\s+dat\s+(?:zo\s+)?"
        r"(?:juist|correct|goed)(?:\s+weergegeven)?(?:\s+of\s+mis\s+ik\s+(?:iets|wat))?|is\s+dat\s+wat\s+"
        r"(?:je|jij|u|ge|gij)\s+(?:bedoelt|bedoelde|zegt|zei)|zo\s+zei\s+(?:je|jij|u|ge|gij)\s+(?:het|dat)|"
        r"heb\s+ik\s+(?:je|jou|u|het|dat)\s+(?:zo\s+)?goed\s+(?:begrepen|gehoord)|goed\s+zo"
        # "Heb ik dat correct?", "Juist?", "Zo?", "Zo ging het?", "Mis ik iets?", "Wil je daar nog
        # iets aan toevoegen?"
        r"|(?:heb\s+ik\s+(?:dat|het)\s+)?(?:zo\s+)?(?:juist|correct)|zo(?:\s+ging\s+het|\s+is\s+het\s+"
        r"gegaan)?|ging\s+het\s+zo|mis\s+ik\s+(?:nog\s+)?(?:iets|wat)|(?:wil|wilt)\s+(?:je|jij|u)\s+"
        r"(?:daar\s+|er\s+)?(?:nog\s+)?(?:iets|wat)\s+(?:aan\s+)?toevoegen)"
        r"\s*(?:,?\s*(?:hè|he|toch|zo|joh|bro))?\s*\?+\s*$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\s*(?:(?:and|so|okay|ok)\s*,?\s*)?(?:(?:is\s+)?(?:that|this)(?:'s)?\s+(?:about\s+|all\s+)?"
        r"(?:right|correct|accurate)|(?:have\s+i\s+|did\s+i\s+)?got?\s+(?:that|it)\s+(?:all\s+)?"
        r"right|right"
        # "Correct or not?", "Have I understood that correctly?", "Have I heard you right?", "Is
        # that what you're saying?", "That's what you told me?", "Yeah?"
        r"|(?:correct|accurate)(?:\s+or\s+not)?|(?:have|did)\s+i\s+(?:understood|understand|heard|hear|"
        r"got|get)(?:\s+(?:you|that|it|this|everything))?(?:\s+(?:all\s+)?(?:right|correctly|properly))?|"
        r"is\s+that\s+what\s+you(?:'re|\s+are)?\s+(?:said|say|mean|meant|told\s+me|saying)|"
        r"that(?:'s|\s+is)\s+what\s+you\s+(?:said|told\s+me|meant|mean)|yeah"
        # "Is that it?", "Anything I've missed?", "Did I miss anything?", "Anything you'd add?"
        r"|is\s+that\s+it|(?:is\s+there\s+)?anything\s+(?:(?:that\s+)?i(?:'ve|\s+have)?\s+(?:missed|got\s+"
        r"wrong|left\s+out)|(?:you'd|you\s+would|you\s+want\s+to)\s+add)|did\s+i\s+(?:miss|leave\s+out|get\s+"
        r"wrong)\s+(?:anything|something))"
        r"\s*(?:,\s*(?:\w+\s*){1,2})?\?+\s*$"
        # "Tell me if I've missed anything.": a request to correct the summary, not a question
        r"|\s*(?:(?:and|so|okay|ok)\s*,?\s*)?(?:tell|let)\s+me\s+(?:know\s+)?if\s+i(?:'ve|\s+have)?\s+"
        r"(?:missed|got)\s+(?:anything|something)(?:\s+wrong)?\s*[.!?]*\s*$",
        re.IGNORECASE,
    ),
}
_SUMMARY_LEAD = {
    "nl": re.compile(
        r"\s*(?:en\s+)?(?:dus\b|als\s+ik\s+(?:het|je)\s+goed\s+begrijp\b)", re.IGNORECASE
    ),
    "en": re.compile(
        r"\s*(?:and\s+)?(?:so\b|if\s+i\s+(?:understand|get)\s+(?:it\s+|this\s+|you\s+)?"
        r"(?:correctly|right)\b)",
        re.IGNORECASE,
    ),
}


# Words in quotation marks: what others say, named by the adviser, not the adviser's own.
_QUOTED = re.compile(r"(?:(?<=\s)|^)['‘\"“][^'’\"”]+['’\"”](?=[\s,.;:!?]|$)")
_PERMISSION = {
    "nl": re.compile(
        r"\s*(?:prima|oké|ok|geen\s+probleem|dat\s+mag|mag\s+(?:gewoon|altijd)|zeg\s+(?:het|dat|dan)|"
        r"dat\s+is\s+(?:prima|goed|oké|niet\s+erg))\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\s*(?:(?:that's|thats|that\s+is)\s+(?:fine|ok|okay|alright)|fine|no\s+problem|(?:just\s+)?say"
        r"(?:\s+so)?|you\s+(?:can|may)|tell\s+me)\b",
        re.IGNORECASE,
    ),
}
# A question about how the talk or the help goes, not about what happened (dev batches a16 and
# a17, 2026-12-04: a third of the rules' false flags on these fresh writers): an offer or a
# proposal for what comes next ("Would you like to pause?", "Shall we look at it together?",
# "Wil je dat ik erbij ben?", "Zullen we ..."), the student's preference asked ("Would you rather
# ... or ...?"), and a check that the adviser's own plan or words are clear or agreed ("Does that
# make sense?", "Is dat voor jou duidelijk?", "Helder?"). The answer steers nothing of the
# student's account: no closed question, no tag. Not in the past ("Did you want him to see
# it?" asks about the event).
_PROCESS = {
    "nl": _rx(
        r"^\W*(?:(?:en|dus|oké|ok|eh|hm|nou|goed)\W+)*(?:wil|wilt)\s+(?:je|jij|u)\s+(?:liever|even|"
        r"graag|(?:er\s+)?(?:pauze|even\s+pauze|pauzeren|stoppen|verder))",
        # the adviser's presence or doing it together offered, not a choice about the case
        # ("Wil je dat we je ouders bellen?" stays a closed question)
        r"^\W*(?:(?:en|dus|oké|ok|eh|hm|nou|goed)\W+)*(?:(?:wil|wilt)\s+(?:je|jij|u)\s+dat|zal|"
        r"(?:zou|zoudt)\s+(?:je|jij|u)\s+(?:het\s+)?(?:willen|fijn\s+vinden)\s+(?:dat|als))\s+(?:ik|we|"
        r"wij)\s+(?:(?:even|dan|gewoon|graag|straks|ook)\s+)?(?:erbij|samen|bij\s+je|naast\s+je|"
        r"meelezen|meekijken)\b",
        r"^\W*(?:(?:en|dus|oké|ok|eh|hm|nou|goed)\W+)*zullen\s+(?:we|wij)\b",
        r"^\W*(?:(?:en|dus|oké|ok|eh|hm|nou|goed)\W+)*(?:(?:heb|hebt|heeft)\s+(?:je|jij|u)\s+)?"
        r"zin\s+(?:om|in)\s+(?:dat\s+)?(?:samen|even|een\s+pauze|pauze|iets\s+te\s+drinken)\b",
        r"^\W*(?:(?:en|dus|oké|ok|eh|hm|nou|goed)\W+)*(?:vind|vindt)\s+(?:je|jij|u)\s+(?:dat|het)\s+"
        r"(?:goed|oké|ok|prima|fijn|akkoord)\s*\??\s*$",
        r"^\W*(?:(?:en|dus|oké|ok|eh|hm|nou|goed)\W+)*(?:is|was)\s+(?:dat|het)\s+(?:voor\s+(?:jou|je|u)"
        r"\s+)?(?:duidelijk|helder|goed|oké|ok|prima|akkoord)\s*(?:voor\s+(?:jou|je|u)\s*)?\??\s*$",
        r"^\W*(?:(?:en|dus|oké|ok|eh|hm|nou|goed)\W+)*(?:snap|begrijp|volg)\s+(?:je|jij|u)\s+"
        r"(?:hoe|wat)\s+(?:we|wij|ik)\b",
        r"^\W*(?:helder|duidelijk|goed|prima(?:\s+zo)?|akkoord|oké|ok|okay)\s*\?\s*$",
    ),
    "en": _rx(
        r"^\W*(?:(?:and|so|okay|ok|um|uh|er|right|well)\W+)*(?:would|do)\s+(?:you|u)\s+(?:like|want|"
        r"wanna|prefer)\s+(?:to\s+(?:pause|stop|carry\s+on|take\s+a|have\s+a|grab|go\s+on|keep\s+going|"
        r"come\s+back|sit|meet)|a\s+(?:\w+\s+)?(?:break|pause|drink|glass|minute|moment))\b",
        # the adviser's presence or doing it together offered, not a choice about the case ("Do
        # you want us to call your parents?" stays a closed question)
        r"^\W*(?:(?:and|so|okay|ok|um|uh|er|right|well)\W+)*(?:(?:would|do)\s+(?:you|u)\s+(?:like|want|"
        r"wanna|prefer)\s+(?:me|us)|shall\s+i)\s+(?:to\s+(?:be|sit|stay|come|go|look|read|do)\s+"
        r"(?:\w+\s+){0,2}?)?(?:there|with\s+you|together|beside\s+you|over\s+with\s+me)\b",
        r"^\W*(?:(?:and|so|okay|ok|um|uh|er|right|well)\W+)*(?:would|do)\s+(?:you|u)\s+(?:rather|"
        r"prefer\s+to)\b",
        r"^\W*(?:(?:and|so|okay|ok|um|uh|er|right|well)\W+)*(?:shall|should)\s+we\b",
        r"^\W*(?:(?:and|so|okay|ok|um|uh|er|right|well)\W+)*(?:fancy|want\s+to|wanna)\s+(?:a\s+|some\s+)?"
        r"(?:break|pause|drink|do\s+it\s+together|do\s+that\s+together|look\s+together|sit)\b",
        r"^\W*(?:(?:and|so|okay|ok|um|uh|er|right|well)\W+)*(?:does|did|is|would)?\s*(?:that|this|it)\s+"
        r"(?:(?:make\s+sense|makes\s+sense|clear|sound\s+(?:okay|ok|alright|good|fair))\s*(?:to\s+you|"
        r"with\s+you|for\s+you)?|(?:okay|ok|alright|all\s+right|fine)\s+(?:to\s+you|with\s+you|for\s+"
        r"you))\s*\??\s*$",
        r"^\W*(?:make\s+sense|clear|alright|all\s+right|okay|ok|fair\s+enough|sound\s+(?:okay|ok|good|"
        r"fair))\s*\?\s*$",
    ),
}
# A proposal or a plan to keep it between the two is a promise put as a question, not a
# question about how the talk goes: the findings stay ("Shall we keep this our secret?").
_SECRET_WORDS = _rx(
    r"\bgeheim|\bonder\s+ons\b|\bvoor\s+(?:me|mij|mezelf|mijzelf)\s+(?:hou|houd|houden)\b|"
    r"\btussen\s+(?:ons|u\s+en\s+mij|jou\s+en\s+mij)\b|\bniemand\b|\bonder\s+de\s+pet\b",
    r"\bsecret|\bbetween\s+(?:us|you\s+and\s+me|ourselves|the\s+two)\b|\bto\s+myself\b|"
    r"\bconfidential|\boff\s+the\s+(?:books|record)\b|\bnobody\b|\bno\s*one\b|\bjust\s+us\b|"
    r"\bgoing\s+anywhere\b|\bhush\b|\bout\s+of\s+(?:it|the\s+loop)\b",
)
_CONSENT_TAIL = re.compile(
    r"[,;]\s*(?:okay|ok|alright|all\s+right|fair\s+enough|oké|goed|prima|akkoord|deal|afgesproken)\s*\?\s*$",
    re.IGNORECASE,
)
# The adviser's own plan before a tag ("I'll ring the police this afternoon, okay?", "ik zeg het
# jou altijd eerst, oké?"): the tag asks for consent to what the adviser will do, not for the
# student to confirm a presumption. Not after a presumption or what the adviser thinks ("I
# think you were scared, right?").
_OWN_PLAN = {
    "nl": _rx(
        r"\b(?:ik|we|wij)\s+(?:ga|gaan|zal|zullen)\b(?!\s+ervan\s+uit)"
        r"(?![^,?]*\b(?:denken|vinden|aannemen)\b)",
        r"\blaten\s+we\b",
        r"\bik\s+(?:\w+\s+){0,3}?(?:bel|meld|zeg|vertel|noteer|kom|vraag|stuur|regel|leg|laat|zet|app|"
        r"schakel|schrijf)\b|\b(?:zeg|vertel|bel|laat|stuur)\s+ik\b",
    ),
    "en": _rx(
        r"\b(?:i|we)(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'re\s+going\s+to|\s+are\s+going"
        r"\s+to)\s+(?!(?:assume|guess|think|bet|say\s+you|take\s+it)\b)",
        r"\blet's\b|\blet\s+us\b",
    ),
}


# The adviser's offer or plan of a practical step, said as a statement before a question that
# asks whether the student wants it ("Ik kan je laten zien hoe je het meldt.", "We could report
# that account together.", "The account can be reported to the moderators.").
_STEP_OFFERED = {
    "nl": _rx(
        r"\b(?:ik|we|wij)\s+(?:kan|kunnen|zou|zouden|ga|gaan|zal|zullen|wil)\b|\bkan\s+(?:\w+\s+){0,4}?"
        r"(?:gemeld|verwijderd|weggehaald|offline\s+gehaald)\s+worden\b",
        r"\bik\s+(?:\w+\s+){0,3}?(?:bel|meld|regel|maak|app|schakel|stuur)\b|\b(?:bel|meld|regel|maak|ga|kan|zal)\s+"
        r"ik\b",
    ),
    "en": _rx(
        r"\b(?:i|we)(?:\s+can|\s+could|\s+might|\s+will|'ll|\s+would|'m\s+going\s+to|\s+am\s+going\s+to)\b|"
        r"\bcan\s+be\s+(?:reported|removed|taken\s+down|flagged)\b",
        r"\bfirst\s+we\b|\bi\s+(?:do\s+)?(?:have|need)\s+to\s+(?:make|write|take)\s+(?:some\s+)?notes\b",
    ),
}
# The choice left to the student after an offer: "Moet je zelf weten.", "Jij beslist.", "Your
# call.", "Up to you.", "Only if you're okay."
_CHOICE_LEFT = {
    "nl": re.compile(
        r"\s*(?:(?:dat\s+)?(?:moet|mag)\s+(?:je|jij|u|ge|gij)\s+zelf\s+(?:weten|bepalen|kiezen)|(?:jij|u|gij)\s+"
        r"(?:beslist|bepaalt|kiest)|alleen\s+als\s+(?:je|jij|u|ge|gij)\s+(?:dat\s+)?(?:wil|wilt|wilde)"
        # "Zeg gerust nee.", "Je mag ook nee zeggen.", "U bent vrij om te weigeren.",
        # "Allebei goed."
        r"|zeg\s+(?:het\s+)?gerust\s+(?:nee|als)|(?:je|jij|u|ge|gij)\s+(?:mag|moogt)\s+(?:ook\s+|gerust\s+)?nee\s+"
        r"zeggen|(?:je|jij|u|ge|gij)\s+(?:bent|zijt)\s+vrij\s+om|(?:allebei|beide)\s+(?:is\s+)?(?:goed|prima|oké)|"
        r"nee\s+is\s+ook\s+(?:goed|prima|oké))\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\s*(?:(?:totally|entirely|it's|its)\s+)?(?:your\s+(?:call|choice|decision)|up\s+to\s+(?:you|u)|only\s+if\s+"
        r"(?:you|u)(?:'re|\s+are)?\s+(?:okay|ok|happy|comfortable|want)"
        # "No is fine.", "Feel free to say no.", "No pressure either way."
        r"|(?:saying\s+)?no\s+is\s+(?:fine|okay|ok)|feel\s+free\s+to\s+say\s+no|(?:you\s+can\s+)?(?:always\s+)?"
        r"say\s+no|no\s+pressure\s+either\s+way|either\s+(?:way\s+)?is\s+fine)\b",
        re.IGNORECASE,
    ),
}
# Whether the student wants what was just offered: "Wil je dat?", "Zin in?", "Mag dat?", "Zou je
# dat samen met mij willen doen?", "Would you like that?", "Do you want to?", "Fancy doing that
# now?", "You okay with that?"
_CONSENT_ASKED = {
    "nl": re.compile(
        r"\W*(?:(?:en|dus|oké|ok|eh)\W+)*(?:(?:wil|wilt|zou|zoudt)\s+(?:je|jij|u|ge|gij)\b|zin\s+(?:in|om)\b|"
        r"mag\s+dat\b|is\s+dat\s+(?:goed|oké|ok|prima)\b|lijkt\s+(?:je|jou|u)\s+dat\b|"
        # the adviser asking leave to look ("Kan ik even meekijken?", "Zou ik ze mogen zien?"),
        # or the student's agreement to a plan ("Deal?")
        r"(?:kan|mag|zou)\s+ik\b|deal\b)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\W*(?:(?:and|so|okay|ok|um)\W+)*(?:(?:would|do)\s+(?:you|u)\s+(?:like|want|wanna)\b|(?:you\s+)?"
        r"(?:want|wanna|fancy)\b|(?:are\s+)?(?:you|u)\s+(?:okay|ok|alright|happy|fine)\s+with\s+(?:that|this|"
        r"it)\b|(?:is\s+)?(?:that|this)\s+(?:okay|ok|alright|fine)\b|mind\s+if\s+i\b|(?:can|could|may)\s+i\b|"
        r"(?:would|are)\s+(?:you|u)\s+(?:be\s+)?(?:okay|ok|alright|happy)\s+(?:showing|to\s+show)\b|deal\b)",
        re.IGNORECASE,
    ),
}
# The student's own presence asked about, not who else is involved ("Wil je erbij zijn?"), and
# showing, not telling ("Ik kan je laten zien hoe het werkt").
_PRESENCE = {
    "nl": re.compile(r"\berbij\s+(?:zijn|zitten|blijven)\b", re.IGNORECASE),
    "en": re.compile(r"\bbe\s+there\b", re.IGNORECASE),
}
_SHOWING = {
    "nl": re.compile(
        r"\berbij\s+(?:zijn|zitten|blijven|ben|zit|blijf)\b|\blaten\s+(?:zien|halen|verwijderen|weghalen)\b|"
        r"\b(?:je|jou|u)\s+(?:\w+\s+)?vragen\b|\b(?:vertellen|uitleggen|vertel|leg)\s+(?:\w+\s+){0,2}(?:hoe|wat)\s+"
        r"(?:dat|het|zo'n\s+\w+|een\s+\w+)\s+(?:gaat|werkt|inhoudt|betekent)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\bbe\s+there\b|\bask(?:ing)?\s+you\b|\btell\s+you\s+(?:how|what)\s+(?:it|that|this)\s+(?:goes|works|"
        r"means|involves)\b",
        re.IGNORECASE,
    ),
}


_VOCATIVE = {
    "nl": re.compile(
        r"(?:(?:^|[.?!:,]\s*)(?i:en|oké|ok|dus|maar)?\s*,?\s*|\b(?i:jij\s+ook)\s*,?\s*)"
        r"(?P<name>[A-Z][a-zà-ÿ]+)\s*,\s*(?i:wat|hoe|wie|waar|wanneer|welke|kun|kan|kunt|wil|wilt|zou|heb|"
        r"ben|vertel|vertellen|jij|je)\b"
    ),
    "en": re.compile(
        r"(?:(?:^|[.?!:,]\s*)(?i:and|so|okay|ok|but)?\s*,?\s*|\b(?i:you\s+too)\s*,?\s*)"
        r"(?P<name>[A-Z][a-z]+)\s*,\s*(?i:what|how|who|where|when|which|can|could|would|do|are|have|you|"
        r"tell)\b"
    ),
}
# The name after a comma that closes a question or a sentence ("Can you tell me how it
# started, Callum?", "Hoe was dat voor jou, Demi?") addresses the listener. A name in the
# question itself ("Was it Callum?", "Did Callum send it?") or one in a list of choices ("Daan
# of Callum?") stays a person put in.
_VOCATIVE_END = {
    "nl": re.compile(
        r"(?<!\b(?i:of))(?<!\b(?i:en))(?<!\b(?i:met))(?<!\b(?i:door))(?<!\b(?i:van))(?<!\b(?i:aan))"
        r",\s*(?P<name>[A-Z][a-zà-ÿ]+)\s*(?=[?!.]|$)"
    ),
    "en": re.compile(
        r"(?<!\b(?i:or))(?<!\b(?i:and))(?<!\b(?i:by))(?<!\b(?i:to))(?<!\b(?i:from))(?<!\b(?i:with))"
        r",\s*(?P<name>[A-Z][a-z]+)\s*(?=[?!.]|$)"
    ),
}
_TOPIC_ANSWER = {
    "nl": re.compile(
        r"\s*(?:alleen\s+(?:als|wanneer)|daar\s+ben\s+ik\s+eerlijk|eerlijk\s+(?:is\s+eerlijk|gezegd))\b",
        re.IGNORECASE,
    ),
    "en": re.compile(r"\s*(?:only\s+(?:if|when)|i'll\s+be\s+honest|honestly)\b", re.IGNORECASE),
}
_ANSWERED_NO = {
    "nl": re.compile(r"\s*(?:nee|niet\s+waar|echt\s+niet|welnee)\b", re.IGNORECASE),
    "en": re.compile(r"\s*(?:no|nope|not\s+true|not\s+at\s+all)\b", re.IGNORECASE),
}


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
            counts[kind] = counts.get(kind, 0) + 1  # a profile's own kinds count too
    if total == 0:
        return {key: 0.0 for key in (*counts, "total")}
    shares = {key: value / total for key, value in counts.items()}
    shares["total"] = float(total)
    return shares
