"""What walk H found in the Evidence tab (keyboard, Dutch, dark), through the real window: rows
clicked, files chosen in the (patched) file chooser, the Overview saved, keys pressed.

- After the refusal of a file whose bytes were withheld, the row selected before stays so
  (finding 12: B-001 was selected, and keyboard actions went to it).
- Later on "1 of 2" after saving the Overview says there how many wait and where, and that
  count follows the answers (finding 2; the line is built from the case since walk K, 11).
- The removal form's default is Keep for now, and Return or Escape asks before dropping typed
  answers; Return on the Remove button, reached with Tab, removes (finding 5).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.evidence.mark_dialog import MarkDialog
from tests import media
from tests.ui.conftest import Opened, add_files
from tests.ui.drive import FileDialogs, Modals, button_named, by_label, click, click_row, click_tab

FILES = {name: data for name, _category, data in media.made("development")}


def test_the_selection_stays_after_withheld_bytes_are_refused(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    def withheld_and_note(session: CaseFileSession, case_id: int) -> None:
        session.evidence.add_bytes(case_id, FILES["foto.jpg"], "foto.jpg",
                                   description="Beschrijving",
                                   minor_sexual=True, where="TikTok")  # fmt: skip
        session.evidence.add_bytes(case_id, b"De leerling vertelde het.\n", "notitie.txt")

    opened = open_tab(withheld_and_note)
    widget = opened.widget
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2)
    click_row(qtbot, widget.table, 1)
    copy = tmp_path / "foto.jpg"
    copy.write_bytes(FILES["foto.jpg"])
    # Refused before the form since guardE: no dialog, nothing stored, the list not reread.
    modals.answer(QMessageBox.StandardButton.Ok)  # File cannot be added
    add_files(qtbot, widget, files, [copy])
    modals.wait_done()
    qtbot.waitUntil(lambda: not widget.busy and QApplication.activeModalWidget() is None)
    assert "same file (identical SHA-256) as B-001" in modals.texts[-1]
    assert opened.evidence.count(opened.case_id) == 2
    assert [i.row() for i in widget.table.selectionModel().selectedRows()] == [1]
    assert widget.table.currentIndex().row() == 1


def pending_answer(qtbot: QtBot, button: str) -> Callable[[QWidget], None]:
    def handler(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and box.objectName() == "pending_question"
        click(qtbot, button_named(box, button))

    return handler


def later(qtbot: QtBot) -> Callable[[QWidget], None]:
    def handler(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and box.objectName() == "pending_question"
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    return handler


def stored_two(session: CaseFileSession, case_id: int) -> None:
    session.evidence.add_bytes(case_id, FILES["foto.jpg"], "foto.jpg", "Profielfoto")
    session.evidence.add_bytes(case_id, FILES["filmpje.mp4"], "filmpje.mp4", "Bewerkt filmpje")


WAIT_ON_TAB = (
    "2 files still wait for the question about minors (B-001, B-002): answer them on the "
    "Evidence tab, where they are marked."
)


def test_later_after_saving_says_on_the_overview_how_many_wait_and_where(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    opened = open_tab(stored_two, dc.IncidentType.FAKE_ACCOUNT)
    view = opened.window.page.case_view
    click_tab(qtbot, view.tabs, "Overview")
    click(qtbot, view.overview.types.boxes[dc.IncidentType.EXPOSING])
    modals.expect(QMessageBox, later(qtbot))  # "1 of 2": Escape
    click(qtbot, view.overview.save_button)
    modals.wait_done()
    assert view.tabs.currentWidget() is view.overview
    assert view.waiting.isVisible() and view.waiting.message.text() == WAIT_ON_TAB
    assert len(modals.texts) == 1  # "2 of 2" was not asked
    # On the Evidence tab: one answered "No, keep it", and the count on the line follows;
    # Later on the other leaves it as it is.
    click_tab(qtbot, view.tabs, "Evidence")
    widget = opened.widget
    assert view.waiting.isVisible()
    click_row(qtbot, widget.table, 0)
    modals.expect(QMessageBox, pending_answer(qtbot, "No, keep it"))
    click(qtbot, button_named(widget, "Possibly sexual image? Answer…"))
    modals.wait_done()
    one = view.waiting.message.text()
    assert one.startswith("1 file still waits for the question about minors"), one
    click_row(qtbot, widget.table, 1)
    modals.expect(QMessageBox, later(qtbot))
    click(qtbot, button_named(widget, "Possibly sexual image? Answer…"))
    modals.wait_done()
    qtbot.wait(50)
    assert view.waiting.isVisible() and view.waiting.message.text() == one
    notice = widget.findChild(QWidget, "waiting_notice")
    assert notice is not None and notice.isVisible()
    assert notice.text().startswith("1 file still waits")  # type: ignore[attr-defined]


def test_the_removal_form_keeps_by_default_and_asks_before_dropping_answers(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    opened = open_tab(stored_two, dc.IncidentType.CYBERBULLYING)
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2)
    click_row(qtbot, widget.table, 0)
    seen: list[tuple[str, bool, str, str]] = []

    def typed_then_return_then_escape(dialog: QWidget) -> None:
        assert isinstance(dialog, MarkDialog)
        keep = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        seen.append(("default", keep.isDefault(), keep.text().replace("&", ""), ""))
        qtbot.keyClicks(dialog.where, "TikTok")
        qtbot.keyClicks(by_label(dialog, "Who has seen it"), "de mentor")
        qtbot.keyClick(dialog.seen_by, Qt.Key.Key_Return)  # answered: Keep typing
        seen.append(("return", dialog.isVisible(), dialog.where.text(), dialog.seen_by.text()))
        qtbot.keyClick(dialog.seen_by, Qt.Key.Key_Escape)  # answered: Discard

    modals.expect(MarkDialog, typed_then_return_then_escape)
    modals.answer(QMessageBox.StandardButton.Cancel)
    modals.answer("Discard answers, keep file")
    click(qtbot, button_named(widget, "Mark as possibly sexual image…"))
    modals.wait_done()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert seen == [
        ("default", True, "Keep for now", ""),
        ("return", True, "TikTok", "de mentor"),
    ]
    # The question names what it does: the file stays, the answers go (walk I, finding 7).
    discard = (
        "Keep B-001 for now and discard your answers (where, who)?\n\n"
        "The stored original of B-001 stays in the case file."
    )
    assert modals.texts == [discard, discard]
    assert evidence.items(case_id)[0].stored
    # Return on the Remove button, reached with Tab, removes.

    def tab_to_remove(dialog: QWidget) -> None:
        assert isinstance(dialog, MarkDialog)
        qtbot.keyClicks(dialog.where, "TikTok")
        qtbot.keyClicks(by_label(dialog, "Who has seen it"), "de mentor")
        remove = button_named(dialog, "Remove stored original")
        for _ in range(6):
            if remove.hasFocus():
                break
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert isinstance(remove, QPushButton) and remove.hasFocus()
        qtbot.keyClick(remove, Qt.Key.Key_Return)

    modals.expect(MarkDialog, tab_to_remove)
    click(qtbot, button_named(widget, "Mark as possibly sexual image…"))
    modals.wait_done()
    qtbot.waitUntil(lambda: not widget.busy and not evidence.items(case_id)[0].stored)
    assert evidence.items(case_id)[0].location == "TikTok"
