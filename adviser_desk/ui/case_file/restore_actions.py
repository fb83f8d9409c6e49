"""File > Restore from backup: check the chosen file, copy it beside the case files, open the
copy, and say what happened (walk 14: W14-1, W14-6, W14-7)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from adviser_desk.ui.case_file.opening import CaseFileOpening
from adviser_desk.ui.common import format as fmt
from adviser_desk.ui.common.dialogs import (
    BACKUP,
    case_file_filter,
    choose_new_case_file,
    free_path,
    last_folder,
    remember_folder,
)
from adviser_desk.ui.common.errors import known_errors
from adviser_desk.ui.common.host import WindowHost

if TYPE_CHECKING:  # loaded after the first window (issue 15)
    from adviser_desk.services.purge_record import Purges


class RestoreActions(QObject):
    """Restoring writes a new case file and never touches the open one: the chosen file is
    checked before anything is asked or written, and the copy, once made, is either opened
    (and said so) or kept or removed as the adviser says."""

    def __init__(self, host: WindowHost, window: QWidget, opening: CaseFileOpening) -> None:
        super().__init__(window)
        self.host = host
        self.window = window
        self.opening = opening  # a restored copy is unlocked like any case file

    def restore_backup(self) -> None:
        """Copies a backup to a new case file and unlocks the copy. The file open now stays
        open until the copy is unlocked: a refused copy or a cancelled unlock keeps it."""
        # The chooser starts where the last backup went or was restored from (their own
        # remembered folder, a USB stick), not where a police export went (walk 5, W5-21),
        # and in Documents before the first (walk 6, W6-5).
        source, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Choose the backup to restore"),
            str(last_folder(BACKUP)),
            case_file_filter(),
        )
        if not source:
            return
        backup = Path(source)
        remember_folder(BACKUP, backup.parent)
        from adviser_desk.services import case_file_service as svc

        # A photo renamed .adcase is refused here, named as chosen, before the copy's name is
        # asked: it used to be copied beside the case files with a note, and then refused
        # under the copy's name with "Nothing was changed" (walk 14, W14-1).
        with known_errors(self.window, self.tr("The backup was not restored")) as attempt:
            svc.check_backup(backup)
        if attempt.failed:
            return
        # The second chooser was titled "Create a case file" with an empty name (walk 4): it
        # says what it is for and proposes a free name beside the case files.
        stem = self.tr("{name} (restored)").format(name=backup.stem)
        target = choose_new_case_file(
            self.window,
            free_path(self.host.settings.case_file_folder(), stem, svc.SUFFIX),
            self.tr("Save the restored copy of the backup as"),
        )
        if target is None:
            return
        with known_errors(self.window, self.tr("The backup was not restored")) as attempt:
            restored = svc.restore_backup(backup, target)
        if attempt.failed:
            return  # the restore removed whatever it had written
        # What the file open now knows of its purges, read before it closes (walk 13).
        before = self._purges()
        session = self.host.session
        was_open = session.file.path if session is not None else None
        if self.opening.open_path(restored):
            self._tell_restored(backup, restored, was_open)
            self._tell_past_retention(before)
        elif svc.is_restored_copy(restored) and restored.is_file():
            self._keep_or_remove(restored, was_open)

    def _tell_restored(self, backup: Path, restored: Path, was_open: Path | None) -> None:
        """After a restore the window only changed its title, or a remembered key opened the
        copy without a word (walk 14, W14-6): says what was restored, where the copy is,
        which file is open now and that the case file open before was not changed."""
        from adviser_desk.services import case_file_service as svc

        made = svc.backup_made_at(backup)
        if made is not None:
            what = self.tr("The backup of {when} was restored as a new case file:").format(
                when=fmt.date_time_text(made)
            )
        else:
            what = self.tr("The backup {backup} was restored as a new case file:").format(
                backup=backup
            )
        parts = [
            f"{what}\n{restored}",
            self.tr(
                "This restored copy is the case file open now. The backup itself was not changed."
            ),
        ]
        if was_open is not None:
            parts.append(
                self.tr(
                    "The case file that was open, {path}, was not changed and is closed now. "
                    "To work in it again, open it with File > Open case file…"
                ).format(path=was_open)
            )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Backup restored"),
            "\n\n".join(parts),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("restore_done")
        if made is not None:
            box.setDetailedText(self.tr("Backup: {path}").format(path=backup))
        try:
            box.exec()
        finally:
            box.deleteLater()

    def _keep_or_remove(self, restored: Path, was_open: Path | None) -> None:
        """The copy was made but not opened (the unlock was cancelled or refused): it stayed
        on disk without a word (walk 14, W14-7). Keeping it is the default, since it may need
        the old password or the recovery key, which the adviser may fetch first; removing it
        loses nothing, as the backup itself is still there."""
        from adviser_desk.services import case_file_service as svc

        text = self.tr(
            "The restored copy was not opened. It is kept as {path}; you can open it later "
            "with File > Open case file…, with the password in use when the backup was made "
            "or with the recovery key."
        ).format(path=restored)
        if was_open is not None:
            text += "\n\n" + self.tr(
                "The case file that was open, {path}, is still open and was not changed."
            ).format(path=was_open)
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Restored copy not opened"), text, parent=self.window
        )
        box.setObjectName("restore_not_opened")
        keep = box.addButton(self.tr("&Keep the copy"), QMessageBox.ButtonRole.AcceptRole)
        remove = box.addButton(self.tr("&Remove the copy"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        try:
            box.exec()
            chosen = box.clickedButton()
        finally:
            box.deleteLater()
        if chosen is not remove:
            return
        with known_errors(self.window, self.tr("The restored copy was not removed")):
            svc.remove_restored_copy(restored)

    def _purges(self) -> tuple[Purges, str] | None:
        """The open file's purges, with the file's name."""
        session = self.host.session
        if session is None:
            return None
        from adviser_desk.services.purge_record import purges

        return purges(session.cases), session.file.path.name

    def _tell_past_retention(self, before: tuple[Purges, str] | None = None) -> None:
        """A backup holds the cases as they were: one purged since is back in the copy
        (walk 12, W12-11: it came back without a word). Names those to purge again, and
        when each was purged if the file open before the restore, a later state of the same
        case file, recorded it (walk 13: the date was not said)."""
        session = self.host.session
        if session is None:
            return
        from adviser_desk.services import retention_service
        from adviser_desk.services.purge_record import purges

        rows = retention_service.purgeable_cases(session.cases)
        if not rows:
            return
        text = self.tr(
            "This restored backup holds %n case(s) past the retention period or handed "
            "over: {numbers}. A case purged after the backup was made is back in this "
            "copy. Purge them again under Case > Cases past retention…",
            "",
            len(rows),
        ).format(numbers=", ".join(row.number for row in rows))
        earlier, name = before or (None, "")
        # Only the same case file's log speaks of these cases (a number means a case there).
        same_file = (
            earlier is not None and earlier.case_file_id == purges(session.cases).case_file_id
        )
        when = earlier.when if earlier is not None and same_file else {}
        purged = [
            self.tr("{number} on {date}").format(
                number=row.number, date=fmt.date_text(when[row.number])
            )
            for row in rows
            if row.number in when
        ]
        if purged:
            text += "\n\n" + self.tr("Purged from {file} before this restore: {cases}.").format(
                file=name, cases="; ".join(purged)
            )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Cases past retention in this backup"),
            text,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("restored_past_retention")
        try:
            box.exec()
        finally:
            box.deleteLater()
