"""Takedown of web addresses: reported for removal, checked for being online, each step one
transaction with its re-check task."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from adviser_desk.domain import app_tasks, audit_actions
from adviser_desk.domain import evidence as de
from adviser_desk.domain.clock import now
from adviser_desk.services.actor import actor
from adviser_desk.services.case_views import TaskInput
from adviser_desk.services.evidence_base import (
    NOT_A_URL,
    RECHECK_BEFORE,
    EvidenceBase,
)
from adviser_desk.services.evidence_intake import EvidenceError
from adviser_desk.services.evidence_rows import ItemRow
from adviser_desk.storage import audit_log
from adviser_desk.storage.models import (
    Case,
    EvidenceItem,
    TakedownEvent,
)

_AUDITED = ("channel", "status")


class EvidenceTakedown(EvidenceBase):
    """Takedown steps for web addresses."""

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
                    # The note says what the check found, in words the reader's language
                    # renders (app_tasks.render_note), not the raw status value.
                    note = (
                        app_tasks.checked_note(happened_on, values["status"])
                        if action == "checked"
                        else ""
                    )
                    self.cases.repository.finish_task(session, task_id, note)
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
                # The channel or status only: the reference and note are typed text, kept
                # with the item (purged with the case), never in the chain (walk L, 14).
                {"number": item.number, **{k: v for k, v in values.items() if k in _AUDITED}},
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
