"""One way the UI turns failures it expected into messages.

``known_errors`` wraps the call of a service from a slot, the way qutebrowser's
``_handle_sql_errors`` does: a KnownError (wrong password, disk full, file open elsewhere,
an empty field) or an OS failure becomes a translated message box, and the code after the
block can tell (``attempt.failed``). Anything else is a bug: it is not caught here, so it
reaches the error hook (ui/shell/app.py), which logs its kind and says so plainly, instead of being
dressed up as an ordinary message.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from adviser_desk.domain.errors import KnownError
from adviser_desk.ui.common.dialogs import show_error

# Failures of the world rather than of the code: expected, and explained to the adviser.
EXPECTED: tuple[type[BaseException], ...] = (KnownError, OSError)


@dataclass
class Attempt:
    failed: bool = False
    error: BaseException | None = None


@contextlib.contextmanager
def known_errors(parent: QWidget | None, title: str) -> Iterator[Attempt]:
    """Shows an expected failure in the block as a message titled ``title``."""
    attempt = Attempt()
    try:
        yield attempt
    except EXPECTED as exc:
        attempt.failed, attempt.error = True, exc
        show_error(parent, title, exc)
