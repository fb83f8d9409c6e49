"""Recording evidence like a forensic exhibit: original bytes hashed at intake and stored
unaltered inside the encrypted case file, numbered per case, with a chain of custody.

Sexual images of minors are never stored: when the case or the adviser says an image may be
sexual, the caller must answer whether it shows someone under 18. If so, only the
description, where it is, who saw it and the hash of the file as received are recorded.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from adviser_desk import APP_NAME, __version__
from adviser_desk.domain import evidence as de
from adviser_desk.domain.cases import IncidentType
from adviser_desk.domain.errors import KnownError
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.reports import evidence_log
from adviser_desk.reports.evidence_log import EvidenceLogData
from adviser_desk.services.actor import actor
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.evidence_intake import (
    DUPLICATE,
    Intake,
    Prepared,
    Source,
    _error,
    path_source,
    prepare,
    prepared_in_order,
    read_file,
)
from adviser_desk.services.evidence_intake import EvidenceError as EvidenceError
from adviser_desk.services.evidence_intake import MinorQuestionError as MinorQuestionError
from adviser_desk.storage import audit_log
from adviser_desk.storage.atomic import write_atomic
from adviser_desk.storage.casefile import CaseFile
from adviser_desk.storage.models import Case, CustodyEvent, EvidenceBlob, EvidenceItem
from adviser_desk.storage.repositories import profile

BAD_URL = QT_TRANSLATE_NOOP(
    "errors", "“{url}” is not a web address (it should look like https://…). Nothing was stored."
)
EMPTY_MESSAGE = QT_TRANSLATE_NOOP("errors", "The message text is empty; nothing was stored.")
EMPTY_CONTACT = QT_TRANSLATE_NOOP(
    "errors",
    "Give the contact details or the account name of the person or account; nothing was stored.",
)
NO_CASE = QT_TRANSLATE_NOOP("errors", "Case {ref} does not exist (any more).")
# Items stored per transaction in a batch: one commit (and fsync) per item would cost more
# than the encryption itself; a failed commit loses only its own batch, never half an item.
BATCH_ITEMS = 32
BATCH_BYTES = 64 * 2**20


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


@dataclass
class ImportResult:
    added: list[str] = field(default_factory=list)  # evidence numbers
    failed: list[tuple[str, KnownError]] = field(default_factory=list)  # file name, why


def now() -> datetime:
    return datetime.now(UTC)


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
            raise _error(NO_CASE, ref=case_id)
        numbers = session.scalars(
            select(EvidenceItem.number).where(EvidenceItem.case_id == case_id)
        )
        highest = max((de.parse_evidence_number(n) for n in numbers), default=0)
        return _Context(case, actor(session), highest + 1)

    def _custody(
        self, session: Session, item: EvidenceItem, action: str, by: str = "", **extra: str
    ) -> None:
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
        self._custody(session, item, "recorded", context.actor)
        audit_log.append(
            session,
            context.actor,
            "evidence.recorded",
            context.case.number,
            {"number": item.number, "kind": kind.value, "sha256": item.sha256 or ""},
        )
        return item

    def case_types(self, case_id: int) -> frozenset[IncidentType]:
        # One column, not the whole case with its tasks: this runs for every file at intake.
        with self.case_file.transaction() as session:
            types = session.scalar(select(Case.incident_types).where(Case.id == case_id))
        return frozenset(IncidentType(value) for value in types or ())

    def _asks_minor(self, case_id: int, intake: Intake) -> bool:
        return de.needs_minor_question(self.case_types(case_id), intake.marked_sexual)

    # -- intake -------------------------------------------------------------------------------
    def read_file(self, path: Path) -> bytes:
        return read_file(path, self.max_bytes)

    def _store(
        self, session: Session, context: _Context, batch: Sequence[Prepared], intake: Intake
    ) -> list[EvidenceItem | EvidenceError]:
        """Stores checked files in the caller's transaction; duplicates come back as errors."""
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
        out: list[EvidenceItem | EvidenceError] = []
        for p in batch:
            if p.withhold:
                out.append(self._withheld(session, context, p.digest, p.name, intake))
                continue
            if p.digest in in_case:
                out.append(_error(DUPLICATE, name=p.name, number=in_case[p.digest]))
                continue
            if p.digest not in have_blob:
                session.add(
                    EvidenceBlob(sha256=p.digest, size=p.size, data=p.data, thumbnail=p.thumbnail)
                )
                have_blob.add(p.digest)
            item = self._new_item(
                session,
                context,
                de.EvidenceKind.IMAGE if p.is_image else de.EvidenceKind.FILE,
                description=intake.description,
                source=intake.source,
                observed_at=intake.observed_at,
                sha256=p.digest,
                stored=True,
                size=p.size,
                mime=p.mime,
                width=p.width,
                height=p.height,
                original_name=p.name[:300],
            )
            in_case[p.digest] = item.number
            out.append(item)
        return out

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
            return self._row(session, stored)

    def add_file(self, case_id: int, path: Path, **kwargs: object) -> ItemRow:
        return self.add_bytes(case_id, self.read_file(path), path.name, **kwargs)  # type: ignore[arg-type]

    def add_sources(
        self,
        case_id: int,
        sources: Sequence[Source],
        intake: Intake,
        progress: Callable[[int, int], None] = lambda _done, _total: None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> ImportResult:
        """Stores every good file and lists the bad ones; one bad file stops nothing.

        Files are checked in parallel and stored in batches; after Cancel, what was already
        checked is stored and the rest is left alone.
        """
        result = ImportResult()
        asks_minor = self._asks_minor(case_id, intake)
        batch: list[Prepared] = []
        size = 0

        def flush() -> None:
            nonlocal size
            try:
                with self.case_file.transaction() as session:
                    stored = self._store(session, self._context(session, case_id), batch, intake)
                    for prepared, outcome in zip(batch, stored, strict=True):
                        if isinstance(outcome, EvidenceError):
                            result.failed.append((prepared.name, outcome))
                        else:
                            result.added.append(outcome.number)
            except KnownError as exc:
                result.failed.extend((prepared.name, exc) for prepared in batch)
            batch.clear()
            size = 0

        progress(0, len(sources))
        stream = prepared_in_order(sources, self.max_bytes, asks_minor, intake, cancelled)
        for done, (name, outcome) in enumerate(stream, 1):
            if isinstance(outcome, EvidenceError):
                result.failed.append((name, outcome))
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
    ) -> ImportResult:
        sources = [path_source(path, self.max_bytes) for path in paths]
        return self.add_sources(case_id, sources, intake, progress, cancelled)

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
            raise _error(BAD_URL, url=url.strip()[:200]) from exc
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
            raise _error(EMPTY_MESSAGE)
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
            raise _error(EMPTY_CONTACT)
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
    ) -> ImportResult:
        """The command line's bulk intake: the batch answer about minors is all or nothing."""
        intake = Intake(source=source, minor_sexual=False if confirm_no_minor else None)
        return self.add_files(case_id, list(paths), intake)

    # -- reading and checking -------------------------------------------------------------------
    def _row(
        self,
        session: Session,
        item: EvidenceItem,
        custody_by_item: dict[int, list[CustodyEvent]] | None = None,
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
        )

    def items(self, case_id: int) -> list[ItemRow]:
        with self.case_file.transaction() as session:
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
            return [self._row(session, item, by_item) for item in rows]

    def thumbnails(self, case_id: int) -> dict[int, bytes]:
        """The small PNGs of a case's stored images, by item id, in one query."""
        with self.case_file.transaction() as session:
            rows = session.execute(
                select(EvidenceItem.id, EvidenceBlob.thumbnail)
                .join(EvidenceBlob, EvidenceBlob.sha256 == EvidenceItem.sha256)
                .where(EvidenceItem.case_id == case_id, EvidenceItem.stored.is_(True))
            )
            return {item_id: thumb for item_id, thumb in rows if thumb}

    def original(self, item_id: int) -> bytes:
        """The stored bytes, for showing inside the app (never written to a temp file)."""
        with self.case_file.transaction() as session:
            item = session.get(EvidenceItem, item_id)
            if item is None or not item.stored or item.sha256 is None:
                return b""
            blob = session.get(EvidenceBlob, item.sha256)
            return b"" if blob is None else blob.data

    def thumbnail(self, item_id: int) -> bytes:
        """The small PNG made at intake (kept only inside the encrypted file)."""
        with self.case_file.transaction() as session:
            item = session.get(EvidenceItem, item_id)
            if item is None or not item.stored or item.sha256 is None:
                return b""
            blob = session.get(EvidenceBlob, item.sha256)
            return b"" if blob is None or blob.thumbnail is None else blob.thumbnail

    def verify(self, case_id: int | None = None) -> list[str]:
        """Evidence numbers whose stored bytes no longer match their recorded hash."""
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
            for item_id, number, digest, case_number in session.execute(query):
                blob = session.get(EvidenceBlob, digest)
                actual = hashlib.sha256(blob.data).hexdigest() if blob is not None else ""
                if actual != digest:
                    bad.append(f"{case_number} {number}")
                else:
                    item = session.get(EvidenceItem, item_id)
                    assert item is not None
                    self._custody(session, item, "verified", by)
        return bad

    def count(self, case_id: int) -> int:
        with self.case_file.transaction() as session:
            return int(
                session.scalar(select(func.count()).where(EvidenceItem.case_id == case_id)) or 0
            )


# -- the evidence log and the police package ----------------------------------------------------

Translate = Callable[[str, str], str]
CUSTODY_LABELS = {
    "recorded": QT_TRANSLATE_NOOP("evidence", "recorded"),
    "exported": QT_TRANSLATE_NOOP("evidence", "exported"),
    "printed": QT_TRANSLATE_NOOP("evidence", "printed"),
    "handed_over": QT_TRANSLATE_NOOP("evidence", "handed over"),
    "verified": QT_TRANSLATE_NOOP("evidence", "verified"),
}
HEADER = {
    "case": QT_TRANSLATE_NOOP("evidence", "Case"),
    "school": QT_TRANSLATE_NOOP("evidence", "School"),
    "adviser": QT_TRANSLATE_NOOP("evidence", "Adviser"),
    "period": QT_TRANSLATE_NOOP("evidence", "Period"),
    "items": QT_TRANSLATE_NOOP("evidence", "Items"),
}
ALL_INTACT = QT_TRANSLATE_NOOP("evidence", "all {count} stored items match their SHA-256")
MISMATCH = QT_TRANSLATE_NOOP("evidence", "MISMATCH for {numbers}")


def _utc(value: datetime | None) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC") if value else ""


def log_data(
    service: EvidenceService, case_id: int, translate: Translate, today: date | None = None
) -> EvidenceLogData:
    """Plain data for the evidence log; deterministic for the same case and ``today``."""
    detail = service.cases.get_case(case_id)
    items = service.items(case_id)
    bad = service.verify(case_id)
    items = service.items(case_id)  # with the "verified" events just written
    with service.case_file.transaction() as session:
        prof = profile(session)
        head = audit_log.head(session)
        thumbs = {
            digest: thumb
            for digest, thumb in session.execute(
                select(EvidenceBlob.sha256, EvidenceBlob.thumbnail).where(
                    EvidenceBlob.sha256.in_([i.sha256 for i in items if i.stored and i.sha256])
                )
            )
        }
        adviser = prof.adviser_name or actor(session)
    end = detail.draft.closed_on or today or date.today()
    header = [
        (translate("evidence", HEADER["case"]), f"{detail.number} — {detail.draft.title}"),
        (translate("evidence", HEADER["school"]), prof.school_name or "—"),
        (translate("evidence", HEADER["adviser"]), adviser),
        (
            translate("evidence", HEADER["period"]),
            f"{detail.draft.opened_on:%d-%m-%Y} – {end:%d-%m-%Y}" if detail.draft.opened_on else "",
        ),
        (translate("evidence", HEADER["items"]), str(len(items))),
    ]
    log_items = []
    for item in items:
        fields = [
            (evidence_log.F_KIND, translate("evidence", de.KIND_LABELS[item.kind])),
            (evidence_log.F_DESCRIPTION, item.description),
            (evidence_log.F_OBSERVED, _utc(item.observed_at)),
            (evidence_log.F_RECORDED, _utc(item.recorded_at)),
            (evidence_log.F_SOURCE, item.source if item.kind != de.EvidenceKind.WITHHELD else ""),
            (evidence_log.F_COLLECTOR, item.collector),
            (
                evidence_log.F_FILE,
                f"{item.original_name} ({item.mime}, {item.size} bytes"
                + (f", {item.width}×{item.height}" if item.width else "")
                + ")"
                if item.stored
                else "",
            ),
            (evidence_log.F_URL, item.url),
            (evidence_log.F_ACCOUNT, " ".join(x for x in (item.platform, item.handle) if x)),
            (
                evidence_log.F_MESSAGE,
                (f"{item.sender}: " if item.sender else "") + item.message_text,
            ),
        ]
        if item.kind == de.EvidenceKind.WITHHELD:
            where = "; ".join(x for x in (item.source, item.seen_by) if x) or "—"
            fields.append(
                (
                    evidence_log.F_DESCRIPTION,
                    translate("evidence_log", evidence_log.NOT_KEPT).format(where=where),
                )
            )
        custody = [
            f"{_utc(at)} {translate('evidence', CUSTODY_LABELS.get(action, action))}"
            + (f" → {receiver}" if receiver else "")
            + (f" ({note})" if note else "")
            for at, action, receiver, note in item.custody
        ]
        log_items.append(
            evidence_log.LogItem(
                item.number,
                fields,
                item.sha256 or "",
                thumbs.get(item.sha256 or "") if item.stored else None,
                custody,
            )
        )
    stored = sum(1 for item in items if item.stored)
    verification = (
        translate("evidence", ALL_INTACT).format(count=stored)
        if not bad
        else translate("evidence", MISMATCH).format(numbers=", ".join(bad))
    )
    return EvidenceLogData(detail.number, header, log_items, head, verification)


def _record_custody(
    service: EvidenceService, case_id: int, action: str, receiver: str, note: str, audit: str
) -> None:
    with service.case_file.transaction() as session:
        items = session.scalars(select(EvidenceItem).where(EvidenceItem.case_id == case_id)).all()
        by = actor(session)
        for item in items:
            service._custody(session, item, action, by, receiver=receiver, note=note)
        case = session.get(Case, case_id)
        number = case.number if case else str(case_id)
        audit_log.append(
            session,
            actor(session),
            audit,
            number,
            {"items": len(items), "receiver": bool(receiver), "note": note},
        )


def export_log(
    service: EvidenceService,
    case_id: int,
    target: Path,
    translate: Translate,
    thumbnails: bool = True,
) -> str:
    """Writes the evidence log PDF and records "printed" with its SHA-256 for every item."""
    pdf = evidence_log.render(log_data(service, case_id, translate), translate, thumbnails)
    write_atomic(target, pdf)
    digest = hashlib.sha256(pdf).hexdigest()
    _record_custody(
        service, case_id, "printed", "", f"evidence log sha256 {digest}", "evidence.log_printed"
    )
    return digest


MANIFEST_FIELDS = (
    "number", "kind", "file", "sha256", "size", "mime", "width", "height", "description",
    "source", "observed_at_utc", "recorded_at_utc", "collector", "url", "platform", "handle",
    "sender", "message", "original_name", "stored",
)  # fmt: skip


def export_package(
    service: EvidenceService,
    case_id: int,
    dest_dir: Path,
    receiver: str,
    translate: Translate,
    when: datetime | None = None,
) -> Path:
    """The police package: originals, evidence-log.pdf, manifest.csv and SHA256SUMS in a new
    folder that only gets its final name once complete. Not encrypted, as the app says."""
    import csv
    import shutil

    from adviser_desk.storage.atomic import fsync_dir
    from adviser_desk.storage.errors import MissingFolderError, from_os_error

    if not dest_dir.is_dir():
        raise MissingFolderError(dest_dir)
    detail = service.cases.get_case(case_id)
    stamp = (when or datetime.now()).strftime("%Y-%m-%d %H%M%S")
    final = dest_dir / f"{detail.number} evidence {stamp}"
    partial = dest_dir / f".{final.name}.partial"
    items = service.items(case_id)
    try:
        partial.mkdir()
        sums: list[str] = []
        rows: list[dict[str, object]] = []
        for item in items:
            file_name = ""
            if item.stored:
                file_name = de.safe_file_name(item.number, item.original_name, item.mime)
                target = partial / file_name
                assert target.parent == partial  # a safe name never leaves the folder
                target.write_bytes(service.original(item.item_id))
                sums.append(f"{item.sha256}  {file_name}")
            rows.append({
                "number": item.number, "kind": item.kind.value, "file": file_name,
                "sha256": item.sha256 or "", "size": item.size or "", "mime": item.mime,
                "width": item.width or "", "height": item.height or "",
                "description": item.description, "source": item.source,
                "observed_at_utc": _utc(item.observed_at),
                "recorded_at_utc": _utc(item.recorded_at),
                "collector": item.collector, "url": item.url, "platform": item.platform,
                "handle": item.handle, "sender": item.sender, "message": item.message_text,
                "original_name": item.original_name, "stored": "yes" if item.stored else "no",
            })  # fmt: skip
        pdf = evidence_log.render(log_data(service, case_id, translate), translate)
        (partial / "evidence-log.pdf").write_bytes(pdf)
        sums.append(f"{hashlib.sha256(pdf).hexdigest()}  evidence-log.pdf")
        with open(partial / "manifest.csv", "w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=MANIFEST_FIELDS)
            writer.writeheader()
            writer.writerows(rows)
        manifest_sum = hashlib.sha256((partial / "manifest.csv").read_bytes()).hexdigest()
        sums.append(f"{manifest_sum}  manifest.csv")
        (partial / "SHA256SUMS").write_text("\n".join(sums) + "\n", encoding="utf-8")
        fsync_dir(partial)
        partial.rename(final)
        fsync_dir(dest_dir)
    except OSError as exc:
        shutil.rmtree(partial, ignore_errors=True)
        raise from_os_error(exc, dest_dir) from exc
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    _record_custody(service, case_id, "exported", receiver, final.name, "evidence.exported")
    return final
