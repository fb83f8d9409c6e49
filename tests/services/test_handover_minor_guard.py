"""Hand-over refuses, as the police export does, files still waiting for the answer about minors
and stored copies of bytes recorded as withheld (walk G2, finding 6): through the service with
two real case files and real media, and `adviser-desk hand-over` as a real process. Nothing is
written on either side."""

from __future__ import annotations

from pathlib import Path

import pytest

from adviser_desk.domain import cases as dc
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.evidence_intake import EvidenceError
from adviser_desk.services.session import CaseFileSession
from adviser_desk.storage import kdf
from tests import media
from tests.cli.test_cli import cli
from tests.conftest import NEW_PASSWORD, PASSWORD
from tests.services.test_handover import open_session

FILES = {name: data for name, _category, data in media.made("development")}


def _case(session: CaseFileSession, title: str, kind: dc.IncidentType) -> int:
    return session.cases.create_case(dc.CaseDraft(title=title, incident_types=[kind]))


def _becomes_exposing(session: CaseFileSession, case_id: int) -> list[str]:
    draft = session.cases.get_case(case_id).draft
    draft.incident_types = [*draft.incident_types, dc.IncidentType.EXPOSING]
    return session.cases.update_case(case_id, draft)


def _untouched(source: CaseFileSession, target: CaseFileSession, audit: tuple[int, int]) -> None:
    assert target.cases.list_cases() == []
    assert not any(row.handed_over for row in source.cases.list_cases())
    assert (len(source.file.audit_rows()), len(target.file.audit_rows())) == audit


def test_waiting_files_and_stored_withheld_copies_are_not_handed_over(case_dir: Path) -> None:
    source = open_session(case_dir / "Eigen.adcase", "Anna Jansen")
    target = open_session(case_dir / "Collega.adcase", "Bram de Wit")
    try:
        fake = _case(source, "Nepaccount", dc.IncidentType.FAKE_ACCOUNT)
        extortion = _case(source, "Afpersing", dc.IncidentType.SEXTORTION)
        fake_number = source.cases.get_case(fake).number
        extortion_number = source.cases.get_case(extortion).number
        evidence = source.evidence
        video = evidence.add_bytes(fake, FILES["filmpje.mp4"], "filmpje.mp4", "van de leerling")
        note = evidence.add_bytes(fake, b"Hij stuurde het door.\n", "notitie.txt")
        assert _becomes_exposing(source, fake) == [video.number]  # the text does not wait
        audit = (len(source.file.audit_rows()), len(target.file.audit_rows()))
        with pytest.raises(EvidenceError) as caught:
            source.handover.hand_over([fake], target, "Bram de Wit")
        message = str(caught.value)
        assert message.startswith(f"Not answered yet: {video.number}.")
        assert note.number not in message
        assert "Possibly sexual image? Answer" in message and "Nothing was handed over." in message
        assert "exported" not in message
        _untouched(source, target, audit)
        # A stored copy of bytes later recorded as withheld ("Keep for now", or an older file),
        # in a second case: refused first, each item named with its case.
        photo = FILES["foto.webp"]
        kept = evidence.add_bytes(extortion, photo, "foto.webp", minor_sexual=False)
        withheld = evidence.add_bytes(
            extortion,
            photo,
            "foto.webp",
            description="Beschrijving",
            minor_sexual=True,
            where="Instagram",
            seen_by="mentor",
        )
        audit = (len(source.file.audit_rows()), len(target.file.audit_rows()))
        with pytest.raises(EvidenceError) as caught:
            source.handover.hand_over([fake, extortion], target)
        message = str(caught.value)
        assert message.startswith(
            f"The stored original of {kept.number} in {extortion_number} is the same file"
        )
        assert f"{withheld.number} in {extortion_number}" in message
        assert "Nothing was handed over." in message
        _untouched(source, target, audit)
        # Both cases at once, the copy removed: the waiting file is named with its case.
        evidence.withhold_stored(kept.item_id)
        waiting = f"Not answered yet: {video.number} in {fake_number}"
        with pytest.raises(EvidenceError, match=waiting):
            source.handover.hand_over([extortion, fake], target)
        # Answered "no": the hand-over goes through, the video verified on arrival.
        evidence.answer_no(video.item_id)
        result = source.handover.hand_over([fake, extortion], target)
        assert [c.number for c in result.cases] == [fake_number, extortion_number]
        assert result.files_verified == 2  # the video and the note; the photo is not kept
    finally:
        source.close()
        target.close()


def test_the_command_line_refuses_before_asking_the_receiving_password(case_dir: Path) -> None:
    path = case_dir / "Eigen.adcase"
    with open_session(path, "Anna Jansen") as source:
        case_id = _case(source, "Pesten", dc.IncidentType.CYBERBULLYING)
        number = source.cases.get_case(case_id).number
        source.evidence.add_bytes(case_id, FILES["foto.jpg"], "foto.jpg")
        source.evidence.add_bytes(case_id, FILES["fotos.zip"], "fotos.zip")
        assert _becomes_exposing(source, case_id) == ["B-001", "B-002"]
    colleague = case_dir / "Collega.adcase"
    service, _ = svc.create_case_file(colleague, NEW_PASSWORD, kdf.MINIMUM)
    service.close()
    before = colleague.read_bytes()
    new = case_dir / "Nieuw.adcase"
    for target in (colleague, new):
        done = cli(
            "hand-over", str(path), number, "--to", str(target), "--password-stdin",
            "--kdf", "minimum", stdin=f"{PASSWORD}\n{NEW_PASSWORD}\n{NEW_PASSWORD}\n",
        )  # fmt: skip
        assert done.returncode == 1, done.stdout + done.stderr
        assert "Traceback" not in done.stderr and done.stdout == ""
        assert "Not answered yet: B-001, B-002." in done.stderr
        assert "Nothing was handed over." in done.stderr
    assert colleague.read_bytes() == before and not new.exists()
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as source:
        assert not any(row.handed_over for row in source.cases.list_cases())
