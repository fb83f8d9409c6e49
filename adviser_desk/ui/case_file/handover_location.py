"""Where the hand-over writes a new case file: the app's own folder is made when missing, a
folder on a removed USB stick is not, and after a refusal the red line follows the location as
it is changed (walk J, finding 13)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QLabel, QLineEdit

from adviser_desk.services.errors import MissingFolderError
from adviser_desk.ui.common.i18n import error_text


def own_folder(path: Path, folder: Path) -> bool:
    """Whether ``path`` goes into ``folder``, the app's own folder for case files, in a place
    where making that folder is safe: in the home folder (Documents/Adviser Desk), or where
    only the folder itself is missing. A folder on a removed USB stick is not that: it is
    refused as missing, never made again as an empty folder on this computer."""
    if path.parent.absolute() != folder.absolute():
        return False
    return folder.absolute().is_relative_to(Path.home()) or folder.parent.is_dir()


def make_own_folder(path: Path, folder: Path) -> None:
    """The app's own folder, proposed as the hand-over's location, exists only once New case
    file made it: on a fresh install, or for an adviser who opened a colleague's file or the
    demo, the hand-over refused its own proposal as "does not exist (was a USB stick
    removed?)". It is made here, as New case file makes it."""
    if own_folder(path, folder) and not folder.is_dir():
        # Should it fail, making the file then says what is wrong with the place, in words.
        with contextlib.suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True)


class _Dialog(Protocol):
    @property
    def error(self) -> QLabel: ...

    @property
    def new_location(self) -> QLineEdit: ...

    @property
    def existing_location(self) -> QLineEdit: ...

    @property
    def new_file(self) -> bool: ...

    def target_path(self) -> Path: ...


class RefusedLocation(QObject):
    """Once a location was refused as a missing folder, the red line follows the location:
    a folder still missing is named anew, else the line goes ("The folder … does not exist"
    stayed after another location was typed). ``folder``: the app's own folder for case
    files, proposed as the location; ``blocked``: the line's text while a ticked case cannot
    go, which this leaves alone."""

    def __init__(self, dialog: _Dialog, folder: Path, blocked: Callable[[], str]) -> None:
        super().__init__(dialog.error)
        self.dialog = dialog
        self.folder = folder
        self.blocked = blocked
        self.following = False
        for field in (dialog.new_location, dialog.existing_location):
            field.textChanged.connect(self.follow)

    def refused(self, exc: BaseException) -> None:
        """The attempt failed with ``exc`` (its message is on the line already)."""
        self.following = isinstance(exc, MissingFolderError)

    @Slot()
    def follow(self) -> None:
        dialog = self.dialog
        if not self.following or (self.blocked() and dialog.error.text() == self.blocked()):
            return
        path = dialog.target_path()
        own = dialog.new_file and own_folder(path, self.folder)
        if path.name and not path.parent.is_dir() and not own:
            dialog.error.setText(error_text(MissingFolderError(path.parent.absolute())))
            dialog.error.show()
        else:
            dialog.error.hide()
