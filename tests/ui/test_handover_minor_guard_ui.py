"""Case > Hand over… refuses a case whose file still waits for the answer about minors (walk G2,
finding 6): the real menu action and buttons; only the OS file chooser is answered by the test.
The message names the file and how to answer, and no receiving case file is made."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.case_file.handover_dialog import HandoverDialog
from tests import media
from tests.conftest import NEW_PASSWORD, PASSWORD
from tests.ui.conftest import open_window
from tests.ui.drive import FileDialogs, Modals, click
from tests.ui.test_handover_ui import show_first_case

FILES = {name: data for name, _category, data in media.made("development")}


def test_a_file_waiting_for_the_answer_stops_the_hand_over(
    qtbot: QtBot,
    closed_case: tuple[Path, str],
    case_dir: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    path, _ = closed_case
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as session:
        case_id = session.cases.create_case(
            dc.CaseDraft(title="Nepaccount", incident_types=[dc.IncidentType.FAKE_ACCOUNT])
        )
        session.evidence.add_bytes(case_id, FILES["filmpje.mp4"], "filmpje.mp4")
        draft = session.cases.get_case(case_id).draft
        draft.incident_types = [dc.IncidentType.FAKE_ACCOUNT, dc.IncidentType.EXPOSING]
        assert session.cases.update_case(case_id, draft) == ["B-001"]
    window = open_window(qtbot, path, modals, files)
    assert show_first_case(qtbot, window) == case_id
    target = case_dir / "Voor Carla.adcase"
    files.save(target)
    said: list[str] = []

    def fill_in(dialog: QWidget) -> None:
        assert isinstance(dialog, HandoverDialog)
        assert dialog.chosen_ids() == [case_id]
        qtbot.keyClicks(dialog.receiver, "Carla Visser")
        click(qtbot, dialog.findChild(QWidget, "browse_new"))  # type: ignore[arg-type]
        qtbot.keyClicks(dialog.passwords.password, NEW_PASSWORD)
        qtbot.keyClicks(dialog.passwords.repeat, NEW_PASSWORD)
        click(qtbot, dialog.ok)
        qtbot.waitUntil(lambda: not dialog.working, timeout=30_000)
        assert dialog.error.isVisible()
        said.append(dialog.error.text())
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Cancel))

    modals.expect(HandoverDialog, fill_in)
    window.act_handover.trigger()
    modals.wait_done(timeout=60_000)
    (message,) = said
    assert message.startswith("Not answered yet: B-001."), message
    assert "Possibly sexual image? Answer" in message and "Nothing was handed over." in message
    assert not target.exists()
    cases = window.cases
    assert cases is not None
    assert not any(row.handed_over for row in cases.list_cases())
    window.act_close.trigger()
