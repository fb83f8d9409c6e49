"""Pasting into the Evidence tab (Ctrl+V), and a drop that brings no local file (a picture
dragged from a web browser): copied files, a picture or a film, or a web address.

A picture or film is kept as the clipboard's own bytes when it offers them (image/png,
image/jpeg, video/mp4, ...), so the SHA-256 recorded is that of what was received (walk G,
finding 5: every pasted image was re-encoded as PNG, so a withheld record's hash matched no
copy anywhere, and a stored one was not the original). Only when the clipboard offers nothing
but a bitmap is it saved as PNG, and the record says so.

A paste has no file name. The record names it "pasted image" or "pasted video" in the language
the window spoke when it was pasted, as the adviser's own description is in their language
(walk K, finding 26: "pasted.png" was an English file name the app made up, printed on the
Dutch evidence log as if received so). An export names the file by its number and type
(B-005_geplakte_afbeelding.png)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QObject

from adviser_desk.domain import evidence as de
from adviser_desk.domain.errors import KnownError
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP
from adviser_desk.services.evidence_intake import EvidenceError
from adviser_desk.services.evidence_service import ImportResult
from adviser_desk.ui.common.dialogs import show_error
from adviser_desk.ui.common.errors import known_errors
from adviser_desk.ui.common.workers import run_with_progress

if TYPE_CHECKING:
    from adviser_desk.ui.evidence.evidence_dialogs import IntakeDialog
    from adviser_desk.ui.evidence.intake_actions import EvidenceIntakeActions

NOTHING_TO_ADD = QT_TRANSLATE_NOOP(
    "errors",
    "There is nothing here that can be added as evidence: no file, picture, video or web "
    "address. Save it as a file first and add that file.",
)


@dataclass(frozen=True)
class Pasted:
    data: bytes
    bitmap: bool  # only a bitmap was offered: the PNG was made by this app
    video: bool = False


def media_of(mime: QMimeData) -> Pasted | None:
    """The picture or film ``mime`` holds: the first image or video type it offers, as its
    bytes are; else its bitmap as PNG; None when it holds neither."""
    for fmt in mime.formats():
        if not fmt.startswith(("image/", "video/")):
            continue
        data = bytes(mime.data(fmt).data())
        if data:
            return Pasted(data, False, fmt.startswith("video/"))
    if not mime.hasImage():
        return None
    raw = QByteArray()
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    mime.imageData().save(buffer, "PNG")
    buffer.close()
    return Pasted(bytes(raw.data()), True)


def copied(mime: QMimeData) -> QMimeData:
    """A copy of a drop's data, which its drag owns and deletes once the drop returns."""
    out = QMimeData()
    for fmt in mime.formats():
        out.setData(fmt, mime.data(fmt))
    if mime.hasUrls():
        out.setUrls(mime.urls())
    if mime.hasImage():
        out.setImageData(mime.imageData())
    if mime.hasText():
        out.setText(mime.text())
    return out


class ClipboardPaste(QObject):
    """What Ctrl+V (or a drop without local files) adds."""

    def __init__(self, actions: EvidenceIntakeActions) -> None:
        super().__init__(actions)
        self.actions = actions
        self.tab = actions.tab

    def paste_from(self, mime: QMimeData | None, dialog: IntakeDialog | None = None) -> None:
        tab = self.tab
        if mime is None or tab.service is None or tab.case_id is None:
            return
        # Files copied in a file manager arrive as addresses of local files: they go through
        # the same intake (and the same question) as dropped files.
        files = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        if files:
            self.actions.add_paths(files, dialog)
            return
        with known_errors(tab, self.tr("Evidence")):
            pasted = media_of(mime)
            if pasted is None:
                address = mime.text().strip() or next(
                    (u.toString() for u in mime.urls() if not u.isLocalFile()), ""
                )
                if address:
                    self.actions.ask_url(address)
                    return
                # Not a silent no-op (walk G, finding 8).
                raise KnownError(NOTHING_TO_ADD)
            self._add(pasted, dialog)

    def _add(self, pasted: Pasted, dialog: IntakeDialog | None) -> None:
        """Bytes recorded as withheld are refused before the dialog, naming the record, as
        for files (guardE: only after the form was filled in); hashed in a worker."""
        tab = self.tab
        if dialog is not None:
            self._store(pasted, dialog)
            return
        service, case_id = tab.service, tab.case_id
        assert service is not None and case_id is not None
        label = self.label(pasted)
        # What a refusal calls it: no file name was chosen, so "pasted.png" would be our own
        # English invention (walk I, finding 11).
        shown = self.shown_name(pasted)

        def checked(refused: EvidenceError | None) -> None:
            if tab.service is not service or tab.case_id != case_id:
                return  # the case file was closed, or another case opened, meanwhile
            if refused is not None:
                tab.status.setText(self.actions.told.nothing_added(1))
                show_error(tab, self.tr("File cannot be added"), refused)
                return
            asked = self.actions.ask(case_id, 1, names=[label], file_names=False)
            if asked is None:
                tab.status.setText(self.actions.told.form_escaped())
            else:
                with known_errors(tab, self.tr("Evidence")):
                    self._store(pasted, asked)

        tab.task = run_with_progress(
            tab,
            self.tr("Adding evidence"),
            self.tr("Checking what was pasted…"),
            lambda _progress, _cancelled: service.withheld_refusal(shown, pasted.data, case_id),
            checked,
            lambda exc: show_error(tab, self.tr("Evidence"), exc),
        )

    def label(self, pasted: Pasted) -> str:
        """What the form and the record call pasted bytes, in the window's language now."""
        return self.tr("pasted video") if pasted.video else self.tr("pasted image")

    def shown_name(self, pasted: Pasted) -> str:
        """How a message names pasted bytes; every message about a file starts with its name."""
        return self.tr("The pasted video") if pasted.video else self.tr("The pasted image")

    def _store(self, pasted: Pasted, dialog: IntakeDialog) -> None:
        tab = self.tab
        assert tab.service is not None and tab.case_id is not None
        intake = dialog.intake()
        source = intake.source
        if pasted.bitmap:
            note = self.tr(
                "pasted as a bitmap: the clipboard offered no file, so this PNG was made by "
                "Adviser Desk and its SHA-256 is not that of what was received"
            )
            source = f"{source} ({note})" if source else note
        row = tab.service.add_bytes(
            tab.case_id,
            pasted.data,
            self.label(pasted),
            intake.description,
            source,
            intake.observed_at,
            minor_sexual=intake.minor_sexual,
            marked_sexual=intake.marked_sexual,
            where=intake.where,
            seen_by=intake.seen_by,
            shown_as=self.shown_name(pasted),
        )
        tab.reload()
        tab.new_rows.select(tab.case_id, [row.number])
        # Said on the line under the list, as after adding files ("1 described, not stored."):
        # it went blank (walk K, finding 26).
        tab.status.setText(self.actions.told.outcome(ImportResult(added=[row.number]), [row]))
        if row.kind == de.EvidenceKind.WITHHELD and row.sha256:
            tab.withhold.offer(
                tab.service.stored_copies([row.sha256]),
                intake.where,
                intake.seen_by,
                intake.description,
            )
