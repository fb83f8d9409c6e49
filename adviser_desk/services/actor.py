"""Who the audit chain and notes name as having acted."""

from __future__ import annotations

import getpass

from sqlalchemy.orm import Session

from adviser_desk.storage.repositories import profile


def actor(session: Session) -> str:
    """The adviser named in the case file's profile, else the computer login."""
    return profile(session).adviser_name or getpass.getuser()
