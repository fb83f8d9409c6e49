"""A case that becomes a sexual case puts the files it already holds to the question about
minors (walk G, finding 2): every stored file that is or may hold a picture or a film waits for
the answer, on real files of each kind; "no" keeps it and is recorded, "yes" removes the
original; until then the police export refuses them."""

from __future__ import annotations

from pathlib import Path

import pytest

from adviser_desk.domain import cases as dc
from adviser_desk.domain import evidence as de
from adviser_desk.reports.evidence_log import NOT_ANSWERED
from adviser_desk.services import evidence_export as evx
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.evidence_intake import Intake
from adviser_desk.services.evidence_service import EvidenceError, EvidenceService
from adviser_desk.storage import audit_log
from tests import media

PICTURES = {name: data for name, _category, data in media.made("development")}
TEXTS = {name: data for name, _category, data in media.made("text")}
MAY_HOLD = ["foto.jpg", "IMG_0001.HEIC", "filmpje.mp4", "filmpje.3gp", "fotos.zip",
            "chat.pdf", "verslag.docx", "onbekend.dat"]  # fmt: skip


@pytest.fixture
def evidence(cases: CaseService) -> EvidenceService:
    return EvidenceService(cases)


def _draft(cases: CaseService, case_id: int, *types: dc.IncidentType) -> dc.CaseDraft:
    draft = cases.get_case(case_id).draft
    draft.incident_types = list(types)
    return draft


def _audit(cases: CaseService, action: str) -> list[dict[str, object]]:
    with cases.case_file.reading() as session:
        return [r.details for r in audit_log.records(session) if r.action == action]


def test_a_case_that_becomes_an_exposing_case_asks_about_its_stored_files(
    cases: CaseService, evidence: EvidenceService, tmp_path: Path
) -> None:
    case_id = cases.create_case(
        dc.CaseDraft(title="Nepaccount", incident_types=[dc.IncidentType.FAKE_ACCOUNT])
    )
    stored = {}
    for name in MAY_HOLD:
        stored[name] = evidence.add_bytes(case_id, PICTURES[name], name, "van de leerling")
    for name in ("notities.txt", "chat.csv"):
        stored[name] = evidence.add_bytes(case_id, TEXTS[name], name)
    link = evidence.add_url(case_id, "https://www.tiktok.com/@nep", description="account")
    assert all(row.stored and not row.waits_for_answer for row in stored.values())
    # Another non-sexual type: nothing waits.
    kinds = (dc.IncidentType.FAKE_ACCOUNT, dc.IncidentType.THREATS)
    assert cases.update_case(case_id, _draft(cases, case_id, *kinds)) == []
    # Now manipulated images: every file that may hold a picture waits, text does not.
    waiting = cases.update_case(
        case_id, _draft(cases, case_id, *kinds, dc.IncidentType.MANIPULATED_IMAGES)
    )
    assert waiting == [stored[name].number for name in MAY_HOLD]
    rows = {row.number: row for row in evidence.items(case_id)}
    assert [n for n, r in rows.items() if r.waits_for_answer] == waiting
    assert not rows[link.number].waits_for_answer
    assert [r.number for r in evidence.pending(case_id)] == waiting
    # The evidence log shows no picture of a file that waits.
    evidence.make_missing_thumbnails(case_id)
    log = {i.number: i for i in evx.log_data(evidence, case_id, lambda _c, t: t).items}
    assert evidence.thumbnails(case_id) and log[stored["foto.jpg"].number].thumbnail is None
    # ... and says why, for each waiting file and no other.
    said = {n for n, i in log.items() if ("Question about minors", NOT_ANSWERED) in i.fields}
    assert sorted(said) == waiting
    (event,) = _audit(cases, "evidence.minor_question_pending")
    assert event["numbers"] == ", ".join(waiting)
    # The police export refuses them, before writing anything.
    stick = tmp_path / "stick"
    stick.mkdir()
    with pytest.raises(EvidenceError, match="Not answered yet: B-001, B-002") as caught:
        evx.export_package(evidence, case_id, stick, "Agent", lambda _c, t: t)
    assert "Nothing was exported" in str(caught.value) and list(stick.iterdir()) == []
    # "No" keeps a file and is recorded; "yes, or not sure" removes its original.
    photo, film = stored["foto.jpg"], stored["filmpje.mp4"]
    kept = evidence.answer_no(photo.item_id)
    assert kept.stored and not kept.waits_for_answer and kept.minor_answer == de.MINOR_NO
    assert kept.custody[-1][1] == "answered_no_minor"
    assert _audit(cases, "evidence.answered_no_minor") == [
        {"number": photo.number, "sha256": photo.sha256}
    ]
    with pytest.raises(EvidenceError, match="does not wait"):
        evidence.answer_no(photo.item_id)
    evidence.withhold_stored(film.item_id, where="Snapchat", seen_by="mentor")
    assert evidence.original(film.item_id) == b""
    for name in MAY_HOLD:
        if name not in ("foto.jpg", "filmpje.mp4"):
            evidence.answer_no(stored[name].item_id)
    assert evidence.pending(case_id) == []
    # A later type change asks nothing again: every file was answered.
    assert cases.update_case(case_id, _draft(cases, case_id, dc.IncidentType.FAKE_ACCOUNT)) == []
    again = _draft(cases, case_id, dc.IncidentType.SEXTORTION)
    assert cases.update_case(case_id, again) == []
    folder = evx.export_package(evidence, case_id, stick, "Agent", lambda _c, t: t)
    written = {p.name for p in folder.iterdir()}
    assert f"{photo.number}_foto.jpg" in written
    assert not any(n.startswith(film.number) for n in written)
    data = evx.log_data(evidence, case_id, lambda _c, t: t)
    (logged,) = [i for i in data.items if i.number == photo.number]
    assert any("answered: no sexual image of someone under 18" in line for line in logged.custody)


def test_files_answered_no_at_intake_are_not_asked_again(
    cases: CaseService, evidence: EvidenceService, tmp_path: Path
) -> None:
    case_id = cases.create_case(
        dc.CaseDraft(title="Sexting", incident_types=[dc.IncidentType.EXPOSING])
    )
    path = tmp_path / "foto.avif"
    path.write_bytes(PICTURES["foto.avif"])
    result = evidence.add_files(case_id, [path], Intake("Foto", minor_sexual=False))
    (row,) = evidence.items(case_id)
    assert result.added == [row.number] and row.minor_answer == de.MINOR_NO
    assert cases.update_case(case_id, _draft(cases, case_id, dc.IncidentType.OTHER)) == []
    assert cases.update_case(case_id, _draft(cases, case_id, dc.IncidentType.EXPOSING)) == []
    # Files stored while the case was not sexual are asked about when it becomes one again.
    cases.update_case(case_id, _draft(cases, case_id, dc.IncidentType.OTHER))
    film = evidence.add_bytes(case_id, PICTURES["filmpje.webm"], "filmpje.webm")
    late = evidence.add_bytes(case_id, PICTURES["fotos.tar.gz"], "fotos.tar.gz")
    assert film.minor_answer == late.minor_answer == ""
    waiting = cases.update_case(case_id, _draft(cases, case_id, dc.IncidentType.SEXTORTION))
    assert waiting == [film.number, late.number]
