"""The stored files of a case that wait for the answer about minors, and the answer "no" (walk G,
finding 2; marking them is minor_pending.mark_pending, when the case is saved)."""

from __future__ import annotations

from sqlalchemy import select

from adviser_desk.domain import evidence as de
from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.services import minor_pending
from adviser_desk.services.actor import actor
from adviser_desk.services.evidence_base import EvidenceBase
from adviser_desk.services.evidence_intake import EvidenceError
from adviser_desk.services.evidence_rows import ItemRow
from adviser_desk.storage import audit_log
from adviser_desk.storage.models import Case, EvidenceItem

NOT_WAITING = QT_TRANSLATE_NOOP(
    "errors", "{number} does not wait for an answer (any more); nothing was changed."
)


class EvidencePending(EvidenceBase):
    """The stored files that wait for the answer about minors, and the answer "no"."""

    def pending(self, case_id: int) -> list[ItemRow]:
        """The case's stored files that wait for the answer, in list order."""
        with self.case_file.reading() as session:
            items = session.scalars(
                select(EvidenceItem)
                .where(
                    EvidenceItem.case_id == case_id,
                    minor_pending.waiting(),
                )
                .order_by(EvidenceItem.id)
            ).all()
            return [self._row(session, item) for item in items]

    def any_waiting(self) -> bool:
        """Whether a file of any case waits: the case view keeps room for its line while one
        does, so switching cases does not move the tabs (walk L, finding 23b)."""
        with self.case_file.reading() as session:
            first = session.scalars(select(EvidenceItem.id).where(minor_pending.waiting())).first()
            return first is not None

    def answer_no(self, item_id: int) -> ItemRow:
        """The adviser answered "no" for a waiting file: it is kept, and the answer recorded
        in its custody and the audit chain."""
        with self.case_file.transaction() as session:
            item = session.get(EvidenceItem, item_id)
            if item is None or not de.waits_for_answer(item.stored, item.minor_answer):
                raise EvidenceError(NOT_WAITING, number=item.number if item else "")
            by = actor(session)
            item.minor_answer = de.MINOR_NO
            self.add_custody(session, item, "answered_no_minor", by)
            case = session.get(Case, item.case_id)
            audit_log.append(
                session,
                by,
                AuditAction.EVIDENCE_ANSWERED_NO_MINOR,
                case.number if case else "",
                {"number": item.number, "sha256": item.sha256 or ""},
            )
            session.flush()
            return self._row(session, item)
