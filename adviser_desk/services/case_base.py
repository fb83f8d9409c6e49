"""What the parts of the case service share: the open case file, the protocol and its
language, the repository for steps shared with other use cases, and the errors."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from adviser_desk.domain import cases as dc
from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.domain.errors import KnownError
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.domain.protocol import Protocol, ProtocolItem
from adviser_desk.services import handed_over
from adviser_desk.services.case_repository import CaseNotFoundError as CaseNotFoundError
from adviser_desk.services.case_repository import CaseRepository
from adviser_desk.storage.casefile import CaseFile
from adviser_desk.storage.models import Case, Task


class DuplicateRoleError(KnownError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "This person already has that role in this case. Nothing was added."
            )
        )


# Field names are translated like the message they go into (see ui.common.i18n.text).
FIELD_TITLE = QT_TRANSLATE_NOOP("errors", "the title")
FIELD_NAME = QT_TRANSLATE_NOOP("errors", "the name")
FIELD_NOTE = QT_TRANSLATE_NOOP("errors", "the note")


class EmptyFieldError(KnownError):
    def __init__(self, field: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "Please fill in: {field}."), field=field)


class IncidentTypeRequiredError(KnownError):
    """A new case names what happened (walk 13, W13-1: with nothing ticked it was saved as
    Other without a word)."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Tick at least one box under “What happened” (Other, if none fits). "
                "The case is not saved yet.",
            )
        )


class OpenedInFutureError(KnownError):
    """A case cannot have been opened after today (walk 18, W18-3: 07-12 typed for 04-12 was
    taken without a word, its first tasks fell due then, and the evidence log printed a period
    running backwards)."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The date under “Opened on” lies in the future: give the day the case was "
                "opened, today at the latest. The case is not saved yet.",
            )
        )


class ReasonRequiredError(KnownError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "Give a reason when a task does not apply, so the file shows why."
            )
        )


class ClosedCaseTasksError(KnownError):
    """A closed case's tasks stay as closing left them (walk 12, W12-3: ticking and reopening
    them gave a closed case an open task, and the not-applicable reason was lost)."""

    def __init__(self, number: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Case {number} is closed, so its tasks stay as they are. To work on them, "
                "reopen the case on its Overview (Status). Nothing was changed.",
            ),
            number=number,
        )


def who_values(role: str, anonymous: bool, name: str) -> dict[str, Any]:
    """Timeline values for a person: an anonymous reporter's name is never stored in them."""
    return {"role": role, "anonymous": True} if anonymous else {"role": role, "name": name}


def as_plain(draft: dc.CaseDraft) -> dict[str, Any]:
    """The draft as JSON-ready values (dates as ISO text)."""
    out = asdict(draft)
    for key, value in list(out.items()):
        if isinstance(value, date):
            out[key] = value.isoformat()
    return out


def incident_values(types: Iterable[dc.IncidentType]) -> list[str]:
    return [dc.IncidentType(t).value for t in types]


class CaseBase:
    """Cases in one open case file. ``language`` picks the protocol text for new tasks."""

    def __init__(self, case_file: CaseFile, protocol: Protocol, language: str = "nl") -> None:
        self.case_file = case_file
        self.protocol = protocol
        self.language = language
        self._items_by_title: dict[str, ProtocolItem] | None = None
        # The steps other use cases share (tasks, case updates) in their own transaction.
        self.repository = CaseRepository(protocol, language)
        # A handed-over case is read-only here, whichever use case tries to change it.
        handed_over.install()

    # -- helpers ------------------------------------------------------------------------------
    def _case(self, session: Session, case_id: int) -> Case:
        return self.repository.get(session, case_id)

    def _event(
        self,
        session: Session,
        case_id: int,
        kind: str,
        details: dict[str, Any] | None = None,
        observed_at: datetime | None = None,
    ) -> None:
        self.repository.event(session, case_id, kind, details, observed_at)

    def _audit(self, session: Session, action: AuditAction, number: str, **details: Any) -> None:
        self.repository.audit(session, action, number, **details)

    def _task_event(self, task: Task, **extra: Any) -> dict[str, Any]:
        """A task's status change as the timeline keeps it: the title as read now (for files
        read by older versions), the protocol item it is (so each reader gets the title in
        their own language, walk 12, W12-12), the task's id and the reason as stored."""
        item = self.protocol.item(task.item_key) if task.item_key else None
        details: dict[str, Any] = {
            "title": item.title(self.language) if item else task.title,
            "reason": task.na_reason,
            "task": task.id,
            **extra,
        }
        if item is not None:
            details["item_key"] = item.key
        return details

    def _task_titles(self, details: dict[str, Any]) -> dict[str, str] | None:
        """The titles, per language, of the protocol task a timeline event names: by its item,
        or for events written before they kept it, by the title as it was written then."""
        key = details.get("item_key")
        item = self.protocol.item(key) if isinstance(key, str) else None
        if item is None and isinstance(details.get("title"), str):
            if self._items_by_title is None:
                self._items_by_title = {
                    text: entry for entry in self.protocol.items for text in entry.text.values()
                }
            item = self._items_by_title.get(details["title"])
        return None if item is None else dict(item.text)
