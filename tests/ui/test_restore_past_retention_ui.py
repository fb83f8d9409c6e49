"""A restored backup brings back the cases it held, also one purged since: after the restore
the app names the cases past retention in the copy, and the purge question says backups still
hold the case (walk 12, W12-11: the purged case came back without a word)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.ui.case.retention_dialog import RetentionDialog
from adviser_desk.ui.case_file.unlock_dialog import UnlockDialog
from adviser_desk.ui.common import format as fmt
from tests.conftest import PASSWORD
from tests.ui.conftest import open_window
from tests.ui.drive import FileDialogs, Modals, button_named, click, type_and_enter


def test_purge_question_names_backups_and_a_restore_names_the_case_back(
    qtbot: QtBot,
    closed_case: tuple[Path, str],
    case_dir: Path,
    stick: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    path, _ = closed_case
    window = open_window(qtbot, path, modals, files)
    cases = window.cases
    assert cases is not None
    opened = date(2020, 1, 6)
    case_id = cases.create_case(
        dc.CaseDraft(
            title="Oude zaak", incident_types=[dc.IncidentType.EXPOSING], opened_on=opened
        ),
        today=opened,
    )
    number = cases.get_case(case_id).number
    draft = cases.get_case(case_id).draft
    draft.status = dc.CaseStatus.CLOSED
    cases.update_case(case_id, draft, today=date(2020, 3, 2))
    files.folder(stick)
    modals.accept_box()  # "Backup made"
    window.act_backup.trigger()
    modals.wait_done(60_000)
    (backup,) = stick.glob("*/*.adcase")

    def purge(dialog: QWidget) -> None:
        assert isinstance(dialog, RetentionDialog)
        modals.answer("Purge for good")
        click(qtbot, dialog.purge_button)
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=20_000)
        click(qtbot, button_named(dialog, "Close"))

    modals.expect(RetentionDialog, purge)
    window.act_retention.trigger()
    modals.wait_done()
    assert "Backups made before today still hold this case" in modals.texts[-1]
    assert all(row.case_id != case_id for row in cases.list_cases())

    target = case_dir / "Zaken (teruggezet).adcase"
    files.open(backup).save(target)
    modals.expect(UnlockDialog, type_and_enter(qtbot, "password", PASSWORD))
    modals.accept_box()  # "Backup restored"
    modals.answer(QMessageBox.StandardButton.Ok)
    window.act_restore.trigger()
    modals.wait_done(60_000)
    assert window.service is not None and window.service.path == target
    said = modals.texts[-1]
    assert f"1 case past the retention period or handed over: {number}." in said or (
        f"1 case(s) past the retention period or handed over: {number}." in said
    ), said
    assert "Purge them again" in said
    # And when it was purged, from the file open before, a later state of the same case file
    # (walk 13: the date was not said).
    assert said.endswith(
        f"Purged from {path.name} before this restore: {number} on {fmt.date_text(date.today())}."
    ), said
    window.act_close.trigger()
