"""Recording evidence like a forensic exhibit: original bytes hashed at intake and stored
unaltered inside the encrypted case file, numbered per case, with a chain of custody.

Sexual images of minors are never stored: when the case or the adviser says an image may be
sexual, the caller must answer whether it shows someone under 18. If so, only the
description, where it is, who saw it and the hash of the file as received are recorded.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, insert, literal, or_, select, update
from sqlalchemy.orm import Session

from adviser_desk import APP_NAME, __version__
from adviser_desk.domain import app_tasks, audit_actions
from adviser_desk.domain import evidence as de
from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.domain.cases import IncidentType
from adviser_desk.domain.clock import now
from adviser_desk.domain.errors import KnownError
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.domain.work import (
    Cancelled,
    CancelRequested,
    Progress,
    never_cancelled,
    no_progress,
)
from adviser_desk.services.actor import actor
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.case_views import TaskInput
from adviser_desk.services.evidence_intake import (
    DUPLICATE,
    Intake,
    Prepared,
    Source,
    make_thumbnail,
    path_source,
    prepare,
    prepared_in_order,
    read_file,
)
from adviser_desk.services.evidence_intake import EvidenceError as EvidenceError
from adviser_desk.services.evidence_intake import MinorQuestionError as MinorQuestionError
from adviser_desk.storage import audit_log
from adviser_desk.storage.casefile import CaseFile
from adviser_desk.storage.models import (
    Case,
    CustodyEvent,
    EvidenceBlob,
    EvidenceItem,
    EvidenceThumbnail,
    TakedownEvent,
)

BAD_URL = QT_TRANSLATE_NOOP(
    "errors", "“{url}” is not a web address (it should look like https://…). Nothing was stored."
)
EMPTY_MESSAGE = QT_TRANSLATE_NOOP("errors", "The message text is empty; nothing was stored.")
EMPTY_CONTACT = QT_TRANSLATE_NOOP(
    "errors",
    "Give the contact details or the account name of the person or account; nothing was stored.",
)
NOT_A_URL = QT_TRANSLATE_NOOP(
    "errors", "Only web addresses can be reported for removal or checked for being online."
)
RECHECK_BEFORE = QT_TRANSLATE_NOOP(
    "errors", "The re-check date lies before the date of this step; choose a later date."
)
NO_RECEIVER = QT_TRANSLATE_NOOP(
    "errors", "Say to whom the evidence was handed over; nothing was recorded."
)
NO_CASE = QT_TRANSLATE_NOOP("errors", "Case {ref} does not exist (any more).")
# Items stored per transaction in a batch: one commit (and fsync) per item would cost more
# than the encryption itself; a failed commit loses only its own batch, never half an item.
BATCH_ITEMS = 32
BATCH_BYTES = 64 * 2**20
PNG_SIGNATURE = b"\x89PNG"
THUMB_BATCH = 16  # originals read per step when making thumbnails after intake


def _thumbnail_or_empty(data: bytes) -> bytes:
    try:
        return make_thumbnail(data)
    except Exception:  # a thumbnail is optional; the original stays as received
        return b""


@dataclass(frozen=True)
class TakedownRow:
    happened_on: date
    action: str  # "reported" or "checked"
    channel: str  # a TakedownChannel value when reported
    status: str  # an OnlineStatus value when checked
    reference: str
    note: str
    recheck_on: date | None


@dataclass(frozen=True)
class ItemRow:
    item_id: int
    number: str
    kind: de.EvidenceKind
    description: str
    source: str
    observed_at: datetime | None
    recorded_at: datetime
    collector: str
    sha256: str | None
    stored: bool
    size: int | None
    mime: str
    width: int | None
    height: int | None
    original_name: str
    url: str
    platform: str
    handle: str
    message_text: str
    sender: str
    seen_by: str
    custody: tuple[tuple[datetime, str, str, str], ...] = ()
    takedown: tuple[TakedownRow, ...] = ()

    @property
    def online_status(self) -> str:
        """The last checked status of a web address ("" when never checked)."""
        checks = [t.status for t in self.takedown if t.action == "checked"]
        return checks[-1] if checks else ""

    @property
    def recheck_on(self) -> date | None:
        """The re-check the latest step planned (None once a check planned none)."""
        return self.takedown[-1].recheck_on if self.takedown else None


@dataclass
class ImportResult:
    added: list[str] = field(default_factory=list)  # evidence numbers
    failed: list[tuple[str, KnownError]] = field(default_factory=list)  # file name, why


@dataclass
class _Context:
    """What every new item in one transaction shares: its case, who records it, the next
    number (read once per transaction instead of once per item)."""

    case: Case
    actor: str
    next_number: int


class EvidenceService:
    def __init__(self, cases: CaseService, max_bytes: int = de.DEFAULT_MAX_BYTES) -> None:
        self.cases = cases
        self.max_bytes = max_bytes

    @property
    def case_file(self) -> CaseFile:
        return self.cases.case_file

    # -- helpers ------------------------------------------------------------------------------
    def _context(self, session: Session, case_id: int) -> _Context:
        case = session.get(Case, case_id)
        if case is None:
            raise EvidenceError(NO_CASE, ref=case_id)
        numbers = session.scalars(
            select(EvidenceItem.number).where(EvidenceItem.case_id == case_id)
        )
        highest = max((de.parse_evidence_number(n) for n in numbers), default=0)
        return _Context(case, actor(session), highest + 1)

    def add_custody(
        self, session: Session, item: EvidenceItem, action: str, by: str = "", **extra: str
    ) -> None:
        """A custody event for ``item`` in the caller's transaction."""
        session.add(
            CustodyEvent(
                item_id=item.id,
                at=now(),
                action=action,
                actor=by or actor(session),
                receiver=extra.get("receiver", ""),
                note=extra.get("note", ""),
            )
        )

    def _new_item(
        self, session: Session, context: _Context, kind: de.EvidenceKind, **values: object
    ) -> EvidenceItem:
        item = EvidenceItem(
            case_id=context.case.id,
            number=de.evidence_number(context.next_number),
            kind=kind.value,
            recorded_at=now(),
            collector=context.actor,
            app_version=f"{APP_NAME} {__version__}",
            **values,
        )
        context.next_number += 1
        session.add(item)
        session.flush()
        self.add_custody(session, item, "recorded", context.actor)
        audit_log.append(
            session,
            context.actor,
            AuditAction.EVIDENCE_RECORDED,
            context.case.number,
            {"number": item.number, "kind": kind.value, "sha256": item.sha256 or ""},
        )
        return item

    def case_types(self, case_id: int) -> frozenset[IncidentType]:
        # One column, not the whole case with its tasks: this runs for every file at intake.
        with self.case_file.reading() as session:
            types = session.scalar(select(Case.incident_types).where(Case.id == case_id))
        return frozenset(IncidentType(value) for value in types or ())

    def _asks_minor(self, case_id: int, intake: Intake) -> bool:
        return de.needs_minor_question(self.case_types(case_id), intake.marked_sexual)

    # -- intake -------------------------------------------------------------------------------
    def read_file(self, path: Path) -> bytes:
        return read_file(path, self.max_bytes)

    def _store(
        self, session: Session, context: _Context, batch: Sequence[Prepared], intake: Intake
    ) -> list[tuple[int, str] | EvidenceError]:
        """Stores checked files in the caller's transaction as (item id, number); duplicates
        come back as errors. One statement per table for the whole batch: with one ORM flush
        per item, the bookkeeping cost more than the encryption."""
        digests = [p.digest for p in batch if not p.withhold]
        in_case = dict(
            session.execute(
                select(EvidenceItem.sha256, EvidenceItem.number).where(
                    EvidenceItem.case_id == context.case.id,
                    EvidenceItem.stored.is_(True),
                    EvidenceItem.sha256.in_(digests),
                )
            ).all()
        )
        have_blob = set(
            session.scalars(select(EvidenceBlob.sha256).where(EvidenceBlob.sha256.in_(digests)))
        )
        out: list[tuple[int, str] | EvidenceError | None] = []
        blobs: list[dict[str, object]] = []
        thumbs: list[dict[str, object]] = []
        items: list[dict[str, object]] = []
        slots: list[int] = []
        recorded = now()
        for p in batch:
            if not p.withhold and p.digest in in_case:
                out.append(EvidenceError(DUPLICATE, name=p.name, number=in_case[p.digest]))
                continue
            if not p.withhold and p.digest not in have_blob:
                blobs.append({"sha256": p.digest, "size": p.size, "data": p.data})
                if p.thumbnail is not None:
                    thumbs.append({"sha256": p.digest, "data": p.thumbnail})
                have_blob.add(p.digest)
            number = de.evidence_number(context.next_number)
            context.next_number += 1
            if p.withhold:
                kind = de.EvidenceKind.WITHHELD
            else:
                kind = de.EvidenceKind.IMAGE if p.is_image else de.EvidenceKind.FILE
                in_case[p.digest] = number
            # Every row has the same keys: executemany needs that.
            items.append(
                {
                    "case_id": context.case.id,
                    "number": number,
                    "kind": kind.value,
                    "recorded_at": recorded,
                    "collector": context.actor,
                    "app_version": f"{APP_NAME} {__version__}",
                    "description": intake.description,
                    "source": intake.where if p.withhold else intake.source,
                    "observed_at": intake.observed_at,
                    "sha256": p.digest,
                    "stored": not p.withhold,
                    "size": None if p.withhold else p.size,
                    # The type of what was received (a withheld video says so); never its bytes.
                    "mime": p.mime,
                    "width": None if p.withhold else p.width,
                    "height": None if p.withhold else p.height,
                    "original_name": p.name[:300],
                    "seen_by": intake.seen_by if p.withhold else "",
                }
            )
            slots.append(len(out))
            out.append(None)
        if blobs:
            session.execute(insert(EvidenceBlob), blobs)
        if thumbs:
            session.execute(insert(EvidenceThumbnail), thumbs)
        if items:
            ids = session.scalars(
                insert(EvidenceItem).returning(EvidenceItem.id, sort_by_parameter_order=True),
                items,
            ).all()
            session.execute(
                insert(CustodyEvent),
                [
                    {
                        "item_id": item_id,
                        "at": recorded,
                        "action": "recorded",
                        "actor": context.actor,
                        "receiver": "",
                        "note": "",
                    }
                    for item_id in ids
                ],
            )
            audit_log.append_many(
                session,
                context.actor,
                [
                    (
                        AuditAction.EVIDENCE_RECORDED,
                        context.case.number,
                        {"number": row["number"], "kind": row["kind"], "sha256": row["sha256"]},
                    )
                    for row in items
                ],
            )
            for slot, item_id, row in zip(slots, ids, items, strict=True):
                out[slot] = (item_id, str(row["number"]))
        return [entry for entry in out if entry is not None]

    def add_bytes(
        self,
        case_id: int,
        data: bytes,
        name: str,
        description: str = "",
        source: str = "",
        observed_at: datetime | None = None,
        minor_sexual: bool | None = None,
        marked_sexual: bool = False,
        where: str = "",
        seen_by: str = "",
    ) -> ItemRow:
        """Records a file's bytes. ``minor_sexual`` answers the question the app must ask for
        images in sexual cases (None = not asked yet, which raises MinorQuestionError)."""
        intake = Intake(
            description, source, observed_at, minor_sexual, marked_sexual, where, seen_by
        )
        prepared = prepare(name, data, self.max_bytes, self._asks_minor(case_id, intake), intake)
        with self.case_file.transaction() as session:
            (stored,) = self._store(session, self._context(session, case_id), [prepared], intake)
            if isinstance(stored, EvidenceError):
                raise stored
            item = session.get(EvidenceItem, stored[0])
            assert item is not None
            return self._row(session, item)

    def add_file(self, case_id: int, path: Path, **kwargs: object) -> ItemRow:
        return self.add_bytes(case_id, self.read_file(path), path.name, **kwargs)  # type: ignore[arg-type]

    def add_sources(
        self,
        case_id: int,
        sources: Sequence[Source],
        intake: Intake,
        progress: Callable[[int, int], None] = lambda _done, _total: None,
        cancelled: Callable[[], bool] = lambda: False,
        reported: Callable[[ImportResult], None] = lambda _step: None,
    ) -> ImportResult:
        """Stores every good file and lists the bad ones; one bad file stops nothing.

        Files are checked in parallel and stored in batches; after Cancel, what was already
        checked is stored and the rest is left alone. A file counts as added only once its
        batch has committed; ``reported`` hears each step's outcome as soon as it is final
        (a committed batch, or a file refused), so a caller that is killed has told every
        commit it made.
        """
        result = ImportResult()
        asks_minor = self._asks_minor(case_id, intake)
        batch: list[Prepared] = []
        size = 0

        def tell(step: ImportResult) -> None:
            result.added.extend(step.added)
            result.failed.extend(step.failed)
            reported(step)

        def flush() -> None:
            nonlocal size
            step = ImportResult()
            try:
                with self.case_file.transaction() as session:
                    stored = self._store(session, self._context(session, case_id), batch, intake)
                # Only here, after the commit, are the items really in the case file.
                for prepared, outcome in zip(batch, stored, strict=True):
                    if isinstance(outcome, EvidenceError):
                        step.failed.append((prepared.name, outcome))
                    else:
                        step.added.append(outcome[1])
            except KnownError as exc:
                step = ImportResult(failed=[(prepared.name, exc) for prepared in batch])
            batch.clear()
            size = 0
            tell(step)

        progress(0, len(sources))
        stream = prepared_in_order(sources, self.max_bytes, asks_minor, intake, cancelled)
        for done, (name, outcome) in enumerate(stream, 1):
            if isinstance(outcome, EvidenceError):
                tell(ImportResult(failed=[(name, outcome)]))
            else:
                batch.append(outcome)
                size += outcome.size
            if len(batch) >= BATCH_ITEMS or size >= BATCH_BYTES:
                flush()
            progress(done, len(sources))
        if batch:
            flush()
        return result

    def add_files(
        self,
        case_id: int,
        paths: Sequence[Path],
        intake: Intake,
        progress: Callable[[int, int], None] = lambda _done, _total: None,
        cancelled: Callable[[], bool] = lambda: False,
        reported: Callable[[ImportResult], None] = lambda _step: None,
    ) -> ImportResult:
        sources = [path_source(path, self.max_bytes) for path in paths]
        return self.add_sources(case_id, sources, intake, progress, cancelled, reported)

    def _withheld(
        self, session: Session, context: _Context, digest: str, name: str, intake: Intake
    ) -> EvidenceItem:
        """The image is deliberately not kept: only what the police and Helpwanted need."""
        return self._new_item(
            session,
            context,
            de.EvidenceKind.WITHHELD,
            description=intake.description,
            source=intake.where,
            observed_at=intake.observed_at,
            sha256=digest,
            stored=False,
            original_name=name[:300],
            seen_by=intake.seen_by,
        )

    def record_withheld(
        self,
        case_id: int,
        digest: str,
        name: str,
        description: str,
        where: str,
        seen_by: str,
        observed_at: datetime | None = None,
    ) -> ItemRow:
        intake = Intake(description, observed_at=observed_at, where=where, seen_by=seen_by)
        with self.case_file.transaction() as session:
            item = self._withheld(session, self._context(session, case_id), digest, name, intake)
            return self._row(session, item)

    def add_url(
        self,
        case_id: int,
        url: str,
        description: str = "",
        source: str = "",
        observed_at: datetime | None = None,
    ) -> ItemRow:
        try:
            info = de.parse_url(url)
        except de.MalformedUrlError as exc:
            raise EvidenceError(BAD_URL, url=url.strip()[:200]) from exc
        with self.case_file.transaction() as session:
            item = self._new_item(
                session,
                self._context(session, case_id),
                de.EvidenceKind.URL,
                description=description,
                source=source,
                observed_at=observed_at,
                url=info.url,
                platform=info.platform,
                handle=info.handle,
            )
            return self._row(session, item)

    def add_message(
        self,
        case_id: int,
        text: str,
        sender: str = "",
        platform: str = "",
        sent_at: datetime | None = None,
        description: str = "",
        source: str = "",
    ) -> ItemRow:
        if not text.strip():
            raise EvidenceError(EMPTY_MESSAGE)
        with self.case_file.transaction() as session:
            item = self._new_item(
                session,
                self._context(session, case_id),
                de.EvidenceKind.MESSAGE,
                description=description,
                source=source,
                message_text=text,
                sender=sender,
                platform=platform,
                sent_at=sent_at,
                sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
            )
            return self._row(session, item)

    def add_contact(
        self,
        case_id: int,
        details: str,
        platform: str = "",
        handle: str = "",
        description: str = "",
        source: str = "",
    ) -> ItemRow:
        if not details.strip() and not handle.strip():
            raise EvidenceError(EMPTY_CONTACT)
        with self.case_file.transaction() as session:
            item = self._new_item(
                session,
                self._context(session, case_id),
                de.EvidenceKind.CONTACT,
                description=description,
                source=source,
                contact_details=details,
                platform=platform,
                handle=handle,
            )
            return self._row(session, item)

    def import_files(
        self,
        case_id: int,
        paths: Iterable[Path],
        confirm_no_minor: bool = False,
        source: str = "",
        reported: Callable[[ImportResult], None] = lambda _step: None,
    ) -> ImportResult:
        """The command line's bulk intake: the batch answer about minors is all or nothing,
        and giving it is recorded (by ``source``) before anything is stored."""
        paths = list(paths)
        if confirm_no_minor:
            with self.case_file.transaction() as session:
                audit_log.append(
                    session,
                    source or actor(session),
                    AuditAction.EVIDENCE_BATCH_CONFIRMED_NO_MINOR,
                    self.cases.repository.number(session, case_id),
                    {"files": len(paths)},
                )
        intake = Intake(source=source, minor_sexual=False if confirm_no_minor else None)
        return self.add_files(case_id, paths, intake, reported=reported)

    # -- reading and checking -------------------------------------------------------------------
    def _row(
        self,
        session: Session,
        item: EvidenceItem,
        custody_by_item: dict[int, list[CustodyEvent]] | None = None,
        takedown_by_item: dict[int, list[TakedownEvent]] | None = None,
    ) -> ItemRow:
        events = (
            custody_by_item.get(item.id, [])
            if custody_by_item is not None
            else session.scalars(
                select(CustodyEvent)
                .where(CustodyEvent.item_id == item.id)
                .order_by(CustodyEvent.id)
            ).all()
        )
        custody = tuple((event.at, event.action, event.receiver, event.note) for event in events)
        takedowns = (
            takedown_by_item.get(item.id, [])
            if takedown_by_item is not None
            else session.scalars(
                select(TakedownEvent)
                .where(TakedownEvent.item_id == item.id)
                .order_by(TakedownEvent.happened_on, TakedownEvent.id)
            ).all()
        )
        takedown = tuple(
            TakedownRow(
                t.happened_on, t.action, t.channel, t.status, t.reference, t.note, t.recheck_on
            )
            for t in takedowns
        )
        return ItemRow(
            item.id,
            item.number,
            de.EvidenceKind(item.kind),
            item.description,
            item.source,
            item.observed_at,
            item.recorded_at,
            item.collector,
            item.sha256,
            item.stored,
            item.size,
            item.mime,
            item.width,
            item.height,
            item.original_name,
            item.url,
            item.platform,
            item.handle,
            item.message_text,
            item.sender,
            item.seen_by,
            custody,
            takedown,
        )

    def items(self, case_id: int) -> list[ItemRow]:
        with self.case_file.reading() as session:
            rows = session.scalars(
                select(EvidenceItem)
                .where(EvidenceItem.case_id == case_id)
                .order_by(EvidenceItem.id)
            ).all()
            # One query for all custody events: a case can hold a thousand items.
            by_item: dict[int, list[CustodyEvent]] = {}
            for event in session.scalars(
                select(CustodyEvent)
                .join(EvidenceItem, EvidenceItem.id == CustodyEvent.item_id)
                .where(EvidenceItem.case_id == case_id)
                .order_by(CustodyEvent.id)
            ):
                by_item.setdefault(event.item_id, []).append(event)
            takedown: dict[int, list[TakedownEvent]] = {}
            for step in session.scalars(
                select(TakedownEvent)
                .join(EvidenceItem, EvidenceItem.id == TakedownEvent.item_id)
                .where(EvidenceItem.case_id == case_id)
                .order_by(TakedownEvent.happened_on, TakedownEvent.id)
            ):
                takedown.setdefault(step.item_id, []).append(step)
            return [self._row(session, item, by_item, takedown) for item in rows]

    def thumbnails(self, case_id: int) -> dict[int, bytes]:
        """The small images of a case's stored images, by item id, in one query (their own
        table: no original is read)."""
        with self.case_file.reading() as session:
            rows = session.execute(
                select(EvidenceItem.id, EvidenceThumbnail.data)
                .join(EvidenceThumbnail, EvidenceThumbnail.sha256 == EvidenceItem.sha256)
                .where(EvidenceItem.case_id == case_id, EvidenceItem.stored.is_(True))
            )
            return {item_id: thumb for item_id, thumb in rows if thumb}

    def missing_thumbnails(self, case_id: int) -> list[str]:
        """Digests of the case's stored images that have no thumbnail yet (PNGs are stored
        first and get theirs afterwards), or still the PNG thumbnail of a file written before
        revision 0008 (four times the bytes of the JPEG the list and the log now read)."""
        with self.case_file.reading() as session:
            return list(
                session.scalars(
                    select(EvidenceItem.sha256)
                    .distinct()
                    .outerjoin(EvidenceThumbnail, EvidenceThumbnail.sha256 == EvidenceItem.sha256)
                    .where(
                        EvidenceItem.case_id == case_id,
                        EvidenceItem.stored.is_(True),
                        EvidenceItem.kind == de.EvidenceKind.IMAGE.value,
                        EvidenceItem.sha256.is_not(None),
                        or_(
                            EvidenceThumbnail.sha256.is_(None),
                            func.substr(EvidenceThumbnail.data, 1, 4) == literal(PNG_SIGNATURE),
                        ),
                    )
                )
            )

    def make_missing_thumbnails(
        self, case_id: int, cancelled: CancelRequested = never_cancelled
    ) -> int:
        """Makes the thumbnails intake left for later (and redoes old PNG thumbnails as JPEG,
        from the PNG itself); returns how many were made.

        Decoding runs in a small thread pool (Pillow releases the GIL) while this thread reads
        the next originals; each small batch commits on its own, so Cancel loses nothing. An
        image that cannot be decoded gets an empty entry, so it is not tried again."""
        digests = self.missing_thumbnails(case_id)
        made = 0
        workers = max(1, min(4, os.cpu_count() or 1))
        with ThreadPoolExecutor(workers, thread_name_prefix="thumbnails") as pool:
            for first in range(0, len(digests), THUMB_BATCH):
                if cancelled():
                    break
                chunk = digests[first : first + THUMB_BATCH]
                with self.case_file.reading() as session:
                    old: dict[str, bytes] = {
                        digest: data
                        for digest, data in session.execute(
                            select(EvidenceThumbnail.sha256, EvidenceThumbnail.data).where(
                                EvidenceThumbnail.sha256.in_(chunk)
                            )
                        )
                    }
                    sources = [
                        (
                            digest,
                            old.get(digest)
                            or session.scalar(
                                select(EvidenceBlob.data).where(EvidenceBlob.sha256 == digest)
                            ),
                        )
                        for digest in chunk
                    ]
                futures = [
                    (digest, pool.submit(_thumbnail_or_empty, data))
                    for digest, data in sources
                    if data is not None
                ]
                rows = [{"sha256": digest, "data": future.result()} for digest, future in futures]
                del sources, futures
                with self.case_file.transaction() as session:
                    # Another window (or a second run) may have made some meanwhile.
                    current: dict[str, bytes] = {
                        digest: data
                        for digest, data in session.execute(
                            select(EvidenceThumbnail.sha256, EvidenceThumbnail.data).where(
                                EvidenceThumbnail.sha256.in_([r["sha256"] for r in rows])
                            )
                        )
                    }
                    new = [r for r in rows if r["sha256"] not in current]
                    if new:
                        session.execute(insert(EvidenceThumbnail), new)
                    redone = [
                        r
                        for r in rows
                        if r["data"] and current.get(str(r["sha256"]), b"")[:4] == PNG_SIGNATURE
                    ]
                    for row in redone:
                        session.execute(
                            update(EvidenceThumbnail)
                            .where(EvidenceThumbnail.sha256 == row["sha256"])
                            .values(data=row["data"])
                        )
                made += len(new) + len(redone)
        return made

    def original(self, item_id: int) -> bytes:
        """The stored bytes, for showing inside the app (never written to a temp file)."""
        with self.case_file.reading() as session:
            item = session.get(EvidenceItem, item_id)
            if item is None or not item.stored or item.sha256 is None:
                return b""
            blob = session.get(EvidenceBlob, item.sha256)
            return b"" if blob is None else blob.data

    def thumbnail(self, item_id: int) -> bytes:
        """The small image made at intake or after it (kept only inside the encrypted file)."""
        with self.case_file.reading() as session:
            item = session.get(EvidenceItem, item_id)
            if item is None or not item.stored or item.sha256 is None:
                return b""
            return (
                session.scalar(
                    select(EvidenceThumbnail.data).where(EvidenceThumbnail.sha256 == item.sha256)
                )
                or b""
            )

    # -- takedown and hand-over ----------------------------------------------------------------
    def _url_item(self, session: Session, item_id: int) -> tuple[EvidenceItem, Case]:
        item = session.get(EvidenceItem, item_id)
        if item is None or item.kind != de.EvidenceKind.URL:
            raise EvidenceError(NOT_A_URL)
        case = session.get(Case, item.case_id)
        assert case is not None
        return item, case

    def _takedown_step(
        self,
        item_id: int,
        action: str,
        happened_on: date,
        recheck_on: date | None,
        language: str,
        **values: str,
    ) -> ItemRow:
        if recheck_on is not None and recheck_on < happened_on:
            raise EvidenceError(RECHECK_BEFORE)
        with self.case_file.transaction() as session:
            item, case = self._url_item(session, item_id)
            by = actor(session)
            open_checks = session.scalars(
                select(TakedownEvent.recheck_task_id).where(
                    TakedownEvent.item_id == item_id, TakedownEvent.recheck_task_id.is_not(None)
                )
            ).all()
            # A check answers the re-check that was planned; a new date replaces the old one.
            if action == "checked" or recheck_on is not None:
                for task_id in open_checks:
                    assert task_id is not None
                    self.cases.repository.finish_task(session, task_id, values.get("status", ""))
            task_id = None
            if recheck_on is not None:
                task_id = self.cases.repository.insert_task(
                    session,
                    case.id,
                    TaskInput(
                        title=app_tasks.stored_title(
                            app_tasks.TAKEDOWN_RECHECK, number=item.number, url=item.url
                        ),
                        due_on=recheck_on,
                    ),
                    section="evidence",
                ).id
            session.add(
                TakedownEvent(
                    item_id=item_id,
                    recorded_at=now(),
                    happened_on=happened_on,
                    action=action,
                    actor=by,
                    recheck_on=recheck_on,
                    recheck_task_id=task_id,
                    **values,
                )
            )
            audit_log.append(
                session,
                by,
                audit_actions.takedown(action),
                case.number,
                {"number": item.number, **{k: v for k, v in values.items() if k != "note"}},
            )
            session.flush()
            return self._row(session, item)

    def report_takedown(
        self,
        item_id: int,
        channel: de.TakedownChannel,
        happened_on: date,
        reference: str = "",
        note: str = "",
        recheck_on: date | None = None,
        language: str = "en",
    ) -> ItemRow:
        """Records that a web address was reported for removal, and plans a re-check task."""
        return self._takedown_step(
            item_id,
            "reported",
            happened_on,
            recheck_on,
            language,
            channel=de.TakedownChannel(channel).value,
            reference=reference.strip(),
            note=note.strip(),
        )

    def record_check(
        self,
        item_id: int,
        status: de.OnlineStatus,
        happened_on: date,
        note: str = "",
        recheck_on: date | None = None,
        language: str = "en",
    ) -> ItemRow:
        """Records whether the content is still online; closes the re-check task it answers."""
        return self._takedown_step(
            item_id,
            "checked",
            happened_on,
            recheck_on,
            language,
            status=de.OnlineStatus(status).value,
            note=note.strip(),
        )

    def record_handover(
        self, case_id: int, item_ids: Sequence[int], receiver: str, note: str = ""
    ) -> int:
        """A "handed over" custody event (to whom, with a receipt note) for the given items, or
        for every item of the case when none are given. Returns how many were recorded."""
        if not receiver.strip():
            raise EvidenceError(NO_RECEIVER)
        with self.case_file.transaction() as session:
            query = select(EvidenceItem).where(EvidenceItem.case_id == case_id)
            if item_ids:
                query = query.where(EvidenceItem.id.in_(item_ids))
            items = session.scalars(query.order_by(EvidenceItem.id)).all()
            by = actor(session)
            for item in items:
                self.add_custody(
                    session, item, "handed_over", by, receiver=receiver.strip(), note=note.strip()
                )
            case = session.get(Case, case_id)
            audit_log.append(
                session,
                by,
                AuditAction.EVIDENCE_HANDED_OVER,
                case.number if case else str(case_id),
                {"items": [item.number for item in items]},
            )
            return len(items)

    def verify(
        self,
        case_id: int | None = None,
        progress: Progress = no_progress,
        cancelled: CancelRequested = never_cancelled,
        record: bool = True,
    ) -> list[str]:
        """Evidence numbers whose stored bytes no longer match their recorded hash.

        Cancel raises Cancelled and records nothing; otherwise, with ``record``, every intact
        item gets a "verified" custody event (printing the log records its check once, for
        the log, instead)."""
        bad: list[str] = []
        with self.case_file.transaction() as session:
            by = actor(session)
            query = (
                select(EvidenceItem.id, EvidenceItem.number, EvidenceItem.sha256, Case.number)
                .join(Case, Case.id == EvidenceItem.case_id)
                .where(EvidenceItem.stored.is_(True))
            )
            if case_id is not None:
                query = query.where(EvidenceItem.case_id == case_id)
            rows = session.execute(query).all()
            for index, (item_id, number, digest, case_number) in enumerate(rows):
                if cancelled():
                    raise Cancelled()
                progress(index, len(rows))
                blob = session.get(EvidenceBlob, digest)
                actual = hashlib.sha256(blob.data).hexdigest() if blob is not None else ""
                if actual != digest:
                    bad.append(f"{case_number} {number}")
                elif record:
                    item = session.get(EvidenceItem, item_id)
                    assert item is not None
                    self.add_custody(session, item, "verified", by)
                # The blob's bytes are not needed any more; a thousand of them would add up.
                if blob is not None:
                    session.expunge(blob)
            progress(len(rows), len(rows))
        return bad

    def count(self, case_id: int) -> int:
        with self.case_file.reading() as session:
            return int(
                session.scalar(select(func.count()).where(EvidenceItem.case_id == case_id)) or 0
            )
