"""Case > Hand over… will not take a case whose files still wait for the answer about minors
(walk G2, finding 6), and says so as soon as the case is ticked, with Hand over off, before any
name or password is typed (walk H, finding 8). Escape with a typed name asks before dropping it
(walk H, finding 13). The real menu action, keys and buttons; nothing is patched."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QStyle, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.case_file.handover_dialog import HandoverDialog
from tests import media
from tests.conftest import NEW_PASSWORD, PASSWORD
from tests.ui.conftest import open_window
from tests.ui.drive import FileDialogs, Modals, button_named, click
from tests.ui.test_handover_ui import show_first_case

FILES = {name: data for name, _category, data in media.made("development")}


def waiting_case(session: CaseFileSession, title: str, files: list[str]) -> int:
    """A fake-account case holding ``files``, then made an exposing case: they wait."""
    case_id = session.cases.create_case(
        dc.CaseDraft(title=title, incident_types=[dc.IncidentType.FAKE_ACCOUNT])
    )
    for name in files:
        session.evidence.add_bytes(case_id, FILES[name], name)
    draft = session.cases.get_case(case_id).draft
    draft.incident_types = [dc.IncidentType.FAKE_ACCOUNT, dc.IncidentType.EXPOSING]
    session.cases.update_case(case_id, draft)
    return case_id


def tick(qtbot: QtBot, dialog: HandoverDialog, row: int) -> None:
    """Selects the row of the case list and presses Space, which ticks or unticks it."""
    cases = dialog.cases
    cases.setFocus()
    cases.setCurrentRow(row)
    qtbot.keyClick(cases, Qt.Key.Key_Space)


def test_a_ticked_case_with_waiting_files_is_said_at_once_and_hand_over_stays_off(
    qtbot: QtBot,
    closed_case: tuple[Path, str],
    case_dir: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    path, _ = closed_case
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as session:
        one = waiting_case(session, "Nepaccount", ["filmpje.mp4"])
        two = waiting_case(session, "Groepsapp", ["foto.jpg", "filmpje.mp4"])
    window = open_window(qtbot, path, modals, files)
    assert show_first_case(qtbot, window) in (one, two)
    target = case_dir / "Voor Carla.adcase"
    said: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, HandoverDialog)
        (chosen,) = dialog.chosen_ids()
        rows = {
            int(dialog.cases.item(r).data(Qt.ItemDataRole.UserRole)): r
            for r in range(dialog.cases.count())
        }
        # The case shown is ticked when the dialog opens: said before anything is typed.
        assert dialog.blocked.isVisible() and not dialog.ok.isEnabled()
        said.append(dialog.blocked.text())
        tick(qtbot, dialog, rows[chosen])  # untick it: the line goes
        assert not dialog.chosen_ids() and not dialog.blocked.isVisible()
        tick(qtbot, dialog, rows[one])  # one waiting file
        assert dialog.blocked.isVisible()
        said.append(dialog.blocked.text())
        tick(qtbot, dialog, rows[one])
        tick(qtbot, dialog, rows[two])  # two waiting files
        said.append(dialog.blocked.text())
        tick(qtbot, dialog, rows[one])  # both cases
        said.append(dialog.blocked.text())
        # Filled in completely, Hand over stays off while the line stands.
        qtbot.keyClicks(dialog.receiver, "Carla Visser")
        dialog.new_location.setFocus()
        dialog.new_location.selectAll()
        qtbot.keyClicks(dialog.new_location, str(target))
        qtbot.keyClicks(dialog.passwords.password, NEW_PASSWORD)
        qtbot.keyClicks(dialog.passwords.repeat, NEW_PASSWORD)
        assert not dialog.ok.isEnabled() and dialog.blocked.isVisible()
        tick(qtbot, dialog, rows[one])
        tick(qtbot, dialog, rows[two])
        assert not dialog.blocked.isVisible() and not dialog.ok.isEnabled()  # none ticked
        # Escape with the name and passwords typed asks first; Keep typing keeps them.
        modals.expect(QMessageBox, lambda box: click(qtbot, button_named(box, "Keep typing")))
        qtbot.keyClick(dialog.receiver, Qt.Key.Key_Escape)
        assert dialog.isVisible() and dialog.receiver.text() == "Carla Visser"
        modals.answer(QMessageBox.StandardButton.Discard)
        qtbot.keyClick(dialog.receiver, Qt.Key.Key_Escape)

    modals.expect(HandoverDialog, look)
    window.act_handover.trigger()
    modals.wait_done(timeout=60_000)
    assert any("Discard what you typed?" in t or "typed" in t for t in modals.texts)
    shown, first, many, both = said
    assert shown.startswith("Not answered yet: B-001"), shown
    assert first.startswith("Not answered yet: B-001."), first
    assert "select it on the Evidence tab" in first
    assert first.endswith("Until then Hand over stays off."), first
    assert many.startswith("Not answered yet: B-001, B-002."), many
    assert "select them on the Evidence tab one by one" in many
    assert "B-001 in " in both and "select them" in both
    assert not target.exists()
    cases = window.cases
    assert cases is not None
    assert not any(row.handed_over for row in cases.list_cases())
    window.act_close.trigger()


def test_escape_in_an_untouched_hand_over_asks_nothing(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    path, _ = closed_case
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as session:
        session.cases.create_case(
            dc.CaseDraft(title="Pesten", incident_types=[dc.IncidentType.CYBERBULLYING])
        )
    window = open_window(qtbot, path, modals, files)
    show_first_case(qtbot, window)
    closed: list[bool] = []

    def escape(dialog: QWidget) -> None:
        assert isinstance(dialog, HandoverDialog)
        assert not dialog.blocked.isVisible()  # a case without files waiting goes
        qtbot.keyClick(dialog.cases, Qt.Key.Key_Escape)
        closed.append(not dialog.isVisible())

    modals.expect(HandoverDialog, escape)
    window.act_handover.trigger()
    modals.wait_done(timeout=30_000)
    assert closed == [True]
    window.act_close.trigger()


def test_the_case_that_cannot_go_is_marked_on_its_row_and_nothing_moves(
    qtbot: QtBot,
    closed_case: tuple[Path, str],
    modals: Modals,
    files: FileDialogs,
) -> None:
    """Walk I, finding 20: the ticked case that cannot go looked like the others, and the
    line naming it came between the passwords and the buttons, so every field moved."""
    path, _ = closed_case
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as session:
        waiting = waiting_case(session, "Nepaccount", ["foto.jpg"])
        plain = session.cases.create_case(
            dc.CaseDraft(title="Pesten", incident_types=[dc.IncidentType.CYBERBULLYING])
        )
    window = open_window(qtbot, path, modals, files)
    show_first_case(qtbot, window)
    seen: list[object] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, HandoverDialog)
        rows = {
            int(dialog.cases.item(r).data(Qt.ItemDataRole.UserRole)): r
            for r in range(dialog.cases.count())
        }
        warning = dialog.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        sign = warning.pixmap(16).toImage()

        def marked(case_id: int) -> bool:
            return dialog.cases.item(rows[case_id]).icon().pixmap(16).toImage() == sign

        def places() -> tuple[int, int, int]:
            return tuple(  # type: ignore[return-value]
                w.mapTo(dialog, QPoint(0, 0)).y()
                for w in (dialog.to_new, dialog.receiver, dialog.ok)
            )

        for case_id in dialog.chosen_ids():  # start with none ticked
            tick(qtbot, dialog, rows[case_id])
        before = places()
        assert not dialog.blocked.isVisible() and not marked(waiting) and not marked(plain)
        tick(qtbot, dialog, rows[plain])
        tick(qtbot, dialog, rows[waiting])
        assert dialog.blocked.isVisible() and dialog.blocked.text().startswith(
            "Not answered yet: B-001"
        )
        tip = dialog.cases.item(rows[waiting]).toolTip()
        seen.append((marked(waiting), marked(plain), tip.startswith("Not answered yet")))
        seen.append(places() == before)
        tick(qtbot, dialog, rows[waiting])  # untick: the sign and the line go, nothing moves
        seen.append((marked(waiting), dialog.blocked.isVisible(), places() == before))
        qtbot.keyClick(dialog.cases, Qt.Key.Key_Escape)

    modals.expect(HandoverDialog, look)
    window.act_handover.trigger()
    modals.wait_done(timeout=30_000)
    assert seen == [(True, False, True), True, (False, False, True)]
    window.act_close.trigger()
