"""The look before the intake dialog refuses bytes recorded as withheld, naming the record
(guardE), on a real SQLCipher case file and real files: a sound file, a damaged one (refused as
withheld, not as damaged, and not offered to be marked) and, in a case file without any withheld
record, nothing is hashed at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from adviser_desk.domain import cases as dc
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.evidence_service import EvidenceService
from adviser_desk.ui.common.i18n import error_text
from tests import media

FILES = {name: data for name, _category, data in media.made("development")}


@pytest.fixture
def evidence(cases: CaseService) -> EvidenceService:
    return EvidenceService(cases)


def _case(cases: CaseService) -> int:
    draft = dc.CaseDraft(title="Exposing", incident_types=[dc.IncidentType.EXPOSING])
    return cases.create_case(draft)


def test_no_withheld_record_means_nothing_is_hashed(
    evidence: EvidenceService, cases: CaseService, tmp_path: Path
) -> None:
    case_id = _case(cases)
    evidence.add_bytes(case_id, FILES["foto.jpg"], "foto.jpg", minor_sexual=False)
    path = tmp_path / "foto.png"
    path.write_bytes(FILES["foto.png"])
    look = evidence.look_before_intake([path])
    assert look.digests == {} and look.refused == []


def test_withheld_bytes_are_refused_in_the_look_naming_the_record(
    evidence: EvidenceService, cases: CaseService, tmp_path: Path
) -> None:
    case_id = _case(cases)
    number = cases.get_case(case_id).number
    cut = FILES["foto.jpg"][:-600]  # cut off: a damaged image
    evidence.add_bytes(
        case_id,
        FILES["filmpje.webm"],
        "a.webm",
        description="Beschrijving",
        minor_sexual=True,
        where="x",
    )
    evidence.add_bytes(
        case_id, cut, "cut.jpg", description="Beschrijving", minor_sexual=True, where="y"
    )
    film, damaged, other = tmp_path / "film.webm", tmp_path / "kapot.jpg", tmp_path / "b.gif"
    film.write_bytes(FILES["filmpje.webm"])
    damaged.write_bytes(cut)
    other.write_bytes(FILES["foto.gif"])
    look = evidence.look_before_intake([film, damaged, other])
    told = {path.name: error_text(exc) for path, exc in look.refused}
    assert set(told) == {"film.webm", "kapot.jpg"}
    assert told["film.webm"].startswith(
        f"film.webm is the same file (identical SHA-256) as B-001 in {number}"
    )
    assert told["kapot.jpg"].startswith(
        f"kapot.jpg is the same file (identical SHA-256) as B-002 in {number}"
    )
    assert not look.may_be_picture  # never offered to be recorded a second time
    assert other in look.digests
