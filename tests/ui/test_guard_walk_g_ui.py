"""The minor-image guard's holes walk G found in the Evidence tab (issue 10), through the real
window: Add > Files… (only the OS file chooser is patched), Ctrl+V and a drop.

- A damaged image where the question applies is asked about, not refused before it; "yes"
  records it (finding 3). In another case the damage box offers to mark it as possibly sexual.
- A file over the size limit answered "yes" is recorded with its streamed SHA-256 (finding 4).
- A paste keeps the clipboard's own bytes, so the recorded SHA-256 is that of what was
  received; only a bitmap is said to be one (finding 5). A film on the clipboard is asked
  about; nothing usable is told (finding 8), and so is a picture dragged from a browser.
- "Yes" needs where it is and who has seen it ("unknown" is an answer) (finding 6).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from adviser_desk.domain import cases as dc
from adviser_desk.domain import evidence as de
from adviser_desk.ui.evidence.evidence_dialogs import IntakeDialog
from adviser_desk.ui.evidence.evidence_tab import EvidenceTab
from tests import media
from tests.ui.conftest import Opened, add_files
from tests.ui.drive import FileDialogs, Modals, button_named, by_label, click, press_ok

WHERE, SEEN = "Snapchat-verhaal van @nep.3b", "de mentor"


def answer_yes(qtbot: QtBot, seen: list[str] | None = None) -> Callable:
    """ "Yes, or I am not sure", where it is and who saw it typed, and OK."""

    def handler(dialog: QWidget) -> None:
        assert isinstance(dialog, IntakeDialog)
        if seen is not None:  # the files it names
            label = dialog.findChild(QLabel, "files")
            seen.append(label.text() if label is not None else "")
        assert dialog.question.isVisible()
        qtbot.keyClicks(by_label(dialog, "Description"), "Afgekapte foto")
        click(qtbot, dialog.minor_yes)
        qtbot.keyClicks(by_label(dialog, "Where it is"), WHERE)
        qtbot.keyClicks(by_label(dialog, "Who has seen it"), SEEN)
        press_ok(qtbot)(dialog)

    return handler


def cut_jpeg(folder: Path, keep: int = 2) -> Path:
    whole = media.image_bytes("JPEG")
    path = folder / "IMG_2231.jpg"
    path.write_bytes(whole[: len(whole) // keep])  # cut off in transfer
    return path


def sha(path_or_data: Path | bytes) -> str:
    data = path_or_data.read_bytes() if isinstance(path_or_data, Path) else path_or_data
    return hashlib.sha256(data).hexdigest()


def test_a_damaged_photo_in_an_exposing_case_is_asked_about_and_yes_records_it(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    opened = open_tab()
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    cut = cut_jpeg(tmp_path)
    whole = tmp_path / "foto.png"
    whole.write_bytes(media.image_bytes("PNG"))
    asked: list[str] = []
    # No box before the dialog: the damaged photo goes on to the question with the other.
    modals.expect(IntakeDialog, answer_yes(qtbot, asked))
    add_files(qtbot, widget, files, [cut, whole])
    modals.wait_done()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2, timeout=20_000)
    assert not modals.texts
    assert asked == ["2 files: IMG_2231.jpg, foto.png"]
    rows = {row.original_name: row for row in evidence.items(case_id)}
    assert rows["IMG_2231.jpg"].kind == de.EvidenceKind.WITHHELD
    assert rows["IMG_2231.jpg"].sha256 == sha(cut)
    assert (rows["IMG_2231.jpg"].location, rows["IMG_2231.jpg"].seen_by) == (WHERE, SEEN)
    assert evidence.original(rows["IMG_2231.jpg"].item_id) == b""

    # "No": refused after the dialog, and the message never says to ask for it again.
    def no(dialog: QWidget) -> None:
        assert isinstance(dialog, IntakeDialog)
        click(qtbot, dialog.minor_no)
        press_ok(qtbot)(dialog)

    other = tmp_path / "again"
    other.mkdir()
    modals.expect(IntakeDialog, no)
    add_files(qtbot, widget, files, [cut_jpeg(other, keep=3)])  # cut elsewhere: other bytes
    modals.wait_done()
    qtbot.waitUntil(lambda: widget.findChild(QMessageBox, "result_box") is not None)
    result = widget.findChild(QMessageBox, "result_box")
    assert result is not None
    assert "damaged or cut off" in result.text()
    assert "ask for the original again" not in result.text()
    assert "Do not ask for the image again" in result.text()
    result.close()
    result.deleteLater()
    qtbot.waitUntil(lambda: widget.findChild(QMessageBox, "result_box") is None)
    assert evidence.count(case_id) == 2
    # The very bytes recorded as B-001: refused naming B-001 before the dialog, not invited to
    # be recorded a second time (walk G2, finding 4) nor asked about (guardE).
    third = tmp_path / "third"
    third.mkdir()
    modals.answer(QMessageBox.StandardButton.Ok)
    add_files(qtbot, widget, files, [cut_jpeg(third)])
    modals.wait_done()
    told = modals.texts[-1]
    assert "the same file (identical SHA-256) as B-001 in this case," in told, told
    assert "damaged" not in told and "Nothing was stored." in told
    qtbot.wait(200)  # no dialog follows
    assert QApplication.activeModalWidget() is None
    assert evidence.count(case_id) == 2


def test_a_damaged_photo_elsewhere_can_be_marked_as_possibly_sexual_and_recorded(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    opened = open_tab(kind=dc.IncidentType.CYBERBULLYING)
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    cut = cut_jpeg(tmp_path)
    marked: list[bool] = []

    def may_be_sexual(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert "If a damaged file may be a nude or sexual image, do not ask for it again" in (
            box.text()
        )
        click(qtbot, button_named(box, "May be sexual…"))

    def yes_marked(dialog: QWidget) -> None:
        assert isinstance(dialog, IntakeDialog)
        marked.append(dialog.marked.isChecked())
        answer_yes(qtbot)(dialog)

    modals.expect(QMessageBox, may_be_sexual)
    modals.expect(IntakeDialog, yes_marked)
    add_files(qtbot, widget, files, [cut])
    modals.wait_done()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1, timeout=20_000)
    assert marked == [True]
    (row,) = evidence.items(case_id)
    assert row.kind == de.EvidenceKind.WITHHELD and row.sha256 == sha(cut)
    # OK on the same box: nothing is asked and nothing stored.
    modals.answer(QMessageBox.StandardButton.Ok)
    add_files(qtbot, widget, files, [cut])
    modals.wait_done()
    qtbot.waitUntil(lambda: not widget.busy)
    assert evidence.count(case_id) == 1


def test_a_video_over_the_size_limit_answered_yes_is_recorded_with_its_hash(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    opened = open_tab()
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    big = tmp_path / "VID_20261204.mp4"
    with big.open("wb") as out:
        out.write(media.video_bytes(".mp4", "-c:v", "libx264"))
        out.truncate(de.DEFAULT_MAX_BYTES + 2**20)  # sparse: past the limit, no disk used
    modals.expect(IntakeDialog, answer_yes(qtbot))
    add_files(qtbot, widget, files, [big])
    modals.wait_done()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1, timeout=60_000)
    (row,) = evidence.items(case_id)
    assert row.kind == de.EvidenceKind.WITHHELD and row.mime == "video/mp4"
    assert row.sha256 == sha(big)
    assert "1 described, not stored." in widget.status.text()
    # The list tells what was received (walk G, 7b: a batch's withheld rows looked alike).
    assert widget.model.index(0, 2).data() == "Afgekapte foto\nVID_20261204.mp4 (Video)"


def test_yes_needs_where_it_is_and_who_saw_it(
    qtbot: QtBot,
    open_tab: Callable[..., Opened],
    tmp_path: Path,
    modals: Modals,
    files: FileDialogs,
) -> None:
    opened = open_tab()
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    photo = tmp_path / "foto.heic"
    photo.write_bytes(media.image_bytes("HEIF"))
    focus: list[str] = []

    def empty_then_filled(dialog: QWidget) -> None:
        assert isinstance(dialog, IntakeDialog)
        qtbot.keyClicks(dialog.description, "Foto van de leerling")  # walk J, 16: required too
        click(qtbot, dialog.minor_yes)
        press_ok(qtbot)(dialog)  # both empty: refused, the focus in "Where it is"
        focus.append(dialog.focusWidget().objectName())
        qtbot.keyClicks(dialog.focusWidget(), WHERE)
        press_ok(qtbot)(dialog)  # who saw it empty: refused, the focus there
        focus.append(dialog.focusWidget().objectName())
        qtbot.keyClicks(dialog.focusWidget(), "onbekend")  # "unknown" is an answer
        press_ok(qtbot)(dialog)

    modals.expect(IntakeDialog, empty_then_filled)
    modals.accept_box()
    modals.accept_box()
    add_files(qtbot, widget, files, [photo])
    modals.wait_done()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1, timeout=20_000)
    assert focus == ["where", "seen_by"]
    assert modals.texts[0].startswith("Fill in where it is")
    assert modals.texts[1].startswith("Fill in who has seen it")
    assert "If you do not know, write ‘unknown’." in modals.texts[1]
    (row,) = evidence.items(case_id)
    assert (row.kind, row.location, row.seen_by) == (de.EvidenceKind.WITHHELD, WHERE, "onbekend")


def press_ctrl_v(qtbot: QtBot, widget: EvidenceTab) -> None:
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    widget.table.setFocus()
    qtbot.keyClick(widget.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def offer(fmt: str, data: bytes) -> None:
    mime = QMimeData()
    mime.setData(fmt, data)
    QGuiApplication.clipboard().setMimeData(mime)


@pytest.mark.usefixtures("clipboard")
def test_a_paste_keeps_the_clipboards_own_bytes(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    opened = open_tab()
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    # A photo's own bytes as image/jpeg: recorded by their SHA-256, not a PNG made of them.
    photo = media.image_bytes("JPEG")
    offer("image/jpeg", photo)
    modals.expect(IntakeDialog, answer_yes(qtbot))
    press_ctrl_v(qtbot, widget)
    modals.wait_done()
    qtbot.waitUntil(lambda: evidence.count(case_id) == 1)
    (row,) = evidence.items(case_id)
    assert row.kind == de.EvidenceKind.WITHHELD
    # Named as what it is, not by a made-up file name (walk K, finding 26).
    assert (row.sha256, row.mime, row.original_name) == (sha(photo), "image/jpeg", "pasted image")
    # A film on the clipboard (video/mp4 only) is asked about too, not ignored.
    film = media.video_bytes(".mp4", "-c:v", "libx264")
    offer("video/mp4", film)
    names: list[str] = []
    modals.expect(IntakeDialog, answer_yes(qtbot, names))
    press_ctrl_v(qtbot, widget)
    modals.wait_done()
    qtbot.waitUntil(lambda: evidence.count(case_id) == 2)
    film_row = evidence.items(case_id)[-1]
    assert (film_row.sha256, film_row.mime, film_row.original_name) == (
        sha(film),
        "video/mp4",
        "pasted video",
    )
    assert names == ["1 file: pasted video"]
    # Only a bitmap: stored as the PNG made of it, and the record says so.
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(0x3366CC)
    bitmap = QMimeData()
    bitmap.setImageData(image)
    QGuiApplication.clipboard().setMimeData(bitmap)

    def no(dialog: QWidget) -> None:
        assert isinstance(dialog, IntakeDialog)
        qtbot.keyClicks(by_label(dialog, "Provided by / how"), "Getoond door de leerling")
        click(qtbot, dialog.minor_no)
        press_ok(qtbot)(dialog)

    modals.expect(IntakeDialog, no)
    press_ctrl_v(qtbot, widget)
    modals.wait_done()
    qtbot.waitUntil(lambda: evidence.count(case_id) == 3)
    stored = evidence.items(case_id)[-1]
    assert stored.stored and stored.original_name == "pasted image"
    assert stored.source.startswith("Getoond door de leerling (pasted as a bitmap:")
    assert "its SHA-256 is not that of what was received" in stored.source
    # Nothing usable: told, nothing stored.
    offer("application/x-unknown-thing", b"\x00\x01\x02")
    modals.accept_box()
    press_ctrl_v(qtbot, widget)
    modals.wait_done()
    assert modals.texts[-1].startswith("There is nothing here that can be added as evidence")
    assert evidence.count(case_id) == 3


def test_a_picture_dragged_from_a_browser_is_asked_about(
    qtbot: QtBot, open_tab: Callable[..., Opened], modals: Modals
) -> None:
    opened = open_tab()
    widget, evidence, case_id = opened.widget, opened.evidence, opened.case_id
    photo = media.image_bytes("JPEG")
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.org/nude.jpg")])
    image = QImage()
    assert image.loadFromData(photo)
    mime.setImageData(image)
    mime.setData("image/jpeg", photo)
    modals.expect(IntakeDialog, answer_yes(qtbot))
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
    del mime  # the drag's data is gone once the drop returned
    modals.wait_done()
    qtbot.waitUntil(lambda: evidence.count(case_id) == 1)
    (row,) = evidence.items(case_id)
    assert row.kind == de.EvidenceKind.WITHHELD and row.sha256 == sha(photo)
