"""Every window and dialog: each input has a visible label with a mnemonic (or, for a check box
or radio button, a mnemonic in its own text) and an accessible name, and no two things on
screen together in one window share a mnemonic; in English and in Dutch."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from adviser_desk.domain.recovery_key import RecoveryKey
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.demo import fill_demo
from adviser_desk.services.session import CaseFileSession, SessionSettings
from adviser_desk.storage import kdf
from adviser_desk.ui.common import i18n, mnemonics
from adviser_desk.ui.common import settings as prefs
from adviser_desk.ui.common.keyboard import plain
from adviser_desk.ui.interview.question_check import wait_for_semantic_loader
from tests.conftest import opened_copy_of
from tests.ui.drive import FileDialogs, Modals, click_row

INPUTS = mnemonics.INPUTS


@pytest.fixture(params=["en", "nl"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    assert i18n.install(request.param)
    yield request.param
    i18n.install("en")


def confirmed_demo(service: svc.CaseFileService) -> None:
    """The demo cases, with the recovery key confirmed and Marieke's profile."""
    service.confirm_recovery_key_stored()
    service.update_profile("Marieke Jansen", "Het Baken College")
    with CaseFileSession(service, SessionSettings(language="en")) as opened:
        fill_demo(opened.cases, datetime.now(UTC).date())


@pytest.fixture
def session(case_dir: Path) -> Iterator[CaseFileSession]:
    service, _ = opened_copy_of(case_dir / "A.adcase", confirmed_demo)  # a copy
    with CaseFileSession(service, SessionSettings(language="en")) as opened:
        yield opened


def windows(session: CaseFileSession, folder: Path) -> dict[str, Callable[[], QWidget]]:
    """Every dialog and window of the app that can be built on its own, with real data."""
    from adviser_desk.ui.case.case_dialogs import (
        CaseFileDetailsDialog,
        NewCaseDialog,
        PersonDialog,
        TaskDialog,
    )
    from adviser_desk.ui.case.meldcode_tab import MeldcodeStepDialog
    from adviser_desk.ui.case.retention_dialog import RetentionDialog
    from adviser_desk.ui.case_file.annual_report_dialog import AnnualReportDialog
    from adviser_desk.ui.case_file.create_dialog import CreateCaseFileDialog
    from adviser_desk.ui.case_file.password_dialogs import (
        ChangePasswordDialog,
        NewPasswordDialog,
    )
    from adviser_desk.ui.case_file.recovery_dialog import RecoveryKeyDialog
    from adviser_desk.ui.case_file.unlock_dialog import UnlockDialog
    from adviser_desk.ui.evidence.evidence_dialogs import IntakeDialog, MessageDialog
    from adviser_desk.ui.evidence.takedown_dialog import HandoverDialog, TakedownDialog
    from adviser_desk.ui.interview.interview_window import (
        ClosingDialog,
        InterviewWindow,
        NewInterviewDialog,
    )
    from adviser_desk.ui.letters.letter_editor import LetterEditor
    from adviser_desk.ui.shell.main_window import MainWindow
    from adviser_desk.ui.shell.settings_dialog import SettingsDialog

    cases = session.cases
    case_id = cases.list_cases()[0].case_id
    detail = cases.get_case(case_id)
    url = session.evidence.add_url(case_id, "https://www.instagram.com/nep.account/", "Nep")
    interview = session.interviews.start(case_id, "victim")
    entry = session.meldcode.record(case_id).entries[0]

    def main_window() -> QWidget:
        return MainWindow(prefs.Settings(), kdf.MINIMUM)

    return {
        "MainWindow": main_window,
        "NewCaseDialog": lambda: NewCaseDialog(cases),
        "PersonDialog": lambda: PersonDialog(cases, case_id),
        "TaskDialog": lambda: TaskDialog(
            cases, case_id, detail.tasks[0], detail.people, cases.protocol
        ),
        "CaseFileDetailsDialog": lambda: CaseFileDetailsDialog("Marieke", "Het Baken", 5),
        "MeldcodeStepDialog": lambda: MeldcodeStepDialog(
            session.meldcode, case_id, entry, "Marieke"
        ),
        "RetentionDialog": lambda: RetentionDialog(cases, lambda _id: None),
        "AnnualReportDialog": lambda: AnnualReportDialog(session.annual_report),
        "CreateCaseFileDialog": lambda: CreateCaseFileDialog(folder, None, kdf.MINIMUM),
        "ChangePasswordDialog": lambda: ChangePasswordDialog(session.file),
        "NewPasswordDialog": lambda: NewPasswordDialog(session.file),
        "RecoveryKeyDialog": lambda: RecoveryKeyDialog(session.file, RecoveryKey(bytes(20))),
        "UnlockDialog": lambda: UnlockDialog(session.file.path, None, try_remembered=False),
        "IntakeDialog": lambda: IntakeDialog(3, True, None, ["a.png", "b.png", "c.mp4"], True),
        "MessageDialog": lambda: MessageDialog(),
        "TakedownDialog": lambda: TakedownDialog(session.evidence, url),
        "HandoverDialog": lambda: HandoverDialog(session.evidence, case_id, [], None),
        "InterviewWindow": lambda: InterviewWindow(session.interviews, interview),
        "ClosingDialog": lambda: ClosingDialog(session.interviews, case_id, None),
        "NewInterviewDialog": lambda: NewInterviewDialog(session.interviews, case_id, "nl", None),
        "LetterEditor": lambda: LetterEditor(session.letters, case_id),
        "SettingsDialog": lambda: SettingsDialog(prefs.Settings()),
    }


def _internal(widget: QWidget) -> bool:
    """Parts of another input (a combo box's or a spin box's line edit), and text shown but
    not typed into (a read-only view)."""
    parent = widget.parentWidget()
    if isinstance(widget, QPlainTextEdit | QTextEdit) and widget.isReadOnly():
        return True
    return isinstance(parent, QComboBox | QAbstractSpinBox) or widget.objectName().startswith("qt_")


def _labelled_by(window: QWidget) -> dict[int, QLabel]:
    """Each field (and whatever it hands its focus to) by the label whose buddy it is."""
    out: dict[int, QLabel] = {}
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None:
            continue
        # A composite field (a check box that switches a date on, and the date) is one row.
        for part in (buddy, *buddy.findChildren(QWidget)):
            out.setdefault(id(part), label)
    return out


def _switched_by(window: QWidget) -> dict[str, QCheckBox]:
    """Fields named after the check box in front of them that switches them on ("Check
    again on:" and its date): the check box is their label."""
    return {
        plain(box.text()): box
        for box in window.findChildren(QCheckBox)
        if box.text() and mnemonics.mnemonic_of(box.text())
    }


def problems(window: QWidget) -> list[str]:
    found = []
    labels = _labelled_by(window)
    switches = _switched_by(window)
    for field in window.findChildren(QWidget):
        if not isinstance(field, INPUTS) or _internal(field) or not field.isVisibleTo(window):
            continue
        what = f"{type(field).__name__} {field.objectName()!r}"
        own_text = isinstance(field, QAbstractButton) and field.text()
        label = labels.get(id(field))
        if own_text:
            if not mnemonics.mnemonic_of(field.text()) and not (
                label and mnemonics.mnemonic_of(label.text())
            ):
                found.append(f"{what} {field.text()!r} has no mnemonic")
            continue
        if label is None and field.accessibleName() in switches:
            continue
        if label is None or not label.isVisibleTo(window):
            found.append(f"{what} ({field.accessibleName()!r}) has no visible label")
        elif not mnemonics.mnemonic_of(label.text()):
            found.append(f"{what}: its label {label.text()!r} has no mnemonic")
        if not field.accessibleName():
            found.append(f"{what} has no accessible name")
    return found


def clashes(window: QWidget) -> list[str]:
    """Two visible things with the same mnemonic on screen at once (menus count too), and a
    letter that reads as another: the underlined i of the Dutch "ij" is taken for the j (walk
    J, finding 17: "Bek&ijken" read as Alt+J, which opened "Bewi&jslijst")."""
    shown: dict[str, list[str]] = {}
    misread: list[str] = []
    for holder in mnemonics.holders(window):
        widget = holder.widget
        if not widget.isVisibleTo(window) or _on_hidden_page(widget, window):
            continue
        if isinstance(widget, QTabBar) and not widget.isVisibleTo(window):
            continue
        letter = mnemonics.mnemonic_of(holder.get())
        if letter:
            shown.setdefault(letter, []).append(holder.get())
            text = holder.get().replace("&&", "")
            if text[text.index("&") + 1 :][:2].lower() == "ij":
                misread.append(f"Alt+I reads as Alt+J: {holder.get()!r}")
    return [f"Alt+{k.upper()}: {v}" for k, v in sorted(shown.items()) if len(v) > 1] + misread


def _on_hidden_page(widget: QWidget, window: QWidget) -> bool:
    child, parent = widget, widget.parentWidget()
    while parent is not None and child is not window:
        if isinstance(parent, QStackedWidget) and parent.currentWidget() is not child:
            return True
        child, parent = parent, parent.parentWidget()
    return False


def test_every_input_has_a_label_with_a_mnemonic_and_a_name(
    qtbot: QtBot, session: CaseFileSession, tmp_path: Path, language: str
) -> None:
    failures: dict[str, list[str]] = {}
    for name, make in windows(session, tmp_path).items():
        window = make()
        qtbot.addWidget(window)
        # The interview window loads the checker's model in a thread: let it finish before
        # the next window is built, as an adviser's next click would come seconds later.
        wait_for_semantic_loader()
        window.show()
        qtbot.waitExposed(window)
        found = problems(window) + clashes(window)
        window.close()
        if found:
            failures[name] = found
    assert not failures, "\n".join(f"{k}: {v}" for k, v in failures.items())


def test_written_mnemonics_are_kept_and_duplicates_moved(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDialog, QFormLayout, QPushButton

    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    name, number = QLineEdit(dialog), QLineEdit(dialog)
    form.addRow("&Name:", name)
    form.addRow("&Number:", number)  # the same letter: it gets another
    form.addRow(QPushButton("Save && close", dialog))
    mnemonics.assign(dialog)
    texts = [w.text() for w in dialog.findChildren(QLabel)]
    assert texts == ["&Name:", "N&umber:"]
    assert dialog.findChild(QPushButton).text() == "&Save && close"
    assert name.accessibleName() == "Name" and number.accessibleName() == "Number"


def test_the_case_page_shares_no_alt_letter_with_the_menus(
    qtbot: QtBot,
    closed_case: tuple[Path, str],
    modals: Modals,
    files: FileDialogs,
    language: str,
) -> None:
    """The case page is built after the window was shown (issue 15's fast start): walk 3
    found Alt+B alternating between the File menu and the Overview's description, typing the
    menu's next letter into the case."""
    from tests.ui.test_data_safety import row_of, with_two_cases

    window = with_two_cases(qtbot, closed_case[0], modals, files)
    click_row(qtbot, window.page.case_list.table, row_of(window, "Eerste zaak"))
    overview = window.page.case_view.overview
    qtbot.waitUntil(lambda: overview.title.text() == "Eerste zaak")
    assert not clashes(window), clashes(window)
    file_menu = mnemonics.mnemonic_of(window.menuBar().actions()[0].text())
    fields = [h.widget for h in mnemonics.holders(window) if isinstance(h.widget, QLabel)]
    assert file_menu not in {mnemonics.mnemonic_of(label.text()) for label in fields}
    window.act_close.trigger()


def test_the_overview_beside_the_case_list_gives_its_buttons_and_sections_letters(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs, language: str
) -> None:
    """The busiest screen (walk 4): the menus, both tab bars, the case list and the
    Overview's sections, rows and boxes, some fifty texts for 26 letters. No two share one;
    its buttons are reached by their own letter (Save also by Ctrl+S, so it comes after);
    a section or button without one has none left: every letter of its title is taken by a
    text that ranks before it (a menu, a tab, a button). Pressed, the letters work."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QApplication, QGroupBox

    from tests.ui.conftest import demo_file, open_case, open_window
    from tests.ui.drive import activate

    path, ids = demo_file(case_dir / "Demo.adcase", language)
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[1])
    overview = window.page.case_view.overview
    assert window.page.case_view.tabs.currentWidget() is overview
    assert not clashes(window), clashes(window)
    found = mnemonics.holders(window)
    shown = [
        h for h in found if h.widget.isVisibleTo(window) and not _on_hidden_page(h.widget, window)
    ]

    def taken_before(holder: mnemonics.Holder) -> set[str]:
        return {mnemonics.mnemonic_of(h.get()) for h in shown if h.rank <= holder.rank} - {""}

    unlettered = []
    for holder in shown:
        if holder.rank > mnemonics.SECTION or mnemonics.mnemonic_of(holder.get()):
            continue
        if holder.rank == mnemonics.KEYED:  # Save (Ctrl+S), New case… (Ctrl+N)
            continue
        unlettered.append(holder.get())
        text = holder.get().replace("&", "").lower()
        free = {c for c in text if c.isalnum()} - taken_before(holder)
        assert not free, f"{holder.get()!r} could have had one of {sorted(free)}"
    discard = overview.revert_button
    assert mnemonics.mnemonic_of(discard.text()), discard.text()
    save = overview.save_button
    assert mnemonics.mnemonic_of(save.text()) or (
        overview.save_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    )
    sections = [b for b in overview.findChildren(QGroupBox) if b.isVisibleTo(window)]
    lettered = [b for b in sections if mnemonics.mnemonic_of(b.title())]
    # The first section's rows come before the other sections' titles (walk 11: Titel,
    # Status, Afloop… had none while three titles had one).
    first = sections[0].findChildren(QLabel)
    rows = [label.text() for label in first if label.buddy() is not None]
    with_letter = [text for text in rows if mnemonics.mnemonic_of(text)]
    assert len(with_letter) >= (4 if language == "nl" else 3), rows
    # The letters work: a section's reaches its first field; Discard changes' throws away
    # what was typed in the title.
    activate(qtbot, window)

    def alt(text: str) -> None:
        key = Qt.Key(ord(mnemonics.mnemonic_of(text).upper()))
        qtbot.keyClick(QApplication.focusWidget() or window, key, Qt.KeyboardModifier.AltModifier)

    for box in lettered:
        alt(box.title())
        focused = QApplication.focusWidget()
        assert focused is not None and box.isAncestorOf(focused), box.title()
    title = overview.title.text()
    overview.title.setFocus()
    qtbot.keyClicks(overview.title, " (getypt)")
    assert overview.is_dirty()
    alt(discard.text())
    qtbot.waitUntil(lambda: overview.title.text() == title)
    assert not overview.is_dirty()
    window.act_close.trigger()


def _reached_by_key(button: QAbstractButton) -> bool:
    """A button with a key of its own (Save, Ctrl+S; New case…, Ctrl+N; mnemonics.has_key)
    or in a dialog's button box (Enter and Escape): it may do without a letter."""
    from PySide6.QtWidgets import QDialogButtonBox

    keyed = (mnemonics.KEYED, mnemonics.LAST)
    return button.property(mnemonics.RANK) in keyed or isinstance(
        button.parentWidget(), QDialogButtonBox
    )


def unlettered(window: QWidget) -> list[tuple[QWidget, str]]:
    """The texts of every field (its label, or its own text) and button on screen that no
    Alt letter reaches: a field whose label and own text have none, a button with none and
    no key of its own."""
    from PySide6.QtWidgets import QPushButton

    labels = _labelled_by(window)
    switches = _switched_by(window)
    found = []
    for field in window.findChildren(QWidget):
        if not isinstance(field, (*INPUTS, QPushButton)) or _internal(field):
            continue
        if not field.isVisibleTo(window) or _on_hidden_page(field, window):
            continue
        label = labels.get(id(field))
        if label is not None and mnemonics.mnemonic_of(label.text()):
            continue
        if isinstance(field, QAbstractButton) and field.text():
            if mnemonics.mnemonic_of(field.text()) or _reached_by_key(field):
                continue
            found.append((field, plain(field.text())))
        elif label is not None:
            found.append((field, plain(label.text())))
        elif field.accessibleName() not in switches and not _after_a_switch(field):
            found.append((field, field.accessibleName() or type(field).__name__))
    return found


def _after_a_switch(field: QWidget) -> bool:
    """A field right after the check box that switches it on ("Happened earlier, at:" and
    its date): the box's letter ticks it, Tab goes on into the field."""
    before = field.previousInFocusChain()
    return isinstance(before, QCheckBox) and bool(mnemonics.mnemonic_of(before.text()))


def _letters_that_do_nothing(qtbot: QtBot, window: QWidget) -> list[str]:
    """Presses the letter of every label on screen whose field is on: each must move the
    focus into its field (walk 11: "What ha&ppened:" did nothing, its boxes' holder took no
    focus)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    dead = []
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        letter = mnemonics.mnemonic_of(label.text())
        if buddy is None or not letter or not buddy.isEnabled():
            continue
        if not label.isVisibleTo(window) or _on_hidden_page(label, window):
            continue
        start = QApplication.focusWidget() or window
        qtbot.keyClick(start, Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)
        focused = QApplication.focusWidget()
        if focused is None or not (focused is buddy or buddy.isAncestorOf(focused)):
            dead.append(f"Alt+{letter.upper()} of {label.text()!r} did not reach its field")
    return dead


def test_every_page_of_the_main_window_has_a_letter_for_each_field_and_button(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs, language: str
) -> None:
    """Walk 11: the Evidence tab's View and Evidence log both had Alt+J, Dutch "Bewijs
    controleren" and "Markeren als mogelijk seksueel beeld…" had none, nor the case list's
    filters. Each case tab in turn, and the case file's own tab: no two things on screen
    share a letter, and every field and button has one (or a key of its own)."""
    from PySide6.QtWidgets import QGroupBox

    from tests.ui.conftest import demo_file, open_case, open_window
    from tests.ui.drive import click_tab

    path, ids = demo_file(case_dir / "Demo.adcase", language)
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[0])
    view = window.page.case_view
    overview = view.overview
    later_sections = [b for b in overview.findChildren(QGroupBox)][1:]
    failures: dict[str, list[str]] = {}
    for index in range(view.tabs.count()):
        title = view.tabs.tabText(index)
        click_tab(qtbot, view.tabs, plain(title))
        qtbot.waitUntil(lambda index=index: view.tabs.currentIndex() == index)
        found = clashes(window)
        for field, text in unlettered(window):
            # Where the alphabet runs out (walk 11): beside the menus, the case list and a
            # case's eight tabs, 26 letters cannot reach every row of the Overview (some
            # twenty rows, four sections and two buttons). The first section's rows go first
            # and must each have one, in both languages; the rows below it are left to Tab.
            # Anything else without a letter, and any clash, fails (no list of known gaps).
            if not any(box.isAncestorOf(field) for box in later_sections):
                found.append(f"{text!r} has no letter")
        found += _letters_that_do_nothing(qtbot, window)
        if found:
            failures[plain(title)] = found
    # The case file's own tab, beside the case list's.
    pages = window.page.tabs
    click_tab(qtbot, pages, plain(pages.tabText(pages.indexOf(window.page.audit_page))))
    qtbot.waitUntil(window.page.audit_page.isVisible)
    found = clashes(window) + [f"{text!r} has no letter" for _, text in unlettered(window)]
    if found:
        failures["audit"] = found
    assert not failures, "\n".join(f"{k}: {v}" for k, v in failures.items())
    window.act_close.trigger()


def test_each_case_tab_letter_opens_its_tab_from_every_tab(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs, language: str
) -> None:
    """Walk 15, W15-1: the Dutch Bewijs tab showed Alt+J, but on Personen Alt+J pressed
    "Uit zaak verwijderen" (a second press answered Ja and removed the victim), and on
    Overzicht it went to "Beschrijving". Each tab's letter is its own on every tab: from each
    tab, Alt+letter of each other tab, pressed, shows that tab."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from tests.ui.conftest import demo_file, open_case, open_window
    from tests.ui.drive import activate, click_tab

    path, ids = demo_file(case_dir / "Demo.adcase", language)
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[0])
    activate(qtbot, window)
    tabs = window.page.case_view.tabs
    bar = tabs.tabBar()
    letters = {index: mnemonics.mnemonic_of(bar.tabText(index)) for index in range(bar.count())}
    lettered = [index for index, letter in letters.items() if letter]
    assert len(lettered) >= bar.count() - 1, [bar.tabText(i) for i in range(bar.count())]
    wrong = []
    for start in range(bar.count()):
        for target in lettered:
            if target == start:
                continue
            click_tab(qtbot, tabs, plain(bar.tabText(start)))
            qtbot.waitUntil(lambda start=start: tabs.currentIndex() == start)
            key = Qt.Key(ord(letters[target].upper()))
            qtbot.keyClick(
                QApplication.focusWidget() or window, key, Qt.KeyboardModifier.AltModifier
            )
            if tabs.currentIndex() != target:
                wrong.append(
                    f"Alt+{letters[target].upper()} on {plain(bar.tabText(start))!r} showed "
                    f"{plain(bar.tabText(tabs.currentIndex()))!r}, not "
                    f"{plain(bar.tabText(target))!r}"
                )
    assert not wrong, "\n".join(wrong)
    window.act_close.trigger()


def test_a_flipping_button_whose_texts_are_stale_keeps_the_window_working(qtbot: QtBot) -> None:
    """A button recorded as flipping between two texts that now shows a third (the interface
    language changed after ``flips``): the window is still given its letters, and the button
    is left without one rather than the letters failing (a KeyError as the window closed)."""
    from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    done = QPushButton("Mark done", dialog)
    mnemonics.flips(done, "Mark done", "Mark not done")
    done.setText("Afvinken")  # neither recorded text: no letter they share is in it
    other = QPushButton("Open", dialog)
    layout.addWidget(done)
    layout.addWidget(other)
    mnemonics.assign(dialog)
    assert done.text() == "Afvinken"
    assert other.text() == "&Open"
