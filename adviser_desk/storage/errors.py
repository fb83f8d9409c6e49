"""The storage gate's error hierarchy: driver and OS errors become explainable KnownErrors."""

from __future__ import annotations

import errno
from datetime import datetime
from pathlib import Path

from adviser_desk.domain.dates import time_of_day
from adviser_desk.domain.errors import KnownError
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP


class StorageError(KnownError):
    """Any explainable failure of the case file or its folder."""


class WrongPasswordError(StorageError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The password is not correct. The case file was not changed. Check Caps Lock, "
                "or use the recovery key from the printed recovery sheet.",
            )
        )


class WrongRecoveryKeyError(StorageError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This recovery key does not open {path}. It may belong to another case file. "
                "The case file was not changed.",
            ),
            path=str(path),
        )


class WrongKeyOrDamagedError(WrongRecoveryKeyError):
    """The recovery key does not open the first page and nothing can tell why: no key file
    holds the key's fingerprint, and the page's header is itself unreadable with it."""

    def __init__(self, path: Path) -> None:
        StorageError.__init__(
            self,
            QT_TRANSLATE_NOOP(
                "errors",
                "This recovery key does not open {path}. It may belong to another case file, "
                "or the start of the case file may be damaged. Check that the key is the one "
                "on this case file's recovery sheet; if it is, the case file is damaged: "
                "restore it from a backup. The case file was not changed.",
            ),
            path=str(path),
        )


class CaseFileNotFoundError(StorageError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "There is no case file at {path}."), path=str(path)
        )


class CaseFileExistsError(StorageError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} already exists. Choose another name; an existing file is never "
                "overwritten.",
            ),
            path=str(path),
        )


# Reasons and details are translated by the UI like the templates they go into.
UNENCRYPTED_SQLITE = QT_TRANSLATE_NOOP("errors", "an unencrypted SQLite database")
EMPTY_FILE = QT_TRANSLATE_NOOP("errors", "the file is empty")
CUT_OFF = QT_TRANSLATE_NOOP("errors", "the file is cut off")
EXTRA_DATA = QT_TRANSLATE_NOOP("errors", "data was added after its last page")


class NotACaseFileError(StorageError):
    def __init__(self, path: Path, reason: str = "") -> None:
        if reason:
            template = QT_TRANSLATE_NOOP(
                "errors", "{path} is not an Adviser Desk case file ({reason}). Nothing was changed."
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "errors", "{path} is not an Adviser Desk case file. Nothing was changed."
            )
        super().__init__(template, path=str(path), reason=reason)


class DamagedCaseFileError(StorageError):
    def __init__(self, path: Path, detail: str = "") -> None:
        if detail:
            template = QT_TRANSLATE_NOOP(
                "errors",
                "The case file {path} is damaged ({detail}), so its contents cannot be trusted. "
                "Restore it from a backup.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "errors",
                "The case file {path} is damaged: its encrypted pages fail their integrity "
                "check, so its contents cannot be trusted. Restore it from a backup.",
            )
        super().__init__(template, path=str(path), detail=detail)


class KeySlotFileError(StorageError):
    def __init__(self, path: Path, damaged: bool = False) -> None:
        if damaged:
            template = QT_TRANSLATE_NOOP(
                "errors",
                "The key file {path} is damaged (it fails its integrity check), so the password "
                "cannot be checked; the case file itself was not changed. Open it with the "
                "recovery key from the printed recovery sheet; the key file is then written "
                "anew.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "errors",
                "The key file {path} is missing, so the password cannot be checked. "
                "Open the case file with the recovery key from the printed recovery sheet; "
                "the key file is then written anew.",
            )
        super().__init__(template, path=str(path))
        self.damaged = damaged


class KeySlotMismatchError(StorageError):
    def __init__(self, path: Path, keys: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The key file {keys} was made for another case file than {path} (one of the "
                "two was replaced or copied from elsewhere, or the start of the case file is "
                "damaged), so the password cannot be checked. Nothing was changed. Put the "
                "matching key file beside the case file, or open it with its recovery key.",
            ),
            path=str(path),
            keys=str(keys),
        )


class WalDamagedNotice(StorageError):
    """Not raised: told after opening, when committed changes in a damaged -wal were lost."""

    def __init__(self, path: Path, copy: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} was not closed properly last time, and the last changes saved before "
                "that are damaged on the disk, so they could not be read back. Everything "
                "saved before them is intact and the case file opened. An encrypted copy of "
                "the damaged part was kept as {copy} for your IT staff. Check the most recent "
                "entries and add again what is missing, or restore a recent backup.",
            ),
            path=str(path),
            copy=str(copy),
        )


class ReadOnlyOpenNotice(StorageError):
    """Not raised: told after opening a case file on read-only media."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} lies on a read-only drive or folder, so it was opened read-only: you "
                "can read and check it, but nothing can be changed or recorded in it (not even "
                "that you printed something). Copy it, with its key file, to a writable folder "
                "to work in it.",
            ),
            path=str(path),
        )


class DiskFullError(StorageError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Could not write to {path}: the disk is full (or the file reached the size "
                "this drive allows). The last change was not saved; everything saved before "
                "it is intact. Free some space and try again.",
            ),
            path=str(path),
        )


class ReadOnlyLocationError(StorageError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Could not write to {path}: the folder or drive is read-only, or you have no "
                "permission to write there. Nothing was changed.",
            ),
            path=str(path),
        )


class MissingFolderError(StorageError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The folder {path} does not exist (was a USB stick removed?). Nothing was changed.",
            ),
            path=str(path),
        )


class CaseFileLockedError(StorageError):
    def __init__(self, path: Path, since: datetime | None, host: str, same_host: bool) -> None:
        since_text = time_of_day(since) if since else "?"
        if same_host:
            template = QT_TRANSLATE_NOOP(
                "errors",
                "{path} is already open in Adviser Desk on this computer (opened since "
                "{since}). Switch to that window, or close it first.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "errors",
                "{path} is already open in Adviser Desk on the computer {host} (opened since "
                "{since}). Close it there first.",
            )
        super().__init__(template, path=str(path), since=since_text, host=host)
        self.since = since
        self.host = host


class KeyringUnavailableError(StorageError):
    def __init__(self, detail: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This computer has no usable password store (keyring), so Adviser Desk cannot "
                "remember the case file here. You will be asked for the password. ({detail})",
            ),
            detail=detail,
        )


class RememberedKeyGoneError(StorageError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This computer no longer remembers the case file (the entry in the password "
                "store is gone or was changed). Please type the password.",
            )
        )


def from_os_error(exc: OSError, path: Path) -> StorageError:
    """Maps an OSError met while writing to the message the adviser needs."""
    if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        return DiskFullError(path)
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnlyLocationError(path)
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        folder = path if path.suffix == "" and not path.exists() else path.parent
        return MissingFolderError(folder)
    return DiskFullError(path) if exc.errno == errno.EIO else ReadOnlyLocationError(path)


def from_sqlite_error(exc: BaseException, path: Path) -> StorageError | None:
    """Maps a SQLCipher driver error to a StorageError, or None when it is a bug."""
    orig = getattr(exc, "orig", exc)
    name = str(getattr(orig, "sqlite_errorname", ""))
    if name == "SQLITE_FULL" or name.startswith("SQLITE_IOERR"):
        return DiskFullError(path)
    if name.startswith("SQLITE_READONLY"):
        return ReadOnlyLocationError(path)
    if name.startswith("SQLITE_CANTOPEN"):
        if not path.parent.is_dir():
            return MissingFolderError(path.parent)
        return ReadOnlyLocationError(path)
    if name == "SQLITE_NOTADB" or name.startswith("SQLITE_CORRUPT"):
        return DamagedCaseFileError(path)
    return None
