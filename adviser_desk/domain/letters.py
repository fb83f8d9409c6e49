"""Letters drafted from a case: stop letters, a takedown request and the school's standard
letters. Templates are data (``resources/letters/``); this module fills them in.

A draft is simple HTML (paragraphs, lists, bold) that the editor can load. Every value taken
from the case is wrapped in a highlighted span so the adviser sees what to check; a value the
case does not know yet becomes a bracketed prompt such as ``[name or account]``. Values are
escaped: a name can never become markup.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from adviser_desk.domain.cases import SEXUAL_IMAGE_TYPES, IncidentType
from adviser_desk.domain.dates import long_date
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP

FIELD_STYLE = "background-color:#fff3a8;"
DEFAULT_DAYS = 3


class LetterKind(StrEnum):
    STOP_THREATENED = "stop_threatened"
    STOP_SPREAD = "stop_spread"
    TAKEDOWN_REQUEST = "takedown_request"
    PARENTS_VICTIM = "parents_victim"
    PARENTS_DISTRIBUTOR = "parents_distributor"
    OTHER_SCHOOL = "other_school"
    TEAM_NOTICE = "team_notice"


STOP_LETTERS = (LetterKind.STOP_THREATENED, LetterKind.STOP_SPREAD, LetterKind.TAKEDOWN_REQUEST)
VARIANTS = {
    "threatened": LetterKind.STOP_THREATENED,
    "spread": LetterKind.STOP_SPREAD,
    "takedown": LetterKind.TAKEDOWN_REQUEST,
}


class Sender(StrEnum):
    STUDENT = "student"
    PARENT = "parent"


class Act(StrEnum):
    KEEP = "keep"
    SPREAD = "spread"  # threatened in the "threatened" letter, done in the "spread" letter
    BLACKMAIL = "blackmail"


SEXTORTION_WARNING = QT_TRANSLATE_NOOP(
    "letters",
    "Sextortion by someone unknown: do not send a stop letter. The advice is not to respond, "
    "not to pay and not to send anything more, to block the account, to keep the evidence, "
    "and to report it to the police and Helpwanted. A blackmailer does not stop when the "
    "victim pays or answers; a letter shows that the threat works.",
)
NO_RECIPIENT = QT_TRANSLATE_NOOP(
    "letters", "The case names no distributor or account yet: fill in who receives this letter."
)
NO_URLS = QT_TRANSLATE_NOOP(
    "letters", "The case has no web addresses as evidence yet: add the addresses to be removed."
)
NO_CONSENT = QT_TRANSLATE_NOOP(
    "letters",
    "The case does not record that the student agreed to inform the parents, so the letter "
    "does not say so: fill in the bracketed line once the student has agreed, or delete it. "
    "The protocol: inform the parents in consultation with the student, and not when that "
    "would put the student in danger.",
)
SINCE_FROM_CASE = QT_TRANSLATE_NOOP(
    "letters",
    "“Since” is the earliest time the case records something happening (evidence seen, or a "
    "note of something that happened earlier): check that it is when it started.",
)
SINCE_UNKNOWN = QT_TRANSLATE_NOOP(
    "letters",
    "The case records no time when this started: fill in the [date] after “since”, or give "
    "the evidence or a note the time it happened.",
)
STOP_GUIDANCE = QT_TRANSLATE_NOOP(
    "letters",
    "A stop letter is written in the student's own name and sent by the student or the "
    "parents, not by the school. Keep a copy and proof of sending with the evidence.",
)


@dataclass(frozen=True)
class Template:
    kind: LetterKind
    school_letter: bool  # printed on the school's letterhead
    title: Mapping[str, str]
    subject: Mapping[str, str]
    blocks: Mapping[str, Sequence[str | Mapping[str, object]]]


@dataclass(frozen=True)
class Offence:
    text: Mapping[str, str]
    article: str


@dataclass(frozen=True)
class LegalData:
    last_checked: str
    cite_articles: bool
    offences: Mapping[str, Offence]


@dataclass
class LetterFacts:
    """Everything a letter may say, gathered from the case (and editable before drafting)."""

    language: str
    on: date
    since: date | None = None  # when it started (started_on); None: the [date] prompt
    student: str = ""
    recipient: str = ""  # a name or an account handle
    platform: str = ""
    acts: frozenset[Act] = frozenset({Act.KEEP, Act.SPREAD})
    days: int = DEFAULT_DAYS
    sender: Sender = Sender.STUDENT
    parent: str = ""
    place: str = ""
    urls: list[str] = field(default_factory=list)
    url_platform: str = ""  # where the web addresses are, for a takedown request
    minor: bool = True
    incident_types: list[IncidentType] = field(default_factory=list)
    images_spread: bool = False
    distributor: str = ""
    other_school: str = ""
    case_number: str = ""
    school_name: str = ""
    adviser_name: str = ""
    # The student agreed that the parents are told (the case's "may be told"); never assumed.
    consent_parents: bool = False


@dataclass(frozen=True)
class Draft:
    html: str
    fields: list[tuple[str, str]]  # placeholder, value as filled in ("" when left to fill)


_WORDS = {
    "nl": {
        "and": "en",
        "keep": "hebt foto's of video's van mij",
        "threaten": "dreigt ze te verspreiden",
        "spread": "hebt ze verspreid",
        "blackmail": "gebruikt ze om mij onder druk te zetten",
        "regards": "Met vriendelijke groet,",
        "parent_of": "{parent}, ouder van {student}",
        "adviser": "Vertrouwenspersoon",
        "recipient": "[naam of account]",
        "student": "[naam van de leerling]",
        "parent": "[naam van de ouder]",
        "place": "[plaats]",
        "since": "[datum]",
        "platform": "[platform of website]",
        "url": "[webadres]",
        "distributor": "[naam van de leerling]",
        "other_school": "[naam van de school]",
        "adviser_name": "[uw naam]",
        "consent_parents": "{student} heeft ermee ingestemd dat wij u hierover informeren.",
        "consent_prompt": "[instemming van de leerling met deze brief: invullen of schrappen]",
        "team_spread": "beelden van een leerling online rondgaan",
        "team_threat": "gedreigd wordt beelden van een leerling te verspreiden",
        "team_other": "een leerling online wordt lastiggevallen",
    },
    "en": {
        "and": "and",
        "keep": "have photos or videos of me",
        "threaten": "are threatening to spread them",
        "spread": "have spread them",
        "blackmail": "are using them to put pressure on me",
        "regards": "Kind regards,",
        "parent_of": "{parent}, parent of {student}",
        "adviser": "Confidential adviser",
        "recipient": "[name or account]",
        "student": "[name of the student]",
        "parent": "[name of the parent]",
        "place": "[place]",
        "since": "[date]",
        "platform": "[platform or website]",
        "url": "[web address]",
        "distributor": "[name of the student]",
        "other_school": "[name of the school]",
        "adviser_name": "[your name]",
        "consent_parents": "{student} agreed that we inform you about this.",
        "consent_prompt": "[the student's consent to this letter: fill in or delete]",
        "team_spread": "images of a student are going round online",
        "team_threat": "someone is threatening to spread images of a student",
        "team_other": "a student is being harassed online",
    },
}
INCIDENT_PHRASES = {
    IncidentType.EXPOSING: {
        "nl": "het zonder toestemming verspreiden van seksuele beelden",
        "en": "sexual images being spread without consent",
    },
    IncidentType.SEXTORTION: {
        "nl": "afpersing met naaktbeelden (sextortion)",
        "en": "blackmail with nude images (sextortion)",
    },
    IncidentType.MANIPULATED_IMAGES: {
        "nl": "bewerkte of nagemaakte (deepfake) beelden",
        "en": "edited or fabricated (deepfake) images",
    },
    IncidentType.FAKE_ACCOUNT: {"nl": "een nepaccount", "en": "a fake account"},
    IncidentType.THREATS: {"nl": "online bedreiging", "en": "online threats"},
    IncidentType.CYBERBULLYING: {"nl": "online pesten", "en": "online bullying"},
    IncidentType.GROOMING: {"nl": "online grooming", "en": "online grooming"},
    IncidentType.OTHER: {"nl": "een online incident", "en": "an online incident"},
}


def _words(language: str) -> Mapping[str, str]:
    return _WORDS.get(language, _WORDS["en"])


def join_words(items: Sequence[str], language: str) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {_words(language)['and']} {items[-1]}"


def offences_for(kind: LetterKind, facts: LetterFacts) -> list[str]:
    """Which offences a letter names: for sexual images, spreading them (and images of a minor
    when the student is under 18); for a fake account, identity misuse and defamation; for
    threats, threats; blackmail when the letter says images are used to put pressure on."""
    types = set(facts.incident_types)
    sexual = bool(types & SEXUAL_IMAGE_TYPES) or kind in (
        LetterKind.STOP_THREATENED,
        LetterKind.STOP_SPREAD,
    )
    keys = []
    if sexual:
        keys.append("spreading")
        if facts.minor:
            keys.append("minor_images")
    if IncidentType.FAKE_ACCOUNT in types:
        keys.append("identity")
    if not sexual and types & {IncidentType.FAKE_ACCOUNT, IncidentType.CYBERBULLYING}:
        keys.append("defamation")
    if IncidentType.THREATS in types:
        keys.append("threats")
    if not keys:
        keys.append("spreading")
    if kind in (LetterKind.STOP_THREATENED, LetterKind.STOP_SPREAD) and Act.BLACKMAIL in facts.acts:
        keys.append("blackmail")
    if kind == LetterKind.PARENTS_DISTRIBUTOR and IncidentType.SEXTORTION in facts.incident_types:
        keys.append("blackmail")
    return keys


def _values(kind: LetterKind, facts: LetterFacts, legal: LegalData) -> dict[str, object]:
    """Placeholder -> value: a string, a list of lines (joined by line breaks), or None when
    the case does not know it (the bracketed prompt is shown instead)."""
    lang = facts.language
    words = _words(lang)
    spread = words["spread"] if kind == LetterKind.STOP_SPREAD else words["threaten"]
    acts = [words["keep"]]
    if Act.SPREAD in facts.acts:
        acts.append(spread)
    if Act.BLACKMAIL in facts.acts:
        acts.append(words["blackmail"])
    offences = []
    for key in offences_for(kind, facts):
        offence = legal.offences.get(key)
        if offence is None:
            continue
        text = offence.text.get(lang, offence.text.get("en", ""))
        offences.append(f"{text} ({offence.article})" if legal.cite_articles else text)
    what = (
        join_words(
            [
                INCIDENT_PHRASES[t][lang if lang in ("nl", "en") else "en"]
                for t in facts.incident_types
            ],
            lang,
        )
        or INCIDENT_PHRASES[IncidentType.OTHER][lang if lang in ("nl", "en") else "en"]
    )
    signer: str | None
    if facts.sender == Sender.PARENT:
        signer = words["parent_of"].format(
            parent=facts.parent or words["parent"], student=facts.student or words["student"]
        )
    else:
        signer = facts.student or None
    team = (
        words["team_spread"]
        if facts.images_spread
        else words["team_threat"]
        if IncidentType.EXPOSING in facts.incident_types
        or IncidentType.SEXTORTION in facts.incident_types
        else words["team_other"]
    )
    recipient = facts.recipient or None
    return {
        # The platform only says where an account is; alone it is not a recipient.
        "recipient": (
            f"{facts.recipient} — {facts.platform}"
            if facts.recipient and facts.platform
            else facts.recipient or None
        ),
        "recipient_short": recipient,
        "platform": facts.platform or None,
        "acts": join_words(acts, lang),
        "offences": join_words(offences, lang),
        "days": str(facts.days),
        "place": facts.place or None,
        "date": long_date(facts.on, lang),
        "since": long_date(facts.since, lang) if facts.since else None,
        "student": facts.student or None,
        "distributor": facts.distributor or None,
        "other_school": facts.other_school or None,
        "case_number": facts.case_number,
        "what": what,
        "what_team": team,
        # Only what the case records: a letter never claims consent nobody noted (walker F15).
        "consent_parents": (
            words["consent_parents"].format(student=facts.student or words["student"])
            if facts.consent_parents
            else None
        ),
        # Lines of (value, taken from the case?): fixed words are not highlighted.
        "sender_signature": [(words["regards"], False), ("", False), (signer, True)],
        # A third element names the line's own prompt: the school's line asked "[uw naam]"
        # under the adviser's own name (walker F15).
        "school_signature": [
            (facts.adviser_name or None, True),
            (words["adviser"], False),
            (facts.school_name or None, True, "other_school"),
        ],
    }


_PROMPTS = {
    "recipient": "recipient",
    "recipient_short": "recipient",
    "platform": "platform",
    "place": "place",
    "since": "since",
    "student": "student",
    "distributor": "distributor",
    "other_school": "other_school",
    "sender_signature": "student",
    "school_signature": "adviser_name",
    "consent_parents": "consent_prompt",
    "urls": "url",
}


_PROMPT_WORDS = (
    *("recipient", "student", "parent", "place", "since", "platform", "url"),
    *("distributor", "other_school", "adviser_name", "consent_prompt"),
)


def open_fields(text: str) -> list[str]:
    """The bracketed prompts (such as ``[plaats]``) still in a letter's plain text, in order of
    first appearance, each once: what the adviser has yet to fill in before it goes out. Any
    other bracketed text counts too: a prompt typed into rather than over ("[Utrecht]",
    "[plZeistaats]", walk 6, W6-1) would otherwise print with its brackets unnoticed."""
    prompts = {words[key] for words in _WORDS.values() for key in _PROMPT_WORDS if key in words}
    found = {prompt: text.find(prompt) for prompt in prompts if prompt in text}
    for match in _BRACKETED.finditer(text):
        found.setdefault(match.group(0), match.start())
    return [prompt for prompt, _at in sorted(found.items(), key=lambda item: item[1])]


_BRACKETED = re.compile(r"\[[^\[\]\n]{1,80}\]")


def _field(value: str | None, prompt: str) -> str:
    text = value if value is not None else prompt
    return f'<span style="{FIELD_STYLE}">{html.escape(text)}</span>'


def _fill(text: str, values: Mapping[str, object], language: str, used: dict[str, str]) -> str:
    """Escapes the template text and puts highlighted values in its {placeholders}."""
    out: list[str] = []
    rest = text
    while "{" in rest:
        before, _, after = rest.partition("{")
        name, _, rest = after.partition("}")
        out.append(_bold(html.escape(before)))
        value = values.get(name, "")
        prompt = _words(language).get(_PROMPTS.get(name, ""), f"[{name}]")
        if isinstance(value, list):
            words = _words(language)
            lines = [
                _field(line[0], words.get(line[2], prompt) if len(line) > 2 else prompt)
                if line[1]
                else html.escape(line[0] or "")
                for line in value
            ]
            out.append("<br/>".join(lines))
            used[name] = "\n".join(line[0] for line in value if line[1] and line[0])
        elif value is None:
            out.append(_field(None, prompt))
            used.setdefault(name, "")
        elif name in ("acts", "offences", "days", "what", "what_team"):
            out.append(html.escape(str(value)))
        else:
            out.append(_field(str(value), prompt))
            used[name] = str(value)
    out.append(_bold(html.escape(rest)))
    return "".join(out)


def _bold(escaped: str) -> str:
    """``**words**`` in a template's own text becomes bold (values never pass through here)."""
    parts = escaped.split("**")
    return (
        "".join(f"<b>{p}</b>" if i % 2 else p for i, p in enumerate(parts))
        if len(parts) % 2
        else escaped
    )


def draft(template: Template, facts: LetterFacts, legal: LegalData) -> Draft:
    """The letter as editor HTML, in the facts' language (English when the template lacks it)."""
    language = facts.language if facts.language in template.blocks else "en"
    values = _values(template.kind, facts, legal)
    used: dict[str, str] = {}
    parts: list[str] = []
    for block in template.blocks[language]:
        if isinstance(block, str):
            parts.append(f"<p>{_fill(block, values, language, used)}</p>")
        elif "list" in block:
            items = "".join(
                f"<li>{_fill(str(item), values, language, used)}</li>"
                for item in block["list"]  # type: ignore[attr-defined]
            )
            parts.append(f"<ul>{items}</ul>")
        elif "list_field" in block:
            name = str(block["list_field"])
            entries = list(facts.urls) if name == "urls" else []
            prompt = _words(language)[_PROMPTS.get(name, "url")]
            shown: list[str | None] = [*entries] if entries else [None]
            items = "".join(f"<li>{_field(entry, prompt)}</li>" for entry in shown)
            parts.append(f"<ul>{items}</ul>")
            used[name] = "\n".join(entries)
    return Draft("".join(parts), sorted(used.items()))


def started_on(moments: Iterable[datetime | None], today: date) -> date | None:
    """When it started, as the case records it: the earliest moment something was seen or
    happened (local date), never a day after today. None when the case records no such time:
    the day the case was opened is when the school heard of it, not when the images were
    spread (walk 5, W5-25), so the letter then asks for the [date]."""
    days = [m.astimezone().date() for m in moments if m is not None]
    days = [d for d in days if d <= today]
    return min(days) if days else None


# The warnings that ask the adviser to fill in a prompt, with the prompt they ask about: once
# the prompt is gone from the letter (filled in, or the line deleted) the warning no longer
# applies to it (walk 7, W7-10: "fill in the [date]" stayed after the date was filled in).
_FILL_IN = {
    SINCE_UNKNOWN: "since",
    NO_RECIPIENT: "recipient",
    NO_URLS: "url",
    NO_CONSENT: "consent_prompt",
}


def warnings_for_text(notes: Iterable[str], text: str) -> list[str]:
    """The ``notes`` (message ids from :func:`warnings`) that still apply to a letter's plain
    ``text``: a note asking to fill in a prompt only while that prompt is in it."""
    return [
        note
        for note in notes
        if note not in _FILL_IN or any(words[_FILL_IN[note]] in text for words in _WORDS.values())
    ]


def warnings(kind: LetterKind, facts: LetterFacts, distributor_known: bool) -> list[str]:
    """Message ids (context "letters") the editor shows above a draft."""
    out: list[str] = []
    if kind in STOP_LETTERS:
        out.append(STOP_GUIDANCE)
    if kind in (LetterKind.STOP_THREATENED, LetterKind.STOP_SPREAD):
        out.append(SINCE_FROM_CASE if facts.since else SINCE_UNKNOWN)
    if (
        kind in (LetterKind.STOP_THREATENED, LetterKind.STOP_SPREAD)
        and IncidentType.SEXTORTION in facts.incident_types
        and not distributor_known
    ):
        out.append(SEXTORTION_WARNING)
    if kind in (LetterKind.STOP_THREATENED, LetterKind.STOP_SPREAD) and not facts.recipient:
        out.append(NO_RECIPIENT)
    if kind == LetterKind.TAKEDOWN_REQUEST and not facts.urls:
        out.append(NO_URLS)
    if kind == LetterKind.PARENTS_VICTIM and not facts.consent_parents:
        out.append(NO_CONSENT)
    return out
