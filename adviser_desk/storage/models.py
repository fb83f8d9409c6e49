"""ORM models of the case file. Later features add their tables here and an Alembic revision."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Integer, LargeBinary, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as naive UTC and gives them back aware (design: times in UTC)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where UTC is required")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    pass


class CaseFileMeta(Base):
    """One row: identity and provenance of this case file."""

    __tablename__ = "case_file_meta"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_file_id: Mapped[str] = mapped_column(String(36), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    created_by_version: Mapped[str] = mapped_column(String(32), nullable=False)
    # Kept inside the encrypted file only until the adviser confirms the recovery sheet is
    # stored; then wiped (secure_delete is on).
    pending_recovery_secret: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class Profile(Base):
    """Who keeps this case file: printed on reports."""

    __tablename__ = "profile"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    adviser_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    school_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")


class AuditEvent(Base):
    """Append-only, hash-linked. Rows are never updated or deleted (triggers enforce it)."""

    __tablename__ = "audit_events"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(32), nullable=False)
    actor: Mapped[str] = mapped_column(String(200), nullable=False)
    action: Mapped[str] = mapped_column(String(100), nullable=False)
    subject: Mapped[str] = mapped_column(String(200), nullable=False)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
