"""Alt letters that cannot hurt and can be seen (walk 16, W16-2), in English and in Dutch.

A button that deletes or throws something away asks first, and a question box answers to
its buttons' letters, with and without Alt: "Uit zaak verwi&jderen" on People and the "&Ja"
of its question made Alt+J, Alt+J remove the person. Such a button never shares a letter
with its question's answers. And no letter sits on a g, j, p, q or y (its underline is lost
in the tail) while the text has another letter that nothing on screen uses."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.ui.case.case_dialogs import TaskDialog
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common import i18n, mnemonics
from adviser_desk.ui.common.keyboard import plain
from adviser_desk.ui.interview.question_check import wait_for_semantic_loader
from tests.ui.conftest import demo_file, open_case, open_window
from tests.ui.drive import FileDialogs, Modals, activate, click_row
from tests.ui.test_accessibility import _on_hidden_page, windows
from tests.ui.test_accessibility import session as session

# Every button that asks before it deletes or throws away, by its window's name in
# ``every_window`` and its object name: each is marked (mnemonics.asks_first).
ASKING = {
    ("Case page", "remove_person"),
    ("RetentionDialog", "purge"),
    ("AdvisersDialog", "remove_adviser"),
    ("LetterEditor", "redraft"),
}


@pytest.fixture(params=["en", "nl"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    assert i18n.install(request.param)
    yield request.param
    i18n.install("en")


def shown_holders(window: QWidget) -> list[mnemonics.Holder]:
    return [
        h
        for h in mnemonics.holders(window)
        if h.widget.isVisibleTo(window) and not _on_hidden_page(h.widget, window)
    ]


def letter_troubles(window: QWidget) -> list[str]:
    """A button that asks first sharing a letter with an answer; a letter on a descender
    while its text has a letter nothing on screen uses."""
    found = []
    holders = shown_holders(window)
    used = [mnemonics.mnemonic_of(h.get()) for h in holders]
    for i, holder in enumerate(holders):
        text, letter = holder.get(), used[i]
        answers = mnemonics.answer_letters(holder.widget)
        if letter and letter in answers:
            found.append(f"{text!r} asks first and shares Alt+{letter.upper()} with an answer")
        if not letter or text[text.index("&") + 1] not in mnemonics.DESCENDERS:
            continue
        others = set(used[:i] + used[i + 1 :])
        shown = plain(text)
        spare = {
            c.lower()
            for c in shown
            if c.isalnum() and c not in mnemonics.DESCENDERS and c.lower() not in others
        } - answers
        if spare:
            found.append(f"{text!r} sits on a descender, while {sorted(spare)} are free")
    return found


def every_window(
    qtbot: QtBot, session: object, tmp_path: Path, language: str, modals: Modals, files: FileDialogs
) -> Iterator[tuple[str, QWidget]]:
    """The main window on each case tab, then every dialog that can be built on its own."""
    from adviser_desk.ui.case_file.advisers_dialog import AdvisersDialog

    path, ids = demo_file(tmp_path / "Demo.adcase", language)
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[0])
    tabs = window.page.case_view.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda index=index: tabs.currentIndex() == index)  # type: ignore[misc]
        yield "Case page", window
    window.act_close.trigger()
    makers: dict[str, Callable[[], QWidget]] = dict(windows(session, tmp_path))  # type: ignore[arg-type]
    makers["AdvisersDialog"] = lambda: AdvisersDialog(session)  # type: ignore[arg-type]
    makers["OwnTaskDialog"] = lambda: own_task_dialog(session)
    for name, make in makers.items():
        dialog = make()
        qtbot.addWidget(dialog)
        wait_for_semantic_loader()
        dialog.show()
        qtbot.waitExposed(dialog)
        yield name, dialog
        dialog.close()


def test_no_button_that_asks_shares_a_letter_with_its_answers_and_none_hides_a_letter(
    qtbot: QtBot,
    session: object,
    tmp_path: Path,
    language: str,
    modals: Modals,
    files: FileDialogs,
) -> None:
    failures: dict[str, list[str]] = {}
    marked: set[tuple[str, str]] = set()
    for name, window in every_window(qtbot, session, tmp_path, language, modals, files):
        for holder in shown_holders(window):
            if holder.widget.property(mnemonics.ASKS):
                marked.add((name, holder.widget.objectName()))
        if found := letter_troubles(window):
            failures.setdefault(name, []).extend(found)
    assert marked >= ASKING, ASKING - marked
    assert not failures, "\n".join(f"{k}: {v}" for k, v in failures.items())


OLD_LETTER = {"en": "o", "nl": "j"}  # walk 16: Dutch "Uit zaak verwi&jderen" and "&Ja"


def test_the_old_letter_twice_removes_nobody_and_the_new_one_does_not_answer_yes(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs, language: str
) -> None:
    """On People with a person selected: the letter "Remove from case" had, pressed twice,
    removes nobody; its letter now opens the question, and pressed again in it (with and
    without Alt) answers nothing; Escape keeps the person."""
    path, ids = demo_file(case_dir / "Demo.adcase", language)
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[0])
    view = window.page.case_view
    people = view.people
    view.tabs.setCurrentWidget(people)
    click_row(qtbot, people.table, 0)
    before = people.model.rowCount()
    assert before and people.remove_button.isEnabled()
    remove = people.remove_button.text()
    letter = mnemonics.mnemonic_of(remove)
    assert letter and letter not in "jny", remove
    opened: list[str] = []

    def pressed_in_box(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        opened.append(box.text())
        key = Qt.Key(ord(letter.upper()))
        qtbot.keyClick(box, key, Qt.KeyboardModifier.AltModifier)
        qtbot.keyClick(box, key)
        opened.append("still open" if box.isVisible() else "answered")
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    if OLD_LETTER[language] != letter:
        old = Qt.Key(ord(OLD_LETTER[language].upper()))
        for _ in range(2):
            focus = QApplication.focusWidget() or window
            qtbot.keyClick(focus, old, Qt.KeyboardModifier.AltModifier)
            qtbot.wait(50)
        assert people.model.rowCount() == before
        assert not modals.texts  # no question came
    modals.expect(QMessageBox, pressed_in_box)
    activate(qtbot, window)
    key = Qt.Key(ord(letter.upper()))
    qtbot.keyClick(QApplication.focusWidget() or window, key, Qt.KeyboardModifier.AltModifier)
    modals.wait_done()
    assert len(opened) == 2 and opened[1] == "still open", opened
    qtbot.wait(50)
    assert people.model.rowCount() == before
    window.act_close.trigger()


def menu_troubles(menu: QMenu) -> list[str]:
    """Two items of one menu with the same letter (the key then only moves between them), or
    an item's letter on a descender while another letter of it is free in the menu."""
    texts = [a.text() for a in menu.actions() if a.text() and not a.isSeparator()]
    used = [mnemonics.mnemonic_of(text) for text in texts]
    found = [
        f"{t!r} shares its letter"
        for t, u in zip(texts, used, strict=True)
        if u and used.count(u) > 1
    ]
    for i, text in enumerate(texts):
        if used[i] and text[text.index("&") + 1] in mnemonics.DESCENDERS:
            others = set(used[:i] + used[i + 1 :])
            spare = {
                c.lower() for c in plain(text) if c.isalnum() and c not in mnemonics.DESCENDERS
            }
            if spare - others:
                found.append(
                    f"{text!r} sits on a descender, while {sorted(spare - others)} are free"
                )
    return found


def test_the_menus_letters_are_unique_and_can_be_seen(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs, language: str
) -> None:
    """Dutch "Nieuwe &zaak…" and "Zaken &zoeken" shared Z in the Zaak menu; English "Change
    &password…" underlined the p's tail."""
    path, ids = demo_file(case_dir / "Demo.adcase", language)
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[0])
    found = {}
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        if troubles := menu_troubles(menu):
            found[action.text()] = troubles
    assert not found, found
    window.act_close.trigger()


def own_task_dialog(session: object) -> TaskDialog:
    cases = session.cases  # type: ignore[attr-defined]
    case_id = cases.list_cases()[0].case_id
    return TaskDialog(cases, case_id, None, [], cases.protocol)


def labels_with_letters(window: QWidget) -> list[QLabel]:
    return [
        label
        for label in window.findChildren(QLabel)
        if label.window() is window
        and label.buddy() is not None
        and label.isVisibleTo(window)
        and not _on_hidden_page(label, window)
        and mnemonics.mnemonic_of(label.text())
    ]


def press_letter(qtbot: QtBot, window: QWidget, text: str) -> QWidget | None:
    """Presses Alt and the letter underlined in ``text`` where the focus is; the new focus."""
    activate(qtbot, window)
    key = Qt.Key(ord(mnemonics.mnemonic_of(text).upper()))
    qtbot.keyClick(QApplication.focusWidget() or window, key, Qt.KeyboardModifier.AltModifier)
    return QApplication.focusWidget()


def test_every_labels_letter_puts_the_focus_in_its_field(
    qtbot: QtBot,
    session: object,
    tmp_path: Path,
    language: str,
    modals: Modals,
    files: FileDialogs,
) -> None:
    """Walk 18, W18-1: Dutch "Uiterlijk" (a check box and a date in one widget) and "Taak" (a
    task's wording, no field) showed letters that did nothing, and the typing that followed
    went into Status. Every underlined letter of a label, pressed, puts the focus in its field
    (or in what the field hands its focus to), in every window; no two share a letter. A
    label beside a text that is no field has no letter (mnemonics._reaches_input)."""
    failures: list[str] = []
    pressed = 0
    for name, window in every_window(qtbot, session, tmp_path, language, modals, files):
        labels = labels_with_letters(window)
        letters = [mnemonics.mnemonic_of(label.text()) for label in labels]
        failures += [
            f"{name}: {letter} twice" for letter in set(letters) if letters.count(letter) > 1
        ]
        for label in labels:
            buddy = label.buddy()
            assert buddy is not None
            if not buddy.isEnabled():
                continue  # switched off (Reason of an open task): no focus, as a button no click
            focus = press_letter(qtbot, window, label.text())
            pressed += 1
            inside = focus is not None and (focus is buddy or buddy.isAncestorOf(focus))
            if not inside or isinstance(focus, QLabel):
                failures.append(f"{name}: {label.text()!r} went to {focus!r}")
    assert pressed > 50
    assert not failures, "\n".join(failures)


def test_the_due_letter_and_a_typed_date_change_a_tasks_due_date(
    qtbot: QtBot, session: object, language: str, modals: Modals
) -> None:
    """W18-1's steps: Alt+Due and typing a date, in a task with a due date and in a new own
    task (Alt+Due, Space ticks the box, Alt+Due again goes to the date)."""
    cases = session.cases  # type: ignore[attr-defined]
    case_id = cases.list_cases()[0].case_id
    detail = cases.get_case(case_id)
    wanted = QDate(2026, 12, 10)
    digits = "".join(c for c in wanted.toString(fmt.date_edit_format()) if c.isdigit())
    task = TaskDialog(cases, case_id, detail.tasks[0], detail.people, cases.protocol)
    own = own_task_dialog(session)
    task.due.set_value(wanted.addDays(3).toPython())  # type: ignore[arg-type]
    for dialog in (task, own):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        label = dialog.form.labelForField(dialog.due)
        assert isinstance(label, QLabel) and mnemonics.mnemonic_of(label.text()), label
        focus = press_letter(qtbot, dialog, label.text())
        if dialog is own:
            assert focus is dialog.due.enabled
            qtbot.keyClick(focus, Qt.Key.Key_Space)
            assert dialog.due.enabled.isChecked()
            focus = press_letter(qtbot, dialog, label.text())
        assert focus is dialog.due.edit, (dialog.windowTitle(), focus)
        qtbot.keyClicks(focus, digits)
        assert dialog.due.value() == wanted.toPython(), dialog.due.edit.text()
        # A changed due date counts as typed: closing asks before throwing it away.
        modals.answer(QMessageBox.StandardButton.Discard)
        dialog.close()
        modals.wait_done()
        assert not dialog.isVisible()
