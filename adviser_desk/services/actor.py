"""Who the audit chain and every record name as having acted."""

from __future__ import annotations

import getpass

from sqlalchemy.orm import Session

from adviser_desk.storage.casefile import ADVISER
from adviser_desk.storage.models import Adviser
from adviser_desk.storage.repositories import profile


def adviser_name(session: Session) -> str:
    """The name of the adviser who unlocked the case file (each case file session carries
    their id), else the one in the profile; empty when nobody has given a name yet."""
    adviser_id = session.info.get(ADVISER)
    if adviser_id:
        row = session.get(Adviser, adviser_id)
        if row is not None and row.name:
            return row.name
    return profile(session).adviser_name


def actor(session: Session) -> str:
    """Who acted: the adviser who unlocked the case file, else the computer login."""
    return adviser_name(session) or getpass.getuser()
