"""The minor-image question through the real wiring, on real files of every kind: the Add menu's
Files… (only the OS file dialog is patched), a drop from the file manager, and Ctrl+V. In an
exposing case nothing is stored before the answer; "no" stores, "yes" records without keeping.
The question dialog itself: nothing overlaps, nothing is cut off, in English and Dutch."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.domain import evidence as de
from adviser_desk.services import case_file_service as svc
from adviser_desk.services.case_service import CaseService
from adviser_desk.services.evidence_service import EvidenceService
from adviser_desk.services.protocol_data import protocol
from adviser_desk.storage import kdf
from adviser_desk.ui.common import i18n
from adviser_desk.ui.evidence.evidence_dialogs import IntakeDialog
from adviser_desk.ui.evidence.evidence_tab import EvidenceTab
from tests import media
from tests.conftest import PASSWORD

PICTURES = media.made("development")


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """As the app does at start: the English plural forms ("1 file", "3 files")."""
    assert i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture
def exposing(qtbot: QtBot, case_dir: Path) -> Iterator[tuple[EvidenceTab, EvidenceService, int]]:
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
    qtbot.waitExposed(widget)
    widget.activateWindow()
    yield widget, evidence, case_id
    widget.clear()
    service.close()


def on_modal(handle: Callable[[QWidget], None], kind: type = IntakeDialog) -> list[QWidget]:
    """Runs ``handle`` on the next modal window of ``kind`` once it is open (dialogs block);
    the list returned holds that window once it was handled. Gives up after ten seconds."""
    handled: list[QWidget] = []
    tries = [1000]

    def poll() -> None:
        window = QApplication.activeModalWidget()
        if isinstance(window, kind) and window.isVisible():
            handled.append(window)
            handle(window)
        elif tries[0] > 0:
            tries[0] -= 1
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return handled


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))


def ok_button(dialog: QWidget) -> QPushButton:
    return dialog.buttons.button(dialog.buttons.StandardButton.Ok)  # type: ignore[attr-defined]


def answer(qtbot: QtBot, minor: bool | None, where: str = "", seen: str = "") -> Callable:
    """A handler that answers the question with the mouse and keyboard and presses OK
    (None: Cancel)."""

    def handle(dialog: QWidget) -> None:
        assert isinstance(dialog, IntakeDialog)
        if minor is None:
            click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Cancel))
            return
        qtbot.keyClicks(dialog.description, "Beelden uit de klassenapp")
        click(qtbot, dialog.minor_yes if minor else dialog.minor_no)
        if minor:
            qtbot.keyClicks(dialog.where, where)
            qtbot.keyClicks(dialog.seen_by, seen)
        click(qtbot, ok_button(dialog))

    return handle


def test_files_from_the_add_menu_wait_for_the_answer_and_no_stores_them(
    qtbot: QtBot,
    exposing: tuple[EvidenceTab, EvidenceService, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    widget, evidence, case_id = exposing
    paths = media.write(tmp_path / "in", "development")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(p) for p in paths], "")
    )
    seen: dict[str, object] = {}

    def unanswered(dialog: QWidget) -> None:
        assert isinstance(dialog, IntakeDialog)
        seen["question"] = dialog.question.isVisible()
        seen["marked"] = dialog.marked.isVisible()  # the stray check box of old
        seen["files"] = dialog.findChild(QLabel, "files").text()  # type: ignore[union-attr]

        def error(box: QWidget) -> None:
            seen["error"] = box.text()  # type: ignore[attr-defined]
            box.close()
            on_modal(answer(qtbot, minor=False))

        on_modal(error, QMessageBox)
        click(qtbot, ok_button(dialog))  # OK without an answer

    on_modal(unanswered)
    add = widget.findChild(QPushButton, "add")
    assert add is not None
    add.menu().actions()[0].trigger()  # Add > Files…
    qtbot.waitUntil(lambda: widget.model.rowCount() == len(PICTURES), timeout=60_000)
    assert seen["question"] is True and seen["marked"] is False
    assert str(seen["files"]).startswith(f"{len(PICTURES)} files: foto.png, foto.jpg")
    assert "Answer the question first" in str(seen["error"])
    rows = {row.original_name: row for row in evidence.items(case_id)}
    assert all(row.stored for row in rows.values())
    assert (
        rows["filmpje.mp4"].mime == "video/mp4" and rows["foto.jpg"].kind == de.EvidenceKind.IMAGE
    )
    kinds = {
        widget.model.index(r, 1).data() for r in range(widget.model.rowCount())
    }  # the list names each type
    assert {"Video", "Archive (zip, rar, …)", "Document", "Screenshot or image"} <= kinds


def test_a_drop_answered_yes_records_every_file_without_keeping_it(
    qtbot: QtBot, exposing: tuple[EvidenceTab, EvidenceService, int], tmp_path: Path
) -> None:
    widget, evidence, case_id = exposing
    paths = media.write(tmp_path / "drop", "development")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    on_modal(answer(qtbot, True, "Snapchat-verhaal @x", "mentor en klas 3B"))
    # As the file manager's drag arrives: enter, move, drop (Qt delivers a drop only then).
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPoint(20, 20), *args)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(widget, QDragMoveEvent(QPoint(20, 20), *args))
    QApplication.sendEvent(widget, QDropEvent(QPointF(20, 20), *args))
    qtbot.waitUntil(lambda: widget.model.rowCount() == len(paths), timeout=60_000)
    rows = {row.original_name: row for row in evidence.items(case_id)}
    for path in paths:
        row = rows[path.name]
        assert row.kind == de.EvidenceKind.WITHHELD and not row.stored
        assert row.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
        assert (row.location, row.seen_by) == ("Snapchat-verhaal @x", "mentor en klas 3B")
        assert evidence.original(row.item_id) == b""
    # The list's short kind (walk 5, W5-13); the full one on hover.
    assert widget.model.index(0, 1).data() == "Not kept (possibly sexual image)"
    tip = widget.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Deliberately not kept (may be a sexual image of a minor)")


def press_ctrl_v(qtbot: QtBot, widget: EvidenceTab) -> None:
    """As the adviser does after a dialog closed: back in the window, focus on the list."""
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    widget.table.setFocus()
    qtbot.keyClick(widget.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


@pytest.mark.usefixtures("clipboard")
def test_ctrl_v_of_copied_files_and_of_an_image_asks_first(
    qtbot: QtBot, exposing: tuple[EvidenceTab, EvidenceService, int], tmp_path: Path
) -> None:
    widget, evidence, case_id = exposing
    videos = [p for p in media.write(tmp_path / "copy", "development") if "filmpje" in p.name]
    copied = QMimeData()
    copied.setUrls([QUrl.fromLocalFile(str(p)) for p in videos])
    QGuiApplication.clipboard().setMimeData(copied)
    cancelled = on_modal(answer(qtbot, minor=None))  # Cancel: nothing is stored
    press_ctrl_v(qtbot, widget)
    qtbot.waitUntil(lambda: bool(cancelled))
    assert evidence.count(case_id) == 0
    copied = QMimeData()
    copied.setUrls([QUrl.fromLocalFile(str(p)) for p in videos])
    QGuiApplication.clipboard().setMimeData(copied)
    answered = on_modal(answer(qtbot, minor=False))
    press_ctrl_v(qtbot, widget)
    qtbot.waitUntil(lambda: bool(answered))
    qtbot.waitUntil(lambda: widget.model.rowCount() == len(videos), timeout=60_000)
    assert {row.mime for row in evidence.items(case_id)} >= {"video/mp4", "video/webm"}
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(0x3366CC)
    screenshot = QMimeData()
    screenshot.setImageData(image)
    QGuiApplication.clipboard().setMimeData(screenshot)
    on_modal(answer(qtbot, True, "WhatsApp-groep", "de leerling"))
    press_ctrl_v(qtbot, widget)
    # The pasted bytes are checked in a worker first (guardE); the dialog follows.
    qtbot.waitUntil(lambda: evidence.count(case_id) == len(videos) + 1, timeout=20_000)
    last = evidence.items(case_id)[-1]
    assert last.kind == de.EvidenceKind.WITHHELD and last.location == "WhatsApp-groep"


def test_plain_text_needs_no_question_but_is_held_if_it_is_not_text(
    qtbot: QtBot, exposing: tuple[EvidenceTab, EvidenceService, int], tmp_path: Path
) -> None:
    widget, _evidence, _case_id = exposing
    texts = media.write(tmp_path / "t", "text")
    seen: list[bool] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, IntakeDialog)
        seen.append(dialog.question.isVisible())
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Cancel))

    # The files are looked at in the worker first; the dialog follows (W5-10 review).
    on_modal(look)
    widget.add_paths(texts)
    qtbot.waitUntil(lambda: len(seen) == 1 and not widget.busy)
    on_modal(look)
    widget.add_paths([*texts, media.write(tmp_path / "p", "development")[0]])
    qtbot.waitUntil(lambda: len(seen) == 2 and not widget.busy)
    assert seen == [False, True]


def visible_rect(widget: QWidget, top: QWidget) -> tuple[int, int, int, int]:
    corner = widget.mapTo(top, QPoint(0, 0))
    return corner.x(), corner.y(), widget.width(), widget.height()


def overlaps(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize(("count", "ask"), [(1, True), (3, True), (2, False)])
def test_the_question_dialog_shows_all_of_its_text_without_overlap(
    qtbot: QtBot, language: str, count: int, ask: bool
) -> None:
    i18n.install(language)
    try:
        dialog = IntakeDialog(count, ask, names=[f"bestand{i}.mp4" for i in range(count)])
        qtbot.addWidget(dialog)
        dialog.show()
        if not ask:
            assert dialog.marked.isVisible() and not dialog.question.isVisible()
            click(qtbot, dialog.marked)  # the adviser marks the files as possibly sexual
        qtbot.waitUntil(dialog.question.isVisible)
        assert not (ask and dialog.marked.isVisible())
        box = dialog.findChild(QGroupBox, "minor_question")
        assert box is not None and box.isVisible()
        shown = [
            w
            for w in dialog.findChildren(QWidget)
            if w.isVisible()
            and isinstance(w, QLabel | QRadioButton | QPushButton)
            and w.parent() is not None
        ]
        rects = {id(w): visible_rect(w, dialog) for w in shown}
        for i, first in enumerate(shown):
            # Every text widget lies inside the dialog and is as tall as its wrapped text.
            x, y, w, h = rects[id(first)]
            assert x >= 0 and y >= 0 and x + w <= dialog.width() and y + h <= dialog.height()
            if isinstance(first, QLabel) and first.wordWrap():
                assert h >= first.heightForWidth(w), first.text()[:40]
            for second in shown[i + 1 :]:
                if first.isAncestorOf(second) or second.isAncestorOf(first):
                    continue
                assert not overlaps(rects[id(first)], rects[id(second)]), (
                    first.objectName() or type(first).__name__,
                    second.objectName() or type(second).__name__,
                )
        warning = dialog.findChild(QLabel, "warning")
        assert warning is not None and "Helpwanted/Offlimits" in warning.text()
        question = dialog.findChild(QLabel, "question")
        assert question is not None and "(s)" not in question.text()
        assert "(s)" not in dialog.minor_no.text()
        # It fits a 1280 x 720 screen (logical pixels) without scrolling.
        assert dialog.height() <= 720 - 48 and dialog.width() <= 1280
    finally:
        i18n.install("en")


@pytest.mark.parametrize("name", ["IMG_0001.HEIC", "foto.avif", "IMG_0002.dng"])
def test_the_viewer_shows_photos_qt_cannot_read_itself(qtbot: QtBot, name: str) -> None:
    from adviser_desk.ui.evidence.evidence_dialogs import ImageViewer

    data = dict((n, d) for n, _c, d in PICTURES)[name]
    viewer = ImageViewer(data, name)
    qtbot.addWidget(viewer)
    viewer.show()
    pixmap = viewer.item.pixmap()
    assert (pixmap.width(), pixmap.height()) == (96, 64)
