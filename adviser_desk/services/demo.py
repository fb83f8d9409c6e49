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
    cases.add_person(exposing, PersonInput("Karin Smit", dc.Role.STAFF, note="Mentor van 3B"))
    detail = cases.get_case(exposing)
    draft = detail.draft
    draft.contact_person_id = next(p.person_id for p in detail.people if p.role == dc.Role.STAFF)
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
            # Films that mock her, not edited pictures of her: typed "manipulated images",
            # the case would be a sexual-image case and its takedown letter would say so
            # (walk G, finding 13: "bewerkte filmpjes" without that type read as a gap).
            description="Een account op naam van een leerling plaatst filmpjes die haar "
            "belachelijk maken.",
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


def _chat_screenshot(lines: list[str]) -> bytes:
    """A plain picture of a chat, drawn here so the demo needs no image files."""
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (540, 60 + 44 * len(lines)), (236, 229, 221))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 540, 40), fill=(7, 94, 84))
    draw.text((16, 14), "Klas 3B", fill=(255, 255, 255))
    for index, line in enumerate(lines):
        top = 52 + 44 * index
        draw.rounded_rectangle((16, top, 16 + 8 * len(line) + 24, top + 34), 8, fill="white")
        draw.text((28, top + 11), line, fill=(20, 20, 20))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _evidence(cases: CaseService, ids: list[int], today: date) -> None:
    """Evidence for the demo cases; the nude photo itself is described, never stored."""
    import hashlib

    from adviser_desk.domain import evidence as de
    from adviser_desk.services.evidence_service import EvidenceService

    fake, exposing, sextortion = ids
    evidence = EvidenceService(cases)
    account = evidence.add_url(
        fake,
        "https://www.tiktok.com/@aylin.y.echt",
        "Nepaccount op naam van Aylin met filmpjes die haar belachelijk maken",
        "getoond door Aylin op haar telefoon",
        _at(today - timedelta(days=42), 20, 5),
    )
    evidence.report_takedown(
        account.item_id, de.TakedownChannel.PLATFORM, today - timedelta(days=40), "TikTok-melding"
    )
    evidence.record_check(account.item_id, de.OnlineStatus.REMOVED, today - timedelta(days=38))
    evidence.record_withheld(
        exposing,
        hashlib.sha256(b"demo: the photo itself is never stored").hexdigest(),
        "foto.jpg",
        "Naaktfoto van Noor, rondgestuurd in de klassenapp",
        "Snapchat-verhaal van Milan; klassenapp 3B; telefoons van minstens 6 leerlingen",
        "Noor, mentor (beschrijving), 3B",
        _at(today - timedelta(days=10), 21, 30),
    )
    evidence.add_bytes(
        exposing,
        _chat_screenshot(["Milan: heb je deze al gezien?", "Milan: stuur maar door"]),
        "klassenapp.png",
        "Screenshot van de klassenapp (zonder de foto)",
        "gemaakt door de mentor van het scherm van Noor",
        _at(today - timedelta(days=10), 21, 32),
        minor_sexual=False,
    )
    evidence.add_message(
        exposing,
        "Als je het tegen iemand zegt stuur ik hem naar iedereen",
        "Milan Verhoeven",
        "Snapchat",
        _at(today - timedelta(days=10), 22, 1),
        "Dreigbericht aan Noor",
        "overgenomen van Noors telefoon",
    )
    blackmailer = evidence.add_url(
        sextortion,
        "https://www.instagram.com/lisa.xo.2009/",
        "Account dat Daan benaderde en nu geld eist",
        "getoond door Daan",
        _at(today - timedelta(days=3), 19, 10),
    )
    evidence.report_takedown(
        blackmailer.item_id,
        de.TakedownChannel.HELPWANTED,
        today - timedelta(days=1),
        recheck_on=today + timedelta(days=1),
    )
    evidence.add_message(
        sextortion,
        "Betaal 150 euro voor vrijdag of ik stuur je fotos naar al je volgers",
        "@lisa.xo.2009",
        "Instagram",
        _at(today - timedelta(days=3), 19, 45),
        "Afpersingsbericht",
        "overgenomen van Daans telefoon",
    )


def fill_demo(cases: CaseService, today: date) -> list[int]:
    """Adds the three demo cases to an open case file, oldest first; returns their ids."""
    ids = [_fake_account(cases, today), _exposing(cases, today), _sextortion(cases, today)]
    _evidence(cases, ids, today)
    return ids


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
