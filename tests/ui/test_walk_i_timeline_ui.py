"""What the Timeline tab says, read from the tab as the adviser sees it.

- A count of 1 reads in the singular, in Dutch too: "1 protocoltaak toegevoegd", not
  "1 protocoltaken toegevoegd".
- The answers to the question about minors are there, "No, keep it" too, with who gave them,
  and a removal says why the original went: the answer for that file, or the same file
  answered in another case (walk I, finding 28). Nothing of what the image shows.
- "No" given in the Add-evidence form itself is in the "added" line, with who gave it (walk K,
  finding 10).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import delete, select

from adviser_desk.domain import cases as dc
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.session import CaseFileSession, SessionSettings
from adviser_desk.storage import kdf
from adviser_desk.storage.models import Task
from adviser_desk.ui.common import i18n
from adviser_desk.ui.evidence.evidence_dialogs import IntakeDialog
from adviser_desk.ui.evidence.mark_dialog import MarkDialog
from adviser_desk.ui.shell.main_window import MainWindow
from tests.conftest import PASSWORD
from tests.ui.conftest import Opened, add_files, open_case, open_window
from tests.ui.drive import FileDialogs, Modals, activate, button_named, by_label, click, click_tab
from tests.ui.test_pending_question_ui import FILES, answer, become_exposing

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


def two_cases_one_film(session: CaseFileSession, case_id: int) -> None:
    """The case (fake account) holds a photo and a film; another case holds the same film."""
    session.evidence.add_bytes(case_id, FILES["foto.jpg"], "foto.jpg", "Profielfoto")
    session.evidence.add_bytes(case_id, FILES["filmpje.mp4"], "filmpje.mp4", "Bewerkt filmpje")
    other = session.cases.create_case(
        dc.CaseDraft(title="Groepsapp", incident_types=[dc.IncidentType.FAKE_ACCOUNT])
    )
    session.evidence.add_bytes(other, FILES["filmpje.mp4"], "filmpje.mp4", "Doorgestuurd")


def test_the_timeline_says_each_answer_and_why_an_original_went(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    opened = open_tab(two_cases_one_film, dc.IncidentType.FAKE_ACCOUNT)
    window, case_id = opened.window, opened.case_id
    cases = window.cases
    assert cases is not None
    other = next(r.case_id for r in cases.list_cases() if r.case_id != case_id)
    seen: list[str] = []
    modals.expect(QMessageBox, answer(qtbot, seen, "No, keep it"))
    modals.expect(QMessageBox, answer(qtbot, seen, "Yes, or not sure…"))

    def mark(dialog: QWidget) -> None:
        assert isinstance(dialog, MarkDialog)
        qtbot.keyClicks(dialog.where, "TikTok @nep_3b")
        qtbot.keyClicks(by_label(dialog, "Who has seen it"), "mentor")
        click(qtbot, button_named(dialog, "Remove stored original"))

    modals.expect(MarkDialog, mark)
    become_exposing(qtbot, opened)
    modals.wait_done()
    qtbot.waitUntil(lambda: not opened.widget.busy)
    qtbot.waitUntil(lambda: not opened.evidence.items(case_id)[1].stored)
    number = cases.get_case(case_id).number
    by = "Marieke Jansen"
    texts = timeline_texts(qtbot, window, "Timeline and notes")
    # The save that made it an exposing case says so.
    assert (
        "Case details changed; incident type ticked: Unwanted sexting / exposing (shame "
        "sexting, revenge porn)"
    ) in texts, texts
    assert f"Question about minors for B-001 answered “no” by {by}: the file is kept" in texts
    assert (
        "Stored original of B-002 removed after the question about minors, answered “yes, or "
        f"not sure” by {by}; description and SHA-256 kept"
    ) in texts, texts
    # The same film in the other case went with it, and its timeline says why.
    open_case(qtbot, window, other)
    texts = timeline_texts(qtbot, window, "Timeline and notes")
    assert (
        f"Stored original of B-001 removed: the same file as B-002 in case {number}, for which "
        f"{by} answered the question about minors “yes, or not sure”; description and SHA-256 "
        "kept"
    ) in texts, texts
    # The removal line says nothing of what the image shows. The copy took the form's
    # description, as it took Where and Who (walk L, finding 20): its own line says so, with the
    # text it replaced, as the item's would.
    changed = f"Description of B-001 changed by {by}: “Doorgestuurd” is now “Bewerkt filmpje”"
    assert changed in texts, texts
    others = [t for t in texts[1:] if t != changed]
    assert not any("Doorgestuurd" in t or "Bewerkt" in t for t in others), texts
    window.act_close.trigger()


def test_a_no_given_in_the_intake_form_is_on_the_timeline(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    modals: Modals,
    files: FileDialogs,
    tmp_path: Path,
) -> None:
    """Walk K, finding 10: "No" answered in the Add-evidence form is accountable as a later
    answer is: the "added" line says it, and who gave it; a file answered "yes" does not."""
    opened = open_tab()  # an exposing case: the intake form asks the question
    window = opened.window
    film = tmp_path / "filmpje.mp4"
    film.write_bytes(FILES["filmpje.mp4"])

    def no(dialog: QWidget) -> None:
        assert isinstance(dialog, IntakeDialog)
        qtbot.keyClicks(dialog.description, "Doorgestuurd filmpje")
        click(qtbot, dialog.minor_no)
        qtbot.keyClick(dialog.description, Qt.Key.Key_Return)  # OK is the form's default

    modals.expect(IntakeDialog, no)
    add_files(qtbot, opened.widget, files, [film])
    modals.wait_done()
    qtbot.waitUntil(lambda: len(opened.evidence.items(opened.case_id)) == 1)
    texts = timeline_texts(qtbot, window, "Timeline and notes")
    added = [t for t in texts if t.startswith("Evidence B-001 added")]
    assert added == [
        "Evidence B-001 added (Video): filmpje.mp4 — question about minors answered “no” by "
        "Marieke Jansen"
    ], texts
    assert not any("Doorgestuurd" in t for t in texts), texts
    window.act_close.trigger()
