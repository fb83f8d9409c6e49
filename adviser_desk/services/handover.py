"""Handing cases over to a colleague or successor: into a new case file or merged into theirs.

The order of the steps is what makes it safe:

1. Everything of the cases is copied into the receiving file in ONE transaction there: the
   rows (storage/case_transfer.py finds them from the schema), the originals the blob
   registry names, the search index, a "received" and a "verified" custody event per item,
   and an audit event per case that carries the sender's audit-chain head. Before that
   transaction commits, every original is read back and hashed; one mismatch and nothing is
   stored. Cancel is possible until this commit (the point of no return).
2. After the commit, every original is hashed once more from the committed file.
3. Only then is the sender changed, in one transaction: each case is marked handed over (it
   stays read-only, see services/handed_over.py), each item gets a "handed over" custody
   event, and an audit event per case carries the receiver's new chain head.

If the work stops between 1 and 3 (a crash, kill -9), the receiving file holds the whole case
and the sender still holds it editable; handing it over again finds it there by its
``origin`` and finishes step 2 and 3 without a second copy.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from adviser_desk.domain import cases as dc
from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.domain.clock import now
from adviser_desk.domain.errors import KnownError
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.domain.work import CancelRequested, Progress, never_cancelled, no_progress
from adviser_desk.services import minor_pending, search_index, withheld_match
from adviser_desk.services.actor import actor, adviser_name
from adviser_desk.services.handed_over import HANDING_OVER
from adviser_desk.storage import audit_log, blobs, case_transfer
from adviser_desk.storage.models import (
    Case,
    CaseEvent,
    CasePerson,
    CustodyEvent,
    EvidenceItem,
    Note,
    Person,
    Task,
)
from adviser_desk.storage.repositories import meta

if TYPE_CHECKING:
    from adviser_desk.services.session import CaseFileSession


class HandoverError(KnownError):
    pass


class NoCasesChosenError(HandoverError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "Choose at least one case to hand over."))


class SameCaseFileError(HandoverError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Cases cannot be handed over into the case file they are in. Choose the "
                "colleague's case file or a new one.",
            )
        )


class AlreadyHandedOverError(HandoverError):
    def __init__(self, number: str, receiver: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Case {number} was already handed over (to {receiver}); it cannot be handed "
                "over again from here. Nothing was copied.",
            ),
            number=number,
            receiver=receiver,
        )


class ReadOnlyHandoverError(HandoverError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Both case files must be writable for a hand-over: it is recorded on both "
                "sides. Nothing was copied.",
            )
        )


class ArrivalCheckFailedError(HandoverError):
    def __init__(self, count: int) -> None:
        super().__init__(ARRIVAL_FAILED_ONE if count == 1 else ARRIVAL_FAILED, count=count)


ARRIVAL_FAILED = QT_TRANSLATE_NOOP(
    "errors",
    "{count} evidence files did not match their SHA-256 in the receiving case file. "
    "The hand-over was not completed; the cases stay editable here.",
)
# One file is said in the singular (the count is not a Qt plural: the service has no tr).
ARRIVAL_FAILED_ONE = QT_TRANSLATE_NOOP(
    "errors",
    "1 evidence file did not match its SHA-256 in the receiving case file. "
    "The hand-over was not completed; the cases stay editable here.",
)


@dataclass(frozen=True)
class HandedOverCase:
    number: str  # in the sending file
    new_number: str  # in the receiving file (the same unless it was taken there)
    items: int

    @property
    def renumbered(self) -> bool:
        return self.number != self.new_number


@dataclass(frozen=True)
class HandoverResult:
    cases: tuple[HandedOverCase, ...]
    receiver: str
    target: Path
    files_copied: int  # originals the receiving file did not hold yet
    bytes_copied: int
    files_verified: int
    sender_head: str  # written into the receiver's audit events
    receiver_head: str  # written into the sender's audit events
    resumed: bool = False  # an interrupted earlier hand-over was finished


@dataclass(frozen=True)
class _Source:
    case_id: int
    number: str
    origin: str
    items: int


def _origin(case_file_id: str, row: Case) -> str:
    """Names the case across files: where it was sent from and which case it was there."""
    return f"{case_file_id}/{row.id}/{row.created_at:%Y%m%dT%H%M%S.%f}"


class HandoverService:
    """Hand-over from the session's case file; the receiving file is a second session."""

    def __init__(self, session: CaseFileSession) -> None:
        self.session = session

    def hand_over(
        self,
        case_ids: list[int],
        target: CaseFileSession,
        receiver: str = "",
        progress: Progress = no_progress,
        cancelled: CancelRequested = never_cancelled,
        on_committed: Callable[[], None] = lambda: None,
    ) -> HandoverResult:
        """Hands the cases over into ``target``; see the module's docstring for the steps.
        ``receiver`` names the colleague (default: the adviser named in the target file).
        ``on_committed`` hears the point of no return: from then on Cancel has no effect."""
        source = self.session
        if not case_ids:
            raise NoCasesChosenError()
        if source.file.path.resolve() == target.file.path.resolve():
            raise SameCaseFileError()
        if source.file.case.read_only or target.file.case.read_only:
            raise ReadOnlyHandoverError()
        self.check_evidence(case_ids)
        with source.file.case.reading() as session:
            file_id = meta(session).case_file_id
            chosen = self._chosen(session, case_ids, file_id)
            sender_head = audit_log.head(session)
            sender = f"{actor(session)} ({source.file.path.name})"
            digests = blobs.case_blobs(session, [c.case_id for c in chosen])
        with target.file.case.reading() as session:
            # Not actor(): its fallback is this computer's login, which is the sender's.
            receiver = receiver.strip() or adviser_name(session)
            received: dict[str, str] = {
                origin: number
                for origin, number in session.execute(
                    select(Case.origin, Case.number).where(
                        Case.origin.in_([c.origin for c in chosen])
                    )
                )
            }
        name = target.file.path.name
        receiver_label = f"{receiver} ({name})" if receiver else name
        to_copy = [c for c in chosen if c.origin not in received]
        # Steps: copying the rows, each original copied, verified before and after the commit.
        total = 1 + 3 * len(digests)
        done = 0

        def step(*_: object) -> None:
            nonlocal done
            done += 1
            progress(done, total)

        progress(0, total)
        files = size = 0
        if to_copy:
            numbers, files, size = self._receive(
                source, target, to_copy, digests, sender, sender_head, step, cancelled
            )
            received.update(numbers)
        else:
            done = 1 + 2 * len(digests)
        on_committed()
        # Committed in the receiving file: the point of no return. Checked once more from
        # what was written, before the sender lets go of the cases.
        with target.file.case.reading() as session:
            bad = case_transfer.failed_blobs(session, digests, step)
            receiver_head = audit_log.head(session)
        if bad:
            raise ArrivalCheckFailedError(len(bad))
        result = tuple(HandedOverCase(c.number, received[c.origin], c.items) for c in chosen)
        self._let_go(source, chosen, result, receiver_label, target, receiver_head)
        progress(total, total)
        return HandoverResult(
            cases=result,
            receiver=receiver_label,
            target=target.file.path,
            files_copied=files,
            bytes_copied=size,
            files_verified=len(digests),
            sender_head=sender_head,
            receiver_head=receiver_head,
            resumed=len(to_copy) < len(chosen),
        )

    def check_evidence(
        self, case_ids: list[int], outcome: str = minor_pending.NOTHING_HANDED_OVER
    ) -> None:
        """Raises, naming the items and how to answer, while a file of the cases waits for the
        answer about minors or a stored copy has bytes recorded as withheld (walk G2, finding 6;
        ``outcome`` ends it). Nothing is opened or written on either side before it."""
        with self.session.file.case.reading() as session:
            refusal = withheld_match.handout_refusal(session, [*dict.fromkeys(case_ids)], outcome)
        if refusal is not None:
            raise refusal

    @staticmethod
    def _chosen(session: Session, case_ids: list[int], file_id: str) -> list[_Source]:
        chosen = []
        for case_id in dict.fromkeys(case_ids):
            row = session.get(Case, case_id)
            if row is None:
                from adviser_desk.services.case_repository import CaseNotFoundError

                raise CaseNotFoundError(case_id)
            if row.handed_over_at is not None:
                raise AlreadyHandedOverError(row.number, row.handed_over_to)
            items = len(
                session.scalars(
                    select(EvidenceItem.id).where(EvidenceItem.case_id == case_id)
                ).all()
            )
            chosen.append(_Source(case_id, row.number, _origin(file_id, row), items))
        return chosen

    def _receive(
        self,
        source: CaseFileSession,
        target: CaseFileSession,
        cases: list[_Source],
        digests: list[str],
        sender: str,
        sender_head: str,
        step: Callable[..., None],
        cancelled: CancelRequested,
    ) -> tuple[dict[str, str], int, int]:
        """Step 1: one transaction in the receiving file. Returns the new numbers by origin,
        and how many originals (and bytes) it did not hold yet."""
        by_id = {c.case_id: c for c in cases}
        arrived = now()
        numbers: dict[str, str] = {}
        with source.file.case.reading() as src, target.file.case.transaction() as dst:
            taken = set(dst.scalars(select(Case.number)))

            def case_values(values: dict[str, Any]) -> dict[str, Any]:
                old = values["number"]
                new = old
                if old in taken:
                    new = _free_number(taken, old)
                    values["previous_number"] = old
                taken.add(new)
                numbers[by_id[values["id"]].origin] = new
                values.update(
                    number=new,
                    received_at=arrived,
                    received_from=sender,
                    origin=by_id[values["id"]].origin,
                    handed_over_at=None,
                    handed_over_to="",
                )
                return values

            copied = case_transfer.copy_cases(
                src, dst, [c.case_id for c in cases], case_values, cancelled
            )
            step()
            files, size = case_transfer.copy_blobs(src, dst, digests, step, cancelled)
            # Read back before the commit: one mismatch and nothing is stored here.
            bad = case_transfer.failed_blobs(dst, digests, step, cancelled)
            if bad:
                raise ArrivalCheckFailedError(len(bad))
            by = actor(dst)
            events: list[tuple[AuditAction, str, dict[str, Any]]] = []
            for old_id, new_id in copied.cases.items():
                origin = by_id[old_id]
                new_number = numbers[origin.origin]
                self._index(dst, new_id)
                self._custody_received(dst, new_id, by, sender, origin.number)
                dst.add(
                    CaseEvent(
                        case_id=new_id,
                        recorded_at=now(),
                        kind="case.received",
                        details={"sender": sender, "number": origin.number},
                    )
                )
                events.append(
                    (
                        AuditAction.CASE_RECEIVED,
                        new_number,
                        {
                            "previous_number": origin.number,
                            "from_case_file": origin.origin.split("/")[0],
                            "sender_chain_head": sender_head,
                            "items": origin.items,
                            "rows": copied.rows,
                        },
                    )
                )
            dst.flush()
            if cancelled():
                from adviser_desk.domain.errors import Cancelled

                raise Cancelled()
            audit_log.append_many(dst, by, events)
        return numbers, files, size

    @staticmethod
    def _index(session: Session, case_id: int) -> None:
        """The receiving file's search index learns the case as if it had been typed there."""
        case = session.get(Case, case_id)
        assert case is not None
        search_index.index_case(session, case)
        for link, person in session.execute(
            select(CasePerson, Person)
            .join(Person, Person.id == CasePerson.person_id)
            .where(CasePerson.case_id == case_id)
        ):
            search_index.index_person(session, case_id, link, person)
        for note in session.scalars(select(Note).where(Note.case_id == case_id)):
            search_index.index_note(session, note)
        for task in session.scalars(select(Task).where(Task.case_id == case_id)):
            search_index.index_task(session, task)
        search_index.index_case_evidence(session, case_id)
        search_index.index_case_lines(session, case_id)

    @staticmethod
    def _custody_received(
        session: Session, case_id: int, by: str, sender: str, old_number: str
    ) -> None:
        at = now()
        rows = session.execute(
            select(EvidenceItem.id, EvidenceItem.stored).where(EvidenceItem.case_id == case_id)
        ).all()
        for item_id, stored in rows:
            session.add(
                CustodyEvent(
                    item_id=item_id,
                    at=at,
                    action="received",
                    actor=by,
                    receiver="",
                    note=f"{sender}, {old_number}",
                )
            )
            if stored:
                # Its SHA-256 was checked against the copy before this was written.
                session.add(CustodyEvent(item_id=item_id, at=at, action="verified", actor=by))

    @staticmethod
    def _let_go(
        source: CaseFileSession,
        cases: list[_Source],
        result: tuple[HandedOverCase, ...],
        receiver: str,
        target: CaseFileSession,
        receiver_head: str,
    ) -> None:
        """Step 3: the sender marks the cases handed over, in one transaction."""
        with target.file.case.reading() as session:
            target_id = meta(session).case_file_id
        with source.file.case.transaction() as session:
            session.info[HANDING_OVER] = True
            by = actor(session)
            at = now()
            events: list[tuple[AuditAction, str, dict[str, Any]]] = []
            for chosen, done in zip(cases, result, strict=True):
                row = session.get(Case, chosen.case_id)
                assert row is not None
                row.handed_over_at = at
                row.handed_over_to = receiver
                items = session.scalars(
                    select(EvidenceItem).where(EvidenceItem.case_id == chosen.case_id)
                ).all()
                for item in items:
                    session.add(
                        CustodyEvent(
                            item_id=item.id,
                            at=at,
                            action="handed_over",
                            actor=by,
                            receiver=receiver,
                            note=f"{target.file.path.name}, {done.new_number}",
                        )
                    )
                session.add(
                    CaseEvent(
                        case_id=chosen.case_id,
                        recorded_at=at,
                        kind="case.handed_over",
                        details={"receiver": receiver, "number": done.new_number},
                    )
                )
                events.append(
                    (
                        AuditAction.CASE_HANDED_OVER,
                        chosen.number,
                        {
                            "to_case_file": target_id,
                            "new_number": done.new_number,
                            "receiver_chain_head": receiver_head,
                            "items": chosen.items,
                        },
                    )
                )
            session.flush()
            audit_log.append_many(session, by, events)


def _free_number(taken: set[str], number: str) -> str:
    """The next number of the same year that the receiving file does not use yet."""
    try:
        year, _ = dc.parse_case_number(number)
    except ValueError:
        year = now().year
    highest = 0
    for existing in taken:
        try:
            other_year, sequence = dc.parse_case_number(existing)
        except ValueError:
            continue
        if other_year == year:
            highest = max(highest, sequence)
    return dc.case_number(year, highest + 1)
