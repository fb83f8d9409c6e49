"""Small queries on the case file's own tables (identity, profile)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from adviser_desk.storage.models import CaseFileMeta, Profile


def meta(session: Session) -> CaseFileMeta:
    row = session.scalar(select(CaseFileMeta).limit(1))
    if row is None:
        raise LookupError("case file has no identity row")
    return row


def profile(session: Session) -> Profile:
    row = session.scalar(select(Profile).limit(1))
    if row is None:
        row = Profile(adviser_name="", school_name="")
        session.add(row)
        session.flush()
    return row
