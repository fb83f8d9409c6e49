"""A file recorded as "may be a sexual image of a minor, not kept" is never stored later (walk G,
finding 1): not in the same case nor another, not with "no" nor without the question, not by
the command line; the refusal names the record. A copy stored earlier (before this rule, or
kept with "Keep for now") is never written into the police package nor shown in the log."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from adviser_desk.domain import cases as dc
from adviser_desk.domain import evidence as de
from adviser_desk.services import evidence_export as evx
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.evidence_intake import Intake
from adviser_desk.services.evidence_service import EvidenceError, EvidenceService
from adviser_desk.storage import kdf
from adviser_desk.storage.models import EvidenceBlob
from tests import media
from tests.conftest import PASSWORD

FILES = dict((name, data) for name, _category, data in media.made("development"))
YES = Intake("Filmpje van de leerling", minor_sexual=True, where="Snapchat", seen_by="mentor")


@pytest.fixture
def evidence(cases: CaseService) -> EvidenceService:
    return EvidenceService(cases)


def _case(cases: CaseService, kind: dc.IncidentType, title: str) -> int:
    return cases.create_case(dc.CaseDraft(title=title, incident_types=[kind]))


def _blobs(evidence: EvidenceService) -> int:
    with evidence.case_file.reading() as session:
        return len(session.scalars(select(EvidenceBlob.sha256)).all())


def _names(message: str, item: str, case: str, here: bool) -> bool:
    """The refusal names the record: in the case the file comes to, "this case" (walk L,
    finding 26a; not yet on every path, where it names the case by number); elsewhere by the
    case's number."""
    return f"{item} in {case}" in message or (here and f"{item} in this case" in message)


def test_withheld_bytes_are_refused_on_every_later_intake_naming_the_record(
    cases: CaseService, evidence: EvidenceService, tmp_path: Path
) -> None:
    exposing = _case(cases, dc.IncidentType.EXPOSING, "Filmpje rondgestuurd")
    bullying = _case(cases, dc.IncidentType.CYBERBULLYING, "Pesten in de groepsapp")
    number = cases.get_case(exposing).number
    folder = tmp_path / "in"
    folder.mkdir()
    names = ["filmpje.mp4", "IMG_0001.HEIC", "fotos.zip", "onbekend.dat"]
    paths = []
    for name in names:
        (folder / name).write_bytes(FILES[name])
        paths.append(folder / name)
    first = evidence.add_files(exposing, paths, YES)
    assert first.added == ["B-001", "B-002", "B-003", "B-004"] and not first.failed
    blobs = _blobs(evidence)

    def refused(outcome: list[tuple[str, Exception]]) -> dict[str, str]:
        return {name: str(exc) for name, exc in outcome}

    # "No" now, in the same case: refused, naming the record.
    later = evidence.add_files(exposing, paths, Intake("Nog eens", minor_sexual=False))
    assert later.added == []
    messages = refused(later.failed)
    assert set(messages) == set(names)
    assert _names(messages["filmpje.mp4"], "B-001", number, here=True)
    assert _names(messages["IMG_0001.HEIC"], "B-002", number, here=True)
    assert all("Nothing was stored" in m and "under 18" in m for m in messages.values())
    # Without the question: in a bullying case (no question asked), and unanswered in the
    # exposing case (refused as withheld, not asked: no answer would store it).
    elsewhere = evidence.add_files(bullying, paths, Intake("Zelfde bestanden"))
    assert elsewhere.added == [] and set(refused(elsewhere.failed)) == set(names)
    for case_id in (exposing, bullying):
        with pytest.raises(EvidenceError) as caught:
            evidence.add_bytes(case_id, FILES["filmpje.mp4"], "kopie.mp4")
        assert _names(str(caught.value), "B-001", number, here=case_id == exposing)
        assert "Answer" not in str(caught.value)
    # Marked as possibly sexual and answered "no": the same.
    with pytest.raises(EvidenceError, match="deliberately not kept"):
        evidence.add_bytes(
            bullying, FILES["fotos.zip"], "f.zip", minor_sexual=False, marked_sexual=True
        )
    # Nothing of it was stored anywhere; the adviser can still record it as withheld again.
    assert _blobs(evidence) == blobs
    assert evidence.count(bullying) == 0
    again = evidence.add_bytes(bullying, FILES["filmpje.mp4"], "f.mp4", description="Beschrijving",
                               minor_sexual=True,
                               marked_sexual=True, where="WhatsApp", seen_by="—")  # fmt: skip
    assert again.kind == de.EvidenceKind.WITHHELD and not again.stored
    # Other files still go in as before.
    ok = evidence.add_bytes(bullying, FILES["foto.png"], "foto.png")
    assert ok.stored and _blobs(evidence) == blobs + 1


def test_a_stored_copy_of_withheld_bytes_is_never_exported_nor_shown_in_the_log(
    cases: CaseService, evidence: EvidenceService, tmp_path: Path
) -> None:
    """Stored first ("no"), then the same file answered "yes, or not sure" and the offer to
    remove the stored original answered "Keep for now" (as a case file made before the rule
    may hold too): the package refuses until the original is removed."""
    case_id = _case(cases, dc.IncidentType.SEXTORTION, "Afpersing met foto")
    number = cases.get_case(case_id).number
    photo = FILES["foto.webp"]
    stored = evidence.add_bytes(case_id, photo, "foto.webp", "Foto", minor_sexual=False)
    text = evidence.add_bytes(case_id, b"Ze zei dat hij dreigde.\n", "notitie.txt")
    withheld = evidence.add_bytes(
        case_id,
        photo,
        "foto.webp",
        description="Beschrijving",
        minor_sexual=True,
        where="Instagram",
        seen_by="mentor",
    )
    assert (stored.number, text.number, withheld.number) == ("B-001", "B-002", "B-003")
    evidence.make_missing_thumbnails(case_id)
    assert evidence.missing_thumbnails(case_id) == []  # it has one, shown nowhere
    # The log shows no picture of it.
    data = evx.log_data(evidence, case_id, lambda _c, t: t)
    shown = {item.number: item.thumbnail for item in data.items}
    assert shown["B-001"] is None
    assert stored.item_id not in evidence.thumbnails(case_id)  # nor does the list
    assert evidence.thumbnails_of([stored.item_id]) == {}
    stick = tmp_path / "stick"
    stick.mkdir()
    custody = [len(i.custody) for i in evidence.items(case_id)]
    with pytest.raises(EvidenceError) as caught:
        evx.export_package(evidence, case_id, stick, "Agent Jansen", lambda _c, t: t)
    message = str(caught.value)
    assert "stored original of B-001 is the same file" in message
    assert f"B-003 in {number}" in message
    assert "Nothing was exported" in message and "Mark as possibly sexual image" in message
    assert list(stick.iterdir()) == []  # not even a partial folder
    assert [len(i.custody) for i in evidence.items(case_id)] == custody
    # The adviser removes the original (the evidence tab's Mark as possibly sexual image…).
    evidence.withhold_stored(stored.item_id)
    folder = evx.export_package(evidence, case_id, stick, "Agent Jansen", lambda _c, t: t)
    written = sorted(p.name for p in folder.iterdir())
    assert [n for n in written if n.startswith("B-")] == ["B-002_notitie.txt"]
    assert all(photo not in p.read_bytes() for p in folder.iterdir())


def test_the_command_line_refuses_withheld_bytes_with_and_without_the_flag(
    case_dir: Path, tmp_path: Path
) -> None:
    from adviser_desk.services import case_file_service as svc
    from adviser_desk.services.protocol_data import protocol

    path = case_dir / "cli-withheld.adcase"
    service, _ = svc.create_case_file(path, PASSWORD, kdf.MINIMUM)
    cases = CaseService(service.case, protocol())
    exposing = _case(cases, dc.IncidentType.EXPOSING, "Filmpje")
    bullying = _case(cases, dc.IncidentType.CYBERBULLYING, "Pesten")
    numbers = [cases.get_case(c).number for c in (exposing, bullying)]
    EvidenceService(cases).add_bytes(exposing, FILES["filmpje.webm"], "filmpje.webm",
                                     description="Beschrijving",
                                     minor_sexual=True, where="TikTok")  # fmt: skip
    service.close()
    clip = tmp_path / "video.webm"
    clip.write_bytes(FILES["filmpje.webm"])

    def run(number: str, *extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "adviser_desk", "import-evidence", str(path), number,
             str(clip), "--password-stdin", *extra],
            input=PASSWORD + "\n", capture_output=True, text=True, timeout=180, check=False,
        )  # fmt: skip

    for number in numbers:
        for extra in ((), ("--confirm-no-minor-sexual-images",)):
            done = run(number, *extra)
            assert done.returncode != 0, done.stdout
            assert "added" not in done.stdout.replace("0 added", "")
            assert _names(done.stdout, "B-001", numbers[0], here=number == numbers[0])
            assert "Nothing was stored" in done.stdout
            assert "To answer" not in done.stdout  # no answer would store it
    service = svc.unlock_with_password(path, PASSWORD)
    try:
        evidence = EvidenceService(CaseService(service.case, protocol()))
        assert evidence.count(bullying) == 0 and evidence.count(exposing) == 1
        assert _blobs(evidence) == 0
    finally:
        service.close()
