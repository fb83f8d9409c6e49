"""What the Undo of a closing or reopening takes back beyond the case's fields (walk I, finding
16: undoing a reopening that also ticked sextortion unticked it without a word and left the 7
sextortion tasks that save added open on a closed cyberbullying case).

The save's added protocol tasks go again, unless the adviser changed one since (a note, done):
that one stays. Files the save made wait for the question about minors keep waiting: waiting is
the safe side (the export and hand-over hold them back), and the undo says so. An original
removed since the save (the answer "yes, or not sure") stays removed: the undo cannot bring the
image back, nor should it, and says that too (walk J, finding 10)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from adviser_desk.domain import cases as dc
from adviser_desk.services import minor_pending, search_index
from adviser_desk.storage.models import CustodyEvent, EvidenceItem, Task


@dataclass(frozen=True)
class Undone:
    """What an undo of closing or reopening did to the case's tasks and files."""

    tasks: int  # opened again (closing undone) or marked not applicable again (reopening)
    removed: int = 0  # tasks the undone save added, taken back
    kept: int = 0  # tasks the undone save added, changed since: left as they are
    waiting: tuple[str, ...] = ()  # the case's files still waiting for the question
    removed_originals: tuple[str, ...] = ()  # originals removed since the save: they stay so


def task_ids(session: Session, case_id: int) -> set[int]:
    return set(session.scalars(select(Task.id).where(Task.case_id == case_id)))


def untouched(task: Task) -> bool:
    """Still as the save added it: open, or not applicable because the case was closed."""
    return task.status != dc.TaskStatus.DONE and not task.note and task.done_at is None


def remove_added(session: Session, ids: Iterable[int]) -> tuple[list[Task], int]:
    """Deletes the tasks in ``ids`` still as added; returns them and how many were kept."""
    wanted = sorted(ids)
    if not wanted:
        return [], 0
    tasks = session.scalars(select(Task).where(Task.id.in_(wanted))).all()
    removed = [task for task in tasks if untouched(task)]
    for task in removed:
        search_index.remove(session, search_index.TASK, task.id)
        session.delete(task)
    session.flush()
    return removed, len(tasks) - len(removed)


def waiting(session: Session, case_id: int) -> tuple[str, ...]:
    """The numbers of the case's files waiting for the question about minors (a removed
    original waits for nothing: minor_pending.waiting)."""
    return tuple(
        session.scalars(
            select(EvidenceItem.number)
            .where(EvidenceItem.case_id == case_id, minor_pending.waiting())
            .order_by(EvidenceItem.id)
        )
    )


def removed_since(session: Session, case_id: int, since: datetime | None) -> tuple[str, ...]:
    """The numbers of the case's items whose stored original was removed at or after ``since``
    (the undone save's moment; None: not known, none named)."""
    if since is None:
        return ()
    return tuple(
        session.scalars(
            select(EvidenceItem.number)
            .join(CustodyEvent, CustodyEvent.item_id == EvidenceItem.id)
            .where(
                EvidenceItem.case_id == case_id,
                CustodyEvent.action == "withheld",
                CustodyEvent.at >= since,
            )
            .group_by(EvidenceItem.id)
            .order_by(EvidenceItem.id)
        )
    )


def undone(
    session: Session,
    case_id: int,
    tasks: int,
    taken_back: tuple[int, int],
    since: datetime | None,
) -> Undone:
    """What the undo did: ``tasks`` changed back, ``taken_back`` (removed, kept) of those the
    save added, and the case's files as they stand now."""
    removed, kept = taken_back
    return Undone(
        tasks, removed, kept, waiting(session, case_id), removed_since(session, case_id, since)
    )
