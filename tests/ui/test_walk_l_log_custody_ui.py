"""Walk L, finding 6, through the real window: a description corrected in the removal form has
its own line in the evidence log's chain of custody, with its time and the text it replaced.
The police reader otherwise saw a description dated by "Recorded" that was written at the
removal. Read from the case's own history (the audit chain holds no texts, finding 14).

The row clicked, "Mark as possibly sexual image…" clicked, the description typed in the form,
"Remove stored original" clicked; then the log button's "Save as PDF…" (the file chooser
patched), and the PDF read back with pypdf.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.session import CaseFileSession, SessionSettings
from adviser_desk.storage import kdf
from adviser_desk.ui.common import i18n
from adviser_desk.ui.evidence.mark_dialog import MarkDialog
from tests.conftest import PASSWORD
from tests.ui.conftest import Opened, open_case, open_window
from tests.ui.drive import FileDialogs, Modals, button_named, click, click_row
from tests.ui.test_walk_k_removal_description_ui import class_photo

STAMP = r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC \(\+00:00\)"


@pytest.fixture
def dutch() -> Iterator[Callable[[], None]]:
    """Switches the app's language to Dutch when called."""
    yield lambda: i18n.install("nl") or pytest.fail("no Dutch catalogue")
    i18n.install("en")


def remove(
    qtbot: QtBot, opened: Opened, modals: Modals, keys: Callable[[QWidget], None], button: str
) -> None:
    widget = opened.widget
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1)
    click_row(qtbot, widget.table, 0)

    def form(dialog: QWidget) -> None:
        assert isinstance(dialog, MarkDialog)
        qtbot.waitExposed(dialog)
        keys(QApplication.focusWidget())
        qtbot.keyClicks(dialog.where, "groepsapp 2B")
        qtbot.keyClicks(dialog.seen_by, "mentor")
        click(qtbot, button_named(dialog, button))

    modals.expect(MarkDialog, form)
    mark = widget.findChild(QWidget, "withhold")
    assert mark is not None
    click(qtbot, mark)
    modals.wait_done()
    qtbot.waitUntil(lambda: not widget.busy and not opened.evidence.items(opened.case_id)[0].stored)


def saved_log(qtbot: QtBot, opened: Opened, files: FileDialogs, target: Path, label: str) -> str:
    """The log button's "Save as PDF…" triggered; the PDF's text, whitespace made single."""
    widget = opened.widget
    log = widget.findChild(QPushButton, "evidence_log")
    assert log is not None
    (save,) = [a for a in log.menu().actions() if a.text().replace("&", "") == label]
    files.save(target)
    save.trigger()
    qtbot.waitUntil(lambda: target.exists() and not widget.busy, timeout=30_000)
    return " ".join(" ".join(p.extract_text() for p in PdfReader(target).pages).split())


def in_dutch(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs, dutch: Callable[[], None]
) -> Opened:
    """A case file with the class photo, opened by a window started in Dutch (the language
    is read at start-up), the case and its Bewijs tab clicked."""
    path = case_dir / "NL.adcase"
    service, _ = svc.create_case_file(path, PASSWORD, kdf.MINIMUM)
    service.confirm_recovery_key_stored()
    service.update_profile("Marieke Jansen", "Het Baken College")
    with CaseFileSession(service, SessionSettings(language="nl")) as session:
        case_id = session.cases.create_case(
            dc.CaseDraft(title="Groepsfoto", incident_types=[dc.IncidentType.CYBERBULLYING])
        )
        class_photo(session, case_id)
    dutch()
    window = open_window(qtbot, path, modals, files)
    assert window.session is not None
    open_case(qtbot, window, case_id, "Bewijs")
    return Opened(window, window.page.case_view.evidence, window.session.evidence, case_id)


def test_the_dutch_log_says_when_the_description_was_added_to_and_what_it_was(
    qtbot: QtBot,
    case_dir: Path,
    modals: Modals,
    files: FileDialogs,
    documents: Path,
    dutch: Callable[[], None],
) -> None:
    opened = in_dutch(qtbot, case_dir, modals, files, dutch)

    def add_to(field: QWidget) -> None:
        qtbot.keyClicks(field, ", een leerling half ontkleed")

    remove(qtbot, opened, modals, add_to, "Opgeslagen origineel verwijderen")
    text = saved_log(qtbot, opened, files, documents / "bewijslijst.pdf", "Opslaan als pdf…")
    assert "groepsfoto klas, een leerling half ontkleed" in text, text
    custody = text[text.index("Bewaarketen") :]
    removed = re.search(
        rf"({STAMP}) opgeslagen origineel verwijderd \(mogelijk seksueel beeld van een "
        r"minderjarige\)",
        custody,
    )
    changed = re.search(
        rf"({STAMP}) beschrijving aangevuld bij het verwijderen van het origineel "
        r"\(eerder: ‘groepsfoto klas’\)",
        custody,
    )
    assert removed and changed, custody
    # Its own moment, after the removal it belongs to (the same second or the next).
    assert removed.start() < changed.start() and removed.group(1) <= changed.group(1)
    opened.widget.clear()  # a thumbnail worker ends before the file closes


def test_a_rewritten_description_says_changed_in_english(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    modals: Modals,
    files: FileDialogs,
    documents: Path,
) -> None:
    opened = open_tab(class_photo, dc.IncidentType.CYBERBULLYING)

    def rewrite(field: QWidget) -> None:
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(field, "screenshot: meisje in ondergoed")

    remove(qtbot, opened, modals, rewrite, "Remove stored original")
    text = saved_log(qtbot, opened, files, documents / "log.pdf", "Save as PDF…")
    assert "screenshot: meisje in ondergoed" in text
    assert re.search(
        rf"{STAMP} description changed when the original was removed "
        r"\(before: ‘groepsfoto klas’\)",
        text,
    ), text
    assert "added to" not in text
