from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from adviser_desk.services import case_file_service as svc
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.interview_service import InterviewService
from adviser_desk.services.protocol_data import interview_guide, protocol
from adviser_desk.storage import kdf
from tests.conftest import PASSWORD


@pytest.fixture
def cases(case_dir: Path) -> Iterator[CaseService]:
    service, _ = svc.create_case_file(case_dir / "Zaken.adcase", PASSWORD, kdf.MINIMUM)
    service.confirm_recovery_key_stored()
    yield CaseService(service.case, protocol(), "nl")
    service.close()


@pytest.fixture
def interviews(cases: CaseService) -> InterviewService:
    return InterviewService(cases, interview_guide())
