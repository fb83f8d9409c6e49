"""Recording evidence: files (one by one or in batches), web addresses, messages, contacts,
and withheld images; each batch is one transaction with its custody and audit events."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from adviser_desk.domain import evidence as de
from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.domain.clock import now
from adviser_desk.domain.errors import KnownError
from adviser_desk.services import evidence_recorded as recorded_rule
from adviser_desk.services import in_case_match, withheld_match
from adviser_desk.services.actor import actor
from adviser_desk.services.evidence_base import (
    BATCH_BYTES,
    BATCH_ITEMS,
    EvidenceBase,
    IntakeContext,
)
from adviser_desk.services.evidence_intake import (
    DUPLICATE,
    UNDESCRIBED,
    EvidenceError,
    FileStamp,
    ImageFacts,
    Intake,
    Prepared,
    QuickLook,
    Source,
    path_source,
    prepare,
    prepared_in_order,
    quick_look,
)
from adviser_desk.services.evidence_rows import ImportResult, ItemRow
from adviser_desk.storage import audit_log
from adviser_desk.storage.models import (
    EvidenceBlob,
    EvidenceItem,
    EvidenceThumbnail,
)


def _named(error: EvidenceError, shown_as: str) -> EvidenceError:
    """``error`` naming the file ``shown_as`` (when given) instead of by its stored name."""
    if shown_as and "name" in error.message.args:
        error.message.args["name"] = shown_as
    return error


class EvidenceIntake(EvidenceBase):
    """Intake: every way a piece of evidence enters the case."""

    def _store(
        self, session: Session, context: IntakeContext, batch: Sequence[Prepared], intake: Intake
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
        # Bytes once recorded as "may be a sexual image of a minor" are never stored (walk G).
        withheld = withheld_match.withheld_records(session, digests)
        have_blob = set(
            session.scalars(select(EvidenceBlob.sha256).where(EvidenceBlob.sha256.in_(digests)))
        )
        out: list[tuple[int, str] | EvidenceError | None] = []
        blobs: list[dict[str, object]] = []
        thumbs: list[dict[str, object]] = []
        items: list[dict[str, object]] = []
        slots: list[int] = []
        at = now()
        for p in batch:
            if not p.withhold and p.digest in withheld:
                out.append(withheld_match.refusal(p.name, withheld[p.digest], context.case.number))
                continue
            if p.withhold and not intake.description.strip():
                out.append(EvidenceError(UNDESCRIBED, name=p.name))
                continue
            if not p.withhold and p.digest in in_case:
                out.append(EvidenceError(DUPLICATE, name=p.name, number=in_case[p.digest]))
                continue
            if not p.withhold and p.digest not in have_blob:
                blobs.append({"sha256": p.digest, "size": p.size, "data": p.data})
                if p.thumbnail is not None:
                    thumbs.append({"sha256": p.digest, "data": p.thumbnail})
                have_blob.add(p.digest)
            if p.withhold:
                kind = de.EvidenceKind.WITHHELD
            else:
                kind = de.EvidenceKind.IMAGE if p.is_image else de.EvidenceKind.FILE
            row = recorded_rule.stamp(context, kind, at)
            if not p.withhold:
                in_case[p.digest] = str(row["number"])
            # Every row has the same keys: executemany needs that.
            items.append(
                row
                | {
                    "description": intake.description,
                    "source": intake.source,
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
                    "location": intake.where if p.withhold else "",
                    # Answered "no": not asked again should the case become a sexual case.
                    "minor_answer": de.MINOR_NO
                    if intake.minor_sexual is False and not p.withhold
                    else "",
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
            recorded_rule.record(session, context, list(zip(ids, items, strict=True)), at)
            for slot, item_id, row in zip(slots, ids, items, strict=True):
                out[slot] = (item_id, str(row["number"]))
        return [entry for entry in out if entry is not None]

    def _withheld_first(self, name: str, question: EvidenceError) -> EvidenceError:
        """A file that waits for the answer about minors (or is damaged) but was recorded as
        withheld before is refused as that: no answer would store it, so asking would mislead."""
        if not question.digest:
            return question
        with self.case_file.reading() as session:
            records = withheld_match.withheld_records(session, [question.digest])
        if question.digest in records:
            return withheld_match.refusal(name, records[question.digest])
        return question

    def look_before_intake(
        self,
        paths: Sequence[Path],
        progress: Callable[[int, int], None] = lambda _done, _total: None,
        cancelled: Callable[[], bool] = lambda: False,
        case_id: int | None = None,
    ) -> QuickLook:
        """The look at chosen, dropped or pasted files before the intake dialog, in a worker:
        damaged ones, plain text, bytes recorded as withheld, refused naming the record
        (hashed only when the case file holds such a record), and files already stored in
        case ``case_id``, refused naming the item (only files of a stored item's size are
        hashed for that). The refusals come in the order the files were given."""
        with self.case_file.reading() as session:
            hashing = withheld_match.any_withheld(session)
            sizes = in_case_match.stored_sizes(session, case_id) if case_id else frozenset()
        look = quick_look(paths, self.max_bytes, progress, cancelled, hashing, sizes)
        if look.digests and not look.cancelled:
            with self.case_file.reading() as session:
                withheld_match.refuse_in_look(session, look, case_id)
                if case_id:
                    in_case_match.refuse_in_look(session, case_id, look)
            order = {path: i for i, path in enumerate(paths)}
            look.refused.sort(key=lambda refused: order.get(refused[0], len(order)))
        return look

    def withheld_refusal(
        self, name: str, data: bytes, case_id: int | None = None
    ) -> EvidenceError | None:
        """Pasted bytes recorded as withheld before, or already stored in case ``case_id``:
        their refusal, asked before the intake dialog (in a worker, as for files); None
        otherwise."""
        digest = hashlib.sha256(data).hexdigest()
        with self.case_file.reading() as session:
            records = withheld_match.withheld_records(session, [digest])
            here = in_case_match.stored_numbers(session, case_id, [digest]) if case_id else {}
            this_case = withheld_match.case_number(session, case_id)
        if digest in records:
            return withheld_match.refusal(name, records[digest], this_case)
        if digest in here:
            return in_case_match.refusal(name, here[digest], may_hold_picture=True)
        return None

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
        shown_as: str = "",
    ) -> ItemRow:
        """Records a file's bytes. ``minor_sexual`` answers the question the app must ask for
        images in sexual cases (None = not asked yet, which raises MinorQuestionError).
        ``shown_as``: what a refusal calls the bytes instead of ``name`` (pasted bytes have
        no name of their own: "The pasted image", in the user's language)."""
        intake = Intake(
            description, source, observed_at, minor_sexual, marked_sexual, where, seen_by
        )
        try:
            prepared = prepare(
                name, data, self.max_bytes, self._asks_minor(case_id, intake), intake
            )
        except EvidenceError as exc:
            raise _named(self._withheld_first(name, exc), shown_as) from None
        with self.case_file.transaction() as session:
            (stored,) = self._store(session, self._context(session, case_id), [prepared], intake)
            if isinstance(stored, EvidenceError):
                raise _named(stored, shown_as)
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
                # The batch's commit is durable in the WAL; copying it into the file waits
                # for settle(), after the import (see CaseFile.transaction).
                with self.case_file.transaction(defer_checkpoint=True) as session:
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
        stream = prepared_in_order(
            sources, self.max_bytes, asks_minor, intake, cancelled, window=2 * BATCH_ITEMS
        )
        for done, (name, outcome) in enumerate(stream, 1):
            if isinstance(outcome, EvidenceError):
                tell(ImportResult(failed=[(name, self._withheld_first(name, outcome))]))
            else:
                batch.append(outcome)
                size += outcome.size
            if len(batch) >= BATCH_ITEMS or size >= BATCH_BYTES:
                flush()
            progress(done, len(sources))
        if batch:
            flush()
        return result

    def settle(self) -> None:
        """After an import, in a worker: copies the batches it left in the WAL into the case
        file (a checkpoint), so the next commit on the GUI thread does not have to."""
        self.case_file.settle()

    def add_files(
        self,
        case_id: int,
        paths: Sequence[Path],
        intake: Intake,
        progress: Callable[[int, int], None] = lambda _done, _total: None,
        cancelled: Callable[[], bool] = lambda: False,
        reported: Callable[[ImportResult], None] = lambda _step: None,
        checked: Mapping[FileStamp, ImageFacts] | None = None,
        hashed: Mapping[FileStamp, str] | None = None,
    ) -> ImportResult:
        """``checked``: images quick_look found sound; not read through again if unchanged.
        ``hashed``: the SHA-256s quick_look computed (to refuse withheld bytes before the
        form); an unchanged file is not hashed again."""
        sources = [path_source(path, self.max_bytes, checked, hashed) for path in paths]
        return self.add_sources(case_id, sources, intake, progress, cancelled, reported)

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
