"""The demo case file: three fictional cases in different stages, password ``demo``.

Every name, school and account here is invented. The demo exists so an adviser can try the
app without typing real data into it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from adviser_desk.domain import cases as dc
from adviser_desk.services.case_file_service import CaseFileService
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.case_views import PersonInput, TaskInput, TaskUpdate
from adviser_desk.services.protocol_data import protocol
from adviser_desk.storage import casefile, kdf

DEMO_PASSWORD = "demo"  # noqa: S105 - documented, fictional data only


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute)).astimezone(UTC)


def _complete(cases: CaseService, case_id: int, keys: list[str], note: str = "") -> None:
    for task in cases.tasks(case_id):
        if task.item_key in keys:
            update = TaskUpdate(
                dc.TaskStatus.DONE, task.due_on, task.assignee_role, None, note or task.note
            )
            cases.update_task(task.task_id, update)


def _not_applicable(cases: CaseService, case_id: int, key: str, reason: str) -> None:
    for task in cases.tasks(case_id):
        if task.item_key == key:
            cases.update_task(
                task.task_id,
                TaskUpdate(dc.TaskStatus.NOT_APPLICABLE, None, "", None, "", na_reason=reason),
            )


def _exposing(cases: CaseService, today: date) -> int:
    # 1. Exposing: a nude photo spread in a class chat, distributor known, at this school.
    opened = today - timedelta(days=9)
    exposing = cases.create_case(
        dc.CaseDraft(
            title="Naaktfoto rondgestuurd in klassenapp 3B",
            incident_types=[dc.IncidentType.EXPOSING],
            description=(
                "Een naaktfoto van een leerling uit 3B is via Snapchat en de klassenapp "
                "gedeeld. De leerling meldde het zelf bij de mentor."
            ),
            opened_on=opened,
            platforms=["Snapchat", "WhatsApp"],
            images=dc.ImagesState.SPREAD,
            reach=dc.Reach.CLASS,
            still_spreading=False,
            offence_suspected=True,
            police_consulted=True,
            police_report=dc.PoliceReport.NOTICE,
            police_report_by="school",
            psychological_help=True,
            media_expected=False,
            escalation=dc.Escalation.CARE_COORDINATOR,
            may_tell=[dc.Audience.PARENTS, dc.Audience.MENTOR, dc.Audience.TEAM],
            publicity=dc.Publicity.NO_ATTENTION,
            secrecy_statement=(
                "Geen geheimhouding beloofd. Wel beloofd: zorgvuldig omgaan met de informatie "
                "en elke stap vooraf met Noor bespreken."
            ),
        ),
        today=opened,
    )
    victim = cases.add_person(
        exposing,
        PersonInput(
            "Noor van Dijk", dc.Role.VICTIM, school="Het Duinlicht College", class_name="3B"
        ),
    )
    del victim
    cases.add_person(
        exposing,
        PersonInput(
            "Milan Verhoeven", dc.Role.DISTRIBUTOR, school="Het Duinlicht College", class_name="3B"
        ),
    )
    cases.add_person(exposing, PersonInput("Sem de Boer", dc.Role.REPORTER, anonymous=True))
    cases.add_person(exposing, PersonInput("Ingrid van Dijk", dc.Role.PARENT, phone="06-00000001"))
    detail = cases.get_case(exposing)
    draft = detail.draft
    draft.contact_person_id = next(p.person_id for p in detail.people if p.role == dc.Role.VICTIM)
    cases.update_case(exposing, draft, today=opened)
    cases.add_note(
        exposing,
        "Noor vertelde rustig wat er gebeurd is; ze wil vooral dat de foto van alle telefoons "
        "verdwijnt en dat de klas er niet over praat.",
        observed_at=_at(opened, 10, 15),
    )
    first_week = {"define", "act", "communicate", "perpetrator"}
    still_open = {"comm.media", "comm.website", "act.expert", "perp.sanctions"}
    done = [
        t.item_key
        for t in cases.tasks(exposing)
        if t.item_key and t.section in first_week and t.item_key not in still_open
    ]
    _complete(cases, exposing, [key for key in done if key is not None])
    cases.add_task(
        exposing,
        TaskInput("Terugkoppeling aan Noor na gesprek met Milan", due_on=today + timedelta(days=2)),
    )
    return exposing


def _sextortion(cases: CaseService, today: date) -> int:
    # 2. Sextortion by an unknown account: images threatened, not spread.
    opened = today - timedelta(days=2)
    sextortion = cases.create_case(
        dc.CaseDraft(
            title="Afpersing met naaktbeelden via Instagram",
            incident_types=[dc.IncidentType.SEXTORTION],
            description=(
                "Een onbekend account eist geld en dreigt anders beelden naar volgers te sturen."
            ),
            opened_on=opened,
            platforms=["Instagram"],
            images=dc.ImagesState.THREATENED,
            reach=dc.Reach.UNKNOWN,
            offence_suspected=True,
            police_consulted=False,
            escalation=dc.Escalation.SLB,
            may_tell=[dc.Audience.PARENTS, dc.Audience.POLICE],
            secrecy_statement=(
                "Geen geheimhouding beloofd; wel dat we samen de volgende stap kiezen."
            ),
        ),
        today=opened,
    )
    cases.add_person(sextortion, PersonInput("Daan Kramer", dc.Role.VICTIM, class_name="4H"))
    cases.add_person(sextortion, PersonInput("Mevr. Kramer", dc.Role.PARENT))
    cases.add_note(
        sextortion,
        "Daan heeft niet betaald. Geadviseerd: niet reageren, account blokkeren en "
        "berichten bewaren.",
        observed_at=_at(opened, 13, 40),
    )
    _complete(cases, sextortion, ["define.facts", "victim.sextortion_no_pay", "act.no_images"])
    return sextortion


def _fake_account(cases: CaseService, today: date) -> int:
    # 3. A fake account bullying a student; the maker attends another school. Monitoring.
    opened = today - timedelta(days=41)
    fake = cases.create_case(
        dc.CaseDraft(
            title="Nepaccount op TikTok",
            incident_types=[dc.IncidentType.FAKE_ACCOUNT, dc.IncidentType.CYBERBULLYING],
            description="Een account op naam van een leerling plaatst bewerkte filmpjes.",
            opened_on=opened,
            platforms=["TikTok"],
            images=dc.ImagesState.SPREAD,
            reach=dc.Reach.SCHOOL,
            still_spreading=False,
            offence_suspected=False,
            escalation=dc.Escalation.SLB,
            may_tell=[dc.Audience.PARENTS, dc.Audience.MENTOR, dc.Audience.CLASSMATES],
            publicity=dc.Publicity.APOLOGY,
            secrecy_statement="Geen geheimhouding beloofd; afgesproken wie wat te horen krijgt.",
        ),
        today=opened,
    )
    cases.add_person(fake, PersonInput("Aylin Yıldız", dc.Role.VICTIM, class_name="2A"))
    cases.add_person(
        fake,
        PersonInput(
            "Jesse Smit",
            dc.Role.DISTRIBUTOR,
            school="Het Stedelijk Lyceum",
            attends_this_school=False,
        ),
    )
    cases.add_person(fake, PersonInput("Mw. De Graaf", dc.Role.STAFF, note="mentor 2A"))
    early = {"define", "act", "communicate", "victim", "perpetrator", "safety"}
    keys = [t.item_key for t in cases.tasks(fake) if t.item_key and t.section in early]
    _complete(cases, fake, [key for key in keys if key is not None and key != "comm.media"])
    _not_applicable(cases, fake, "comm.media", "Geen aandacht van buiten de school.")
    cases.add_note(
        fake, "Account is verwijderd na melding bij TikTok; excuses aangeboden via school."
    )
    draft = cases.get_case(fake).draft
    draft.status = dc.CaseStatus.MONITORING
    cases.update_case(fake, draft, today=today - timedelta(days=5))
    return fake


def fill_demo(cases: CaseService, today: date) -> list[int]:
    """Adds the three demo cases to an open case file, oldest first; returns their ids."""
    return [_fake_account(cases, today), _exposing(cases, today), _sextortion(cases, today)]


def create_demo(path: Path, today: date | None = None) -> Path:
    """Creates the demo case file at ``path`` (password ``demo``) and closes it."""
    case, _recovery = casefile.create(path, DEMO_PASSWORD, kdf.MINIMUM, actor="demo")
    service = CaseFileService(case)
    try:
        service.confirm_recovery_key_stored()
        service.update_profile("Demo-vertrouwenspersoon", "Het Duinlicht College (fictief)")
        fill_demo(CaseService(case, protocol(), "nl"), today or date.today())
    finally:
        service.close()
    return case.path
