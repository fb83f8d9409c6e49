"""What walk I found in the removal form, through the real window: the Overview's type ticked
and Save clicked, the question about minors answered with the mouse, keys typed and pressed in
the form.

- Return or Escape with typed answers asks in words that say the file is kept and the answers
  go, with a button saying so, and a title that does not repeat the question (finding 7).
- The form shows the description, and a file that has none cannot be removed without one: it is
  stored with the removal, so the record never says "Description: —" (finding 13).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QStyle, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.evidence.mark_dialog import MarkDialog
from tests import media
from tests.ui.conftest import Opened
from tests.ui.drive import Modals, button_named, by_label, click, click_row, click_tab

FILES = {name: data for name, _category, data in media.made("development")}


def undescribed_photo(session: CaseFileSession, case_id: int) -> None:
    session.evidence.add_bytes(case_id, FILES["foto.jpg"], "foto.jpg")


def yes(qtbot: QtBot) -> Callable[[QWidget], None]:
    def handler(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and box.objectName() == "pending_question"
        click(qtbot, button_named(box, "Yes, or not sure…"))

    return handler


def test_the_removal_form_says_the_file_stays_and_asks_for_a_missing_description(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    opened = open_tab(undescribed_photo, dc.IncidentType.FAKE_ACCOUNT)
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    view = opened.window.page.case_view
    seen: list[object] = []
    asked: list[tuple[str, str, list[str]]] = []

    def typed_then_return(dialog: QWidget) -> None:
        assert isinstance(dialog, MarkDialog)
        description = by_label(dialog, "Description")
        seen.append((description.text(), description.isReadOnly()))  # type: ignore[attr-defined]
        qtbot.keyClicks(dialog.where, "TikTok")
        qtbot.keyClicks(by_label(dialog, "Who has seen it"), "de mentor")
        qtbot.keyClick(dialog.seen_by, Qt.Key.Key_Return)

    def note_and_discard(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        names = [b.text().replace("&", "") for b in box.buttons()]
        asked.append((box.windowTitle(), box.text(), names))
        assert box.defaultButton() is button_named(box, "Keep typing")
        click(qtbot, button_named(box, "Discard answers, keep file"))

    click_tab(qtbot, view.tabs, "Overview")
    click(qtbot, view.overview.types.boxes[dc.IncidentType.EXPOSING])
    modals.expect(QMessageBox, yes(qtbot))
    modals.expect(MarkDialog, typed_then_return)
    modals.expect(QMessageBox, note_and_discard)
    click(qtbot, view.overview.save_button)
    modals.wait_done()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert seen == [("", False)]
    assert [(title, text, sorted(names)) for title, text, names in asked] == [
        (
            "Answers not saved",
            "Keep B-001 for now and discard your answers (where, who)?\n\n"
            "B-001 stays stored and still waits for the question about minors.",
            ["Discard answers, keep file", "Keep typing"],
        )
    ]
    item = evidence.items(case_id)[0]
    assert item.stored and item.location == ""
    # On the Evidence tab: removing without a description is refused with its own message.
    click_tab(qtbot, view.tabs, "Evidence")
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1)
    click_row(qtbot, widget.table, 0)
    refused: list[str] = []

    def remove_then_describe(dialog: QWidget) -> None:
        assert isinstance(dialog, MarkDialog)
        qtbot.keyClicks(dialog.where, "TikTok")
        qtbot.keyClicks(by_label(dialog, "Who has seen it"), "de mentor")
        modals.expect(QMessageBox, refuse_noted(refused))
        click(qtbot, button_named(dialog, "Remove stored original"))
        qtbot.waitUntil(lambda: bool(refused))
        description = by_label(dialog, "Description")
        assert dialog.focusWidget() is description
        qtbot.keyClicks(description, "Meisje in ondergoed, gezicht zichtbaar")
        click(qtbot, button_named(dialog, "Remove stored original"))

    modals.expect(QMessageBox, yes(qtbot))
    modals.expect(MarkDialog, remove_then_describe)
    click(qtbot, button_named(widget, "Possibly sexual image? Answer…"))
    modals.wait_done()
    qtbot.waitUntil(lambda: not widget.busy and not evidence.items(case_id)[0].stored)
    assert refused == [
        "Describe briefly what it shows, without keeping the image. Once the original is "
        "removed, the description is all that is left of it."
    ]
    item = evidence.items(case_id)[0]
    assert (item.description, item.location, item.seen_by) == (
        "Meisje in ondergoed, gezicht zichtbaar",
        "TikTok",
        "de mentor",
    )


def refuse_noted(refused: list[str]) -> Callable[[QWidget], None]:
    def handler(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        refused.append(box.text())
        box.accept()

    return handler


def test_the_removal_form_buttons_and_hint_read_the_right_way(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    """Walk I, finding 8: where the platform puts icons on dialog buttons, Remove carried OK's
    green tick and Keep Cancel's red cross; and the hint said "Both" under three fields."""
    opened = open_tab(undescribed_photo, dc.IncidentType.FAKE_ACCOUNT)
    view = opened.window.page.case_view
    looked: list[tuple[bool, bool, bool, list[str]]] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, MarkDialog)
        remove = button_named(dialog, "Remove stored original")
        keep = button_named(dialog, "Keep for now")
        style = dialog.style()
        icons = style.styleHint(QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons, None, remove)
        tick = style.standardIcon(QStyle.StandardPixmap.SP_DialogOkButton).pixmap(16).toImage()
        bin_ = style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon).pixmap(16).toImage()
        shown = remove.icon().pixmap(16).toImage()
        trash = shown == bin_ if icons else remove.icon().isNull()
        hints = [
            label.text() for label in dialog.findChildren(QLabel) if "evidence log" in label.text()
        ]
        looked.append((trash, shown != tick or remove.icon().isNull(), keep.icon().isNull(), hints))
        click(qtbot, keep)

    click_tab(qtbot, view.tabs, "Overview")
    click(qtbot, view.overview.types.boxes[dc.IncidentType.EXPOSING])
    modals.expect(QMessageBox, yes(qtbot))
    modals.expect(MarkDialog, look)
    click(qtbot, view.overview.save_button)
    modals.wait_done()
    assert looked == [
        (
            True,
            True,
            True,
            [
                "The description is what the evidence log for the police will show: add to it "
                "or correct it (what can be seen, without keeping the image). Where it is and "
                "who has seen it are kept with the item and printed there too."
            ],
        )
    ]
    assert opened.evidence.items(opened.case_id)[0].stored  # Keep kept it
