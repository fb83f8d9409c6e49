"""Alt letters that show, work and stay (walk 6, W6-6), in English and in Dutch: every case tab
has one that is not hidden under a descender (the Dutch "Bewi&js" showed none), and pressing
it shows the tab; Add person… has the letter an adviser tries (Alt+P, in Dutch Alt+O for
"Pers&oon toevoegen"); the welcome screen's recent file keeps its letter after Close case
file; the interview window has the same letters after F2 and after Ctrl+L and unlocking.
Walk 7, W7-4: a button whose text flips keeps its letter (Dutch "Afvi&nken" / "Herope&nen",
the interview's "&Naar vraag (F2)" / "&Naar antwoord (F2)"); the Tasks tab's "Show done"
box, the recovery sheet's box and the items of Evidence's Add menu have letters."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.ui.case.case_dialogs import PersonDialog
from adviser_desk.ui.case_file.recovery_dialog import RecoveryKeyDialog
from adviser_desk.ui.case_file.unlock_dialog import UnlockDialog
from adviser_desk.ui.common import i18n, mnemonics
from adviser_desk.ui.interview.interview_window import InterviewWindow, NewInterviewDialog
from adviser_desk.ui.shell.main_window import MainWindow
from tests.conftest import PASSWORD
from tests.ui.conftest import demo_file, open_case, open_window
from tests.ui.drive import FileDialogs, Modals, activate, click, press_ok, type_and_enter, unlock
from tests.ui.test_accessibility import clashes

# English "&People" holds the p: with it, and "Ove&rview" and "&Letters", every field and
# button of every case tab has a letter (the English gaps of walk 11 are gone).
ADD_PERSON = {"en": "n", "nl": "o"}


@pytest.fixture(params=["en", "nl"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    assert i18n.install(request.param)
    yield request.param
    i18n.install("en")


def alt(qtbot: QtBot, text: str) -> None:
    """Presses Alt and the letter marked in ``text``, where the focus is."""
    letter = mnemonics.mnemonic_of(text)
    assert letter, f"{text!r} has no Alt letter"
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None
    qtbot.keyClick(target, Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)


def shows(text: str) -> bool:
    """The letter marked in ``text`` is underlined where it can be seen (not under the tail
    of a g, j, p, q or y)."""
    letter = mnemonics.mnemonic_of(text)
    marked = text[text.index("&") + 1] if letter else ""
    return bool(letter) and marked not in mnemonics.DESCENDERS


def test_every_case_tab_has_a_letter_that_shows_and_works(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs, language: str
) -> None:
    path, ids = demo_file(case_dir / "Demo.adcase", language)
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[0])
    view = window.page.case_view
    tabs: QTabWidget = view.tabs
    letters = [tabs.tabText(index) for index in range(tabs.count())]
    assert all(shows(text) for text in letters), letters
    # Alt+letter shows each tab, from the last to the first, and no two texts on screen
    # share a letter on any of them.
    view.overview.title.setFocus()
    for index in reversed(range(tabs.count())):
        alt(qtbot, tabs.tabText(index))
        assert tabs.currentIndex() == index, tabs.tabText(index)
        assert not clashes(window), (tabs.tabText(index), clashes(window))
    # The same letters on every page: they were handed out once, for all of them.
    assert [tabs.tabText(index) for index in range(tabs.count())] == letters
    # On People, Add person… has the letter an adviser tries, and it opens the dialog.
    alt(qtbot, tabs.tabText(tabs.indexOf(view.people)))
    assert tabs.currentWidget() is view.people
    add = view.people.add_button
    assert mnemonics.mnemonic_of(add.text()) == ADD_PERSON[language], add.text()
    modals.expect(PersonDialog, lambda dialog: dialog.reject())
    alt(qtbot, add.text())
    modals.wait_done()
    window.act_close.trigger()


def test_the_recent_file_keeps_its_letter_after_closing_the_file(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs, language: str
) -> None:
    """Walk 6: "Zaken.&adcase openen" after a fresh start, no letter after File > Close case
    file in the same session."""
    from adviser_desk.storage import kdf
    from adviser_desk.ui.common import settings as prefs

    path, _ids = demo_file(case_dir / "Zaken.adcase", language)
    window = open_window(qtbot, path, modals, files)  # remembered as the last file
    window.act_close.trigger()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome)
    reopen = window.welcome.reopen_button
    assert reopen.isVisible() and path.name in reopen.text().replace("&", "")
    assert not clashes(window), clashes(window)
    # The same letter a fresh start gives it.
    fresh = MainWindow(prefs.Settings(), kdf.MINIMUM)
    qtbot.addWidget(fresh)
    fresh.show()
    qtbot.waitExposed(fresh)
    assert mnemonics.mnemonic_of(reopen.text())
    assert reopen.text() == fresh.welcome.reopen_button.text()
    fresh.close()
    # Pressed, it opens the file again.
    activate(qtbot, window)
    modals.expect(UnlockDialog, type_and_enter(qtbot, "password", PASSWORD))
    alt(qtbot, reopen.text())
    qtbot.waitUntil(lambda: window.service is not None, timeout=20_000)
    window.act_close.trigger()


def test_the_interview_window_keeps_its_letters_after_f2_and_unlocking(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs, language: str
) -> None:
    """Walk 6: after Ctrl+L and unlocking, "Verslag opslaan als pdf…" went from Alt+V to
    Alt+A and "Naar vraag (F2)" got the V: the reopened window handed its letters out anew
    with the other speaker's button text. That button, whose key is F2, has none."""
    path, ids = demo_file(case_dir / "Demo.adcase", language)
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[0])
    view = window.page.case_view
    view.overview.title.setFocus()
    alt(qtbot, view.tabs.tabText(view.tabs.indexOf(view.interviews)))
    assert view.tabs.currentWidget() is view.interviews
    seen: list[list[str]] = []
    troubles: list[str] = []  # checked once the windows are closed (an assert in a modal
    # dialog's handler would leave it open)

    def texts(dialog: QWidget) -> list[str]:
        assert isinstance(dialog, InterviewWindow)
        choice = dialog.speaker_indicator
        for speaker in (choice.ask, choice.answer):
            if not mnemonics.mnemonic_of(speaker.text()):
                troubles.append(speaker.text())
        troubles.extend(clashes(dialog))
        # The speaker buttons keep their texts as F2 switches (walk 12, W12-8).
        return [holder.get() for holder in mnemonics.holders(dialog)]

    def f2_then_lock(dialog: QWidget) -> None:
        assert isinstance(dialog, InterviewWindow)
        activate(qtbot, dialog)
        seen.append(texts(dialog))
        qtbot.keyClick(dialog.input, Qt.Key.Key_F2)  # the answer next
        seen.append(texts(dialog))
        qtbot.keyClick(dialog.input, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    def reopened(dialog: QWidget) -> None:
        assert isinstance(dialog, InterviewWindow)
        qtbot.waitExposed(dialog)
        seen.append(texts(dialog))
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        click(qtbot, box.button(QDialogButtonBox.StandardButton.Close))

    modals.expect(NewInterviewDialog, press_ok(qtbot))
    modals.expect(InterviewWindow, f2_then_lock)
    click(qtbot, view.interviews.new_button)
    modals.wait_done()
    qtbot.waitUntil(lambda: window.service is None, timeout=5000)
    unlock(qtbot, window, modals, (InterviewWindow, reopened))
    modals.wait_done(30_000)
    qtbot.waitUntil(lambda: view.interviews.interview_window is None)
    assert not troubles, troubles
    assert len(seen) == 3 and seen[0] == seen[1] == seen[2], seen
    assert not any(isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    window.act_close.trigger()


FLIPS = {"en": True, "nl": True}  # English "Mark &done" / "Mark not &done" (walk 11)
UNDO = {"en": "Undo (Ctrl+Z)", "nl": "Ongedaan maken (Ctrl+Z)"}


def test_tasks_show_done_and_the_done_button_keep_their_letters(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs, language: str
) -> None:
    """Walk 7, W7-4: "Ook afgeronde … tonen" had no letter, and Alt+F of "A&fvinken" did
    nothing on a done task ("Heropenen"). Now the box's letter ticks it, and the button has a
    letter of both texts: Alt+N marks the task done and, pressed again, reopens it (in
    English "Mark not done", walk 11: "Reopen" had none). Walk 9, W9-5: the
    undo bar names Ctrl+Z, as the interview's does."""
    path, ids = demo_file(case_dir / "Demo.adcase", language)
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[0])
    view = window.page.case_view
    view.overview.title.setFocus()
    alt(qtbot, view.tabs.tabText(view.tabs.indexOf(view.tasks)))
    assert view.tabs.currentWidget() is view.tasks
    tasks = view.tasks
    alt(qtbot, tasks.show_closed.text())
    qtbot.waitUntil(tasks.show_closed.isChecked)
    tasks.table.setFocus()
    qtbot.keyClick(tasks.table, Qt.Key.Key_Home)
    task = tasks._selected_task()
    assert task is not None and task.status != dc.TaskStatus.DONE
    done = tasks.done_button
    letter = mnemonics.mnemonic_of(done.text())
    assert letter, done.text()
    alt(qtbot, done.text())
    qtbot.waitUntil(
        lambda: (t := tasks._selected_task()) is not None and t.status == dc.TaskStatus.DONE
    )
    assert not clashes(window), clashes(window)
    assert view.undo_bar.button.text() == UNDO[language]
    if FLIPS[language]:
        assert mnemonics.mnemonic_of(done.text()) == letter, done.text()
        alt(qtbot, done.text())
        qtbot.waitUntil(
            lambda: (t := tasks._selected_task()) is not None and t.status == dc.TaskStatus.OPEN
        )
        assert mnemonics.mnemonic_of(done.text()) == letter, done.text()
    window.act_close.trigger()


def test_the_dutch_meldcode_button_of_a_task_has_a_letter(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs, language: str
) -> None:
    """Walk 9: "Meldcode…", shown for a task that names the Meldcode, had no letter; in Dutch
    it reads "Meldcode bij&werken…" (in English every letter of "Meldcode…" is taken by the
    tabs, the menus and the other buttons)."""
    from adviser_desk.ui.case.case_models import TaskModel
    from tests.ui.drive import click_row
    from tests.ui.test_meldcode_ui import meldcode_window

    window = meldcode_window(qtbot, closed_case[0], modals, files)
    tasks = window.page.case_view.tasks
    alt(qtbot, window.page.case_view.tabs.tabText(window.page.case_view.tabs.indexOf(tasks)))
    proxy = tasks.proxy
    titles = [str(proxy.index(r, TaskModel.TITLE).data()) for r in range(proxy.rowCount())]
    click_row(qtbot, tasks.table, next(i for i, t in enumerate(titles) if "Meldcode" in t))
    qtbot.waitUntil(tasks.to_meldcode.isVisible)
    assert not clashes(window), clashes(window)
    assert bool(mnemonics.mnemonic_of(tasks.to_meldcode.text())) == (language == "nl")
    window.act_close.trigger()


def test_alt_x_is_sexting_in_new_case_and_on_the_overview(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs, language: str
) -> None:
    """Walk 9: Alt+X ticked "sexting" in New case and "sextortion" on the Overview."""
    from adviser_desk.ui.case.case_dialogs import NewCaseDialog

    path, ids = demo_file(case_dir / "Demo.adcase", language)
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[0])
    boxes = window.page.case_view.overview.types.boxes
    assert mnemonics.mnemonic_of(boxes[dc.IncidentType.EXPOSING].text()) == "x"
    ticked: list[bool] = []

    def new_case(dialog: QWidget) -> None:
        assert isinstance(dialog, NewCaseDialog)
        activate(qtbot, dialog)
        box = dialog.types.boxes[dc.IncidentType.EXPOSING]
        qtbot.keyClick(dialog.title, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(box.isChecked)
        ticked.append(not clashes(dialog))
        qtbot.keyClick(dialog.title, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: not box.isChecked())  # nothing to discard now
        dialog.reject()

    modals.expect(NewCaseDialog, new_case)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.wait_done()
    assert ticked == [True]
    window.act_close.trigger()


def test_the_evidence_add_menu_has_a_letter_for_every_item(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs, language: str
) -> None:
    """Walk 7, W7-4: the Add menu (Files…, Web address…, Message…) opened with no letters."""
    path, ids = demo_file(case_dir / "Demo.adcase", language)
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[0])
    menu = window.page.case_view.evidence.add_button.menu()
    assert menu is not None
    items = [action.text() for action in menu.actions() if action.text()]
    letters = [mnemonics.mnemonic_of(text) for text in items]
    assert all(letters) and len(set(letters)) == len(letters), items
    window.act_close.trigger()


def test_the_recovery_sheet_box_has_a_letter(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs, language: str
) -> None:
    """Walk 7, W7-4: "Ik heb de herstelsleutel … opgeborgen." needed Tab, Tab, Space; its
    letter ticks it, and Continue then closes the window."""
    from adviser_desk.domain.recovery_key import RecoveryKey

    path, _ids = demo_file(case_dir / "Demo.adcase", language)
    window = open_window(qtbot, path, modals, files)
    assert window.service is not None
    dialog = RecoveryKeyDialog(window.service, RecoveryKey.generate(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    assert not clashes(dialog), clashes(dialog)
    alt(qtbot, dialog.confirm.text())
    qtbot.waitUntil(dialog.confirm.isChecked)
    assert dialog.ok.isEnabled()
    dialog.close()
    window.act_close.trigger()


def test_the_row_buttons_of_interviews_letters_and_people_work_by_their_letter(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs, language: str
) -> None:
    """Walk 14, W14-9: Alt+E of "Op&en…" on Interviews and Letters opened the Edit menu, and
    New interview…, New letter…, Remove from case and the message's Sender and Platform had
    no letter. With a conversation and a letter selected, each button's letter opens what
    the button opens; the message dialog's letters reach Sender and Platform."""
    from PySide6.QtWidgets import QLabel, QMessageBox

    from adviser_desk.domain import letters as dl
    from adviser_desk.services import case_file_service as svc
    from adviser_desk.services.session import CaseFileSession
    from adviser_desk.ui.evidence.evidence_dialogs import MessageDialog
    from adviser_desk.ui.letters.letter_editor import LetterEditor
    from tests.ui.drive import click_row

    path, ids = demo_file(case_dir / "Demo.adcase", language)
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as session:
        session.interviews.start(ids[0], "victim")
        session.letters.save_version(ids[0], dl.LetterKind.TEAM_NOTICE, "nl", "<p>Brief</p>", True)
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[0])
    view = window.page.case_view
    menus = {mnemonics.mnemonic_of(a.text()) for a in window.menuBar().actions()}
    interviews, letters = view.interviews, view.letters
    open_interview = interviews.findChild(QWidget, "open_interview")
    assert open_interview is not None
    for tab, buttons in (
        (
            interviews,
            ((interviews.new_button, NewInterviewDialog), (open_interview, InterviewWindow)),
        ),
        (letters, ((letters.new_button, LetterEditor), (letters.open_button, LetterEditor))),
    ):
        alt(qtbot, view.tabs.tabText(view.tabs.indexOf(tab)))
        assert view.tabs.currentWidget() is tab
        click_row(qtbot, tab.list, 0)
        assert not clashes(window), clashes(window)
        for button, kind in buttons:
            text = button.text()  # type: ignore[attr-defined]
            assert mnemonics.mnemonic_of(text) not in menus, text
            modals.expect(kind, lambda dialog: dialog.reject())  # type: ignore[attr-defined]
            alt(qtbot, text)
            modals.wait_done()
            activate(qtbot, window)  # the offscreen platform does not hand activation back
    people = view.people
    alt(qtbot, view.tabs.tabText(view.tabs.indexOf(people)))
    click_row(qtbot, people.table, 0)
    remove = people.remove_button
    assert mnemonics.mnemonic_of(remove.text()) not in menus, remove.text()
    modals.answer(QMessageBox.StandardButton.No)
    alt(qtbot, remove.text())
    modals.wait_done()
    activate(qtbot, window)
    reached: list[QWidget | None] = []

    def letters_reach_fields(dialog: QWidget) -> None:
        assert isinstance(dialog, MessageDialog)
        activate(qtbot, dialog)
        assert not clashes(dialog), clashes(dialog)
        for field in (dialog.sender_edit, dialog.platform):
            [label] = [lbl for lbl in dialog.findChildren(QLabel) if lbl.buddy() is field]
            alt(qtbot, label.text())
            reached.append(QApplication.focusWidget())
            assert QApplication.focusWidget() is field, label.text()
        dialog.reject()

    evidence = view.evidence
    alt(qtbot, view.tabs.tabText(view.tabs.indexOf(evidence)))
    menu = evidence.add_button.menu()
    assert menu is not None
    modals.expect(MessageDialog, letters_reach_fields)
    [message] = [a for a in menu.actions() if a.text().replace("&", "") in ("Message…", "Bericht…")]
    message.trigger()
    modals.wait_done()
    assert len(reached) == 2
    window.act_close.trigger()


# The log's menu pops up: the offscreen platform cannot grab the keyboard for it.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_quick_view_and_the_evidence_log_have_letters_of_their_own(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs, language: str
) -> None:
    """Walk J, finding 17: Dutch "Bek&ijken" underlined the i of "ij", which reads as the j,
    and Alt+J opened the "Bewi&jslijst" menu, twice. Now the i of "ij" is never marked; Alt
    and Quick view's letter opens the selected item, Alt and the log's letter its menu."""
    from PySide6.QtWidgets import QMenu, QPushButton

    from tests.ui.drive import click_row

    path, ids = demo_file(case_dir / "Demo.adcase", language)
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[0])
    view = window.page.case_view
    view.overview.title.setFocus()
    alt(qtbot, view.tabs.tabText(view.tabs.indexOf(view.evidence)))
    assert view.tabs.currentWidget() is view.evidence
    assert not clashes(window), clashes(window)
    evidence = view.evidence
    quick = evidence.findChild(QPushButton, "view")
    log = evidence.findChild(QPushButton, "evidence_log")
    assert quick is not None and log is not None
    letters = mnemonics.mnemonic_of(quick.text()), mnemonics.mnemonic_of(log.text())
    assert all(letters) and letters[0] != letters[1], (quick.text(), log.text())
    assert "&ij" not in quick.text().lower() + log.text().lower()
    click_row(qtbot, evidence.table, 0)
    opened: list[str] = []

    def note_and_close(dialog: QWidget) -> None:
        opened.append(dialog.windowTitle())
        assert isinstance(dialog, QDialog)
        dialog.reject()

    modals.expect(QDialog, note_and_close)
    alt(qtbot, quick.text())
    modals.wait_done()
    number = evidence.selected().number  # type: ignore[union-attr]
    assert opened and opened[0].startswith(number), opened
    activate(qtbot, window)  # the offscreen platform does not hand activation back by itself
    evidence.table.setFocus()
    alt(qtbot, log.text())
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    assert QApplication.activePopupWidget() is log.menu()
    log.menu().close()
    window.act_close.trigger()
