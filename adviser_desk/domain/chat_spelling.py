"""Chat spelling and register, written out before the semantic layer reads a segment.

An adviser who types "y did u send it" or "wrm heb je dat gedaan" means what the corpus spells
"why did you send it" and "waarom heb je dat gedaan". The sentence encoder and the word
features of the semantic layer learnt from spelt-out exemplars; the chat forms reach them as
other tokens (the character n-grams of "u" share nothing with "you"). The layer therefore
reads every segment, and every exemplar it learns from, written out:

- chat abbreviations and dropped apostrophes become the full words ("ur" -> "your",
  "wdym" -> "what do you mean", "dont" -> "don't", "ff" -> "even", "wrm" -> "waarom");
- a letter typed three or more times counts once ("sooo" -> "so", "whyyy" -> "why");
- Dutch forms of address become one ("u", "uw", "jij", "jou", "jouw" -> "je"), so a formal
  phrasing and a youth-worker's one of the same meaning share their words;
- everything is lower case (a phone's autocapitalisation carries no meaning here).

Spans never change: the layer judges segments of the text as typed and only reads them
written out, so a finding still points at what the adviser typed.
"""

from __future__ import annotations

import re

# Chat spellings of words the checker looks for ("wss" is "waarschijnlijk", "u wont tell" is
# "you won't tell"). The rules check a sentence typed so again in full spelling with these.
RULE_SPELLING: dict[str, dict[str, str]] = {
    "nl": {
        "wss": "waarschijnlijk",
        "ws": "waarschijnlijk",
        "vgm": "volgens mij",
        "sws": "sowieso",
        "tog": "toch",
        "nie": "niet",
        "nix": "niks",
        "egt": "echt",
        "wrm": "waarom",
        "iem": "iemand",
        "ff": "even",
        "k": "ik",
        "t": "het",
        "n": "een",
    },
    "en": {
        "u": "you",
        "ur": "your",
        "r": "are",
        "ya": "you",
        "cos": "because",
        "cuz": "because",
        "coz": "because",
        "wont": "won't",
        "dont": "don't",
        "didnt": "didn't",
        "cant": "can't",
        "wasnt": "wasn't",
        "werent": "weren't",
        "isnt": "isn't",
        "im": "i'm",
        "ive": "i've",
        "thats": "that's",
        "probs": "probably",
        "defo": "definitely",
        "deffo": "definitely",
        "obvs": "obviously",
        "no1": "no one",
        "noone": "no one",
        "nothin": "nothing",
        "gonna": "going to",
        "wanna": "want to",
        "shouldve": "should have",
        "wouldve": "would have",
        "couldve": "could have",
    },
}

# More chat forms, for the semantic layer only (the rules' patterns spell some of these
# themselves, e.g. "u" in Dutch is the formal "you").
_MORE: dict[str, dict[str, str]] = {
    "nl": {
        "effe": "even",
        "mss": "misschien",
        "idd": "inderdaad",
        "gwn": "gewoon",
        "ni": "niet",
        "nt": "niet",
        "da": "dat",
        "wa": "wat",
        "kzal": "ik zal",
        "kheb": "ik heb",
        "kben": "ik ben",
        "kga": "ik ga",
        "kweet": "ik weet",
        "kzeg": "ik zeg",
        "tis": "het is",
        "'t": "het",
        "'k": "ik",
        "mn": "mijn",
        "m'n": "mijn",
        "zn": "zijn",
        "z'n": "zijn",
        "d'r": "haar",
        "ofz": "of zo",
        "wnr": "wanneer",
        "ie": "hij",
        "m": "hem",
        "w8": "wacht",
        "mr": "maar",
        "zgn": "zogenaamd",
        "nx": "niks",
        "ipv": "in plaats van",
        "oke": "oké",
        "okee": "oké",
        "wrom": "waarom",
        "waaro": "waarom",
        "niemen": "niemand",
    },
    "en": {
        "y": "why",
        "wdym": "what do you mean",
        "rn": "right now",
        "fr": "for real",
        "lmao": "lol",
        "istg": "i swear to god",
        "ofc": "of course",
        "bcs": "because",
        "bcuz": "because",
        "becuz": "because",
        "tmrw": "tomorrow",
        "2day": "today",
        "ik": "i know",
        "ngl": "not going to lie",
        "tbh": "to be honest",
        "idk": "i don't know",
        "idc": "i don't care",
        "imo": "in my opinion",
        "tho": "though",
        "thru": "through",
        "bc": "because",
        "'cause": "because",
        "ppl": "people",
        "abt": "about",
        "b4": "before",
        "rly": "really",
        "srsly": "seriously",
        "pls": "please",
        "plz": "please",
        "sth": "something",
        "smth": "something",
        "ok": "okay",
        "k": "okay",
        "yea": "yeah",
        "ye": "yeah",
        "yep": "yes",
        "nah": "no",
        "u'll": "you'll",
        "u're": "you're",
        "u've": "you've",
        "u'd": "you'd",
        "youre": "you're",
        "youll": "you'll",
        "youve": "you've",
        "youd": "you'd",
        "whats": "what's",
        "hes": "he's",
        "shes": "she's",
        "theyre": "they're",
        "doesnt": "doesn't",
        "havent": "haven't",
        "hasnt": "hasn't",
        "wouldnt": "wouldn't",
        "shouldnt": "shouldn't",
        "couldnt": "couldn't",
        "arent": "aren't",
        "gotta": "got to",
        "kinda": "kind of",
        "sorta": "sort of",
        "shoulda": "should have",
        "woulda": "would have",
        "coulda": "could have",
        "dunno": "don't know",
        "lemme": "let me",
        "gimme": "give me",
        "tellin": "telling",
        "sayin": "saying",
        "thinkin": "thinking",
        "doin": "doing",
        "goin": "going",
        "talkin": "talking",
        "nuthin": "nothing",
        "nobody'll": "nobody will",
        "no-one": "no one",
        "ur'e": "you're",
        "urself": "yourself",
        "pic": "picture",
        "pics": "pictures",
    },
}
# Dutch forms of address, one spelling for every register.
_ADDRESS_NL = {"u": "je", "uw": "je", "jij": "je", "jou": "je", "jouw": "je", "ge": "je"}

SEMANTIC_SPELLING: dict[str, dict[str, str]] = {
    lang: {**RULE_SPELLING[lang], **_MORE[lang], **(_ADDRESS_NL if lang == "nl" else {})}
    for lang in RULE_SPELLING
}

_WORD = re.compile(r"[\w']+", re.UNICODE)
_REPEATED = re.compile(r"(\w)\1{2,}", re.UNICODE)


def written_out(text: str, language: str) -> str:
    """``text`` as the semantic layer reads it (see the module's docstring)."""
    lang = "nl" if language.lower().startswith("nl") else "en"
    spelling = SEMANTIC_SPELLING[lang]
    text = _REPEATED.sub(r"\1", text.casefold().replace("’", "'"))
    return _WORD.sub(lambda w: spelling.get(w.group(), w.group()), text)
