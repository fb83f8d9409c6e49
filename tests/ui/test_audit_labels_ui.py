"""The audit view names every action in the adviser's language, never by its stored id
(issue 13: "the audit view shows a label for every action in both languages")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from adviser_desk.domain import audit_actions
from adviser_desk.domain.audit_actions import AuditAction
from adviser_desk.ui.common import i18n
from adviser_desk.ui.shell.audit_model import COL_ACTION
from tests.ui.conftest import demo_file, open_window
from tests.ui.drive import FileDialogs, Modals, click_tab

AUDIT_TAB = {"en": "Case file and audit log", "nl": "Zaakbestand en auditlog"}


@pytest.fixture(params=["en", "nl"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    assert i18n.install(request.param)
    yield request.param
    i18n.install("en")


def test_every_action_has_its_own_dutch_label() -> None:
    """Also the actions the demo file below never records: each has a Dutch label of its own."""
    assert i18n.install("nl")
    try:
        for action in AuditAction:
            english = audit_actions.label(action)
            dutch = QCoreApplication.translate(audit_actions.CONTEXT, english)
            assert dutch and dutch != english and dutch != action.value, action
    finally:
        i18n.install("en")


def test_the_audit_tab_shows_labels_not_ids(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs, language: str
) -> None:
    path, _ = demo_file(case_dir / "Demo.adcase", language=language)
    window = open_window(qtbot, path, modals, files)
    click_tab(qtbot, window.page.tabs, AUDIT_TAB[language])
    model = window.page.model
    assert model.rowCount() > 20
    recorded = set()
    for row in range(model.rowCount()):
        event = model.row_at(row)
        assert event is not None
        shown = model.index(row, COL_ACTION).data()
        english = audit_actions.label(event.action)
        assert english != event.action, f"no label for {event.action}"
        assert shown == QCoreApplication.translate(audit_actions.CONTEXT, english)
        assert shown != event.action
        if language == "nl":
            assert shown != english, event.action
        recorded.add(event.action)
    assert len(recorded) >= 8  # the demo file records many kinds of action
    window.act_close.trigger()


def test_an_export_start_shows_its_folder_not_the_temporary_one(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    """The audit row for a police export's start named '.NAME.partial', an internal temporary
    folder (walk 4, W22); the chain keeps it (leftovers are found by it), the view shows NAME."""
    from adviser_desk.services import case_file_service as svc
    from adviser_desk.services import export_leftovers
    from adviser_desk.ui.shell.audit_model import COL_SUBJECT
    from tests.conftest import PASSWORD

    path, _ = demo_file(case_dir / "Zaken.adcase")
    stick = case_dir / "usb"
    service = svc.unlock_with_password(path, PASSWORD)
    export_leftovers.record_start(service.case, stick / ".2026-001 bewijs 2026-12-03.partial")
    service.close()
    window = open_window(qtbot, path, modals, files)
    click_tab(qtbot, window.page.tabs, AUDIT_TAB["en"])
    model = window.page.model
    shown = [
        model.index(row, COL_SUBJECT).data()
        for row in range(model.rowCount())
        if (event := model.row_at(row)) is not None
        and event.action == AuditAction.EVIDENCE_EXPORT_STARTED
    ]
    assert shown == [f"{stick}/2026-001 bewijs 2026-12-03"]
    window.act_close.trigger()


def test_restoring_a_backup_is_recorded_in_the_restored_copy(
    qtbot: QtBot, case_dir: Path, tmp_path: Path, modals: Modals, files: FileDialogs
) -> None:
    """File > Restore from backup (walk 4, W22): the second chooser was titled 'Create a case
    file' with no name, and the restored copy's audit log ended before the backup. It now
    says what it is for, proposes a free name beside the case files, and the copy's audit tab
    ends with the restore, naming the backup."""
    from adviser_desk.services import case_file_service as svc
    from adviser_desk.ui.case_file.unlock_dialog import UnlockDialog
    from adviser_desk.ui.shell.audit_model import COL_SUBJECT
    from tests.conftest import PASSWORD
    from tests.ui.drive import type_and_enter

    path, _ = demo_file(case_dir / "Zaken.adcase")
    stick = tmp_path / "stick"
    stick.mkdir()
    service = svc.unlock_with_password(path, PASSWORD)
    backup = service.make_backup(stick)
    service.close()
    window = open_window(qtbot, path, modals, files)
    target = case_dir / "Zaken (restored).adcase"
    files.open(backup).save(target)
    modals.expect(UnlockDialog, type_and_enter(qtbot, "password", PASSWORD)).accept_box()
    window.act_restore.trigger()
    qtbot.waitUntil(lambda: window.service is not None and window.service.path == target)
    modals.wait_done()
    assert files.titles[-2:] == [
        "Choose the backup to restore",
        "Save the restored copy of the backup as",
    ]
    proposed = window.settings.case_file_folder() / "Zaken (restored).adcase"
    assert files.proposed[-1] == str(proposed)
    click_tab(qtbot, window.page.tabs, AUDIT_TAB["en"])
    model = window.page.model
    last = max(range(model.rowCount()), key=lambda r: model.row_at(r).seq)  # type: ignore[union-attr]
    assert model.index(last, COL_ACTION).data() == "Restored from a backup"
    assert model.index(last, COL_SUBJECT).data() == str(backup)
    window.act_close.trigger()
