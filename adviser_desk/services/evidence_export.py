"""The evidence log (PDF) and the police package (originals, log, manifest, SHA256SUMS), each
recorded in the chain of custody of every item it carries."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select

from adviser_desk.domain import dates
from adviser_desk.domain import evidence as de
from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.domain.clock import now
from adviser_desk.domain.errors import Cancelled
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.domain.work import Progress
from adviser_desk.domain.work import never_cancelled as _never
from adviser_desk.domain.work import no_progress as _no_progress
from adviser_desk.reports import evidence_log
from adviser_desk.reports.evidence_log import EvidenceLogData
from adviser_desk.services import export_leftovers as leftovers
from adviser_desk.services import removed_original, withheld_match
from adviser_desk.services.actor import actor
from adviser_desk.services.evidence_service import EvidenceError, EvidenceService, ItemRow
from adviser_desk.storage import audit_log
from adviser_desk.storage.atomic import write_atomic
from adviser_desk.storage.errors import MissingFolderError, from_os_error
from adviser_desk.storage.models import (
    Case,
    EvidenceItem,
    EvidenceLogPrint,
    EvidenceThumbnail,
)
from adviser_desk.storage.repositories import profile

Translate = Callable[[str, str], str]
CUSTODY_LABELS = {
    "recorded": QT_TRANSLATE_NOOP("evidence", "recorded"),
    "exported": QT_TRANSLATE_NOOP("evidence", "exported"),
    "printed": QT_TRANSLATE_NOOP("evidence", "printed"),
    "handed_over": QT_TRANSLATE_NOOP("evidence", "handed over"),
    "received": QT_TRANSLATE_NOOP("evidence", "received"),
    "verified": QT_TRANSLATE_NOOP("evidence", "verified"),
    "withheld": QT_TRANSLATE_NOOP(
        "evidence", "stored original removed (may be a sexual image of a minor)"
    ),
    # Asked after the case became a sexual case (walk G, finding 2).
    "answered_no_minor": QT_TRANSLATE_NOOP(
        "evidence", "answered: no sexual image of someone under 18"
    ),
}
HEADER = {
    "case": QT_TRANSLATE_NOOP("evidence", "Case"),
    "school": QT_TRANSLATE_NOOP("evidence", "School"),
    "adviser": QT_TRANSLATE_NOOP("evidence", "Adviser"),
    "period": QT_TRANSLATE_NOOP("evidence", "Period"),
    "items": QT_TRANSLATE_NOOP("evidence", "Items"),
}
PRINTED_LINE = QT_TRANSLATE_NOOP(
    "evidence", "{at} printed by {actor}, {items} items, PDF SHA-256 {sha256}"
)
# Walk 14, W14-10: a saved log was listed as printed. Before revision 0019 which it was was
# not recorded ("" in evidence_log_prints.how).
OUTPUT_LINES = {
    "printed": PRINTED_LINE,
    "saved": QT_TRANSLATE_NOOP(
        "evidence", "{at} saved as PDF by {actor}, {items} items, PDF SHA-256 {sha256}"
    ),
    "": QT_TRANSLATE_NOOP(
        "evidence", "{at} printed or saved as PDF by {actor}, {items} items, PDF SHA-256 {sha256}"
    ),
}
# The same lines for a log of one item: "1 items" read wrong on the log the police receive.
# The services translate without plurals, so one item has lines of its own, as ONE_INTACT.
OUTPUT_LINES_ONE = {
    "printed": QT_TRANSLATE_NOOP(
        "evidence", "{at} printed by {actor}, 1 item, PDF SHA-256 {sha256}"
    ),
    "saved": QT_TRANSLATE_NOOP(
        "evidence", "{at} saved as PDF by {actor}, 1 item, PDF SHA-256 {sha256}"
    ),
    "": QT_TRANSLATE_NOOP(
        "evidence", "{at} printed or saved as PDF by {actor}, 1 item, PDF SHA-256 {sha256}"
    ),
}
_LOG_AUDIT = {
    "printed": AuditAction.EVIDENCE_LOG_PRINTED,
    "saved": AuditAction.EVIDENCE_LOG_SAVED,
}
ALL_INTACT = QT_TRANSLATE_NOOP("evidence", "all {count} stored items match their SHA-256")
ONE_INTACT = QT_TRANSLATE_NOOP("evidence", "the one stored item matches its SHA-256")
# Walk 10, W10-5: "all 0 stored items match" read like an error to the receiving officer.
NONE_STORED = QT_TRANSLATE_NOOP("evidence", "there are no stored files to check")
MISMATCH = QT_TRANSLATE_NOOP("evidence", "MISMATCH for {numbers}")
# The package is not encrypted: who took it is part of the record (walk 5, W5-11).
NO_RECEIVER = QT_TRANSLATE_NOOP(
    "errors", "Say who receives the export (name and organisation); nothing was exported."
)
RECEIVER_ROW = QT_TRANSLATE_NOOP("evidence", "Exported for")


# Forensic outputs stay in UTC and say so, offset included, whatever the local zone.
_utc = dates.utc_stamp


def log_data(
    service: EvidenceService,
    case_id: int,
    translate: Translate,
    today: date | None = None,
    progress: Progress = _no_progress,
    cancelled: Callable[[], bool] = _never,
    receiver: str = "",
) -> EvidenceLogData:
    """Plain data for the evidence log; deterministic for the same case and ``today``.
    ``receiver``: the log is part of a police package for them, and says so."""
    detail = service.cases.get_case(case_id)
    # Checked now and stated once on the log; the items' own custody is not touched.
    bad = service.verify(case_id, progress, cancelled, record=False)
    if not service.case_file.read_only:  # on read-only media they cannot be stored
        service.make_missing_thumbnails(case_id, cancelled)
    items = service.items(case_id)
    with service.case_file.transaction() as session:
        prof = profile(session)
        head = audit_log.head(session)
        digests = [i.sha256 for i in items if i.stored and i.sha256]
        # A copy stored before intake refused withheld bytes (walk G) shows no picture.
        withheld = withheld_match.withheld_records(session, digests)
        thumbs: dict[str, bytes] = {
            digest: data
            for digest, data in session.execute(
                select(EvidenceThumbnail.sha256, EvidenceThumbnail.data).where(
                    EvidenceThumbnail.sha256.in_([d for d in digests if d not in withheld])
                )
            )
        }
        prints = session.scalars(
            select(EvidenceLogPrint)
            .where(EvidenceLogPrint.case_id == case_id)
            .order_by(EvidenceLogPrint.at, EvidenceLogPrint.id)
        ).all()
        adviser = actor(session)
        redescribed = removed_original.redescriptions(session, case_id)
    end = detail.draft.closed_on or today or date.today()
    if detail.draft.opened_on and end < detail.draft.opened_on:
        end = detail.draft.opened_on  # a case opened "in the future" by an older version
    language = dates.language_of(translate)
    header = [
        (translate("evidence", HEADER["case"]), f"{detail.number} — {detail.draft.title}"),
        (translate("evidence", HEADER["school"]), prof.school_name or "—"),
        (translate("evidence", HEADER["adviser"]), adviser),
        (
            translate("evidence", HEADER["period"]),
            f"{dates.long_date(detail.draft.opened_on, language)} – "
            f"{dates.long_date(end, language)}"
            if detail.draft.opened_on
            else "",
        ),
        (translate("evidence", HEADER["items"]), str(len(items))),
    ]
    if receiver:
        header.append((translate("evidence", RECEIVER_ROW), receiver))
    log_items = []
    for item in items:
        fields = [
            (evidence_log.F_KIND, removed_original.kind_text(item, translate)),
            (evidence_log.F_DESCRIPTION, item.description),
            (evidence_log.F_OBSERVED, _utc(item.observed_at)),
            (evidence_log.F_SENT, _utc(item.sent_at)),
            (evidence_log.F_RECORDED, _utc(item.recorded_at)),
            (evidence_log.F_SOURCE, item.source),
            (evidence_log.F_COLLECTOR, item.collector),
            (
                evidence_log.F_FILE,
                f"{item.original_name} ({item.mime}, {item.size} bytes"
                + (f", {item.width}×{item.height}" if item.width else "")
                + ")"
                if item.stored
                # What was received and deliberately not kept: its name and type, never bytes.
                else f"{item.original_name} ({item.mime})"
                if item.kind == de.EvidenceKind.WITHHELD and item.mime
                else "",
            ),
            (evidence_log.F_URL, item.url),
            (evidence_log.F_ACCOUNT, " ".join(x for x in (item.platform, item.handle) if x)),
            (
                evidence_log.F_MESSAGE,
                (f"{item.sender}: " if item.sender else "") + item.message_text,
            ),
        ]
        if item.takedown:
            fields.append((evidence_log.F_TAKEDOWN, takedown_text(item, translate)))
        if item.stored and item.waits_for_answer:
            answer = translate("evidence_log", evidence_log.NOT_ANSWERED)
            fields.append((evidence_log.F_MINOR_QUESTION, answer))
        if item.kind == de.EvidenceKind.WITHHELD:
            why = removed_original.why_no_file(item, translate)
            if why is None:  # described at intake, never stored
                why = translate("evidence_log", evidence_log.NOT_KEPT)
            fields.append((evidence_log.F_NOT_KEPT, why))
            # Asked at intake, and when a stored item is marked later; who provided it is
            # the row "Provided by / how" above, never "where it is".
            fields.append((evidence_log.F_WHERE, item.location or "—"))
            fields.append((evidence_log.F_SEEN_BY, item.seen_by or "—"))
        custody = [
            (
                at,
                f"{_utc(at)} {translate('evidence', CUSTODY_LABELS.get(action, action))}"
                + (f" → {receiver}" if receiver else "")
                # A removal's note is the kind it was stored as, told in "Why no file".
                + (f" ({note})" if note and action != "withheld" else ""),
            )
            for at, action, receiver, note in item.custody
        ]
        log_items.append(
            evidence_log.LogItem(
                item.number,
                fields,
                item.sha256 or "",
                # None for a file still waiting for the answer about minors (walk G).
                thumbs.get(item.sha256 or "")
                if item.stored and not item.waits_for_answer
                else None,
                removed_original.with_redescriptions(
                    custody, redescribed.get(item.number, []), translate
                ),
            )
        )
    stored = sum(1 for item in items if item.stored)
    if bad:
        verification = translate("evidence", MISMATCH).format(numbers=", ".join(bad))
    elif stored > 1:
        verification = translate("evidence", ALL_INTACT).format(count=stored)
    else:
        verification = translate("evidence", ONE_INTACT if stored else NONE_STORED)
    earlier = [
        translate("evidence", _output_line(row.how, row.items)).format(
            at=_utc(row.at), actor=row.actor, items=row.items, sha256=row.sha256
        )
        + (f" ({row.verification})" if row.verification else "")
        for row in prints
    ]
    removed = any(removed_original.removal(item) for item in items)
    return EvidenceLogData(detail.number, header, log_items, head, verification, earlier, removed)


def _output_line(how: str, items: int) -> str:
    """The untranslated line for an earlier copy of the log made ``how`` with ``items``."""
    lines = OUTPUT_LINES_ONE if items == 1 else OUTPUT_LINES
    return lines.get(how, lines[""])


REPORTED_TO = QT_TRANSLATE_NOOP("evidence", "{date} reported to {channel}")
CHECKED = QT_TRANSLATE_NOOP("evidence", "{date} checked: {status}")
RECHECK = QT_TRANSLATE_NOOP("evidence", "check again on {date}")


def takedown_text(item: ItemRow, translate: Translate) -> str:
    """One line per step, oldest first, for the log, the manifest and the evidence tab."""
    lines = []
    language = dates.language_of(translate)
    for step in item.takedown:
        when = dates.long_date(step.happened_on, language)
        if step.action == "reported":
            channel = translate("evidence", de.CHANNEL_LABELS[de.TakedownChannel(step.channel)])
            line = translate("evidence", REPORTED_TO).format(date=when, channel=channel)
        else:
            status = translate("evidence", de.STATUS_LABELS[de.OnlineStatus(step.status)])
            line = translate("evidence", CHECKED).format(date=when, status=status)
        extras = [x for x in (step.reference, step.note) if x]
        if step.recheck_on:
            extras.append(
                translate("evidence", RECHECK).format(
                    date=dates.long_date(step.recheck_on, language)
                )
            )
        lines.append(line + (f" ({'; '.join(extras)})" if extras else ""))
    return "\n".join(lines)


def _record_custody(
    service: EvidenceService,
    case_id: int,
    action: str,
    receiver: str,
    note: str,
    audit: AuditAction,
) -> None:
    with service.case_file.transaction() as session:
        items = session.scalars(select(EvidenceItem).where(EvidenceItem.case_id == case_id)).all()
        by = actor(session)
        for item in items:
            service.add_custody(session, item, action, by, receiver=receiver, note=note)
        case = session.get(Case, case_id)
        number = case.number if case else str(case_id)
        audit_log.append(
            session,
            actor(session),
            audit,
            number,
            # An export names who took it (a hand-over of items keeps its flag, as before).
            {
                "items": len(items),
                "receiver": receiver if action == "exported" else bool(receiver),
                "note": note,
            },
        )


def render_log(
    service: EvidenceService,
    case_id: int,
    translate: Translate,
    thumbnails: bool = True,
    progress: Progress = _no_progress,
    cancelled: Callable[[], bool] = _never,
    receiver: str = "",
) -> bytes:
    """The evidence log PDF (after verifying every item); nothing is recorded as printed."""
    data = log_data(service, case_id, translate, None, progress, cancelled, receiver)
    if cancelled():
        raise Cancelled()
    return evidence_log.render(data, translate, thumbnails)


def record_printed(service: EvidenceService, case_id: int, pdf: bytes, how: str = "printed") -> str:
    """Records the log printed (``how`` "printed") or saved as PDF ("saved") once, with its
    SHA-256 (one line in the log's own custody section, not a line on every item); returns
    the hash."""
    action = _LOG_AUDIT[how]
    digest = hashlib.sha256(pdf).hexdigest()
    with service.case_file.transaction() as session:
        by = actor(session)
        items = int(
            session.scalar(select(func.count()).where(EvidenceItem.case_id == case_id)) or 0
        )
        session.add(
            EvidenceLogPrint(
                case_id=case_id, at=now(), actor=by, sha256=digest, items=items, how=how
            )
        )
        case = session.get(Case, case_id)
        audit_log.append(
            session,
            by,
            action,
            case.number if case else str(case_id),
            {"items": items, "sha256": digest},
        )
    return digest


def export_log(
    service: EvidenceService,
    case_id: int,
    target: Path,
    translate: Translate,
    thumbnails: bool = True,
    progress: Progress = _no_progress,
    cancelled: Callable[[], bool] = _never,
) -> str:
    """Writes the evidence log PDF and records it once as saved, with its SHA-256."""
    pdf = render_log(service, case_id, translate, thumbnails, progress, cancelled)
    try:
        write_atomic(target, pdf)
    except OSError as exc:  # a full USB stick, a read-only or vanished folder
        raise from_os_error(exc, target.parent) from exc
    if service.case_file.read_only:
        # On read-only media nothing can be recorded; the command says so.
        return hashlib.sha256(pdf).hexdigest()
    return record_printed(service, case_id, pdf, "saved")


MANIFEST_FIELDS = (
    "number", "kind", "file", "sha256", "size", "mime", "width", "height", "description",
    "source", "observed_at_utc", "recorded_at_utc", "collector", "url", "platform", "handle",
    "sender", "message", "original_name", "stored", "online_status", "takedown",
    "where_it_is", "seen_by", "sent_at_utc",
)  # fmt: skip


# The package's names in Dutch when the adviser works in Dutch (the manifest's columns too);
# English (also the command line's) keeps the names the police tooling already knows.
_PACKAGE_NAMES = {
    "en": {"folder": "evidence", "log": "evidence-log.pdf", "yes": "yes", "no": "no"},
    "nl": {"folder": "bewijs", "log": "bewijslijst.pdf", "yes": "ja", "no": "nee"},
}
_MANIFEST_FIELDS_NL = (
    "nummer", "soort", "bestand", "sha256", "grootte", "mime", "breedte", "hoogte",
    "beschrijving", "bron", "waargenomen_utc", "vastgelegd_utc", "vastgelegd_door", "url",
    "platform", "account", "afzender", "bericht", "oorspronkelijke_naam", "opgeslagen",
    "online_status", "offline_halen", "waar_het_staat", "gezien_door", "verstuurd_utc",
)  # fmt: skip


def _dutch_values(row: dict[str, object], translate: Translate) -> dict[str, object]:
    """A manifest row's values in Dutch, under the Dutch column names."""
    out = dict(row)
    with contextlib.suppress(ValueError, KeyError):
        # The evidence table's name for the kind (a stored .txt is "Text", not "Other file").
        kind = de.EvidenceKind(str(row["kind"]))
        out["kind"] = translate("evidence", de.kind_label(kind, str(row["mime"])))
    with contextlib.suppress(ValueError, KeyError):
        status = de.OnlineStatus(str(row["online_status"]))
        out["online_status"] = translate("evidence", de.STATUS_LABELS[status])
    return dict(zip(_MANIFEST_FIELDS_NL, (out[name] for name in MANIFEST_FIELDS), strict=True))


def export_package(
    service: EvidenceService,
    case_id: int,
    dest_dir: Path,
    receiver: str,
    translate: Translate,
    when: datetime | None = None,
    progress: Progress = _no_progress,
    cancelled: Callable[[], bool] = _never,
) -> Path:
    """The police package: originals, evidence-log.pdf, manifest.csv and SHA256SUMS in a new
    folder that only gets its final name once complete. Not encrypted, as the app says."""
    import csv
    import shutil

    from adviser_desk.storage.atomic import fsync_dir

    receiver = " ".join(receiver.split())
    if not receiver:
        raise EvidenceError(NO_RECEIVER)
    if not dest_dir.is_dir():
        raise MissingFolderError(dest_dir)
    # A case file made before intake refused withheld bytes (walk G) may hold a stored copy of
    # a file recorded as possibly a sexual image of a minor: it is never written out, and the
    # adviser removes it (the same step as marking it) before anything is exported.
    service.check_exportable(case_id)
    leftovers.remove_leftovers(service.case_file, dest_dir)
    detail = service.cases.get_case(case_id)
    stamp = dates.file_stamp(when or datetime.now())
    language = dates.language_of(translate)
    names = _PACKAGE_NAMES.get(language, _PACKAGE_NAMES["en"])
    final = dest_dir / f"{detail.number} {names['folder']} {stamp}"
    partial = dest_dir / f".{final.name}.partial"
    items = service.items(case_id)
    # Recorded before the first byte, so a crash's leftover is found and removed later.
    leftovers.record_start(service.case_file, partial, receiver)
    try:
        # Owner only: the folder holds unencrypted originals.
        partial.mkdir(mode=0o700)
        partial.chmod(0o700)
        sums: list[str] = []
        rows: list[dict[str, object]] = []
        for index, item in enumerate(items):
            if cancelled():
                raise Cancelled()
            progress(index, len(items) * 2)
            file_name = ""
            if item.stored:
                file_name = de.safe_file_name(item.number, item.original_name, item.mime)
                target = partial / file_name
                assert target.parent == partial  # a safe name never leaves the folder
                _write_private(target, service.original(item.item_id))
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
                "original_name": item.original_name,
                "stored": names["yes"] if item.stored else names["no"],
                "online_status": item.online_status,
                "takedown": takedown_text(item, translate).replace("\n", " | "),
                # Added at the end: the police tooling's columns keep their places.
                "where_it_is": item.location, "seen_by": item.seen_by,
                "sent_at_utc": _utc(item.sent_at),  # a message's "Sent at" (W14-12)
            })  # fmt: skip
        pdf = render_log(
            service,
            case_id,
            translate,
            True,
            lambda done, total: progress(
                len(items) + done * len(items) // max(total, 1), len(items) * 2
            ),
            cancelled,
            receiver,
        )
        _write_private(partial / names["log"], pdf)
        sums.append(f"{hashlib.sha256(pdf).hexdigest()}  {names['log']}")
        manifest = io.StringIO(newline="")
        if language == "nl":
            writer = csv.DictWriter(manifest, fieldnames=_MANIFEST_FIELDS_NL)
            rows = [_dutch_values(row, translate) for row in rows]
        else:
            writer = csv.DictWriter(manifest, fieldnames=MANIFEST_FIELDS)
        writer.writeheader()
        writer.writerows(rows)
        manifest_bytes = manifest.getvalue().encode("utf-8")
        _write_private(partial / "manifest.csv", manifest_bytes)
        sums.append(f"{hashlib.sha256(manifest_bytes).hexdigest()}  manifest.csv")
        _write_private(partial / "SHA256SUMS", ("\n".join(sums) + "\n").encode("utf-8"))
        fsync_dir(partial)
        partial.rename(final)
        fsync_dir(dest_dir)
    except OSError as exc:
        shutil.rmtree(partial, ignore_errors=True)
        raise from_os_error(exc, dest_dir) from exc
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    _record_custody(
        service, case_id, "exported", receiver, final.name, AuditAction.EVIDENCE_EXPORTED
    )
    return final


def _write_private(target: Path, data: bytes) -> None:
    """A new file only its owner can read; never follows a link, never reuses a file."""
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(target, flags | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
