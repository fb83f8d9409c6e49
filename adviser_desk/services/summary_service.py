"""Turning a case into the case summary PDF, and exporting it (an explicit, audited act)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from adviser_desk.domain import cases as dc
from adviser_desk.domain import dates
from adviser_desk.domain import meldcode as dm
from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.domain.timeline import render as render_event
from adviser_desk.reports import case_summary
from adviser_desk.services.actor import actor
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.meldcode_service import entries as meldcode_entries
from adviser_desk.storage import audit_log
from adviser_desk.storage.atomic import write_atomic
from adviser_desk.storage.repositories import profile

Translate = Callable[[str, str], str]

L = {
    "number": QT_TRANSLATE_NOOP("case_summary", "Case number"),
    "status": QT_TRANSLATE_NOOP("case_summary", "Status"),
    "opened": QT_TRANSLATE_NOOP("case_summary", "Opened"),
    "closed": QT_TRANSLATE_NOOP("case_summary", "Closed"),
    "outcome": QT_TRANSLATE_NOOP("case_summary", "Outcome"),
    "types": QT_TRANSLATE_NOOP("case_summary", "Incident types"),
    "contact": QT_TRANSLATE_NOOP("case_summary", "Contact person"),
    "escalation": QT_TRANSLATE_NOOP("case_summary", "Escalation"),
    "platforms": QT_TRANSLATE_NOOP("case_summary", "Platforms"),
    "images": QT_TRANSLATE_NOOP("case_summary", "Images"),
    "reach": QT_TRANSLATE_NOOP("case_summary", "Seen by"),
    "spreading": QT_TRANSLATE_NOOP("case_summary", "Still spreading"),
    "offence": QT_TRANSLATE_NOOP("case_summary", "Criminal offence suspected"),
    "police_consulted": QT_TRANSLATE_NOOP("case_summary", "Police consulted"),
    "police_report": QT_TRANSLATE_NOOP("case_summary", "Report to the police"),
    "psych": QT_TRANSLATE_NOOP("case_summary", "Psychological help needed"),
    "media": QT_TRANSLATE_NOOP("case_summary", "Media attention expected"),
    "may_tell": QT_TRANSLATE_NOOP("case_summary", "Victim agrees to inform"),
    "publicity": QT_TRANSLATE_NOOP("case_summary", "Wishes about publicity"),
    "secrecy": QT_TRANSLATE_NOOP("case_summary", "The student's wishes and what was agreed"),
    "yes": QT_TRANSLATE_NOOP("case_summary", "yes"),
    "no": QT_TRANSLATE_NOOP("case_summary", "no"),
    "unknown": QT_TRANSLATE_NOOP("case_summary", "not known"),
    "own": QT_TRANSLATE_NOOP("case_summary", "Own task"),
    # The app's takedown re-check, as the task list names it (walk 12, W12-1: "Own task").
    "recheck": QT_TRANSLATE_NOOP("case_summary", "Evidence: re-check"),
    "by": QT_TRANSLATE_NOOP("case_summary", "by {who}"),
    "observed": QT_TRANSLATE_NOOP("case_summary", "(happened {when})"),
}


def summary_data(
    service: CaseService,
    case_id: int,
    translate: Translate,
    unmask_reporter: bool = False,
    today: date | None = None,
) -> case_summary.CaseSummaryData:
    today = today or date.today()
    detail = service.get_case(case_id, today)
    draft = detail.draft
    language = dates.language_of(translate)

    def _fmt_date(value: date | None) -> str:
        return dates.long_date(value, language)

    def _fmt_time(value: datetime) -> str:
        return dates.date_and_time(value, language)

    def t(key: str) -> str:
        return translate("case_summary", L[key])

    def yes_no(value: bool | None) -> str:
        return t("unknown") if value is None else t("yes") if value else t("no")

    people = {p.person_id: p for p in detail.people}
    contact = people.get(draft.contact_person_id) if draft.contact_person_id else None
    report = translate("cases", dc.POLICE_REPORT_LABELS[draft.police_report])
    if draft.police_report_by:
        report += " " + t("by").format(who=draft.police_report_by)
    facts = [
        (t("number"), detail.number),
        (t("status"), translate("cases", dc.STATUS_LABELS[draft.status])),
        (t("opened"), _fmt_date(draft.opened_on)),
        (t("closed"), _fmt_date(draft.closed_on)),
    ]
    if draft.status == dc.CaseStatus.CLOSED:  # an open case has not ended
        facts.append((t("outcome"), translate("cases", dc.OUTCOME_LABELS[draft.outcome])))
    facts += [
        (
            t("types"),
            ", ".join(translate("cases", dc.INCIDENT_LABELS[i]) for i in draft.incident_types),
        ),
        (t("contact"), contact.display_name(unmask_reporter, translate) if contact else "—"),
        (t("escalation"), translate("cases", dc.ESCALATION_LABELS[draft.escalation])),
    ]
    scope: list[tuple[str, str]] = [
        (t("platforms"), ", ".join(draft.platforms) or "—"),
        (t("images"), translate("cases", dc.IMAGES_LABELS[draft.images])),
        (t("reach"), translate("cases", dc.REACH_LABELS[draft.reach])),
        (t("spreading"), yes_no(draft.still_spreading)),
        (t("offence"), yes_no(draft.offence_suspected)),
        (t("police_consulted"), yes_no(draft.police_consulted)),
        (t("police_report"), report),
        (t("psych"), yes_no(draft.psychological_help)),
        (t("media"), yes_no(draft.media_expected)),
        (
            t("may_tell"),
            ", ".join(translate("cases", dc.AUDIENCE_LABELS[a]) for a in draft.may_tell) or "—",
        ),
        (t("publicity"), translate("cases", dc.PUBLICITY_LABELS[draft.publicity])),
        (t("secrecy"), draft.secrecy_statement),
    ]
    scope = [(label, value or "—") for label, value in scope]
    section_titles = {
        s.key: s.title.get(service.language, s.title["nl"]) for s in service.protocol.sections
    }
    tasks = [
        case_summary.TaskLine(
            section=section_titles.get(
                task.section, t("recheck") if task.section == "evidence" else t("own")
            ),
            title=task.title,
            status=translate("cases", dc.TASK_STATUS_LABELS[task.status])
            + (f" ({task.na_reason})" if task.na_reason else ""),
            due=_fmt_date(task.due_on),
            note=task.note,
            overdue=task.overdue,
        )
        for task in detail.tasks
    ]
    timeline = []
    for event in service.timeline(case_id):
        when = _fmt_time(event.observed_at or event.recorded_at)
        text = render_event(event.kind, event.details, translate)
        if event.observed_at is not None:
            text += " " + t("observed").format(when=_fmt_time(event.observed_at))
            when = _fmt_time(event.recorded_at)
        timeline.append(case_summary.TimelineLine(when, text))
    with service.case_file.reading() as session:
        prof = profile(session)
        head = audit_log.head(session)
        record = dm.Record.of(meldcode_entries(session, case_id))
        adviser = actor(session)
        school = prof.school_name
    meldcode = []
    if record.status != dm.Status.NOT_STARTED:
        meldcode = [meldcode_line(entry, translate) for entry in record.entries]
    return case_summary.CaseSummaryData(
        number=detail.number,
        title=draft.title,
        description=draft.description,
        facts=facts,
        scope=scope,
        people=[
            case_summary.PersonLine(
                role=translate("cases", dc.ROLE_LABELS[person.role]),
                name=person.display_name(unmask_reporter, translate),
                details=""
                if person.anonymous and not unmask_reporter
                else ", ".join(x for x in (person.school, person.class_name) if x),
            )
            for person in detail.people
        ],
        tasks=tasks,
        timeline=timeline,
        chain_head=head,
        made_on=_fmt_date(today),
        adviser=adviser,
        school=school,
        meldcode=meldcode,
        meldcode_status=translate(dm.CTX, dm.STATUS_LABELS[record.status]),
        meldcode_warnings=[translate(dm.CTX, w) for w in record.warnings()],
    )


def meldcode_line(entry: dm.Entry, translate: Translate) -> case_summary.MeldcodeLine:
    when = dates.long_date(entry.done_on, dates.language_of(translate))
    done = f"{when}, {entry.by}" if entry.done_on else ""
    outcome = translate(dm.CTX, dm.ANSWER_LABELS[entry.answer]) if entry.answer else ""
    if entry.note:
        outcome = f"{outcome}\n{entry.note}" if outcome else entry.note
    return case_summary.MeldcodeLine(
        step=translate(dm.CTX, dm.STEP_LABELS[entry.step]), done=done, outcome=outcome
    )


def export_summary(
    service: CaseService,
    case_id: int,
    target: Path,
    translate: Translate,
    unmask_reporter: bool = False,
    today: date | None = None,
) -> str:
    """Writes the PDF (unencrypted: the adviser asked for it) and records it; returns SHA-256."""
    data = summary_data(service, case_id, translate, unmask_reporter, today)
    pdf = case_summary.render(data, translate)
    write_atomic(target, pdf)
    digest = hashlib.sha256(pdf).hexdigest()
    with service.case_file.transaction() as session:
        details = {"sha256": digest, "file": target.name, "reporter_unmasked": unmask_reporter}
        audit_log.append(
            session, actor(session), AuditAction.CASE_SUMMARY_EXPORTED, data.number, details
        )
    return digest
