"""Nothing the adviser typed or set is lost or changed behind their back: the task dialog keeps
the assignee, unsaved Overview edits are asked about (switching case, closing) or saved
(locking, also when idle), Ctrl+L works in every window, marking done and removing a person can
be undone, and the adviser's own name is asked and used. Driven through clicks and keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QMessageBox,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.case_views import PersonInput, TaskInput
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.case.case_dialogs import TaskDialog
from adviser_desk.ui.case_file.unlock_dialog import UnlockDialog
from adviser_desk.ui.shell.main_window import MainWindow
from tests.conftest import PASSWORD
from tests.ui.conftest import open_window
from tests.ui.drive import (
    FileDialogs,
    Modals,
    activate,
    button_named,
    click,
    click_into,
    click_row,
    click_tab,
    press_ok,
    type_and_enter,
    unlock,
)


def with_two_cases(qtbot: QtBot, path: Path, modals: Modals, files: FileDialogs) -> MainWindow:
    window = open_window(qtbot, path, modals, files)
    cases = window.cases
    assert cases is not None
    for title in ("Eerste zaak", "Tweede zaak"):
        case_id = cases.create_case(
            dc.CaseDraft(title=title, incident_types=[dc.IncidentType.EXPOSING])
        )
        cases.add_person(case_id, PersonInput("Noor van Dijk", dc.Role.VICTIM))
    window.page.case_list.refresh()
    window.page.case_list.wait()
    qtbot.waitUntil(lambda: window.page.case_list.proxy.rowCount() == 2)
    return window


def row_of(window: MainWindow, title: str) -> int:
    proxy = window.page.case_list.proxy
    for row in range(proxy.rowCount()):
        if any(title == proxy.index(row, c).data() for c in range(proxy.columnCount())):
            return row
    raise AssertionError(title)


def stored_title(path: Path, title_start: str) -> list[str]:
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as session:
        return [r.title for r in session.cases.list_cases() if r.title.startswith(title_start)]


def test_task_dialog_ok_without_changes_keeps_the_assignee(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    window = with_two_cases(qtbot, closed_case[0], modals, files)
    click_row(qtbot, window.page.case_list.table, row_of(window, "Eerste zaak"))
    view = window.page.case_view
    click_tab(qtbot, view.tabs, "Tasks")
    assert view.tasks.model is not None
    row = next(
        r
        for r in range(view.tasks.proxy.rowCount())
        if view.tasks.model.rows[
            view.tasks.proxy.mapToSource(view.tasks.proxy.index(r, 0)).row()
        ].assignee_role
    )
    click_row(qtbot, view.tasks.table, row)
    task_id = view.tasks.selected_task_id()
    before = next(t for t in view.detail.tasks if t.task_id == task_id)  # type: ignore[union-attr]
    assert before.assignee_role
    chosen: list[str] = []

    def ok(dialog: QDialog) -> None:
        assert isinstance(dialog, TaskDialog)
        chosen.append(dialog.who.currentText())
        press_ok(qtbot)(dialog)

    modals.expect(TaskDialog, ok)  # type: ignore[arg-type]
    click(qtbot, view.findChild(QPushButton, "open_task"))  # type: ignore[arg-type]
    modals.wait_done()
    assert chosen[0] != "—"
    assert window.cases is not None
    after = next(t for t in window.cases.tasks(view.case_id or 0) if t.task_id == task_id)
    assert (after.assignee_role, after.assignee_person_id) == (
        before.assignee_role,
        before.assignee_person_id,
    )
    # The task stays selected, so Mark done works at once (walker F6: it did nothing).
    assert view.tasks.selected_task_id() == task_id
    click(qtbot, view.findChild(QPushButton, "mark_done"))  # type: ignore[arg-type]
    done = next(t for t in window.cases.tasks(view.case_id or 0) if t.task_id == task_id)
    assert done.status == dc.TaskStatus.DONE
    # Done tasks are hidden: the next task is selected, so the buttons stay on (walk 5, W5-5).
    assert view.tasks.selected_task_id() not in (None, task_id)
    assert view.findChild(QPushButton, "mark_done").isEnabled()  # type: ignore[union-attr]
    assert view.findChild(QPushButton, "open_task").isEnabled()  # type: ignore[union-attr]
    window.act_close.trigger()


def test_unsaved_overview_edits_are_asked_about_when_switching_case_and_closing(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    path = closed_case[0]
    window = with_two_cases(qtbot, path, modals, files)
    table = window.page.case_list.table
    view = window.page.case_view
    click_row(qtbot, table, row_of(window, "Eerste zaak"))
    overview = view.overview
    overview.title.setFocus()
    qtbot.keyClicks(overview.title, " (bewerkt)")
    # Another case: Cancel keeps the edited case on screen with its edits.
    modals.answer(QMessageBox.StandardButton.Cancel)
    click_row(qtbot, table, row_of(window, "Tweede zaak"))
    modals.wait_done()
    assert "unsaved changes" in modals.texts[0]
    assert overview.title.text() == "Eerste zaak (bewerkt)"
    assert view.detail is not None and view.detail.draft.title == "Eerste zaak"
    # Again, and Save: stored, and the other case shows.
    modals.answer(QMessageBox.StandardButton.Save)
    click_row(qtbot, table, row_of(window, "Tweede zaak"))
    modals.wait_done()
    assert view.detail is not None and view.detail.draft.title == "Tweede zaak"
    # Edits on the second case, then File > Close: Discard drops them, as asked.
    qtbot.keyClicks(overview.title, " X")
    modals.answer(QMessageBox.StandardButton.Discard)
    window.act_close.trigger()
    modals.wait_done()
    assert window.stack.currentWidget() is window.welcome
    assert sorted(stored_title(path, "")) == ["Eerste zaak (bewerkt)", "Tweede zaak"]


def test_locking_saves_overview_edits_by_hand_and_when_idle(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    path = closed_case[0]
    window = with_two_cases(qtbot, path, modals, files)
    click_row(qtbot, window.page.case_list.table, row_of(window, "Eerste zaak"))
    overview = window.page.case_view.overview
    qtbot.keyClicks(overview.title, " - vergrendeld")
    overview.secrecy.setFocus()
    qtbot.keyClicks(overview.secrecy, "Zorg beloofd.")
    qtbot.keyClick(overview.secrecy, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.locked
    assert stored_title(path, "Eerste") == ["Eerste zaak - vergrendeld"]
    # The idle lock, with nobody at the keyboard, saves too.
    unlock(qtbot, window, modals)
    window.page.case_list.wait()
    qtbot.waitUntil(lambda: window.page.case_list.proxy.rowCount() == 2)
    click_row(qtbot, window.page.case_list.table, row_of(window, "Tweede zaak"))
    qtbot.keyClicks(overview.title, " - inactief")
    window.idle.set_interval_ms(100)
    window.idle.start()
    qtbot.waitUntil(lambda: window.service is None, timeout=5000)
    assert stored_title(path, "Tweede") == ["Tweede zaak - inactief"]


def test_save_and_revert_stay_in_view_below_the_scrolling_form(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    window = with_two_cases(qtbot, closed_case[0], modals, files)
    window.resize(1000, 600)
    click_row(qtbot, window.page.case_list.table, row_of(window, "Eerste zaak"))
    overview = window.page.case_view.overview
    form = overview.form_scroll.widget()
    assert form.height() > overview.form_scroll.viewport().height()  # the form scrolls
    for button in (overview.save_button, overview.revert_button):
        assert not form.isAncestorOf(button)
        assert button.isVisible() and not button.visibleRegion().isEmpty()
    window.act_close.trigger()


def test_ctrl_l_locks_from_the_letter_editor_and_the_interview_window(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    """Ctrl+L from both windows; unlocking opens the conversation again where it was (walker:
    the interview window was gone after unlocking)."""
    from adviser_desk.ui.interview.interview_window import InterviewWindow, NewInterviewDialog
    from adviser_desk.ui.letters.letter_editor import LetterEditor

    path = closed_case[0]
    window = with_two_cases(qtbot, path, modals, files)
    click_row(qtbot, window.page.case_list.table, row_of(window, "Eerste zaak"))
    view = window.page.case_view
    click_tab(qtbot, view.tabs, "Letters")
    click(qtbot, view.findChild(QPushButton, "new_letter"))  # type: ignore[arg-type]
    editor = view.letters.editor
    assert isinstance(editor, LetterEditor)
    activate(qtbot, editor)
    qtbot.keyClicks(editor.editor, "Een zin. ")
    qtbot.keyClick(editor.editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.service is None and window.stack.currentWidget() is window.locked
    # Walk 4, W12: the lock saved the edit as a version without a word; the lock page says so.
    saved = window.locked.saved_note
    assert saved.isVisible() and "letter" in saved.text().lower() and "version 1" in saved.text()
    # Unlock: the editor opens again at the saved letter (walk 4: it stayed closed, while the
    # interview window came back). Then the interview window (modal, its own event loop).
    unlock(qtbot, window, modals)
    qtbot.waitUntil(lambda: view.letters.editor is not None and view.letters.editor.isVisible())
    back_editor = view.letters.editor
    assert isinstance(back_editor, LetterEditor) and back_editor.version is not None
    assert back_editor.version.number == 1 and back_editor.versions.count() == 1
    assert "Een zin." in back_editor.editor.toPlainText()
    assert view.tabs.currentWidget() is view.letters
    click(qtbot, button_named(back_editor, "Close"))
    qtbot.waitUntil(lambda: view.letters.editor is None)
    window.page.case_list.wait()
    qtbot.waitUntil(lambda: window.page.case_list.proxy.rowCount() == 2)
    activate(qtbot, window)
    click_row(qtbot, window.page.case_list.table, row_of(window, "Eerste zaak"))
    click_tab(qtbot, view.tabs, "Interviews")

    def lock_from(dialog: QDialog) -> None:
        activate(qtbot, dialog)
        assert isinstance(dialog, InterviewWindow)
        seen["interview"] = dialog.interview_id
        qtbot.keyClick(dialog.input, Qt.Key.Key_F2)  # the student answers next
        click_tab(qtbot, dialog.side.tabs, "Checklist")
        dialog.input.setFocus()
        qtbot.keyClicks(dialog.input, "Ja dat was ik")  # typed, not entered
        qtbot.keyClick(dialog.input, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    seen: dict[str, int] = {}
    modals.expect(NewInterviewDialog, press_ok(qtbot))  # type: ignore[arg-type]
    modals.expect(InterviewWindow, lock_from)  # type: ignore[arg-type]
    click(qtbot, view.findChild(QPushButton, "new_interview"))  # type: ignore[arg-type]
    modals.wait_done()
    qtbot.waitUntil(lambda: window.service is None, timeout=5000)
    assert window.stack.currentWidget() is window.locked
    # The lock page says what it kept from the interview (walk 7, W7-7: nothing was said).
    said = window.locked.saved_note
    assert said.isVisible() and "typed in the interview (student)" in said.text(), said.text()
    assert "back in Said" in said.text()
    # ... and names a note only as what closing the file from the lock page leaves: after
    # unlocking the adviser never sees one (walk 11, W11-4; walk F).
    unlocking, closing = said.text().split(" If you close the case file here instead, ")
    assert "note" not in unlocking and closing == "it stays in the conversation as a note."
    # Unlocked by keyboard (Return on Unlock…): one unlock dialog, no stray second one.
    opened: list[object] = []
    modals.expect(
        UnlockDialog, lambda d: (opened.append(d), type_and_enter(qtbot, "password", PASSWORD)(d))
    )
    back: dict[str, object] = {}

    def back_in(dialog: QDialog) -> None:
        assert isinstance(dialog, InterviewWindow)
        qtbot.waitExposed(dialog)
        back.update(
            interview=dialog.interview_id,
            speaker=dialog.speaker,
            tab=dialog.side.tabs.currentIndex(),
            rows=len(dialog.model.rows),
            typed=dialog.input.text(),
            focus=dialog.input.hasFocus(),
        )
        qtbot.waitUntil(dialog.input.hasFocus)
        # The line comes back with the cursor at its end, nothing selected, so the next key
        # finishes it (walk 14, W14-8: it was all selected and "?" replaced it).
        back.update(
            selected=dialog.input.selectedText(),
            cursor=dialog.input.cursorPosition(),
        )
        qtbot.keyClicks(dialog.input, "?")
        # Enter makes it the student's line, as if the lock had never come in between.
        qtbot.keyClick(dialog.input, Qt.Key.Key_Return)
        back.update(entered=[(line.speaker, line.text) for line in dialog.model.rows])
        click(
            qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
        )  # type: ignore[union-attr]

    modals.expect(InterviewWindow, back_in)  # type: ignore[arg-type]
    activate(qtbot, window)
    window.locked.unlock_button.setFocus()
    qtbot.keyClick(window.locked.unlock_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.service is not None, timeout=20_000)
    modals.wait_done()
    # The same conversation opened again, as it was: the answer next, the checklist in
    # view, the typed line back in Said and the lock's note of it gone (walk 7, W7-7: the
    # answer stayed a note, and the adviser had to type it again as the student's line).
    assert back["interview"] == seen["interview"] and back["speaker"] == "student"
    assert back["tab"] == 1 and back["typed"] == "Ja dat was ik" and back["rows"] == 0
    assert back["selected"] == "" and back["cursor"] == len("Ja dat was ik"), back
    assert back["entered"] == [("student", "Ja dat was ik?")]
    qtbot.waitUntil(lambda: view.interviews.interview_window is None)
    window.unlock_locked()  # a request queued meanwhile opens nothing
    qtbot.wait(300)
    assert len(opened) == 1
    assert not any(
        isinstance(w, UnlockDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
    # Stored: the student's line only; the lock's note went, and the audit logs no undo of
    # it: the adviser added and undid nothing (test_lock_typed_line_audit_ui.py).
    assert window.session is not None
    lines = window.session.interviews.get(seen["interview"]).lines
    assert [(line.speaker, line.text) for line in lines] == [("student", "Ja dat was ik?")]
    assert window.service is not None
    actions = [row.action for row in window.service.audit_rows()]
    assert "interview.note_removed" not in actions, actions


def test_mark_done_and_remove_person_can_be_undone(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    window = with_two_cases(qtbot, closed_case[0], modals, files)
    click_row(qtbot, window.page.case_list.table, row_of(window, "Eerste zaak"))
    view = window.page.case_view
    cases = window.cases
    assert cases is not None and view.case_id is not None
    click_tab(qtbot, view.tabs, "Tasks")
    click_row(qtbot, view.tasks.table, 0)
    task_id = view.tasks.selected_task_id()
    click(qtbot, view.findChild(QPushButton, "mark_done"))  # type: ignore[arg-type]
    status = {t.task_id: t.status for t in cases.tasks(view.case_id)}
    assert status[task_id] == dc.TaskStatus.DONE
    assert view.undo_bar.isVisible() and "Marked done" in view.undo_bar.message.text()
    click(qtbot, view.undo_bar.button)
    status = {t.task_id: t.status for t in cases.tasks(view.case_id)}
    assert status[task_id] == dc.TaskStatus.OPEN and not view.undo_bar.isVisible()
    # Removing a person asks with No as the default, and can be undone, with what pointed at
    # them in the case: its contact person, an interview's student, a task's assignee (walk 16,
    # W16-5: the removal deleted the person and the foreign keys cleared those for good).
    (noor,) = cases.people(view.case_id)
    draft = cases.get_case(view.case_id).draft
    draft.contact_person_id = noor.person_id
    cases.update_case(view.case_id, draft)
    assert window.session is not None
    interview_id = window.session.interviews.start(view.case_id, "victim", noor.person_id)
    assigned = cases.add_task(
        view.case_id, TaskInput("Noor bellen", assignee_person_id=noor.person_id)
    )
    click_tab(qtbot, view.tabs, "People")
    click_row(qtbot, view.people.table, 0)
    defaults: list[str] = []

    def answer_yes(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        defaults.append(box.defaultButton().text())
        click(qtbot, box.button(QMessageBox.StandardButton.Yes))

    modals.expect(QMessageBox, answer_yes)  # type: ignore[arg-type]
    click(qtbot, view.findChild(QPushButton, "remove_person"))  # type: ignore[arg-type]
    modals.wait_done()
    assert defaults == ["&No"] or defaults == ["No"]
    assert cases.people(view.case_id) == []
    assert view.undo_bar.isVisible() and "removed" in view.undo_bar.message.text()
    activate(qtbot, window)  # the offscreen platform does not hand activation back by itself

    qtbot.keyClick(view.people.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    (person,) = cases.people(view.case_id)
    assert (person.name, person.role) == ("Noor van Dijk", dc.Role.VICTIM)
    assert cases.get_case(view.case_id).draft.contact_person_id == person.person_id
    assert window.session.interviews.get(interview_id).person_name == "Noor van Dijk"
    task = next(t for t in cases.tasks(view.case_id) if t.task_id == assigned)
    assert (task.assignee_person_id, task.assignee_name) == (person.person_id, "Noor van Dijk")
    window.act_close.trigger()


def test_the_adviser_name_is_asked_at_creation_and_on_unlock_and_used(
    qtbot: QtBot, closed_case: tuple[Path, str], case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    from adviser_desk.storage import kdf

    service, _ = svc.create_case_file(
        case_dir / "Naam.adcase", PASSWORD, kdf.MINIMUM, adviser_name="Marieke Jansen"
    )
    assert service.info().adviser_name == "Marieke Jansen"
    assert {row.actor for row in service.audit_rows()} == {"Marieke Jansen"}
    service.close()
    # A file without a name (made before the question existed) asks once on unlock.
    path = closed_case[0]
    unnamed = svc.unlock_with_password(path, PASSWORD)
    unnamed.update_profile("", "")
    unnamed.close()

    def type_name(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        # Typed where the adviser types: in the prompt, the active window (open_window had
        # activated the main window, whose focused New case… takes Enter).
        activate(qtbot, dialog)
        type_and_enter(qtbot, "", "Sanne de Vries")(dialog)

    window = open_window(qtbot, path, modals, files)
    prompt = window.findChild(QInputDialog, "adviser_name_prompt")
    assert prompt is not None and prompt.isVisible()
    type_name(prompt)
    assert window.service is not None
    qtbot.waitUntil(lambda: window.service.info().adviser_name == "Sanne de Vries")  # type: ignore[union-attr]
    rows = window.service.audit_rows()
    assert rows[-1].actor == "Sanne de Vries"
    window.act_close.trigger()


def test_the_lock_says_which_window_it_closed_with_typed_work(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    """Walker F17: Ctrl+L in "Add person" with a name typed closed the dialog and dropped the
    name without a word. The lock page names the window and says the typing was not kept; a
    dialog opened and left untouched, or a lock without one, says nothing."""
    from adviser_desk.ui.case.case_dialogs import PersonDialog

    window = with_two_cases(qtbot, closed_case[0], modals, files)
    click_row(qtbot, window.page.case_list.table, row_of(window, "Eerste zaak"))
    view = window.page.case_view
    click_tab(qtbot, view.tabs, "People")
    note = window.locked.closed_note

    def type_then_lock(dialog: QDialog) -> None:
        assert isinstance(dialog, PersonDialog)
        activate(qtbot, dialog)
        qtbot.keyClicks(dialog.name, "Getuige Sara")
        qtbot.keyClick(dialog.name, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    modals.expect(PersonDialog, type_then_lock)  # type: ignore[arg-type]
    click(qtbot, view.findChild(QPushButton, "add_person"))  # type: ignore[arg-type]
    modals.wait_done()
    qtbot.waitUntil(lambda: window.service is None, timeout=5000)
    assert window.stack.currentWidget() is window.locked
    assert note.isVisible()
    assert note.text() == (
        "The lock closed the window “Add person”. What you typed there was not kept."
    )

    # Unlocked; the person was not added (nothing half-kept). Opened and locked untouched:
    # nothing to say, and the earlier note is gone.
    unlock(qtbot, window, modals)
    cases = window.cases
    assert cases is not None
    case_id = view.case_id
    assert case_id is not None
    assert [p.name for p in cases.get_case(case_id).people] == ["Noor van Dijk"]
    activate(qtbot, window)
    click_tab(qtbot, view.tabs, "People")

    def lock_untouched(dialog: QDialog) -> None:
        activate(qtbot, dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    modals.expect(PersonDialog, lock_untouched)  # type: ignore[arg-type]
    click(qtbot, view.findChild(QPushButton, "add_person"))  # type: ignore[arg-type]
    modals.wait_done()
    qtbot.waitUntil(lambda: window.service is None, timeout=5000)
    assert window.stack.currentWidget() is window.locked and not note.isVisible()


def test_locking_adds_the_note_being_typed_and_says_so(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    """Walk 4, W12: Ctrl+L (and so the idle lock) threw away a note typed in the Timeline tab
    but not yet added. The lock adds it, as it saves Overview edits, and the lock page says so;
    after unlocking the note is in the timeline and the field is empty, with Undo."""
    path = closed_case[0]
    window = with_two_cases(qtbot, path, modals, files)
    click_row(qtbot, window.page.case_list.table, row_of(window, "Eerste zaak"))
    view = window.page.case_view
    number = view.detail.number if view.detail else ""
    click_tab(qtbot, view.tabs, "Timeline and notes")
    timeline = view.timeline
    click(qtbot, timeline.observed)  # it happened earlier: the time is kept with the note
    qtbot.keyClick(timeline.observed_at, Qt.Key.Key_Down)  # one step earlier
    earlier = timeline.observed_at.dateTime().toString("yyyy-MM-dd HH:mm")
    timeline.note_edit.setFocus()
    qtbot.keyClicks(timeline.note_edit, "Concept notitie die nog niet is toegevoegd")
    qtbot.keyClick(timeline.note_edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.service is None and window.stack.currentWidget() is window.locked
    saved = window.locked.saved_note
    assert saved.isVisible() and "note" in saved.text() and number in saved.text()
    assert not timeline.note_edit.toPlainText()  # nothing of the case stays in a widget
    unlock(qtbot, window, modals)
    modals.wait_done()
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.number == number)
    assert view.tabs.currentWidget() is timeline  # back where the adviser was
    shown = [
        str(timeline.model.index(row, column).data())
        for row in range(timeline.model.rowCount())
        for column in range(timeline.model.columnCount())
    ]
    assert any("Concept notitie die nog niet is toegevoegd" in text for text in shown)
    assert not timeline.note_edit.toPlainText()
    # Undo, as for the Overview edits the lock saved: the note goes, its text is back in the
    # field as it was being typed, "happened earlier" with it (walk 4: there was no Undo).
    bar = view.undo_bar
    assert bar.isVisible() and "note" in bar.message.text() and number in bar.message.text()
    click(qtbot, bar.button)
    assert not bar.isVisible()
    assert timeline.note_edit.toPlainText() == "Concept notitie die nog niet is toegevoegd"
    assert timeline.observed.isChecked()
    assert timeline.observed_at.dateTime().toString("yyyy-MM-dd HH:mm") == earlier
    shown = [
        str(timeline.model.index(row, column).data())
        for row in range(timeline.model.rowCount())
        for column in range(timeline.model.columnCount())
    ]
    assert not any("Concept notitie" in text for text in shown)
    assert window.cases is not None and view.case_id is not None
    assert not window.cases.get_case(view.case_id).notes
    assert window.service is not None
    assert window.service.audit_rows()[-1].action == "note.removed"
    window.act_close.trigger()


def test_a_done_task_is_reopened_by_the_same_button_with_undo(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    """Walk W2: on a done task Mark done stayed on and did nothing; it now reopens it."""
    from adviser_desk.ui.case.case_models import ID_ROLE

    window = with_two_cases(qtbot, closed_case[0], modals, files)
    click_row(qtbot, window.page.case_list.table, row_of(window, "Eerste zaak"))
    view = window.page.case_view
    cases = window.cases
    assert cases is not None and view.case_id is not None
    case_id = view.case_id
    click_tab(qtbot, view.tabs, "Tasks")
    click_row(qtbot, view.tasks.table, 0)
    task_id = view.tasks.selected_task_id()
    button = view.tasks.done_button
    assert button.text().replace("&", "") == "Mark done"
    click(qtbot, button)
    assert {t.task_id: t.status for t in cases.tasks(case_id)}[task_id] == dc.TaskStatus.DONE
    click(qtbot, view.tasks.show_closed)
    assert view.tasks.show_closed.isChecked()
    table = view.tasks.table
    row = next(
        r
        for r in range(table.model().rowCount())
        if table.model().index(r, 0).data(ID_ROLE) == task_id
    )
    click_row(qtbot, table, row)
    assert button.isEnabled() and button.text().replace("&", "") == "Mark not done"
    # Ctrl+D, as for Mark done: the task is open again, with Undo.
    qtbot.keyClick(table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: {t.task_id: t.status for t in cases.tasks(case_id)}[task_id] == dc.TaskStatus.OPEN
    )
    assert view.undo_bar.isVisible() and "Reopened" in view.undo_bar.message.text()
    assert view.tasks.selected_task_id() == task_id
    assert button.text().replace("&", "") == "Mark done"
    click(qtbot, view.undo_bar.button)
    assert {t.task_id: t.status for t in cases.tasks(case_id)}[task_id] == dc.TaskStatus.DONE
    assert button.text().replace("&", "") == "Mark not done"
    window.act_close.trigger()


def test_locking_with_a_cancelled_closing_draft_adds_no_note(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    """Walk 4, W4: what was typed for closing a conversation and cancelled is kept; a lock must
    not keep it in memory. Walk 10, W10-2: the file keeps it once the dialog is cancelled, so
    the lock has nothing to add as a note, and the draft is still there after unlocking."""
    from adviser_desk.ui.interview.conversation_dialogs import ClosingDialog
    from adviser_desk.ui.interview.interview_window import InterviewWindow, NewInterviewDialog

    window = with_two_cases(qtbot, closed_case[0], modals, files)
    click_row(qtbot, window.page.case_list.table, row_of(window, "Eerste zaak"))
    view = window.page.case_view
    click_tab(qtbot, view.tabs, "Interviews")

    def type_and_escape(dialog: QDialog) -> None:
        activate(qtbot, dialog)
        assert isinstance(dialog, ClosingDialog)
        qtbot.keyClicks(dialog.agreements, "Morgen samen naar de mentor")
        qtbot.keyClick(dialog.agreements, Qt.Key.Key_Escape)

    def cancel_closing_then_close(dialog: QDialog) -> None:
        activate(qtbot, dialog)
        assert isinstance(dialog, InterviewWindow)
        seen["interview"] = dialog.interview_id
        modals.expect(ClosingDialog, type_and_escape)  # type: ignore[arg-type]
        click(qtbot, dialog.close_button)
        qtbot.waitUntil(lambda: dialog.closing_draft is not None)
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        click(qtbot, box.button(QDialogButtonBox.StandardButton.Close))

    seen: dict[str, int] = {}
    modals.expect(NewInterviewDialog, press_ok(qtbot))  # type: ignore[arg-type]
    modals.expect(InterviewWindow, cancel_closing_then_close)  # type: ignore[arg-type]
    click(qtbot, view.findChild(QPushButton, "new_interview"))  # type: ignore[arg-type]
    modals.wait_done()
    qtbot.waitUntil(lambda: view.interviews.interview_window is None)
    assert seen["interview"] in view.interviews.closing_drafts
    activate(qtbot, window)
    qtbot.keyClick(window.page.case_list.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.service is None and not view.interviews.closing_drafts
    unlock(qtbot, window, modals)
    modals.wait_done()
    session = window.session
    assert session is not None
    record = session.interviews.get(seen["interview"])
    # The file kept the draft when the dialog was cancelled: the lock adds no note (W10-2).
    assert not any(line.speaker == "note" for line in record.lines)
    assert record.closing_draft is not None
    assert record.closing_draft.agreements == "Morgen samen naar de mentor"
    asked = len(modals.texts)
    window.act_close.trigger()  # the file holds the draft: nothing to ask (W10-2)
    assert window.service is None and len(modals.texts) == asked


def type_closing(qtbot: QtBot, dialog: QDialog, agreed: str) -> None:
    """In the closing dialog: what was agreed and the wishes typed, Parents ticked, 'still
    spreading' set to Yes by the keyboard."""
    from adviser_desk.ui.interview.conversation_dialogs import ClosingDialog

    assert isinstance(dialog, ClosingDialog)
    activate(qtbot, dialog)
    dialog.agreements.setFocus()
    qtbot.keyClicks(dialog.agreements, agreed)
    dialog.wishes.setFocus()
    qtbot.keyClicks(dialog.wishes, "Niet de hele klas")
    click(qtbot, dialog.may_tell.boxes[dc.Audience.PARENTS])
    dialog.spreading.setFocus()
    qtbot.keyClick(dialog.spreading, Qt.Key.Key_Down)  # Not known -> Yes


def read_closing(dialog: QDialog) -> tuple[str, str, list[dc.Audience], bool | None]:
    from adviser_desk.ui.interview.conversation_dialogs import ClosingDialog

    assert isinstance(dialog, ClosingDialog)
    agreed, wishes = dialog.agreements.toPlainText(), dialog.wishes.toPlainText()
    return agreed, wishes, dialog.may_tell.values(), dialog.spreading.value()


@pytest.mark.parametrize("edited", [False, True])
def test_a_closing_draft_comes_back_whole_after_a_lock_ticks_included(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs, edited: bool
) -> None:
    """Walk 4 follow-up to 3c620d8: Ctrl+L in the closing dialog kept the typed texts as a
    note, but the ticks were lost and the dialog came back empty. The note now names the
    ticks and choices too, and after unlocking the window opens again and Close the
    interview… shows the whole draft: texts, ticks and choices. Walk 6, W6-8: closing the
    file then asked about the draft again and Keep as note added it twice. Walk 10, W10-2:
    cancelled again (edited or not), the file keeps the draft as it is, with no question and
    no second note."""
    from adviser_desk.ui.interview.conversation_dialogs import ClosingDialog
    from adviser_desk.ui.interview.interview_window import InterviewWindow, NewInterviewDialog

    window = with_two_cases(qtbot, closed_case[0], modals, files)
    click_row(qtbot, window.page.case_list.table, row_of(window, "Eerste zaak"))
    view = window.page.case_view
    click_tab(qtbot, view.tabs, "Interviews")
    seen: dict[str, object] = {}

    def type_then_lock(dialog: QDialog) -> None:
        type_closing(qtbot, dialog, "Morgen samen naar de mentor")
        qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    def open_closing_then_lock(dialog: QDialog) -> None:
        activate(qtbot, dialog)
        assert isinstance(dialog, InterviewWindow)
        seen["interview"] = dialog.interview_id
        modals.expect(ClosingDialog, type_then_lock)  # type: ignore[arg-type]
        click(qtbot, dialog.close_button)

    modals.expect(NewInterviewDialog, press_ok(qtbot))  # type: ignore[arg-type]
    modals.expect(InterviewWindow, open_closing_then_lock)  # type: ignore[arg-type]
    click(qtbot, view.findChild(QPushButton, "new_interview"))  # type: ignore[arg-type]
    modals.wait_done()
    qtbot.waitUntil(lambda: window.service is None, timeout=5000)
    saved = window.locked.saved_note
    assert saved.isVisible() and "closing an interview" in saved.text()
    assert not view.interviews.closing_drafts  # no typed word in memory while locked

    def reopened(dialog: QDialog) -> None:
        assert isinstance(dialog, InterviewWindow)
        activate(qtbot, dialog)
        seen["note"] = dialog.model.rows[-1].text
        modals.expect(ClosingDialog, read_and_cancel)  # type: ignore[arg-type]
        click(qtbot, dialog.close_button)
        qtbot.waitUntil(lambda: "closing" in seen)
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        click(qtbot, box.button(QDialogButtonBox.StandardButton.Close))

    def read_and_cancel(dialog: QDialog) -> None:
        activate(qtbot, dialog)
        seen["closing"] = read_closing(dialog)
        if edited:
            dialog.follow_up.setFocus()  # type: ignore[attr-defined]
            qtbot.keyClicks(dialog.follow_up, "Vrijdag nabellen")  # type: ignore[attr-defined]
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        click(qtbot, box.button(QDialogButtonBox.StandardButton.Cancel))

    unlock(qtbot, window, modals, (InterviewWindow, reopened))  # type: ignore[arg-type]
    modals.wait_done()
    assert seen["closing"] == (
        "Morgen samen naar de mentor",
        "Niet de hele klas",
        [dc.Audience.PARENTS],
        True,
    )
    note = str(seen["note"])
    assert "Morgen samen naar de mentor" in note and "May be told: Parents" in note
    assert "Still spreading: Yes" in note
    # Cancelled again, the draft is kept for the next opening, as before the lock.
    qtbot.waitUntil(lambda: view.interviews.interview_window is None)
    assert seen["interview"] in view.interviews.closing_drafts
    asked = len(modals.texts)
    window.act_close.trigger()  # the file keeps the draft as cancelled: nothing to ask (W10-2)
    assert window.service is None and len(modals.texts) == asked
    with CaseFileSession(svc.unlock_with_password(closed_case[0], PASSWORD)) as session:
        record = session.interviews.get(int(seen["interview"]))  # type: ignore[call-overload]
    notes = [line.text for line in record.lines if "Morgen samen naar de mentor" in line.text]
    assert len(notes) == 1 and "Vrijdag" not in notes[0]  # the lock's note only
    assert record.closing_draft is not None
    assert ("Vrijdag nabellen" in record.closing_draft.follow_up) is edited


def test_quitting_with_a_cancelled_closing_draft_asks_nothing_and_keeps_it(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    """Walk 4 follow-up to 3c620d8: quitting dropped a closing typed and cancelled without a
    word; then it asked whether to keep it as a note. Walk 10, W10-2: the file keeps the
    draft once the dialog is cancelled, so quitting asks nothing and adds no note, and the
    draft is there for the closing dialog next time."""
    from adviser_desk.ui.interview.conversation_dialogs import ClosingDialog
    from adviser_desk.ui.interview.interview_window import InterviewWindow, NewInterviewDialog

    path = closed_case[0]
    window = with_two_cases(qtbot, path, modals, files)
    click_row(qtbot, window.page.case_list.table, row_of(window, "Eerste zaak"))
    view = window.page.case_view
    click_tab(qtbot, view.tabs, "Interviews")
    seen: dict[str, int] = {}

    def draft_in(agreed: str) -> None:
        def type_and_escape(dialog: QDialog) -> None:
            type_closing(qtbot, dialog, agreed)
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)

        def cancel_closing_then_close(dialog: QDialog) -> None:
            activate(qtbot, dialog)
            assert isinstance(dialog, InterviewWindow)
            seen[agreed] = dialog.interview_id
            modals.expect(ClosingDialog, type_and_escape)  # type: ignore[arg-type]
            click(qtbot, dialog.close_button)
            qtbot.waitUntil(lambda: dialog.closing_draft is not None)
            box = dialog.findChild(QDialogButtonBox)
            assert box is not None
            click(qtbot, box.button(QDialogButtonBox.StandardButton.Close))

        modals.expect(NewInterviewDialog, press_ok(qtbot))  # type: ignore[arg-type]
        modals.expect(InterviewWindow, cancel_closing_then_close)  # type: ignore[arg-type]
        activate(qtbot, window)
        click(qtbot, view.findChild(QPushButton, "new_interview"))  # type: ignore[arg-type]
        modals.wait_done()
        qtbot.waitUntil(lambda: view.interviews.interview_window is None)

    draft_in("Eerst de ouders bellen")
    assert window.close()  # quits: nothing asked
    assert window.service is None and not modals.texts
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as session:
        record = session.interviews.get(seen["Eerst de ouders bellen"])
    assert not any("Eerst de ouders bellen" in line.text for line in record.lines)
    assert record.closing_draft is not None
    assert record.closing_draft.agreements == "Eerst de ouders bellen"
    assert record.closing_draft.may_tell == (dc.Audience.PARENTS,)


def test_locking_keeps_what_was_typed_in_new_case_and_opens_it_again(
    qtbot: QtBot, closed_case: tuple[Path, str], modals: Modals, files: FileDialogs
) -> None:
    """Walk 15, W15-10: Ctrl+L with New case open threw away the typed subject, ticks and
    description (with a warning). The lock keeps them in memory, not in the file, says so, and
    New case opens again with them after unlocking; OK then makes the case."""
    from adviser_desk.ui.case.case_dialogs import NewCaseDialog

    window = with_two_cases(qtbot, closed_case[0], modals, files)
    activate(qtbot, window)
    seen: dict[str, object] = {}

    def type_then_lock(dialog: QDialog) -> None:
        assert isinstance(dialog, NewCaseDialog)
        activate(qtbot, dialog)
        qtbot.keyClicks(dialog.title, "Bedreiging via Instagram")
        click(qtbot, dialog.types.boxes[dc.IncidentType.THREATS])
        dialog.description.setFocus()
        qtbot.keyClicks(dialog.description, "Berichten sinds maandag.")
        # A date typed into Opened on after a click on its month, and Ctrl+L from there.
        text = dialog.opened.text()
        click_into(qtbot, dialog.opened, text.index(text.split("/")[1], 2))
        qtbot.keyClicks(dialog.opened, "01112026")
        qtbot.keyClick(dialog.opened, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    def check_and_ok(dialog: QDialog) -> None:
        assert isinstance(dialog, NewCaseDialog)
        activate(qtbot, dialog)
        seen["title"] = dialog.title.text()
        seen["types"] = dialog.types.values()
        seen["description"] = dialog.description.toPlainText()
        seen["opened"] = dialog.opened.date()
        press_ok(qtbot)(dialog)

    modals.expect(NewCaseDialog, type_then_lock)  # type: ignore[arg-type]
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.wait_done()
    qtbot.waitUntil(lambda: window.service is None, timeout=5000)
    assert window.stack.currentWidget() is window.locked
    assert not window.locked.closed_note.isVisible()  # nothing lost
    assert window.locked.saved_note.isVisible()
    assert window.locked.saved_note.text() == (
        "What you typed in the window “New case” is kept (in memory, not in the file); the "
        "window opens again with it after unlocking."
    )
    unlock(qtbot, window, modals, (NewCaseDialog, check_and_ok))
    modals.wait_done()
    assert seen == {
        "title": "Bedreiging via Instagram",
        "types": [dc.IncidentType.THREATS],
        "description": "Berichten sinds maandag.",
        "opened": QDate(2026, 11, 1),
    }, seen
    cases = window.cases
    assert cases is not None
    qtbot.waitUntil(lambda: any(r.title == "Bedreiging via Instagram" for r in cases.list_cases()))
    assert window.case_menu.kept_new_case is None  # told and used once
