"""Evidence that is not a file: web addresses, messages, contacts, and the record of a
withheld image (its description and hash, never its bytes)."""

from __future__ import annotations

import hashlib
from datetime import datetime

from adviser_desk.domain import evidence as de
from adviser_desk.domain.clock import not_in_future, now
from adviser_desk.services import evidence_recorded as recorded
from adviser_desk.services.evidence_base import (
    BAD_URL,
    EMPTY_CONTACT,
    EMPTY_MESSAGE,
    EvidenceBase,
)
from adviser_desk.services.evidence_intake import EvidenceError
from adviser_desk.services.evidence_rows import ItemRow
from adviser_desk.storage.models import (
    EvidenceItem,
)


class EvidenceEntries(EvidenceBase):
    """Entries typed or pasted by the adviser, each one transaction with its custody and audit
    events."""

    def _add(self, case_id: int, kind: de.EvidenceKind, **values: object) -> ItemRow:
        """A new entry of ``kind`` with ``values``, in a transaction of its own."""
        for moment in (values.get("observed_at"), values.get("sent_at")):
            # "Happened at", "Seen at" and a message's "Sent at" are earlier, never later.
            not_in_future(moment if isinstance(moment, datetime) else None)
        with self.case_file.transaction() as session:
            context = self._context(session, case_id)
            at = now()
            columns = recorded.stamp(context, kind, at) | values
            item = EvidenceItem(**columns)
            session.add(item)
            session.flush()
            recorded.record(session, context, [(item.id, columns)], at)
            return self._row(session, item)

    def record_withheld(
        self,
        case_id: int,
        digest: str,
        name: str,
        description: str,
        where: str,
        seen_by: str,
        observed_at: datetime | None = None,
        source: str = "",
    ) -> ItemRow:
        """The image is deliberately not kept: only what the police and Helpwanted need
        (``where`` it is; ``source``: who provided it and how)."""
        return self._add(
            case_id,
            de.EvidenceKind.WITHHELD,
            description=description,
            source=source,
            location=where,
            observed_at=observed_at,
            sha256=digest,
            stored=False,
            original_name=name[:300],
            seen_by=seen_by,
        )

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
            # Its start is enough to recognise it: a pasted data: address brought hundreds of
            # characters of an image's base64 into the message (walk G, finding 12).
            shown = url.strip()
            shown = shown if len(shown) <= 60 else shown[:59] + "…"
            raise EvidenceError(BAD_URL, url=shown) from exc
        return self._add(
            case_id,
            de.EvidenceKind.URL,
            description=description,
            source=source,
            observed_at=observed_at,
            url=info.url,
            platform=info.platform,
            handle=info.handle,
        )

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
        return self._add(
            case_id,
            de.EvidenceKind.MESSAGE,
            description=description,
            source=source,
            message_text=text,
            sender=sender,
            platform=platform,
            sent_at=sent_at,
            sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        )

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
        return self._add(
            case_id,
            de.EvidenceKind.CONTACT,
            description=description,
            source=source,
            contact_details=details,
            platform=platform,
            handle=handle,
        )
