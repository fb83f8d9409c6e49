"""The audit chain holds no text the adviser typed (walk L, finding 14).

The chain outlives a purged case and promises never to name students, parents or others
involved (README, the audit tab). Each use case that takes typed text (titles, descriptions,
names, notes, where an image is, who saw it, a takedown reference, interview lines, a letter)
is driven here through the real services on a real SQLCipher file, every typed string carrying
one marker; then no audit event's subject or details may hold that marker. What the chain keeps
on purpose (README: "such as export paths and a police receiver") is the police package's
receiver, under the key "receiver" of the export's two events, pinned here so a new exception
has to be made in the open, and the paths or names of files saved to, which this test leaves
to the app's own proposals.
"""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

from PIL import Image

from adviser_desk.domain import cases as dc
from adviser_desk.domain import evidence as de
from adviser_desk.domain import letters as dl
from adviser_desk.domain import meldcode as dm
from adviser_desk.domain.interview_closing import Closing
from adviser_desk.services import evidence_export as evx
from adviser_desk.services.case_views import PersonInput, TaskInput, TaskUpdate
from adviser_desk.services.session import CaseFileSession
from adviser_desk.storage import audit_log
from tests.conftest import opened_copy

MARK = "Qx7typed"
RECEIVER = f"{MARK} Agent Visser, politie Utrecht"
TODAY = date(2026, 12, 5)


def typed(text: str) -> str:
    """What an adviser might type, with the marker the check looks for."""
    return f"{MARK} {text}"


def _png(shade: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (shade, 90, 160)).save(buffer, "PNG")
    return buffer.getvalue()


def test_no_audit_event_holds_text_the_adviser_typed(case_dir: Path, tmp_path: Path) -> None:
    service, _ = opened_copy(case_dir / "Zaken.adcase")
    with CaseFileSession(service) as s:
        cases, evidence = s.cases, s.evidence
        case_id = cases.create_case(
            dc.CaseDraft(
                title=typed("Noor (2B) naaktfoto"),
                incident_types=[dc.IncidentType.CYBERBULLYING],
                description=typed("foto van Noor rondgestuurd in de klassenapp"),
                opened_on=TODAY,
            ),
            today=TODAY,
        )
        draft = cases.get_case(case_id).draft
        draft.description = typed("ook op Snapchat gezien")
        draft.secrecy_statement = typed("Noor wil niet dat haar vader het weet")
        draft.police_report_by = typed("vader van Noor")
        cases.update_case(case_id, draft, today=TODAY)
        link = cases.add_person(
            case_id,
            PersonInput(
                typed("Noor de Vries"),
                dc.Role.VICTIM,
                email="noor.qx7typed@example.nl",
                phone=typed("06 12345678"),
                class_name=typed("2B"),
                note=typed("zus zit in 4A"),
            ),
        )
        cases.update_person(link, PersonInput(typed("Noor de Vries-Bakker"), dc.Role.VICTIM))
        cases.add_note(case_id, typed("moeder gebeld, huilde"))
        task = cases.add_task(case_id, TaskInput(typed("Bel de moeder van Noor"), TODAY))
        cases.update_task(
            task, TaskUpdate(dc.TaskStatus.DONE, None, "", None, typed("moeder bereikt"))
        )

        # Evidence: a stored image, whose description is then corrected at its removal.
        photo = evidence.add_bytes(
            case_id,
            _png(10),
            f"{MARK} noor-2b.png",
            description=typed("groepsfoto klas"),
            source=typed("door Noor getoond"),
        )
        evidence.withhold_stored(
            photo.item_id,
            where=typed("Snapchat-groep 2B"),
            seen_by=typed("mentor en Noor"),
            description=typed("naaktfoto van Noor (2B)"),
        )
        evidence.record_withheld(
            case_id,
            "ab" * 32,
            f"{MARK} IMG_0042.jpg",
            typed("tweede foto van Noor"),
            typed("Instagram van Sem"),
            typed("Sem en zijn broer"),
        )
        url = evidence.add_url(
            case_id, "https://www.instagram.com/qx7typed.noor/", typed("nepaccount")
        )
        evidence.report_takedown(
            url.item_id,
            de.TakedownChannel.PLATFORM,
            TODAY,
            typed("melding over Noor, ticket 88"),
            typed("gemeld door Noor zelf"),
        )
        evidence.record_check(
            url.item_id, de.OnlineStatus.REMOVED, TODAY, typed("account van Sem weg")
        )
        evidence.add_message(case_id, typed("stuur nog een foto Noor"), typed("Sem"))
        evidence.add_contact(case_id, typed("Sem, 06 87654321"))
        shown = evidence.add_bytes(case_id, _png(200), "scherm.png", typed("chat met Sem"))
        receipt = typed("bon 7")
        evidence.record_handover(case_id, [shown.item_id], typed("wijkagent Jansen"), receipt)
        folder = tmp_path / "export"
        folder.mkdir()
        evx.export_package(evidence, case_id, folder, RECEIVER, lambda _c, text: text)

        # The Meldcode, an interview and a letter.
        s.meldcode.save_step(
            case_id,
            dm.Entry(dm.Step.CONSULTATION, TODAY, typed("A. Bakker"), dm.Answer.COLLEAGUE,
                     typed("overlegd over Noor")),
            TODAY,
        )  # fmt: skip
        interview = s.interviews.start(
            case_id, "victim", place=typed("kamer 12"), present=typed("Noor en moeder")
        )
        line = s.interviews.add_line(interview, "adviser", typed("Wat is er gebeurd, Noor?"))
        s.interviews.add_line(interview, "student", typed("Sem stuurde mijn foto door"))
        s.interviews.change_speaker(interview, line.line_id, "student", typed("spreker hersteld"))
        s.interviews.close(
            interview,
            Closing(
                agreements=typed("Noor komt morgen terug"),
                wishes=typed("niet aan haar vader vertellen"),
                follow_up=[typed("Sem spreken")],
            ),
        )
        letter = f"<p>{typed('Beste ouders van Noor')}</p>"
        s.letters.save_version(case_id, dl.LetterKind.TEAM_NOTICE, "nl", letter, True)
        draft = cases.get_case(case_id).draft
        draft.status = dc.CaseStatus.CLOSED
        draft.outcome = dc.CaseOutcome.RESOLVED_IN_SCHOOL
        cases.close_case(case_id, draft, typed("afgesloten na gesprek met Noor"), today=TODAY)

        with service.case.reading() as session:
            records = list(audit_log.records(session))
            assert audit_log.verify(session).intact
        # The case's own records do hold the texts: the marker check below means something.
        timeline = json.dumps([row.details for row in cases.timeline(case_id)], ensure_ascii=False)
        assert typed("groepsfoto klas") in timeline and typed("naaktfoto van Noor (2B)") in timeline

    actions = {r.action for r in records}
    for taking_text in (
        "case.created",
        "case.updated",
        "person.added",
        "person.changed",
        "note.added",
        "task.added",
        "task.updated",
        "evidence.recorded",
        "evidence.original_removed",
        "evidence.description_changed",
        "evidence.takedown_reported",
        "evidence.takedown_checked",
        "evidence.handed_over",
        "evidence.exported",
        "meldcode.step_recorded",
        "interview.started",
        "interview.speaker_changed",
        "interview.closed",
        "letter.saved",
    ):
        assert taking_text in actions, (taking_text, sorted(actions))
    (changed,) = [r for r in records if r.action == "evidence.description_changed"]
    assert dict(changed.details) == {"number": photo.number}
    leaks, receivers = [], []
    for record in records:
        details = dict(record.details)
        if details.get("receiver") == RECEIVER:
            receivers.append(record.action)
            del details["receiver"]
        if MARK.lower() in json.dumps([record.subject, details], ensure_ascii=False).lower():
            leaks.append((record.action, record.subject, dict(record.details)))
    assert leaks == []
    assert receivers == ["evidence.export_started", "evidence.exported"]
