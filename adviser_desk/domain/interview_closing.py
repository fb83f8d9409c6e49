"""What closing an interview carries into its case: a pure rule, no database."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from adviser_desk.domain import cases as dc

# The case fields an interview's closing may set (None in the closing: leave as it is).
MERGED_FIELDS = (
    "images",
    "reach",
    "still_spreading",
    "offence_suspected",
    "psychological_help",
    "may_tell",
    "publicity",
)


@dataclass
class Closing:
    """What the adviser records when the interview ends."""

    agreements: str
    wishes: str = ""
    may_tell: list[dc.Audience] | None = None
    publicity: dc.Publicity | None = None
    follow_up: list[str] = field(default_factory=list)
    images: dc.ImagesState | None = None
    reach: dc.Reach | None = None
    still_spreading: bool | None = None
    offence_suspected: bool | None = None
    psychological_help: bool | None = None

    def follow_up_titles(self) -> list[str]:
        return [title.strip() for title in self.follow_up if title.strip()]


@dataclass(frozen=True)
class ClosingDraft:
    """What was typed and chosen in the closing dialog, kept when it is cancelled (walk 4, W4:
    Escape threw away the agreements typed straight after a hard conversation), so that
    opening it again shows it, until the interview is closed. Kept in the case file with its
    conversation once the lock or the file's closing kept it as a note (revision 0017)."""

    agreements: str
    wishes: str
    may_tell: tuple[dc.Audience, ...]
    publicity: dc.Publicity
    follow_up: str
    images: dc.ImagesState
    reach: dc.Reach
    still_spreading: bool | None
    offence_suspected: bool | None
    psychological_help: bool | None

    def stored(self) -> dict[str, Any]:
        """As the case file keeps it (JSON)."""
        return {
            "agreements": self.agreements,
            "wishes": self.wishes,
            "may_tell": [str(a) for a in self.may_tell],
            "publicity": str(self.publicity),
            "follow_up": self.follow_up,
            "images": str(self.images),
            "reach": str(self.reach),
            "still_spreading": self.still_spreading,
            "offence_suspected": self.offence_suspected,
            "psychological_help": self.psychological_help,
        }

    @classmethod
    def from_stored(cls, data: object) -> ClosingDraft | None:
        """The draft the case file keeps; None for none, or for one this version cannot read
        (a value it does not know: the dialog then starts as it always did)."""
        if not isinstance(data, dict):
            return None
        try:
            return cls(
                agreements=str(data["agreements"]),
                wishes=str(data["wishes"]),
                may_tell=tuple(dc.Audience(a) for a in data["may_tell"]),
                publicity=dc.Publicity(data["publicity"]),
                follow_up=str(data["follow_up"]),
                images=dc.ImagesState(data["images"]),
                reach=dc.Reach(data["reach"]),
                still_spreading=_yes_no(data["still_spreading"]),
                offence_suspected=_yes_no(data["offence_suspected"]),
                psychological_help=_yes_no(data["psychological_help"]),
            )
        except (KeyError, TypeError, ValueError):
            return None


def _yes_no(value: object) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise ValueError(value)


def merge_closing(draft: dc.CaseDraft, closing: Closing) -> dc.CaseDraft | None:
    """The case draft with the closing's answers in it, or None when nothing changes.

    Answers given replace the case's; the victim's wishes are added to the secrecy statement
    once (closing a second interview with the same wishes does not repeat them).
    """
    changes: dict[str, Any] = {}
    for name in MERGED_FIELDS:
        value = getattr(closing, name)
        if value is not None and getattr(draft, name) != value:
            changes[name] = value
    addition = closing.wishes.strip()
    if addition and addition not in draft.secrecy_statement:
        changes["secrecy_statement"] = "\n".join(
            x for x in (draft.secrecy_statement, addition) if x
        )
    return replace(draft, **changes) if changes else None


def for_conversation(closing: Closing, asks_consent: bool) -> Closing:
    """The closing as a conversation may record it. Who may be told, the publicity wishes
    and the wishes that go into the secrecy statement are the victim's (and their parents')
    to decide: a conversation with a distributor or a class leaves them as they are."""
    if asks_consent:
        return closing
    return replace(closing, may_tell=None, publicity=None, wishes="")
