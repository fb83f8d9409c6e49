"""The password policy as the services apply it: one error for a password that is too weak."""

from __future__ import annotations

from adviser_desk.domain import password_policy
from adviser_desk.domain.errors import KnownError
from adviser_desk.domain.i18n import QT_TRANSLATE_NOOP


class PasswordTooWeakError(KnownError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This password is too weak. Use at least {minimum} characters; a few unrelated "
                "words make a strong password that is easy to remember.",
            ),
            minimum=password_policy.MIN_LENGTH,
        )


def require_acceptable(password: str) -> None:
    if not password_policy.assess(password).acceptable:
        raise PasswordTooWeakError()
