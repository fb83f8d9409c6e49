"""The Evidence tab: intake in a worker (the window keeps responding), paste, viewer."""

from __future__ import annotations

import gc
import io
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.evidence_service import EvidenceService
from adviser_desk.services.protocol_data import protocol
from adviser_desk.storage import kdf
from adviser_desk.ui.evidence.evidence_dialogs import ImageViewer, IntakeDialog
from adviser_desk.ui.evidence.evidence_tab import EvidenceTab
from adviser_desk.ui.shell.app import freeze_startup_objects
from tests.conftest import PASSWORD
from tests.ui.drive import FileDialogs, Modals, click, type_and_enter


def png(width: int, height: int, seed: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (seed % 256, (seed * 7) % 256, 90)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def tab(qtbot: QtBot, case_dir: Path) -> Iterator[tuple[EvidenceTab, EvidenceService, int]]:
    service, _ = svc.create_case_file(case_dir / "E.adcase", PASSWORD, kdf.MINIMUM)
    cases = CaseService(service.case, protocol(), "en")
    case_id = cases.create_case(
        dc.CaseDraft(title="Exposing", incident_types=[dc.IncidentType.EXPOSING])
    )
    evidence = EvidenceService(cases)
    widget = EvidenceTab()
    qtbot.addWidget(widget)
    widget.show_case(evidence, case_id)
    widget.show()
    yield widget, evidence, case_id
    widget.clear()
    service.close()


def answered(count: int, minor: bool | None) -> IntakeDialog:
    dialog = IntakeDialog(count, ask_minor=minor is not None)
    dialog.description.setText("Screenshots uit de klassenapp")
    dialog.source.setText("Getoond door de leerling")
    if minor is True:
        dialog.minor_yes.setChecked(True)
        dialog.where.setText("Snapchat-verhaal van @x")
    elif minor is False:
        dialog.minor_no.setChecked(True)
    return dialog


def test_intake_of_100_images_keeps_the_window_responsive(
    qtbot: QtBot, tab: tuple[EvidenceTab, EvidenceService, int], tmp_path: Path
) -> None:
    widget, evidence, case_id = tab
    paths = []
    for i in range(100):
        path = tmp_path / f"shot{i:03d}.png"
        path.write_bytes(png(800, 600, i))
        paths.append(path)
    # As the app does once its window is up (what pytest itself holds would count otherwise).
    freeze_startup_objects()
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
    widget.add_paths(paths, answered(100, minor=False))
    # add_paths hands the work to a thread and returns at once.
    assert widget.task is not None and widget.task.isRunning()
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


def test_a_sexual_image_of_a_minor_is_described_not_stored(
    qtbot: QtBot, tab: tuple[EvidenceTab, EvidenceService, int], tmp_path: Path
) -> None:
    widget, evidence, case_id = tab
    path = tmp_path / "foto.png"
    path.write_bytes(png(50, 50, 3))
    widget.add_paths([path], answered(1, minor=True))
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1, timeout=20_000)
    (row,) = evidence.items(case_id)
    assert not row.stored and row.source == "Snapchat-verhaal van @x"
    assert evidence.original(row.item_id) == b""


def test_pasting_an_image_and_an_address(
    qtbot: QtBot, tab: tuple[EvidenceTab, EvidenceService, int]
) -> None:
    widget, evidence, case_id = tab
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(0x3366CC)
    mime = QMimeData()
    mime.setImageData(image)
    widget.paste_from(mime, answered(1, minor=False))
    text = QMimeData()
    text.setText("https://www.instagram.com/nep.account/")
    widget.paste_from(text)
    rows = evidence.items(case_id)
    assert [r.kind.value for r in rows] == ["image", "url"]
    assert rows[0].width == 120 and rows[1].handle == "@nep.account"
    assert widget.model.rowCount() == 2


def test_viewer_shows_the_stored_original(
    qtbot: QtBot, tab: tuple[EvidenceTab, EvidenceService, int]
) -> None:
    _widget, evidence, case_id = tab
    row = evidence.add_bytes(case_id, png(300, 200, 9), "x.png", minor_sexual=False)
    viewer = ImageViewer(evidence.original(row.item_id), row.number)
    qtbot.addWidget(viewer)
    viewer.show()
    assert viewer.item.pixmap().width() == 300
    viewer.rotate()
    assert viewer.angle == 90


def test_takedown_and_hand_over_dialogs_record_their_steps(
    qtbot: QtBot, tab: tuple[EvidenceTab, EvidenceService, int]
) -> None:
    from datetime import date

    from adviser_desk.ui.evidence.takedown_dialog import HandoverDialog, TakedownDialog

    widget, evidence, case_id = tab
    url = evidence.add_url(case_id, "https://www.instagram.com/nep.account/", "Nepaccount")
    widget.reload()
    dialog = TakedownDialog(evidence, url, widget, today=date(2026, 11, 20))
    qtbot.addWidget(dialog)
    assert dialog.reported.isChecked() and dialog.recheck.isChecked()
    dialog.channel.setCurrentIndex(dialog.channel.findData("helpwanted"))
    dialog.reference.setText("HW-1")
    dialog.buttons.accepted.emit()
    assert dialog.result() == dialog.DialogCode.Accepted
    tasks = [t for t in evidence.cases.tasks(case_id) if t.section == "evidence"]
    assert len(tasks) == 1 and tasks[0].due_on == date(2026, 11, 22)
    widget.reload()
    assert widget.model.index(0, 4).data().endswith("reported — check on 22/11/2026")
    row = evidence.items(case_id)[0]
    second = TakedownDialog(evidence, row, widget, today=date(2026, 11, 22))
    qtbot.addWidget(second)
    assert second.checked.isChecked()  # after a report, the next step is usually a check
    # Never checked: no status is preset, OK waits until the adviser picks one.
    ok = second.buttons.button(second.buttons.StandardButton.Ok)
    assert second.status.currentData() is None and not ok.isEnabled()
    second.status.setCurrentIndex(second.status.findData("removed"))
    assert ok.isEnabled()
    second.recheck.setChecked(False)
    second.buttons.accepted.emit()
    widget.reload()
    assert "removed" in widget.model.index(0, 4).data()
    # The next step starts at what the history says (removed), not at "still online".
    third = TakedownDialog(evidence, evidence.items(case_id)[0], widget, today=date(2026, 11, 25))
    qtbot.addWidget(third)
    assert third.checked.isChecked() and third.status.currentData() == "removed"
    assert third.channel.currentData() == "helpwanted"  # the last report went there
    assert all(
        t.status.value == "done" for t in evidence.cases.tasks(case_id) if t.section == "evidence"
    )
    handover = HandoverDialog(evidence, case_id, [], widget)
    qtbot.addWidget(handover)
    handover.receiver.setText("Agent Jansen")
    handover.note.setText("ontvangstbewijs 12")
    handover.buttons.accepted.emit()
    assert handover.count == 1
    assert evidence.items(case_id)[0].custody[-1][1:] == (
        "handed_over",
        "Agent Jansen",
        "ontvangstbewijs 12",
    )


def test_log_and_export_run_in_a_worker_and_printing_paints_every_page(
    qtbot: QtBot,
    tab: tuple[EvidenceTab, EvidenceService, int],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    import subprocess

    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from adviser_desk.services import evidence_export as evx
    from adviser_desk.ui.common.pdf_print import a4_printer, paint_pdf

    widget, evidence, case_id = tab
    for i in range(12):
        evidence.add_bytes(case_id, png(300 + i, 200, i), f"s{i}.png", minor_sexual=False)
    target = tmp_path / "log.pdf"
    files.save(target)
    log_button = widget.findChild(QPushButton, "evidence_log")
    assert log_button is not None and log_button.menu() is not None
    (save_as_pdf,) = [a for a in log_button.menu().actions() if a.text() == "Save as PDF…"]
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
    qtbot: QtBot, tab: tuple[EvidenceTab, EvidenceService, int], tmp_path: Path
) -> None:
    from adviser_desk.domain import cases as dc

    widget, evidence, case_id = tab
    other = evidence.cases.create_case(
        dc.CaseDraft(title="Andere zaak", incident_types=[dc.IncidentType.THREATS])
    )
    paths = []
    for i in range(8):
        path = tmp_path / f"s{i}.png"
        path.write_bytes(png(200, 100 + i, i))
        paths.append(path)
    widget.add_paths(paths, answered(8, minor=False))
    widget.show_case(evidence, other)  # the adviser opens another case meanwhile
    assert widget.task is not None
    qtbot.waitUntil(lambda: "8 added" in widget.status.text(), timeout=60_000)
    assert widget.model.rowCount() == 0
    assert evidence.count(case_id) == 8


def test_marking_an_image_as_sexual_in_another_case_asks_the_question(
    qtbot: QtBot, tab: tuple[EvidenceTab, EvidenceService, int], tmp_path: Path
) -> None:
    from adviser_desk.domain import cases as dc
    from adviser_desk.domain import evidence as de
    from adviser_desk.services.evidence_service import MinorQuestionError

    widget, evidence, _case_id = tab
    bullying = evidence.cases.create_case(
        dc.CaseDraft(title="Pesten", incident_types=[dc.IncidentType.CYBERBULLYING])
    )
    widget.show_case(evidence, bullying)
    dialog = IntakeDialog(1, ask_minor=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.marked.isVisible() and not dialog.question.isVisible()
    dialog.marked.setChecked(True)
    assert dialog.question.isVisible()
    with pytest.raises(MinorQuestionError):
        dialog.apply()  # the question must be answered first
    dialog.minor_yes.setChecked(True)
    dialog.where.setText("Instagram-verhaal")
    path = tmp_path / "foto.png"
    path.write_bytes(png(60, 60, 5))
    widget.add_paths([path], dialog)
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1, timeout=20_000)
    (row,) = evidence.items(bullying)
    assert row.kind == de.EvidenceKind.WITHHELD and not row.stored


def test_opening_a_case_shows_rows_first_and_thumbnails_after(
    qtbot: QtBot, tab: tuple[EvidenceTab, EvidenceService, int]
) -> None:
    from PySide6.QtCore import Qt

    widget, evidence, case_id = tab
    for i in range(5):
        evidence.add_bytes(case_id, png(120 + i, 90, i), f"s{i}.png", minor_sexual=False)
    widget.clear()
    widget.show_case(evidence, case_id)
    assert widget.model.rowCount() == 5  # the rows are there at once
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
    qtbot: QtBot, tab: tuple[EvidenceTab, EvidenceService, int]
) -> None:
    from adviser_desk.services.evidence_intake import Intake

    widget, evidence, case_id = tab
    sources = []
    for i in range(60):
        out = io.BytesIO()
        Image.new("RGB", (80, 60), (i * 4, 90, 200 - i * 3)).save(out, "JPEG")
        data = out.getvalue()
        sources.append((f"photo{i}.jpg", len(data), lambda d=data: d))
    result = evidence.add_sources(
        case_id, sources, Intake("shown by the student", "", minor_sexual=False)
    )
    assert len(result.added) == 60
    widget.resize(900, 500)
    widget.show_case(evidence, case_id)
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
    table.scrollToBottom()
    qtbot.waitUntil(lambda: model.shown_thumbnail(ids[-1]) is not None, timeout=20_000)


def test_a_long_case_shows_its_first_rows_at_once_and_the_rest_follows(
    qtbot: QtBot, tab: tuple[EvidenceTab, EvidenceService, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from adviser_desk.services.evidence_intake import Intake
    from adviser_desk.ui.evidence import evidence_tab

    monkeypatch.setattr(evidence_tab, "FIRST_ROWS", 10)  # a screenful, small for the test
    widget, evidence, case_id = tab
    sources = []
    for i in range(25):
        out = io.BytesIO()
        Image.new("RGB", (80, 60), (i * 9, 90, 40)).save(out, "JPEG")
        data = out.getvalue()
        sources.append((f"photo{i}.jpg", len(data), lambda d=data: d))
    evidence.add_sources(case_id, sources, Intake("shown", "", minor_sexual=False))
    evidence.add_url(case_id, "https://www.tiktok.com/@nep/video/1", "the account")
    widget.show_case(evidence, case_id)
    assert widget.model.rowCount() == 10  # at once
    qtbot.waitUntil(lambda: widget.model.rowCount() == 26, timeout=20_000)
    assert [row.item_id for row in widget.model.rows] == [
        row.item_id for row in evidence.items(case_id)
    ]
    widget.table.scrollToBottom()
    last = widget.model.rows[-2].item_id  # the last photo, read with the rest
    qtbot.waitUntil(lambda: widget.model.shown_thumbnail(last) is not None, timeout=20_000)
    # A reload while the rest is being read drops the older rest: no row appears twice.
    widget.reload()
    widget.reload()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 26, timeout=20_000)
    qtbot.wait(200)
    assert widget.model.rowCount() == 26
