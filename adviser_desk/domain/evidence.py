"""Evidence rules that need no database: numbering, platforms in URLs, when the question about
minors must be asked, and file names that are safe to write in an export folder. What a file
is comes from :mod:`adviser_desk.domain.file_types`."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from adviser_desk.domain.cases import SEXUAL_IMAGE_TYPES, IncidentType
from adviser_desk.domain.file_types import CATEGORY_LABELS, category_of, extension_for
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import tldextract


class EvidenceKind(StrEnum):
    IMAGE = "image"
    URL = "url"
    MESSAGE = "message"
    CONTACT = "contact"
    FILE = "file"
    WITHHELD = "withheld"  # may be a sexual image of a minor: described, never stored


KIND_LABELS = {
    EvidenceKind.IMAGE: QT_TRANSLATE_NOOP("evidence", "Screenshot or image"),
    EvidenceKind.URL: QT_TRANSLATE_NOOP("evidence", "Web address"),
    EvidenceKind.MESSAGE: QT_TRANSLATE_NOOP("evidence", "Message"),
    EvidenceKind.CONTACT: QT_TRANSLATE_NOOP("evidence", "Contact details"),
    EvidenceKind.FILE: QT_TRANSLATE_NOOP("evidence", "Other file"),
    EvidenceKind.WITHHELD: QT_TRANSLATE_NOOP(
        "evidence", "Deliberately not kept (may be a sexual image of a minor)"
    ),
}

DEFAULT_MAX_BYTES = 200 * 1024 * 1024


def kind_label(kind: EvidenceKind, mime: str) -> str:
    """What an item is, as an untranslated label (context "evidence"): a stored file says
    whether it is a video, an archive or a document rather than "other file"."""
    if kind is EvidenceKind.FILE and mime:
        return CATEGORY_LABELS[category_of(mime)]
    return KIND_LABELS[kind]


def stored_as(note: str, mime: str) -> EvidenceKind:
    """What a withheld item had been stored as before its original was removed: the kind its
    "withheld" custody event keeps as its note (files from before that guess from the type)."""
    try:
        kind = EvidenceKind(note)
    except ValueError:
        kind = EvidenceKind.IMAGE if mime.startswith("image/") else EvidenceKind.FILE
    return kind if kind is not EvidenceKind.WITHHELD else EvidenceKind.FILE


def evidence_number(sequence: int) -> str:
    return f"B-{sequence:03d}"


def parse_evidence_number(number: str) -> int:
    match = re.fullmatch(r"B-(\d{3,})", number.strip())
    if not match:
        raise ValueError(f"not an evidence number: {number!r}")
    return int(match.group(1))


PLATFORMS = {
    "instagram.com": "Instagram",
    "instagr.am": "Instagram",
    "snapchat.com": "Snapchat",
    "tiktok.com": "TikTok",
    "whatsapp.com": "WhatsApp",
    "wa.me": "WhatsApp",
    "t.me": "Telegram",
    "telegram.me": "Telegram",
    "telegram.org": "Telegram",
    "discord.com": "Discord",
    "discord.gg": "Discord",
    "discordapp.com": "Discord",
    "x.com": "X",
    "twitter.com": "X",
    "facebook.com": "Facebook",
    "fb.com": "Facebook",
    "fb.me": "Facebook",
    "youtube.com": "YouTube",
    "youtu.be": "YouTube",
}
"""Platforms by registered domain, so every host under one counts (vm.tiktok.com,
chat.whatsapp.com, mobile.twitter.com, music.youtube.com)."""


@functools.cache
def _public_suffixes() -> tldextract.TLDExtract:
    # The snapshot of the Public Suffix List that ships inside tldextract: no download at run
    # time (the app works offline) and no cache folder written. Imported here, not at the top:
    # the first window must show before it loads (tests/ui/test_startup.py).
    import tldextract

    return tldextract.TLDExtract(cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True)


def registered_domain(host: str) -> str:
    """``vm.tiktok.com`` -> ``tiktok.com``; ``bbc.co.uk`` -> ``bbc.co.uk``; ``""`` if none."""
    return _public_suffixes()(host).top_domain_under_public_suffix


_NOT_HANDLES = {
    "p", "reel", "reels", "stories", "story", "tv", "video", "watch", "status", "channels",
    "invite", "add", "share", "explore", "groups", "profile.php", "permalink.php", "shorts",
    "c", "user", "channel", "i", "web", "home", "login", "hashtag", "t", "s",
}  # fmt: skip


@dataclass(frozen=True)
class UrlInfo:
    url: str
    platform: str
    handle: str


class MalformedUrlError(ValueError):
    pass


def parse_url(text: str) -> UrlInfo:
    """Recognises the platform and, where the address shows it, the account handle."""
    candidate = text.strip()
    if candidate and "://" not in candidate:
        candidate = "https://" + candidate
    parts = urlsplit(candidate)
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or "." not in host or " " in candidate:
        raise MalformedUrlError(text)
    bare = host.removeprefix("www.").removeprefix("m.")
    platform = PLATFORMS.get(registered_domain(host)) or bare
    segments = [s for s in parts.path.split("/") if s]
    handle = ""
    if segments:
        first = segments[0]
        if first.startswith("@"):
            handle = first
        elif platform in ("Instagram", "X", "Snapchat", "Facebook") and first not in _NOT_HANDLES:
            if platform == "Snapchat" and first == "add" and len(segments) > 1:
                handle = "@" + segments[1]
            else:
                handle = "@" + first
        elif platform == "Snapchat" and first == "add" and len(segments) > 1:
            handle = "@" + segments[1]
        elif platform == "Telegram" and first not in _NOT_HANDLES:
            handle = "@" + first
    return UrlInfo(candidate, platform, handle)


# EvidenceItem.minor_answer: the adviser answered "no" for a stored file, or it waits for the
# answer (its case became a sexual case after it was stored); "" when not asked. The question is
# about a stored original: once that is removed (the answer "yes, or not sure", or marked so)
# there is nothing left to ask about, so the removal clears "pending" (walk J, finding 10: an
# Undo named a removed file as still waiting).
MINOR_NO = "no"
MINOR_PENDING = "pending"


def waits_for_answer(stored: bool, minor_answer: str) -> bool:
    """A file waits for the question about minors only while its original is stored."""
    return stored and minor_answer == MINOR_PENDING


def needs_minor_question(types: frozenset[IncidentType], marked_sexual: bool) -> bool:
    """When every file that may hold a picture or a film (anything but plain text, see
    ``FileType.may_hold_picture``) must be asked about before it may be stored."""
    return marked_sexual or bool(types & SEXUAL_IMAGE_TYPES)


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_file_name(number: str, original: str, mime: str) -> str:
    """``B-007_screenshot.png``: no path, no control or odd characters, never hidden, bounded."""
    base = original.replace("\\", "/").rsplit("/", 1)[-1]
    base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode("ascii")
    base = _UNSAFE.sub("_", base).strip("._-")[:80]
    extension = extension_for(mime)
    stem = (base.rsplit(".", 1)[0] if "." in base else base).strip("._-")
    name = f"{number}_{stem}" if stem else number
    return name + (extension or ".bin")


# -- takedown of content that is online ---------------------------------------------------------
class TakedownChannel(StrEnum):
    PLATFORM = "platform"
    HELPWANTED = "helpwanted"  # trusted flagger with the big platforms
    STOP_ONLINE_SHAMING = "stop_online_shaming"


class OnlineStatus(StrEnum):
    ONLINE = "online"
    REMOVED = "removed"
    REAPPEARED = "reappeared"


CHANNEL_LABELS = {
    TakedownChannel.PLATFORM: QT_TRANSLATE_NOOP("evidence", "the platform itself"),
    TakedownChannel.HELPWANTED: QT_TRANSLATE_NOOP("evidence", "Helpwanted (trusted flagger)"),
    TakedownChannel.STOP_ONLINE_SHAMING: QT_TRANSLATE_NOOP("evidence", "Stop Online Shaming"),
}
STATUS_LABELS = {
    OnlineStatus.ONLINE: QT_TRANSLATE_NOOP("evidence", "still online"),
    OnlineStatus.REMOVED: QT_TRANSLATE_NOOP("evidence", "removed"),
    OnlineStatus.REAPPEARED: QT_TRANSLATE_NOOP("evidence", "reappeared"),
}
