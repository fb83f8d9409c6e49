from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from adviser_desk.services.case_service import CaseService
from adviser_desk.services.interview_service import InterviewService
from adviser_desk.services.protocol_data import interview_guide, protocol
from tests.conftest import opened_copy


@pytest.fixture
def cases(case_dir: Path) -> Iterator[CaseService]:
    """A new case file's cases (about a hundred tests): a copy, see tests.conftest.opened_copy."""
    service, _ = opened_copy(case_dir / "Zaken.adcase")
    yield CaseService(service.case, protocol(), "nl")
    service.close()


@pytest.fixture
def interviews(cases: CaseService) -> InterviewService:
    return InterviewService(cases, interview_guide())
