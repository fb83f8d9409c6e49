"""What the Timeline tab says, read from the tab as the adviser sees it.

- A count of 1 reads in the singular, in Dutch too: "1 protocoltaak toegevoegd", not
  "1 protocoltaken toegevoegd".
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import delete, select

from adviser_desk.domain import cases as dc
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.session import CaseFileSession, SessionSettings
from adviser_desk.storage import kdf
from adviser_desk.storage.models import Task
from adviser_desk.ui.common import i18n
from adviser_desk.ui.shell.main_window import MainWindow
from tests.conftest import PASSWORD
from tests.ui.conftest import open_case, open_window
from tests.ui.drive import FileDialogs, Modals, activate, click, click_tab

Prepare = Callable[[CaseFileSession, int], None]


@pytest.fixture
def dutch() -> Iterator[None]:
    assert i18n.install("nl")
    yield
    i18n.install("en")


def open_in(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs, prepare: Prepare
) -> tuple[MainWindow, int]:
    """A case file with one cyberbullying case and what ``prepare`` stores, opened by Ctrl+O
    and the password in the window's language, the case clicked in the list."""
    path = case_dir / "T.adcase"
    service, _ = svc.create_case_file(path, PASSWORD, kdf.MINIMUM)
    service.confirm_recovery_key_stored()
    service.update_profile("Marieke Jansen", "Het Baken College")
    with CaseFileSession(service, SessionSettings(language="en")) as session:
        draft = dc.CaseDraft(title="Pesten", incident_types=[dc.IncidentType.CYBERBULLYING])
        case_id = session.cases.create_case(draft)
        prepare(session, case_id)
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, case_id)
    return window, case_id


def timeline_texts(qtbot: QtBot, window: MainWindow, tab: str) -> list[str]:
    """The Timeline tab's lines, read again from the case file when the tab is clicked."""
    view = window.page.case_view
    click_tab(qtbot, view.tabs, tab)
    model = view.timeline.model
    return [str(model.index(r, model.WHAT).data()) for r in range(model.rowCount())]


def one_protocol_task_missing(session: CaseFileSession, case_id: int) -> None:
    """As in a case made before the protocol gained an item: the next save adds one task."""
    with session.cases.case_file.transaction() as db:
        last = db.scalar(
            select(Task.id)
            .where(Task.case_id == case_id, Task.item_key.is_not(None))
            .order_by(Task.id.desc())
        )
        db.execute(delete(Task).where(Task.id == last))


def test_one_protocol_task_added_reads_in_the_singular_in_dutch(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs, dutch: None
) -> None:
    window, _case_id = open_in(qtbot, case_dir, modals, files, one_protocol_task_missing)
    view = window.page.case_view
    click_tab(qtbot, view.tabs, "Overzicht")
    activate(qtbot, window)
    qtbot.keyClicks(view.overview.title, " (klas 2b)")
    click(qtbot, view.overview.save_button)
    qtbot.waitUntil(lambda: not view.overview.is_dirty())
    texts = timeline_texts(qtbot, window, "Tijdlijn en notities")
    assert "1 protocoltaak toegevoegd" in texts, texts
    assert "1 protocoltaken toegevoegd" not in texts, texts
    window.act_close.trigger()
