"""When cases were purged from a case file, as its audit log keeps it: a restored backup
brings back a case purged after the backup was made, and the app then says when it was
purged (walk 13: the restore named the cases but not the purge date). The audit log keeps
only the case number and the moment, never what was in the case."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.services.case_service import CaseService
from adviser_desk.storage.models import AuditEvent
from adviser_desk.storage.repositories import meta


@dataclass(frozen=True)
class Purges:
    """The purges of one case file (by its id), each case number with its last purge."""

    case_file_id: str
    when: dict[str, datetime] = field(default_factory=dict)


def purges(service: CaseService) -> Purges:
    with service.case_file.reading() as session:
        rows = session.execute(
            select(AuditEvent.subject, AuditEvent.at)
            .where(AuditEvent.action == AuditAction.CASE_PURGED.value)
            .order_by(AuditEvent.seq)
        ).all()
        file_id = meta(session).case_file_id
    when: dict[str, datetime] = {}
    for number, at in rows:
        moment = _moment(at)
        if moment is not None:
            when[number] = moment
    return Purges(file_id, when)


def _moment(at: object) -> datetime | None:
    if isinstance(at, datetime):
        return at
    try:
        return datetime.fromisoformat(str(at))
    except ValueError:
        return None  # not a moment this version wrote: the purge is named without its date
