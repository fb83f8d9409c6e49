from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.evidence_service import EvidenceService
from adviser_desk.services.session import CaseFileSession, SessionSettings
from adviser_desk.storage import kdf
from adviser_desk.ui.case_file.unlock_dialog import UnlockDialog
from adviser_desk.ui.common import (
    enter_key,
    file_completion,
    file_dialog_size,
    fit,
    focus_return,
    focus_scroll,
    focus_show,
    focus_style,
    i18n,
    mnemonics,
    print_dialog_size,
    theme,
    wheel,
)
from adviser_desk.ui.common import settings as prefs
from adviser_desk.ui.evidence.evidence_tab import EvidenceTab
from adviser_desk.ui.shell.main_window import MainWindow
from tests.conftest import PASSWORD, copy_of
from tests.ui.drive import FileDialogs, Modals, activate, add_main_window, type_and_enter


@pytest.fixture
def closed_case(case_dir: Path) -> Iterator[tuple[Path, str]]:
    """A case file on disk, closed, with its recovery key confirmed (a copy: see copy_of)."""

    def make(path: Path) -> str:
        service, recovery = svc.create_case_file(path, PASSWORD, kdf.MINIMUM)
        service.confirm_recovery_key_stored()
        service.update_profile("Marieke Jansen", "Het Baken College")  # not asked on unlock
        service.close()
        return recovery.formatted()

    path = case_dir / "Zaken.adcase"
    recovery = copy_of(path, make, "closed")
    yield path, recovery


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The adviser's Documents folder, in a home of its own, where the choosers start before
    anything was saved."""
    monkeypatch.setenv("HOME", str(tmp_path / "adviser"))
    folder = tmp_path / "adviser" / "Documents"
    folder.mkdir(parents=True)
    return folder


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    """A folder elsewhere (a USB stick) the adviser chooses to save into."""
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


@pytest.fixture(autouse=True, scope="session")
def app_wide_behaviour(qapp: QApplication) -> None:
    """What ``create_app`` installs on the real application: windows kept on their screen and
    the colour scheme followed."""
    if qapp.findChild(fit.ScreenFitter) is None:
        fit.install(qapp)
        mnemonics.install(qapp)
        wheel.install(qapp)
        focus_style.install(qapp)
        focus_return.install(qapp)
        focus_show.install(qapp)
        focus_scroll.install(qapp)
        enter_key.install(qapp)
        file_completion.install(qapp)
        file_dialog_size.install(qapp)
        print_dialog_size.install(qapp)
        theme.follow_system(qapp)


@pytest.fixture(autouse=True)
def english(app_wide_behaviour: None) -> None:
    """Every UI test starts in English with its catalogue installed, as the app always installs
    one: without it English plurals read "%n case(s)", so a test passed or failed by whether an
    earlier one had installed (or restored) a catalogue, or left Dutch behind."""
    i18n.install("en")


@pytest.fixture
def clipboard() -> Iterator[None]:
    """For a test that pastes: left holding our data, the clipboard would outlive the objects
    it refers to."""
    yield
    QGuiApplication.clipboard().clear()


@pytest.fixture
def modals(qtbot: QtBot) -> Iterator[Modals]:
    """Answers the modal dialogs a click opens; every expected dialog must have appeared."""
    driver = Modals(qtbot)
    yield driver
    driver.stop()


@pytest.fixture
def files(monkeypatch: pytest.MonkeyPatch) -> FileDialogs:
    """The OS file choosers, answered from the test."""
    return FileDialogs(monkeypatch)


def demo_file(path: Path, language: str = "en") -> tuple[Path, list[int]]:
    """A closed case file at ``path`` holding the demo cases (their ids returned), with the
    recovery key confirmed and the adviser's details set, so unlocking asks nothing more."""
    from datetime import date

    from adviser_desk.services.demo import fill_demo

    def make(target: Path) -> list[int]:
        service, _ = svc.create_case_file(target, PASSWORD, kdf.MINIMUM)
        service.confirm_recovery_key_stored()
        service.update_profile("Marieke Jansen", "Het Baken College")
        with CaseFileSession(service, SessionSettings(language=language)) as session:
            return fill_demo(session.cases, date.today())

    # A copy (see copy_of): filling the demo costs more than a second of CPU each time.
    return path.absolute(), list(copy_of(path, make, "demo", language))


def open_window(qtbot: QtBot, path: Path, modals: Modals, files: FileDialogs) -> MainWindow:
    """A main window that opened ``path`` the way an adviser does: Ctrl+O, choose the file,
    type the password, Enter."""
    window = MainWindow(prefs.Settings(), kdf.MINIMUM)
    add_main_window(qtbot, window)
    activate(qtbot, window)
    files.open(path)
    modals.expect(UnlockDialog, type_and_enter(qtbot, "password", PASSWORD))
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.service is not None, timeout=20_000)
    assert window.stack.currentWidget() is window.page
    activate(qtbot, window)  # the offscreen platform does not hand activation back by itself
    return window


@pytest.fixture(autouse=True)
def semantic_loader_finishes() -> Iterator[None]:
    """An interview window loads the checker's model in a thread; it must end before Qt does."""
    yield
    from adviser_desk.ui.interview.question_check import wait_for_semantic_loader

    wait_for_semantic_loader()


def open_case(
    qtbot: QtBot, window: MainWindow, case_id: int, tab: str | None = None, wait: bool = True
) -> None:
    """Clicks the case's row in the case list (and then one of its tabs), as the adviser
    does. ``wait=False``: no event loop runs after the click (the case shows within it)."""
    from adviser_desk.ui.case.case_models import ID_ROLE
    from tests.ui.drive import click_row, click_tab

    window.page.case_list.wait()
    proxy = window.page.case_list.proxy
    rows = [r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(ID_ROLE) == case_id]
    assert rows, f"case {case_id} is not in the list"
    click_row(qtbot, window.page.case_list.table, rows[0])
    if wait:
        qtbot.waitUntil(lambda: window.page.case_view.case_id == case_id)
    else:
        assert window.page.case_view.case_id == case_id
    if tab is not None:
        click_tab(qtbot, window.page.case_view.tabs, tab)


def exposing_case_on_tab(
    qtbot: QtBot,
    path: Path,
    modals: Modals,
    files: FileDialogs,
    people: Sequence[tuple[str, dc.Role]],
    tab: str,
    images: dc.ImagesState = dc.ImagesState.SPREAD,
) -> tuple[MainWindow, int]:
    """Opens ``path`` as the adviser does, with one exposing case ("Foto rondgestuurd") holding
    ``people`` made through the services, and clicks that case and then its ``tab``."""
    from adviser_desk.services.case_views import PersonInput

    window = open_window(qtbot, path, modals, files)
    cases = window.cases
    assert cases is not None
    case_id = cases.create_case(
        dc.CaseDraft(
            title="Foto rondgestuurd", incident_types=[dc.IncidentType.EXPOSING], images=images
        )
    )
    for name, role in people:
        cases.add_person(case_id, PersonInput(name, role))
    window.page.case_list.refresh()
    window.page.case_list.wait()
    qtbot.waitUntil(lambda: window.page.case_list.proxy.rowCount() == 1)
    open_case(qtbot, window, case_id, tab)
    return window, case_id


@dataclass
class Opened:
    """The main window with a case open on its Evidence tab, reached by clicks."""

    window: MainWindow
    widget: EvidenceTab
    evidence: EvidenceService
    case_id: int


Prepare = Callable[[CaseFileSession, int], None]


@pytest.fixture
def open_tab(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> Iterator[Callable[..., Opened]]:
    """Makes a case file with one case (and whatever ``prepare`` stores in it), opens it with
    Ctrl+O and the password, clicks the case and its Evidence tab."""
    opened: list[Opened] = []

    def make(
        prepare: Prepare | None = None, kind: dc.IncidentType = dc.IncidentType.EXPOSING
    ) -> Opened:
        def make_case_file(path: Path) -> int:
            service, _ = svc.create_case_file(path, PASSWORD, kdf.MINIMUM)
            service.confirm_recovery_key_stored()
            service.update_profile("Marieke Jansen", "Het Baken College")
            with CaseFileSession(service, SessionSettings(language="en")) as session:
                case_id = session.cases.create_case(
                    dc.CaseDraft(title="Exposing", incident_types=[kind])
                )
                if prepare is not None:
                    prepare(session, case_id)
                return case_id

        path = case_dir / "E.adcase"
        # Without anything prepared in it, a copy (see copy_of).
        case_id = make_case_file(path) if prepare else copy_of(path, make_case_file, kind)
        window = open_window(qtbot, path, modals, files)
        assert window.session is not None
        open_case(qtbot, window, case_id, "Evidence")
        widget = window.page.case_view.evidence
        opened.append(Opened(window, widget, window.session.evidence, case_id))
        return opened[-1]

    yield make
    for one in opened:
        one.widget.clear()  # a worker still making thumbnails ends before the file closes


def add_files(qtbot: QtBot, widget: EvidenceTab, files: FileDialogs, paths: list[Path]) -> None:
    """Add > Files…, choosing ``paths`` in the (patched) file chooser."""
    files.open(paths)
    add = widget.findChild(QPushButton, "add")
    assert add is not None and add.menu() is not None
    (action,) = [a for a in add.menu().actions() if a.text().replace("&", "") == "Files…"]
    action.trigger()
