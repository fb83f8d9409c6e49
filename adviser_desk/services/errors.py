"""The storage failures that callers tell apart (a wrong key, a file open elsewhere, a damaged
key file), named at the services layer so the UI and the command line never import storage."""

from __future__ import annotations

from adviser_desk.storage.errors import CaseFileLockedError as CaseFileLockedError
from adviser_desk.storage.errors import KeySlotFileError as KeySlotFileError
from adviser_desk.storage.errors import MissingFolderError as MissingFolderError
from adviser_desk.storage.errors import RememberedKeyGoneError as RememberedKeyGoneError
from adviser_desk.storage.errors import WrongPasswordError as WrongPasswordError
from adviser_desk.storage.errors import WrongRecoveryKeyError as WrongRecoveryKeyError
