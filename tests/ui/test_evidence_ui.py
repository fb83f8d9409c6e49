"""The Evidence tab: intake in a worker (the window keeps responding), paste, viewer."""

from __future__ import annotations

import gc
import io
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.services.session import CaseFileSession
from adviser_desk.ui.evidence.evidence_dialogs import ImageViewer, IntakeDialog
from adviser_desk.ui.evidence.evidence_tab import EvidenceTab
from adviser_desk.ui.evidence.url_dialog import UrlDialog
from adviser_desk.ui.shell.app import freeze_startup_objects
from tests.ui.conftest import Opened, add_files, open_case
from tests.ui.drive import (
    FileDialogs,
    Modals,
    activate,
    button_named,
    by_label,
    click,
    click_row,
    expect_print_to_file,
    press_cancel,
    press_ok,
    type_and_enter,
)


def png(width: int, height: int, seed: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (seed % 256, (seed * 7) % 256, 90)).save(out, "PNG")
    return out.getvalue()


def describe(
    qtbot: QtBot, minor: bool | None, where: str = "", mark: bool = False
) -> Callable[[QWidget], None]:
    """Answers the intake question by keyboard and mouse: a description and how it was
    provided, the answer about minors (if asked), and OK."""

    def handler(dialog: QWidget) -> None:
        assert isinstance(dialog, IntakeDialog)
        qtbot.keyClicks(by_label(dialog, "Description"), "Screenshots uit de klassenapp")
        qtbot.keyClicks(by_label(dialog, "Provided by / how"), "Getoond door de leerling")
        if mark:
            click(qtbot, dialog.marked)
        if minor is True:
            click(qtbot, dialog.minor_yes)
            qtbot.keyClicks(by_label(dialog, "Where it is"), where)
            qtbot.keyClicks(by_label(dialog, "Who has seen it"), "de leerling")
        elif minor is False:
            click(qtbot, dialog.minor_no)
        press_ok(qtbot)(dialog)

    return handler


def screenshots(folder: Path, count: int, size: tuple[int, int]) -> list[Path]:
    paths = []
    for i in range(count):
        path = folder / f"shot{i:03d}.png"
        path.write_bytes(png(size[0], size[1] + i, i))
        paths.append(path)
    return paths


def test_intake_of_100_images_keeps_the_window_responsive(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    opened = open_tab(kind=dc.IncidentType.CYBERBULLYING)
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    paths = screenshots(tmp_path, 100, (800, 600))
    # As the app does once its window is up (what pytest itself holds would count otherwise).
    freeze_startup_objects()
    modals.expect(IntakeDialog, describe(qtbot, minor=None))
    add_files(qtbot, widget, files, paths)
    qtbot.waitUntil(lambda: widget.task is not None)
    gaps: list[float] = []
    start = time.perf_counter()
    last = [start]
    # For a failure message that says when the window stalled: (gap, seconds in, worker busy).
    where: list[tuple[float, float, bool]] = []

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        busy = widget.task is not None and widget.task.isRunning()
        where.append((now - last[0], last[0] - start, busy))
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    # The dialog's OK hands the work to a thread and returns at once.
    assert widget.model.rowCount() < 100
    qtbot.waitUntil(lambda: widget.model.rowCount() == 100, timeout=120_000)
    timer.stop()
    assert evidence.count(case_id) == 100
    # Issue 5 asks for this bound as a test (the one timed assertion in the suite); the
    # figure itself is printed by bench/evidence_bench.py.
    gc.unfreeze()
    worst = sorted(where, reverse=True)[:3]
    assert max(gaps) < 0.25, (
        f"longest stall {max(gaps) * 1000:.0f} ms; worst (ms, s after start, worker running): "
        + ", ".join(f"({g * 1000:.0f}, {t:.2f}, {b})" for g, t, b in worst)
        + f"; {len(gaps)} ticks in {last[0] - start:.1f} s"
    )
    assert widget.model.index(0, 0).data() == "B-001"
    assert evidence.items(case_id)[0].description == "Screenshots uit de klassenapp"


def test_a_sexual_image_of_a_minor_is_described_not_stored(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    opened = open_tab()
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    path = tmp_path / "foto.png"
    path.write_bytes(png(50, 50, 3))
    modals.expect(IntakeDialog, describe(qtbot, minor=True, where="Snapchat-verhaal van @x"))
    add_files(qtbot, widget, files, [path])
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1, timeout=20_000)
    (row,) = evidence.items(case_id)
    assert not row.stored and row.location == "Snapchat-verhaal van @x"
    assert evidence.original(row.item_id) == b""
    # Told as what happened, not as "1 added" (walk 5, W5-9).
    assert widget.status.text() == "1 described, not stored."
    # Selected as just added; nothing of it is kept, so there is nothing to mark (W6-4b).
    mark = button_named(widget, "Mark as possibly sexual image…")
    assert widget.selected() is not None and widget.selected().number == "B-001"
    assert not mark.isEnabled()
    assert mark.toolTip() == "B-001 has no stored original: nothing of it is kept."
    chat, other = tmp_path / "chat.txt", tmp_path / "foto3.png"
    chat.write_text("Milan: stuur door\n", encoding="utf-8")
    other.write_bytes(png(40, 40, 8))
    modals.expect(IntakeDialog, describe(qtbot, minor=True, where="Klassenapp"))
    add_files(qtbot, widget, files, [chat, other])
    qtbot.waitUntil(lambda: widget.model.rowCount() == 3, timeout=20_000)
    assert widget.status.text() == "1 added, 1 described (not stored)."

    # View shows everything recorded in the image's place, read only (walker: it showed a
    # bare message box with the description alone).
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

    from adviser_desk.ui.common import format as fmt
    from adviser_desk.ui.evidence.withheld_view import WithheldRecord

    seen: dict[str, str] = {}

    def read_and_close(dialog: QWidget) -> None:
        assert isinstance(dialog, WithheldRecord)
        assert "not kept" in dialog.windowTitle()
        why = dialog.findChild(QWidget, "why_not_kept")
        assert why is not None and "under 18" in why.text()  # type: ignore[attr-defined]
        for name, field in dialog.fields.items():
            assert isinstance(field, QLineEdit | QPlainTextEdit) and field.isReadOnly()
            text = field.text() if isinstance(field, QLineEdit) else field.toPlainText()
            seen[name] = text
        click(qtbot, button_named(dialog, "Close"))

    click_row(qtbot, widget.table, 0)
    modals.expect(WithheldRecord, read_and_close)
    click(qtbot, button_named(widget, "Quick view"))
    modals.wait_done()
    assert seen["description"] == "Screenshots uit de klassenapp"
    assert seen["where"] == "Snapchat-verhaal van @x" and seen["seen_by"] == "de leerling"
    assert seen["sha256"] == row.sha256 and len(seen["sha256"]) == 64
    assert seen["received"] == "foto.png (image/png)"
    assert seen["recorded"] == f"{fmt.date_time_text(row.recorded_at)} by Marieke Jansen"


@pytest.mark.usefixtures("clipboard")
def test_pasting_an_image_and_an_address(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    opened = open_tab()
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(0x3366CC)
    mime = QMimeData()
    mime.setImageData(image)
    QGuiApplication.clipboard().setMimeData(mime)
    modals.expect(IntakeDialog, describe(qtbot, minor=False))
    press_ctrl_v(qtbot, opened.window, widget)
    modals.wait_done()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1)
    text = QMimeData()
    text.setText("https://www.instagram.com/nep.account/")
    QGuiApplication.clipboard().setMimeData(text)
    # A pasted address is shown in the web address form, to be checked and described before
    # anything is recorded (walker F20: a stray paste became a permanent item at once).
    shown: list[str] = []

    def check_and_describe(dialog: QWidget) -> None:
        assert isinstance(dialog, UrlDialog)
        shown.append(dialog.url.text())
        assert QApplication.focusWidget() is dialog.description
        qtbot.keyClicks(dialog.description, "Nepaccount met de foto")
        qtbot.keyClick(dialog.description, Qt.Key.Key_Return)

    # First pasted by mistake: Cancel records nothing.
    modals.expect(UrlDialog, press_cancel(qtbot))
    press_ctrl_v(qtbot, opened.window, widget)
    modals.wait_done()
    assert evidence.count(case_id) == 1
    modals.expect(UrlDialog, check_and_describe)
    press_ctrl_v(qtbot, opened.window, widget)
    modals.wait_done()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2)
    assert shown == ["https://www.instagram.com/nep.account/"]
    rows = evidence.items(case_id)
    assert rows[1].description == "Nepaccount met de foto"
    assert [r.kind.value for r in rows] == ["image", "url"]
    assert rows[0].width == 120 and rows[1].handle == "@nep.account"
    assert widget.model.rowCount() == 2


def test_viewer_shows_the_stored_original(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    def one_image(session: CaseFileSession, case_id: int) -> None:
        session.evidence.add_bytes(case_id, png(300, 200, 9), "x.png", minor_sexual=False)

    opened = open_tab(one_image, dc.IncidentType.CYBERBULLYING)
    seen: list[tuple[int, int]] = []

    def look(viewer: QWidget) -> None:
        assert isinstance(viewer, ImageViewer)
        width = viewer.item.pixmap().width()
        qtbot.keyClick(viewer, Qt.Key.Key_R)  # the Rotate shortcut
        seen.append((width, viewer.angle))
        click(qtbot, button_named(viewer, "Rotate"))
        seen.append((width, viewer.angle))
        qtbot.keyClick(viewer, Qt.Key.Key_Escape)

    modals.expect(ImageViewer, look)
    click_row(qtbot, opened.widget.table, 0)
    click(qtbot, button_named(opened.widget, "Quick view"))
    modals.wait_done()
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen == [(300, 90), (300, 180)]


def test_takedown_and_hand_over_dialogs_record_their_steps(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    from datetime import date, timedelta

    from adviser_desk.domain import dates
    from adviser_desk.ui.common import format as fmt
    from adviser_desk.ui.evidence.takedown_dialog import HandoverDialog, TakedownDialog

    def one_url(session: CaseFileSession, case_id: int) -> None:
        session.evidence.add_url(case_id, "https://www.instagram.com/nep.account/", "Nepaccount")

    opened = open_tab(one_url, dc.IncidentType.FAKE_ACCOUNT)
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    today = date.today()

    def report(dialog: QWidget) -> None:
        assert isinstance(dialog, TakedownDialog)
        assert dialog.reported.isChecked() and dialog.recheck.isChecked()
        channel = by_label(dialog, "Reported to")
        channel.setFocus()
        qtbot.keyClicks(channel, "Helpwanted")
        qtbot.keyClicks(by_label(dialog, "Reference"), "HW-1")
        press_ok(qtbot)(dialog)

    click_row(qtbot, widget.table, 0)
    modals.expect(TakedownDialog, report)
    click(qtbot, button_named(widget, "Takedown…"))
    modals.wait_done()
    qtbot.waitUntil(lambda: "reported" in widget.model.index(0, 4).data())
    tasks = [t for t in evidence.cases.tasks(case_id) if t.section == "evidence"]
    assert len(tasks) == 1 and tasks[0].due_on == today + timedelta(days=2)
    # The re-check task shows at once on the Tasks tab and in the case list's count (walker
    # F18: the count stayed as it was until something else refreshed it).
    view = opened.window.page.case_view
    assert view.tasks.model is not None
    assert tasks[0].task_id in {t.task_id for t in view.tasks.model.rows}
    listed = next(r for r in opened.window.page.case_list.model.rows if r.case_id == case_id)
    assert listed.open_tasks == sum(
        1 for t in evidence.cases.tasks(case_id) if t.status == dc.TaskStatus.OPEN
    )
    check_on = fmt.date_text(today + timedelta(days=2))
    assert widget.model.index(0, 4).data().endswith(f"reported, check on {check_on}")
    assert evidence.items(case_id)[0].takedown[0].channel == "helpwanted"

    def removed(dialog: QWidget) -> None:
        assert isinstance(dialog, TakedownDialog)
        assert dialog.checked.isChecked()  # after a report, the next step is usually a check
        status = by_label(dialog, "Status")
        status.setFocus()
        qtbot.keyClicks(status, "Removed")
        click(qtbot, dialog.recheck)  # no further check
        press_ok(qtbot)(dialog)

    click_row(qtbot, widget.table, 0)
    modals.expect(TakedownDialog, removed)
    click(qtbot, button_named(widget, "Takedown…"))
    modals.wait_done()
    qtbot.waitUntil(lambda: "removed" in widget.model.index(0, 4).data())
    assert all(
        t.status.value == "done" for t in evidence.cases.tasks(case_id) if t.section == "evidence"
    )
    # The finished re-check task says what the check found in a sentence of the UI's
    # language, not the raw status value (walk 12, W12-1: "removed" in the Dutch UI).
    checked = f"Checked on {dates.long_date(today, 'en')}: removed"
    qtbot.waitUntil(lambda: any(r.note == checked for r in view.tasks.model.rows))

    def hand_over(dialog: QWidget) -> None:
        assert isinstance(dialog, HandoverDialog)
        # It opens in 'Handed over to', ready to type (walk 4, W7: the focus was on OK).
        activate(qtbot, dialog)
        focused = QApplication.focusWidget()
        assert focused is by_label(dialog, "Handed over to")
        qtbot.keyClicks(focused, "Agent Jansen")
        qtbot.keyClicks(by_label(dialog, "Receipt note"), "ontvangstbewijs 12")
        press_ok(qtbot)(dialog)

    modals.expect(HandoverDialog, hand_over)
    click(qtbot, button_named(widget, "Hand over…"))
    modals.wait_done()
    qtbot.waitUntil(lambda: "Hand-over recorded for 1 item" in widget.status.text())
    assert evidence.items(case_id)[0].custody[-1][1:] == (
        "handed_over",
        "Agent Jansen",
        "ontvangstbewijs 12",
    )
    # The row says so (walk 5, W5-12: it looked the same as before the hand-over), under the
    # item's own facts, which stay first (walk 12, W12-10: the receiver's long name pushed
    # the URL's account off the cell); to whom is in the tooltip.
    details = widget.model.index(0, 4).data()
    assert details.endswith("removed\nhanded over"), details
    assert "Agent Jansen" not in details
    tip = widget.model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert f"handed over to Agent Jansen on {fmt.date_text(today)}" in tip, tip


def test_log_and_export_run_in_a_worker_and_printing_paints_every_page(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    import subprocess

    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from adviser_desk.services import evidence_export as evx
    from adviser_desk.ui.common.pdf_print import a4_printer, paint_pdf

    def twelve(session: CaseFileSession, case_id: int) -> None:
        for i in range(12):
            session.evidence.add_bytes(
                case_id, png(300 + i, 200, i), f"s{i}.png", minor_sexual=False
            )

    opened = open_tab(twelve, dc.IncidentType.CYBERBULLYING)
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    target = tmp_path / "log.pdf"
    files.save(target)
    log_button = widget.findChild(QPushButton, "evidence_log")
    assert log_button is not None and log_button.menu() is not None
    (save_as_pdf,) = [
        a for a in log_button.menu().actions() if a.text().replace("&", "") == "Save as PDF…"
    ]
    save_as_pdf.trigger()
    assert widget.task is not None
    qtbot.waitUntil(lambda: target.exists() and "Saved" in widget.status.text(), timeout=60_000)
    # Export for the police, clicked: who receives it (typed), then the folder (OS chooser).
    stick = tmp_path / "usb"
    stick.mkdir()
    files.folder(stick)
    modals.expect(QInputDialog, type_and_enter(qtbot, "", "Agent Jansen"))
    modals.expect(QMessageBox, lambda box: click(qtbot, box.button(QMessageBox.StandardButton.Ok)))
    export = widget.findChild(QPushButton, "export_police")
    assert export is not None
    click(qtbot, export)
    qtbot.waitUntil(lambda: "Exported" in widget.status.text(), timeout=60_000)
    modals.wait_done()
    (folder,) = stick.iterdir()
    assert (folder / "SHA256SUMS").exists()
    assert evidence.items(case_id)[0].custody[-1][1:3] == ("exported", "Agent Jansen")
    pdf = evx.render_log(evidence, case_id, lambda _c, t: t)
    printer = a4_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(100)
    pages = paint_pdf(printer, pdf)
    assert pages == len(PdfReader(io.BytesIO(pdf)).pages) >= 2
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == pages
    # Walk 4, W8: "Print to file (PDF)" wrote 0644; the app's own PDF saves are 0600.
    assert (tmp_path / "printed.pdf").stat().st_mode & 0o777 == 0o600
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "30",
            "-f",
            "1",
            "-l",
            "1",
            str(tmp_path / "printed.pdf"),
            str(tmp_path / "p"),
        ],
        check=True,
    )
    assert (tmp_path / "p-1.png").stat().st_size > 1000


def test_an_import_finishing_after_a_switch_does_not_show_in_the_other_case(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    ids: list[int] = []

    def another(session: CaseFileSession, _case_id: int) -> None:
        draft = dc.CaseDraft(title="Andere zaak", incident_types=[dc.IncidentType.THREATS])
        ids.append(session.cases.create_case(draft))

    opened = open_tab(another, dc.IncidentType.CYBERBULLYING)
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    modals.expect(IntakeDialog, describe(qtbot, minor=None))
    add_files(qtbot, widget, files, screenshots(tmp_path, 8, (800, 600)))
    qtbot.waitUntil(lambda: widget.task is not None)
    # The adviser clicks the other case at once, before the progress window comes up.
    open_case(qtbot, opened.window, ids[0])
    qtbot.waitUntil(lambda: "8 added" in widget.status.text(), timeout=60_000)
    # Told as the other case's outcome, not as this one's.
    number = evidence.cases.get_case(case_id).number
    assert widget.status.text() == f"Case {number}: 8 added."
    assert widget.case_id == ids[0]
    assert widget.model.rowCount() == 0
    assert evidence.count(case_id) == 8
    # Back on the case of the import: its list, and no status of an earlier action.
    open_case(qtbot, opened.window, case_id, "Evidence")
    assert widget.model.rowCount() == 8 and widget.status.text() == ""


def test_the_status_line_tells_the_latest_action_of_the_case_shown(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    """Walker: the status line still said "3 added" after switching case and after a later
    action. It tells the outcome of the latest action on the case shown, or nothing."""
    ids: list[int] = []

    def another(session: CaseFileSession, _case_id: int) -> None:
        draft = dc.CaseDraft(title="Andere zaak", incident_types=[dc.IncidentType.THREATS])
        ids.append(session.cases.create_case(draft))

    opened = open_tab(another, dc.IncidentType.CYBERBULLYING)
    widget, case_id = opened.widget, opened.case_id
    modals.expect(IntakeDialog, describe(qtbot, minor=None))
    add_files(qtbot, widget, files, screenshots(tmp_path, 3, (400, 300)))
    qtbot.waitUntil(lambda: widget.status.text() == "3 added.", timeout=60_000)
    # A later action: a web address added through Add > Web address.
    modals.expect(UrlDialog, type_and_enter(qtbot, "url", "https://example.org/nep"))
    add = widget.findChild(QPushButton, "add")
    (action,) = [a for a in add.menu().actions() if a.text().replace("&", "") == "Web address…"]
    action.trigger()
    modals.wait_done()
    assert widget.model.rowCount() == 4
    assert widget.status.text() == ""
    # Hand over: its outcome shows; then another case, where it does not.
    from adviser_desk.ui.evidence.takedown_dialog import HandoverDialog

    def hand_over(dialog: QWidget) -> None:
        qtbot.keyClicks(by_label(dialog, "Handed over to"), "Agent Jansen")
        press_ok(qtbot)(dialog)

    click_row(qtbot, widget.table, 0)
    modals.expect(HandoverDialog, hand_over)
    click(qtbot, button_named(widget, "Hand over…"))
    qtbot.waitUntil(lambda: "Hand-over recorded" in widget.status.text())
    open_case(qtbot, opened.window, ids[0], "Evidence")
    assert widget.case_id == ids[0] and widget.status.text() == ""
    open_case(qtbot, opened.window, case_id, "Evidence")
    assert widget.status.text() == ""


def test_marking_an_image_as_sexual_in_another_case_asks_the_question(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    from adviser_desk.domain import evidence as de

    opened = open_tab(kind=dc.IncidentType.CYBERBULLYING)
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    shown: list[tuple[bool, bool]] = []

    def mark_only(dialog: QWidget) -> None:
        assert isinstance(dialog, IntakeDialog)
        shown.append((dialog.marked.isVisible(), dialog.question.isVisible()))
        click(qtbot, dialog.marked)
        shown.append((dialog.marked.isVisible(), dialog.question.isVisible()))
        press_ok(qtbot)(dialog)  # refused: the question must be answered first

    def answer_now(dialog: QWidget) -> None:
        assert isinstance(dialog, IntakeDialog)
        qtbot.keyClicks(dialog.description, "Foto uit het verhaal")
        click(qtbot, dialog.minor_yes)
        qtbot.keyClicks(by_label(dialog, "Where it is"), "Instagram-verhaal")
        qtbot.keyClicks(by_label(dialog, "Who has seen it"), "de leerling")
        press_ok(qtbot)(dialog)

    modals.expect(IntakeDialog, mark_only)
    modals.accept_box()
    modals.expect(IntakeDialog, answer_now)
    path = tmp_path / "foto.png"
    path.write_bytes(png(60, 60, 5))
    add_files(qtbot, widget, files, [path])
    modals.wait_done()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1, timeout=20_000)
    assert shown == [(True, False), (True, True)]
    assert modals.texts[0].startswith("Answer the question first")
    (row,) = evidence.items(case_id)
    assert row.kind == de.EvidenceKind.WITHHELD and not row.stored


def test_opening_a_case_shows_rows_first_and_thumbnails_after(
    qtbot: QtBot, open_tab: Callable[..., Opened]
) -> None:
    def five(session: CaseFileSession, case_id: int) -> None:
        for i in range(5):
            session.evidence.add_bytes(
                case_id, png(120 + i, 90, i), f"s{i}.png", minor_sexual=False
            )

    widget = open_tab(five, dc.IncidentType.CYBERBULLYING).widget
    assert widget.model.rowCount() == 5  # the rows are there as soon as the case is clicked
    qtbot.waitUntil(
        lambda: widget.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None,
        timeout=20_000,
    )
    qtbot.waitUntil(
        lambda: widget.model.index(4, 0).data(Qt.ItemDataRole.DecorationRole) is not None,
        timeout=20_000,
    )
    assert widget.model.index(4, 0).data(Qt.ItemDataRole.DecorationRole).width() == 40


def test_thumbnails_are_read_for_the_rows_on_screen_and_follow_the_scrolling(
    qtbot: QtBot, open_tab: Callable[..., Opened]
) -> None:
    from adviser_desk.services.evidence_intake import Intake

    def sixty(session: CaseFileSession, case_id: int) -> None:
        sources = []
        for i in range(60):
            out = io.BytesIO()
            Image.new("RGB", (80, 60), (i * 4, 90, 200 - i * 3)).save(out, "JPEG")
            data = out.getvalue()
            sources.append((f"photo{i}.jpg", len(data), lambda d=data: d))
        result = session.evidence.add_sources(
            case_id, sources, Intake("shown by the student", "", minor_sexual=False)
        )
        assert len(result.added) == 60

    widget = open_tab(sixty, dc.IncidentType.CYBERBULLYING).widget
    model, table = widget.model, widget.table
    ids = [row.item_id for row in model.rows]
    last_visible = table.rowAt(table.viewport().height() - 1)
    assert 3 < last_visible < 40  # a screenful, not the whole list
    qtbot.waitUntil(
        lambda: all(model.shown_thumbnail(i) is not None for i in ids[: last_visible + 1]),
        timeout=20_000,
    )
    assert model.shown_thumbnail(ids[0]).width() == 40  # type: ignore[union-attr]
    assert all(model.shown_thumbnail(i) is None for i in ids[50:])  # not read: off screen
    click_row(qtbot, table, 0)
    for _ in range(8):  # page by page to the end of the list
        qtbot.keyClick(table, Qt.Key.Key_PageDown)
    assert table.rowAt(table.viewport().height() - 1) in (-1, len(ids) - 1)
    qtbot.waitUntil(lambda: model.shown_thumbnail(ids[-1]) is not None, timeout=20_000)


def test_a_long_case_shows_its_first_rows_at_once_and_the_rest_follows(
    qtbot: QtBot, open_tab: Callable[..., Opened], monkeypatch: pytest.MonkeyPatch
) -> None:
    from adviser_desk.services.evidence_intake import Intake
    from adviser_desk.ui.evidence import evidence_tab

    monkeypatch.setattr(evidence_tab, "FIRST_ROWS", 10)  # a screenful, small for the test
    others: list[int] = []

    def long_case(session: CaseFileSession, case_id: int) -> None:
        sources = []
        for i in range(25):
            out = io.BytesIO()
            Image.new("RGB", (80, 60), (i * 9, 90, 40)).save(out, "JPEG")
            data = out.getvalue()
            sources.append((f"photo{i}.jpg", len(data), lambda d=data: d))
        session.evidence.add_sources(case_id, sources, Intake("shown", "", minor_sexual=False))
        session.evidence.add_url(case_id, "https://www.tiktok.com/@nep/video/1", "the account")
        draft = dc.CaseDraft(title="Andere zaak", incident_types=[dc.IncidentType.THREATS])
        others.append(session.cases.create_case(draft))

    opened = open_tab(long_case)
    window, widget = opened.window, opened.widget
    evidence, case_id = opened.evidence, opened.case_id
    qtbot.waitUntil(lambda: widget.model.rowCount() == 26, timeout=20_000)
    # Back from another case (a click on each row): the first rows at once, the rest after.
    counts: list[int] = []
    widget.model.modelReset.connect(lambda: counts.append(widget.model.rowCount()))
    widget.model.rowsInserted.connect(lambda *_: counts.append(widget.model.rowCount()))
    open_case(qtbot, window, others[0])
    open_case(qtbot, window, case_id, wait=False)
    assert widget.model.rowCount() == 10  # at once, in the click
    qtbot.waitUntil(lambda: widget.model.rowCount() == 26, timeout=20_000)
    assert counts[-2:] == [10, 26]
    assert [row.item_id for row in widget.model.rows] == [
        row.item_id for row in evidence.items(case_id)
    ]
    widget.table.scrollToBottom()
    last = widget.model.rows[-2].item_id  # the last photo, read with the rest
    qtbot.waitUntil(lambda: widget.model.shown_thumbnail(last) is not None, timeout=20_000)
    # Away and back twice without a pause: the rest read for the first return comes after
    # the second listing and is dropped, so no row appears twice.
    for _ in range(2):
        open_case(qtbot, window, others[0], wait=False)
        open_case(qtbot, window, case_id, wait=False)
    qtbot.waitUntil(lambda: widget.model.rowCount() == 26, timeout=20_000)
    qtbot.wait(200)
    assert [row.item_id for row in widget.model.rows] == [
        row.item_id for row in evidence.items(case_id)
    ]


def press_ctrl_v(qtbot: QtBot, window: QWidget, widget: EvidenceTab) -> None:
    """As the adviser does: back in the window, focus on the evidence list, Ctrl+V."""
    activate(qtbot, window)
    widget.table.setFocus()
    qtbot.keyClick(widget.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_escape_in_the_message_dialog_asks_before_discarding_the_copied_message(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    """Walk 4, W6: Escape in Add > Message… threw away the verbatim copy of a threatening
    message without a word. With text in it, Escape asks; Keep typing keeps the dialog and the
    text, Discard closes it. Empty, Escape closes at once."""
    from adviser_desk.ui.evidence.evidence_dialogs import MessageDialog

    opened = open_tab()
    widget = opened.widget
    add = widget.findChild(QPushButton, "add")
    assert add is not None
    (action,) = [a for a in add.menu().actions() if a.text().replace("&", "") == "Message…"]
    seen: dict[str, object] = {}

    def type_then_escape_twice(dialog: QWidget) -> None:
        assert isinstance(dialog, MessageDialog)
        dialog.text.setFocus()
        qtbot.keyClicks(dialog.text, "Als je niet betaalt, stuur ik de foto door.")
        dialog.sender_edit.setFocus()
        qtbot.keyClicks(dialog.sender_edit, "@nep.account")
        qtbot.keyClick(dialog.sender_edit, Qt.Key.Key_Escape)  # answered: Keep typing
        seen["kept"] = dialog.isVisible() and "stuur ik de foto" in dialog.text.toPlainText()
        qtbot.keyClick(dialog.text, Qt.Key.Key_Escape)  # answered: Discard

    modals.expect(MessageDialog, type_then_escape_twice)
    modals.answer(QMessageBox.StandardButton.Cancel)
    modals.answer(QMessageBox.StandardButton.Discard)
    action.trigger()
    modals.wait_done()
    assert seen["kept"] is True
    assert modals.texts == ["What you typed in this window has not been saved. Discard it?"] * 2
    assert widget.model.rowCount() == 0
    # Nothing typed: Escape closes without a question.
    modals.expect(MessageDialog, lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape))
    action.trigger()
    modals.wait_done()
    assert len(modals.texts) == 2 and QApplication.activeModalWidget() is None
    # The lock closes it without asking (nobody may be there) and says the text was not kept.
    window = opened.window

    def type_then_lock(dialog: QWidget) -> None:
        qtbot.keyClicks(dialog.text, "Nog een bericht")  # type: ignore[attr-defined]
        qtbot.keyClick(dialog.text, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]

    modals.expect(MessageDialog, type_then_lock)
    action.trigger()
    modals.wait_done()
    qtbot.waitUntil(lambda: window.service is None)
    assert len(modals.texts) == 2 and "Add message" in window.locked.closed_note.text()


def test_a_cut_off_image_is_refused_before_the_adviser_describes_it(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    """Walk 5, W5-10: a PNG cut off at 2000 bytes was refused only after the whole intake
    dialog was filled in, and the description typed was lost. It is told before the dialog;
    with other files, the dialog then asks about those only. (In a case where the question
    about minors applies, a damaged image goes on to it instead: test_guard_walk_g_ui.py.)"""
    opened = open_tab(kind=dc.IncidentType.CYBERBULLYING)
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    whole = png(400, 300, 11)
    broken = tmp_path / "kapot.png"
    broken.write_bytes(whole[: len(whole) // 2])  # cut off in transfer
    modals.accept_box()
    add_files(qtbot, widget, files, [broken])
    # The look runs in the worker behind the progress window (W5-10 review: up to 20 files
    # of 25 MB were read on the GUI thread): Files… has returned before anything was told.
    from PySide6.QtWidgets import QProgressDialog

    assert widget.busy and not modals.texts
    progress = widget.findChild(QProgressDialog)
    assert progress is not None and progress.labelText() == "Checking the files…"
    modals.wait_done()
    assert "kapot.png looks like an image but is damaged or cut off" in modals.texts[-1]
    assert widget.model.rowCount() == 0 and evidence.items(case_id) == []
    # With a whole file beside it: told first, then the dialog counts the one file left.
    good = tmp_path / "goed.png"
    good.write_bytes(whole)
    counted: list[str] = []

    def read_and_describe(dialog: QWidget) -> None:
        assert isinstance(dialog, IntakeDialog)
        files_text = dialog.findChild(QWidget, "files")
        counted.append(files_text.text())  # type: ignore[union-attr]
        describe(qtbot, minor=None)(dialog)  # not asked in a bullying case

    modals.accept_box()
    modals.expect(IntakeDialog, read_and_describe)
    add_files(qtbot, widget, files, [broken, good])
    modals.wait_done()
    assert modals.texts[-1].endswith("The other file goes on to the next window: goed.png")
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1, timeout=20_000)
    assert widget.status.text() == "1 added, 1 not added."
    assert "kapot.png" not in counted[0] and "goed.png" in counted[0]
    assert [row.original_name for row in evidence.items(case_id)] == ["goed.png"]


def test_a_police_export_needs_its_recipient_and_records_it(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    """Walk 5, W5-11: OK on an empty 'Who receives it?' exported anyway, and the recipient
    was nowhere in the timeline or the audit log. Empty is told and asked again, with the
    typing in the field; the recipient is in the custody, the audit tab, the timeline and
    the package's own log."""
    from pypdf import PdfReader
    from PySide6.QtWidgets import QLineEdit

    from adviser_desk.domain.audit_actions import AuditAction
    from adviser_desk.ui.shell.audit_model import COL_SUBJECT
    from tests.ui.drive import click_tab
    from tests.ui.test_audit_labels_ui import AUDIT_TAB
    from tests.ui.test_timeline_ui import timeline_rows

    def one(session: CaseFileSession, case_id: int) -> None:
        session.evidence.add_bytes(case_id, png(60, 40, 4), "s.png", minor_sexual=False)

    opened = open_tab(one, dc.IncidentType.CYBERBULLYING)
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    stick = tmp_path / "usb"
    stick.mkdir()
    files.folder(stick)

    def type_again(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        activate(qtbot, dialog)
        field = QApplication.focusWidget()
        assert isinstance(field, QLineEdit) and field.text() == ""
        qtbot.keyClicks(field, "Agent Jansen, politie Utrecht")
        qtbot.keyClick(field, Qt.Key.Key_Return)

    modals.expect(QInputDialog, type_and_enter(qtbot, "", "   "))
    modals.accept_box()
    modals.expect(QInputDialog, type_again)
    modals.accept_box()
    click(qtbot, button_named(widget, "Export for the police…"))
    qtbot.waitUntil(lambda: "Exported" in widget.status.text(), timeout=60_000)
    modals.wait_done()
    assert "Fill in who receives the export" in modals.texts[0]
    receiver = "Agent Jansen, politie Utrecht"
    assert evidence.items(case_id)[0].custody[-1][1:3] == ("exported", receiver)
    (folder,) = stick.iterdir()
    (log,) = [p for p in folder.iterdir() if p.suffix == ".pdf"]
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(log).pages)
    assert f"Exported for {receiver}" in text, text
    assert [r for r in timeline_rows(qtbot, opened.window) if f"for {receiver}, folder" in r]
    window = opened.window
    click_tab(qtbot, window.page.tabs, AUDIT_TAB["en"])
    model = window.page.model
    subjects = {
        event.action: model.index(row, COL_SUBJECT).data()
        for row in range(model.rowCount())
        if (event := model.row_at(row)) is not None
    }
    assert subjects[AuditAction.EVIDENCE_EXPORT_STARTED].endswith(f" → {receiver}")
    assert subjects[AuditAction.EVIDENCE_EXPORTED].endswith(f" → {receiver}")


def test_printing_the_log_to_a_pdf_file_gives_a_text_pdf(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    documents: Path,
) -> None:
    """Walk 5, W5-24: Evidence log > Print… > 'Print to file (PDF)' wrote a 2.2 MB picture of
    each page, with no text; the SHA-256 values could not be copied. Printing to a PDF file
    writes the log's own PDF, the bytes whose hash the custody records. Walk 6, W6-5: the
    file proposed was ~/Bewijslijst.pdf; it is the one Save as PDF… proposes, in Documents
    before anything was saved, with the case number."""
    import hashlib
    import subprocess

    from pypdf import PdfReader

    def one(session: CaseFileSession, case_id: int) -> None:
        session.evidence.add_bytes(case_id, png(90, 60, 2), "bewijs.png", minor_sexual=False)

    opened = open_tab(one, dc.IncidentType.CYBERBULLYING)
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    number = evidence.cases.get_case(case_id).number
    printed = tmp_path / "Bewijslijst.pdf"

    proposed = expect_print_to_file(qtbot, modals, printed)
    log_button = widget.findChild(QPushButton, "evidence_log")
    (print_action,) = [
        a for a in log_button.menu().actions() if a.text().replace("&", "") == "Print…"
    ]
    print_action.trigger()
    modals.wait_done(timeout=60_000)
    qtbot.waitUntil(lambda: "Printed" in widget.status.text(), timeout=30_000)
    assert proposed == [str(documents / f"{number} evidence log (printed).pdf")]
    (item,) = evidence.items(case_id)
    text = " ".join(page.extract_text() for page in PdfReader(printed).pages)
    assert "Evidence log" in text and item.sha256 and item.sha256[:32] in text.replace("\n", "")
    assert printed.stat().st_mode & 0o777 == 0o600
    # The file is the PDF whose hash the log's own custody recorded.
    (earlier,) = evx_prints(evidence, case_id)
    assert earlier == hashlib.sha256(printed.read_bytes()).hexdigest()
    subprocess.run(
        ["pdftoppm", "-png", "-r", "30", "-f", "1", "-l", "1", str(printed), str(tmp_path / "p")],
        check=True,
    )
    assert (tmp_path / "p-1.png").stat().st_size > 1000


def evx_prints(evidence: object, case_id: int) -> list[str]:
    """The SHA-256 of each recorded print of the case's evidence log."""
    from sqlalchemy import select

    from adviser_desk.storage.models import EvidenceLogPrint

    with evidence.case_file.reading() as session:  # type: ignore[attr-defined]
        return list(
            session.scalars(
                select(EvidenceLogPrint.sha256).where(EvidenceLogPrint.case_id == case_id)
            )
        )


def test_the_items_just_added_are_selected_in_view_with_the_keyboard_in_the_list(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    """Walk 6, W6-4c: after adding, the new row was not selected, so View, Takedown… and Mark…
    stayed off until it was found and clicked. A long case (its rows after the first 100 read
    in a worker) has the new item selected once that row arrives."""
    from adviser_desk.ui.evidence.evidence_dialogs import MessageDialog
    from adviser_desk.ui.evidence.evidence_tab import FIRST_ROWS

    def many_messages(session: CaseFileSession, case_id: int) -> None:
        for i in range(FIRST_ROWS + 5):
            session.evidence.add_message(case_id, f"Bericht {i}", "@nep", "Snapchat")

    opened = open_tab(many_messages)
    widget = opened.widget
    qtbot.waitUntil(lambda: widget.model.rowCount() == FIRST_ROWS + 5, timeout=20_000)
    view = button_named(widget, "Quick view")
    paths = screenshots(tmp_path, 2, (60, 40))
    modals.expect(IntakeDialog, describe(qtbot, minor=False))
    add_files(qtbot, widget, files, paths)
    qtbot.waitUntil(lambda: widget.model.rowCount() == FIRST_ROWS + 7, timeout=20_000)
    modals.wait_done()
    qtbot.waitUntil(lambda: not widget.busy)

    def shown(number: str) -> bool:
        index = next(
            widget.model.index(i, 0)
            for i, row in enumerate(widget.model.rows)
            if row.number == number
        )
        return widget.table.visualRect(index).intersects(widget.table.viewport().rect())

    numbers = [f"B-{FIRST_ROWS + 6:03d}", f"B-{FIRST_ROWS + 7:03d}"]
    assert [row.number for row in widget.selected_rows()] == numbers
    assert shown(numbers[0]) and shown(numbers[1])  # scrolled down to them
    assert view.isEnabled() and button_named(widget, "Mark as possibly sexual image…").isEnabled()
    activate(qtbot, opened.window)  # offscreen, the window is not active again by itself
    assert QApplication.focusWidget() is widget.table
    # Add > Message…: the list is read again, its last rows in a worker; the new one is
    # selected when it arrives.
    add = widget.findChild(QPushButton, "add")
    assert add is not None
    (action,) = [a for a in add.menu().actions() if a.text().replace("&", "") == "Message…"]

    def type_message(dialog: QWidget) -> None:
        assert isinstance(dialog, MessageDialog)
        dialog.text.setFocus()
        qtbot.keyClicks(dialog.text, "Stuur me nu die foto.")
        press_ok(qtbot)(dialog)

    modals.expect(MessageDialog, type_message)
    action.trigger()
    modals.wait_done()
    last = f"B-{FIRST_ROWS + 8:03d}"
    qtbot.waitUntil(lambda: [row.number for row in widget.selected_rows()] == [last])
    assert shown(last) and view.isEnabled()
    activate(qtbot, opened.window)  # offscreen, the window is not active again by itself
    assert QApplication.focusWidget() is widget.table
