"""Errors the user can be told about, as opposed to bugs."""

from __future__ import annotations

from typing import Any

from adviser_desk.domain.i18n import Message


class KnownError(Exception):
    """A failure with a clear explanation for the user.

    Only these become dialogs or readable CLI messages; anything else is a bug and is reported as
    such (without personal data).
    """

    context = "errors"

    def __init__(self, template: str, **args: Any) -> None:
        self.message = Message(self.context, template, dict(args))
        super().__init__(self.message.english())


class Cancelled(Exception):
    """The user pressed Cancel; whatever was being made was thrown away."""
