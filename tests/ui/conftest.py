from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from adviser_desk.services import case_file_service as svc
from adviser_desk.storage import kdf
from adviser_desk.ui import fit, theme
from tests.conftest import PASSWORD


@pytest.fixture
def closed_case(case_dir: Path) -> Iterator[tuple[Path, str]]:
    """A case file on disk, closed, with its recovery key confirmed."""
    service, recovery = svc.create_case_file(case_dir / "Zaken.adcase", PASSWORD, kdf.MINIMUM)
    service.confirm_recovery_key_stored()
    path = service.path
    service.close()
    yield path, recovery.formatted()


@pytest.fixture(autouse=True, scope="session")
def app_wide_behaviour(qapp: QApplication) -> None:
    """What ``create_app`` installs on the real application: windows kept on their screen and
    the colour scheme followed."""
    if qapp.findChild(fit.ScreenFitter) is None:
        fit.install(qapp)
        theme.follow_system(qapp)
