"""A case's tasks: the protocol's and the adviser's own, with status, due date and assignee."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from adviser_desk.domain import app_tasks
from adviser_desk.domain import cases as dc
from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.domain.clock import now
from adviser_desk.services import search_index
from adviser_desk.services.case_base import (
    FIELD_TITLE,
    CaseBase,
    ClosedCaseTasksError,
    EmptyFieldError,
    ReasonRequiredError,
)
from adviser_desk.services.case_repository import CaseNotFoundError as CaseNotFoundError
from adviser_desk.services.case_views import (
    TaskInput,
    TaskRow,
    TaskUpdate,
)
from adviser_desk.storage.models import Case, CasePerson, Person, Task


class CaseTasks(CaseBase):
    # -- tasks ----------------------------------------------------------------------------------
    def _tasks(self, session: Session, case_id: int, today: date) -> list[TaskRow]:
        names = dict(
            session.execute(
                select(Person.id, Person.name)
                .join(CasePerson, CasePerson.person_id == Person.id)
                .where(CasePerson.case_id == case_id)
            ).all()
        )
        rows = session.scalars(
            select(Task).where(Task.case_id == case_id).order_by(Task.position, Task.id)
        )
        # Handed over, the tasks are the receiver's to do and read-only here; closed, the case
        # has ended (walk 7, W7-1): in neither is a task overdue.
        case = session.execute(
            select(Case.handed_over_at, Case.status).where(Case.id == case_id)
        ).one_or_none()
        live = case is not None and case[0] is None and case[1] != dc.CaseStatus.CLOSED
        out = []
        for task in rows:
            item = self.protocol.item(task.item_key) if task.item_key else None
            status = dc.TaskStatus(task.status)
            out.append(
                TaskRow(
                    task_id=task.id,
                    item_key=task.item_key,
                    section=task.section,
                    title=item.title(self.language)
                    if item
                    else app_tasks.render(task.title, self.language),
                    assignee_role=task.assignee_role,
                    assignee_person_id=task.assignee_person_id,
                    assignee_name=names.get(task.assignee_person_id, "")
                    if task.assignee_person_id
                    else "",
                    due_on=task.due_on,
                    status=status,
                    done_at=task.done_at,
                    note=app_tasks.render_note(task.note, self.language),
                    na_reason=app_tasks.render_reason(task.na_reason, self.language),
                    referrals=tuple(task.referrals),
                    warning=task.warning,
                    overdue=live and dc.is_overdue(status, task.due_on, today),
                    position=task.position,
                )
            )
        return out

    def tasks(self, case_id: int, today: date | None = None) -> list[TaskRow]:
        with self.case_file.reading() as session:
            return self._tasks(session, case_id, today or date.today())

    def add_task(self, case_id: int, data: TaskInput) -> int:
        if not data.title.strip():
            raise EmptyFieldError(FIELD_TITLE)
        with self.case_file.transaction() as session:
            row = self._case(session, case_id)
            if row.status == dc.CaseStatus.CLOSED:
                raise ClosedCaseTasksError(row.number)
            return self.repository.insert_task(session, case_id, data).id

    def update_task(self, task_id: int, update: TaskUpdate) -> None:
        status = dc.TaskStatus(update.status)
        if status == dc.TaskStatus.NOT_APPLICABLE and not update.na_reason.strip():
            raise ReasonRequiredError()
        with self.case_file.transaction() as session:
            task = session.get(Task, task_id)
            if task is None:
                raise CaseNotFoundError(task_id)
            row = self._case(session, task.case_id)
            if row.status == dc.CaseStatus.CLOSED:
                raise ClosedCaseTasksError(row.number)
            previous = dc.TaskStatus(task.status)
            # The note came back as shown, the app's lines in this reader's language.
            note = app_tasks.stored_note(update.note, task.note or "", self.language)
            update = replace(update, note=note)
            # A reason shown in the reader's language is stored in the app's own wording.
            stored = app_tasks.stored_reason(update.na_reason)
            reason = stored if status == dc.TaskStatus.NOT_APPLICABLE else ""
            before = (previous, task.due_on, task.assignee_role, task.assignee_person_id)
            after = (status, update.due_on, update.assignee_role, update.assignee_person_id)
            if before == after and (task.note or "", task.na_reason or "") == (
                update.note or "",
                reason,
            ):
                return  # OK without a change: nothing happened, nothing to record (walker)
            task.due_on = update.due_on
            task.assignee_role = update.assignee_role
            task.assignee_person_id = update.assignee_person_id
            task.note = update.note
            task.na_reason = reason
            if status != previous:
                task.status = status.value
                task.done_at = now() if status == dc.TaskStatus.DONE else None
                kind = {
                    dc.TaskStatus.DONE: "task.done",
                    dc.TaskStatus.NOT_APPLICABLE: "task.not_applicable",
                    dc.TaskStatus.OPEN: "task.reopened",
                }[status]
                self._event(session, task.case_id, kind, self._task_event(task))
            search_index.index_task(session, task)
            self.repository.refresh_task_summary(session, task.case_id)
            self._audit(
                session,
                AuditAction.TASK_UPDATED,
                row.number,
                task=task_id,
                status=status.value,
            )
