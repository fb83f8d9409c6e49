"""An earlier moment ("Happened earlier, at:", "Seen at:", "Happened at:") is stored as typed or
not at all. Walk 7, W7-2 stored 19:30 typed at 10:17; the maximum added then made "2130" typed
at 12:03 into 02:13, stored without a word (walks 8 and 9, W8-3 and W9-2). Now the field takes
the digits as typed, the arrow keys stop at now, and a moment in the future is refused on
submit with a message naming it, the focus back in the field and nothing stored. The services
refuse a future moment as well."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import QApplication, QCheckBox, QDateTimeEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.domain.clock import FutureTimeError
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.evidence_intake import Intake
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.common import earlier_time as earlier_time_module
from adviser_desk.ui.evidence.evidence_dialogs import IntakeDialog
from adviser_desk.ui.evidence.url_dialog import UrlDialog
from tests.conftest import PASSWORD
from tests.ui.conftest import Opened, add_files, demo_file, open_case, open_window
from tests.ui.drive import (
    FileDialogs,
    Modals,
    activate,
    button_named,
    click,
    click_tab,
    press_ok,
    unlock,
)

PRESSES = 40  # Up on the day, the hour, the minute: days and hours past now if nothing held it


def push_forward(qtbot: QtBot, field: QDateTimeEdit) -> None:
    """Up arrows on each section of the date-time field, as a hand trying to reach tomorrow."""
    for section in range(field.sectionCount()):
        field.setCurrentSectionIndex(section)
        for _ in range(PRESSES // field.sectionCount() + 1):
            qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.dateTime() <= QDateTime.currentDateTime()


def type_moment(qtbot: QtBot, check: QCheckBox, field: QDateTimeEdit, moment: QDateTime) -> None:
    """Ticks the box (by Space if it is already in the focus), Tab into the field, types the
    moment's digits one by one, as the walker did ("031220262130"), and Tab on."""
    if check.hasFocus():
        qtbot.keyClick(check, Qt.Key.Key_Space)
    else:
        click(qtbot, check)
    assert check.isChecked()
    qtbot.keyClick(check, Qt.Key.Key_Tab)
    assert field.hasFocus() and field.currentSectionIndex() == 0
    text = QLocale(QLocale.Language.English).toString(moment, field.displayFormat())
    digits = "".join(c for c in text if c.isdigit())
    qtbot.keyClicks(field, digits)
    assert field.text() == digits  # shown as typed while typing (date_typing.py)
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # ends the entry: the field takes it
    assert field.dateTime() == moment, field.text()  # as typed: not another, earlier time


def hours_from_now(hours: int) -> QDateTime:
    """The present minute moved by ``hours`` (what the field holds: no seconds)."""
    now = QDateTime.currentDateTime()
    minute = QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()))
    return minute.addSecs(hours * 3600)


def utc(moment: QDateTime) -> datetime:
    local: datetime = moment.toPython()  # type: ignore[assignment]
    return local.astimezone(UTC)


def refused(qtbot: QtBot, modals: Modals, field: QDateTimeEdit, window: QWidget) -> None:
    """The message named the moment as typed; back in the window, the focus is in the field."""
    modals.wait_done()
    assert "That time is in the future" in modals.texts[-1]
    assert field.text() in modals.texts[-1]
    activate(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_a_typed_future_time_on_the_timeline_is_refused_not_changed(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    path, ids = demo_file(case_dir / "Zaken.adcase")
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[0])
    view = window.page.case_view
    click_tab(qtbot, view.tabs, "Timeline and notes")
    timeline, cases = view.timeline, window.cases
    assert cases is not None
    activate(qtbot, window)
    timeline.note_edit.setFocus()
    qtbot.keyClicks(timeline.note_edit, "Moeder belde over de foto")
    click(qtbot, timeline.observed)
    push_forward(qtbot, timeline.observed_at)  # the arrows stop at now
    qtbot.keyClick(timeline.observed, Qt.Key.Key_Space)  # off again
    stored = len(cases.get_case(ids[0]).notes)
    # Two hours ahead, typed digit by digit, then the real Add note button: refused.
    modals.accept_box()
    type_moment(qtbot, timeline.observed, timeline.observed_at, hours_from_now(2))
    click(qtbot, timeline.add_button)
    refused(qtbot, modals, timeline.observed_at, window)
    assert len(cases.get_case(ids[0]).notes) == stored
    assert timeline.note_edit.toPlainText() == "Moeder belde over de foto"  # nothing lost
    # Corrected to three hours ago: stored with exactly that time.
    click(qtbot, timeline.observed)  # off; Space ticks it again with the present minute
    earlier = hours_from_now(-3)
    type_moment(qtbot, timeline.observed, timeline.observed_at, earlier)
    click(qtbot, timeline.add_button)
    qtbot.waitUntil(lambda: not timeline.note_edit.toPlainText())
    (note,) = [n for n in cases.get_case(ids[0]).notes if n.text == "Moeder belde over de foto"]
    assert note.observed_at == utc(earlier)
    # Ctrl+L with a future time typed: the lock cannot ask, so the note is added without the
    # time and the lock page says so; Undo after unlocking puts text and time back.
    timeline.note_edit.setFocus()
    qtbot.keyClicks(timeline.note_edit, "Vader belde")
    ahead = hours_from_now(1)
    type_moment(qtbot, timeline.observed, timeline.observed_at, ahead)
    shown = timeline.observed_at.text()
    qtbot.keyClick(timeline.observed_at, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.service is None)
    assert f"Its time, {shown}, lies in the future" in window.locked.saved_note.text()
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as session:
        (kept,) = [n for n in session.cases.get_case(ids[0]).notes if n.text == "Vader belde"]
    assert kept.observed_at is None
    unlock(qtbot, window, modals)
    assert "lies in the future" in view.undo_bar.message.text()
    click(qtbot, view.undo_bar.button)
    assert timeline.note_edit.toPlainText() == "Vader belde"
    assert timeline.observed.isChecked() and timeline.observed_at.dateTime() == ahead
    window.act_close.trigger()


def test_the_evidence_dialogs_refuse_a_typed_future_time_and_keep_the_form(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    modals: Modals,
    files: FileDialogs,
    tmp_path: Path,
) -> None:
    opened = open_tab(None, dc.IncidentType.CYBERBULLYING)
    widget, case_id = opened.widget, opened.case_id
    earlier = hours_from_now(-2)

    def future_then_earlier(dialog: QWidget, check: QCheckBox, field: QDateTimeEdit) -> None:
        modals.accept_box()  # the message, answered while the form waits behind it
        type_moment(qtbot, check, field, hours_from_now(5))
        press_ok(qtbot)(dialog)
        refused(qtbot, modals, field, dialog)
        assert dialog.isVisible()
        click(qtbot, check)
        type_moment(qtbot, check, field, earlier)
        press_ok(qtbot)(dialog)

    def url(dialog: QWidget) -> None:
        assert isinstance(dialog, UrlDialog)
        activate(qtbot, dialog)
        qtbot.keyClicks(dialog.url, "https://example.org/nep")
        click(qtbot, dialog.observed)
        push_forward(qtbot, dialog.observed_at)
        qtbot.keyClick(dialog.observed, Qt.Key.Key_Space)  # off again
        future_then_earlier(dialog, dialog.observed, dialog.observed_at)

    modals.expect(UrlDialog, url)
    add = widget.findChild(QPushButton, "add")
    assert add is not None
    (action,) = [a for a in add.menu().actions() if a.text().replace("&", "") == "Web address…"]
    action.trigger()
    modals.wait_done()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1)
    (item,) = opened.evidence.items(case_id)
    assert item.observed_at == utc(earlier)

    def intake(dialog: QWidget) -> None:
        assert isinstance(dialog, IntakeDialog)
        activate(qtbot, dialog)
        qtbot.keyClicks(dialog.description, "Chat met dreigement")
        future_then_earlier(dialog, dialog.observed, dialog.observed_at)

    chat = tmp_path / "chat.txt"
    chat.write_text("je bent er morgen geweest\n", encoding="utf-8")
    modals.expect(IntakeDialog, intake)
    add_files(qtbot, widget, files, [chat])
    modals.wait_done()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2, timeout=20_000)
    (added,) = [i for i in opened.evidence.items(case_id) if i.original_name == "chat.txt"]
    assert added.observed_at == utc(earlier)


def test_the_services_refuse_a_future_moment(case_dir: Path) -> None:
    path, ids = demo_file(case_dir / "Zaken.adcase")
    tomorrow = datetime.now(UTC) + timedelta(hours=9)
    with CaseFileSession(svc.unlock_with_password(path, PASSWORD)) as session:
        notes = len(session.cases.get_case(ids[0]).notes)
        items = session.evidence.count(ids[0])
        with pytest.raises(FutureTimeError) as refused:
            session.cases.add_note(ids[0], "Later gebeurd", tomorrow)
        assert "lies in the future" in str(refused.value)
        with pytest.raises(FutureTimeError):
            session.evidence.add_url(ids[0], "https://example.org/x", observed_at=tomorrow)
        with pytest.raises(FutureTimeError):  # files, pasted images, messages: what was said
            Intake("Screenshot", observed_at=tomorrow)
        assert len(session.cases.get_case(ids[0]).notes) == notes
        assert session.evidence.count(ids[0]) == items
        # Now itself, and a moment ago, are fine.
        session.cases.add_note(ids[0], "Net gebeurd", datetime.now(UTC))


def is_now(moment: QDateTime) -> bool:
    """The present minute (or the one before, should the clock turn a minute meanwhile)."""
    now = hours_from_now(0)
    return now.addSecs(-60) <= moment <= now


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_the_earlier_time_fields_propose_now_when_shown_not_the_start_time(
    qtbot: QtBot,
    case_dir: Path,
    modals: Modals,
    files: FileDialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Walk 14, W14-11: the Timeline's field showed the time the app started ten minutes
    later. The clock (an OS boundary) is set back while the window is made, then runs on."""
    path, ids = demo_file(case_dir / "Zaken.adcase")
    started = QDateTime.currentDateTime().addSecs(-11 * 60)
    monkeypatch.setattr(earlier_time_module, "_now", lambda: started)
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[0])
    view = window.page.case_view
    assert not is_now(view.timeline.observed_at.dateTime())  # made at the start time
    monkeypatch.undo()  # eleven minutes later
    click_tab(qtbot, view.tabs, "Timeline and notes")
    timeline = view.timeline
    assert not timeline.observed.isChecked()
    assert is_now(timeline.observed_at.dateTime()), timeline.observed_at.text()
    click(qtbot, timeline.observed)
    assert timeline.observed_at.isEnabled() and is_now(timeline.observed_at.dateTime())
    click(qtbot, timeline.observed)  # off again
    # The evidence dialogs' fields, unticked, show now as well.
    click_tab(qtbot, view.tabs, "Evidence")
    widget = view.evidence
    shown: list[QDateTime] = []

    def url(dialog: QWidget) -> None:
        assert isinstance(dialog, UrlDialog)
        qtbot.waitExposed(dialog)
        shown.append(dialog.observed_at.dateTime())
        click(qtbot, button_named(dialog, "Cancel"))

    modals.expect(UrlDialog, url)
    add = widget.findChild(QPushButton, "add")
    assert add is not None
    (action,) = [a for a in add.menu().actions() if a.text().replace("&", "") == "Web address…"]
    action.trigger()
    modals.wait_done()
    assert len(shown) == 1 and is_now(shown[0])
    window.act_close.trigger()
