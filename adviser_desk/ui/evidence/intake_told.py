"""What file intake tells the adviser: the files refused before the intake form, and the
status line's outcome, with the right counts in singular or plural (walk I, finding 12: one
file refused of two chosen read "Some files cannot be added", "The other files are added", and
afterwards "1 added, 0 not added")."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from adviser_desk.domain import evidence as de
from adviser_desk.services.evidence_intake import EvidenceError
from adviser_desk.services.evidence_service import ImportResult, ItemRow
from adviser_desk.ui.common.i18n import error_text

MAX_NAMES = 5


@dataclass(frozen=True)
class Refused:
    """The outcome of the box: the files that go on, whether they were marked as possibly
    sexual, and how many were left out (counted as "not added" on the status line)."""

    paths: list[Path]
    marked: bool = False
    left_out: int = 0


class IntakeTold(QObject):
    """The refusal box before the form and the outcome line after storing."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent

    def names(self, paths: list[Path]) -> str:
        shown = ", ".join(p.name or str(p) for p in paths[:MAX_NAMES])
        if len(paths) > MAX_NAMES:
            shown += " " + self.tr("and %n more", "", len(paths) - MAX_NAMES)
        return shown

    def refuse(
        self,
        paths: list[Path],
        damaged: list[tuple[Path, EvidenceError]],
        may_be_picture: set[Path],
    ) -> Refused:
        """A folder, an empty or vanished file and a cut-off or damaged image are told before
        the adviser describes them, not after (walk 5, W5-10: the typed description was
        lost); the other files go on. A damaged image may be marked as possibly sexual here
        (walk G, finding 3): it then goes on with the files, to the question."""
        if not damaged:
            return Refused(paths)
        refused = {path for path, _exc in damaged}
        rest = [p for p in paths if p not in refused]
        text = "\n\n".join(error_text(exc) for _path, exc in damaged)
        pictures = refused & may_be_picture
        if pictures:
            text += "\n\n" + self.tr(
                "If a damaged file may be a nude or sexual image, do not ask for it again: "
                'choose "May be sexual…" to answer the question about minors for it.'
            )
        if rest:
            # Not "are added": nothing is stored before the form, and the refusal above says
            # "Nothing was stored" (walk I, finding 12).
            text += "\n\n" + self.tr(
                "The %n other file(s) go on to the next window: {names}", "", len(rest)
            ).format(names=self.names(rest))
        if rest or len(damaged) > 1:
            title = self.tr("%n file(s) cannot be added", "", len(damaged))
        else:
            title = self.tr("File cannot be added")
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.window
        )
        box.setObjectName("damaged_box")
        # The hidden "May be sexual…" button kept Qt from making the lone OK the Escape
        # button: Escape did nothing (walk L, finding 30).
        box.setEscapeButton(box.button(QMessageBox.StandardButton.Ok))
        mark = box.addButton(self.tr("May be sexual…"), QMessageBox.ButtonRole.ActionRole)
        mark.setObjectName("mark_damaged")
        mark.setVisible(bool(pictures))
        try:
            box.exec()
            marked = bool(pictures) and box.clickedButton() is mark
        finally:
            box.deleteLater()
        if marked:
            going = [p for p in paths if p not in refused or p in pictures]
            return Refused(going, True, len(refused - pictures))
        return Refused(rest, False, len(refused))

    def nothing_added(self, count: int) -> str:
        """The status line when every chosen file was refused before the form (it still
        showed the previous action's sentence, walk I finding 12)."""
        return self.tr("%n not added.", "", count)

    def form_escaped(self) -> str:
        """The status line when the intake form was cancelled: the previous round's line
        stayed, as if it told this one (walk L, findings 8 and 26b)."""
        return self.tr("Nothing added.")

    def outcome(self, result: ImportResult, rows: list[ItemRow], left_out: int = 0) -> str:
        """What the intake did; a file answered "may be a sexual image of a minor" is
        described, not stored, and is not told as "added" (walk 5, W5-9). ``left_out``: files
        refused before the form, not added either. A count of none is not told."""
        added = set(result.added)
        described = sum(1 for r in rows if r.number in added and r.kind == de.EvidenceKind.WITHHELD)
        stored, failed = len(added) - described, len(result.failed) + left_out
        if described and not (stored or failed):
            return self.tr("%n described, not stored.", "", described)
        parts = []
        if stored or not (described or failed):
            parts.append(self.tr("%n added", "", stored))
        if described:
            parts.append(self.tr("%n described (not stored)", "", described))
        if failed:
            parts.append(self.tr("%n not added", "", failed))
        return ", ".join(parts) + "."
