"""Small helpers the service tests share (fixtures live in conftest.py)."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader

from adviser_desk.domain import cases as dc
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.case_views import PersonInput
from adviser_desk.services.texts import english as english  # the services' own English hook

Translate = Callable[[str, str], str]


def case_with_victim(
    cases: CaseService, title: str, kind: dc.IncidentType, images: dc.ImagesState, victim: str
) -> int:
    """A new case of one incident type, with the student it happened to as its victim."""
    case_id = cases.create_case(dc.CaseDraft(title=title, incident_types=[kind], images=images))
    cases.add_person(case_id, PersonInput(victim, dc.Role.VICTIM))
    return case_id


def pdf_text(path: Path) -> str:
    """The text of every page of a PDF written to ``path``, read back with pypdf."""
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def pdf_words(pdf: bytes) -> str:
    """The text of every page of a PDF, its words one space apart (line breaks and the
    no-break space in dates read back as plain spaces)."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(p.extract_text() for p in pages).split())
