"""Qt item model, worker threads, settings dialog and translations without a main window."""

from __future__ import annotations

import gc
import re
import threading
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from pytestqt.qtbot import QtBot

from adviser_desk import catalogues
from adviser_desk.resources import resources_dir
from adviser_desk.services.case_file_service import AuditRow
from adviser_desk.ui.common import i18n
from adviser_desk.ui.common import settings as prefs
from adviser_desk.ui.common.workers import Task
from adviser_desk.ui.shell.audit_model import (
    COL_ACTION,
    COL_SEQ,
    SORT_ROLE,
    AuditTableModel,
    make_proxy,
)
from adviser_desk.ui.shell.settings_dialog import SettingsDialog
from tests.ui.drive import press_ok

ROWS = [
    AuditRow(
        1, "2026-11-21T09:00:00.000000Z", "juf Anouk", "case_file.created", "Z.adcase", "a" * 64
    ),
    AuditRow(2, "2026-11-21T09:05:00.000000Z", "juf Anouk", "backup.made", "/media/usb", "b" * 64),
    AuditRow(10, "2026-11-21T10:00:00.000000Z", "meester Şükrü", "password.changed", "", "c" * 64),
]


def test_audit_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = AuditTableModel()
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    assert model.data(model.index(0, COL_ACTION)) == "Case file created"
    assert "SHA-256" in str(model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole))


def test_proxy_sorts_numbers_as_numbers_and_filters_any_column() -> None:
    model = AuditTableModel()
    model.set_rows(ROWS)
    proxy = make_proxy(model)
    proxy.sort(COL_SEQ, Qt.SortOrder.DescendingOrder)
    assert [proxy.data(proxy.index(r, COL_SEQ), SORT_ROLE) for r in range(3)] == [10, 2, 1]
    proxy.setFilterFixedString("şükrü")
    assert proxy.rowCount() == 1


def test_task_reports_progress_and_result(qtbot: QtBot) -> None:
    seen: list[tuple[int, int]] = []

    def job(progress, cancelled):  # type: ignore[no-untyped-def]
        for i in range(1, 4):
            progress(i, 3)
        return "klaar"

    task = Task(job)
    task.progressed.connect(lambda d, t: seen.append((d, t)))
    with qtbot.waitSignal(task.done, timeout=5000) as blocker:
        task.start()
    assert blocker.args == ["klaar"]
    assert seen == [(1, 3), (2, 3), (3, 3)]
    task.wait()
    assert not task.busy


def test_task_reports_errors_and_honours_cancel(qtbot: QtBot) -> None:
    def job(progress, cancelled):  # type: ignore[no-untyped-def]
        while not cancelled():
            time.sleep(0.01)
        raise InterruptedError("stopped")

    task = Task(job)
    with qtbot.waitSignal(task.error, timeout=5000) as blocker:
        task.start()
        task.cancel()
    assert isinstance(blocker.args[0], InterruptedError)


def test_a_running_task_outlives_its_last_reference_and_still_reports(qtbot: QtBot) -> None:
    """A job started while another ran replaced the evidence tab's only reference to the
    first; dropping a QThread that still runs destroys it, which aborts the whole app ("QThread:
    Destroyed while thread is still running", a SIGABRT in a test run under load). Were that
    back, this test would abort the run."""
    release = threading.Event()
    results: list[object] = []

    def job(progress, cancelled):  # type: ignore[no-untyped-def]
        assert release.wait(10)
        return "klaar"

    task = Task(job)
    task.done.connect(results.append)
    task.start()
    del task
    gc.collect()
    release.set()
    qtbot.waitUntil(lambda: results == ["klaar"])


def test_the_evidence_tab_stays_busy_while_an_earlier_job_runs(qtbot: QtBot) -> None:
    """Evidence jobs start behind a modal progress dialog that shows after 0.3 s, so a second
    can start before it: the tab stays busy (the case file stays open) until both have ended."""
    from adviser_desk.ui.evidence.evidence_tab import EvidenceTab

    tab = EvidenceTab()
    qtbot.addWidget(tab)
    release = threading.Event()
    first = Task(lambda _progress, _cancelled: release.wait(10))
    second = Task(lambda _progress, _cancelled: "klaar")
    tab.task = first
    first.start()
    tab.task = second
    second.start()
    qtbot.waitUntil(lambda: second.reported)
    assert tab.task is second and tab.busy
    release.set()
    qtbot.waitUntil(lambda: first.reported)
    assert not tab.busy


def test_settings_dialog_saves_every_preference(qtbot: QtBot, tmp_path: Path) -> None:
    settings = prefs.Settings()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.idle.setValue(9)
    assert dialog.evidence_mb.value() == 200
    dialog.evidence_mb.setValue(50)
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    dialog.folder.setText(str(tmp_path / "zaken"))
    dialog.show()
    press_ok(qtbot)(dialog)
    fresh = prefs.Settings()
    assert fresh.idle_lock_minutes() == 9
    assert fresh.evidence_max_bytes() == 50 * 2**20
    assert fresh.get(prefs.LANGUAGE) == "nl"
    assert fresh.case_file_folder() == tmp_path / "zaken"


def test_default_case_file_folder_is_under_documents() -> None:
    assert prefs.Settings().case_file_folder().name == "Adviser Desk"


def test_dutch_system_gets_dutch(qtbot: QtBot) -> None:
    assert i18n.choose_language("system", QLocale(QLocale.Language.Dutch)) == "nl"
    assert i18n.choose_language("system", QLocale(QLocale.Language.German)) == "en"
    assert i18n.choose_language("en", QLocale(QLocale.Language.Dutch)) == "en"


def test_dutch_translation_is_installed_and_complete(qtbot: QtBot) -> None:
    ts = resources_dir() / "translations" / "adviser_desk_nl.ts"
    root = ET.parse(ts).getroot()  # noqa: S314 - our own file
    messages = root.findall(".//message")
    assert len(messages) > 100
    unfinished = [
        m.findtext("source")
        for m in messages
        if m.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert unfinished == []
    # An adviser reads Dutch, not the jargon it was written in (walk 5, W5-14): a SHA-256 is a
    # 'vingerafdruk' everywhere, as the evidence dialogs already said.
    jargon = re.compile(r"\bhash(es|en)?\b|trusted flagger", re.IGNORECASE)
    texts = [m.findtext("translation") or "" for m in messages]
    assert [t for t in texts if jargon.search(t.replace("{hash}", ""))] == []
    try:
        assert i18n.install("nl")
        assert QCoreApplication.translate("UnlockDialog", "Unlock") == "Ontgrendelen"
        from adviser_desk.storage.errors import WrongPasswordError

        assert "wachtwoord" in i18n.error_text(WrongPasswordError()).lower()
    finally:
        i18n.install("en")


def test_catalogue_survives_its_file_rewritten_in_place(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """make translations (lrelease) rewrites a .qm in place while an app from the checkout may
    run. A translator that kept reading the file followed the old offsets into the new bytes and
    crashed in translate() (walker F24); the installed catalogue is the app's own copy."""
    folder = tmp_path / "translations"
    folder.mkdir()
    qm = folder / "adviser_desk_nl.qm"
    qm.write_bytes((resources_dir() / "translations" / "adviser_desk_nl.qm").read_bytes())
    monkeypatch.setattr(catalogues, "resources_dir", lambda: tmp_path)
    try:
        assert i18n.install("nl")
        assert QCoreApplication.translate("case_models", "Contact person") == "Contactpersoon"
        with qm.open("r+b") as rewrite:  # the same file, other bytes, as lrelease writes it
            rewrite.write(bytes(qm.stat().st_size))
        assert QCoreApplication.translate("case_models", "Contact person") == "Contactpersoon"
        assert QCoreApplication.translate("UnlockDialog", "Unlock") == "Ontgrendelen"
    finally:
        i18n.install("en")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_compiled_translations_exist(language: str) -> None:
    assert (resources_dir() / "translations" / f"adviser_desk_{language}.qm").is_file()
