from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from adviser_desk.resources import resources_dir
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.interview_service import InterviewService
from adviser_desk.services.protocol_data import interview_guide, protocol
from tests.conftest import opened_copy
from tests.services.helpers import Translate


@pytest.fixture
def cases(case_dir: Path) -> Iterator[CaseService]:
    """A new case file's cases (about a hundred tests): a copy, see tests.conftest.opened_copy."""
    service, _ = opened_copy(case_dir / "Zaken.adcase")
    yield CaseService(service.case, protocol(), "nl")
    service.close()


@pytest.fixture
def interviews(cases: CaseService) -> InterviewService:
    return InterviewService(cases, interview_guide())


@pytest.fixture(scope="session")
def dutch() -> Translate:
    """The real Dutch catalogue, as the window hands it to the services."""
    translator = QTranslator()
    qm = resources_dir() / "translations" / "adviser_desk_nl.qm"
    assert translator.load(str(qm)), qm
    return lambda context, text: translator.translate(context, text) or text
