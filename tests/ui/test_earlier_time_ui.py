"""An earlier moment never lies in the future (walk 7, W7-2: "Happened earlier, at:" stored
19:30 when it was 10:17). The Timeline's field and the evidence dialogs' share earlier_time():
their maximum is now, moved on when the field gets the focus, so keys cannot go past it; the
services refuse a future moment with a clear message as well (and the file dialog keeps its
window open with it)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.domain.clock import FutureTimeError
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.evidence_intake import Intake
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.evidence.url_dialog import UrlDialog
from tests.conftest import PASSWORD
from tests.ui.conftest import Opened, demo_file, open_case, open_window
from tests.ui.drive import FileDialogs, Modals, activate, click, click_tab

PRESSES = 40  # Up on the day, the hour, the minute: days and hours past now if nothing held it


def push_forward(qtbot: QtBot, field: QWidget) -> None:
    """Up arrows on each section of the date-time field, as a hand trying to reach tomorrow."""
    from PySide6.QtWidgets import QDateTimeEdit

    assert isinstance(field, QDateTimeEdit)
    for section in range(field.sectionCount()):
        field.setCurrentSectionIndex(section)
        for _ in range(PRESSES // field.sectionCount() + 1):
            qtbot.keyClick(field, Qt.Key.Key_Up)


def not_after_now(moment: datetime) -> bool:
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware <= datetime.now(UTC) + timedelta(minutes=1)


def test_the_timeline_note_cannot_have_happened_in_the_future(
    qtbot: QtBot, case_dir: Path, modals: Modals, files: FileDialogs
) -> None:
    path, ids = demo_file(case_dir / "Zaken.adcase")
    window = open_window(qtbot, path, modals, files)
    open_case(qtbot, window, ids[0])
    view = window.page.case_view
    click_tab(qtbot, view.tabs, "Timeline and notes")
    timeline = view.timeline
    activate(qtbot, window)
    timeline.note_edit.setFocus()
    qtbot.keyClicks(timeline.note_edit, "Moeder belde over de foto")
    click(qtbot, timeline.observed)
    timeline.observed_at.setFocus()
    push_forward(qtbot, timeline.observed_at)
    shown = timeline.observed_at.dateTime()
    assert shown <= QDateTime.currentDateTime().addSecs(60)
    timeline.note_edit.setFocus()
    qtbot.keyClick(timeline.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    cases = window.cases
    assert cases is not None
    qtbot.waitUntil(lambda: not timeline.note_edit.toPlainText())
    (note,) = [n for n in cases.get_case(ids[0]).notes if n.text == "Moeder belde over de foto"]
    assert note.observed_at is not None and not_after_now(note.observed_at)
    # The field was ticked earlier today: its maximum moves on with the clock when it is used.
    timeline.observed_at.setMaximumDateTime(QDateTime.currentDateTime().addSecs(-3600))
    click(qtbot, timeline.observed)
    timeline.observed_at.setFocus()
    assert timeline.observed_at.maximumDateTime() >= QDateTime.currentDateTime()
    window.act_close.trigger()


def test_the_web_address_seen_at_cannot_lie_in_the_future(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    opened = open_tab(None, dc.IncidentType.CYBERBULLYING)
    widget, case_id = opened.widget, opened.case_id

    def future_seen_at(dialog: QWidget) -> None:
        assert isinstance(dialog, UrlDialog)
        qtbot.keyClicks(dialog.url, "https://example.org/nep")
        click(qtbot, dialog.observed)
        dialog.observed_at.setFocus()
        push_forward(qtbot, dialog.observed_at)
        assert dialog.observed_at.dateTime() <= QDateTime.currentDateTime().addSecs(60)
        qtbot.keyClick(dialog.url, Qt.Key.Key_Return)

    modals.expect(UrlDialog, future_seen_at)
    add = widget.findChild(QPushButton, "add")
    assert add is not None
    (action,) = [a for a in add.menu().actions() if a.text().replace("&", "") == "Web address…"]
    action.trigger()
    modals.wait_done()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1)
    (item,) = opened.evidence.items(case_id)
    assert item.observed_at is not None and not_after_now(item.observed_at)


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
