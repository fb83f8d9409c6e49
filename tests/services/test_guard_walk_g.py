"""The minor-image guard's holes walk G found at intake (issue 10), on real files: a damaged
image and a file over the size limit answered "yes, or not sure" are recorded as not kept with
the SHA-256 of what was received; the damage message never says to ask for the image again
where the question applies; a folder, an empty and a vanished file are caught by the quick
look before the intake dialog, and the system's untranslated reason is not shown."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from adviser_desk.domain import cases as dc
from adviser_desk.domain import evidence as de
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.evidence_intake import EvidenceError, Intake, quick_look
from adviser_desk.services.evidence_service import EvidenceService
from tests import media

WHERE, SEEN = "Snapchat-verhaal van @nep.3b", "de mentor"
YES = Intake("Afgekapte foto", minor_sexual=True, where=WHERE, seen_by=SEEN)
NO = Intake("Afgekapte foto", minor_sexual=False)


def case(cases: CaseService, kind: dc.IncidentType) -> int:
    return cases.create_case(dc.CaseDraft(title="Zaak", incident_types=[kind]))


def cut_jpeg(folder: Path) -> Path:
    """A real JPEG cut off in transfer: its first half."""
    whole = media.image_bytes("JPEG")
    path = folder / "IMG_2231.jpg"
    path.write_bytes(whole[: len(whole) // 2])
    return path


def messages(result: object) -> list[str]:
    return [str(exc) for _name, exc in result.failed]  # type: ignore[attr-defined]


def test_a_damaged_image_answered_yes_is_recorded_and_never_asked_for_again(
    cases: CaseService, tmp_path: Path
) -> None:
    evidence = EvidenceService(cases)
    exposing = case(cases, dc.IncidentType.EXPOSING)
    cut = cut_jpeg(tmp_path)
    result = evidence.add_files(exposing, [cut], YES)
    assert not result.failed
    (row,) = evidence.items(exposing)
    assert row.kind == de.EvidenceKind.WITHHELD and not row.stored
    assert row.sha256 == hashlib.sha256(cut.read_bytes()).hexdigest()
    assert (row.mime, row.location, row.seen_by) == ("image/jpeg", WHERE, SEEN)
    assert evidence.original(row.item_id) == b""
    # The same bytes answered "No": refused naming the record, not as damaged, which would
    # invite a second record (walk G2, finding 4).
    (text,) = messages(evidence.add_files(exposing, [cut], NO))
    assert "the same file (identical SHA-256) as B-001 in " in text and "damaged" not in text
    # Another damaged image, "No": not stored, and the message does not send the adviser to
    # ask for it again.
    other = tmp_path / "other"
    other.mkdir()
    shorter = other / "IMG_2232.jpg"
    shorter.write_bytes(cut.read_bytes()[: cut.stat().st_size // 2])
    (text,) = messages(evidence.add_files(exposing, [shorter], NO))
    assert "damaged or cut off" in text and "ask for the original again" not in text
    assert "Do not ask for the image again" in text
    # A bytes intake (a paste) the same.
    data = cut.read_bytes()
    pasted = evidence.add_bytes(
        exposing, data, "pasted.jpg", description="Beschrijving", minor_sexual=True, where=WHERE
    )
    assert pasted.kind == de.EvidenceKind.WITHHELD
    # A non-sexual case, marked as possibly sexual: the same question, the same record.
    bullying = case(cases, dc.IncidentType.CYBERBULLYING)
    marked = Intake(
        description="Beschrijving", minor_sexual=True, marked_sexual=True, where=WHERE, seen_by=SEEN
    )
    assert not evidence.add_files(bullying, [cut], marked).failed
    assert evidence.items(bullying)[0].kind == de.EvidenceKind.WITHHELD
    # Unmarked there: no question, refused as damaged, and asking again is the advice (for
    # bytes never withheld; the withheld ones are refused naming their records).
    (text,) = messages(evidence.add_files(bullying, [shorter], Intake()))
    assert "ask for the original again" in text
    (text,) = messages(evidence.add_files(bullying, [cut], Intake()))
    assert "identical SHA-256" in text and "ask for the original again" not in text


def test_a_file_named_as_an_image_that_is_not_one_gets_the_question_first(
    cases: CaseService, tmp_path: Path
) -> None:
    evidence = EvidenceService(cases)
    exposing = case(cases, dc.IncidentType.EXPOSING)
    odd = tmp_path / "foto.jpg"
    odd.write_bytes(bytes((i * 37 + 11) % 256 for i in range(4096)))  # unknown content
    assert not evidence.add_files(exposing, [odd], YES).failed
    assert evidence.items(exposing)[0].kind == de.EvidenceKind.WITHHELD
    (text,) = messages(evidence.add_files(exposing, [odd], NO))
    assert "not an image" in text


def test_a_file_over_the_limit_answered_yes_is_recorded_with_its_streamed_hash(
    cases: CaseService, tmp_path: Path
) -> None:
    video = media.video_bytes(".mp4", "-c:v", "libx264")
    evidence = EvidenceService(cases, max_bytes=len(video) // 2)
    exposing = case(cases, dc.IncidentType.EXPOSING)
    big = tmp_path / "VID_0042.mp4"
    big.write_bytes(video)
    # Without an answer, or "no": over the limit, nothing stored.
    for intake in (Intake(), NO):
        (text,) = messages(evidence.add_files(exposing, [big], intake))
        assert "the limit for one evidence file" in text
    assert evidence.count(exposing) == 0
    result = evidence.add_files(exposing, [big], YES)
    assert not result.failed and result.added == ["B-001"]
    (row,) = evidence.items(exposing)
    assert row.kind == de.EvidenceKind.WITHHELD and not row.stored
    assert row.sha256 == hashlib.sha256(video).hexdigest()
    assert (row.mime, row.location, row.seen_by) == ("video/mp4", WHERE, SEEN)
    assert evidence.original(row.item_id) == b""
    # A pasted one (bytes) too.
    row = evidence.add_bytes(
        exposing, video, "pasted.mp4", description="Beschrijving", minor_sexual=True, where=WHERE
    )
    assert row.kind == de.EvidenceKind.WITHHELD and row.sha256 == hashlib.sha256(video).hexdigest()
    # In a case where the question does not apply the limit holds as before.
    bullying = case(cases, dc.IncidentType.CYBERBULLYING)
    (text,) = messages(evidence.add_files(bullying, [big], Intake()))
    assert "the limit for one evidence file" in text


def test_the_quick_look_catches_folders_empty_and_vanished_files_before_the_dialog(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "a_directory"
    folder.mkdir()
    empty = tmp_path / "leeg.png"
    empty.write_bytes(b"")
    gone = tmp_path / "gone.jpg"
    cut = cut_jpeg(tmp_path)
    photo = tmp_path / "foto.png"
    photo.write_bytes(media.image_bytes("PNG"))
    look = quick_look([folder, empty, gone, cut, photo], 200 * 2**20)
    refused = {path.name: str(exc) for path, exc in look.refused}
    assert refused.keys() == {"a_directory", "leeg.png", "gone.jpg", "IMG_2231.jpg"}
    assert "is a folder" in refused["a_directory"]
    assert "is empty" in refused["leeg.png"]
    # The system's own English reason is not passed on (walk G, finding 10).
    assert refused["gone.jpg"] == (
        "gone.jpg is no longer there (moved or deleted after it was chosen); nothing was stored."
    )
    # Only the damaged image may still be a picture, to be asked about.
    assert look.may_be_picture == {cut}


def test_a_refused_data_address_is_not_echoed_at_length(cases: CaseService) -> None:
    import base64

    evidence = EvidenceService(cases)
    address = "data:image/jpeg;base64," + base64.b64encode(media.image_bytes("JPEG")).decode()
    with pytest.raises(EvidenceError) as refused:
        evidence.add_url(case(cases, dc.IncidentType.EXPOSING), address)
    text = str(refused.value)
    assert text.startswith("“data:image/jpeg;base64,")
    assert "…” is not a web address" in text and len(text) < 160, text
